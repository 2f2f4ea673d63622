package com.pvsconsole.ui.code;

import com.pvsconsole.service.code.GeneratedCode;
import com.pvsconsole.service.code.Shell;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.ReadOnlyStringWrapper;
import javafx.beans.property.SimpleObjectProperty;

/**
 * The texts Copy as code shows: the generated code (replaced whenever the dialog's values change)
 * and the shell chosen for the CLI and curl forms. Terraform does not depend on the shell.
 */
public final class CopyAsCodeViewModel {

    private final ObjectProperty<GeneratedCode> code = new SimpleObjectProperty<>();
    private final ObjectProperty<Shell> shell = new SimpleObjectProperty<>(Shell.POSIX);
    private final ReadOnlyStringWrapper cli = new ReadOnlyStringWrapper("");
    private final ReadOnlyStringWrapper curl = new ReadOnlyStringWrapper("");
    private final ReadOnlyStringWrapper terraform = new ReadOnlyStringWrapper("");

    public CopyAsCodeViewModel(GeneratedCode initial) {
        code.addListener((obs, old, now) -> refresh());
        shell.addListener((obs, old, now) -> refresh());
        code.set(initial);
    }

    private void refresh() {
        GeneratedCode now = code.get();
        Shell chosen = shell.get() == null ? Shell.POSIX : shell.get();
        cli.set(now == null ? "" : now.cli(chosen));
        curl.set(now == null ? "" : now.curl(chosen));
        terraform.set(now == null ? "" : now.terraform());
    }

    /** Set a new rendering when the action's values change (e.g. while a dialog is edited). */
    public ObjectProperty<GeneratedCode> codeProperty() {
        return code;
    }

    public ObjectProperty<Shell> shellProperty() {
        return shell;
    }

    public ReadOnlyStringProperty cliProperty() {
        return cli.getReadOnlyProperty();
    }

    public ReadOnlyStringProperty curlProperty() {
        return curl.getReadOnlyProperty();
    }

    public ReadOnlyStringProperty terraformProperty() {
        return terraform.getReadOnlyProperty();
    }
}
