package com.pvsconsole.ui.pools;

import com.pvsconsole.api.model.SharedProcessorPoolCreate;
import com.pvsconsole.service.code.CodeAction;
import com.pvsconsole.ui.common.Messages;
import java.util.List;
import java.util.Set;
import javafx.beans.binding.Bindings;
import javafx.beans.binding.BooleanBinding;
import javafx.beans.binding.StringBinding;
import javafx.beans.property.SimpleStringProperty;
import javafx.beans.property.StringProperty;

/**
 * The "create shared processor pool" form: a name the service accepts (2 to 12 letters, digits or _) and
 * not yet taken, whole reserved cores, and a host group the workspace offers. Checked as the user types;
 * the upper limit of cores depends on the host, so the service has the last word there.
 */
public final class CreatePoolForm {

    /** FAULTS-AND-SEMANTICS §3.6: 2-12 characters, only _ as a special character. */
    private static final String NAME = "[A-Za-z0-9_]{2,12}";

    private final List<String> hostGroups;
    private final StringProperty name = new SimpleStringProperty("");
    private final StringProperty cores = new SimpleStringProperty("1");
    private final StringProperty hostGroup = new SimpleStringProperty("");
    private final StringBinding nameError;
    private final StringBinding coresError;
    private final StringBinding hostGroupError;
    private final BooleanBinding valid;

    CreatePoolForm(Set<String> takenNames, List<String> hostGroups, Messages messages) {
        this.hostGroups = List.copyOf(hostGroups);
        if (!hostGroups.isEmpty()) {
            hostGroup.set(hostGroups.get(0));
        }
        nameError = Bindings.createStringBinding(() -> {
            String value = name.get().strip();
            if (!value.matches(NAME)) {
                return messages.get("pools.error.poolName");
            }
            return takenNames.contains(value) ? messages.get("pools.error.nameTaken", value) : "";
        }, name);
        coresError = Bindings.createStringBinding(() -> parseCores(cores.get()) < 1
                ? messages.get("pools.error.cores") : "", cores);
        hostGroupError = Bindings.createStringBinding(() -> this.hostGroups.contains(hostGroup.get()) ? ""
                : messages.get("pools.error.hostGroup"), hostGroup);
        valid = nameError.isEmpty().and(coresError.isEmpty()).and(hostGroupError.isEmpty());
    }

    /** Whole cores typed, or -1 when the text is not a whole number. */
    static long parseCores(String text) {
        try {
            return Long.parseLong(text.strip());
        } catch (NumberFormatException e) {
            return -1;
        }
    }

    /** The create as sent and as Copy as code shows it. */
    CodeAction.CreatePool action() {
        return new CodeAction.CreatePool(SharedProcessorPoolCreate.builder().name(name.get().strip())
                .hostGroup(hostGroup.get()).reservedCores(parseCores(cores.get())).build());
    }

    public List<String> hostGroups() {
        return hostGroups;
    }

    public StringProperty nameProperty() {
        return name;
    }

    public StringProperty coresProperty() {
        return cores;
    }

    public StringProperty hostGroupProperty() {
        return hostGroup;
    }

    public StringBinding nameErrorProperty() {
        return nameError;
    }

    public StringBinding coresErrorProperty() {
        return coresError;
    }

    public StringBinding hostGroupErrorProperty() {
        return hostGroupError;
    }

    public BooleanBinding validProperty() {
        return valid;
    }
}
