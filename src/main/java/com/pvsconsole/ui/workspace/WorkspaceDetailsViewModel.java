package com.pvsconsole.ui.workspace;

import com.pvsconsole.api.model.CloudInstanceUsageLimits;
import com.pvsconsole.api.model.DhcpServer;
import com.pvsconsole.api.model.NetworkSecurityGroup;
import com.pvsconsole.service.inventory.WorkspaceScope;
import com.pvsconsole.service.task.TaskHandle;
import com.pvsconsole.service.workspace.WorkspaceFacts;
import com.pvsconsole.service.workspace.WorkspaceFactsService;
import com.pvsconsole.ui.common.Messages;
import com.pvsconsole.ui.common.Timestamps;
import com.pvsconsole.ui.resources.PageStatus;
import com.pvsconsole.ui.workspace.DetailLine.Section;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.function.Function;
import javafx.beans.property.ReadOnlyBooleanProperty;
import javafx.beans.property.ReadOnlyBooleanWrapper;
import javafx.beans.property.ReadOnlyObjectProperty;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;

/**
 * The read-only Workspace details page: where the shown workspace is, its state, capabilities, usage
 * against limits, network security groups and DHCP servers ("none" where it has none), as lines the
 * view lays out. Reloaded when the workspace changes. UI thread only.
 */
public final class WorkspaceDetailsViewModel {

    private final WorkspaceFactsService service;
    private final Messages messages;
    private final ObservableList<DetailLine> lines = FXCollections.observableArrayList();
    private final ObservableList<DetailLine> readOnlyLines = FXCollections.unmodifiableObservableList(lines);
    private final ReadOnlyBooleanWrapper loading = new ReadOnlyBooleanWrapper(false);
    private final PageStatus status = new PageStatus();
    private TaskHandle load = TaskHandle.none();
    private WorkspaceScope shown;

    public WorkspaceDetailsViewModel(ReadOnlyObjectProperty<WorkspaceScope> scope, WorkspaceFactsService service,
                                     Messages messages) {
        this.service = service;
        this.messages = messages;
        scope.addListener((obs, old, now) -> show(now));
        show(scope.get());
    }

    private void show(WorkspaceScope scope) {
        if (!Objects.equals(shown, scope)) {
            lines.clear();
        }
        shown = scope;
        reload();
    }

    public void reload() {
        load.cancel();
        if (shown == null) {
            loading.set(false);
            return;
        }
        WorkspaceScope asked = shown;
        loading.set(true);
        load = service.load(asked).onSuccess(facts -> {
            if (asked.equals(shown)) {
                loading.set(false);
                lines.setAll(describe(facts));
            }
        }).onFailure(problem -> {
            if (asked.equals(shown)) {
                loading.set(false);
                status.failed(problem);
            }
        });
    }

    private List<DetailLine> describe(WorkspaceFacts facts) {
        List<DetailLine> out = new ArrayList<>();
        WorkspaceScope scope = facts.scope();
        out.add(new DetailLine(Section.GENERAL, messages.get("column.name"), scope.workspaceName()));
        out.add(new DetailLine(Section.GENERAL, messages.get("workspaceInfo.zone"), scope.zone()));
        out.add(new DetailLine(Section.GENERAL, messages.get("workspaceInfo.region"), scope.region()));
        out.add(new DetailLine(Section.GENERAL, messages.get("workspaceInfo.status"), text(facts.status())));
        out.add(new DetailLine(Section.GENERAL, messages.get("workspaceInfo.type"), text(facts.type())));
        out.add(new DetailLine(Section.GENERAL, messages.get("workspaceInfo.created"),
                facts.creationDate() == null || facts.creationDate().isEmpty() ? ""
                        : Timestamps.dateTime(facts.creationDate())));
        out.add(new DetailLine(Section.GENERAL, messages.get("workspaceInfo.id"), scope.workspaceId()));
        out.add(new DetailLine(Section.GENERAL, messages.get("workspaceInfo.crn"), scope.crn().format()));
        if (facts.capabilities().isEmpty()) {
            out.add(new DetailLine(Section.CAPABILITIES, messages.get("workspaceInfo.capabilities"),
                    messages.get("workspaceInfo.none")));
        }
        for (Map.Entry<String, Boolean> capability : facts.capabilities().entrySet()) {
            out.add(new DetailLine(Section.CAPABILITIES, capability.getKey(),
                    messages.get(Boolean.TRUE.equals(capability.getValue()) ? "workspaceInfo.on" : "workspaceInfo.off")));
        }
        limit(out, facts, "workspaceInfo.instances", CloudInstanceUsageLimits::instances);
        limit(out, facts, "workspaceInfo.processors", CloudInstanceUsageLimits::processors);
        limit(out, facts, "workspaceInfo.memory", CloudInstanceUsageLimits::memory);
        limit(out, facts, "workspaceInfo.storage", CloudInstanceUsageLimits::storage);
        String groupsCaption = messages.get("workspaceInfo.securityGroups");
        if (facts.securityGroups().isEmpty()) {
            out.add(new DetailLine(Section.SECURITY_GROUPS, groupsCaption, messages.get("workspaceInfo.notEnabled")));
        } else if (facts.securityGroups().get().isEmpty()) {
            out.add(new DetailLine(Section.SECURITY_GROUPS, groupsCaption, messages.get("workspaceInfo.none")));
        } else {
            for (NetworkSecurityGroup group : facts.securityGroups().get()) {
                out.add(new DetailLine(Section.SECURITY_GROUPS, groupsCaption, messages.get("workspaceInfo.securityGroup",
                        group.name(), size(group.rules()), size(group.members()))));
            }
        }
        String dhcpCaption = messages.get("workspaceInfo.dhcp");
        if (facts.dhcpServers().isEmpty()) {
            out.add(new DetailLine(Section.DHCP, dhcpCaption, messages.get("workspaceInfo.none")));
        }
        for (DhcpServer server : facts.dhcpServers()) {
            String network = server.network() == null ? "" : text(server.network().name());
            out.add(new DetailLine(Section.DHCP, dhcpCaption, messages.get("workspaceInfo.dhcpServer",
                    text(server.id()), network, text(server.status()))));
        }
        return out;
    }

    private void limit(List<DetailLine> out, WorkspaceFacts facts, String key,
                       Function<CloudInstanceUsageLimits, Double> field) {
        out.add(new DetailLine(Section.LIMITS, messages.get(key), messages.get("workspaceInfo.of",
                number(facts.usage(), field), number(facts.limits(), field))));
    }

    private static String number(CloudInstanceUsageLimits numbers, Function<CloudInstanceUsageLimits, Double> field) {
        Double value = numbers == null ? null : field.apply(numbers);
        if (value == null) {
            return "\u2013";
        }
        return value == Math.rint(value) ? String.valueOf(value.longValue()) : String.format("%.2f", value);
    }

    private static int size(List<?> list) {
        return list == null ? 0 : list.size();
    }

    private static String text(String value) {
        return value == null ? "" : value;
    }

    /** The value of the first line with {@code caption}, for tests and the view. */
    public String value(String caption) {
        return lines.stream().filter(l -> l.caption().equals(caption)).map(DetailLine::value).findFirst().orElse("");
    }

    public ObservableList<DetailLine> lines() {
        return readOnlyLines;
    }

    public ReadOnlyBooleanProperty loadingProperty() {
        return loading.getReadOnlyProperty();
    }

    public PageStatus status() {
        return status;
    }
}
