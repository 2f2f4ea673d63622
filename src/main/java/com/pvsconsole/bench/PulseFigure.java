package com.pvsconsole.bench;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.Locale;

/**
 * P4: the longest FX pulse, or gap between pulses, while 10,000 instances arrive in the shown
 * All servers table and during one full refresh of them (an animation timer runs on every
 * pulse; a gap is the FX thread busy). The first scene's own frames are reported apart.
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
        String what = "longest FX pulse or gap while 10,000 instances (1,000 --small) arrive and refresh, real console";
        LoadedConsole.Result result = console.result(options);
        if (result.skipped() != null) {
            return Figure.skipped(id(), what, result.skipped());
        }
        JsonNode pulses = result.line("pulses");
        double arrival = pulses.path("arrivalMaxGapMs").asDouble();
        double refresh = pulses.path("refreshMaxGapMs").asDouble();
        return Figure.absolute(id(), what, Math.max(arrival, refresh), "ms", 100, String.format(Locale.ROOT,
                "rows arriving %.0f ms, full refresh %.0f ms (first scene, not counted: %.0f ms); %d pulses; %s",
                arrival, refresh, pulses.path("firstSceneMaxGapMs").asDouble(), pulses.path("pulses").asInt(),
                result.setup()));
    }
}
