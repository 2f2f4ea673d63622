package com.pvsconsole.ui.shell;

import atlantafx.base.controls.Spacer;
import atlantafx.base.theme.Styles;
import com.pvsconsole.ui.activity.ActivityViewModel;
import com.pvsconsole.ui.common.Icons;
import com.pvsconsole.ui.common.Messages;
import com.pvsconsole.ui.common.View;
import javafx.beans.binding.Bindings;
import javafx.geometry.Insets;
import javafx.geometry.Pos;
import javafx.scene.control.Hyperlink;
import javafx.scene.control.Label;
import javafx.scene.control.ProgressIndicator;
import javafx.scene.control.Tooltip;
import javafx.scene.layout.HBox;
import org.kordamp.ikonli.materialdesign2.MaterialDesignL;
import org.kordamp.ikonli.materialdesign2.MaterialDesignM;

/**
 * Connection state, last refresh time, a memory warning while the fleet is larger than the heap holds, and
 * running tasks (a link to the Activity page).
 */
public final class StatusBarView extends View<HBox> {

    private final ShellViewModel model;
    private final ActivityViewModel activity;
    private final MemoryWarningViewModel memory;
    private final Messages messages;
    private Label connection;
    private Label lastRefresh;
    private Hyperlink running;
    private Label memoryShort;
    private ProgressIndicator spinner;

    public StatusBarView(ShellViewModel model, ActivityViewModel activity, MemoryWarningViewModel memory,
                         Messages messages) {
        this.model = model;
        this.activity = activity;
        this.memory = memory;
        this.messages = messages;
    }

    @Override
    protected HBox createView() {
        connection = new Label();
        connection.setId("status-connection");
        connection.setGraphic(Icons.icon(MaterialDesignL.LAN_CONNECT));
        lastRefresh = new Label();
        lastRefresh.setId("status-last-refresh");
        lastRefresh.getStyleClass().add(Styles.TEXT_MUTED);
        spinner = new ProgressIndicator(-1);
        spinner.setPrefSize(14, 14);
        running = new Hyperlink();
        running.setId("status-running");
        memoryShort = new Label(messages.get("status.memoryShort"));
        memoryShort.setId("status-memory-short");
        memoryShort.setGraphic(Icons.icon(MaterialDesignM.MEMORY));
        memoryShort.getStyleClass().add(Styles.WARNING);
        HBox bar = new HBox(16, connection, lastRefresh, memoryShort, new Spacer(), spinner, running);
        bar.setAlignment(Pos.CENTER_LEFT);
        bar.setPadding(new Insets(4, 12, 4, 12));
        bar.getStyleClass().add("status-bar");
        bar.setId("status-bar");
        return bar;
    }

    @Override
    protected void initListeners() {
        connection.textProperty().bind(model.connectionProperty());
        // Shown as they are now and on every change: the bar may be made after the shell's state is set.
        model.connectionProblemProperty().addListener((obs, old, problem) -> showProblem(problem));
        showProblem(model.connectionProblemProperty().get());
        model.connectionDetailProperty().addListener((obs, old, detail) -> showDetail(detail));
        showDetail(model.connectionDetailProperty().get());
        lastRefresh.textProperty().bind(model.lastRefreshProperty());
        memoryShort.visibleProperty().bind(memory.shownProperty());
        memoryShort.managedProperty().bind(memory.shownProperty());
        Tooltip hint = new Tooltip();
        hint.setWrapText(true);
        hint.setMaxWidth(480);
        hint.textProperty().bind(memory.hintProperty());
        memoryShort.setTooltip(hint);
        running.textProperty().bind(Bindings.createStringBinding(
                () -> messages.get("status.running", activity.runningCountProperty().get()),
                activity.runningCountProperty()));
        spinner.visibleProperty().bind(activity.runningCountProperty().greaterThan(0));
        running.setOnAction(event -> model.pageProperty().set(Page.ACTIVITY));
    }

    private void showProblem(boolean problem) {
        connection.getStyleClass().remove(Styles.DANGER);
        if (problem) {
            connection.getStyleClass().add(Styles.DANGER);
        }
    }

    private void showDetail(String detail) {
        connection.setTooltip(detail == null || detail.isEmpty() ? null : new javafx.scene.control.Tooltip(detail));
    }
}
