package com.pvsconsole.app.soak;

import static org.assertj.core.api.Assertions.assertThat;

import ch.qos.logback.classic.Level;
import ch.qos.logback.classic.LoggerContext;
import ch.qos.logback.classic.joran.JoranConfigurator;
import ch.qos.logback.classic.util.ContextInitializer;
import com.pvsconsole.app.logging.LogControl;
import com.pvsconsole.app.logging.LogSetup;
import com.pvsconsole.testsupport.SecretScanner;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.FileTime;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.slf4j.LoggerFactory;

/**
 * CI's short soak: two minutes of the console on the simulator with 1% faults and auto-refresh
 * every 5 s. The figures are printed, not asserted (a shared CI machine is noisy); asserted are
 * that it ran, took one sample a minute with real values, printed its JSON line and table, and
 * left no key or token in any file under its folders, its log (HTTP trace on) or the temp folder.
 */
class SoakSmokeTest {

    @TempDir
    Path home;

    @Test
    void should_run_two_minutes_sample_each_minute_and_leave_no_secret_in_any_file() throws Exception {
        // given the console logging as it does in production, HTTP trace on, into the soak's folder
        LoggerContext logging = (LoggerContext) LoggerFactory.getILoggerFactory();
        Instant started = Instant.now();
        Soak.Result result;
        try {
            logging.reset();
            logging.putProperty(LogSetup.LOG_DIR_PROPERTY, home.resolve("logs").toString());
            JoranConfigurator configurator = new JoranConfigurator();
            configurator.setContext(logging);
            configurator.doConfigure(SoakSmokeTest.class.getResource("/logback.xml"));
            new LogControl(logging).setHttpTrace(true);
            logging.getLogger("com.pvsconsole").setLevel(Level.DEBUG);

            // when the soak runs for two minutes
            ByteArrayOutputStream progress = new ByteArrayOutputStream();
            result = Soak.run(new SoakOptions(2, home), new PrintStream(progress, true, StandardCharsets.UTF_8));
        } finally {
            logging.stop();
            logging.reset();
            new ContextInitializer(logging).autoConfig();
        }
        ByteArrayOutputStream printed = new ByteArrayOutputStream();
        Soak.print(result, new PrintStream(printed, true, StandardCharsets.UTF_8));
        String output = printed.toString(StandardCharsets.UTF_8);
        System.out.println(output);

        // then it took one sample a minute, each with measured values
        assertThat(result.samples()).extracting(SoakSample::minute).containsExactly(1, 2);
        assertThat(result.samples()).allSatisfy(sample -> {
            assertThat(sample.heapAfterGcMb()).isPositive();
            assertThat(sample.threads()).isPositive();
            assertThat(sample.longestPulseMs()).as("pulses were seen").isPositive();
            assertThat(sample.longestFxBusyMs()).isNotNegative();
        });
        assertThat(result.flat()).containsOnlyKeys("rssMb", "heapAfterGcMb", "threads", "longestPulseMs");
        assertThat(output.lines().filter(line -> line.startsWith("{\"soak\""))).hasSize(1);
        assertThat(output).contains("minute", "flat within");

        // and no file under its folders, its log or the temp folder holds the key or a token handed out
        assertThat(result.secrets()).as("the key and the tokens IAM handed out").hasSizeGreaterThan(1);
        assertThat(home.resolve("logs").resolve("pvs-console.log")).exists();
        String[] secrets = result.secrets().toArray(String[]::new);
        for (Path folder : List.of(result.directories().config(), result.directories().logs(),
                result.directories().cache(), home)) {
            assertThat(SecretScanner.filesContaining(folder, secrets)).as(folder.toString()).isEmpty();
        }
        for (Path file : tempFilesSince(started)) {
            assertThat(SecretScanner.filesContaining(file, secrets)).as(file.toString()).isEmpty();
        }
    }

    /** Regular files directly in the temp folder written since the soak began (the console's, if any). */
    private static List<Path> tempFilesSince(Instant since) throws IOException {
        List<Path> files = new ArrayList<>();
        try (Stream<Path> entries = Files.list(Path.of(System.getProperty("java.io.tmpdir")))) {
            entries.filter(Files::isRegularFile).filter(file -> {
                try {
                    return Files.getLastModifiedTime(file).compareTo(FileTime.from(since)) >= 0
                            && Files.size(file) < 50_000_000;
                } catch (IOException e) {
                    return false;
                }
            }).forEach(files::add);
        }
        return files;
    }
}
