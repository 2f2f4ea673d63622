package com.pvsconsole.ui.sshkeys;

import atlantafx.base.theme.Styles;
import com.pvsconsole.ui.common.Messages;
import com.pvsconsole.ui.common.View;
import com.pvsconsole.ui.dialog.DialogService;
import com.pvsconsole.ui.resources.DetailsGrid;
import com.pvsconsole.ui.export.ExportMenu;
import com.pvsconsole.ui.resources.ResourcePageFrame;
import com.pvsconsole.ui.resources.ResourceTables;
import com.pvsconsole.ui.search.SearchField;
import java.util.List;
import java.util.function.Function;
import javafx.collections.ListChangeListener;
import javafx.collections.transformation.SortedList;
import javafx.scene.Node;
import javafx.scene.control.Button;
import javafx.scene.control.TableColumn;
import javafx.scene.control.TableView;
import javafx.scene.layout.VBox;
import org.kordamp.ikonli.materialdesign2.MaterialDesignD;
import org.kordamp.ikonli.materialdesign2.MaterialDesignP;

/** The SSH keys page: the account's keys with fingerprints, add and delete. */
public final class SshKeysView extends View<VBox> {

    private final SshKeysViewModel model;
    private final DialogService dialogs;
    private final Messages messages;
    private ExportMenu export;
    private TableView<KeyLine> table;
    private DetailsGrid details;
    private Button add;
    private Button delete;

    public SshKeysView(SshKeysViewModel model, DialogService dialogs, Messages messages) {
        this.model = model;
        this.dialogs = dialogs;
        this.messages = messages;
    }

    /** Adds an Export menu (CSV/JSON of the shown rows) to the page's actions. */
    public SshKeysView exportWith(ExportMenu menu) {
        this.export = menu;
        return this;
    }

    @Override
    protected VBox createView() {
        table = ResourceTables.table("ssh-keys-table", model.shownKeys(), messages.get("sshkey.none"));
        table.setContextMenu(new javafx.scene.control.ContextMenu(com.pvsconsole.ui.code.CopyAsCode.menuItem("ssh-key",
                model::copyAsCode, dialogs, messages)));
        SortedList<KeyLine> sorted = new SortedList<>(model.shownKeys());
        sorted.comparatorProperty().bind(table.comparatorProperty());
        table.setItems(sorted);
        table.getColumns().add(column("column.name", KeyLine::name, 180));
        table.getColumns().add(column("column.type", KeyLine::type, 90));
        table.getColumns().add(column("column.fingerprint", KeyLine::fingerprint, 400));
        table.getColumns().add(column("column.comment", KeyLine::comment, 160));
        table.getColumns().add(column("column.created", KeyLine::created, 160));
        details = new DetailsGrid("ssh-key-details", 3);
        VBox detailsPane = new VBox(details.grid());
        detailsPane.setMinHeight(100);
        add = ResourceTables.action("ssh-key-add", messages.get("sshkey.add"), MaterialDesignP.PLUS, Styles.ACCENT);
        delete = ResourceTables.action("ssh-key-delete", messages.get("action.delete"), MaterialDesignD.DELETE_OUTLINE,
                Styles.DANGER);
        List<Node> actions = ResourcePageFrame.withExport(List.of(add, delete), export, "ssh-keys", table);
        return ResourcePageFrame.build("ssh-keys", messages.get("nav.ssh-keys"), model.shownKeys(), model.status(),
                model.loadingProperty(), model::reload,
                new SearchField("ssh-keys-search", model.search(), messages).placeholderOf(table), actions, table,
                detailsPane, dialogs, messages);
    }

    @Override
    protected void initListeners() {
        // The store lists the keys only while this page is on screen.
        root().parentProperty().addListener((obs, old, now) -> model.setShown(now != null));
        table.getSelectionModel().selectedItemProperty().addListener((obs, old, key) -> model.select(key));
        model.selectedProperty().addListener((obs, old, key) -> showDetails(key));
        model.keys().addListener((ListChangeListener<KeyLine>) change -> showDetails(model.selectedProperty().get()));
        delete.disableProperty().bind(model.keySelectedProperty().not());
        add.setOnAction(event -> openAddForm());
        delete.setOnAction(event -> model.deleteSelected());
        showDetails(null);
    }

    private void openAddForm() {
        AddSshKeyForm form = model.newAddForm();
        if (dialogs.showForm("ssh-key-form", messages.get("sshkey.addTitle"),
                com.pvsconsole.ui.code.CopyAsCode.withButton(new AddSshKeyFormView(form, () -> model.loadKeyFile(form),
                        messages).root(), "ssh-key-form", () -> model.addCode(form), dialogs, messages),
                messages.get("sshkey.addConfirm"), form.validProperty())) {
            model.add(form);
        }
    }

    private void showDetails(KeyLine key) {
        details.clear();
        if (key == null || !model.keys().contains(key)) {
            details.add(messages.get("details.title"), messages.get("sshkey.selectOne"));
            return;
        }
        details.add(messages.get("column.name"), key.name());
        details.add(messages.get("column.type"), key.type());
        details.add(messages.get("column.fingerprint"), key.fingerprint());
        details.add(messages.get("column.comment"), key.comment());
        details.add(messages.get("column.created"), key.created());
        details.add(messages.get("sshkey.scope"), messages.get("sshkey.scopeAccount"));
    }

    private TableColumn<KeyLine, String> column(String key, Function<KeyLine, String> value, double width) {
        return ResourceTables.textColumn(messages.get(key), value, width);
    }
}
