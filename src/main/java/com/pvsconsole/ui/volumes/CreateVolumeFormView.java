package com.pvsconsole.ui.volumes;

import com.pvsconsole.ui.common.Messages;
import com.pvsconsole.ui.common.View;
import com.pvsconsole.ui.resources.FormGrid;
import javafx.scene.control.CheckBox;
import com.pvsconsole.service.problem.Problem;
import javafx.scene.control.ComboBox;
import javafx.scene.control.Label;
import javafx.scene.control.Spinner;
import javafx.scene.control.TextField;
import javafx.scene.layout.GridPane;

/** The create-volume form's controls, bound to {@link CreateVolumeForm}. */
final class CreateVolumeFormView extends View<GridPane> {

    private final CreateVolumeForm form;
    private final Messages messages;
    private TextField name;
    private TextField size;
    private ComboBox<String> tier;
    private ComboBox<String> pool;
    private Label catalogProblem;
    private CheckBox shareable;
    private Spinner<Integer> count;

    CreateVolumeFormView(CreateVolumeForm form, Messages messages) {
        this.form = form;
        this.messages = messages;
    }

    @Override
    protected GridPane createView() {
        name = new TextField();
        name.setId("volume-name");
        name.setPromptText(messages.get("volume.namePrompt"));
        size = new TextField();
        size.setId("volume-size");
        size.setPromptText(messages.get("volume.sizePrompt", CreateVolumeForm.MIN_SIZE_GB, CreateVolumeForm.MAX_SIZE_GB));
        tier = new ComboBox<>(form.tiers());
        tier.setId("volume-tier");
        tier.setPromptText(messages.get("volume.tierDefault"));
        pool = new ComboBox<>(form.pools());
        pool.setId("volume-pool");
        pool.setPromptText(messages.get("volume.poolAuto"));
        catalogProblem = new Label();
        catalogProblem.setId("volume-catalog-problem");
        catalogProblem.getStyleClass().add("field-error");
        catalogProblem.setWrapText(true);
        catalogProblem.setMaxWidth(420);
        shareable = new CheckBox(messages.get("volume.shareableLabel"));
        shareable.setId("volume-shareable");
        count = new Spinner<>(1, CreateVolumeForm.MAX_COUNT, form.countProperty().get());
        count.setId("volume-count");
        count.setEditable(true);
        return new FormGrid()
                .field(messages.get("column.name"), name, form.nameErrorProperty())
                .field(messages.get("column.sizeGb"), size, form.sizeErrorProperty())
                .hinted(messages.get("column.diskType"), tier, messages.get("volume.tierHint"))
                .hinted(messages.get("column.pool"), pool, messages.get("volume.poolHint"))
                .plain("", catalogProblem)
                .plain("", shareable)
                .field(messages.get("volume.count"), count, form.countErrorProperty())
                .grid();
    }

    @Override
    protected void initListeners() {
        name.textProperty().bindBidirectional(form.nameProperty());
        size.textProperty().bindBidirectional(form.sizeProperty());
        tier.valueProperty().bindBidirectional(form.tierProperty());
        pool.valueProperty().bindBidirectional(form.poolProperty());
        shareable.selectedProperty().bindBidirectional(form.shareableProperty());
        catalogProblem.textProperty().bind(javafx.beans.binding.Bindings.createStringBinding(() -> {
            Problem problem = form.catalogProblemProperty().get();
            return problem == null ? "" : messages.get("volume.catalogFailed", problem.statusLabel(), problem.title(),
                    problem.hint());
        }, form.catalogProblemProperty()));
        catalogProblem.visibleProperty().bind(catalogProblem.textProperty().isNotEmpty());
        catalogProblem.managedProperty().bind(catalogProblem.visibleProperty());
        count.valueProperty().addListener((obs, old, now) -> form.countProperty().set(now == null ? 0 : now));
        name.sceneProperty().addListener((obs, old, scene) -> {
            if (scene != null) {
                name.requestFocus();
            }
        });
    }
}
