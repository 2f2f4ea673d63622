package com.pvsconsole.ui.pools;

import com.pvsconsole.service.pools.PlacementPolicy;
import com.pvsconsole.ui.common.Messages;
import java.util.Set;
import javafx.beans.binding.Bindings;
import javafx.beans.binding.BooleanBinding;
import javafx.beans.binding.StringBinding;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.SimpleObjectProperty;
import javafx.beans.property.SimpleStringProperty;
import javafx.beans.property.StringProperty;

/**
 * The "create placement group" form (server or SPP placement group): a name not yet taken and the
 * policy, which cannot be changed later. SPP placement group names follow the pool name rule.
 */
public final class CreateGroupForm {

    private static final String SPP_GROUP_NAME = "[A-Za-z0-9_]{2,12}";

    private final GroupRow.Kind kind;
    private final StringProperty name = new SimpleStringProperty("");
    private final ObjectProperty<PlacementPolicy> policy = new SimpleObjectProperty<>(PlacementPolicy.ANTI_AFFINITY);
    private final StringBinding nameError;
    private final BooleanBinding valid;

    CreateGroupForm(GroupRow.Kind kind, Set<String> takenNames, Messages messages) {
        this.kind = kind;
        nameError = Bindings.createStringBinding(() -> {
            String value = name.get().strip();
            if (value.isEmpty()) {
                return messages.get("pools.error.groupName");
            }
            if (kind == GroupRow.Kind.POOLS && !value.matches(SPP_GROUP_NAME)) {
                return messages.get("pools.error.poolName");
            }
            return takenNames.contains(value) ? messages.get("pools.error.nameTaken", value) : "";
        }, name);
        valid = nameError.isEmpty().and(policy.isNotNull());
    }

    GroupRow.Kind kind() {
        return kind;
    }

    String trimmedName() {
        return name.get().strip();
    }

    public StringProperty nameProperty() {
        return name;
    }

    public ObjectProperty<PlacementPolicy> policyProperty() {
        return policy;
    }

    public StringBinding nameErrorProperty() {
        return nameError;
    }

    public BooleanBinding validProperty() {
        return valid;
    }
}
