package com.pvsconsole.ui.instances.create;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.pvsconsole.api.CancellationToken;
import com.pvsconsole.api.HintCatalog;
import com.pvsconsole.api.model.PvmInstance;
import com.pvsconsole.api.model.PvmInstanceCreate;
import com.pvsconsole.api.model.PvmInstanceReference;
import com.pvsconsole.api.region.RegionCatalog;
import com.pvsconsole.service.actions.ActionListener;
import com.pvsconsole.service.actions.ActionService;
import com.pvsconsole.service.actions.InstanceActionKind;
import com.pvsconsole.service.actions.InstanceTarget;
import com.pvsconsole.service.activity.ActivityLog;
import com.pvsconsole.service.inventory.InventoryService;
import com.pvsconsole.service.inventory.WorkspaceScope;
import com.pvsconsole.service.jobs.JobTracker;
import com.pvsconsole.service.provisioning.ProvisioningService;
import com.pvsconsole.service.task.CurrentThreadTaskExecutor;
import com.pvsconsole.testsupport.Eventually;
import com.pvsconsole.testsupport.SimulatedWorkspace;
import com.pvsconsole.ui.common.Messages;
import com.pvsconsole.ui.dialog.DialogService;
import com.pvsconsole.ui.instances.change.CaptureViewModel;
import com.pvsconsole.ui.instances.change.ResizeViewModel;
import java.time.Clock;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

/**
 * The create wizard, resize and capture view-models without a window: same-thread executor,
 * the real client against the real simulator over HTTP, every client call recorded.
 */
class ProvisioningViewModelsTest {

    private static final Duration LIMIT = Duration.ofSeconds(20);
    private final SimulatedWorkspace sim = SimulatedWorkspace.start(0.02);
    private final Messages messages = new Messages(Locale.ROOT);
    private final ActivityLog activity = new ActivityLog(Clock.systemUTC(), 100);
    private final CurrentThreadTaskExecutor executor = new CurrentThreadTaskExecutor(activity);
    private final ActionService actions = new ActionService(sim.client(), executor, Duration.ofMillis(10),
            Duration.ofSeconds(60));
    private final JobTracker jobs = new JobTracker(sim.client(), executor, activity,
            com.pvsconsole.testsupport.Stores.store(sim.client(), executor, Clock.systemUTC()),
            Clock.systemUTC(), Duration.ofMillis(10), Duration.ofMinutes(1));
    /** The console's store, on the unrecorded client: the client's record is what the wizard itself asks. */
    private final InventoryService store = com.pvsconsole.testsupport.Stores.store(sim.direct(), executor,
            Clock.systemUTC());
    private final WorkspaceScope scope = com.pvsconsole.testsupport.Stores.open(store,
            sim.context().endpoint().region(), sim.workspace()).get();
    private final ProvisioningService service = new ProvisioningService(sim.client(), executor, actions, jobs, store);
    private final Progress progress = new Progress();
    private final List<PvmInstance> created = new ArrayList<>();
    private final Dialogs dialogs = new Dialogs();

    /** Remembers the last state each followed instance reported. */
    private static final class Progress implements ActionListener {
        final Map<String, String> settled = new ConcurrentHashMap<>();
        final List<String> busy = new ArrayList<>();
        final List<String> seen = new ArrayList<>();

        @Override
        public void instanceBusy(String instanceId, InstanceActionKind kind) {
            busy.add(instanceId + ":" + kind);
        }

        @Override
        public void instanceUpdated(PvmInstance instance) {
            seen.add(instance.status());
        }

        @Override
        public void instanceSettled(String instanceId, String status, boolean error) {
            settled.put(instanceId, status);
        }
    }

    /** Confirms everything, remembers notifications. */
    private static final class Dialogs implements DialogService {
        final List<String> notes = new ArrayList<>();
        final List<String> confirmations = new ArrayList<>();

        @Override
        public boolean confirm(String title, String message, String confirmLabel) {
            confirmations.add(message);
            return true;
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

    @AfterEach
    void stop() {
        actions.stopFollowing();
        jobs.stopAll();
        sim.close();
    }

    private CreateInstanceViewModel wizard() {
        CreateInstanceViewModel wizard = new CreateInstanceViewModel(service, store, scope,
                progress, created::addAll, messages);
        wizard.load();
        assertThat(wizard.loadingProperty().get()).isFalse();
        return wizard;
    }

    private int instanceCount() {
        return sim.direct().listInstances(sim.context(), CancellationToken.none()).size();
    }

    private void fillValid(CreateInstanceViewModel wizard, String name) {
        CreateInstanceForm form = wizard.form();
        form.nameProperty().set(name);
        form.imageProperty().set(wizard.images().stream().filter(ImageChoice::stock).findFirst().orElseThrow());
        form.procTypeProperty().set("shared");
        form.processorsProperty().set("0.5");
        form.memoryProperty().set("8");
        form.networks().get(0).selectedProperty().set(true);
    }

    /** Pushes the workspace's memory use over its limit by creating two of the largest instances directly. */
    private void useUpTheMemoryQuota() {
        String image = sim.direct().listStockImages(sim.context(), CancellationToken.none()).get(0).imageID();
        String network = sim.direct().listNetworks(sim.context(), CancellationToken.none()).get(0).networkID();
        for (String name : List.of("hog-1", "hog-2", "hog-3")) {
            sim.direct().createInstance(sim.context(), PvmInstanceCreate.builder().serverName(name).imageID(image)
                    .procType("shared").processors(0.25).memory(2048.0).networkIDs(List.of(network)).build(),
                    CancellationToken.none());
        }
    }

    @Test
    void should_refuse_invalid_inputs_inline_and_send_nothing() {
        // given the workspace's memory quota used up, and the wizard loaded
        useUpTheMemoryQuota();
        int before = instanceCount();
        CreateInstanceViewModel wizard = wizard();
        CreateInstanceForm form = wizard.form();

        // when the name is empty, processors out of range, memory over quota and no network ticked
        form.nameProperty().set("");
        form.processorsProperty().set("0.3");
        form.memoryProperty().set("16");

        // then each field says why, Next stays disabled and create sends nothing
        assertThat(form.nameErrorProperty().get()).isEqualTo(messages.get("rule.name.required"));
        assertThat(form.processorsErrorProperty().get()).isEqualTo(messages.get("rule.processors.quarter", "shared"));
        assertThat(form.memoryErrorProperty().get()).startsWith("Over the workspace quota");
        assertThat(form.networksErrorProperty().get()).isEqualTo(messages.get("rule.networks.required"));
        assertThat(wizard.canGoNextProperty().get()).isFalse();
        wizard.next();
        assertThat(wizard.stepProperty().get()).isEqualTo(CreateStep.BASICS);
        wizard.create();
        assertThat(sim.recording().count("createInstance")).isZero();
        assertThat(instanceCount()).isEqualTo(before);

        // and a dedicated count must be whole, a fixed IP must sit inside the network
        form.procTypeProperty().set("dedicated");
        form.processorsProperty().set("1.5");
        assertThat(form.processorsErrorProperty().get()).isEqualTo(messages.get("rule.processors.dedicated"));
        NetworkChoice network = form.networks().get(0);
        network.selectedProperty().set(true);
        network.fixedIpProperty().set("203.0.113.9");
        assertThat(network.ipErrorProperty().get()).isEqualTo(messages.get("rule.ip.outside", network.cidr()));
        assertThat(form.networksErrorProperty().get()).isEmpty();
    }

    @Test
    void should_walk_the_pages_and_create_an_instance_that_goes_from_build_to_active() {
        // given a wizard filled with valid inputs, a fixed IP inside the first network
        CreateInstanceViewModel wizard = wizard();
        fillValid(wizard, "vm-from-wizard");
        NetworkChoice network = wizard.form().networks().get(0);
        String cidrBase = network.cidr().substring(0, network.cidr().lastIndexOf('.'));
        network.fixedIpProperty().set(cidrBase + ".77");

        // when the user goes through every page to the summary and creates
        for (CreateStep step : List.of(CreateStep.BASICS, CreateStep.SIZE, CreateStep.NETWORK, CreateStep.STORAGE)) {
            assertThat(wizard.stepProperty().get()).isEqualTo(step);
            assertThat(wizard.canGoNextProperty().get()).as(step.name()).isTrue();
            wizard.next();
        }
        assertThat(wizard.stepProperty().get()).isEqualTo(CreateStep.SUMMARY);
        assertThat(wizard.summary()).extracting(CreateInstanceViewModel.SummaryLine::value)
                .contains("vm-from-wizard", "0.5", "8", network.name() + " (" + cidrBase + ".77)");
        wizard.create();

        // then one request went out, the wizard is done and the new instance is followed to ACTIVE
        assertThat(sim.recording().count("createInstance")).isEqualTo(1);
        assertThat(wizard.doneProperty().get()).isTrue();
        assertThat(created).extracting(PvmInstance::serverName).containsExactly("vm-from-wizard");
        String id = created.get(0).pvmInstanceID();
        assertThat(created.get(0).status()).isEqualTo("BUILD");
        assertThat(progress.busy).containsExactly(id + ":CREATE");
        Eventually.until("the new instance to settle", LIMIT, executor::runScheduled,
                () -> progress.settled.containsKey(id));
        assertThat(progress.settled.get(id)).isEqualTo("ACTIVE");
        PvmInstance now = sim.direct().getInstance(sim.context(), id, CancellationToken.none());
        assertThat(now.processors()).isEqualTo(0.5);
        assertThat(now.memory()).isEqualTo(8.0);
        assertThat(now.networks()).extracting(n -> n.ipAddress()).contains(cidrBase + ".77");
    }

    @Test
    void should_show_the_catalog_hint_and_server_message_of_a_400_and_keep_the_inputs() throws Exception {
        // given a valid form on the summary page, and the service refusing creates with 400
        CreateInstanceViewModel wizard = wizard();
        fillValid(wizard, "vm-refused");
        for (int i = 0; i < 4; i++) {
            wizard.next();
        }
        sim.sim().faults().add(new ObjectMapper().readTree(
                "{\"route\":\"POST /pcloud/v1/cloud-instances/*/pvm-instances\",\"type\":\"status\",\"status\":400}"));

        // when the user creates
        wizard.create();

        // then the wizard shows status, hint and server message, stays on the summary, keeps the inputs
        assertThat(wizard.problemProperty().get()).isNotNull();
        assertThat(wizard.problemProperty().get().status()).isEqualTo(400);
        assertThat(wizard.problemProperty().get().hint()).isEqualTo(new HintCatalog(Locale.getDefault()).hint("status.400"));
        assertThat(wizard.problemProperty().get().serverMessage()).isNotBlank();
        assertThat(wizard.doneProperty().get()).isFalse();
        assertThat(wizard.stepProperty().get()).isEqualTo(CreateStep.SUMMARY);
        assertThat(wizard.form().nameProperty().get()).isEqualTo("vm-refused");
        assertThat(wizard.canCreateProperty().get()).isTrue();

        // and once the service accepts again, the same inputs create the instance
        sim.sim().faults().clear();
        wizard.create();
        assertThat(wizard.doneProperty().get()).isTrue();
        assertThat(created).extracting(PvmInstance::serverName).containsExactly("vm-refused");
    }

    private PvmInstanceReference anActiveInstance() {
        return sim.direct().listInstances(sim.context(), CancellationToken.none()).stream()
                .filter(i -> "ACTIVE".equals(i.status())).findFirst().orElseThrow();
    }

    @Test
    void should_resize_after_confirmation_and_follow_until_it_rests() {
        // given an ACTIVE instance and its resize form
        PvmInstanceReference instance = anActiveInstance();
        ResizeViewModel resize = new ResizeViewModel(service, sim.workspaceScope(),
                new InstanceTarget(instance.pvmInstanceID(), instance.serverName(), instance.status()),
                new ResizeViewModel.Current(instance.procType(), instance.processors(), instance.memory()),
                progress, dialogs, messages);
        resize.load();

        // when nothing changed or a value breaks a rule, it cannot be sent
        assertThat(resize.validProperty().get()).isFalse();
        assertThat(resize.formMessageProperty().get()).isEqualTo(messages.get("resize.unchanged"));
        resize.memoryProperty().set("1");
        assertThat(resize.memoryErrorProperty().get()).isEqualTo(messages.get("rule.memory.range", "2", "2048"));
        resize.submit();
        assertThat(sim.recording().count("updateInstance")).isZero();

        // when the user asks for more processors and memory and confirms
        double processors = instance.processors() + 0.25;
        double memory = instance.memory() + 2;
        resize.procTypeProperty().set("shared");
        resize.processorsProperty().set(String.valueOf(processors));
        resize.memoryProperty().set(String.valueOf((long) memory));
        assertThat(resize.validProperty().get()).isTrue();
        resize.submit();

        // then it was confirmed, sent once, followed through RESIZE until ACTIVE, with the new size
        assertThat(dialogs.confirmations).hasSize(1);
        assertThat(sim.recording().count("updateInstance")).isEqualTo(1);
        assertThat(resize.doneProperty().get()).isTrue();
        Eventually.until("the resize to end", LIMIT, executor::runScheduled,
                () -> progress.settled.containsKey(instance.pvmInstanceID()));
        assertThat(progress.seen).contains("RESIZE");
        assertThat(progress.settled.get(instance.pvmInstanceID())).isEqualTo("ACTIVE");
        PvmInstance after = sim.direct().getInstance(sim.context(), instance.pvmInstanceID(), CancellationToken.none());
        assertThat(after.processors()).isEqualTo(processors);
        assertThat(after.memory()).isEqualTo(memory);
    }

    @Test
    void should_capture_to_an_image_and_follow_the_job_to_completed() {
        // given an instance's capture form
        PvmInstanceReference instance = anActiveInstance();
        CaptureViewModel capture = new CaptureViewModel(service, sim.workspaceScope(),
                new InstanceTarget(instance.pvmInstanceID(), instance.serverName(), instance.status()), dialogs, messages);
        capture.load();

        // when the name is cleared it cannot be sent
        capture.nameProperty().set(" ");
        assertThat(capture.nameErrorProperty().get()).isEqualTo(messages.get("rule.capture.nameRequired"));
        capture.submit();
        assertThat(sim.recording().count("captureInstance")).isZero();

        // when the user names the image and captures
        capture.nameProperty().set("golden-from-form");
        capture.submit();

        // then the job is followed to completed, announced, and the image exists
        assertThat(capture.doneProperty().get()).isTrue();
        assertThat(dialogs.notes).contains(messages.get("capture.queued", instance.serverName()));
        Eventually.until("the capture job to end", LIMIT, executor::runScheduled, () -> jobs.followingCount() == 0);
        assertThat(jobs.jobs()).hasSize(1);
        assertThat(jobs.jobs().get(0).completed()).isTrue();
        assertThat(dialogs.notes).contains(messages.get("capture.completed", "golden-from-form", instance.serverName()));
        assertThat(sim.direct().listImages(sim.context(), CancellationToken.none()))
                .extracting(image -> image.name()).contains("golden-from-form");
    }

    @Test
    void should_offer_the_review_pages_create_and_the_capture_as_code_before_sending_either() {
        // given the wizard, first empty, then filled in
        CreateInstanceViewModel wizard = wizard();
        assertThat(wizard.code()).isEmpty();
        fillValid(wizard, "code-web-01");

        // when the Review page's Copy as code is asked
        com.pvsconsole.service.code.GeneratedCode create = wizard.code().orElseThrow();

        // then it is the create the wizard would send, in this workspace
        assertThat(create.cliPosix()).contains("ibmcloud pi instance create").contains("code-web-01")
                .contains(sim.workspace().name());
        assertThat(create.curlPosix()).contains("-X POST")
                .contains("/cloud-instances/" + sim.context().cloudInstanceId() + "/pvm-instances");
        assertThat(create.terraform()).contains("resource \"ibm_pi_instance\"");

        // and given a capture form, its code names the server and the image name typed
        PvmInstanceReference instance = anActiveInstance();
        CaptureViewModel capture = new CaptureViewModel(service, sim.workspaceScope(),
                new InstanceTarget(instance.pvmInstanceID(), instance.serverName(), instance.status()), dialogs, messages);
        capture.load();
        capture.nameProperty().set("golden-code");
        com.pvsconsole.service.code.GeneratedCode captured = capture.code().orElseThrow();
        assertThat(captured.cliPosix()).contains("ibmcloud pi instance capture create")
                .contains(instance.pvmInstanceID()).contains("golden-code");
        capture.nameProperty().set(" ");
        assertThat(capture.code()).isEmpty();

        // and nothing was sent to the service
        assertThat(com.pvsconsole.testsupport.SimMutations.count(sim.sim())).isZero();
    }
}
