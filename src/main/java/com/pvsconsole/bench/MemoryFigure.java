package com.pvsconsole.bench;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.Locale;

/**
 * P6: the console's resident memory with 10,000 instances loaded, in its own process under the
 * launcher's JVM options: the peak (VmHWM, "stays at or under") after loading and a full refresh, with the settled VmRSS and the heap beside it. Linux only (/proc).
 */
final class MemoryFigure implements Measurement {

    private final TenThousandConsole console;

    MemoryFigure(TenThousandConsole console) {
        this.console = console;
    }

    @Override
    public String id() {
        return "P6";
    }

    @Override
    public Figure measure(BenchOptions options) throws Exception {
        String what = "console RSS peak with 10,000 instances (1,000 --small) loaded, own process, launcher JVM options";
        LoadedConsole.Result result = console.result(options);
        if (result.skipped() != null) {
            return Figure.skipped(id(), what, result.skipped());
        }
        JsonNode memory = result.line("memory");
        if (memory.path("hwmKb").asLong() < 0) {
            return Figure.skipped(id(), what, "no /proc/self/status on this OS");
        }
        return Figure.absolute(id(), what, memory.path("hwmKb").asLong() / 1024.0, "MB", 350, String.format(Locale.ROOT,
                "VmRSS after settling %.0f MB, heap used %.0f of %.0f MB committed (live after a full GC %.0f MB), "
                        + "non-heap committed %.0f MB, %d threads; %s", memory.path("rssKb").asLong() / 1024.0,
                memory.path("heapUsedKb").asLong() / 1024.0, memory.path("heapCommittedKb").asLong() / 1024.0,
                memory.path("liveHeapKb").asLong() / 1024.0,
                memory.path("nonHeapCommittedKb").asLong() / 1024.0, memory.path("threads").asInt(), result.setup()));
    }
}
