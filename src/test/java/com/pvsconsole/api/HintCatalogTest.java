package com.pvsconsole.api;

import static org.assertj.core.api.Assertions.assertThat;

import com.pvsconsole.api.http.HttpFailures;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import java.util.stream.IntStream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

/** The hint catalog carries IBM's documented texts verbatim and an entry for every key the client uses. */
class HintCatalogTest {

    private final HintCatalog catalog = new HintCatalog(Locale.ROOT);

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', value = {
        "400 | Bad Request | The input parameters in the request body are either incomplete or in the wrong format. "
                + "Be sure to include all of the required parameters in your request.",
        "401 | Unauthorized | You are not authorized to make this request. Log in to the IBM Cloud website and try "
                + "again. If this error persists, contact the account owner to check your permissions.",
        "403 | Forbidden | The supplied authentication is not authorized to access this resource.",
        "404 | Not Found | The requested resource could not be found.",
        "408 | Request Timeout | The connection to the server timed out. Wait a few minutes, then try again.",
        "409 | Conflict | The entity is already in the requested state.",
        "500 | Internal Server Error | Power Virtual Server is currently unavailable. Your request could not be "
                + "processed. Wait a few minutes and try again.",
    })
    void should_carry_the_documented_description_and_recovery_text(int status, String title, String hint) {
        assertThat(catalog.title("status." + status)).isEqualTo(title);
        assertThat(catalog.hint("status." + status)).isEqualTo(hint);
    }

    @Test
    void should_have_an_entry_for_every_status_hint_the_client_can_produce() {
        IntStream.rangeClosed(400, 599).mapToObj(HttpFailures::hintKey).distinct()
                .forEach(key -> assertThat(catalog.contains(key)).as(key).isTrue());
    }

    @ParameterizedTest
    @ValueSource(strings = {"network.dns", "network.refused", "network.tls", "network.timeout", "network.io", "network.io.write",
        "cancelled", "response.invalid", "iam.key_rejected", "iam.key_disabled", "iam.request_rejected",
        "iam.unavailable", "input.apikey.empty", "input.region.unknown", "input.url.template", "input.argument",
        "status.410", "status.422", "status.429", "status.502", "status.503", "status.504"})
    void should_have_our_own_hints_for_the_other_failures(String key) {
        assertThat(catalog.contains(key)).as(key).isTrue();
        assertThat(catalog.hint(key)).hasSizeGreaterThan(30);
    }

    @Test
    void should_have_an_entry_for_every_hint_key_written_in_the_client_source() throws IOException {
        Pattern key = Pattern.compile("\"((?:input|iam|network|response)\\.[a-z0-9_.]+|cancelled)\"");
        List<String> keys;
        try (Stream<Path> sources = Files.walk(Path.of("src/main/java/com/pvsconsole/api"))) {
            keys = sources.filter(p -> p.toString().endsWith(".java")).flatMap(HintCatalogTest::lines)
                    .flatMap(line -> key.matcher(line).results().map(m -> m.group(1))).distinct().toList();
        }

        assertThat(keys).hasSizeGreaterThan(20);
        assertThat(keys).allSatisfy(k -> assertThat(catalog.contains(k)).as(k).isTrue());
    }

    private static Stream<String> lines(Path file) {
        try {
            return Files.readAllLines(file).stream();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    @Test
    void should_fall_back_to_a_generic_text_for_an_unknown_key() {
        assertThat(catalog.title("no.such.key")).isEqualTo(catalog.title("unknown"));
    }
}
