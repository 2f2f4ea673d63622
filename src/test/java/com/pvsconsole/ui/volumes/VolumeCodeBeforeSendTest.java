package com.pvsconsole.ui.volumes;

import static org.assertj.core.api.Assertions.assertThat;

import com.pvsconsole.service.catalog.WorkspaceCatalog;
import com.pvsconsole.service.code.GeneratedCode;
import com.pvsconsole.service.resources.VolumeChanges;
import com.pvsconsole.service.resources.VolumeService;
import com.pvsconsole.testsupport.SimMutations;
import com.pvsconsole.testsupport.SimulatedWorkspace;
import com.pvsconsole.ui.common.Messages;
import com.pvsconsole.ui.support.ScriptedDialogs;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.function.Function;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * The volume dialogs offer Copy as code for what they would send, before anything is sent: each dialog is
 * cancelled after its code was read, and the simulator ({@code /_sim/requests}) saw no mutating request.
 */
class VolumeCodeBeforeSendTest {

    private final Messages messages = new Messages(Locale.ROOT);
    private final List<GeneratedCode> offered = new ArrayList<>();
    private Object picked;
    private SimulatedWorkspace ws;
    private VolumesViewModel model;
    private VolumeChangesViewModel changes;

    /** Reads the code a dialog offers the moment it is shown, then cancels. */
    private final ScriptedDialogs dialogs = new ScriptedDialogs() {
        @Override
        public <T> Optional<T> choose(String title, String prompt, List<T> options, Function<T, String> label,
                String confirmLabel, Function<T, Optional<GeneratedCode>> code) {
            picked = options.get(0);
            code.apply(options.get(0)).ifPresent(offered::add);
            return Optional.empty();
        }
    };

    @BeforeEach
    void open() {
        ws = SimulatedWorkspace.start(0.01);
        model = new VolumesViewModel(ws.inventory(), ws.scope(),
                new VolumeService(ws.client(), ws.executor(), Duration.ofMillis(20), Duration.ofSeconds(10)),
                new WorkspaceCatalog(ws.client(), ws.executor()), dialogs, messages);
        changes = new VolumeChangesViewModel(model,
                new VolumeChanges(ws.client(), ws.executor(), Duration.ofMillis(20), Duration.ofSeconds(10)), dialogs,
                messages);
        ws.open();
    }

    @AfterEach
    void close() {
        ws.close();
    }

    private VolumeRow availableVolume() {
        return model.rows().stream().filter(r -> !r.isAttached() && "available".equals(r.state())).findFirst()
                .orElseThrow();
    }

    @Test
    void should_offer_the_create_forms_volumes_as_code_with_nothing_sent() {
        // given a filled create form for two volumes
        CreateVolumeForm form = model.newCreateForm();
        form.nameProperty().set("db-data");
        form.sizeProperty().set("20");
        form.tierProperty().set("tier1");
        form.countProperty().set(2);

        // when its code is asked (the form's Copy as code button)
        GeneratedCode code = model.createCode(form).orElseThrow();

        // then it has one create per volume the form would make, in this workspace, and nothing was sent
        assertThat(code.cliPosix()).contains("ibmcloud pi volume create").contains("--storage-tier tier1")
                .contains(ws.workspace().name());
        assertThat(code.curlPosix().split("curl ", -1)).hasSize(3);
        assertThat(code.curlPosix()).contains("/cloud-instances/" + ws.context().cloudInstanceId() + "/volumes");
        assertThat(code.terraform()).contains("ibm_pi_volume");
        assertThat(SimMutations.count(ws.sim())).isZero();
    }

    @Test
    void should_offer_an_invalid_create_form_no_code() {
        CreateVolumeForm form = model.newCreateForm();
        form.nameProperty().set("");
        assertThat(model.createCode(form)).isEmpty();
    }

    @Test
    void should_offer_the_attach_and_delete_as_code_before_sending_them() {
        // given an available volume and a server
        VolumeRow row = availableVolume();
        model.select(row);

        // when attach is opened (the server picked) and cancelled, then delete is opened and cancelled
        model.attachSelected();
        dialogs.confirmDelete = false;
        model.deleteSelected();
        dialogs.offeredCode.forEach(c -> c.get().ifPresent(offered::add));

        // then both dialogs offered the exact call, and the simulator saw no change
        assertThat(offered).hasSize(2);
        assertThat(offered.get(0).curlPosix()).contains("-X POST")
                .contains("/pvm-instances/" + ((InstanceChoice) picked).id() + "/volumes/" + row.id());
        assertThat(offered.get(1).cliPosix()).contains("ibmcloud pi volume delete " + row.id());
        assertThat(offered.get(1).curlPosix()).contains("-X DELETE").contains("/volumes/" + row.id());
        assertThat(SimMutations.count(ws.sim())).isZero();
    }

    @Test
    void should_offer_a_bulk_delete_as_one_delete_per_volume_before_the_typed_confirmation() {
        // given two volumes selected and a typed confirmation the user abandons
        List<VolumeRow> two = model.rows().stream().filter(r -> !r.isAttached()).limit(2).toList();
        assertThat(two).hasSize(2);
        model.selectRows(two);
        dialogs.typed = null;

        // when bulk delete is opened
        changes.deleteSelected();

        // then the typed confirmation offered both deletes, and nothing was deleted
        GeneratedCode code = dialogs.offeredCode.get(0).get().orElseThrow();
        two.forEach(r -> assertThat(code.cliPosix()).contains("ibmcloud pi volume delete " + r.id()));
        assertThat(SimMutations.count(ws.sim())).isZero();
    }

    @Test
    void should_offer_grow_rename_tier_and_clone_as_code_from_their_forms_with_nothing_sent() {
        // given one available volume selected, and each change form filled in
        VolumeRow row = availableVolume();
        model.select(row);
        GrowVolumeForm grow = changes.newGrowForm().orElseThrow();
        grow.sizeProperty().set(Long.toString(Math.round(row.sizeGbProperty().get()) + 10));
        RenameVolumeForm rename = changes.newRenameForm().orElseThrow();
        rename.nameProperty().set("renamed-by-code");
        TierChangeForm tier = changes.newTierForm().orElseThrow();
        String otherTier = "tier1".equals(row.tierProperty().get()) ? "tier3" : "tier1";
        tier.tierProperty().set(otherTier);
        CloneVolumesForm clone = changes.newCloneForm().orElseThrow();
        clone.nameProperty().set("copy-by-code");

        // when each form's Copy as code is asked
        GeneratedCode grown = changes.growCode(grow).orElseThrow();
        GeneratedCode renamed = changes.renameCode(rename).orElseThrow();
        GeneratedCode tiered = changes.tierCode(tier).orElseThrow();
        GeneratedCode cloned = changes.cloneCode(clone).orElseThrow();

        // then each is the call the form would make, on this volume, and the simulator saw none of them
        assertThat(grown.cliPosix()).contains("ibmcloud pi volume update " + row.id() + " --size "
                + (Math.round(row.sizeGbProperty().get()) + 10));
        assertThat(grown.curlPosix()).contains("-X PUT").contains("/volumes/" + row.id());
        assertThat(renamed.cliPosix()).contains("--name renamed-by-code");
        assertThat(tiered.cliPosix()).contains("ibmcloud pi volume action " + row.id() + " --target-tier " + otherTier);
        assertThat(tiered.curlPosix()).contains("/volumes/" + row.id() + "/action");
        assertThat(cloned.cliPosix()).contains("ibmcloud pi volume clone-async create copy-by-code --volumes " + row.id());
        assertThat(cloned.terraform()).contains("resource \"ibm_pi_volume_clone\"");
        assertThat(SimMutations.count(ws.sim())).isZero();

        // and an invalid form offers nothing
        grow.sizeProperty().set("1");
        assertThat(changes.growCode(grow)).isEmpty();
    }
}
