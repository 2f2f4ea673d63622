package com.pvsconsole.service.inventory;

import com.pvsconsole.api.model.Event;
import com.pvsconsole.api.model.PvmInstance;
import com.pvsconsole.api.model.VolumeReference;
import java.util.List;

/** Everything the details pane shows for one instance. */
public record InstanceDetails(PvmInstance instance, List<VolumeReference> volumes, List<Event> events) {

    public InstanceDetails {
        volumes = List.copyOf(volumes);
        events = List.copyOf(events);
    }
}
