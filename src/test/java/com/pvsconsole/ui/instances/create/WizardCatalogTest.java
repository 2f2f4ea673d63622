package com.pvsconsole.ui.instances.create;

import static org.assertj.core.api.Assertions.assertThat;

import com.pvsconsole.api.CancellationToken;
import com.pvsconsole.api.model.NetworkReference;
import com.pvsconsole.api.model.PlacementGroup;
import com.pvsconsole.api.model.PvmInstanceCreate;
import com.pvsconsole.api.model.PvmInstance;
import com.pvsconsole.api.model.PvmInstanceReference;
import com.pvsconsole.api.model.SapProfile;
import com.pvsconsole.api.model.SharedProcessorPool;
import com.pvsconsole.api.model.SharedProcessorPoolCreate;
import com.pvsconsole.service.actions.ActionListener;
import com.pvsconsole.service.actions.ActionService;
import com.pvsconsole.service.actions.InstanceTarget;
import com.pvsconsole.service.activity.ActivityLog;
import com.pvsconsole.service.inventory.InventoryService;
import com.pvsconsole.service.inventory.WorkspaceScope;
import com.pvsconsole.service.jobs.JobTracker;
import com.pvsconsole.service.pools.PoolService;
import com.pvsconsole.service.provisioning.ProvisioningService;
import com.pvsconsole.service.provisioning.SizeRules;
import com.pvsconsole.service.task.CurrentThreadTaskExecutor;
import com.pvsconsole.testsupport.SimulatedWorkspace;
import com.pvsconsole.ui.common.Messages;
import com.pvsconsole.ui.instances.change.ConsoleLanguageViewModel;
import com.pvsconsole.ui.instances.change.IbmiLicencesViewModel;
import com.pvsconsole.ui.pools.CreateGroupForm;
import com.pvsconsole.ui.pools.CreatePoolForm;
import com.pvsconsole.ui.pools.GroupRow;
import com.pvsconsole.ui.pools.PoolsViewModel;
import com.pvsconsole.ui.support.ScriptedDialogs;
import java.time.Clock;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import javafx.beans.property.SimpleObjectProperty;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

/**
 * The wizard's live catalogs, shared processor pool, placement group, IBM i licences, SAP profiles and its
 * network reads, against the real simulator over HTTP; what was sent is checked at the simulator.
 */
class WizardCatalogTest {

    private static final CancellationToken NONE = CancellationToken.none();
    private static final String POOLS = "/system-pools";
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
    private final List<PvmInstance> created = new ArrayList<>();

    @AfterEach
    void stop() {
        actions.stopFollowing();
        jobs.stopAll();
        sim.close();
    }

    private CreateInstanceViewModel wizard() {
        CreateInstanceViewModel wizard = new CreateInstanceViewModel(service, store, scope,
                new ActionListener() { }, created::addAll, messages);
        wizard.load();
        assertThat(wizard.loadingProperty().get()).isFalse();
        assertThat(wizard.catalogLoadingProperty().get()).isFalse();
        return wizard;
    }

    private void fill(CreateInstanceViewModel wizard, String name, String image) {
        CreateInstanceForm form = wizard.form();
        form.nameProperty().set(name);
        form.imageProperty().set(wizard.images().stream().filter(i -> i.stock() && i.image().name().equals(image))
                .findFirst().orElseThrow());
        form.procTypeProperty().set("shared");
        form.processorsProperty().set("0.5");
        form.memoryProperty().set("8");
        form.networks().get(0).selectedProperty().set(true);
    }

    private void walkToReviewAndCreate(CreateInstanceViewModel wizard) {
        for (int page = 0; page < 4; page++) {
            assertThat(wizard.canGoNextProperty().get()).as("page %s", wizard.stepProperty().get()).isTrue();
            wizard.next();
        }
        assertThat(wizard.canCreateProperty().get()).isTrue();
        wizard.create();
        assertThat(wizard.problemProperty().get()).isNull();
        assertThat(created).hasSize(1);
    }

    private PvmInstance atSimulator(String name) {
        String id = sim.direct().listInstances(sim.context(), NONE).stream()
                .filter(i -> i.serverName().equals(name)).map(PvmInstanceReference::pvmInstanceID).findFirst()
                .orElseThrow();
        return sim.direct().getInstance(sim.context(), id, NONE);
    }

    @Test
    void should_offer_only_the_system_types_and_tiers_the_workspace_has_and_check_sizes_per_host() {
        // given a workspace whose datacenter has only s1022 and e1080 hosts, and tier1 and tier3
        sim.sim().offer(List.of("s1022", "e1080"), List.of("tier1", "tier3"));

        // when the wizard opens
        CreateInstanceViewModel wizard = wizard();

        // then it offers exactly those, and says they come from the live catalog
        assertThat(wizard.systemTypes()).containsExactly("e1080", "s1022");
        assertThat(wizard.storageTiers()).containsExactly("tier1", "tier3");
        assertThat(wizard.form().sysTypeProperty().get()).isIn("e1080", "s1022");
        assertThat(wizard.catalogProblemProperty().get()).isNull();
        assertThat(wizard.catalogNoteProperty().get()).contains("live catalog");
        assertThat(wizard.systemTypeLabel("s1022")).contains("cores").contains("GB on one host");
        assertThat(wizard.storagePools()).contains("Tier1-Flash-1", "Tier3-Flash-1");

        // and a size no single host of the type can take is refused before anything is sent
        fill(wizard, "too-big", "RHEL9-SP4");
        wizard.form().sysTypeProperty().set("s1022");
        double freeCores = sim.direct().listSystemPools(sim.context(), NONE).get("s1022").maxCoresAvailable().cores();
        wizard.form().processorsProperty().set(SizeRules.format(Math.floor(freeCores) + 1));
        assertThat(wizard.form().hostErrorProperty().get()).startsWith("No s1022 host can take that now");
        assertThat(wizard.form().valid(CreateStep.SIZE)).isFalse();
        wizard.form().processorsProperty().set("1");
        assertThat(wizard.form().hostErrorProperty().get()).isEmpty();
    }

    @Test
    void should_refuse_a_resize_whose_growth_no_host_of_the_type_can_take() {
        // given a running s1022 instance (the workspace has s1022 hosts) and its host pool's free cores
        sim.sim().offer(List.of("s1022", "e1080"), List.of("tier1", "tier3"));
        PvmInstanceReference vm = sim.direct().listInstances(sim.context(), NONE).stream()
                .filter(i -> "s1022".equals(sim.direct().getInstance(sim.context(), i.pvmInstanceID(), NONE).sysType())
                        && "ACTIVE".equals(i.status())).findFirst().orElseThrow();
        double freeCores = sim.direct().listSystemPools(sim.context(), NONE).get("s1022").maxCoresAvailable().cores();
        com.pvsconsole.ui.instances.change.ResizeViewModel resize = new com.pvsconsole.ui.instances.change.ResizeViewModel(
                service, sim.workspaceScope(), new InstanceTarget(vm.pvmInstanceID(), vm.serverName(), vm.status()),
                new com.pvsconsole.ui.instances.change.ResizeViewModel.Current(vm.procType(), vm.processors(),
                        vm.memory(), "s1022"), new ActionListener() { }, null, messages);

        // when the form loads and the user asks for more cores than any s1022 host has left
        resize.load();
        resize.procTypeProperty().set("shared");
        resize.processorsProperty().set(SizeRules.format(vm.processors() + Math.floor(freeCores) + 1));

        // then the growth is refused next to the field, and a growth that fits is not
        assertThat(resize.hostNoteProperty().get()).startsWith("One s1022 host can still take");
        assertThat(resize.hostErrorProperty().get()).startsWith("No s1022 host has room for that growth");
        assertThat(resize.validProperty().get()).isFalse();
        resize.processorsProperty().set(SizeRules.format(vm.processors() + 0.25));
        assertThat(resize.hostErrorProperty().get()).isEmpty();
    }

    @Test
    void should_say_so_and_offer_the_standard_lists_when_the_catalog_cannot_be_read() {
        // given the system pools answering 503
        sim.sim().faults().add("type=status,status=503,route=GET /pcloud/v1/cloud-instances/*" + POOLS);

        // when the wizard opens
        CreateInstanceViewModel wizard = wizard();

        // then the failure is shown with its status and hint, and the standard lists are offered as such
        assertThat(wizard.catalogProblemProperty().get()).isNotNull();
        assertThat(wizard.catalogProblemProperty().get().status()).isEqualTo(503);
        assertThat(wizard.catalogNoteProperty().get()).contains("HTTP 503")
                .contains(wizard.catalogProblemProperty().get().hint()).contains("standard list");
        assertThat(wizard.systemTypes()).containsExactlyElementsOf(SizeRules.SYSTEM_TYPES);
        assertThat(wizard.loadingProperty().get()).isFalse();
    }

    @Test
    void should_read_no_network_details_when_it_opens_and_one_per_ticked_network() {
        // given a workspace with several networks
        List<NetworkReference> networks = sim.direct().listNetworks(sim.context(), NONE);
        assertThat(networks.size()).isGreaterThan(1);

        // when the wizard opens
        CreateInstanceViewModel wizard = wizard();

        // then the list was read once and no network's details
        assertThat(sim.recording().count("listNetworks")).isEqualTo(1);
        assertThat(sim.recording().count("getNetwork")).isZero();
        assertThat(wizard.form().networks()).hasSize(networks.size());

        // and ticking one network (twice over) reads its details once, which then check the fixed IP
        NetworkChoice first = wizard.form().networks().get(0);
        first.selectedProperty().set(true);
        first.selectedProperty().set(false);
        first.selectedProperty().set(true);
        assertThat(sim.recording().count("getNetwork")).isEqualTo(1);
        assertThat(first.cidr()).isNotBlank();
        first.fixedIpProperty().set("203.0.113.9");
        assertThat(first.ipErrorProperty().get()).isEqualTo(messages.get("rule.ip.outside", first.cidr()));
    }

    @Test
    void should_create_into_a_shared_processor_pool_created_through_the_service() {
        // given an SPP created through the service layer, in a placement-free workspace
        List<SharedProcessorPool> made = new ArrayList<>();
        service.catalog().createSharedProcessorPool(sim.workspaceScope(), SharedProcessorPoolCreate.builder()
                .name("wiz_pool").hostGroup("s1022").reservedCores(2L).build()).onSuccess(made::add);
        assertThat(made).hasSize(1);

        // when the wizard offers it and the user picks it for shared processors
        CreateInstanceViewModel wizard = wizard();
        SharedProcessorPool pool = wizard.pools().stream().filter(p -> p.name().equals("wiz_pool")).findFirst()
                .orElseThrow();
        fill(wizard, "in-wiz-pool", "RHEL9-SP4");
        wizard.form().poolProperty().set(pool);

        // then the system type follows the pool, dedicated processors and more cores than it has are refused
        assertThat(wizard.form().sysTypeProperty().get()).isEqualTo("s1022");
        wizard.form().processorsProperty().set("3");
        assertThat(wizard.form().poolErrorProperty().get()).isEqualTo(messages.get("rule.spp.cores", "wiz_pool", "2"));
        wizard.form().processorsProperty().set("0.5");
        assertThat(wizard.form().poolErrorProperty().get()).isEmpty();

        // when the user creates
        walkToReviewAndCreate(wizard);

        // then one create reached the simulator and the new instance is a server of the pool there
        assertThat(sim.sim().requestsReceived("POST", "/pcloud/v1/cloud-instances/" + sim.context().cloudInstanceId()
                + "/pvm-instances")).isEqualTo(1);
        assertThat(sim.direct().getSharedProcessorPool(sim.context(), made.get(0).id(), NONE).servers())
                .extracting(s -> s.id()).containsExactly(created.get(0).pvmInstanceID());
        assertThat(wizard.summary()).extracting(CreateInstanceViewModel.SummaryLine::value)
                .anyMatch(v -> v.startsWith("wiz_pool"));
    }

    /** The Pools and groups page on the wizard's workspace and store. */
    private PoolsViewModel poolsPage() {
        return new PoolsViewModel(store, new SimpleObjectProperty<>(scope), new PoolService(sim.client(), executor, store),
                new ScriptedDialogs(), messages);
    }

    private static void createPool(PoolsViewModel page, String name) {
        CreatePoolForm form = page.newPoolForm();
        form.nameProperty().set(name);
        form.coresProperty().set("2");
        form.hostGroupProperty().set(form.hostGroups().get(0));
        page.createPool(form);
    }

    /** List calls of pools, placement groups and SPP placement groups the simulator received so far. */
    private List<Long> poolLists() {
        String base = "/pcloud/v1/cloud-instances/" + sim.context().cloudInstanceId();
        return List.of(sim.sim().requests().count("GET", base + "/shared-processor-pools"),
                sim.sim().requests().count("GET", base + "/placement-groups"),
                sim.sim().requests().count("GET", base + "/spp-placement-groups"));
    }

    private static List<Long> since(List<Long> before, List<Long> now) {
        return java.util.stream.IntStream.range(0, now.size()).mapToObj(i -> now.get(i) - before.get(i)).toList();
    }

    @Test
    void should_offer_the_pool_and_group_just_made_on_the_pools_page_without_listing_them_again() {
        // given the Pools page on the workspace, where a pool and a placement group were just created
        PoolsViewModel page = poolsPage();
        createPool(page, "page_pool");
        CreateGroupForm group = page.newGroupForm(GroupRow.Kind.SERVERS);
        group.nameProperty().set("page-group");
        page.createGroup(group);
        List<Long> before = poolLists();

        // when the wizard opens
        CreateInstanceViewModel wizard = wizard();

        // then it offers both from the store, and no list of pools or groups reached the simulator
        assertThat(wizard.pools()).extracting(SharedProcessorPool::name).contains("page_pool");
        assertThat(wizard.placementGroups()).extracting(PlacementGroup::name).contains("page-group");
        assertThat(since(before, poolLists())).containsExactly(0L, 0L, 0L);

        // when another pool is made on the page while the wizard is open, the wizard offers it at once, no call
        createPool(page, "late_pool");
        assertThat(wizard.pools()).extracting(SharedProcessorPool::name).contains("page_pool", "late_pool");
        assertThat(since(before, poolLists())).containsExactly(0L, 0L, 0L);

        // when the wizard closes and the page goes off screen, a refresh lists none of them
        wizard.close();
        page.setShown(false);
        store.refresh(scope);
        assertThat(since(before, poolLists())).containsExactly(0L, 0L, 0L);
    }

    @Test
    void should_list_pools_and_groups_once_for_the_wizard_alone_and_no_more_for_a_second_one() {
        // given no page showing pools
        List<Long> before = poolLists();

        // when a wizard opens, then a second one beside it
        CreateInstanceViewModel first = wizard();
        CreateInstanceViewModel second = wizard();

        // then each kind was listed once, for both
        assertThat(since(before, poolLists())).containsExactly(1L, 1L, 1L);
        assertThat(second.pools()).containsExactlyElementsOf(first.pools());

        // when both close, a refresh lists none of them
        first.close();
        second.close();
        first.close();
        store.refresh(scope);
        assertThat(since(before, poolLists())).containsExactly(1L, 1L, 1L);
    }

    @Test
    void should_list_the_pools_once_after_a_create_into_one_so_the_pools_page_shows_its_allocated_cores() {
        // given a pool of 2 cores on the Pools page, nothing allocated yet
        String poolId = sim.direct().createSharedProcessorPool(sim.context(), SharedProcessorPoolCreate.builder()
                .name("busy_pool").hostGroup("s1022").reservedCores(2L).build(), NONE).id();
        PoolsViewModel page = poolsPage();
        assertThat(page.pool("busy_pool").orElseThrow().allocated()).isZero();
        CreateInstanceViewModel wizard = wizard();
        fill(wizard, "in-busy-pool", "RHEL9-SP4");
        wizard.form().poolProperty().set(wizard.pools().stream().filter(p -> p.id().equals(poolId)).findFirst()
                .orElseThrow());
        List<Long> before = poolLists();

        // when the user creates into it
        walkToReviewAndCreate(wizard);
        wizard.close();

        // then the store listed the pools once (nothing else), and the page shows the new server's cores
        assertThat(since(before, poolLists())).containsExactly(1L, 0L, 0L);
        assertThat(page.pool("busy_pool").orElseThrow().allocated()).isEqualTo(0.5);

        // when nothing shows pools any more, a create into the pool lists none
        page.setShown(false);
        service.create(scope, PvmInstanceCreate.builder().serverName("behind-the-page")
                .imageID(created.get(0).imageID()).procType("shared").processors(0.25).memory(2.0)
                .networkIDs(List.of(sim.direct().listNetworks(sim.context(), NONE).get(0).networkID()))
                .sysType("s1022").sharedProcessorPool(poolId).build(), new ActionListener() { });
        assertThat(sim.direct().getSharedProcessorPool(sim.context(), poolId, NONE).servers()).hasSize(2);
        assertThat(since(before, poolLists())).containsExactly(1L, 0L, 0L);
    }

    @Test
    void should_send_ibm_i_licences_at_create() {
        // given the wizard on an IBM i image with CSS and RDS for 5 users ticked
        CreateInstanceViewModel wizard = wizard();
        fill(wizard, "ibmi-licensed", "IBMi-75-03-2924-1");
        CreateInstanceForm form = wizard.form();
        assertThat(form.ibmiProperty().get()).isTrue();
        form.cssProperty().set(true);
        form.rdsProperty().set(true);
        form.rdsUsersProperty().set("0");
        assertThat(form.rdsUsersErrorProperty().get()).isEqualTo(messages.get("rule.rds.users"));
        form.rdsUsersProperty().set("5");

        // when the user creates
        walkToReviewAndCreate(wizard);

        // then the instance at the simulator carries exactly those licences
        var licences = atSimulator("ibmi-licensed").softwareLicenses();
        assertThat(licences.ibmiCSS()).isTrue();
        assertThat(licences.ibmiPHA()).isFalse();
        assertThat(licences.ibmiRDS()).isTrue();
        assertThat(licences.ibmiRDSUsers()).isEqualTo(5L);
    }

    @Test
    void should_not_offer_licences_for_an_image_that_is_not_ibm_i() {
        CreateInstanceViewModel wizard = wizard();
        fill(wizard, "aix-plain", "7300-02-01");
        wizard.form().cssProperty().set(true);
        assertThat(wizard.form().ibmiProperty().get()).isFalse();
        assertThat(wizard.form().licences()).isEmpty();
    }

    @Test
    void should_update_the_licences_and_the_console_language_of_an_existing_ibm_i_instance() {
        // given an IBM i instance of the workspace
        PvmInstanceReference ibmi = sim.direct().listInstances(sim.context(), NONE).stream()
                .filter(i -> "ibmi".equals(i.osType())).findFirst().orElseThrow();
        InstanceTarget target = new InstanceTarget(ibmi.pvmInstanceID(), ibmi.serverName(), ibmi.status());

        // when the licences form loads, the user adds PHA and RDS for 3 users, and applies
        IbmiLicencesViewModel licences = new IbmiLicencesViewModel(service, sim.workspaceScope(), target, messages);
        licences.load();
        assertThat(licences.validProperty().get()).as("nothing changed yet").isFalse();
        assertThat(licences.code()).as("no code while nothing would be sent").isEmpty();
        licences.phaProperty().set(true);
        licences.rdsProperty().set(true);
        licences.rdsUsersProperty().set("3");
        // (before sending, Copy as code shows the same change for the CLI and Terraform)
        var code = licences.code().orElseThrow();
        assertThat(code.cliPosix()).contains("ibmcloud pi instance update " + ibmi.pvmInstanceID())
                .contains("--IBMiPHA-license=true").contains("--IBMiRDS-users 3");
        assertThat(code.terraform()).contains("pi_ibmi_pha          = true").contains("pi_ibmi_rds_users    = 3");
        assertThat(sim.recording().count("updateInstance")).isZero();
        licences.submit();

        // then one update carried them and the simulator has them
        assertThat(licences.doneProperty().get()).isTrue();
        assertThat(sim.recording().count("updateInstance")).isEqualTo(1);
        var now = sim.direct().getInstance(sim.context(), ibmi.pvmInstanceID(), NONE).softwareLicenses();
        assertThat(now.ibmiPHA()).isTrue();
        assertThat(now.ibmiRDSUsers()).isEqualTo(3L);

        // and the console language is listed from the API and set
        ConsoleLanguageViewModel language = new ConsoleLanguageViewModel(service, sim.workspaceScope(), target);
        language.load();
        assertThat(language.languages()).isNotEmpty();
        var german = language.languages().stream().filter(l -> l.language().equals("German")).findFirst()
                .orElseThrow();
        assertThat(language.code()).isEmpty();
        language.chosenProperty().set(german);
        assertThat(language.code().orElseThrow().cliPosix())
                .contains("ibmcloud pi instance console update " + ibmi.pvmInstanceID() + " --code " + german.code());
        language.submit();
        assertThat(language.doneProperty().get()).isTrue();
        assertThat(sim.direct().getInstance(sim.context(), ibmi.pvmInstanceID(), NONE).consoleLanguage().code())
                .isEqualTo(german.code());
    }

    @Test
    void should_offer_sap_profiles_for_an_sap_image_and_create_through_the_sap_call() {
        // given the wizard on the SAP stock image
        CreateInstanceViewModel wizard = wizard();
        fill(wizard, "hana-01", "SLES15-SP5-SAP");
        CreateInstanceForm form = wizard.form();

        // then profiles replace processors and memory, and one is required
        assertThat(form.sapProperty().get()).isTrue();
        assertThat(wizard.sapProfiles()).isNotEmpty();
        assertThat(form.sapProfileErrorProperty().get()).isEqualTo(messages.get("rule.sap.required"));
        form.processorsProperty().set("not a number");
        assertThat(form.processorsErrorProperty().get()).as("processors do not apply").isEmpty();

        // and a profile larger than any host is refused, a small one accepted
        form.sysTypeProperty().set("e980");
        form.sapProfileProperty().set(profile(wizard, "bh1-140x14000"));
        assertThat(form.hostErrorProperty().get()).startsWith("No e980 host can take that now");
        form.sapProfileProperty().set(profile(wizard, "ush1-4x128"));
        assertThat(form.hostErrorProperty().get()).isEmpty();

        // when the user creates
        walkToReviewAndCreate(wizard);

        // then it went through the SAP call, and the simulator's instance has the profile's size
        assertThat(sim.recording().count("createSapInstance")).isEqualTo(1);
        assertThat(sim.recording().count("createInstance")).isZero();
        PvmInstance hana = atSimulator("hana-01");
        assertThat(hana.sapProfile().profileID()).isEqualTo("ush1-4x128");
        assertThat(hana.processors()).isEqualTo(4.0);
        assertThat(hana.memory()).isEqualTo(128.0);
    }

    private static SapProfile profile(CreateInstanceViewModel wizard, String id) {
        return wizard.sapProfiles().stream().filter(p -> p.profileID().equals(id)).findFirst().orElseThrow();
    }
}
