package com.pvsconsole.app;

import com.pvsconsole.service.settings.OperatingSystem;
import java.io.File;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.TimeUnit;
import java.util.function.Consumer;

/**
 * Opens a URL in the system browser with the OS's own opener (xdg-open, open, rundll32), its
 * output discarded: the noVNC console URL carries a token, and the toolkit's opener can print the
 * URL to stderr when it fails. Throws {@link Unavailable} (its message never holds the URL) when no
 * opener exists or it reports failure, so the UI can say so and offer Copy.
 */
final class SystemBrowser implements Consumer<String> {

    /** How long to wait for the opener to report a failure; a browser that starts keeps running. */
    private static final long WAIT_MS = 1500;

    private final OperatingSystem os;

    SystemBrowser(OperatingSystem os) {
        this.os = os;
    }

    /** No browser could be opened. */
    static final class Unavailable extends IllegalStateException {
        Unavailable(String reason) {
            super(reason);
        }
    }

    @Override
    public void accept(String url) {
        List<String> command = command(url).orElseThrow(() -> new Unavailable("no browser opener found"));
        try {
            Process process = new ProcessBuilder(command).redirectErrorStream(true)
                    .redirectOutput(ProcessBuilder.Redirect.DISCARD).start();
            if (process.waitFor(WAIT_MS, TimeUnit.MILLISECONDS) && process.exitValue() != 0) {
                throw new Unavailable("the browser opener failed (exit " + process.exitValue() + ")");
            }
        } catch (IOException e) {
            throw new Unavailable("the browser opener could not start");
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }

    private Optional<List<String>> command(String url) {
        return switch (os) {
            case WINDOWS -> Optional.of(List.of("rundll32", "url.dll,FileProtocolHandler", url));
            case MACOS -> Optional.of(List.of("open", url));
            default -> onPath("xdg-open").map(opener -> List.of(opener.toString(), url));
        };
    }

    private static Optional<Path> onPath(String program) {
        String path = System.getenv("PATH");
        if (path == null) {
            return Optional.empty();
        }
        for (String dir : path.split(File.pathSeparator)) {
            Path candidate = Path.of(dir, program);
            if (Files.isExecutable(candidate)) {
                return Optional.of(candidate);
            }
        }
        return Optional.empty();
    }
}
