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
import javafx.scene.layout.HBox;
import org.kordamp.ikonli.materialdesign2.MaterialDesignL;

/** Connection state, last refresh time and running tasks (a link to the Activity page). */
public final class StatusBarView extends View<HBox> {

    private final ShellViewModel model;
    private final ActivityViewModel activity;
    private final Messages messages;
    private Label connection;
    private Label lastRefresh;
    private Hyperlink running;
    private ProgressIndicator spinner;

    public StatusBarView(ShellViewModel model, ActivityViewModel activity, Messages messages) {
        this.model = model;
        this.activity = activity;
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
        HBox bar = new HBox(16, connection, lastRefresh, new Spacer(), spinner, running);
        bar.setAlignment(Pos.CENTER_LEFT);
        bar.setPadding(new Insets(4, 12, 4, 12));
        bar.getStyleClass().add("status-bar");
        bar.setId("status-bar");
        return bar;
    }

    @Override
    protected void initListeners() {
        connection.textProperty().bind(model.connectionProperty());
        model.connectionProblemProperty().addListener((obs, old, problem) -> {
            connection.getStyleClass().remove(Styles.DANGER);
            if (problem) {
                connection.getStyleClass().add(Styles.DANGER);
            }
        });
        model.connectionDetailProperty().addListener((obs, old, detail) ->
                connection.setTooltip(detail.isEmpty() ? null : new javafx.scene.control.Tooltip(detail)));
        lastRefresh.textProperty().bind(model.lastRefreshProperty());
        running.textProperty().bind(Bindings.createStringBinding(
                () -> messages.get("status.running", activity.runningCountProperty().get()),
                activity.runningCountProperty()));
        spinner.visibleProperty().bind(activity.runningCountProperty().greaterThan(0));
        running.setOnAction(event -> model.pageProperty().set(Page.ACTIVITY));
    }
}
