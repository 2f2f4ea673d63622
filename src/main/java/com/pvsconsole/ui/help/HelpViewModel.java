package com.pvsconsole.ui.help;

import com.pvsconsole.ui.common.Messages;
import com.pvsconsole.ui.dialog.DialogService;
import java.nio.file.Path;
import java.util.function.Consumer;
import javafx.beans.property.BooleanProperty;
import javafx.beans.property.SimpleBooleanProperty;

/** The Help menu: open the log folder, switch redacted HTTP traces on or off, About. */
public final class HelpViewModel {

    private final Path logFolder;
    private final FolderOpener opener;
    private final DialogService dialogs;
    private final Messages messages;
    private final String version;
    private final BooleanProperty httpTrace;

    /**
     * @param httpTraceSwitch applies and saves the trace switch (logging level and settings)
     */
    public HelpViewModel(Path logFolder, FolderOpener opener, boolean httpTraceOn, Consumer<Boolean> httpTraceSwitch,
                         DialogService dialogs, Messages messages, String version) {
        this.logFolder = logFolder;
        this.opener = opener;
        this.dialogs = dialogs;
        this.messages = messages;
        this.version = version;
        this.httpTrace = new SimpleBooleanProperty(httpTraceOn);
        httpTrace.addListener((obs, old, on) -> httpTraceSwitch.accept(on));
    }

    public void openLogFolder() {
        try {
            opener.open(logFolder);
        } catch (Exception e) {
            dialogs.notify(messages.get("help.openLogs.failed", logFolder));
        }
    }

    public void showAbout() {
        dialogs.inform(messages.get("help.about"), messages.get("help.about.text", version, logFolder));
    }

    public BooleanProperty httpTraceProperty() {
        return httpTrace;
    }
}
