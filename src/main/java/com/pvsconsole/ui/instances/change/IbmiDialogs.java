package com.pvsconsole.ui.instances.change;

import static com.pvsconsole.ui.common.FormFields.errorLabel;
import static com.pvsconsole.ui.common.FormFields.help;
import static com.pvsconsole.ui.common.FormFields.row;

import com.pvsconsole.api.model.ConsoleLanguage;
import com.pvsconsole.ui.common.FormFields;
import com.pvsconsole.ui.common.Messages;
import com.pvsconsole.ui.dialog.DialogService;
import javafx.geometry.Pos;
import javafx.scene.control.CheckBox;
import javafx.scene.control.ComboBox;
import javafx.scene.control.Label;
import javafx.scene.control.TextField;
import javafx.scene.layout.GridPane;
import javafx.scene.layout.HBox;
import javafx.scene.layout.VBox;
import javafx.stage.Window;
import javafx.util.StringConverter;

/** The "IBM i licences…" and "Console language…" forms of an instance. */
public final class IbmiDialogs {

    private final DialogService dialogs;
    private final Messages messages;

    public IbmiDialogs(DialogService dialogs, Messages messages) {
        this.dialogs = dialogs;
        this.messages = messages;
    }

    public void openLicences(IbmiLicencesViewModel model, Window owner) {
        CheckBox css = tick("licences-css", messages.get("licence.css"), model.cssProperty());
        CheckBox pha = tick("licences-pha", messages.get("licence.pha"), model.phaProperty());
        CheckBox rds = tick("licences-rds", messages.get("licence.rds"), model.rdsProperty());
        TextField users = new TextField();
        users.setId("licences-rds-users");
        users.setPrefColumnCount(5);
        users.textProperty().bindBidirectional(model.rdsUsersProperty());
        users.disableProperty().bind(model.rdsProperty().not());
        HBox rdsLine = new HBox(8, rds, users, new Label(messages.get("licence.rds.users")));
        rdsLine.setAlignment(Pos.CENTER_LEFT);
        VBox form = new VBox(8, help(messages.get("licences.help")), css, pha, rdsLine,
                errorLabel("licences-rds-error", model.rdsUsersErrorProperty(), users),
                com.pvsconsole.ui.code.CopyAsCode.button("licences", model::code, dialogs, messages));
        new FormDialog(owner, "licences-dialog", messages.get("licences.title", model.instanceName()), form,
                messages.get("licences.submit"), "licences-submit", model.validProperty(), model.submittingProperty(),
                model.problemProperty(), model::dismissProblem, model::submit, model.doneProperty(), dialogs, messages)
                .show();
        model.load();
    }

    public void openConsoleLanguage(ConsoleLanguageViewModel model, Window owner) {
        ComboBox<ConsoleLanguage> language = new ComboBox<>(model.languages());
        language.setId("console-language");
        language.setMaxWidth(Double.MAX_VALUE);
        language.valueProperty().bindBidirectional(model.chosenProperty());
        language.setConverter(new StringConverter<>() {
            @Override
            public String toString(ConsoleLanguage value) {
                return value == null ? "" : messages.get("console.language.row", value.language(), value.code());
            }

            @Override
            public ConsoleLanguage fromString(String text) {
                return null;
            }
        });
        GridPane grid = FormFields.grid();
        row(grid, messages.get("console.language"), language, help(messages.get("console.language.help")));
        javafx.scene.layout.VBox form = new javafx.scene.layout.VBox(8, grid,
                com.pvsconsole.ui.code.CopyAsCode.button("console-language", model::code, dialogs, messages));
        new FormDialog(owner, "console-language-dialog", messages.get("console.language.title", model.instanceName()),
                form, messages.get("console.language.submit"), "console-language-submit", model.validProperty(),
                model.submittingProperty(), model.problemProperty(), model::dismissProblem, model::submit,
                model.doneProperty(), dialogs, messages).show();
        model.load();
    }

    private static CheckBox tick(String id, String text, javafx.beans.property.BooleanProperty value) {
        CheckBox box = new CheckBox(text);
        box.setId(id);
        box.setMnemonicParsing(false);
        box.selectedProperty().bindBidirectional(value);
        return box;
    }
}
