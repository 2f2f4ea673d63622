package com.pvsconsole.ui.pools;

import com.pvsconsole.service.catalog.WorkspaceCatalog;
import com.pvsconsole.ui.common.Messages;
import javafx.beans.binding.Bindings;
import javafx.beans.binding.BooleanBinding;
import javafx.beans.binding.StringBinding;
import javafx.beans.property.SimpleStringProperty;
import javafx.beans.property.StringProperty;

/**
 * The reserved cores of one pool: whole cores, never fewer than what the pool's servers use (the service
 * refuses that too, but the user learns it next to the field before anything is sent).
 */
public final class ResizePoolForm {

    private final PoolRow pool;
    private final StringProperty cores = new SimpleStringProperty("");
    private final StringBinding coresError;
    private final BooleanBinding valid;

    ResizePoolForm(PoolRow pool, Messages messages) {
        this.pool = pool;
        cores.set(String.valueOf(pool.reserved()));
        coresError = Bindings.createStringBinding(() -> {
            long wanted = CreatePoolForm.parseCores(cores.get());
            if (wanted < 1) {
                return messages.get("pools.error.cores");
            }
            return WorkspaceCatalog.reservedCoresProblem(pool.pool(), wanted)
                    .map(v -> messages.get(v.key(), PoolRow.cores(pool.allocated()))).orElse("");
        }, cores);
        valid = coresError.isEmpty();
    }

    PoolRow pool() {
        return pool;
    }

    long wanted() {
        return CreatePoolForm.parseCores(cores.get());
    }

    public StringProperty coresProperty() {
        return cores;
    }

    public StringBinding coresErrorProperty() {
        return coresError;
    }

    public BooleanBinding validProperty() {
        return valid;
    }
}
