package com.pvsconsole.app.soak;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.pvsconsole.sim.PowerVsSimulator;
import com.pvsconsole.testsupport.SecretScanner;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * CI's short soak: {@code bench soak --minutes 2} in its own JVM (as a user runs it, and so its JavaFX
 * toolkit never mixes with the TestFX tests'), headless. The figures are printed, not asserted (a
 * shared CI machine is noisy); asserted are that it ran, took one sample a minute with real values,
 * printed its JSON line and table, and left neither the key nor anything shaped like an access token
 * in any file under its folders or its own temp folder.
 */
class SoakSmokeTest {

    /** IAM access tokens are JWTs: a base64url header that starts with {"... */
    private static final Pattern TOKEN = Pattern.compile("eyJ[A-Za-z0-9_-]{8,}\\.[A-Za-z0-9_-]{8,}");

    @TempDir
    Path home;
    @TempDir
    Path temp;

    @Test
    void should_run_two_minutes_sample_each_minute_and_leave_no_secret_in_any_file() throws Exception {
        // when the soak runs for two minutes in its own JVM, its folders and temp folder below this test's
        List<String> command = List.of(Path.of(System.getProperty("java.home"), "bin", "java").toString(),
                "-Dglass.platform=Monocle", "-Dmonocle.platform=Headless", "-Dprism.order=sw", "-Dprism.text=t2k",
                "-Djava.io.tmpdir=" + temp, "-cp", withoutTestClasses(System.getProperty("java.class.path")),
                "com.pvsconsole.app.Launcher", "bench", "soak", "--minutes", "2", "--home", home.toString());
        Process soak = new ProcessBuilder(command).redirectErrorStream(false)
                .redirectError(home.resolveSibling(home.getFileName() + "-soak.err").toFile()).start();
        String output = new String(soak.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
        assertThat(soak.waitFor(5, TimeUnit.MINUTES)).isTrue();
        System.out.println(output);

        // then it exited cleanly after one sample a minute, each with measured values
        assertThat(soak.exitValue()).isZero();
        String line = output.lines().filter(l -> l.startsWith("{\"soak\"")).findFirst().orElseThrow();
        JsonNode json = new ObjectMapper().readTree(line);
        assertThat(json.get("samples")).hasSize(2).allSatisfy(sample -> {
            assertThat(sample.get("heapAfterGcMb").asDouble()).isPositive();
            assertThat(sample.get("threads").asInt()).isPositive();
            assertThat(sample.get("longestPulseMs").asDouble()).as("pulses were seen").isPositive();
            assertThat(sample.get("longestFxBusyMs").asDouble()).isNotNegative();
        });
        assertThat(json.get("flatWithin10Percent").size()).isEqualTo(4);
        assertThat(output).contains("minute", "flat within");

        // and no file it left holds the simulator's key or an access token
        List<Path> files = filesBelow(home);
        files.addAll(filesBelow(temp));
        assertThat(files).as("it wrote settings, caches and its log into its own folders")
                .anyMatch(file -> file.getFileName().toString().equals("settings.json"))
                .anyMatch(file -> file.getFileName().toString().equals("pvs-console.log"));
        assertThat(SecretScanner.filesContaining(home, PowerVsSimulator.DEMO_API_KEY)).isEmpty();
        assertThat(SecretScanner.filesContaining(temp, PowerVsSimulator.DEMO_API_KEY)).isEmpty();
        for (Path file : files) {
            assertThat(TOKEN.matcher(Files.readString(file, StandardCharsets.ISO_8859_1)).find())
                    .as("token-shaped text in " + file).isFalse();
        }
    }

    /**
     * The child runs as the product does: without the test classes folder, whose logback-test.xml
     * would send its log to the console instead of the soak's own log folder (the test libraries,
     * Monocle among them, stay).
     */
    private static String withoutTestClasses(String classPath) {
        return java.util.Arrays.stream(classPath.split(java.io.File.pathSeparator))
                .filter(entry -> !entry.endsWith("test-classes") && !entry.endsWith("test-classes" + java.io.File.separator))
                .collect(java.util.stream.Collectors.joining(java.io.File.pathSeparator));
    }

    private static List<Path> filesBelow(Path root) throws IOException {
        try (Stream<Path> walk = Files.walk(root)) {
            return new ArrayList<>(walk.filter(Files::isRegularFile).toList());
        }
    }
}
