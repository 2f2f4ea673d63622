package com.pvsconsole.app;

import static com.pvsconsole.testsupport.ConsoleFixture.waitUntil;
import static org.assertj.core.api.Assertions.assertThat;

import com.pvsconsole.testsupport.ConsoleFixture;
import com.pvsconsole.service.accounts.StartupConfigResolver;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;
import javafx.scene.Node;
import javafx.scene.control.MenuButton;
import javafx.scene.control.TableView;
import javafx.scene.text.Text;
import org.junit.jupiter.api.Test;
import org.testfx.api.FxRobot;

/** Labels and menus show data exactly: an underscore in an account name is not eaten as a mnemonic. */
class DataLabelsTest extends ConsoleOnSimulatorTest {

    @Test
    void should_show_the_environment_account_name_with_its_underscores(FxRobot robot) throws Exception {
        // given the console opened on the key from PVS_CONSOLE_API_KEY
        app = new ConsoleFixture(home, stage, robot);
        app.open(app.load(Map.of(StartupConfigResolver.API_KEY_ENV, REAL_KEY,
                StartupConfigResolver.IAM_URL_ENV, sim.iamUrl(),
                StartupConfigResolver.API_URL_ENV, sim.regionUrlTemplate()), List.of(), ConsoleFixture.noKeychain()));
        // (several workspaces: it opens on All servers)
        waitUntil(() -> robot.lookup("#servers-table").tryQuery().isPresent()
                && !robot.lookup("#servers-table").queryAs(TableView.class).getItems().isEmpty());

        // then the account menu draws the name as it is, underscores included
        MenuButton account = robot.lookup("#account-menu").queryAs(MenuButton.class);
        assertThat(account.getText()).contains("PVS_CONSOLE_API_KEY");
        assertThat(drawnTexts(account)).contains(account.getText());

        // and so does its entry in the open menu
        robot.clickOn(account);
        waitUntil(() -> robot.lookup(".menu-item").tryQuery().isPresent());
        Set<String> drawn = robot.lookup(".menu-item").queryAll().stream()
                .flatMap(item -> drawnTexts(item).stream()).collect(Collectors.toSet());
        assertThat(drawn).contains(account.getText());
        robot.press(javafx.scene.input.KeyCode.ESCAPE).release(javafx.scene.input.KeyCode.ESCAPE);
    }

    /** What the node's Text shapes actually draw (a mnemonic's underscore would be missing here). */
    private static Set<String> drawnTexts(Node node) {
        return node.lookupAll(".text").stream().filter(Text.class::isInstance)
                .map(text -> ((Text) text).getText()).collect(Collectors.toSet());
    }
}
