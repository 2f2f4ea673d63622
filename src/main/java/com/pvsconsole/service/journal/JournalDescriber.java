package com.pvsconsole.service.journal;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.pvsconsole.service.code.ApiRequest;
import com.pvsconsole.service.code.ApiRequests;
import com.pvsconsole.service.code.CodeAction;
import com.pvsconsole.service.code.CodeTarget;
import java.io.IOException;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * What the journal keeps of an action: the target's identity and the body's essentials. Only plain
 * values survive, and never a field whose name suggests a secret or free text that may hold one
 * (user data, keys, passwords, tokens); long values are cut.
 */
final class JournalDescriber {

    static final int MAX_VALUE = 120;
    private static final ObjectMapper JSON = new ObjectMapper();

    private final ApiRequests requests = new ApiRequests();

    JournalTarget target(CodeTarget target, CodeAction action) {
        String[] object = action.accept(new Identity());
        return new JournalTarget(target.endpoint().region(), target.endpoint().type().name(), target.crn().format(),
                target.workspaceName(), object[0], object[1], object[2]);
    }

    Map<String, String> essentials(CodeTarget target, CodeAction action) {
        ApiRequest request = requests.of(target, action);
        Map<String, String> out = new LinkedHashMap<>();
        out.put("method", request.method());
        out.put("path", request.path());
        request.query().forEach((k, v) -> out.put("query." + k, v));
        if (!request.hasBody()) {
            return out;
        }
        try {
            JsonNode body = JSON.readTree(request.jsonBody());
            body.fields().forEachRemaining(field -> {
                if (JournalBodies.secretLike(field.getKey())) {
                    return;
                }
                JsonNode v = field.getValue();
                if (v.isValueNode()) {
                    out.put(field.getKey(), cut(v.asText()));
                } else if (v.isArray()) {
                    List<String> items = new ArrayList<>();
                    v.forEach(item -> items.add(item.isValueNode() ? item.asText()
                            : item.path("networkID").asText(item.path("id").asText("{..}"))));
                    out.put(field.getKey(), cut(String.join(",", items)));
                }
            });
        } catch (IOException e) {
            out.put("body", "unreadable");
        }
        return out;
    }

    /** The request body without secret-like fields (null when there is none): for Copy as code later. */
    com.fasterxml.jackson.databind.JsonNode body(CodeTarget target, CodeAction action) {
        ApiRequest request = requests.of(target, action);
        if (!request.hasBody()) {
            return null;
        }
        try {
            return JournalBodies.withoutSecrets(JSON.readTree(request.jsonBody()));
        } catch (IOException e) {
            return null;
        }
    }

    private static String cut(String value) {
        return value.length() <= MAX_VALUE ? value : value.substring(0, MAX_VALUE) + "...";
    }

    /** {type, id, name} of the object an action touches. */
    private static final class Identity implements CodeAction.Visitor<String[]> {

        private static String[] of(String type, CodeAction.Ref ref) {
            return new String[] {type, ref.id(), ref.name()};
        }

        @Override
        public String[] visit(CodeAction.CreateInstance a) {
            return new String[] {"instance", "", a.request().serverName()};
        }

        @Override
        public String[] visit(CodeAction.InstancePower a) {
            return of("instance", a.instance());
        }

        @Override
        public String[] visit(CodeAction.ResizeInstance a) {
            return of("instance", a.instance());
        }

        @Override
        public String[] visit(CodeAction.DeleteInstance a) {
            return of("instance", a.instance());
        }

        @Override
        public String[] visit(CodeAction.CaptureInstance a) {
            return of("instance", a.instance());
        }

        @Override
        public String[] visit(CodeAction.CreateVolume a) {
            return new String[] {"volume", "", a.request().name()};
        }

        @Override
        public String[] visit(CodeAction.AttachVolume a) {
            return of("volume", a.volume());
        }

        @Override
        public String[] visit(CodeAction.DetachVolume a) {
            return of("volume", a.volume());
        }

        @Override
        public String[] visit(CodeAction.UpdateVolume a) {
            return of("volume", a.volume());
        }

        @Override
        public String[] visit(CodeAction.ChangeVolumeTier a) {
            return of("volume", a.volume());
        }

        @Override
        public String[] visit(CodeAction.CloneVolumes a) {
            return new String[] {"volume", "", a.request().name()};
        }

        @Override
        public String[] visit(CodeAction.CreateSnapshot a) {
            return new String[] {"snapshot", "", a.request().name()};
        }

        @Override
        public String[] visit(CodeAction.RestoreSnapshot a) {
            return of("snapshot", a.snapshot());
        }

        @Override
        public String[] visit(CodeAction.DeleteSnapshot a) {
            return of("snapshot", a.snapshot());
        }

        @Override
        public String[] visit(CodeAction.DeleteVolume a) {
            return of("volume", a.volume());
        }

        @Override
        public String[] visit(CodeAction.CreateNetwork a) {
            return new String[] {"network", "", a.request().name()};
        }

        @Override
        public String[] visit(CodeAction.DeleteNetwork a) {
            return of("network", a.network());
        }

        @Override
        public String[] visit(CodeAction.CreateSshKey a) {
            return new String[] {"ssh-key", "", a.key().name()};
        }

        @Override
        public String[] visit(CodeAction.DeleteSshKey a) {
            return new String[] {"ssh-key", a.keyName(), a.keyName()};
        }

        @Override
        public String[] visit(CodeAction.ImportImage a) {
            return new String[] {"image", "", a.request().imageName()};
        }

        @Override
        public String[] visit(CodeAction.DeleteImage a) {
            return of("image", a.image());
        }

        @Override
        public String[] visit(CodeAction.AddNetworkInterface a) {
            return new String[] {"network-interface", "", a.request().name()};
        }

        @Override
        public String[] visit(CodeAction.RemoveNetworkInterface a) {
            return of("network-interface", a.networkInterface());
        }

        @Override
        public String[] visit(CodeAction.SetConsoleLanguage a) {
            return of("instance", a.instance());
        }

        @Override
        public String[] visit(CodeAction.CreatePool a) {
            return new String[] {"shared-processor-pool", "", a.request().name()};
        }

        @Override
        public String[] visit(CodeAction.ResizePool a) {
            return of("shared-processor-pool", a.pool());
        }

        @Override
        public String[] visit(CodeAction.DeletePool a) {
            return of("shared-processor-pool", a.pool());
        }

        @Override
        public String[] visit(CodeAction.CreatePlacementGroup a) {
            return new String[] {"placement-group", "", a.request().name()};
        }

        @Override
        public String[] visit(CodeAction.DeletePlacementGroup a) {
            return of("placement-group", a.group());
        }

        @Override
        public String[] visit(CodeAction.PlacementGroupMember a) {
            return of("placement-group", a.group());
        }

        @Override
        public String[] visit(CodeAction.CreateSppPlacementGroup a) {
            return new String[] {"spp-placement-group", "", a.request().name()};
        }

        @Override
        public String[] visit(CodeAction.DeleteSppPlacementGroup a) {
            return of("spp-placement-group", a.group());
        }

        @Override
        public String[] visit(CodeAction.SppPlacementGroupMember a) {
            return of("spp-placement-group", a.group());
        }

        @Override
        public String[] visit(CodeAction.Existing a) {
            return new String[] {a.definition().accept(this)[0], a.object().id(), a.object().name()};
        }
    }
}
