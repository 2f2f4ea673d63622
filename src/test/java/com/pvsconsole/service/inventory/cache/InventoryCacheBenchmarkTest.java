package com.pvsconsole.service.inventory.cache;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import com.pvsconsole.api.http.JsonMapper;
import com.pvsconsole.api.model.VolumeReference;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.condition.EnabledIfSystemProperty;
import org.junit.jupiter.api.io.TempDir;

/**
 * Size and speed of the cache for a workspace of 5,000 instances, 10,000 volumes and 500 networks
 * (the simulator's generated workspace, read over HTTP; volumes doubled with fresh ids). Figures
 * are printed, not asserted. Run with {@code -Dpvs.benchmark=true}.
 */
@EnabledIfSystemProperty(named = "pvs.benchmark", matches = "true")
class InventoryCacheBenchmarkTest {

    @TempDir
    Path folder;

    @Test
    void should_measure_a_big_workspace() throws Exception {
        List<CachedWorkspace> workspaces;
        try (SimulatedFleet sim = new SimulatedFleet(5_000)) {
            workspaces = sim.load();
        }
        CachedWorkspace scale = workspaces.stream().filter(w -> w.instances().size() == 5_000).findFirst().orElseThrow();
        ObjectMapper json = JsonMapper.create();
        List<VolumeReference> volumes = new ArrayList<>(scale.volumes());
        for (VolumeReference volume : scale.volumes()) {
            ObjectNode copy = json.valueToTree(volume);
            copy.put("volumeID", volume.volumeID() + "-data").put("name", volume.name() + "-data").put("bootVolume", false);
            volumes.add(json.treeToValue(copy, VolumeReference.class));
        }
        CachedWorkspace big = new CachedWorkspace(scale.region(), scale.endpointType(), scale.workspace(),
                scale.instances(), volumes, scale.networks().subList(0, 500), scale.loadedAt());
        InventoryCache cache = new InventoryCache(folder, Clock.systemUTC());
        CachedFleet fleet = cache.snapshot("bench", List.of(big));

        // CPU time of this thread as well as wall time: the build machine is shared and busy.
        java.lang.management.ThreadMXBean cpu = java.lang.management.ManagementFactory.getThreadMXBean();
        List<String> save = new ArrayList<>();
        List<String> load = new ArrayList<>();
        for (int i = 0; i < 5; i++) {
            long started = System.nanoTime();
            long startedCpu = cpu.getCurrentThreadCpuTime();
            cache.save(cache.snapshot("bench", fleet.workspaces()));
            save.add((System.nanoTime() - started) / 1_000_000 + "/" + (cpu.getCurrentThreadCpuTime() - startedCpu) / 1_000_000);
            started = System.nanoTime();
            startedCpu = cpu.getCurrentThreadCpuTime();
            assertThat(cache.load("bench")).isPresent();
            load.add((System.nanoTime() - started) / 1_000_000 + "/" + (cpu.getCurrentThreadCpuTime() - startedCpu) / 1_000_000);
        }
        long size = Files.size(cache.fileFor("bench"));
        int plain = InventoryCacheTest.read(cache.fileFor("bench")).getBytes(java.nio.charset.StandardCharsets.UTF_8).length;
        System.out.printf("[benchmark] inventory cache, 5,000 instances + %,d volumes + 500 networks: file %,d kB"
                        + " (JSON %,d kB); save ms wall/cpu %s; load ms wall/cpu %s%n", volumes.size(), size / 1024, plain / 1024,
                save, load);
    }

    @Test
    void should_measure_the_demo_fleet_read_by_a_fresh_cache() {
        // Run alone for the cold figure (first Jackson use in the JVM), as at the console's start.
        Path file;
        try (SimulatedFleet sim = new SimulatedFleet(0)) {
            InventoryCache writer = new InventoryCache(folder, Clock.systemUTC());
            writer.save(writer.snapshot("demo", sim.load()));
            file = writer.fileFor("demo");
        }
        long started = System.nanoTime();
        InventoryCache reader = new InventoryCache(folder, Clock.systemUTC());
        CachedFleet fleet = reader.load("demo").orElseThrow();
        long millis = (System.nanoTime() - started) / 1_000_000;
        System.out.printf("[benchmark] demo fleet cache: %d workspaces, %d instances, file %,d bytes, fresh load %d ms%n",
                fleet.workspaces().size(), fleet.workspaces().stream().mapToInt(w -> w.instances().size()).sum(),
                file.toFile().length(), millis);
    }
}
