package com.pvsconsole.ui.sshkeys;

import com.pvsconsole.ui.common.Icons;
import com.pvsconsole.ui.common.Messages;
import com.pvsconsole.ui.common.View;
import com.pvsconsole.ui.resources.FormGrid;
import javafx.scene.control.Button;
import javafx.scene.control.Label;
import javafx.scene.control.TextArea;
import javafx.scene.control.TextField;
import javafx.scene.layout.GridPane;
import javafx.scene.layout.VBox;
import org.kordamp.ikonli.materialdesign2.MaterialDesignF;

/** The add-key form: name, the key text (paste, or load a .pub file), its fingerprint once valid. */
final class AddSshKeyFormView extends View<GridPane> {

    private final AddSshKeyForm form;
    private final Runnable loadFile;
    private final Messages messages;
    private TextField name;
    private TextArea key;
    private Button fromFile;
    private Label fingerprint;

    AddSshKeyFormView(AddSshKeyForm form, Runnable loadFile, Messages messages) {
        this.form = form;
        this.loadFile = loadFile;
        this.messages = messages;
    }

    @Override
    protected GridPane createView() {
        name = new TextField();
        name.setId("ssh-key-name");
        name.setPromptText(messages.get("sshkey.namePrompt"));
        key = new TextArea();
        key.setId("ssh-key-text");
        key.setPromptText(messages.get("sshkey.keyPrompt"));
        key.setWrapText(true);
        key.setPrefRowCount(4);
        key.setPrefColumnCount(48);
        key.getStyleClass().add("key-text");
        fromFile = new Button(messages.get("sshkey.fromFile"), Icons.icon(MaterialDesignF.FILE_KEY_OUTLINE));
        fromFile.setId("ssh-key-from-file");
        fingerprint = new Label();
        fingerprint.setId("ssh-key-fingerprint");
        fingerprint.getStyleClass().add("form-hint");
        fingerprint.setWrapText(true);
        VBox keyBox = new VBox(6, key, fromFile);
        keyBox.setId("ssh-key-text-box");
        return new FormGrid()
                .field(messages.get("column.name"), name, form.nameErrorProperty())
                .field(messages.get("sshkey.publicKey"), keyBox, form.keyErrorProperty())
                .plain("", fingerprint)
                .grid();
    }

    @Override
    protected void initListeners() {
        name.textProperty().bindBidirectional(form.nameProperty());
        key.textProperty().bindBidirectional(form.keyProperty());
        fingerprint.textProperty().bind(form.fingerprintProperty());
        fromFile.setOnAction(event -> loadFile.run());
    }
}
