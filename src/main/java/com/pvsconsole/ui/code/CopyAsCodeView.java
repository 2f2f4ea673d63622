package com.pvsconsole.ui.code;

import com.pvsconsole.service.code.Shell;
import com.pvsconsole.ui.common.Messages;
import com.pvsconsole.ui.common.View;
import java.util.Objects;
import java.util.function.Consumer;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.geometry.Insets;
import javafx.scene.control.Button;
import javafx.scene.control.Label;
import javafx.scene.control.RadioButton;
import javafx.scene.control.Tab;
import javafx.scene.control.TabPane;
import javafx.scene.control.TextArea;
import javafx.scene.control.ToggleGroup;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.VBox;

/**
 * Copy as code: tabs CLI / curl / Terraform with the generated text in a read-only monospace area and
 * a Copy button each, and a POSIX / PowerShell choice for the two shell forms. It only shows and
 * copies: {@code clipboard} is the dialog service's copy, so tests can watch it.
 */
public final class CopyAsCodeView extends View<VBox> {

    private final CopyAsCodeViewModel model;
    private final Consumer<String> clipboard;
    private final Messages messages;
    private final ToggleGroup shells = new ToggleGroup();
    private RadioButton posix;
    private RadioButton powerShell;
    private TabPane tabs;

    public CopyAsCodeView(CopyAsCodeViewModel model, Consumer<String> clipboard, Messages messages) {
        this.model = Objects.requireNonNull(model, "model");
        this.clipboard = Objects.requireNonNull(clipboard, "clipboard");
        this.messages = Objects.requireNonNull(messages, "messages");
    }

    @Override
    protected VBox createView() {
        posix = new RadioButton(messages.get("code.shell.posix"));
        posix.setId("code-shell-posix");
        posix.setUserData(Shell.POSIX);
        powerShell = new RadioButton(messages.get("code.shell.powershell"));
        powerShell.setId("code-shell-powershell");
        powerShell.setUserData(Shell.POWERSHELL);
        posix.setToggleGroup(shells);
        powerShell.setToggleGroup(shells);
        HBox shellRow = new HBox(12, new Label(messages.get("code.shell")), posix, powerShell);
        shellRow.setId("code-shell-row");

        tabs = new TabPane(tab("cli", messages.get("code.tab.cli"), model.cliProperty()),
                tab("curl", messages.get("code.tab.curl"), model.curlProperty()),
                tab("terraform", messages.get("code.tab.terraform"), model.terraformProperty()));
        tabs.setTabClosingPolicy(TabPane.TabClosingPolicy.UNAVAILABLE);
        tabs.setId("code-tabs");
        VBox.setVgrow(tabs, Priority.ALWAYS);

        VBox root = new VBox(8, shellRow, tabs);
        root.setPadding(new Insets(8));
        root.setId("copy-as-code");
        root.setPrefSize(760, 420);
        return root;
    }

    private Tab tab(String id, String title, ReadOnlyStringProperty text) {
        TextArea area = new TextArea();
        area.setId("code-text-" + id);
        area.setEditable(false);
        area.setWrapText(false);
        area.getStyleClass().add("code-text");
        // Inline as well as in console.css, so the view is monospace in any scene.
        area.setStyle("-fx-font-family: monospace;");
        area.textProperty().bind(text);
        VBox.setVgrow(area, Priority.ALWAYS);
        Button copy = new Button(messages.get("code.copy"));
        copy.setId("code-copy-" + id);
        copy.setOnAction(event -> clipboard.accept(text.get()));
        HBox bar = new HBox(copy);
        Tab tab = new Tab(title, new VBox(6, area, bar));
        tab.setId("code-tab-" + id);
        return tab;
    }

    @Override
    protected void initListeners() {
        shells.selectToggle(model.shellProperty().get() == Shell.POWERSHELL ? powerShell : posix);
        shells.selectedToggleProperty().addListener((obs, old, now) -> {
            if (now != null) {
                model.shellProperty().set((Shell) now.getUserData());
            }
        });
        // The shell matters to the CLI and curl tabs only.
        tabs.getSelectionModel().selectedIndexProperty().addListener((obs, old, now) -> {
            posix.setDisable(now.intValue() == 2);
            powerShell.setDisable(now.intValue() == 2);
        });
    }
}
