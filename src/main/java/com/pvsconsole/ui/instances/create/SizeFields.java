package com.pvsconsole.ui.instances.create;

import static com.pvsconsole.ui.common.FormFields.errorLabel;
import static com.pvsconsole.ui.common.FormFields.help;
import static com.pvsconsole.ui.common.FormFields.row;

import com.pvsconsole.service.provisioning.SizeRules;
import com.pvsconsole.ui.common.FormFields;
import com.pvsconsole.ui.common.Messages;
import javafx.beans.property.StringProperty;
import javafx.beans.value.ObservableValue;
import javafx.collections.FXCollections;
import javafx.scene.control.ComboBox;
import javafx.scene.control.TextField;
import javafx.scene.layout.GridPane;

/**
 * Processor type, processors and memory as form rows with their inline messages; the wizard and
 * the resize form share them. Ids are {@code <prefix>-proctype}, {@code <prefix>-processors},
 * {@code <prefix>-memory} and {@code ...-error} for the messages.
 */
public final class SizeFields {

    private SizeFields() {
    }

    public static GridPane grid(String prefix, StringProperty procType, StringProperty processors,
                                ObservableValue<String> processorsError, StringProperty memory,
                                ObservableValue<String> memoryError, Messages messages) {
        ComboBox<String> type = new ComboBox<>(FXCollections.observableArrayList(SizeRules.PROC_TYPES));
        type.setId(prefix + "-proctype");
        type.setMaxWidth(Double.MAX_VALUE);
        type.valueProperty().bindBidirectional(procType);
        TextField count = field(prefix + "-processors", processors);
        TextField gb = field(prefix + "-memory", memory);
        GridPane grid = FormFields.grid();
        row(grid, messages.get("create.procType"), type, help(messages.get("create.procType.help")));
        row(grid, messages.get("create.processors"), count, errorLabel(prefix + "-processors-error", processorsError, count));
        row(grid, messages.get("create.memory"), gb, errorLabel(prefix + "-memory-error", memoryError, gb));
        return grid;
    }

    private static TextField field(String id, StringProperty value) {
        TextField field = new TextField();
        field.setId(id);
        field.textProperty().bindBidirectional(value);
        return field;
    }
}
