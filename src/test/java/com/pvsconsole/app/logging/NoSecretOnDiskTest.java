package com.pvsconsole.app.logging;

import static org.assertj.core.api.Assertions.assertThat;

import ch.qos.logback.classic.Logger;
import ch.qos.logback.classic.LoggerContext;
import ch.qos.logback.classic.util.LogbackMDCAdapter;
import com.pvsconsole.service.accounts.AccountCredentials;
import com.pvsconsole.service.accounts.AccountProfile;
import com.pvsconsole.service.accounts.Secret;
import com.pvsconsole.service.accounts.SecretStoreFactory;
import com.pvsconsole.service.accounts.StartupConfigResolver;
import com.pvsconsole.service.accounts.StartupLoader;
import com.pvsconsole.service.accounts.StartupState;
import com.pvsconsole.service.settings.AppDirectories;
import com.pvsconsole.service.settings.OperatingSystem;
import com.pvsconsole.service.settings.Theme;
import com.pvsconsole.testsupport.SecretScanner;
import java.nio.file.Path;
import java.time.Clock;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The wiring the app uses (StartupLoader with LogControl as the masker, the real logging set-up, ConsoleLogConfigurator):
 * keys that pass through the key store are masked even where code logs them bare, and none
 * reaches the config or log folder.
 */
class NoSecretOnDiskTest {

    private static final String STORED_KEY = "Zq7storedKeyWithNoTelltaleShape";
    private static final String ENV_KEY = "Wp3environmentKeyNoShapeEither";

    @TempDir
    Path home;

    @Test
    void should_keep_every_key_out_of_config_and_log_files_during_a_session() throws Exception {
        AppDirectories dirs = AppDirectories.resolve(OperatingSystem.LINUX, Map.of(), home, null).createAll();
        LoggerContext logging = startLogging(dirs.logs());
        LogControl logControl = new LogControl(logging);
        Logger log = logging.getLogger("com.pvsconsole.service.Careless");
        SecretStoreFactory noKeychain = new SecretStoreFactory(() -> {
            throw new IllegalStateException("headless");
        });

        StartupState first = new StartupLoader(dirs, new StartupConfigResolver(Map.of()), noKeychain, logControl,
                Clock.systemUTC()).load(List.of());
        AccountProfile prod = AccountProfile.newIbmCloud("Prod", null, null, null, null);
        first.accounts().add(prod, Secret.of(STORED_KEY));
        AccountCredentials credentials = first.accounts().credentials(prod.id()).orElseThrow();
        log.info("signing in with {}", credentials.key().reveal());
        first.settingsStore().save(first.settings().withLocation(prod.id(), "dal10", null, "ws-1").withTheme(Theme.DARK));

        StartupState second = new StartupLoader(dirs, new StartupConfigResolver(Map.of("PVS_CONSOLE_API_KEY", ENV_KEY)),
                noKeychain, logControl, Clock.systemUTC()).load(List.of("--debug-http"));
        logControl.setHttpTrace(second.config().httpTrace());
        logging.getLogger("com.pvsconsole.api.http.CallExecutor").debug("POST /identity/token body {}", ENV_KEY);
        second.settingsStore().save(second.settings());
        logging.stop();

        assertThat(SecretScanner.filesContaining(home, STORED_KEY, ENV_KEY)).isEmpty();
        assertThat(SecretScanner.filesContaining(home, "signing in with " + LogRedactor.MASK,
                "body " + LogRedactor.MASK)).containsExactly(dirs.logs().resolve("pvs-console.log"));
    }

    private static LoggerContext startLogging(Path logDir) throws Exception {
        LoggerContext context = new LoggerContext();
        context.setMDCAdapter(new LogbackMDCAdapter());
        context.putProperty(LogSetup.LOG_DIR_PROPERTY, logDir.toString());
        ConsoleLogConfigurator.apply(context);
        return context;
    }
}
