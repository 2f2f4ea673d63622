package com.pvsconsole.service.export;

/** The file formats a table can be exported to. */
public enum ExportFormat {
    CSV("csv", "CSV"),
    JSON("json", "JSON");

    private final String extension;
    private final String label;

    ExportFormat(String extension, String label) {
        this.extension = extension;
        this.label = label;
    }

    /** File name extension without the dot. */
    public String extension() {
        return extension;
    }

    public String label() {
        return label;
    }
}
