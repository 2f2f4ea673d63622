package com.pvsconsole.app;

import static com.pvsconsole.testsupport.ConsoleFixture.waitUntil;
import static org.assertj.core.api.Assertions.assertThat;

import com.pvsconsole.service.accounts.AccountProfile;
import com.pvsconsole.service.accounts.FakeKeychain;
import com.pvsconsole.service.accounts.Secret;
import com.pvsconsole.service.accounts.SecretStoreFactory;
import com.pvsconsole.service.accounts.StartupConfigResolver;
import com.pvsconsole.service.accounts.StartupState;
import com.pvsconsole.testsupport.ConsoleFixture;
import com.pvsconsole.testsupport.SecretScanner;
import com.pvsconsole.ui.shell.Page;
import java.util.List;
import java.util.Map;
import javafx.scene.Node;
import javafx.scene.control.Label;
import javafx.scene.control.TextField;
import org.junit.jupiter.api.Test;
import org.testfx.api.FxRobot;

/**
 * A key IBM Cloud refuses, as a new user (or an account whose key was deleted) meets it: every
 * resource page says so with IAM's reason and the way out, not "No instances in this workspace",
 * and another key opens the workspaces without a restart. Against the simulator as IAM and Power VS.
 */
class RefusedKeyWindowTest extends ConsoleOnSimulatorTest {

    private static final String REFUSED_KEY = "wrong-key-123-refused";

    private static String text(FxRobot robot, String query) {
        return robot.lookup(query).queryAs(Label.class).getText();
    }

    private static boolean showing(FxRobot robot, String query) {
        return robot.lookup(query).tryQuery().map(Node::isVisible).orElse(false);
    }

    /** Every label of the page area that is on screen, for what it must not claim. */
    private static List<String> visibleTexts(FxRobot robot) {
        return robot.lookup(".label").queryAllAs(Label.class).stream().filter(RefusedKeyWindowTest::onScreen)
                .map(Label::getText).filter(t -> t != null).toList();
    }

    private static boolean onScreen(Node node) {
        for (Node n = node; n != null; n = n.getParent()) {
            if (!n.isVisible()) {
                return false;
            }
        }
        return node.getScene() != null;
    }

    private void assertBannerInsteadOfEmptyPage(FxRobot robot) throws Exception {
        waitUntil(() -> showing(robot, "#key-refused-banner"));
        assertThat(text(robot, "#key-problem-title")).contains("API key not accepted");
        assertThat(text(robot, "#key-problem-hint")).contains("Create a new API key");
        assertThat(text(robot, "#key-problem-server")).contains("could not be found");
        for (Page page : List.of(Page.INSTANCES, Page.ALL_SERVERS, Page.VOLUMES, Page.NETWORKS)) {
            app.show(page);
            assertThat(showing(robot, "#key-refused-banner")).as(page.key()).isTrue();
            assertThat(visibleTexts(robot)).as(page.key())
                    .noneMatch(t -> t.contains("in this workspace") || t.contains(REFUSED_KEY));
        }
        app.show(Page.INSTANCES);
    }

    private void assertServersAppear(FxRobot robot) throws Exception {
        waitUntil(() -> !showing(robot, "#key-refused-banner") && app.window() != null
                && app.shell().workspaceProperty().get() != null);
        app.show(Page.INSTANCES);
        waitUntil(() -> robot.lookup("#instance-table").tryQuery().isPresent()
                && !robot.lookup("#instance-table").queryTableView().getItems().isEmpty());
    }

    @Test
    void should_show_why_for_a_refused_environment_key_and_open_the_workspaces_with_another_key_for_this_run(
            FxRobot robot) throws Exception {
        // given the console started with a PVS_CONSOLE_API_KEY that IAM refuses
        app = new ConsoleFixture(home, stage, robot);
        app.open(app.load(Map.of(StartupConfigResolver.API_KEY_ENV, REFUSED_KEY,
                StartupConfigResolver.IAM_URL_ENV, sim.iamUrl(),
                StartupConfigResolver.API_URL_ENV, sim.regionUrlTemplate()), List.of(), ConsoleFixture.noKeychain()));

        // then the pages say the key was refused, with IAM's reason and the hint, where the key comes from
        assertBannerInsteadOfEmptyPage(robot);
        assertThat(text(robot, "#key-problem-note")).contains("PVS_CONSOLE_API_KEY");
        // and Retry with the same key asks again and says so (refused again, at once)
        robot.clickOn("#key-problem-retry");
        waitUntil(() -> !robot.lookup("#key-problem-retry").query().isDisabled());
        assertThat(showing(robot, "#key-refused-banner")).isTrue();

        // when the user enters the right key for this run
        robot.clickOn("#key-problem-fix");
        waitUntil(() -> robot.lookup("#api-key-field").tryQuery().isPresent());
        robot.interact(() -> robot.lookup("#api-key-field").queryAs(TextField.class).setText(" " + REAL_KEY + " "));
        robot.clickOn("#api-key-use");

        // then the dialog closes, the servers appear without a restart, and the key was written nowhere
        waitUntil(() -> robot.lookup("#api-key-dialog").tryQuery().isEmpty());
        assertServersAppear(robot);
        assertThat(SecretScanner.filesContaining(home, REAL_KEY)).isEmpty();
    }

    @Test
    void should_keep_a_refused_new_key_in_the_dialog_and_replace_a_saved_accounts_key_once_accepted(FxRobot robot)
            throws Exception {
        // given a saved account whose stored key IBM Cloud no longer accepts
        FakeKeychain keychain = new FakeKeychain();
        SecretStoreFactory keys = ConsoleFixture.keychain(keychain);
        app = new ConsoleFixture(home, stage, robot);
        StartupState first = app.load(Map.of(), List.of(), keys);
        AccountProfile prod = AccountProfile.newIbmCloud("Prod", null, sim.iamUrl(), sim.regionUrlTemplate(), null);
        first.accounts().add(prod, Secret.of(REFUSED_KEY));
        app.open(app.load(Map.of(), List.of(), keys));

        // then the pages say the key was refused and offer a new key for that account
        assertBannerInsteadOfEmptyPage(robot);
        assertThat(text(robot, "#key-problem-note")).contains("Prod");

        // when the user tries another wrong key
        robot.clickOn("#key-problem-fix");
        waitUntil(() -> robot.lookup("#api-key-field").tryQuery().isPresent());
        robot.interact(() -> robot.lookup("#api-key-field").queryAs(TextField.class).setText("still-wrong-key"));
        robot.clickOn("#api-key-use");

        // then the dialog says why and keeps what was typed; the saved key is unchanged
        waitUntil(() -> showing(robot, "#api-key-problem"));
        assertThat(text(robot, "#api-key-problem-hint")).contains("Create a new API key");
        assertThat(robot.lookup("#api-key-field").queryAs(TextField.class).getText()).isEqualTo("still-wrong-key");
        assertThat(first.accounts().keyOf(prod.id()).map(Secret::reveal)).contains(REFUSED_KEY);

        // when the user enters the right key
        robot.interact(() -> robot.lookup("#api-key-field").queryAs(TextField.class).setText(REAL_KEY));
        robot.clickOn("#api-key-use");

        // then the servers appear without a restart and the account keeps the new key
        waitUntil(() -> robot.lookup("#api-key-dialog").tryQuery().isEmpty());
        assertServersAppear(robot);
        assertThat(first.accounts().keyOf(prod.id()).map(Secret::reveal)).contains(REAL_KEY);
        assertThat(SecretScanner.filesContaining(home, REAL_KEY)).isEmpty();
    }
}
