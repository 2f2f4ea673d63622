package com.pvsconsole.ui.images;

import atlantafx.base.theme.Styles;
import com.pvsconsole.api.model.Image;
import com.pvsconsole.api.model.ImageSpecifications;
import com.pvsconsole.ui.common.Messages;
import com.pvsconsole.ui.common.View;
import java.time.ZoneId;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import javafx.geometry.Insets;
import javafx.scene.control.Label;
import javafx.scene.control.ScrollPane;
import javafx.scene.layout.GridPane;
import javafx.scene.layout.VBox;

/** The selected image's details, in two columns of fields under the lists. */
final class ImageDetailsView extends View<VBox> {

    private static final int ROWS = 6;

    private final ImagesViewModel model;
    private final Messages messages;
    private final ZoneId zone;
    private Label heading;
    private Label placeholder;
    private GridPane fields;

    ImageDetailsView(ImagesViewModel model, Messages messages, ZoneId zone) {
        this.model = model;
        this.messages = messages;
        this.zone = zone;
    }

    @Override
    protected VBox createView() {
        heading = new Label(messages.get("details.title"));
        heading.setId("image-details-heading");
        heading.getStyleClass().add(Styles.TITLE_4);
        placeholder = new Label(messages.get("images.details.none"));
        placeholder.getStyleClass().add(Styles.TEXT_MUTED);
        fields = new GridPane();
        fields.setId("image-details");
        fields.setHgap(12);
        fields.setVgap(4);
        ScrollPane scroll = new ScrollPane(fields);
        scroll.setFitToWidth(true);
        VBox box = new VBox(6, heading, placeholder, scroll);
        box.setPadding(new Insets(8, 0, 0, 0));
        return box;
    }

    @Override
    protected void initListeners() {
        model.selectionProperty().addListener((obs, old, now) -> show());
        model.detailsProperty().addListener((obs, old, now) -> show());
        show();
    }

    private void show() {
        ImagesViewModel.Selection selection = model.selectionProperty().get();
        Image image = model.detailsProperty().get();
        placeholder.setVisible(selection == null);
        placeholder.setManaged(selection == null);
        heading.setText(selection == null ? messages.get("details.title") : selection.image().name());
        fields.getChildren().clear();
        if (image == null) {
            return;
        }
        int line = 0;
        for (Map.Entry<String, String> field : fieldsOf(image).entrySet()) {
            if (field.getValue() == null || field.getValue().isBlank()) {
                continue; // the service leaves many fields out; an empty row says nothing
            }
            Label name = new Label(messages.get(field.getKey()));
            name.getStyleClass().add(Styles.TEXT_MUTED);
            Label value = new Label(Objects.requireNonNullElse(field.getValue(), ""));
            value.setWrapText(true);
            int column = (line / ROWS) * 2;
            fields.add(name, column, line % ROWS);
            fields.add(value, column + 1, line % ROWS);
            line++;
        }
    }

    private Map<String, String> fieldsOf(Image image) {
        ImageSpecifications spec = image.specifications();
        Map<String, String> shown = new LinkedHashMap<>();
        shown.put("details.id", image.imageID());
        shown.put("images.description", image.description());
        shown.put("column.state", image.state());
        shown.put("column.os", spec == null ? null : spec.operatingSystem());
        shown.put("column.architecture", spec == null ? null : spec.architecture());
        shown.put("images.endianness", spec == null ? null : spec.endianness());
        shown.put("images.size", image.size() == null ? null : gb(image.size()));
        shown.put("column.storageType", image.storageType());
        shown.put("images.storagePool", image.storagePool());
        shown.put("column.created", ImageTable.created(image.creationDate(), zone));
        shown.put("images.updated", ImageTable.created(image.lastUpdateDate(), zone));
        shown.put("images.servers", String.join(", ", image.servers() == null ? List.of() : image.servers()));
        return shown;
    }

    private static String gb(double value) {
        return (value == Math.rint(value) ? String.valueOf((long) value) : String.valueOf(value)) + " GB";
    }
}
