package com.pvsconsole.ui.resources;

import com.pvsconsole.api.model.Event;
import com.pvsconsole.api.model.ImageReference;
import com.pvsconsole.service.inventory.InventoryService;
import com.pvsconsole.service.inventory.WorkspaceResources;
import com.pvsconsole.ui.common.Messages;
import com.pvsconsole.ui.dialog.DialogService;
import java.util.Objects;
import javafx.scene.Parent;

/** The read-only pages of the workspace (images, events): which columns each shows and where its list comes from. */
public final class ResourcePages {

    private final InventoryService inventory;
    private final WorkspaceResources resources;
    private final DialogService dialogs;
    private final Messages messages;

    public ResourcePages(InventoryService inventory, WorkspaceResources resources, DialogService dialogs,
                         Messages messages) {
        this.inventory = inventory;
        this.resources = resources;
        this.dialogs = dialogs;
        this.messages = messages;
    }

    public Parent images() {
        return new ResourcePageView<>("images", messages.get("nav.images"),
                ResourcePageViewModel.<ImageReference>onDemand(inventory, resources::images), dialogs, messages)
                .column(messages.get("column.name"), ImageReference::name)
                .column(messages.get("column.state"), ImageReference::state)
                .column(messages.get("column.os"), i -> i.specifications() == null ? ""
                        : Objects.requireNonNullElse(i.specifications().operatingSystem(), ""))
                .column(messages.get("column.storageType"), ImageReference::storageType)
                .column(messages.get("column.created"), ImageReference::creationDate)
                .root();
    }

    public Parent events() {
        return new ResourcePageView<>("events", messages.get("nav.events"),
                ResourcePageViewModel.<Event>onDemand(inventory, resources::events), dialogs, messages)
                .column(messages.get("column.time"), Event::time)
                .column(messages.get("column.level"), Event::level)
                .column(messages.get("column.action"), Event::action)
                .column(messages.get("column.resource"), Event::resource)
                .column(messages.get("column.message"), Event::message)
                .root();
    }
}
