package com.pvsconsole.ui.volumes;

import com.pvsconsole.api.model.VolumeReference;
import com.pvsconsole.ui.common.Icons;
import com.pvsconsole.ui.common.Messages;
import com.pvsconsole.ui.common.ProblemBanner;
import com.pvsconsole.ui.common.View;
import com.pvsconsole.ui.dialog.DialogService;
import java.util.Objects;
import javafx.geometry.Insets;
import javafx.geometry.Pos;
import javafx.scene.control.Button;
import javafx.scene.control.Label;
import javafx.scene.control.ListCell;
import javafx.scene.control.ListView;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.VBox;
import org.kordamp.ikonli.materialdesign2.MaterialDesignA;
import org.kordamp.ikonli.materialdesign2.MaterialDesignL;

/** The instance details' Volumes tab: attach/detach buttons, notice and problem, the volume list. */
public final class InstanceVolumesView extends View<VBox> {

    private final InstanceVolumesViewModel model;
    private final DialogService dialogs;
    private final Messages messages;
    private ListView<VolumeReference> list;
    private Button attach;
    private Button detach;
    private Button grow;
    private Label notice;

    public InstanceVolumesView(InstanceVolumesViewModel model, DialogService dialogs, Messages messages) {
        this.model = model;
        this.dialogs = dialogs;
        this.messages = messages;
    }

    @Override
    protected VBox createView() {
        list = new ListView<>(model.attached());
        list.setId("details-volumes");
        list.setPlaceholder(new Label(messages.get("details.noVolumes")));
        list.setCellFactory(view -> new VolumeCell());
        list.setContextMenu(new javafx.scene.control.ContextMenu(com.pvsconsole.ui.code.CopyAsCode.menuItem(
                "details-volume", model::selectedCode, dialogs, messages)));
        VBox.setVgrow(list, Priority.ALWAYS);
        attach = new Button(messages.get("volume.attach"), Icons.icon(MaterialDesignL.LINK_VARIANT));
        attach.setId("details-volume-attach");
        detach = new Button(messages.get("volume.detach"), Icons.icon(MaterialDesignL.LINK_VARIANT_OFF));
        detach.setId("details-volume-detach");
        grow = new Button(messages.get("volume.grow"), Icons.icon(MaterialDesignA.ARROW_EXPAND_VERTICAL));
        grow.setId("details-volume-grow");
        notice = new Label();
        notice.setId("details-volume-notice");
        notice.getStyleClass().add("page-notice");
        HBox bar = new HBox(6, attach, detach, grow, notice);
        bar.setAlignment(Pos.CENTER_LEFT);
        ProblemBanner banner = new ProblemBanner("details-volume", model.status().problemProperty(),
                model.status()::dismissProblem, dialogs, messages);
        VBox pane = new VBox(6, bar, banner, list);
        pane.setPadding(new Insets(6, 0, 0, 0));
        return pane;
    }

    @Override
    protected void initListeners() {
        attach.disableProperty().bind(model.canAttachProperty().not());
        detach.disableProperty().bind(model.canDetachProperty().not());
        attach.setOnAction(event -> model.attach());
        detach.setOnAction(event -> model.detach());
        grow.disableProperty().bind(model.canGrowProperty().not());
        grow.setOnAction(event -> model.newGrowForm().ifPresent(form -> {
            if (dialogs.showForm("volume-grow", messages.get("volume.growTitle", form.volume().name()),
                    com.pvsconsole.ui.code.CopyAsCode.withButton(new VolumeChangeForms(messages).grow(form),
                            "volume-grow", () -> model.growCode(form), dialogs, messages),
                    messages.get("volume.growConfirm"),
                    form.validProperty())) {
                model.grow(form);
            }
        }));
        notice.textProperty().bind(model.status().noticeProperty());
        list.getSelectionModel().selectedItemProperty().addListener((obs, old, now) -> model.selectedProperty().set(now));
    }

    /** "data-01  100 GB  tier3  in-use  (boot)". */
    private static final class VolumeCell extends ListCell<VolumeReference> {
        @Override
        protected void updateItem(VolumeReference v, boolean empty) {
            super.updateItem(v, empty);
            setText(empty || v == null ? null : v.name() + "  " + Math.round(v.size() == null ? 0 : v.size()) + " GB  "
                    + Objects.requireNonNullElse(v.diskType(), "") + "  " + Objects.requireNonNullElse(v.state(), "")
                    + (Boolean.TRUE.equals(v.bootVolume()) ? "  (boot)" : ""));
        }
    }
}
