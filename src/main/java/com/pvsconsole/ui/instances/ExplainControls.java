package com.pvsconsole.ui.instances;

import atlantafx.base.theme.Styles;
import com.pvsconsole.service.explain.ExplainService;
import com.pvsconsole.service.explain.TransitionHistory;
import com.pvsconsole.service.explain.Transitions;
import com.pvsconsole.ui.common.Messages;
import com.pvsconsole.ui.dialog.DialogService;
import com.pvsconsole.ui.explain.Elapsed;
import com.pvsconsole.ui.explain.ExplainPanel;
import com.pvsconsole.ui.explain.ExplainViewModel;
import java.util.Locale;
import java.util.function.Supplier;
import javafx.beans.InvalidationListener;
import javafx.beans.property.SimpleBooleanProperty;
import javafx.beans.value.ObservableValue;
import javafx.geometry.Pos;
import javafx.scene.Node;
import javafx.scene.control.Button;
import javafx.scene.control.Hyperlink;
import javafx.scene.control.Label;
import javafx.scene.control.MenuItem;
import javafx.scene.layout.HBox;

/**
 * Where Explain opens from: a button in the details pane, an item in the table's context menu and
 * the "slower than usual" mark beside a running transition's elapsed time and estimate. Explain is
 * offered for a server in ERROR or WARNING, or whose transition runs past 3x its usual time.
 * UI thread only.
 */
public final class ExplainControls {

    private final ExplainService service;
    private final Transitions transitions;
    private final DialogService dialogs;
    private final Messages messages;

    public ExplainControls(ExplainService service, Transitions transitions, DialogService dialogs, Messages messages) {
        this.service = service;
        this.transitions = transitions;
        this.dialogs = dialogs;
        this.messages = messages;
    }

    /** Whether Explain has something to say about {@code row}. */
    public boolean explainable(InstanceRow row) {
        return row != null && (isWarningOrError(row.status()) || isWarningOrError(row.health())
                || row.flaggedProperty().get() || transitions.slowerThanUsual(row.id()));
    }

    private static boolean isWarningOrError(String state) {
        String upper = state == null ? "" : state.toUpperCase(Locale.ROOT);
        return upper.equals("ERROR") || upper.equals("WARNING");
    }

    /** Opens the panel for {@code row} and gathers its evidence in the background; closing it cancels the load. */
    public void open(InstanceRow row) {
        ExplainViewModel model = new ExplainViewModel(service);
        model.load(row.scope(), row.id(), row.name());
        dialogs.showForm("explain", messages.get("explain.title", row.name()),
                new ExplainPanel(model, dialogs, messages).root(), messages.get("explain.close"),
                new SimpleBooleanProperty(true));
        model.cancel();
    }

    /** The details pane's Explain button, shown while the pane's server is explainable. */
    Button detailsButton(ObservableValue<InstanceRow> shown) {
        Button button = new Button(messages.get("explain.button"));
        button.setId("details-explain");
        button.getStyleClass().addAll(Styles.SMALL, Styles.ACCENT);
        Runnable update = () -> {
            boolean on = explainable(shown.getValue());
            button.setVisible(on);
            button.setManaged(on);
        };
        watch(shown, update);
        button.setOnAction(event -> {
            if (shown.getValue() != null) {
                open(shown.getValue());
            }
        });
        return button;
    }

    /**
     * The details pane's transition line: "Stop running 3 min; usually 1 min in dal10 (5 runs)",
     * and past 3x the usual, a "slower than usual" mark that opens Explain.
     */
    Node transitionLine(ObservableValue<InstanceRow> shown) {
        Label line = new Label();
        line.setId("details-transition");
        line.getStyleClass().add(Styles.TEXT_SMALL);
        Hyperlink slow = new Hyperlink(messages.get("explain.slow"));
        slow.setId("details-slow");
        slow.getStyleClass().add(Styles.DANGER);
        HBox box = new HBox(8, line, slow);
        box.setId("details-transition-box");
        box.setAlignment(Pos.CENTER_LEFT);
        // The elapsed time moves every second, not only when a poll answers.
        javafx.animation.Timeline ticker = new javafx.animation.Timeline();
        ticker.setCycleCount(javafx.animation.Animation.INDEFINITE);
        Runnable update = () -> {
            InstanceRow row = shown.getValue();
            var pace = row == null ? java.util.Optional.<TransitionHistory.Assessment>empty()
                    : transitions.assess(row.id());
            if (pace.isPresent() != (ticker.getStatus() == javafx.animation.Animation.Status.RUNNING)) {
                if (pace.isPresent()) {
                    ticker.play();
                } else {
                    ticker.stop();
                }
            }
            box.setVisible(pace.isPresent());
            box.setManaged(pace.isPresent());
            line.setText(pace.map(a -> describe(row, a)).orElse(""));
            boolean slower = pace.map(TransitionHistory.Assessment::slowerThanUsual).orElse(false);
            slow.setVisible(slower);
            slow.setManaged(slower);
        };
        ticker.getKeyFrames().add(new javafx.animation.KeyFrame(javafx.util.Duration.seconds(1),
                event -> update.run()));
        watch(shown, update);
        slow.setOnAction(event -> {
            if (shown.getValue() != null) {
                open(shown.getValue());
            }
        });
        return box;
    }

    /** The context menu's Explain item, enabled (as the menu opens) when one explainable server is selected. */
    MenuItem menuItem(javafx.scene.control.ContextMenu menu, Supplier<InstanceRow> selected) {
        MenuItem item = new MenuItem(messages.get("explain.menu"));
        item.setId("menu-explain");
        menu.addEventHandler(javafx.stage.WindowEvent.WINDOW_SHOWING,
                event -> item.setDisable(!explainable(selected.get())));
        item.setOnAction(event -> {
            InstanceRow row = selected.get();
            if (row != null) {
                open(row);
            }
        });
        return item;
    }

    private String describe(InstanceRow row, TransitionHistory.Assessment a) {
        String kind = messages.get("explain.transitionKind." + a.kind().name());
        String zone = transitions.running(row.id()).map(Transitions.Running::zone).orElse("");
        return a.estimate().map(e -> messages.get("explain.transition", kind, Elapsed.text(a.elapsed()),
                        Elapsed.text(e.typical()), zone, e.samples()))
                .orElse(messages.get("explain.transitionNoHistory", kind, Elapsed.text(a.elapsed()), zone));
    }

    /** Re-runs {@code update} when the shown row, its state or any transition changes. */
    private void watch(ObservableValue<InstanceRow> shown, Runnable update) {
        InvalidationListener rowChanged = observable -> update.run();
        shown.addListener((obs, old, row) -> {
            if (old != null) {
                old.statusProperty().removeListener(rowChanged);
                old.healthProperty().removeListener(rowChanged);
                old.flaggedProperty().removeListener(rowChanged);
            }
            if (row != null) {
                row.statusProperty().addListener(rowChanged);
                row.healthProperty().addListener(rowChanged);
                row.flaggedProperty().addListener(rowChanged);
            }
            update.run();
        });
        transitions.addListener(new Transitions.Listener() {
            @Override
            public void changed() {
                update.run();
            }
        });
        update.run();
    }
}
