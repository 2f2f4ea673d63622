package com.pvsconsole.ui.common;

import com.pvsconsole.service.problem.Problem;
import com.pvsconsole.ui.dialog.DialogService;
import java.util.List;
import javafx.beans.value.ObservableValue;
import javafx.geometry.Insets;
import javafx.geometry.Pos;
import javafx.scene.control.Button;
import javafx.scene.control.Label;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.Region;
import javafx.scene.layout.VBox;
import org.kordamp.ikonli.materialdesign2.MaterialDesignA;
import org.kordamp.ikonli.materialdesign2.MaterialDesignC;

/**
 * An inline banner for a failed call, shown where the user acted: status code, title, the
 * catalog's hint, the server's message, "Copy details" and dismiss. Invisible when there is
 * no problem. Never shows a stack trace: it only knows {@link Problem}.
 */
public final class ProblemBanner extends VBox {

    private final Label title = new Label();
    private final Label hint = new Label();
    private final Label serverMessage = new Label();
    private final Button copy = new Button();
    private final Button dismiss = new Button();
    private final Label more = new Label();
    private final List<Source> sources;
    private Problem shown;
    private Source shownSource;

    /** One place that can fail: its current problem (null when none) and how to dismiss it. */
    public record Source(ObservableValue<Problem> problem, Runnable dismiss) {
    }

    public ProblemBanner(String idPrefix, ObservableValue<Problem> problem, Runnable onDismiss,
                         DialogService dialogs, Messages messages) {
        this(idPrefix, List.of(new Source(problem, onDismiss)), dialogs, messages);
    }

    /**
     * One banner for several sources (a page's load and its actions): it shows the first problem
     * and counts the others, instead of stacking banners that leave no room for the table.
     * Dismissing shows the next one.
     */
    public ProblemBanner(String idPrefix, List<Source> sources, DialogService dialogs, Messages messages) {
        this.sources = List.copyOf(sources);
        setId(idPrefix + "-problem");
        getStyleClass().add("problem-banner");
        setPadding(new Insets(8, 12, 8, 12));
        setSpacing(4);
        title.setId(idPrefix + "-problem-title");
        title.getStyleClass().add("problem-title");
        title.setGraphic(Icons.icon(MaterialDesignA.ALERT_CIRCLE_OUTLINE));
        hint.setId(idPrefix + "-problem-hint");
        serverMessage.setId(idPrefix + "-problem-server");
        more.setId(idPrefix + "-problem-count");
        more.getStyleClass().add("problem-count");
        more.setMinWidth(Region.USE_PREF_SIZE);
        // Shown in full: wrapped, and never squeezed below the wrapped height (no "...").
        for (Label text : new Label[] {title, hint, serverMessage}) {
            text.setWrapText(true);
            text.setMinHeight(Region.USE_PREF_SIZE);
            text.setMnemonicParsing(false);
        }
        title.setMaxWidth(Double.MAX_VALUE);
        HBox.setHgrow(title, Priority.ALWAYS);
        serverMessage.getStyleClass().add("problem-server-message");
        copy.setId(idPrefix + "-problem-copy");
        copy.setText(messages.get("problem.copy"));
        copy.setGraphic(Icons.icon(MaterialDesignC.CONTENT_COPY));
        copy.setOnAction(event -> {
            if (shown != null) {
                dialogs.copyToClipboard(shown.details());
            }
        });
        dismiss.setText(messages.get("problem.dismiss"));
        dismiss.getStyleClass().add("flat");
        dismiss.setOnAction(event -> {
            if (shownSource != null) {
                shownSource.dismiss().run();
            }
        });
        copy.setMinWidth(Region.USE_PREF_SIZE);
        dismiss.setMinWidth(Region.USE_PREF_SIZE);
        HBox header = new HBox(8, title, more, copy, dismiss);
        header.setAlignment(Pos.CENTER_LEFT);
        getChildren().addAll(header, hint, serverMessage);
        for (Source source : this.sources) {
            source.problem().addListener((obs, old, now) -> showFirst(messages));
        }
        showFirst(messages);
    }

    private void showFirst(Messages messages) {
        List<Source> failing = sources.stream().filter(source -> source.problem().getValue() != null).toList();
        shownSource = failing.isEmpty() ? null : failing.get(0);
        more.setText(failing.size() > 1 ? messages.get("problem.more", failing.size() - 1) : "");
        more.setVisible(failing.size() > 1);
        more.setManaged(failing.size() > 1);
        show(shownSource == null ? null : shownSource.problem().getValue(), messages);
    }

    private void show(Problem problem, Messages messages) {
        shown = problem;
        if (problem == null) {
            setVisible(false);
            setManaged(false);
            return;
        }
        boolean answered = problem.status() >= 200 && problem.status() < 300; // an unreadable answer: no "HTTP 200"
        title.setText(answered ? messages.get("problem.titleNoStatus", problem.title(), problem.action())
                : messages.get("problem.title", problem.statusLabel(), problem.title(), problem.action()));
        hint.setText(problem.hint());
        serverMessage.setText(problem.serverMessage().isBlank() ? ""
                : messages.get("problem.server", problem.serverMessage()));
        serverMessage.setVisible(!problem.serverMessage().isBlank());
        serverMessage.setManaged(!problem.serverMessage().isBlank());
        setManaged(true);
        setVisible(true);
    }
}
