package com.pvsconsole.ui.instances;

import com.pvsconsole.api.model.PvmInstance;
import java.util.Optional;
import javafx.beans.property.ReadOnlyBooleanProperty;

/**
 * The rows an action can show its progress on: the Instances page (one workspace) and All
 * servers (every workspace) both offer them, so one actions view-model serves both.
 */
public interface InstanceRows {

    /** True once the rows the user acts on are the ones the service last reported. */
    ReadOnlyBooleanProperty readyProperty();

    Optional<InstanceRow> row(String instanceId);

    /** A followed instance's fresh state (after an action). */
    void applyFull(PvmInstance instance);

    void remove(String instanceId);
}
