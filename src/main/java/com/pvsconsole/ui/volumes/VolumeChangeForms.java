package com.pvsconsole.ui.volumes;

import com.pvsconsole.ui.common.Messages;
import com.pvsconsole.ui.resources.FormGrid;
import java.util.stream.Collectors;
import javafx.scene.Node;
import javafx.scene.control.ComboBox;
import javafx.scene.control.Label;
import javafx.scene.control.TextField;

/**
 * The controls of the volume change forms (grow, rename, tier, clone), each bound to its form: the message
 * next to a field follows the form's check as the user types.
 */
final class VolumeChangeForms {

    private final Messages messages;

    VolumeChangeForms(Messages messages) {
        this.messages = messages;
    }

    Node grow(GrowVolumeForm form) {
        TextField size = field("volume-grow-size", form.sizeProperty().get());
        size.setPromptText(messages.get("volume.growPrompt", Math.round(form.volume().sizeGb())));
        size.textProperty().bindBidirectional(form.sizeProperty());
        return new FormGrid()
                .plain(messages.get("column.name"), new Label(form.volume().name()))
                .plain(messages.get("volume.currentSize"), new Label(Math.round(form.volume().sizeGb()) + " GB"))
                .field(messages.get("volume.newSize"), size, form.sizeErrorProperty())
                .plain("", note(form.note()))
                .grid();
    }

    Node rename(RenameVolumeForm form) {
        TextField name = field("volume-rename-name", form.nameProperty().get());
        name.textProperty().bindBidirectional(form.nameProperty());
        return new FormGrid().field(messages.get("column.name"), name, form.nameErrorProperty()).grid();
    }

    Node tier(TierChangeForm form) {
        ComboBox<String> tier = new ComboBox<>(form.tiers());
        tier.setId("volume-tier-target");
        tier.valueProperty().bindBidirectional(form.tierProperty());
        return new FormGrid()
                .plain(messages.get("column.name"), new Label(form.volume().name()))
                .plain(messages.get("volume.currentTier"), new Label(form.volume().diskType()))
                .field(messages.get("volume.newTier"), tier, form.tierErrorProperty())
                .plain("", note(form.consequence()))
                .grid();
    }

    Node clone(CloneVolumesForm form) {
        TextField name = field("volume-clone-name", form.nameProperty().get());
        name.setPromptText(messages.get("volume.clonePrompt"));
        name.textProperty().bindBidirectional(form.nameProperty());
        ComboBox<String> tier = new ComboBox<>(form.tiers());
        tier.setId("volume-clone-tier");
        tier.setPromptText(messages.get("volume.cloneSameTier"));
        tier.valueProperty().bindBidirectional(form.tierProperty());
        Label sources = note(form.volumes().stream().map(v -> v.name()).collect(Collectors.joining(", ")));
        sources.setId("volume-clone-sources");
        return new FormGrid()
                .field(messages.get("volume.cloneSources"), sources, form.volumesErrorProperty())
                .field(messages.get("volume.cloneName"), name, form.nameErrorProperty())
                .hinted(messages.get("column.diskType"), tier, messages.get("volume.cloneTierHint"))
                .grid();
    }

    private static TextField field(String id, String text) {
        TextField field = new TextField(text);
        field.setId(id);
        field.sceneProperty().addListener((obs, old, scene) -> {
            if (scene != null) {
                field.requestFocus();
            }
        });
        return field;
    }

    private static Label note(String text) {
        Label label = new Label(text);
        label.getStyleClass().add("form-hint");
        label.setWrapText(true);
        label.setMaxWidth(420);
        return label;
    }
}
