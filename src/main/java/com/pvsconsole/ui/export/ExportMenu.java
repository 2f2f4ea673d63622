package com.pvsconsole.ui.export;

import com.pvsconsole.service.export.ExportFormat;
import com.pvsconsole.service.export.ExportService;
import com.pvsconsole.service.export.TableData;
import com.pvsconsole.ui.common.Icons;
import com.pvsconsole.ui.common.Messages;
import com.pvsconsole.ui.dialog.DialogService;
import java.nio.file.Path;
import java.time.Clock;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.Locale;
import javafx.scene.control.MenuButton;
import javafx.scene.control.MenuItem;
import javafx.scene.control.TableView;
import org.kordamp.ikonli.materialdesign2.MaterialDesignE;

/**
 * The "Export" menu of a table page: CSV or JSON of the rows the table shows now, to a file the user picks
 * through the {@link DialogService}. The rows are frozen on click; the file is written in the background,
 * and the result (or what went wrong and what to do) comes back as a notification.
 */
public final class ExportMenu {

    private static final DateTimeFormatter STAMP = DateTimeFormatter.ofPattern("yyyyMMdd-HHmm");

    private final ExportService exports;
    private final DialogService dialogs;
    private final Messages messages;
    private final Clock clock;

    public ExportMenu(ExportService exports, DialogService dialogs, Messages messages, Clock clock) {
        this.exports = exports;
        this.dialogs = dialogs;
        this.messages = messages;
        this.clock = clock;
    }

    /** A menu button with id {@code <idPrefix>-export} and items {@code <idPrefix>-export-csv|json}. */
    public MenuButton forTable(String idPrefix, String fileStem, TableView<?> table) {
        MenuButton menu = new MenuButton(messages.get("export.button"), Icons.icon(MaterialDesignE.EXPORT));
        menu.setId(idPrefix + "-export");
        for (ExportFormat format : ExportFormat.values()) {
            MenuItem item = new MenuItem(messages.get("export.as", format.label()));
            item.setId(idPrefix + "-export-" + format.extension());
            item.setOnAction(event -> export(TableSnapshot.of(table), format, fileStem));
            menu.getItems().add(item);
        }
        menu.disableProperty().bind(javafx.beans.binding.Bindings.isEmpty(table.getItems()));
        return menu;
    }

    private void export(TableData data, ExportFormat format, String fileStem) {
        String suggested = fileStem.toLowerCase(Locale.ROOT).replaceAll("[^a-z0-9-]+", "-") + "-"
                + STAMP.format(clock.instant().atZone(ZoneId.systemDefault())) + "." + format.extension();
        dialogs.chooseExportFile(suggested, format).ifPresent(path -> exports.export(data, format, path)
                .onSuccess(rows -> dialogs.notify(messages.get("export.done", rows, fileName(path))))
                .onFailure(problem -> dialogs.notify(messages.get("export.failed", problem.title(), problem.hint()))));
    }

    private static String fileName(Path path) {
        return path.getFileName() == null ? path.toString() : path.getFileName().toString();
    }
}
