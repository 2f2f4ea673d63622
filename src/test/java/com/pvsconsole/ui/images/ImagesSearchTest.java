package com.pvsconsole.ui.images;

import static org.assertj.core.api.Assertions.assertThat;

import com.pvsconsole.api.model.ImageReference;
import com.pvsconsole.service.export.ExportService;
import com.pvsconsole.service.images.ImageService;
import com.pvsconsole.service.workspace.WorkspaceTasks;
import com.pvsconsole.ui.common.Messages;
import com.pvsconsole.ui.export.ExportMenu;
import com.pvsconsole.ui.support.ScriptedDialogs;
import com.pvsconsole.testsupport.SimulatedWorkspace;
import java.time.Clock;
import java.time.Duration;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Locale;
import java.util.Objects;
import javafx.scene.Scene;
import javafx.scene.control.TableView;
import javafx.stage.Stage;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;
import org.testfx.util.WaitForAsyncUtils;

/** The Images page's filter box narrows both image tables with the search language (real simulator). */
@ExtendWith(ApplicationExtension.class)
class ImagesSearchTest {

    private final Messages messages = new Messages(Locale.ROOT);
    private SimulatedWorkspace ws;

    @Start
    void start(Stage stage) {
        ws = SimulatedWorkspace.start(0.01);
        ScriptedDialogs dialogs = new ScriptedDialogs();
        ImageService service = new ImageService(ws.client(), new WorkspaceTasks(ws.executor()),
                Duration.ofMillis(20), Duration.ofSeconds(10));
        ws.open();
        ImagesViewModel model = new ImagesViewModel(ws.inventory(), ws.scope(), service);
        ImageActionsViewModel actions = new ImageActionsViewModel(model, service, dialogs, messages);
        ExportMenu export = new ExportMenu(new ExportService(ws.executor()), dialogs, messages, Clock.systemUTC());
        stage.setScene(new Scene(new ImagesView(model, actions, export, dialogs, messages, ZoneOffset.UTC).root(),
                1100, 700));
        stage.show();
    }

    @AfterEach
    void close() {
        ws.close();
    }

    private static String os(ImageReference image) {
        return image.specifications() == null ? null : image.specifications().operatingSystem();
    }

    private List<ImageReference> stock(FxRobot robot) {
        TableView<ImageReference> table = robot.lookup("#stock-images-table").queryTableView();
        return List.copyOf(table.getItems());
    }

    @Test
    void should_filter_the_images_by_a_typed_os_term(FxRobot robot) {
        // given the stock catalogue, with more than one operating system
        List<ImageReference> all = stock(robot);
        List<String> systems = all.stream().map(ImagesSearchTest::os).filter(Objects::nonNull).distinct().toList();
        assertThat(systems).hasSizeGreaterThan(1);
        String wanted = systems.get(0);

        // when an os: term is typed
        robot.clickOn("#images-filter").write("os:" + wanted + " ");
        WaitForAsyncUtils.waitForFxEvents();

        // then only images of that system are listed
        assertThat(stock(robot)).isNotEmpty().hasSizeLessThan(all.size())
                .allSatisfy(image -> assertThat(os(image)).containsIgnoringCase(wanted));

        // and a negation shows the others
        robot.interact(() -> robot.lookup("#images-filter").queryTextInputControl().setText("-os:" + wanted));
        assertThat(stock(robot)).isNotEmpty().noneSatisfy(image -> assertThat(os(image)).isEqualTo(wanted));
    }
}
