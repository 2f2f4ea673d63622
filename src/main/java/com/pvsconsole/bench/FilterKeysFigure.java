package com.pvsconsole.bench;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.Locale;

/**
 * P3: filter keystrokes on All servers over 10,000 rows, from the key event fired at the filter
 * box to the next frame rendered after the pulse that laid it out; p95 against 16 ms (one frame
 * at 60 Hz). Keystrokes are spaced until the window is quiet, so each frame is its key's own.
 * Beside it: the time to the frame that shows the key's rows (the search settles off the FX
 * thread, so that frame may come after the key's first), and a floor: caret keys in the same box,
 * which filter nothing, timed the same way (the wait for the next 60 Hz pulse plus one frame).
 */
final class FilterKeysFigure implements Measurement {

    private final TenThousandConsole console;

    FilterKeysFigure(TenThousandConsole console) {
        this.console = console;
    }

    @Override
    public String id() {
        return "P3";
    }

    @Override
    public Figure measure(BenchOptions options) throws Exception {
        String what = "All servers filter keystroke (real console, 10,000 rows; 1,000 --small): key event -> next rendered frame, p95";
        LoadedConsole.Result result = console.result(options);
        if (result.skipped() != null) {
            return Figure.skipped(id(), what, result.skipped());
        }
        JsonNode keys = result.line("keys");
        // The floor column: caret keys timed the same way, which filter nothing (the wait for the next
        // 60 Hz pulse plus a frame). The target stays on the keystroke's own p95.
        double floor = keys.path("floorP95Ms").asDouble(Double.NaN);
        return Figure.absoluteBesideFloor(id(), what, keys.path("p95Ms").asDouble(), floor, "ms", 16,
                String.format(Locale.ROOT,
                "%d keystrokes, median %.1f ms, max %.1f ms, key handler (filtering) p95 %.1f ms; to the frame"
                        + " showing the key's rows p95 %.1f ms (median %.1f); floor (caret keys in the same box, no"
                        + " filtering) p95 %.1f ms (median %.1f)%s; %s",
                keys.path("count").asInt(), keys.path("medianMs").asDouble(), keys.path("maxMs").asDouble(),
                keys.path("handlerP95Ms").asDouble(), keys.path("toRowsP95Ms").asDouble(),
                keys.path("toRowsMedianMs").asDouble(), keys.path("floorP95Ms").asDouble(),
                keys.path("floorMedianMs").asDouble(),
                keys.path("renderCallbacks").asBoolean() ? "" : "; no render callback here: to end of layout",
                result.setup()));
    }
}
