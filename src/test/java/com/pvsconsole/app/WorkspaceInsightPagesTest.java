package com.pvsconsole.app;

import static com.pvsconsole.testsupport.ConsoleFixture.waitUntil;
import static org.assertj.core.api.Assertions.assertThat;

import com.pvsconsole.sim.PowerVsSimulator;
import com.pvsconsole.testsupport.ConsoleFixture;
import org.junit.jupiter.api.BeforeEach;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.pvsconsole.api.CancellationToken;
import com.pvsconsole.api.InstanceAction;
import com.pvsconsole.api.OkHttpPowerVsClient;
import com.pvsconsole.api.PowerVsClient;
import com.pvsconsole.api.PowerVsClientConfig;
import com.pvsconsole.api.WorkspaceContext;
import com.pvsconsole.api.model.CloudInstanceUsageLimits;
import com.pvsconsole.api.model.CreateDataVolume;
import com.pvsconsole.api.model.CreateImage;
import com.pvsconsole.api.model.Event;
import com.pvsconsole.api.model.ImageReference;
import com.pvsconsole.api.model.PvmInstanceReference;
import com.pvsconsole.service.activity.ActivityEntry;
import com.pvsconsole.service.export.ExportFormat;
import com.pvsconsole.service.task.TaskOutcome;
import com.pvsconsole.ui.common.Messages;
import com.pvsconsole.ui.dialog.DialogService;
import com.pvsconsole.ui.dialog.FxDialogService;
import com.pvsconsole.ui.events.EventsView;
import com.pvsconsole.ui.events.EventsViewModel;
import com.pvsconsole.ui.export.ExportMenu;
import com.pvsconsole.ui.images.ImageActionsViewModel;
import com.pvsconsole.ui.images.ImagesView;
import com.pvsconsole.ui.images.ImagesViewModel;
import com.pvsconsole.ui.overview.OverviewView;
import com.pvsconsole.ui.overview.OverviewViewModel;
import com.pvsconsole.ui.shell.ShellViewModel;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import java.util.function.Supplier;
import javafx.scene.Parent;
import javafx.scene.chart.BarChart;
import javafx.scene.chart.XYChart;
import javafx.scene.control.Label;
import javafx.scene.control.TabPane;
import javafx.scene.control.TableColumn;
import javafx.scene.control.TableView;
import javafx.scene.layout.StackPane;
import javafx.stage.Stage;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;
import org.testfx.util.WaitForAsyncUtils;

/** Overview, events, images and export pages in a real window against the real simulator over HTTP. */
@ExtendWith(ApplicationExtension.class)
class WorkspaceInsightPagesTest {

    private static final CancellationToken NONE = CancellationToken.none();
    private static PowerVsSimulator sim;
    private final Messages messages = new Messages(Locale.ROOT);
    private final ZoneId zone = ZoneId.of("UTC");
    @TempDir
    Path exportDir;
    private ConsoleServices services;
    private PowerVsClient client;
    private StackPane content;
    private ExportDialogs dialogs;

    /** The real dialogs, except that the export file is one the test picks. */
    private static final class ExportDialogs implements DialogService {
        private final DialogService real;
        Path nextFile;

        ExportDialogs(DialogService real) {
            this.real = real;
        }

        @Override
        public Optional<Path> chooseExportFile(String suggestedName, ExportFormat format) {
            return Optional.ofNullable(nextFile);
        }

        @Override
        public boolean confirm(String title, String message, String confirmLabel) {
            return real.confirm(title, message, confirmLabel);
        }

        @Override
        public Optional<DeleteChoice> askDelete(String kind, String name, boolean offerDataVolumes) {
            return real.askDelete(kind, name, offerDataVolumes);
        }

        @Override
        public void notify(String message) {
            real.notify(message);
        }

        @Override
        public void copyToClipboard(String text) {
            real.copyToClipboard(text);
        }

        @Override
        public void offerUrl(String title, String url) {
            real.offerUrl(title, url);
        }
    }

    @BeforeAll
    static void startSimulator() {
        sim = ConsoleFixture.startSimulator();
    }

    @AfterAll
    static void stopSimulator() {
        sim.close();
    }

    @TempDir
    Path home;
    private Stage stage;
    private ConsoleFixture console;
    private ShellViewModel shell;

    @Start
    void start(Stage stage) {
        this.stage = stage;
    }

    /**
     * The console opened through the production wiring; each test then shows one page, built on the
     * console's own services and workspace, in place of the main view (with dialogs that pick the
     * export file, which a headless test cannot pick in a file chooser).
     */
    @BeforeEach
    void open(FxRobot robot) throws Exception {
        console = new ConsoleFixture(home, stage, robot).openOn(sim);
        services = console.services();
        shell = console.shell();
        client = OkHttpPowerVsClient.create(PowerVsClientConfig.builder(sim::apiKey, "test")
                .iamBaseUrl(sim.iamUrl()).urlTemplates(sim.regionUrlTemplate(), sim.privateRegionUrlTemplate()).build());
        dialogs = new ExportDialogs(new FxDialogService(() -> stage, url -> { }, message -> { }, messages));
        content = new StackPane();
        robot.interact(() -> stage.getScene().setRoot(content));
    }

    @AfterEach
    void tearDown() {
        console.close();
    }

    private WorkspaceContext workspace() throws TimeoutException {
        waitUntil(() -> shell.workspaceProperty().get() != null);
        return shell.workspaceProperty().get().context();
    }

    private void show(FxRobot robot, Supplier<Parent> page) throws TimeoutException {
        workspace();
        robot.interact(() -> content.getChildren().setAll(page.get()));
    }

    private ExportMenu exportMenu() {
        return new ExportMenu(services.exports(), dialogs, messages, Clock.systemUTC());
    }

    @Test
    void should_show_the_workspace_usage_the_simulator_reports_against_its_limits(FxRobot robot) throws Exception {
        // given the workspace as the simulator reports it
        WorkspaceContext ctx = workspace();
        CloudInstanceUsageLimits used = client.getCloudInstance(ctx, NONE).usage();
        CloudInstanceUsageLimits limits = client.getCloudInstance(ctx, NONE).limits();

        // when the overview is shown
        show(robot, () -> new OverviewView(new OverviewViewModel(services.inventory(), shell.workspaceProperty(), services.usage()), dialogs,
                messages).root());
        Label instances = robot.lookup("#usage-instances-value").queryAs(Label.class);
        waitUntil(() -> !instances.getText().isEmpty());

        // then each card says "used", "of limit" with the simulator's numbers
        assertThat(instances.getText()).isEqualTo(amount(used.instances()));
        assertThat(text(robot, "#usage-instances-limit")).isEqualTo("of " + amount(limits.instances()));
        assertThat(text(robot, "#usage-processors-value")).isEqualTo(amount(used.processors()));
        assertThat(text(robot, "#usage-processors-limit")).isEqualTo("of " + amount(limits.processors()) + " cores");
        assertThat(text(robot, "#usage-memory-value")).isEqualTo(amount(used.memory()));
        assertThat(text(robot, "#usage-memory-limit")).isEqualTo("of " + amount(limits.memory()) + " GB");
        assertThat(text(robot, "#usage-storage-value")).isEqualTo(amount(used.storage()));
        assertThat(text(robot, "#usage-storage-limit")).isEqualTo("of " + amount(limits.storage()) + " GB");
        assertThat(used.instances()).isEqualTo(client.listInstances(ctx, NONE).size());

        // and the chart's bars are the same shares of the limits, in percent
        BarChart<?, ?> chart = robot.lookup("#overview-chart").queryAs(BarChart.class);
        List<? extends XYChart.Data<?, ?>> bars = chart.getData().get(0).getData();
        double[] expected = {used.instances() / limits.instances(), used.processors() / limits.processors(),
            used.memory() / limits.memory(), used.storage() / limits.storage()};
        assertThat(bars).hasSize(4);
        for (int i = 0; i < 4; i++) {
            assertThat(((Number) bars.get(i).getYValue()).doubleValue()).isCloseTo(expected[i] * 100,
                    org.assertj.core.data.Offset.offset(1e-9));
        }
    }

    @Test
    void should_narrow_the_events_timeline_by_range_resource_and_text(FxRobot robot) throws Exception {
        // given fresh events in the workspace: a reboot and a new volume
        WorkspaceContext ctx = workspace();
        PvmInstanceReference instance = client.listInstances(ctx, NONE).stream()
                .filter(i -> "ACTIVE".equals(i.status())).findFirst().orElseThrow();
        client.performInstanceAction(ctx, instance.pvmInstanceID(), InstanceAction.SOFT_REBOOT, NONE);
        client.createVolume(ctx, CreateDataVolume.builder().name("events-test-vol").size(10.0).build(), NONE);
        show(robot, () -> new EventsView(new EventsViewModel(services.inventory(), shell.workspaceProperty(), services.events(), messages,
                Clock.systemUTC(), zone), exportMenu(), dialogs, messages).root());
        TableView<Event> table = robot.lookup("#events-table").queryTableView();
        waitUntil(() -> table.getItems().size() >= 3);
        Instant hourAgo = Instant.now().minus(Duration.ofHours(1)).minusSeconds(5);
        assertThat(table.getItems()).as("the seed's older events are in the last 7 days")
                .anySatisfy(e -> assertThat(Instant.ofEpochMilli(e.timestamp())).isBefore(hourAgo));

        // when the user picks the last hour
        robot.interact(() -> robot.lookup("#events-window").queryComboBox().getSelectionModel().select(0));

        // then only events of the last hour remain, newest first
        waitUntil(() -> !table.getItems().isEmpty() && table.getItems().stream()
                .allMatch(e -> Instant.ofEpochMilli(e.timestamp()).isAfter(hourAgo)));
        assertThat(table.getItems()).extracting(Event::timestamp)
                .isSortedAccordingTo(java.util.Comparator.reverseOrder());

        // when the user picks the volume resource, only volume events show
        robot.interact(() -> robot.lookup("#events-resource").queryComboBox().getSelectionModel().select("volume"));
        waitUntil(() -> table.getItems().stream().allMatch(e -> e.resource().equals("volume")));
        assertThat(table.getItems()).anySatisfy(e -> assertThat(e.message()).contains("events-test-vol"));

        // and typing narrows as the user types; the count tells how many of the loaded are shown
        robot.interact(() -> robot.lookup("#events-resource").queryComboBox().getSelectionModel().select(0));
        robot.clickOn("#events-filter").write(instance.serverName());
        waitUntil(() -> !table.getItems().isEmpty()
                && table.getItems().stream().allMatch(e -> e.message().contains(instance.serverName())));
        assertThat(text(robot, "#events-count")).startsWith(table.getItems().size() + " of ");
    }

    @Test
    void should_import_a_stock_image_until_active_and_export_the_shown_rows_as_csv_and_json(FxRobot robot)
            throws Exception {
        // given the Images page on the stock catalogue with a stock image selected
        show(robot, this::imagesPage);
        TableView<ImageReference> stock = robot.lookup("#stock-images-table").queryTableView();
        waitUntil(() -> !stock.getItems().isEmpty());
        robot.interact(() -> robot.lookup("#images-tabs").queryAs(TabPane.class).getSelectionModel().select(1));
        ImageReference source = stock.getItems().stream().filter(i -> i.name().startsWith("RHEL")).findFirst()
                .orElseThrow();
        robot.interact(() -> stock.getSelectionModel().select(source));

        // when the user names the copy (a comma and quotes in it) and imports it
        String name = "rhel \"gold\", copy";
        robot.interact(() -> robot.lookup("#image-import-name").queryTextInputControl().setText(name));
        robot.clickOn("#image-import");

        // then the import is followed until the copy is active, and the Activity log has it
        waitUntil(() -> text(robot, "#image-import-status").equals(name + " imported: active"));
        TableView<ImageReference> images = robot.lookup("#images-table").queryTableView();
        waitUntil(() -> images.getItems().stream().anyMatch(i -> name.equals(i.name()) && "active".equals(i.state())));
        assertThat(services.activity().history()).anySatisfy(entry -> {
            assertThat(entry.name()).isEqualTo("Import image");
            assertThat(entry.target()).isEqualTo(name);
            assertThat(entry.outcome()).isEqualTo(TaskOutcome.SUCCEEDED);
        });

        // when the user hides a column, sorts by name descending and exports the workspace images as CSV
        robot.interact(() -> robot.lookup("#images-tabs").queryAs(TabPane.class).getSelectionModel().select(0));
        TableColumn<ImageReference, ?> nameColumn = images.getColumns().get(0);
        robot.interact(() -> {
            images.getColumns().get(2).setVisible(false);
            nameColumn.setSortType(TableColumn.SortType.DESCENDING);
            images.getSortOrder().setAll(List.of(nameColumn));
        });
        Path csv = export(robot, "images", ExportFormat.CSV);

        // then the file holds exactly the table's visible columns and shown rows, in display order
        List<List<String>> parsed = parseCsv(Files.readString(csv));
        assertThat(parsed.get(0)).isEqualTo(visibleHeaders(images)).doesNotContain("Architecture");
        assertThat(parsed.subList(1, parsed.size())).isEqualTo(shownCells(images));
        assertThat(parsed.subList(1, parsed.size())).extracting(row -> row.get(0))
                .contains(name).isSortedAccordingTo((a, b) -> java.text.Collator.getInstance().compare(b, a));
        assertThat(Files.readString(csv)).contains("\"rhel \"\"gold\"\", copy\"");

        // and the JSON export has one object per shown row, keyed by visible column
        Path json = export(robot, "images", ExportFormat.JSON);
        JsonNode objects = new ObjectMapper().readTree(json.toFile());
        assertThat(objects).hasSize(images.getItems().size());
        for (int row = 0; row < images.getItems().size(); row++) {
            for (int col = 0; col < visibleHeaders(images).size(); col++) {
                assertThat(objects.get(row).get(visibleHeaders(images).get(col)).asText())
                        .isEqualTo(shownCells(images).get(row).get(col));
            }
        }
    }

    @Test
    void should_delete_a_workspace_image_only_after_its_name_is_typed(FxRobot robot) throws Exception {
        // given an extra image in the workspace, selected on the Images page
        WorkspaceContext ctx = workspace();
        String stockId = client.listStockImages(ctx, NONE).get(0).imageID();
        String name = "delete-me-" + System.nanoTime();
        client.createImage(ctx, CreateImage.fromStock(stockId, name), NONE);
        show(robot, this::imagesPage);
        TableView<ImageReference> images = robot.lookup("#images-table").queryTableView();
        waitUntil(() -> images.getItems().stream().anyMatch(i -> i.name().equals(name)));
        ImageReference doomed = images.getItems().stream().filter(i -> i.name().equals(name)).findFirst()
                .orElseThrow();
        robot.interact(() -> images.getSelectionModel().select(doomed));

        // when the user asks to delete it, the dialog waits for the typed name
        robot.clickOn("#image-delete");
        waitUntil(() -> robot.lookup("#delete-confirm-button").tryQuery().isPresent());
        assertThat(robot.lookup("#delete-confirm-button").queryButton().isDisabled()).isTrue();
        robot.clickOn("#delete-name-field").write(name);
        WaitForAsyncUtils.waitForFxEvents();
        robot.clickOn("#delete-confirm-button");

        // then the image is gone from the table and from the workspace
        waitUntil(() -> images.getItems().stream().noneMatch(i -> i.name().equals(name)));
        assertThat(client.listImages(ctx, NONE)).extracting(ImageReference::name).doesNotContain(name);
        assertThat(services.activity().history()).extracting(ActivityEntry::name).contains("Delete image");
    }

    private Parent imagesPage() {
        ImagesViewModel model = new ImagesViewModel(services.inventory(), shell.workspaceProperty(), services.images());
        return new ImagesView(model, new ImageActionsViewModel(model, services.images(), dialogs, messages),
                exportMenu(), dialogs, messages, zone).root();
    }

    private Path export(FxRobot robot, String prefix, ExportFormat format) throws TimeoutException {
        Path file = exportDir.resolve(prefix + "." + format.extension());
        dialogs.nextFile = file;
        robot.clickOn("#" + prefix + "-export");
        robot.clickOn("#" + prefix + "-export-" + format.extension());
        waitUntil(() -> Files.exists(file));
        return file;
    }

    private static List<String> visibleHeaders(TableView<?> table) {
        return table.getVisibleLeafColumns().stream().map(TableColumn::getText).toList();
    }

    private static List<List<String>> shownCells(TableView<?> table) {
        List<List<String>> rows = new ArrayList<>();
        for (int row = 0; row < table.getItems().size(); row++) {
            List<String> cells = new ArrayList<>();
            for (TableColumn<?, ?> column : table.getVisibleLeafColumns()) {
                Object value = column.getCellData(row);
                cells.add(value == null ? "" : value.toString());
            }
            rows.add(cells);
        }
        return rows;
    }

    /** A small RFC 4180 reader, written apart from the exporter so the two check each other. */
    private static List<List<String>> parseCsv(String text) {
        List<List<String>> rows = new ArrayList<>();
        List<String> row = new ArrayList<>();
        StringBuilder field = new StringBuilder();
        boolean quoted = false;
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            if (quoted) {
                if (c == '"' && i + 1 < text.length() && text.charAt(i + 1) == '"') {
                    field.append('"');
                    i++;
                } else if (c == '"') {
                    quoted = false;
                } else {
                    field.append(c);
                }
            } else if (c == '"') {
                quoted = true;
            } else if (c == ',') {
                row.add(field.toString());
                field.setLength(0);
            } else if (c == '\r' && i + 1 < text.length() && text.charAt(i + 1) == '\n') {
                row.add(field.toString());
                field.setLength(0);
                rows.add(row);
                row = new ArrayList<>();
                i++;
            } else {
                field.append(c);
            }
        }
        return rows;
    }

    private static String text(FxRobot robot, String query) {
        return robot.lookup(query).queryAs(Label.class).getText();
    }

    private static String amount(Double value) {
        double v = value;
        return v == Math.rint(v) ? String.valueOf((long) v) : String.valueOf(v);
    }
}
