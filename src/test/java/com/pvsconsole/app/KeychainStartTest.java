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
import com.pvsconsole.service.settings.SettingsStore;
import java.nio.file.Files;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import javafx.scene.control.DialogPane;
import org.junit.jupiter.api.Test;
import org.testfx.api.FxRobot;
import org.testfx.util.WaitForAsyncUtils;

/**
 * What start-up says about the keychain. A keychain that is slow to answer (D-Bus activation, an
 * unlock prompt the user has not answered) no longer holds the window: the console opens, and says
 * what the keychain decided when it does. One that decided before the window opened is told in the
 * same dialog as the other start-up notices.
 */
class KeychainStartTest extends ConsoleOnSimulatorTest {

    /** The keychain's answer: it stays silent until this is counted down, then fails. */
    private final CountDownLatch answered = new CountDownLatch(1);

    private void saveAnAccount() throws Exception {
        StartupState saved = app.load(Map.of(), List.of(), ConsoleFixture.keychain(new FakeKeychain()));
        saved.accounts().add(AccountProfile.newIbmCloud("Prod", null, null, null, null), Secret.of(REAL_KEY));
    }

    /** Opens the console on the demo beside a saved account while the keychain is silent. */
    private StartupState openWhileTheKeychainIsSilent(FxRobot robot) throws Exception {
        app = new ConsoleFixture(home, stage, robot);
        saveAnAccount();
        StartupState state = app.load(Map.of(), List.of(StartupConfigResolver.DEMO_FLAG), new SecretStoreFactory(() -> {
            answered.await();
            throw new IllegalStateException("the collection is locked");
        }, Duration.ofSeconds(60)));
        app.open(state);
        waitUntil(() -> ConsoleFixture.accountShown(robot, "Demo account"));
        return state;
    }

    @Test
    void should_open_before_the_keychain_answers_and_tell_the_user_when_it_turns_out_unusable(FxRobot robot)
            throws Exception {
        // given a saved account, when the console starts on the demo while the keychain is silent
        StartupState state = openWhileTheKeychainIsSilent(robot);

        // then the demo is open with no notice yet
        assertThat(state.keychainNotice()).isNotDone();
        assertThat(robot.lookup("#inform-dialog").tryQuery()).isEmpty();

        // when the keychain fails
        answered.countDown();

        // then the user learns that saved keys are kept for this session only
        waitUntil(() -> robot.lookup("#inform-dialog").tryQuery().isPresent());
        assertThat(robot.lookup("#inform-dialog").queryAs(DialogPane.class).getContentText())
                .contains("for this session only");
    }

    @Test
    void should_tell_a_keychain_decided_before_the_window_in_the_one_start_up_dialog(FxRobot robot) throws Exception {
        // given a saved account, no usable keychain and a damaged settings file
        app = new ConsoleFixture(home, stage, robot);
        saveAnAccount();
        Files.writeString(app.dirs.config().resolve(SettingsStore.FILE_NAME), "{not json");
        StartupState state = app.load(Map.of(), List.of(StartupConfigResolver.DEMO_FLAG), ConsoleFixture.noKeychain());
        state.keychainNotice().toCompletableFuture().get(10, TimeUnit.SECONDS); // decided first, the usual case

        // when the console opens
        app.open(state);

        // then one dialog says both
        waitUntil(() -> robot.lookup("#inform-dialog").tryQuery().isPresent());
        WaitForAsyncUtils.waitForFxEvents();
        assertThat(robot.lookup("#inform-dialog").queryAll()).hasSize(1);
        assertThat(robot.lookup("#inform-dialog").queryAs(DialogPane.class).getContentText())
                .contains("settings file was damaged").contains("for this session only");
    }

    @Test
    void should_not_open_a_dialog_when_the_keychain_answers_after_the_console_closed(FxRobot robot)
            throws Exception {
        // given a console opened on the demo beside a saved account while the keychain is silent
        openWhileTheKeychainIsSilent(robot);

        // when the console closes, then the keychain fails
        app.close();
        app = null;
        answered.countDown();
        for (Thread thread : Thread.getAllStackTraces().keySet()) {
            if (thread.getName().equals("keychain-select")) {
                thread.join(10_000); // it hands the notice to the UI thread before it ends
            }
        }
        WaitForAsyncUtils.waitForFxEvents();

        // then no dialog opens for a console that is gone
        assertThat(robot.lookup("#inform-dialog").tryQuery()).isEmpty();
    }
}
