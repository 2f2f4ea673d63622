package com.pvsconsole.ui.volumes;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.pvsconsole.api.CancellationToken;
import com.pvsconsole.api.PowerVsException;
import com.pvsconsole.api.model.PvmInstanceReference;
import com.pvsconsole.service.activity.ActivityEntry;
import com.pvsconsole.service.inventory.InstanceDetails;
import com.pvsconsole.service.catalog.WorkspaceCatalog;
import com.pvsconsole.service.resources.VolumeChanges;
import com.pvsconsole.service.resources.VolumeService;
import com.pvsconsole.service.task.TaskOutcome;
import com.pvsconsole.ui.common.Messages;
import com.pvsconsole.ui.support.ScriptedDialogs;
import com.pvsconsole.testsupport.SimulatedWorkspace;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import javafx.beans.property.SimpleObjectProperty;
import javafx.collections.ListChangeListener;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** The Volumes view-models against the real simulator over HTTP, with the same-thread executor. */
class VolumesViewModelTest {

    private final Messages messages = new Messages(Locale.ROOT);
    private final ScriptedDialogs dialogs = new ScriptedDialogs();
    private SimulatedWorkspace ws;
    private VolumesViewModel model;

    @BeforeEach
    void open() {
        ws = SimulatedWorkspace.start(0.01);
        VolumeService service = new VolumeService(ws.client(), ws.executor(), Duration.ofMillis(20), Duration.ofSeconds(10));
        model = new VolumesViewModel(ws.inventory(), ws.scope(), service,
                new WorkspaceCatalog(ws.client(), ws.executor()), dialogs, messages);
        ws.open();
    }

    @AfterEach
    void close() {
        ws.close();
    }

    private VolumeRow createVolume(String name) {
        CreateVolumeForm form = model.newCreateForm();
        form.nameProperty().set(name);
        form.sizeProperty().set("20");
        form.tierProperty().set("tier1");
        model.create(form);
        VolumeRow row = model.row(id(name)).orElseThrow();
        ws.until(() -> row.state().equals("available"));
        return row;
    }

    private String id(String name) {
        return model.rows().stream().filter(r -> r.name().equals(name)).findFirst().orElseThrow().id();
    }

    private PvmInstanceReference activeInstance() {
        return ws.client().listInstances(ws.context(), CancellationToken.none()).stream()
                .filter(i -> i.status().equals("ACTIVE")).findFirst().orElseThrow();
    }

    @Test
    void should_list_the_workspace_volumes_with_attached_instances_by_name() {
        // given the demo workspace opened
        // then its volumes are listed, and attached ones name their instances, not ids
        assertThat(model.rows()).isNotEmpty();
        VolumeRow attached = model.rows().stream().filter(VolumeRow::isAttached).findFirst().orElseThrow();
        String firstId = attached.instanceIds().get(0);
        assertThat(attached.attachedToProperty().get()).doesNotContain(firstId).contains(model.instanceName(firstId));
    }

    @Test
    void should_create_a_volume_that_goes_from_creating_to_available_in_place() {
        // given a valid form
        CreateVolumeForm form = model.newCreateForm();
        form.nameProperty().set("vm-test-data");
        form.sizeProperty().set("20");
        form.tierProperty().set("tier1");
        form.shareableProperty().set(true);
        assertThat(form.validProperty().get()).isTrue();

        List<String> added = new ArrayList<>();
        model.rows().addListener((ListChangeListener<VolumeRow>) change -> {
            while (change.next()) {
                change.getAddedSubList().forEach(r -> added.add(r.name() + " " + r.state()));
            }
        });

        // when it is sent
        model.create(form);

        // then the row appears as creating and the same row turns available
        assertThat(added).containsExactly("vm-test-data creating");
        VolumeRow row = model.row(id("vm-test-data")).orElseThrow();
        ws.until(() -> row.state().equals("available"));
        assertThat(model.rows()).filteredOn(r -> r.name().equals("vm-test-data")).containsExactly(row);
        assertThat(row.tierProperty().get()).isEqualTo("tier1");
        assertThat(row.isShareable()).isTrue();
        assertThat(model.status().noticeProperty().get()).contains("vm-test-data");
        assertThat(ws.finished("Create volume")).extracting(ActivityEntry::outcome).containsExactly(TaskOutcome.SUCCEEDED);
    }

    @Test
    void should_refuse_invalid_input_inline_and_send_nothing() {
        // given a form with no name and sizes the service refuses
        CreateVolumeForm form = model.newCreateForm();
        int before = model.rows().size();

        // then each field says what is wrong, and nothing can be sent
        assertThat(form.nameErrorProperty().get()).isEqualTo(messages.get("volume.error.name"));
        assertThat(form.sizeErrorProperty().get()).isEqualTo(messages.get("volume.error.sizeMissing"));
        form.sizeProperty().set("lots");
        assertThat(form.sizeErrorProperty().get()).isEqualTo(messages.get("volume.error.sizeNumber"));
        form.sizeProperty().set("2001");
        assertThat(form.sizeErrorProperty().get()).isEqualTo(messages.get("volume.error.sizeRange", 1, 2000));
        form.sizeProperty().set("0");
        assertThat(form.sizeErrorProperty().get()).isNotEmpty();
        form.countProperty().set(11);
        assertThat(form.countErrorProperty().get()).isNotEmpty();
        assertThat(form.validProperty().get()).isFalse();
        model.create(form);
        assertThat(model.rows()).hasSize(before);
        assertThat(ws.finished("Create volume")).isEmpty();
        assertThatThrownBy(() -> form.request(1)).isInstanceOf(IllegalStateException.class);
    }

    @Test
    void should_offer_the_tiers_and_pools_of_the_workspace_catalog() {
        CreateVolumeForm form = model.newCreateForm();

        assertThat(form.tiers()).containsExactlyElementsOf(ws.client().listStorageTiers(ws.context(),
                CancellationToken.none()).stream().map(t -> t.name()).sorted().toList());
        assertThat(form.pools()).isNotEmpty().containsExactlyElementsOf(ws.client().getStoragePoolsCapacity(
                ws.context(), CancellationToken.none()).storagePoolsCapacity().stream().map(p -> p.poolName())
                .sorted().toList());
        assertThat(form.tierProperty().get()).isEqualTo("tier3");
        assertThat(form.catalogProblemProperty().get()).isNull();
    }

    @Test
    void should_attach_refuse_delete_while_in_use_detach_and_delete_end_to_end() {
        // given a new available volume, selected
        VolumeRow row = createVolume("vm-test-cycle");
        model.select(row);
        PvmInstanceReference instance = activeInstance();

        // when it is attached to an instance the user picks
        dialogs.choice = label -> label.startsWith(instance.serverName() + " ");
        model.attachSelected();

        // then it turns in-use, naming the instance
        ws.until(() -> row.state().equals("in-use"));
        assertThat(row.attachedToProperty().get()).isEqualTo(instance.serverName());
        assertThat(ws.client().getVolume(ws.context(), row.id(), CancellationToken.none()).pvmInstanceIDs())
                .containsExactly(instance.pvmInstanceID());

        // when the user tries to delete it while attached, then it is refused without asking
        model.deleteSelected();
        assertThat(model.status().noticeProperty().get()).isEqualTo(
                messages.get("volume.deleteInUse", row.name(), instance.serverName()));
        assertThat(dialogs.wasAsked("delete")).isFalse();

        // when it is detached (after confirming), then it is available again
        model.detachSelected();
        assertThat(dialogs.wasAsked("confirm " + instance.serverName() + " loses access to the data on vm-test-cycle")).isTrue();
        ws.until(() -> row.state().equals("available") && !row.isAttached());

        // when it is deleted with the typed name, then the row goes and so does the volume
        model.deleteSelected();
        assertThat(dialogs.wasAsked("delete volume vm-test-cycle")).isTrue();
        ws.until(() -> model.row(row.id()).isEmpty());
        assertThatThrownBy(() -> ws.client().getVolume(ws.context(), row.id(), CancellationToken.none()))
                .isInstanceOfSatisfying(PowerVsException.class, e -> assertThat(e.status()).hasValue(404));
        assertThat(ws.finished("Attach volume")).isNotEmpty();
        assertThat(ws.finished("Detach volume")).isNotEmpty();
        assertThat(ws.finished("Delete volume")).extracting(ActivityEntry::outcome).containsExactly(TaskOutcome.SUCCEEDED);
        assertThat(ws.finished("Follow volume")).isEmpty();
    }

    @Test
    void should_keep_the_volume_when_the_delete_is_cancelled() {
        VolumeRow row = createVolume("vm-test-keep");
        model.select(row);
        dialogs.confirmDelete = false;

        model.deleteSelected();

        assertThat(ws.finished("Delete volume")).isEmpty();
        assertThat(model.rows()).contains(row);
    }

    @Test
    void should_attach_and_detach_from_the_instance_details() {
        // given a free volume and an instance's details pane
        VolumeRow row = createVolume("vm-test-side");
        PvmInstanceReference instance = activeInstance();
        SimpleObjectProperty<InstanceDetails> details = new SimpleObjectProperty<>();
        Runnable reload = () -> details.set(new InstanceDetails(
                ws.client().getInstance(ws.context(), instance.pvmInstanceID(), CancellationToken.none()),
                ws.client().listInstanceVolumes(ws.context(), instance.pvmInstanceID(), CancellationToken.none()),
                List.of()));
        InstanceVolumesViewModel pane = new InstanceVolumesViewModel(model, new VolumeChangesViewModel(model,
                new VolumeChanges(ws.client(), ws.executor(), Duration.ofMillis(20), Duration.ofSeconds(10)), dialogs,
                messages), details, reload, dialogs, messages);
        reload.run();
        int attachedBefore = pane.attached().size();

        // when the user attaches the free volume from the instance's side
        dialogs.choice = label -> label.startsWith("vm-test-side ");
        pane.attach();

        // then the pane lists it and the Volumes page shows it in use by that instance
        assertThat(pane.attached()).hasSize(attachedBefore + 1).anyMatch(v -> v.volumeID().equals(row.id()));
        ws.until(() -> row.state().equals("in-use"));
        assertThat(row.attachedToProperty().get()).isEqualTo(instance.serverName());

        // and with nothing selected the row's Copy as code has nothing; with the volume selected it imports that one
        pane.selectedProperty().set(null);
        assertThat(pane.selectedCode()).isEmpty();
        pane.selectedProperty().set(pane.attached().stream().filter(v -> v.volumeID().equals(row.id())).findFirst().orElseThrow());
        assertThat(pane.selectedCode().orElseThrow().terraform()).contains("resource \"ibm_pi_volume\"")
                .contains("id = \"" + ws.context().crn().cloudInstanceId() + "/" + row.id() + "\"");

        // when it is detached from the instance's side
        pane.detach();

        // then it is gone from the pane and available on the page
        assertThat(pane.attached()).hasSize(attachedBefore).noneMatch(v -> v.volumeID().equals(row.id()));
        ws.until(() -> row.state().equals("available"));
    }

    @Test
    void should_show_code_hint_and_server_message_when_create_fails_and_keep_the_form() throws Exception {
        // given the service answering 500 to volume creation
        ws.sim().faults().add(new ObjectMapper().readTree(
                "{\"route\":\"POST /pcloud/v1/cloud-instances/*/volumes\",\"type\":\"status\",\"status\":500}"));
        CreateVolumeForm form = model.newCreateForm();
        form.nameProperty().set("vm-test-fails");
        form.sizeProperty().set("10");

        // when the user creates
        model.create(form);

        // then the problem carries status, hint and server message, and the next form is the same one
        assertThat(model.status().problemProperty().get()).isNotNull()
                .satisfies(p -> {
                    assertThat(p.status()).isEqualTo(500);
                    assertThat(p.hint()).isNotBlank();
                    assertThat(p.serverMessage()).isNotBlank();
                });
        assertThat(model.newCreateForm()).isSameAs(form);
        assertThat(form.nameProperty().get()).isEqualTo("vm-test-fails");
    }
}
