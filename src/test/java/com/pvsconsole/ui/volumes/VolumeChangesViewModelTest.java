package com.pvsconsole.ui.volumes;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.pvsconsole.api.CancellationToken;
import com.pvsconsole.api.PowerVsClient;
import com.pvsconsole.api.model.StorageTier;
import com.pvsconsole.service.activity.ActivityEntry;
import com.pvsconsole.service.catalog.WorkspaceCatalog;
import com.pvsconsole.service.resources.VolumeChanges;
import com.pvsconsole.service.resources.VolumeDeleteResult;
import com.pvsconsole.service.resources.VolumeService;
import com.pvsconsole.service.task.TaskOutcome;
import com.pvsconsole.testsupport.SimulatedWorkspace;
import com.pvsconsole.ui.common.Messages;
import com.pvsconsole.ui.support.ScriptedDialogs;
import java.lang.reflect.InvocationTargetException;
import java.lang.reflect.Proxy;
import java.time.Duration;
import java.util.List;
import java.util.Locale;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

/**
 * The volume changes of the Volumes page against the real simulator over HTTP, with the same-thread executor:
 * every check as the user types, grow of an attached volume in place, clone followed to the end, bulk delete
 * with one result per volume, and tiers offered only as the workspace's catalog lists them.
 */
class VolumeChangesViewModelTest {

    private final Messages messages = new Messages(Locale.ROOT);
    private final ScriptedDialogs dialogs = new ScriptedDialogs();
    private SimulatedWorkspace ws;
    private VolumesViewModel volumes;
    private VolumeChangesViewModel changes;

    /** Opens the simulated workspace with the page's view-models on {@code client} (the simulator's by default). */
    private void open(PowerVsClient client) {
        volumes = new VolumesViewModel(ws.inventory(), ws.scope(),
                new VolumeService(client, ws.executor(), Duration.ofMillis(20), Duration.ofSeconds(10)),
                new WorkspaceCatalog(client, ws.executor()), dialogs, messages);
        changes = new VolumeChangesViewModel(volumes,
                new VolumeChanges(client, ws.executor(), Duration.ofMillis(20), Duration.ofSeconds(10)), dialogs,
                messages);
        ws.open();
    }

    private void open() {
        ws = SimulatedWorkspace.start(0.01);
        open(ws.client());
    }

    @AfterEach
    void close() {
        ws.close();
    }

    private VolumeRow attachedRow() {
        return volumes.rows().stream().filter(r -> r.state().equals("in-use")).findFirst().orElseThrow();
    }

    private VolumeRow availableRow(String name) {
        CreateVolumeForm form = volumes.newCreateForm();
        form.nameProperty().set(name);
        form.sizeProperty().set("10");
        volumes.create(form);
        VolumeRow row = volumes.rows().stream().filter(r -> r.name().equals(name)).findFirst().orElseThrow();
        ws.until(() -> row.state().equals("available"));
        return row;
    }

    private void select(VolumeRow... rows) {
        volumes.select(rows[rows.length - 1]);
        volumes.selectRows(List.of(rows));
    }

    @Test
    void should_explain_a_shrink_or_the_same_size_next_to_the_field_and_send_nothing() {
        open();
        VolumeRow row = attachedRow();
        select(row);
        long current = Math.round(row.sizeGbProperty().get());
        GrowVolumeForm form = changes.newGrowForm().orElseThrow();

        form.sizeProperty().set(Long.toString(current - 1));
        assertThat(form.sizeErrorProperty().get()).isEqualTo(messages.get("rule.volume.shrink", (double) current));
        form.sizeProperty().set(Long.toString(current));
        assertThat(form.sizeErrorProperty().get()).isEqualTo(messages.get("rule.volume.sameSize", (double) current));
        form.sizeProperty().set("lots");
        assertThat(form.sizeErrorProperty().get()).isEqualTo(messages.get("volume.error.sizeNumber"));
        assertThat(form.validProperty().get()).isFalse();

        changes.grow(form);

        assertThat(ws.recording().count("updateVolume")).isZero();
        assertThat(ws.finished("Grow volume")).isEmpty();
    }

    @Test
    void should_grow_an_attached_volume_in_place() {
        open();
        VolumeRow row = attachedRow();
        select(row);
        double before = row.sizeGbProperty().get();
        GrowVolumeForm form = changes.newGrowForm().orElseThrow();
        assertThat(form.note()).contains(row.attachedToProperty().get());

        form.sizeProperty().set(Long.toString(Math.round(before) + 15));
        changes.grow(form);

        ws.until(() -> row.sizeGbProperty().get() == before + 15 && VolumeService.isResting(row.state()));
        assertThat(volumes.rows()).filteredOn(r -> r.id().equals(row.id())).containsExactly(row);
        assertThat(row.isAttached()).isTrue();
        assertThat(ws.finished("Grow volume")).extracting(ActivityEntry::outcome)
                .containsExactly(TaskOutcome.SUCCEEDED);
        assertThat(volumes.status().noticeProperty().get()).contains(row.name());
        assertThat(changes.runningProperty().get()).isFalse();
    }

    @Test
    void should_refuse_a_name_another_volume_has_and_keep_what_was_typed_after_a_refusal() throws Exception {
        open();
        VolumeRow row = attachedRow();
        VolumeRow other = volumes.rows().stream().filter(r -> r != row).findFirst().orElseThrow();
        select(row);
        RenameVolumeForm form = changes.newRenameForm().orElseThrow();

        form.nameProperty().set(other.name().toUpperCase(Locale.ROOT));
        assertThat(form.nameErrorProperty().get())
                .isEqualTo(messages.get("rule.volume.name.taken", other.name().toUpperCase(Locale.ROOT)));
        assertThat(form.validProperty().get()).isFalse();

        // given a free name and the service refusing the change
        ws.sim().faults().add(new ObjectMapper().readTree(
                "{\"route\":\"PUT /pcloud/v1/cloud-instances/*/volumes/*\",\"type\":\"status\",\"status\":500}"));
        form.nameProperty().set("vm-renamed");
        changes.rename(form);

        assertThat(volumes.status().problemProperty().get()).isNotNull().satisfies(p -> {
            assertThat(p.status()).isEqualTo(500);
            assertThat(p.hint()).isNotBlank();
            assertThat(p.serverMessage()).isNotBlank();
        });
        assertThat(changes.newRenameForm()).containsSame(form);
        assertThat(form.nameProperty().get()).isEqualTo("vm-renamed");
        assertThat(row.name()).isNotEqualTo("vm-renamed");
    }

    @Test
    void should_offer_only_the_active_tiers_the_workspace_lists() {
        ws = SimulatedWorkspace.start(0.01);
        open(withTiers(ws.client(), List.of(new StorageTier("", "tier3", "active"),
                new StorageTier("", "tier0", "inactive"), new StorageTier("", "tier1", "active"))));
        VolumeRow row = volumes.rows().stream().filter(r -> r.tierProperty().get().equals("tier3")).findFirst()
                .orElseThrow();
        select(row);

        assertThat(volumes.newCreateForm().tiers()).containsExactly("tier1", "tier3");
        TierChangeForm form = changes.newTierForm().orElseThrow();
        assertThat(form.tiers()).as("the workspace's other active tiers").containsExactly("tier1");
        assertThat(form.tierErrorProperty().get()).isEqualTo(messages.get("volume.tierChoose"));
        assertThat(form.consequence()).isNotBlank();

        form.tierProperty().set("tier1");
        changes.changeTier(form);

        ws.until(() -> row.tierProperty().get().equals("tier1"));
        assertThat(ws.finished("Change storage tier")).extracting(ActivityEntry::outcome)
                .containsExactly(TaskOutcome.SUCCEEDED);
    }

    @Test
    void should_show_a_failed_catalog_with_its_hint_and_still_create() throws Exception {
        ws = SimulatedWorkspace.start(0.01);
        ws.sim().faults().add(new ObjectMapper().readTree(
                "{\"route\":\"GET /pcloud/v1/cloud-instances/*/storage-tiers\",\"type\":\"status\",\"status\":500}"));
        open(ws.client());

        CreateVolumeForm form = volumes.newCreateForm();

        assertThat(form.catalogProblemProperty().get()).isNotNull()
                .satisfies(p -> assertThat(p.hint()).isNotBlank());
        assertThat(form.tiers()).as("the tiers the workspace's volumes use").isNotEmpty()
                .isSubsetOf(volumes.rows().stream().map(r -> r.tierProperty().get()).toList());
        form.nameProperty().set("vm-despite-catalog");
        form.sizeProperty().set("5");
        assertThat(form.validProperty().get()).isTrue();
        volumes.create(form);
        assertThat(volumes.rows()).anyMatch(r -> r.name().equals("vm-despite-catalog"));
    }

    @Test
    void should_create_a_volume_in_a_pool_offered_by_the_catalog() {
        open();
        CreateVolumeForm form = volumes.newCreateForm();
        String pool = form.pools().get(0);
        form.nameProperty().set("vm-in-pool");
        form.sizeProperty().set("8");
        form.poolProperty().set(pool);

        volumes.create(form);

        VolumeRow row = volumes.rows().stream().filter(r -> r.name().equals("vm-in-pool")).findFirst().orElseThrow();
        ws.until(() -> row.state().equals("available"));
        assertThat(row.pool()).isEqualTo(pool);
    }

    @Test
    void should_clone_and_follow_the_task_to_the_end_until_the_clones_show() {
        open();
        VolumeRow source = attachedRow();
        select(source);
        int before = volumes.rows().size();
        CloneVolumesForm form = changes.newCloneForm().orElseThrow();
        assertThat(form.nameErrorProperty().get()).isEqualTo(messages.get("volume.clone.nameRequired"));
        form.nameProperty().set("vmcopy");

        changes.clone(form);

        assertThat(changes.runningProperty().get()).isTrue();
        ws.until(() -> !changes.runningProperty().get());
        assertThat(volumes.status().noticeProperty().get()).contains("vmcopy");
        ws.until(() -> volumes.rows().stream().anyMatch(r -> r.name().startsWith("clone-vmcopy-")
                && r.state().equals("available")));
        assertThat(volumes.rows()).hasSize(before + 1);
        assertThat(ws.finished("Clone volumes")).as("one entry, from acceptance to the end")
                .extracting(ActivityEntry::outcome).containsExactly(TaskOutcome.SUCCEEDED);
        assertThat(ws.recording().count("getCloneTask")).isPositive();
    }

    @Test
    void should_delete_in_bulk_after_the_typed_count_with_one_result_per_volume() {
        open();
        VolumeRow first = availableRow("vm-bulk-1");
        VolumeRow second = availableRow("vm-bulk-2");
        VolumeRow attached = attachedRow();
        select(first, second, attached);

        dialogs.typed = null;
        changes.deleteSelected();
        assertThat(ws.recording().count("deleteVolumes")).as("cancelled: nothing sent").isZero();

        dialogs.typed = "3";
        changes.deleteSelected();

        assertThat(dialogs.wasAsked("typed risky " + messages.get("volume.bulkDeleteTitle", 3))).isTrue();
        assertThat(dialogs.asked).anyMatch(a -> a.contains("[" + ws.scope().get().workspaceName() + "] expecting 3"));
        assertThat(changes.deleteResults()).extracting(VolumeDeleteResult::volumeId)
                .containsExactly(first.id(), second.id(), attached.id());
        assertThat(changes.deleteResults()).extracting(VolumeDeleteResult::deleted).containsExactly(true, true, false);
        assertThat(changes.deleteResults().get(2).state()).isEqualTo("in-use");
        assertThat(volumes.status().noticeProperty().get()).contains("2", "3", attached.name());
        ws.until(() -> volumes.row(first.id()).isEmpty() && volumes.row(second.id()).isEmpty());
        assertThat(volumes.rows()).contains(attached);
    }

    @Test
    void should_grow_from_the_instance_details_and_reload_them() {
        open();
        VolumeRow row = attachedRow();
        String instanceId = row.instanceIds().get(0);
        javafx.beans.property.SimpleObjectProperty<com.pvsconsole.service.inventory.InstanceDetails> details =
                new javafx.beans.property.SimpleObjectProperty<>();
        Runnable reload = () -> details.set(new com.pvsconsole.service.inventory.InstanceDetails(
                ws.client().getInstance(ws.context(), instanceId, CancellationToken.none()),
                ws.client().listInstanceVolumes(ws.context(), instanceId, CancellationToken.none()), List.of()));
        InstanceVolumesViewModel pane = new InstanceVolumesViewModel(volumes, changes, details, reload, dialogs,
                messages);
        reload.run();
        pane.selectedProperty().set(pane.attached().stream().filter(v -> v.volumeID().equals(row.id())).findFirst()
                .orElseThrow());
        assertThat(pane.canGrowProperty().get()).isTrue();
        GrowVolumeForm form = pane.newGrowForm().orElseThrow();
        double wanted = Math.round(row.sizeGbProperty().get()) + 5;

        form.sizeProperty().set(Long.toString((long) wanted));
        pane.grow(form);

        assertThat(pane.status().noticeProperty().get()).contains(row.name());
        assertThat(pane.attached()).filteredOn(v -> v.volumeID().equals(row.id()))
                .singleElement().satisfies(v -> assertThat(v.size()).isEqualTo(wanted));
        ws.until(() -> row.sizeGbProperty().get() == wanted);
    }

    /** The simulator's client, except that the workspace lists {@code tiers}. */
    private static PowerVsClient withTiers(PowerVsClient real, List<StorageTier> tiers) {
        return (PowerVsClient) Proxy.newProxyInstance(PowerVsClient.class.getClassLoader(),
                new Class<?>[] {PowerVsClient.class}, (proxy, method, args) -> {
                    if (method.getName().equals("listStorageTiers")) {
                        return tiers;
                    }
                    try {
                        return method.invoke(real, args);
                    } catch (InvocationTargetException e) {
                        throw e.getCause();
                    }
                });
    }
}
