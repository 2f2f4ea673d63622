package com.pvsconsole.ui.resources;

import atlantafx.base.controls.Spacer;
import atlantafx.base.theme.Styles;
import com.pvsconsole.ui.common.Icons;
import com.pvsconsole.ui.common.Messages;
import com.pvsconsole.ui.common.ProblemBanner;
import com.pvsconsole.ui.dialog.DialogService;
import com.pvsconsole.ui.export.ExportMenu;
import com.pvsconsole.ui.search.SearchField;
import java.util.ArrayList;
import java.util.List;
import javafx.beans.binding.Bindings;
import javafx.beans.value.ObservableBooleanValue;
import javafx.collections.ObservableList;
import javafx.geometry.Insets;
import javafx.geometry.Orientation;
import javafx.geometry.Pos;
import javafx.scene.Node;
import javafx.scene.control.Button;
import javafx.scene.control.Label;
import javafx.scene.control.ProgressIndicator;
import javafx.scene.control.SplitPane;
import javafx.scene.control.TableView;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.VBox;
import org.kordamp.ikonli.materialdesign2.MaterialDesignR;

/**
 * The layout every managed resource page shares: title with count, search box, busy spinner and Refresh;
 * an action bar; the notice line and the problem banner; the table above its details pane.
 * Node ids derive from {@code id} ({@code volumes-refresh}, {@code volumes-notice}, ...).
 */
public final class ResourcePageFrame {

    private ResourcePageFrame() {
    }

    /**
     * The page's action buttons followed by its Export menu (CSV/JSON of the rows shown), where the
     * window offers export; tests that build a page without one get the buttons alone.
     */
    public static List<Node> withExport(List<? extends Node> actions, ExportMenu export, String id, TableView<?> table) {
        List<Node> all = new ArrayList<>(actions);
        if (export != null) {
            all.add(export.forTable(id, id, table));
        }
        return all;
    }

    /**
     * @param search the page's search box, or null: it goes in the title row, which has room for
     *               it at any window width (in the action bar it was pushed out of a 1024 px window)
     */
    public static VBox build(String id, String title, ObservableList<?> rows, PageStatus status,
                             ObservableBooleanValue loading, Runnable refresh, SearchField search,
                             List<? extends Node> actions, Node table, Node details, DialogService dialogs,
                             Messages messages) {
        HBox header = header(id, title, rows, Bindings.createBooleanBinding(
                () -> loading.get() || status.busyProperty().get(), loading, status.busyProperty()), refresh, search,
                messages);

        HBox actionBar = new HBox(6);
        actionBar.setId(id + "-actions");
        actionBar.getChildren().setAll(actions);
        actionBar.setAlignment(Pos.CENTER_LEFT);

        Label notice = new Label();
        notice.setId(id + "-notice");
        notice.setWrapText(true);
        notice.getStyleClass().addAll(Styles.TEXT_SMALL, "page-notice");
        notice.textProperty().bind(status.noticeProperty());
        notice.visibleProperty().bind(status.noticeProperty().isNotEmpty());
        notice.managedProperty().bind(notice.visibleProperty());
        status.refusalProperty().addListener((obs, old, refused) -> {
            notice.getStyleClass().remove("page-refusal");
            if (refused) {
                notice.getStyleClass().add("page-refusal");
            }
        });
        ProblemBanner banner = new ProblemBanner(id, status.problemProperty(), status::dismissProblem, dialogs, messages);

        SplitPane split = new SplitPane(table, details);
        split.setOrientation(Orientation.VERTICAL);
        split.setDividerPositions(0.6);
        SplitPane.setResizableWithParent(details, false);
        VBox.setVgrow(split, Priority.ALWAYS);

        VBox page = new VBox(8, header, actionBar, notice, banner, split);
        page.setId(id + "-page");
        page.setPadding(new Insets(10, 12, 6, 12));
        return page;
    }

    /**
     * The title row of a resource page: title and count on the left, then the invalid query's
     * reason, the search box, the busy spinner and Refresh on the right. Pages that do not use
     * {@link #build} (Images, with its two tabs) use it too, so every search box sits in one place.
     *
     * @param rows   the rows counted beside the title, or null for no count
     * @param search the page's search box, or null
     */
    public static HBox header(String id, String title, ObservableList<?> rows, ObservableBooleanValue busy,
                              Runnable refresh, SearchField search, Messages messages) {
        Label heading = new Label(title);
        heading.getStyleClass().add(Styles.TITLE_4);
        ProgressIndicator spinner = new ProgressIndicator(-1);
        spinner.setPrefSize(18, 18);
        spinner.visibleProperty().bind(busy);
        Button reload = new Button(messages.get("instances.refresh"), Icons.icon(MaterialDesignR.REFRESH));
        reload.setId(id + "-refresh");
        reload.setOnAction(event -> refresh.run());
        Spacer gap = new Spacer();
        HBox header = new HBox(10, heading, gap, spinner, reload);
        List<javafx.scene.layout.Region> whole = new ArrayList<>(List.of(heading, reload));
        if (rows != null) {
            Label count = new Label();
            count.setId(id + "-count");
            count.getStyleClass().add(Styles.TEXT_MUTED);
            count.textProperty().bind(Bindings.size(rows).asString());
            header.getChildren().add(1, count);
            whole.add(count);
        }
        if (search != null) {
            header.getChildren().add(header.getChildren().indexOf(spinner), search);
            // An invalid query's reason goes left of the gap, not beside the box: there it pushed the
            // box left under the cursor as it appeared and grew. It is cut first when room runs out.
            header.getChildren().add(header.getChildren().indexOf(gap), search.detachError());
        }
        // The search box gives way (its error text first shrinks, the reasons stay in its tooltip);
        // the title, the count and Refresh keep their whole text.
        for (javafx.scene.layout.Region region : whole) {
            region.setMinWidth(javafx.scene.layout.Region.USE_PREF_SIZE);
        }
        header.setAlignment(Pos.CENTER_LEFT);
        return header;
    }
}
