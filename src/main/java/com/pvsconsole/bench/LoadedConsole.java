package com.pvsconsole.bench;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.pvsconsole.sim.PowerVsSimulator;
import com.pvsconsole.sim.SimulatorOptions;
import com.pvsconsole.sim.state.ScalePlan;
import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;

/**
 * The real console in a separate process ({@code com.pvsconsole.app.BenchProbe}, the launcher's
 * JVM options, a scratch home, no saved inventory) on the environment account, pointed at an
 * in-process simulator; returns the probe's JSON lines by name. One run serves P3, P4 and P6
 * (10,000 instances); the fleet figure makes its own run.
 */
final class LoadedConsole {

    private static final ObjectMapper JSON = new ObjectMapper();
    private static final long TIMEOUT_SECONDS = 900;

    /** What to simulate and what the probe does. */
    record Scenario(ScalePlan plan, String fault, boolean fleetOnly, String keys, int rounds) {
    }

    /** The probe's lines by name, or why there are none. */
    record Result(Map<String, JsonNode> lines, String skipped, String setup) {
        JsonNode line(String name) {
            JsonNode line = lines.get(name);
            if (line == null) {
                JsonNode failed = lines.get("failed");
                throw new IllegalStateException("the console probe printed no '" + name + "' line"
                        + (failed == null ? "" : ": " + failed.path("reason").asText()));
            }
            return line;
        }
    }

    private final Scenario scenario;
    private final boolean small;
    private Result result;

    LoadedConsole(Scenario scenario, boolean small) {
        this.scenario = scenario;
        this.small = small;
    }

    /** Runs once per bench run (P3, P4 and P6 share it), then returns the same result. */
    synchronized Result result() throws IOException, InterruptedException {
        if (result == null) {
            result = run();
        }
        return result;
    }

    boolean isSmall() {
        return small;
    }

    private Result run() throws IOException, InterruptedException {
        Optional<List<String>> display = ChildDisplay.jvmOptions();
        if (display.isEmpty()) {
            return new Result(Map.of(), "no display (run under xvfb-run, or with Monocle on the class path)", "");
        }
        SimulatorOptions.Builder builder = PowerVsSimulator.builder().port(0).scale(scenario.plan());
        if (scenario.fault() != null) {
            builder.fault(scenario.fault());
        }
        Path home = Files.createTempDirectory("pvs-bench-console");
        try (PowerVsSimulator sim = builder.start()) {
            // The generated servers; the demo seed's few arrive alongside (the probe then waits for quiet).
            int expected = scenario.plan().instances() * scenario.plan().workspaces();
            List<String> command = new ArrayList<>();
            command.add(Path.of(System.getProperty("java.home"), "bin", "java").toString());
            command.addAll(LauncherJvmOptions.load().options());
            command.addAll(display.get());
            command.add("-Dpvs.probe.rows=" + expected);
            command.add("-Dpvs.probe.mode=" + (scenario.fleetOnly() ? "fleet" : "full"));
            command.add("-Dpvs.probe.keys=" + scenario.keys());
            command.add("-Dpvs.probe.rounds=" + scenario.rounds());
            command.add("-Dpvs.probe.settleMs=" + (small ? 500 : 5000));
            if (Boolean.getBoolean("pvs.probe.profile")) {
                command.add("-Dpvs.probe.profile=true"); // a sampling profile of the FX thread, on stderr
                for (String knob : List.of("pvs.probe.profileThread", "pvs.probe.profileLines")) {
                    if (System.getProperty(knob) != null) {
                        command.add("-D" + knob + "=" + System.getProperty(knob));
                    }
                }
            }
            if (System.getProperty("pvs.probe.jfr") != null) {
                command.add("-Dpvs.probe.jfr=" + System.getProperty("pvs.probe.jfr")); // where its flight recording goes
            }
            // The probe halts, which skips JavaFX's exit hook that deletes the font copies it makes
            // in the temporary folder (1.3 MB a run): they go to the scratch home, deleted below.
            Path temporary = Files.createDirectories(home.resolve("tmp"));
            command.add("-Djava.io.tmpdir=" + temporary);
            command.add("-cp");
            command.add(System.getProperty("java.class.path"));
            command.add("com.pvsconsole.app.BenchProbe");
            Path log = home.resolve("probe-stderr.txt");
            ProcessBuilder pb = new ProcessBuilder(command).redirectError(log.toFile());
            pb.environment().put("PVS_CONSOLE_HOME", home.toString());
            pb.environment().put("PVS_CONSOLE_API_KEY", sim.apiKey());
            pb.environment().put("PVS_CONSOLE_IAM_URL", sim.iamUrl());
            pb.environment().put("PVS_CONSOLE_API_URL", sim.regionUrlTemplate());
            pb.environment().remove("PVS_CONSOLE_ENDPOINT");
            Map<String, JsonNode> lines = new LinkedHashMap<>();
            Process process = pb.start();
            CompletableFuture.runAsync(process::destroyForcibly,
                    CompletableFuture.delayedExecutor(TIMEOUT_SECONDS, TimeUnit.SECONDS));
            try (BufferedReader out = new BufferedReader(new InputStreamReader(process.getInputStream(),
                    StandardCharsets.UTF_8))) {
                String line;
                while ((line = out.readLine()) != null) {
                    if (line.startsWith("{\"probe\"")) {
                        if (System.getProperty("pvs.probe.jfr") != null) {
                            System.err.println(line); // the phases' and gaps' times, to read the recording by
                        }
                        JsonNode json = JSON.readTree(line);
                        lines.put(json.path("probe").asText(), json);
                    }
                }
                process.waitFor(30, TimeUnit.SECONDS);
            } finally {
                process.destroyForcibly();
                process.waitFor(10, TimeUnit.SECONDS); // gone before its home (and temporary folder) is deleted
            }
            if (Boolean.getBoolean("pvs.probe.profile")) {
                Files.readAllLines(log, StandardCharsets.UTF_8).stream()
                        .dropWhile(l -> !l.startsWith("[profile")).forEach(System.err::println);
            }
            if (lines.isEmpty() || lines.containsKey("failed")) {
                String tail = tail(log);
                lines.putIfAbsent("failed", JSON.createObjectNode().put("reason", "exit " + process.exitValue()
                        + "; " + tail));
            }
            return new Result(lines, null, String.format(java.util.Locale.ROOT, "%s, %s, %,d generated rows",
                    scenario.plan(), ChildDisplay.describe(), expected));
        } finally {
            deleteTree(home);
        }
    }

    private static String tail(Path log) {
        try {
            List<String> lines = Files.readAllLines(log, StandardCharsets.UTF_8);
            return String.join(" | ", lines.subList(Math.max(0, lines.size() - 5), lines.size()));
        } catch (IOException e) {
            return "(no stderr)";
        }
    }

    private static void deleteTree(Path root) throws IOException {
        try (Stream<Path> paths = Files.walk(root)) {
            paths.sorted(Comparator.reverseOrder()).forEach(p -> p.toFile().delete());
        }
    }
}
