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
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CountDownLatch;
import javafx.scene.control.DialogPane;
import org.junit.jupiter.api.Test;
import org.testfx.api.FxRobot;

/**
 * A keychain that is slow to answer (D-Bus activation, an unlock prompt the user has not answered)
 * no longer holds the window: the console opens, and says what the keychain decided when it does.
 */
class SlowKeychainStartTest extends ConsoleOnSimulatorTest {

    @Test
    void should_open_before_the_keychain_answers_and_tell_the_user_when_it_turns_out_unusable(FxRobot robot)
            throws Exception {
        // given a saved account, and a keychain that stays silent until the test lets it fail
        app = new ConsoleFixture(home, stage, robot);
        StartupState saved = app.load(Map.of(), List.of(), ConsoleFixture.keychain(new FakeKeychain()));
        saved.accounts().add(AccountProfile.newIbmCloud("Prod", null, null, null, null), Secret.of(REAL_KEY));
        CountDownLatch answered = new CountDownLatch(1);
        SecretStoreFactory silent = new SecretStoreFactory(() -> {
            answered.await();
            throw new IllegalStateException("the collection is locked");
        }, Duration.ofSeconds(60));

        // when the console starts on the demo while the keychain is silent
        StartupState state = app.load(Map.of(), List.of(StartupConfigResolver.DEMO_FLAG), silent);
        app.open(state);

        // then the demo opens with no notice yet
        waitUntil(() -> ConsoleFixture.accountShown(robot, "Demo account"));
        assertThat(state.keychainNotice()).isNotDone();
        assertThat(robot.lookup("#inform-dialog").tryQuery()).isEmpty();

        // when the keychain fails
        answered.countDown();

        // then the user learns that saved keys are kept for this session only
        waitUntil(() -> robot.lookup("#inform-dialog").tryQuery().isPresent());
        assertThat(robot.lookup("#inform-dialog").queryAs(DialogPane.class).getContentText())
                .contains("for this session only");
    }
}
