package com.pvsconsole.ui.resources;

import com.pvsconsole.api.model.NetworkReference;
import com.pvsconsole.api.model.SshKey;
import com.pvsconsole.api.model.VolumeReference;
import com.pvsconsole.service.inventory.InventoryService;
import com.pvsconsole.service.inventory.WorkspaceResources;
import com.pvsconsole.ui.common.Messages;
import com.pvsconsole.ui.dialog.DialogService;
import com.pvsconsole.ui.export.ExportMenu;
import java.util.List;
import javafx.scene.Parent;

/** The read-only list pages of the workspace: which columns each shows and where its list comes from. */
public final class ResourcePages {

    private final InventoryService inventory;
    private final WorkspaceResources resources;
    private final DialogService dialogs;
    private final Messages messages;
    private final ResourcePageViewModel<VolumeReference> volumes;
    private final ResourcePageViewModel<NetworkReference> networks;
    private ExportMenu export;

    /** Volumes and networks follow the workspace's own loads, so they listen from the start. */
    public ResourcePages(InventoryService inventory, WorkspaceResources resources, DialogService dialogs,
                         Messages messages) {
        this.inventory = inventory;
        this.resources = resources;
        this.dialogs = dialogs;
        this.messages = messages;
        this.volumes = ResourcePageViewModel.volumes(inventory);
        this.networks = ResourcePageViewModel.networks(inventory);
    }

    /** Gives every page an Export menu (CSV/JSON of its shown rows). */
    public ResourcePages exportWith(ExportMenu menu) {
        this.export = menu;
        return this;
    }

    public Parent volumes() {
        return new ResourcePageView<>("volumes", messages.get("nav.volumes"), volumes,
                dialogs, messages)
                .exportWith(export)
                .column(messages.get("column.name"), VolumeReference::name)
                .column(messages.get("column.state"), VolumeReference::state)
                .column(messages.get("column.sizeGb"), v -> number(v.size()))
                .column(messages.get("column.diskType"), VolumeReference::diskType)
                .column(messages.get("column.bootable"), v -> yesNo(v.bootable()))
                .column(messages.get("column.attachedTo"), v -> String.join(", ", orEmpty(v.pvmInstanceIDs())))
                .root();
    }

    public Parent networks() {
        return new ResourcePageView<>("networks", messages.get("nav.networks"), networks,
                dialogs, messages)
                .exportWith(export)
                .column(messages.get("column.name"), NetworkReference::name)
                .column(messages.get("column.type"), NetworkReference::type)
                .column(messages.get("column.vlan"), n -> number(n.vlanID()))
                .column(messages.get("column.mtu"), n -> n.mtu() == null ? "" : n.mtu().toString())
                .column(messages.get("column.dhcp"), n -> yesNo(n.dhcpManaged()))
                .column(messages.get("column.id"), NetworkReference::networkID)
                .root();
    }

    public Parent sshKeys() {
        return new ResourcePageView<>("ssh-keys", messages.get("nav.ssh-keys"),
                ResourcePageViewModel.<SshKey>onDemand(inventory, resources::sshKeys), dialogs, messages)
                .exportWith(export)
                .column(messages.get("column.name"), SshKey::name)
                .column(messages.get("column.created"), SshKey::creationDate)
                .column(messages.get("column.publicKey"), k -> abbreviate(k.sshKey()))
                .root();
    }

    private static String number(Double value) {
        if (value == null) {
            return "";
        }
        return value == Math.rint(value) ? String.valueOf(value.longValue()) : value.toString();
    }

    private static String yesNo(Boolean value) {
        return value == null ? "" : value ? "yes" : "no";
    }

    private static List<String> orEmpty(List<String> values) {
        return values == null ? List.of() : values;
    }

    private static String abbreviate(String key) {
        return key == null || key.length() <= 60 ? key : key.substring(0, 40) + "…" + key.substring(key.length() - 16);
    }
}
