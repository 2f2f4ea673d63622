package com.pvsconsole.service.export;

import com.pvsconsole.service.problem.Problem;
import com.pvsconsole.service.problem.ProblemException;
import com.pvsconsole.service.task.BackgroundTask;
import com.pvsconsole.service.task.Pending;
import com.pvsconsole.service.task.TaskExecutor;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.AtomicMoveNotSupportedException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;

/**
 * Writes an exported table to a file on a worker thread (never the UI thread). The text goes to a temporary
 * file beside the target first and is then renamed over it, so a failed export leaves no half-written file.
 */
public final class ExportService {

    private final TaskExecutor executor;
    private final TableExporter exporter = new TableExporter();

    public ExportService(TaskExecutor executor) {
        this.executor = executor;
    }

    /** Writes {@code table} as {@code format} to {@code target}; the handle succeeds with the row count. */
    public Pending<Integer> export(TableData table, ExportFormat format, Path target) {
        return executor.start(BackgroundTask.of("Export " + format.label(), target.getFileName().toString(),
                        context -> {
                            write(target, exporter.format(table, format));
                            return table.rows().size();
                        }));
    }

    private static void write(Path target, String text) {
        Path dir = target.toAbsolutePath().getParent();
        Path temp = null;
        try {
            temp = Files.createTempFile(dir, target.getFileName().toString(), ".part");
            Files.writeString(temp, text, StandardCharsets.UTF_8);
            try {
                Files.move(temp, target, StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.ATOMIC_MOVE);
            } catch (AtomicMoveNotSupportedException e) {
                Files.move(temp, target, StandardCopyOption.REPLACE_EXISTING);
            }
        } catch (IOException e) {
            throw new ProblemException(new Problem("Export", 0, "Could not write " + target.getFileName(),
                    "Check that the folder " + dir + " exists and that you may write to it, or pick another file.",
                    "", "", false));
        } finally {
            deleteQuietly(temp);
        }
    }

    private static void deleteQuietly(Path temp) {
        try {
            if (temp != null) {
                Files.deleteIfExists(temp);
            }
        } catch (IOException e) {
            // the export already failed or succeeded; a stray .part file is harmless
        }
    }
}
