package com.pvsconsole.service.code;

import static org.assertj.core.api.Assertions.assertThat;

import com.pvsconsole.api.region.RegionCatalog;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The POSIX CLI text run by bash with a stand-in {@code ibmcloud} on the PATH that records its
 * arguments: hostile names arrive as single arguments and the user data file holds the exact text.
 */
class CliShellTest {

    @TempDir
    Path dir;

    @Test
    void should_pass_hostile_name_and_multiline_user_data_exactly() throws Exception {
        // given a stand-in ibmcloud that writes each argument NUL-terminated, one file per call
        Path bin = Files.createDirectories(dir.resolve("bin"));
        Path fake = bin.resolve("ibmcloud");
        Files.writeString(fake, "#!/bin/sh\nn=$(ls \"$CALLS\" | wc -l)\nfor a in \"$@\"; do printf '%s\\0' \"$a\"; done"
                + " > \"$CALLS/call-$n\"\n");
        Files.setPosixFilePermissions(fake, PosixFilePermissions.fromString("rwx------"));
        Path calls = Files.createDirectories(dir.resolve("calls"));
        Files.writeString(dir.resolve("canary"), "still here");
        CodeAction create = CurlRoundTripTest.hostileActions().get("hostile-instance-create");
        String script = CodeGenerator.forIbmCloud(RegionCatalog.loadDefault())
                .generate(SampleActions.LON04, create).cliPosix();

        // when bash runs the generated text
        ProcessBuilder bash = new ProcessBuilder("bash", "-c", script).directory(dir.toFile()).redirectErrorStream(true);
        bash.environment().put("PATH", bin + ":" + System.getenv("PATH"));
        bash.environment().put("CALLS", calls.toString());
        bash.environment().put("HOME", dir.toString());
        Process process = bash.start();
        String output = new String(process.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
        assertThat(process.waitFor(10, TimeUnit.SECONDS)).isTrue();
        assertThat(process.exitValue()).as(output).isZero();

        // then the workspace is targeted first, then the create gets each value as one argument
        assertThat(args(calls.resolve("call-0"))).containsExactly("pi", "workspace", "target",
                SampleActions.LON04.crn().format());
        List<String> createArgs = args(calls.resolve("call-1"));
        assertThat(createArgs.subList(0, 4)).containsExactly("pi", "instance", "create", CurlRoundTripTest.HOSTILE);
        assertThat(createArgs).containsSubsequence("--key-name", "$HOME key")
                .containsSubsequence("--user-data", "@user-data.txt");
        assertThat(Files.readString(dir.resolve("user-data.txt"))).isEqualTo(CurlRoundTripTest.USER_DATA);
        assertThat(dir.resolve("canary")).hasContent("still here");
    }

    @Test
    void should_pass_a_hostile_pool_name_as_one_argument() throws Exception {
        // given a stand-in ibmcloud and the create of a pool with a hostile name
        Path bin = Files.createDirectories(dir.resolve("bin"));
        Path fake = bin.resolve("ibmcloud");
        Files.writeString(fake, "#!/bin/sh\nn=$(ls \"$CALLS\" | wc -l)\nfor a in \"$@\"; do printf '%s\\0' \"$a\"; done"
                + " > \"$CALLS/call-$n\"\n");
        Files.setPosixFilePermissions(fake, PosixFilePermissions.fromString("rwx------"));
        Path calls = Files.createDirectories(dir.resolve("calls"));
        Files.writeString(dir.resolve("canary"), "still here");
        String script = CodeGenerator.forIbmCloud(RegionCatalog.loadDefault())
                .generate(SampleActions.LON04, CurlRoundTripTest.hostileActions().get("hostile-pool-create")).cliPosix();

        // when bash runs the generated text
        ProcessBuilder bash = new ProcessBuilder("bash", "-c", script).directory(dir.toFile()).redirectErrorStream(true);
        bash.environment().put("PATH", bin + ":" + System.getenv("PATH"));
        bash.environment().put("CALLS", calls.toString());
        bash.environment().put("HOME", dir.toString());
        Process process = bash.start();
        String output = new String(process.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
        assertThat(process.waitFor(10, TimeUnit.SECONDS)).isTrue();
        assertThat(process.exitValue()).as(output).isZero();

        // then the name is one argument, byte for byte, and nothing in it ran
        assertThat(args(calls.resolve("call-1"))).containsExactly("pi", "shared-processor-pool", "create",
                CurlRoundTripTest.HOSTILE, "--host-group", "s922", "--reserved-cores", "1");
        assertThat(dir.resolve("canary")).hasContent("still here");
    }

    private static List<String> args(Path file) throws Exception {
        String[] parts = Files.readString(file, StandardCharsets.UTF_8).split("\0", -1);
        return new ArrayList<>(List.of(parts).subList(0, parts.length - 1));
    }
}
