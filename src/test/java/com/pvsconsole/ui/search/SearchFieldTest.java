package com.pvsconsole.ui.search;

import static org.assertj.core.api.Assertions.assertThat;

import com.pvsconsole.api.region.RegionCatalog;
import com.pvsconsole.service.search.SearchLanguage;
import com.pvsconsole.service.search.Searchable;
import com.pvsconsole.service.search.ServerSearch;
import com.pvsconsole.ui.common.Messages;
import com.pvsconsole.ui.common.ThemeSwitcher;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.TimeUnit;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;
import javafx.collections.transformation.FilteredList;
import javafx.scene.Scene;
import javafx.scene.control.ListView;
import javafx.scene.input.KeyCode;
import javafx.scene.layout.VBox;
import javafx.stage.Stage;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;
import org.testfx.util.WaitForAsyncUtils;

@ExtendWith(ApplicationExtension.class)
class SearchFieldTest {

    record Row(String name, String id, List<String> ips, String os, String status, String health, String region,
               String workspace, String systemType, double processors, double memoryGb) implements Searchable {
        static Row of(String name, String status, String region) {
            return new Row(name, "id-" + name, List.of("10.0.0." + name.length()), "aix", status, "OK", region,
                    "prod", "s922", 1, 8);
        }
    }

    private final ObservableList<Searchable> rows = FXCollections.observableArrayList(
            Row.of("web-01", "ACTIVE", "eu-de-1"), Row.of("web-02", "ERROR", "lon06"), Row.of("db-01", "ERROR", "dal10"));
    private SearchModel<Searchable> model;
    private FilteredList<Searchable> shown;
    private SearchField search;

    @Start
    void start(Stage stage) {
        model = new SearchModel<>(new SearchLanguage<>(ServerSearch.scope(), RegionCatalog.loadDefault()));
        shown = model.filter(rows);
        search = new SearchField("servers-search", model, new Messages(Locale.ROOT));
        ListView<Searchable> list = new ListView<>(shown);
        // the console's theme and stylesheet, whose rows are taller than JavaFX's default ones
        new ThemeSwitcher(false);
        Scene scene = new Scene(new VBox(8, search, list), 700, 400);
        scene.getStylesheets().add(ThemeSwitcher.consoleStylesheet());
        stage.setScene(scene);
        stage.show();
    }

    @Test
    void should_filter_as_the_user_types_and_clear_on_escape(FxRobot robot) {
        // when a query is typed
        robot.clickOn("#servers-search").write("status:error web");
        WaitForAsyncUtils.waitForFxEvents();
        // then only matching rows remain, in the model too
        assertThat(shown).extracting(Searchable::name).containsExactly("web-02");
        assertThat(model.textProperty().get()).isEqualTo("status:error web");

        // when Escape is pressed (no completions are open after a free-text word)
        robot.push(KeyCode.ESCAPE);
        // then the box is cleared and every row is back
        assertThat(search.field().getText()).isEmpty();
        assertThat(shown).hasSize(3);
    }

    @Test
    void should_mark_an_invalid_term_with_its_reason_and_apply_the_rest(FxRobot robot) {
        robot.interact(() -> model.textProperty().set("web proc>=abc"));

        assertThat(search.errorText()).contains("'abc' is not a number");
        assertThat(robot.lookup("#servers-search-error").queryLabeled().isVisible()).isTrue();
        assertThat(search.field().getPseudoClassStates()).anyMatch(p -> p.getPseudoClassName().equals("danger"));
        // the tooltip names the whole term, not only its value, then the reason
        assertThat(search.field().getTooltip().getText()).startsWith("'proc>=abc': ")
                .contains("'abc' is not a number");
        assertThat(shown).extracting(Searchable::name).containsExactly("web-01", "web-02");

        robot.interact(() -> model.textProperty().set("web"));
        assertThat(search.errorText()).isEmpty();
        assertThat(search.field().getTooltip().getText()).doesNotContain("abc");
    }

    @Test
    void should_name_each_invalid_term_whole_in_the_tooltip(FxRobot robot) {
        // when two terms are invalid, one of them negated
        robot.interact(() -> model.textProperty().set("mem>=lots web -colour:red"));

        // then the tooltip has one line per term, each naming the term as typed and its reason
        assertThat(search.field().getTooltip().getText().lines().toList()).satisfiesExactly(
                line -> assertThat(line).startsWith("'mem>=lots': ").contains("'lots' is not a number"),
                line -> assertThat(line).startsWith("'-colour:red': ").contains("unknown key 'colour'"));
    }

    @Test
    void should_prompt_in_a_few_words_and_list_the_pages_terms_in_the_tooltip() {
        // the prompt fits the toolbar at 1024 and 1280 px; the terms this page's rows can be searched by are in the tooltip
        assertThat(search.field().getPromptText()).hasSizeLessThanOrEqualTo(10);
        assertThat(search.field().getTooltip().getText())
                .contains("status:", "health:", "region:", "ws:", "os:", "type:", "proc>=n", "mem>=n")
                .doesNotContain("size>=n", "tier:"); // volume keys: not on a servers page
    }

    @Test
    void should_clear_with_the_clear_button(FxRobot robot) {
        robot.interact(() -> model.textProperty().set("db"));
        assertThat(shown).hasSize(1);

        robot.clickOn("#servers-search-clear");

        assertThat(model.textProperty().get()).isEmpty();
        assertThat(shown).hasSize(3);
    }

    @Test
    void should_complete_a_key_then_a_value_the_rows_hold(FxRobot robot) throws Exception {
        // when the start of a key is typed
        robot.clickOn("#servers-search").write("stat");
        robot.press(KeyCode.DOWN).release(KeyCode.DOWN); // completions open on request
        WaitForAsyncUtils.waitFor(5, TimeUnit.SECONDS, () -> robot.lookup("#servers-search-completions").tryQuery()
                .map(n -> n.getScene().getWindow().isShowing()).orElse(false));
        ListView<?> offered = robot.lookup("#servers-search-completions").queryListView();
        assertThat(offered.getItems()).hasSize(1);

        // and accepted with Enter, then a value started
        robot.push(KeyCode.ENTER);
        WaitForAsyncUtils.waitForFxEvents();
        assertThat(search.field().getText()).isEqualTo("status:");
        robot.write("e");
        WaitForAsyncUtils.waitForFxEvents();

        // then the value the rows hold is offered, and Enter takes it
        robot.push(KeyCode.ENTER);
        WaitForAsyncUtils.waitForFxEvents();
        assertThat(search.field().getText()).isEqualTo("status:ERROR");
        assertThat(shown).extracting(Searchable::name).containsExactly("web-02", "db-01");
    }

    @Test
    void should_show_up_to_eight_completions_whole_sized_to_them(FxRobot robot) throws Exception {
        // when completions are asked for in an empty box: every key of the page, more than eight
        robot.clickOn("#servers-search");
        robot.press(KeyCode.CONTROL, KeyCode.SPACE).release(KeyCode.SPACE, KeyCode.CONTROL);
        ListView<?> offered = waitForCompletions(robot);
        assertThat(offered.getItems()).hasSizeGreaterThan(8);

        // then eight rows show whole
        assertThat(wholeRows(offered)).isEqualTo(8);

        // and when a key with two values is typed (the list closes on the whole key) and asked again,
        // the list shrinks to those two, both whole
        robot.write("status:");
        robot.press(KeyCode.DOWN).release(KeyCode.DOWN);
        WaitForAsyncUtils.waitForFxEvents();
        assertThat(offered.getItems()).hasSize(2);
        WaitForAsyncUtils.waitFor(5, TimeUnit.SECONDS, () -> wholeRows(offered) == 2
                && offered.getHeight() < 3 * offered.getFixedCellSize());
    }

    private static ListView<?> waitForCompletions(FxRobot robot) throws Exception {
        WaitForAsyncUtils.waitFor(5, TimeUnit.SECONDS, () -> robot.lookup("#servers-search-completions").tryQuery()
                .map(n -> n.getScene().getWindow().isShowing()).orElse(false));
        WaitForAsyncUtils.waitForFxEvents();
        return robot.lookup("#servers-search-completions").queryListView();
    }

    /** Rows of the list shown from their top to their bottom inside it, not cut by its edge. */
    private static long wholeRows(ListView<?> list) {
        javafx.geometry.Bounds view = list.localToScene(list.getLayoutBounds());
        return list.lookupAll(".list-cell").stream().map(javafx.scene.control.ListCell.class::cast)
                .filter(cell -> cell.isVisible() && !cell.isEmpty() && cell.getItem() != null)
                .map(cell -> cell.localToScene(cell.getLayoutBounds()))
                .filter(cell -> cell.getMinY() >= view.getMinY() - 0.5 && cell.getMaxY() <= view.getMaxY() + 0.5)
                .count();
    }
}
