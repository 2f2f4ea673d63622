package com.pvsconsole.bench;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.Locale;

/**
 * P4, as issue 11 defines it: the longest FX pulse, or gap between pulses, during a full refresh
 * of 10,000 instances (the All servers page shown, its Refresh pressed; an animation timer runs
 * on every pulse; a gap is the FX thread busy, or kept from running). The first arrival of the
 * rows is reported beside it, not counted: it is the console's start-up (the table's first cells,
 * their CSS and classes loaded), which P1 measures, and no refresh. Each gap comes with the FX
 * thread's own CPU time in it, so a gap of its own work tells apart from one where GC or other
 * processes had the cores.
 */
final class PulseFigure implements Measurement {

    private final TenThousandConsole console;

    PulseFigure(TenThousandConsole console) {
        this.console = console;
    }

    @Override
    public String id() {
        return "P4";
    }

    @Override
    public Figure measure(BenchOptions options) throws Exception {
        String what = "longest FX pulse or gap during a full refresh of 10,000 instances (1,000 --small), real console";
        LoadedConsole.Result result = console.result(options);
        if (result.skipped() != null) {
            return Figure.skipped(id(), what, result.skipped());
        }
        JsonNode pulses = result.line("pulses");
        double arrival = pulses.path("arrivalMaxGapMs").asDouble();
        double refresh = pulses.path("refreshMaxGapMs").asDouble();
        return Figure.absolute(id(), what, refresh, "ms", 100, String.format(Locale.ROOT,
                "refresh: longest gap %.0f ms at %s, FX thread CPU in it %.0f ms, most FX CPU between two pulses %.0f ms;"
                        + " not counted: first arrival of the rows %.0f ms at %s (FX CPU in it %.0f ms, most %.0f ms),"
                        + " first scene %.0f ms; %d pulses; %s",
                refresh, pulses.path("refreshMaxGapAt").asText(), pulses.path("refreshMaxGapFxCpuMs").asDouble(),
                pulses.path("refreshMaxFxCpuMs").asDouble(), arrival, pulses.path("arrivalMaxGapAt").asText(),
                pulses.path("arrivalMaxGapFxCpuMs").asDouble(), pulses.path("arrivalMaxFxCpuMs").asDouble(),
                pulses.path("firstSceneMaxGapMs").asDouble(), pulses.path("pulses").asInt(), result.setup()));
    }
}
