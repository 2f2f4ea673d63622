package com.pvsconsole.service.code;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;

/**
 * Quoting for the two shells. POSIX is proven by bash itself; PowerShell by a reader of its
 * single-quote rules ({@link PowerShellWords}), since pwsh cannot be installed here.
 */
class ShellQuotingTest {

    static final List<String> HOSTILE = List.of(CurlRoundTripTest.HOSTILE, "", "'", "''", "\\'", "it's",
            "$HOME ${HOME} `id` $(id) !! \\ * ? [a] ~ # ; & | < > ( ) { }", "line1\nline2\r\n\ttab",
            "\u2018curly\u2019 \u201Alow\u201B", "-starts-with-dash", "@splat", "ümlaut ☃ 𝄞", "\"", "%{x} %%{y}");

    @Test
    void should_make_bash_pass_every_hostile_value_unchanged() throws Exception {
        StringBuilder script = new StringBuilder("printf '%s\\0'");
        HOSTILE.forEach(v -> script.append(' ').append(Shell.POSIX.quote(v)));
        ProcessBuilder bash = new ProcessBuilder("bash", "-c", script.toString());
        Process process = bash.start();
        byte[] out = process.getInputStream().readAllBytes();
        assertThat(process.waitFor(10, TimeUnit.SECONDS)).isTrue();

        String[] values = new String(out, StandardCharsets.UTF_8).split("\0", -1);
        assertThat(List.of(values).subList(0, values.length - 1)).containsExactlyElementsOf(HOSTILE);
    }

    @Test
    void should_read_back_every_hostile_value_from_a_powershell_literal() {
        for (String value : HOSTILE) {
            String literal = Shell.POWERSHELL.quote(value);

            assertThat(PowerShellWords.decode(literal)).as(literal).isEqualTo(value);
        }
    }

    @Test
    void should_double_typographic_quotes_which_powershell_also_ends_strings_with() {
        String literal = Shell.POWERSHELL.quote("a\u2019b");

        assertThat(literal).isEqualTo("'a\u2019\u2019b'");
    }

    @Test
    void should_keep_a_powershell_command_line_to_literal_words() {
        // given a command with hostile values, as the CLI renderer writes it
        CliCommand command = new CliCommand("ibmcloud pi instance create").value(CurlRoundTripTest.HOSTILE)
                .flag("--key-name", "$HOME key").flag("--user-tags", "a,b").flag("--image", "@x")
                .flag("--memory", "8");

        // when PowerShell's rules read it
        List<String> words = PowerShellWords.words(command.render(Shell.POWERSHELL));

        // then every value is one word, unchanged
        List<String> expected = new ArrayList<>(List.of("ibmcloud", "pi", "instance", "create",
                CurlRoundTripTest.HOSTILE, "--key-name", "$HOME key", "--user-tags", "a,b", "--image", "@x",
                "--memory", "8"));
        assertThat(words).containsExactlyElementsOf(expected);
    }

    @Test
    void should_put_a_leading_dash_value_after_the_end_of_flags() {
        String posix = new CliCommand("ibmcloud pi volume create").value("-rf").flag("--size", "1").render(Shell.POSIX);

        assertThat(posix).isEqualTo("ibmcloud pi volume create --size 1 -- '-rf'");
    }
}
