package com.pvsconsole.app;

import java.util.List;
import java.util.Map;

/**
 * Guesses, before anything is loaded, whether the console will open the demo, so its simulator
 * can start while the toolkit does. A wrong guess only costs a small idle simulator.
 */
final class DemoGuess {

    private DemoGuess() {
    }

    static boolean likely(List<String> args, Map<String, String> env) {
        if (args.contains("--demo") || args.contains("--self-test")) {
            return true;
        }
        String key = env.get("PVS_CONSOLE_API_KEY");
        return key == null || key.isBlank();
    }
}
