package com.pvsconsole.ui.explain;

import com.pvsconsole.service.explain.Evidence;
import com.pvsconsole.service.explain.Explanation;
import com.pvsconsole.ui.common.Messages;
import com.pvsconsole.ui.common.Timestamps;
import com.pvsconsole.ui.common.View;
import java.util.Objects;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.SimpleObjectProperty;
import javafx.geometry.Insets;
import javafx.scene.control.Label;
import javafx.scene.control.ScrollPane;
import javafx.scene.layout.GridPane;
import javafx.scene.layout.Priority;
import javafx.scene.layout.Region;
import javafx.scene.layout.VBox;

/**
 * The Explain panel: the evidence gathered for a server (fault, health, events, the console's last
 * action, running jobs, quota, pace), then the plain cause and the next step. It shows an
 * {@link Explanation}; set a new one when the evidence is refreshed.
 */
public final class ExplainView extends View<VBox> {

    private final ObjectProperty<Explanation> explanation = new SimpleObjectProperty<>();
    private final Messages messages;
    private GridPane evidence;
    private Label cause;
    private Label next;
    private Label unknown;

    public ExplainView(Explanation initial, Messages messages) {
        this.messages = Objects.requireNonNull(messages, "messages");
        explanation.set(initial);
    }

    public ObjectProperty<Explanation> explanationProperty() {
        return explanation;
    }

    @Override
    protected VBox createView() {
        evidence = new GridPane();
        evidence.setId("explain-evidence");
        evidence.setHgap(12);
        evidence.setVgap(4);
        cause = wrapped("explain-cause");
        cause.getStyleClass().add("explain-cause");
        cause.setStyle("-fx-font-weight: bold;");
        next = wrapped("explain-next");
        unknown = wrapped("explain-unknown");
        unknown.setText(messages.get("explain.unknown"));
        unknown.getStyleClass().add("text-muted");
        VBox body = new VBox(10, heading("explain.evidence"), evidence, heading("explain.cause"), cause, unknown,
                heading("explain.next"), next);
        body.setPadding(new Insets(12));
        ScrollPane scroll = new ScrollPane(body);
        scroll.setFitToWidth(true);
        VBox.setVgrow(scroll, Priority.ALWAYS);
        VBox root = new VBox(scroll);
        root.setId("explain");
        root.setPrefSize(820, 500);
        return root;
    }

    private Label heading(String key) {
        Label label = new Label(messages.get(key));
        label.getStyleClass().add("title-4");
        label.setStyle("-fx-font-size: 1.1em; -fx-font-weight: bold;");
        return label;
    }

    private static Label wrapped(String id) {
        Label label = new Label();
        label.setId(id);
        label.setWrapText(true);
        return label;
    }

    @Override
    protected void initListeners() {
        explanation.addListener((obs, old, now) -> show(now));
        show(explanation.get());
    }

    private void show(Explanation e) {
        evidence.getChildren().clear();
        if (e == null) {
            cause.setText("");
            next.setText("");
            unknown.setVisible(false);
            return;
        }
        int row = 0;
        for (Evidence item : e.evidence()) {
            Label kind = new Label(messages.get("explain.kind." + item.kind().name()));
            kind.getStyleClass().add("text-muted");
            kind.setMinWidth(Region.USE_PREF_SIZE);
            Label text = new Label(item.text());
            text.setWrapText(true);
            text.setId("explain-evidence-" + row);
            Label time = new Label(Timestamps.dateTime(item.time())); // local time, as the rest of the console

            time.getStyleClass().add("text-muted");
            time.setMinWidth(Region.USE_PREF_SIZE);
            GridPane.setHgrow(text, Priority.ALWAYS);
            evidence.addRow(row++, kind, text, time);
        }
        cause.setText(e.cause());
        next.setText(e.nextStep());
        unknown.setVisible(!e.known());
        unknown.setManaged(!e.known());
    }
}
