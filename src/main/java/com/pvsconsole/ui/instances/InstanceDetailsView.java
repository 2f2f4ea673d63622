package com.pvsconsole.ui.instances;

import atlantafx.base.theme.Styles;
import com.pvsconsole.api.model.Event;
import com.pvsconsole.api.model.PvmInstance;
import com.pvsconsole.api.model.PvmInstanceNetwork;
import com.pvsconsole.service.inventory.InstanceDetails;
import com.pvsconsole.ui.common.Messages;
import com.pvsconsole.ui.common.ProblemBanner;
import com.pvsconsole.ui.common.View;
import com.pvsconsole.ui.dialog.DialogService;
import com.pvsconsole.ui.events.EventListCell;
import java.time.ZoneId;
import java.util.List;
import java.util.Objects;
import java.util.function.Supplier;
import javafx.scene.Node;
import javafx.geometry.Insets;
import javafx.scene.control.Button;
import javafx.scene.control.Label;
import javafx.scene.control.ListView;
import javafx.scene.control.Tab;
import javafx.scene.control.TabPane;
import javafx.scene.layout.GridPane;
import javafx.scene.layout.Priority;
import javafx.scene.layout.VBox;

/** The selected instance: overview, networks, volumes, console and its events. */
public final class InstanceDetailsView extends View<VBox> {

    private final InstanceDetailsViewModel model;
    private final InstanceActionsViewModel actions;
    private final DialogService dialogs;
    private final Messages messages;
    private Label heading;
    private Button copyAsCode;
    private GridPane overview;
    private final ListView<String> networks = new ListView<>();
    private final Supplier<? extends Node> volumesTab;
    private final ListView<Event> events = new ListView<>();
    /** Made when the first server is shown: until then the pane shows only its placeholder. */
    private TabPane tabs;
    private Supplier<? extends Node> networksTab;
    private Supplier<? extends Node> snapshotsTab;
    private Label placeholder;
    private VBox pane;

    private ExplainControls explain;

    /** Adds the Explain button and the running transition's line (null: neither); call before {@link #root()}. */
    InstanceDetailsView explainWith(ExplainControls controls) {
        this.explain = controls;
        return this;
    }

    /**
     * {@code volumesTab}: makes the Volumes tab's content (the instance's volumes with attach/detach),
     * called once, when the first server is shown.
     */
    public InstanceDetailsView(InstanceDetailsViewModel model, InstanceActionsViewModel actions,
                               Supplier<? extends Node> volumesTab, DialogService dialogs, Messages messages) {
        this.model = model;
        this.volumesTab = volumesTab;
        this.actions = actions;
        this.dialogs = dialogs;
        this.messages = messages;
    }

    /**
     * Replaces the read-only network list with {@code networks} (interfaces, add and remove) and adds a
     * Snapshots tab after Volumes; either may be null. Each is made when the first server is shown.
     * Call before {@link #root()}.
     */
    public InstanceDetailsView withTabs(Supplier<? extends Node> networks, Supplier<? extends Node> snapshots) {
        this.networksTab = networks;
        this.snapshotsTab = snapshots;
        return this;
    }

    @Override
    protected VBox createView() {
        heading = new Label();
        heading.setId("details-heading");
        heading.getStyleClass().add(Styles.TITLE_4);
        overview = new GridPane();
        overview.setId("details-overview");
        overview.setHgap(16);
        overview.setVgap(6);
        overview.setPadding(new Insets(10));
        networks.setId("details-networks");
        events.setId("details-events");
        events.setCellFactory(list -> new EventListCell(ZoneId.systemDefault())); // level icon and colour
        placeholder = new Label(messages.get("details.none"));
        placeholder.getStyleClass().add(Styles.TEXT_MUTED);
        ProblemBanner banner = new ProblemBanner("details", model.problemProperty(), model::dismissProblem,
                dialogs, messages);
        copyAsCode = new Button(messages.get("code.button"));
        copyAsCode.setId("details-copy-code");
        copyAsCode.getStyleClass().add(Styles.SMALL);
        javafx.scene.layout.HBox headingRow = new javafx.scene.layout.HBox(12, heading, copyAsCode);
        headingRow.setAlignment(javafx.geometry.Pos.CENTER_LEFT);
        pane = new VBox(8, headingRow, placeholder, banner);
        if (explain != null) { // Explain: a button by the name, the transition's pace under it
            headingRow.getChildren().add(explain.detailsButton(model.rowProperty()));
            pane.getChildren().add(1, explain.transitionLine(model.rowProperty()));
        }
        pane.setId("details-pane");
        pane.setPadding(new Insets(10));
        pane.setMinHeight(180);
        return pane;
    }

    /**
     * The tabs, made for the first server shown rather than with the window: hidden until then, they
     * were a third of the start-up window's nodes, all styled and laid out before the table's first frame.
     */
    private TabPane tabs() {
        if (tabs == null) {
            Button console = new Button(messages.get("action.console"));
            console.setId("details-console-button");
            console.disableProperty().bind(actions.consoleEnabledProperty().not());
            console.setOnAction(event -> actions.openConsole());
            Label consoleHelp = new Label(messages.get("details.consoleHelp"));
            consoleHelp.setWrapText(true);
            VBox consoleTab = new VBox(10, consoleHelp, console);
            consoleTab.setPadding(new Insets(10));
            tabs = new TabPane(
                    tab("overview", scrolling(overview)), tab("networks", networksTab != null ? networksTab.get() : networks),
                    tab("volumes", volumesTab.get()), tab("console", consoleTab), tab("events", events));
            if (snapshotsTab != null) {
                tabs.getTabs().add(3, tab("snapshots", snapshotsTab.get()));
            }
            tabs.setId("details-tabs");
            tabs.setTabClosingPolicy(TabPane.TabClosingPolicy.UNAVAILABLE);
            VBox.setVgrow(tabs, Priority.ALWAYS);
            pane.getChildren().add(tabs);
        }
        return tabs;
    }

    /** The pane under the table is short at 800 px: the fields scroll rather than being cut. */
    private static javafx.scene.control.ScrollPane scrolling(javafx.scene.Node content) {
        javafx.scene.control.ScrollPane scroll = new javafx.scene.control.ScrollPane(content);
        scroll.setFitToWidth(true);
        scroll.getStyleClass().add("edge-to-edge");
        return scroll;
    }

    private Tab tab(String key, javafx.scene.Node content) {
        Tab tab = new Tab(messages.get("details." + key), content);
        tab.setId("details-tab-" + key);
        return tab;
    }

    @Override
    protected void initListeners() {
        model.rowProperty().addListener((obs, old, row) -> showRow(row));
        model.detailsProperty().addListener((obs, old, details) -> showDetails(details));
        copyAsCode.disableProperty().bind(model.detailsProperty().isNull());
        copyAsCode.setOnAction(event -> model.copyAsCode().ifPresent(code -> dialogs.showForm("copy-as-code",
                messages.get("code.title", model.rowProperty().get().name()),
                new com.pvsconsole.ui.code.CopyAsCodeView(new com.pvsconsole.ui.code.CopyAsCodeViewModel(code),
                        dialogs::copyToClipboard, messages).root(),
                messages.get("code.close"), new javafx.beans.property.SimpleBooleanProperty(true))));
        showRow(null);
    }

    private InstanceRow watched;
    private final javafx.beans.InvalidationListener refill = observable -> fillFields(watched);

    private void showRow(InstanceRow row) {
        boolean none = row == null;
        placeholder.setVisible(none);
        placeholder.setManaged(none);
        if (!none || tabs != null) {
            tabs().setVisible(!none);
        }
        heading.setText(none ? messages.get("details.title") : row.name());
        watch(row);
        fillFields(row);
        networks.getItems().clear();
        events.getItems().clear();
    }

    /**
     * The fields follow their row live: a refresh that moves the row to SHUTOFF (or resizes it, or
     * sets its fault) rewrites them at once, so the pane never contradicts the table.
     */
    private void watch(InstanceRow row) {
        if (watched != null) {
            liveFields(watched).forEach(property -> property.removeListener(refill));
        }
        watched = row;
        if (row != null) {
            liveFields(row).forEach(property -> property.addListener(refill));
        }
    }

    private static List<javafx.beans.Observable> liveFields(InstanceRow row) {
        return List.of(row.statusProperty(), row.healthProperty(), row.processorsProperty(), row.procTypeProperty(),
                row.memoryGbProperty(), row.sysTypeProperty(), row.ipsProperty(), row.osProperty(), row.faultProperty());
    }

    private void fillFields(InstanceRow row) {
        overview.getChildren().clear();
        if (row != null) {
            int line = 0;
            addField(line++, "column.status", row.status()).setId("details-status");
            addField(line++, "column.health", row.healthProperty().get());
            Label id = addField(line++, "details.id", row.id());
            // an id is read and copied whole: wrapped at its hyphens it looked like three values and
            // its third line was cut off at 1024 px; the other column gives up the width instead
            id.setWrapText(false);
            id.setMinWidth(javafx.scene.layout.Region.USE_PREF_SIZE);
            addField(line++, "column.os", row.osProperty().get());
            addField(line++, "column.processors", InstanceTable.trim(row.processorsProperty().get()) + " "
                    + row.procTypeProperty().get());
            addField(line++, "details.memory", InstanceTable.trim(row.memoryGbProperty().get()) + " GB");
            addField(line++, "column.sysType", row.sysTypeProperty().get());
            addField(line++, "column.ips", row.ipsProperty().get());
            addField(line++, "column.created", com.pvsconsole.ui.common.Timestamps.dateTime(row.createdProperty().get()));
            if (!row.faultProperty().get().isEmpty()) {
                addField(line, "details.fault", row.faultProperty().get()).setId("details-fault");
            }
        }
    }

    private Label addField(int line, String key, String value) {
        Label name = new Label(messages.get(key));
        name.getStyleClass().add(Styles.TEXT_MUTED);
        name.setMinWidth(javafx.scene.layout.Region.USE_PREF_SIZE);
        Label text = new Label(value == null ? "" : value);
        text.setWrapText(true);
        // two field columns side by side: the pane is wide and short under the table
        int column = (line / 5) * 2;
        overview.add(name, column, line % 5);
        overview.add(text, column + 1, line % 5);
        return text;
    }

    private void showDetails(InstanceDetails details) {
        if (details == null) {
            return;
        }
        fillFields(model.rowProperty().get());
        PvmInstance instance = details.instance();
        List<PvmInstanceNetwork> nets = instance.networks() == null ? List.of() : instance.networks();
        networks.getItems().setAll(nets.stream().map(n -> String.join("  ",
                Objects.requireNonNullElse(n.networkName(), ""), Objects.requireNonNullElse(n.ipAddress(), ""),
                Objects.requireNonNullElse(n.macAddress(), ""), Objects.requireNonNullElse(n.type(), ""))).toList());
        events.getItems().setAll(details.events().stream()
                .sorted(com.pvsconsole.service.events.WorkspaceEvents.NEWEST_FIRST).toList()); // as the Events page
        placeholderIfEmpty(networks, "details.noNetworks");
        placeholderIfEmpty(events, "details.noEvents");
    }

    private void placeholderIfEmpty(ListView<?> list, String key) {
        list.setPlaceholder(new Label(messages.get(key)));
    }
}
