package com.pvsconsole.ui.common;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.pvsconsole.service.actions.InstanceActionKind;
import com.pvsconsole.service.actions.InstanceResult;
import com.pvsconsole.service.resources.SshPublicKey;
import com.pvsconsole.service.task.TaskOutcome;
import com.pvsconsole.service.usage.UsageMetric;
import com.pvsconsole.ui.events.EventWindow;
import com.pvsconsole.ui.instances.StatusGroup;
import com.pvsconsole.ui.instances.create.CreateStep;
import com.pvsconsole.ui.shell.Page;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.HashMap;
import java.util.HashSet;
import java.util.Locale;
import java.util.Map;
import java.util.Properties;
import java.util.Set;
import java.util.TreeSet;
import java.util.function.Function;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * messages.properties and the code agree: every key the code names has a text, and every text is named by the
 * code. Keys are found three ways: string literals in the main sources (direct {@code messages.get("...")} calls
 * and keys handed around, such as validation rule keys); keys built from an enum ({@code "action." + kind}),
 * computed here from the enums themselves; and keys built from a prefix and a literal in the same file
 * ({@code messages.get("column." + key)} with {@code column("memory", ...)}).
 */
class MessagesConsistencyTest {

    private static final Path MAIN = Path.of("src", "main", "java");
    private static final Pattern LITERAL = Pattern.compile("\"((?:[^\"\\\\]|\\\\.)*)\"");
    private static final Pattern KEY_SHAPE = Pattern.compile("[a-z][A-Za-z0-9_-]*(\\.[A-Za-z0-9_-]+)+");
    private static final Pattern DIRECT = Pattern.compile("messages\\.get\\(\\s*\"([^\"]+)\"");
    private static final Pattern PREFIX = Pattern.compile("\"([a-z][A-Za-z0-9_.-]*\\.)\"\\s*\\+");

    private static Set<String> keys;
    private static Map<Path, String> sources;
    private static Set<String> literals;

    @BeforeAll
    static void read() throws IOException {
        Properties texts = new Properties();
        try (InputStream in = MessagesConsistencyTest.class.getResourceAsStream(
                "/pvs-console/i18n/messages.properties")) {
            assertThat(in).as("messages.properties on the class path").isNotNull();
            texts.load(new java.io.InputStreamReader(in, StandardCharsets.UTF_8));
        }
        keys = texts.stringPropertyNames();
        try (Stream<Path> files = Files.walk(MAIN)) {
            sources = files.filter(f -> f.toString().endsWith(".java"))
                    .collect(Collectors.toMap(Function.identity(), MessagesConsistencyTest::text));
        }
        literals = new HashSet<>();
        sources.values().forEach(text -> literals.addAll(matches(LITERAL, text)));
    }

    @Test
    void should_find_keys_and_sources_to_compare() {
        assertThat(keys).hasSizeGreaterThan(100);
        assertThat(sources).hasSizeGreaterThan(100);
        assertThat(enumKeys()).hasSizeGreaterThan(30);
    }

    @Test
    void should_have_a_text_for_every_key_named_directly_in_code() {
        Set<String> missing = new TreeSet<>();
        sources.forEach((file, text) -> matches(DIRECT, text).stream()
                .filter(key -> !key.endsWith(".") && !keys.contains(key))
                .forEach(key -> missing.add(key + " (" + file.getFileName() + ")")));
        assertThat(missing).isEmpty();
    }

    @Test
    void should_have_a_text_for_every_key_shaped_literal_in_a_message_namespace() {
        // A literal such as "rule.name.required" travels from the service to a messages.get(v.key()).
        Set<String> namespaces = keys.stream().filter(k -> k.contains("."))
                .map(k -> k.substring(0, k.indexOf('.') + 1)).collect(Collectors.toSet());
        Set<String> missing = new TreeSet<>();
        sources.forEach((file, text) -> {
            if (file.toString().contains("pvsconsole" + java.io.File.separator + "ui")
                    || file.toString().contains("pvsconsole" + java.io.File.separator + "service")) {
                matches(LITERAL, text).stream()
                        .filter(s -> KEY_SHAPE.matcher(s).matches())
                        .filter(s -> namespaces.stream().anyMatch(s::startsWith))
                        .filter(s -> !keys.contains(s))
                        .forEach(s -> missing.add(s + " (" + file.getFileName() + ")"));
            }
        });
        assertThat(missing).isEmpty();
    }

    @Test
    void should_have_a_text_for_every_key_built_from_an_enum() {
        assertThat(new TreeSet<>(enumKeys())).allSatisfy(key -> assertThat(keys).as("text for " + key).contains(key));
    }

    @Test
    void should_use_every_text_it_has() {
        Set<String> built = builtFromPrefixAndLiteral();
        Set<String> enums = enumKeys();
        Set<String> unused = new TreeSet<>(keys);
        unused.removeIf(key -> literals.contains(key) || enums.contains(key) || built.contains(key));
        assertThat(unused).as("keys no code names").isEmpty();
    }

    @Test
    void should_refuse_a_missing_text_in_tests_and_give_the_real_one_otherwise() {
        assertThat(Boolean.getBoolean(Messages.STRICT_PROPERTY)).as("the build runs tests with strict messages")
                .isTrue();
        Messages messages = new Messages(Locale.ROOT);
        assertThatThrownBy(() -> messages.get("no.such.key")).hasMessageContaining("no.such.key");
        String title = messages.get("app.title");
        assertThat(title).isNotBlank().isNotEqualTo("app.title");
    }

    /** Keys the code builds from enum constants, computed from the same enums. */
    private static Set<String> enumKeys() {
        Set<String> built = new HashSet<>();
        lower("activity.outcome.", TaskOutcome.values(), built);
        lower("outcome.", InstanceResult.Outcome.values(), built);
        lower("action.", InstanceActionKind.values(), built);
        // ActionConfirmations states the consequence of each power action (delete, create, resize and capture have dialogs of their own)
        java.util.EnumSet.of(InstanceActionKind.START, InstanceActionKind.STOP, InstanceActionKind.SOFT_REBOOT,
                        InstanceActionKind.HARD_REBOOT, InstanceActionKind.IMMEDIATE_SHUTDOWN, InstanceActionKind.RESET_STATE)
                .forEach(kind -> built.add("consequence." + kind.name().toLowerCase(Locale.ROOT)));
        lower("chip.", StatusGroup.values(), built);
        lower("jump.kind.", com.pvsconsole.service.search.JumpTarget.Kind.values(), built);
        Arrays.stream(com.pvsconsole.service.explain.Evidence.Kind.values()).forEach(k -> built.add("explain.kind." + k));
        Arrays.stream(com.pvsconsole.service.explain.TransitionHistory.Kind.values())
                .forEach(k -> built.add("explain.transitionKind." + k));
        Arrays.stream(com.pvsconsole.service.journal.JournalState.values())
                .forEach(state -> built.add("history.state." + state));
        lower("sshkey.error.", SshPublicKey.Problem.values(), built);
        lower("usage.", UsageMetric.Kind.values(), built);
        Arrays.stream(EventWindow.values()).forEach(w -> built.add("events.window." + w.key()));
        Arrays.stream(Page.values()).forEach(p -> built.add("nav." + p.key()));
        Arrays.stream(CreateStep.values()).forEach(s -> built.add(s.messageKey()));
        return built;
    }

    private static void lower(String prefix, Enum<?>[] values, Set<String> into) {
        for (Enum<?> value : values) {
            into.add(prefix + value.name().toLowerCase(Locale.ROOT));
        }
    }

    /** prefix + literal, where a file concatenates {@code "prefix." + ...} and holds the literal. */
    private static Set<String> builtFromPrefixAndLiteral() {
        Set<String> built = new HashSet<>();
        sources.values().forEach(text -> {
            Set<String> prefixes = matches(PREFIX, text);
            if (!prefixes.isEmpty()) {
                Set<String> fileLiterals = matches(LITERAL, text);
                prefixes.forEach(prefix -> fileLiterals.forEach(literal -> built.add(prefix + literal)));
            }
        });
        return built;
    }

    private static Set<String> matches(Pattern pattern, String text) {
        Set<String> found = new HashSet<>();
        Matcher m = pattern.matcher(text);
        while (m.find()) {
            found.add(m.group(1));
        }
        return found;
    }

    private static String text(Path file) {
        try {
            return Files.readString(file);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
