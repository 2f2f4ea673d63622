package com.pvsconsole.service.journal;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.pvsconsole.api.MutatingRequest;
import com.pvsconsole.api.http.JsonMapper;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;

/**
 * Names any mutating request the client sends, from its operation alone, so calls added later are
 * described without a table entry: the last resource in the path (e.g. {@code pvm-instances} gives
 * {@code instance}) and the verb (a trailing {@code action}, {@code capture}, {@code restore}...
 * or create / update / delete by method). The few requests whose meaning lies in the body or the
 * nesting get the names the {@link Reconciler} checks: {@code instance-stop}, {@code instance-resize},
 * {@code volume-attach}, {@code volume-detach}, {@code image-import}.
 */
final class RequestDescriber {

    /** Parts of a path that only locate the workspace or the API version. */
    private static final Set<String> SCOPE = Set.of("pcloud", "v1", "v2", "cloud-instances", "tenants",
            "{cloud_instance_id}", "{tenant_id}");
    private static final Map<String, String> NOUNS = Map.ofEntries(Map.entry("pvm-instances", "instance"),
            Map.entry("sshkeys", "sshkey"), Map.entry("ssh-keys", "sshkey"), Map.entry("volumes", "volume"),
            Map.entry("networks", "network"), Map.entry("images", "image"), Map.entry("snapshots", "snapshot"),
            Map.entry("network-interfaces", "network-interface"),
            Map.entry("shared-processor-pools", "shared-processor-pool"),
            Map.entry("placement-groups", "placement-group"), Map.entry("spp-placement-groups", "spp-placement-group"));
    private static final List<String> NAME_FIELDS = List.of("name", "serverName", "imageName", "captureName");
    private static final ObjectMapper JSON = JsonMapper.create();
    /** Essentials key naming the secret-like fields the body had but the journal left out. */
    static final String WITHHELD = "withheld";

    /** What the journal writes before the request is sent. */
    record Described(String action, JournalTarget target, Map<String, String> essentials, JsonNode body) {
    }

    Described describe(MutatingRequest request) {
        JsonNode body = request.body() == null ? null : JSON.valueToTree(request.body());
        Segments s = Segments.of(request);
        String action = action(request.operation().method(), s, body);
        String resourceId = s.resourceId();
        String name = name(body);
        if (action.equals("volume-attach") || action.equals("volume-detach")) {
            resourceId = s.values.get(s.values.size() - 1);
            name = null;
        }
        String region = request.endpoint().region();
        JournalTarget target = new JournalTarget(region, request.endpoint().type().name(),
                request.crn() == null ? null : request.crn().format(),
                request.crn() == null ? null : request.crn().cloudInstanceId(), s.noun, resourceId, name);
        Map<String, String> essentials = new LinkedHashMap<>();
        essentials.put("method", request.operation().method());
        essentials.put("path", request.path());
        request.query().forEach((k, v) -> essentials.put("query." + k, v));
        String withheld = withheld(body);
        if (!withheld.isEmpty()) {
            // names only: History's code can then put a placeholder where the dialog put one
            essentials.put(WITHHELD, withheld);
        }
        JsonNode kept = JournalBodies.withoutSecrets(body);
        if (kept != null && kept.isObject()) {
            kept.fields().forEachRemaining(field -> flat(field.getKey(), field.getValue(), essentials));
        }
        return new Described(action, target, essentials, kept);
    }

    private static String action(String method, Segments s, JsonNode body) {
        String verb = switch (method) {
            case "POST" -> "create";
            case "PUT", "PATCH" -> "update";
            default -> "delete";
        };
        if (s.trailingVerb != null) {
            verb = s.trailingVerb;
        }
        if (s.noun.equals("instance") && verb.equals("action") && body != null && body.hasNonNull("action")) {
            return "instance-" + body.get("action").asText();
        }
        if (s.noun.equals("instance") && verb.equals("update") && body != null
                && (body.has("processors") || body.has("memory") || body.has("procType"))) {
            return "instance-resize";
        }
        if (s.noun.equals("volume") && s.parent != null && s.parent.equals("instance") && s.itemAddressed) {
            return method.equals("POST") ? "volume-attach" : "volume-detach";
        }
        if (s.noun.equals("image") && verb.equals("create")) {
            return "image-import";
        }
        return s.noun + "-" + verb;
    }

    /** The body's top-level secret-like fields that had a value (left out of what is written). */
    private static String withheld(JsonNode body) {
        List<String> names = new ArrayList<>();
        if (body != null && body.isObject()) {
            body.fields().forEachRemaining(field -> {
                if (JournalBodies.secretLike(field.getKey()) && !field.getValue().isNull()) {
                    names.add(field.getKey());
                }
            });
        }
        return String.join(",", names);
    }

    private static String name(JsonNode body) {
        if (body == null || !body.isObject()) {
            return null;
        }
        for (String field : NAME_FIELDS) {
            if (body.hasNonNull(field) && body.get(field).isTextual()) {
                return body.get(field).asText();
            }
        }
        return null;
    }

    private static void flat(String key, JsonNode value, Map<String, String> out) {
        if (value.isValueNode()) {
            out.put(key, cut(value.asText()));
        } else if (value.isArray()) {
            List<String> items = new ArrayList<>();
            value.forEach(item -> items.add(item.isValueNode() ? item.asText()
                    : item.path("networkID").asText(item.path("id").asText("{..}"))));
            out.put(key, cut(String.join(",", items)));
        }
    }

    private static String cut(String value) {
        return value.length() <= JournalDescriber.MAX_VALUE ? value
                : value.substring(0, JournalDescriber.MAX_VALUE) + "...";
    }

    /** The path below the workspace: its last resource, the item it addresses and a trailing verb. */
    private static final class Segments {
        String noun = "request";
        String parent;
        String trailingVerb;
        boolean itemAddressed;
        final List<String> values = new ArrayList<>();
        String lastNounValue;

        static Segments of(MutatingRequest request) {
            Segments s = new Segments();
            String[] template = request.operation().pathTemplate().substring(1).split("/");
            java.util.Iterator<String> values = request.pathValues().iterator();
            String pendingNoun = null;
            for (String part : template) {
                boolean placeholder = part.startsWith("{");
                String value = placeholder && values.hasNext() ? values.next() : null;
                if (SCOPE.contains(part)) {
                    continue;
                }
                if (placeholder) {
                    s.values.add(value);
                    if (pendingNoun != null) {
                        s.lastNounValue = value;
                        s.itemAddressed = true;
                    }
                    continue;
                }
                String noun = NOUNS.get(part);
                if (noun != null || part.endsWith("s")) {
                    s.parent = pendingNoun == null ? null : s.noun;
                    s.noun = noun != null ? noun : singular(part);
                    pendingNoun = part;
                    s.itemAddressed = false;
                    s.lastNounValue = null;
                    s.trailingVerb = null;
                } else {
                    s.trailingVerb = part.toLowerCase(Locale.ROOT);
                }
            }
            return s;
        }

        String resourceId() {
            return lastNounValue;
        }

        private static String singular(String plural) {
            return plural.endsWith("s") ? plural.substring(0, plural.length() - 1) : plural;
        }
    }
}
