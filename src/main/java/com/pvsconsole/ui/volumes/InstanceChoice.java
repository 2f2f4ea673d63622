package com.pvsconsole.ui.volumes;

/** An instance a volume can be attached to, as the chooser lists it. */
public record InstanceChoice(String id, String name, String status) {

    public String label() {
        return status == null || status.isBlank() ? name : name + "  (" + status + ")";
    }
}
