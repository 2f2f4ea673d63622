package com.pvsconsole.ui.images;

import com.pvsconsole.testsupport.Stores;
import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.pvsconsole.api.CancellationToken;
import com.pvsconsole.api.RegionEndpoint;
import com.pvsconsole.api.WorkspaceContext;
import com.pvsconsole.api.model.CreateImage;
import com.pvsconsole.api.model.Image;
import com.pvsconsole.api.model.ImageReference;
import com.pvsconsole.api.region.RegionCatalog;
import com.pvsconsole.service.activity.ActivityLog;
import com.pvsconsole.service.images.ImageService;
import com.pvsconsole.service.inventory.InventoryService;
import com.pvsconsole.service.support.OneWorkspaceClient;
import com.pvsconsole.service.task.CurrentThreadTaskExecutor;
import com.pvsconsole.service.task.TaskHandle;
import com.pvsconsole.service.task.TaskOutcome;
import com.pvsconsole.service.workspace.WorkspaceTasks;
import com.pvsconsole.ui.common.Messages;
import com.pvsconsole.ui.dialog.DialogService;
import java.time.Clock;
import java.time.Duration;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** Import from stock and delete without a window: same-thread executor, scripted client. */
class ImageActionsViewModelTest {

    private static final ObjectMapper JSON = new ObjectMapper();

    private final ActivityLog activity = new ActivityLog(Clock.systemUTC(), 50);
    private final CurrentThreadTaskExecutor executor = new CurrentThreadTaskExecutor(activity);
    private final ScriptedClient client = new ScriptedClient();
    private final List<String> notes = new ArrayList<>();
    private ImagesViewModel images;
    private ImageService service;
    private ImageActionsViewModel actions;

    /** One workspace image "aix-73", one stock image; an import answers the scripted states in turn. */
    private static final class ScriptedClient extends OneWorkspaceClient {
        final List<CreateImage> created = new ArrayList<>();
        final Deque<String> states = new ArrayDeque<>();

        @Override
        public List<ImageReference> listImages(WorkspaceContext ctx, CancellationToken cancel) {
            return List.of(reference("img-1", "aix-73"));
        }

        @Override
        public List<ImageReference> listStockImages(WorkspaceContext ctx, CancellationToken cancel) {
            return List.of(reference("stock-1", "aix-73"));
        }

        @Override
        public Image getStockImage(WorkspaceContext ctx, String imageId, CancellationToken cancel) {
            return image(imageId, "aix-73", "active");
        }

        @Override
        public Image createImage(WorkspaceContext ctx, CreateImage request, CancellationToken cancel) {
            created.add(request);
            return image("new-1", request.imageName(), "queued");
        }

        @Override
        public Image getImage(WorkspaceContext ctx, String imageId, CancellationToken cancel) {
            return image(imageId, "copy", states.isEmpty() ? "queued" : states.poll());
        }
    }

    private static ImageReference reference(String id, String name) {
        return JSON.convertValue(Map.of("imageID", id, "name", name, "state", "active"), ImageReference.class);
    }

    private static Image image(String id, String name, String state) {
        return JSON.convertValue(Map.of("imageID", id, "name", name, "state", state), Image.class);
    }

    @BeforeEach
    void setUp() {
        InventoryService inventory = Stores.store(client, executor, Clock.systemUTC());
        service = new ImageService(client, new WorkspaceTasks(executor),
                Duration.ofMillis(1), Duration.ofMillis(50));
        images = new ImagesViewModel(inventory, Stores.open(inventory, "us-south", OneWorkspaceClient.PROD), service);
        actions = new ImageActionsViewModel(images, service, new NotingDialogs(notes), new Messages(Locale.ROOT));
        images.select(new ImagesViewModel.Selection(images.stockImages().get(0), true));
    }

    @Test
    void should_refuse_an_empty_or_taken_name_inline_and_send_nothing() {
        assertThat(actions.importNameProperty().get()).as("suggests the stock name").isEqualTo("aix-73");
        assertThat(actions.importNameErrorProperty().get()).isEqualTo("This workspace already has an image named aix-73");
        assertThat(actions.canImportBinding().get()).isFalse();

        actions.importNameProperty().set("   ");
        assertThat(actions.importNameErrorProperty().get()).isEqualTo("Enter a name for the copy");
        actions.importSelected();
        followToTheEnd();

        assertThat(client.created).isEmpty();
    }

    @Test
    void should_follow_the_copy_until_active_and_record_it_as_one_activity() {
        client.states.addAll(List.of("queued", "importing", "active"));
        actions.importNameProperty().set("aix-73-copy");

        actions.importSelected();
        followToTheEnd();

        assertThat(client.created).singleElement().satisfies(request -> {
            assertThat(request.source()).isEqualTo("root-project");
            assertThat(request.imageID()).isEqualTo("stock-1");
            assertThat(request.imageName()).isEqualTo("aix-73-copy");
        });
        assertThat(actions.importStatusProperty().get()).isEqualTo("aix-73-copy imported: active");
        assertThat(actions.importingProperty().get()).isFalse();
        assertThat(activity.history()).filteredOn(entry -> entry.name().equals("Import image")).singleElement()
                .satisfies(entry -> assertThat(entry.outcome()).isEqualTo(TaskOutcome.SUCCEEDED));
    }

    @Test
    void should_report_a_copy_that_ends_failed_as_a_failure_not_a_success() {
        client.states.addAll(List.of("importing", "failed"));
        actions.importNameProperty().set("aix-73-copy");

        actions.importSelected();
        followToTheEnd();

        assertThat(actions.actionProblemProperty().get().title()).isEqualTo("The import ended in state failed");
        assertThat(actions.importStatusProperty().get()).isEmpty();
        assertThat(notes).isEmpty();
        assertThat(activity.history()).filteredOn(entry -> entry.name().equals("Import image")).singleElement()
                .satisfies(entry -> assertThat(entry.outcome()).isEqualTo(TaskOutcome.FAILED));
    }

    @Test
    void should_give_up_waiting_with_a_hint_when_the_copy_never_settles() {
        actions.importNameProperty().set("aix-73-copy");

        actions.importSelected();
        followToTheEnd();

        assertThat(actions.actionProblemProperty().get().title()).startsWith("The import did not finish in time");
        assertThat(actions.actionProblemProperty().get().hint()).contains("refresh the images list later");
    }

    @Test
    void should_stop_following_and_record_a_cancelled_import_when_cancelled() {
        // given an import under way
        List<String> outcomes = new ArrayList<>();
        TaskHandle handle = service.importFromStock(images.scope(), "stock-1", "aix-73-copy", (fraction, state) -> { })
                .onSuccess(image -> outcomes.add("active")).onFailure(problem -> outcomes.add("failed"));
        executor.runScheduled();

        // when it is cancelled
        handle.cancel();
        followToTheEnd();

        // then nothing more is polled or reported, and the Activity log says cancelled
        assertThat(executor.pendingScheduled()).isZero();
        assertThat(outcomes).isEmpty();
        assertThat(handle.isDone()).isTrue();
        assertThat(activity.history()).filteredOn(entry -> entry.name().equals("Import image")).singleElement()
                .satisfies(entry -> assertThat(entry.outcome()).isEqualTo(TaskOutcome.CANCELLED));
    }

    /** Fires the import's polls until the follow ends (time does not pass on this executor). */
    private void followToTheEnd() {
        while (executor.runScheduled() > 0) {
            // each round fires the next poll
        }
    }

    /** Records notifications; every other dialog is declined. */
    private record NotingDialogs(List<String> notes) implements DialogService {
        @Override
        public boolean confirm(String title, String message, String confirmLabel) {
            return false;
        }

        @Override
        public Optional<DeleteChoice> askDelete(String kind, String name, boolean offerDataVolumes) {
            return Optional.empty();
        }

        @Override
        public void notify(String message) {
            notes.add(message);
        }

        @Override
        public void copyToClipboard(String text) {
        }

        @Override
        public void offerUrl(String title, String url) {
        }
    }
}
