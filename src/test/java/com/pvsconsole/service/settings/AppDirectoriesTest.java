package com.pvsconsole.service.settings;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class AppDirectoriesTest {

    private static final Path HOME = Path.of("/home/ada");

    @Test
    void should_follow_xdg_defaults_on_linux() {
        AppDirectories dirs = AppDirectories.resolve(OperatingSystem.LINUX, Map.of(), HOME, null);

        assertThat(dirs.config()).isEqualTo(Path.of("/home/ada/.config/pvs-console"));
        assertThat(dirs.logs()).isEqualTo(Path.of("/home/ada/.local/state/pvs-console/logs"));
        assertThat(dirs.cache()).isEqualTo(Path.of("/home/ada/.cache/pvs-console"));
    }

    @Test
    void should_use_xdg_variables_when_absolute_and_ignore_relative_ones() {
        AppDirectories dirs = AppDirectories.resolve(OperatingSystem.LINUX,
                Map.of("XDG_CONFIG_HOME", "/cfg", "XDG_STATE_HOME", "relative/state", "XDG_CACHE_HOME", "/c"),
                HOME, null);

        assertThat(dirs.config()).isEqualTo(Path.of("/cfg/pvs-console"));
        assertThat(dirs.logs()).isEqualTo(Path.of("/home/ada/.local/state/pvs-console/logs"));
        assertThat(dirs.cache()).isEqualTo(Path.of("/c/pvs-console"));
    }

    @Test
    void should_use_appdata_folders_on_windows() {
        Path roaming = Path.of("R");
        Path local = Path.of("L");
        AppDirectories dirs = AppDirectories.resolve(OperatingSystem.WINDOWS,
                Map.of("APPDATA", roaming.toString(), "LOCALAPPDATA", local.toString()), HOME, null);

        assertThat(dirs.config()).isEqualTo(roaming.resolve("pvs-console"));
        assertThat(dirs.logs()).isEqualTo(local.resolve("pvs-console").resolve("logs"));
        assertThat(dirs.cache()).isEqualTo(local.resolve("pvs-console").resolve("cache"));
    }

    @Test
    void should_fall_back_to_profile_appdata_on_windows_without_variables() {
        AppDirectories dirs = AppDirectories.resolve(OperatingSystem.WINDOWS, Map.of(), HOME, null);

        assertThat(dirs.config()).isEqualTo(HOME.resolve("AppData/Roaming/pvs-console"));
        assertThat(dirs.logs()).isEqualTo(HOME.resolve("AppData/Local/pvs-console/logs"));
    }

    @Test
    void should_use_library_folders_on_macos() {
        AppDirectories dirs = AppDirectories.resolve(OperatingSystem.MACOS, Map.of(), HOME, null);

        assertThat(dirs.config()).isEqualTo(Path.of("/home/ada/Library/Application Support/pvs-console"));
        assertThat(dirs.logs()).isEqualTo(Path.of("/home/ada/Library/Logs/pvs-console"));
        assertThat(dirs.cache()).isEqualTo(Path.of("/home/ada/Library/Caches/pvs-console"));
    }

    @Test
    void should_redirect_everything_below_the_home_override() {
        AppDirectories fromEnv = AppDirectories.resolve(OperatingSystem.MACOS,
                Map.of("PVS_CONSOLE_HOME", "/portable"), HOME, null);
        AppDirectories fromProperty = AppDirectories.resolve(OperatingSystem.WINDOWS,
                Map.of("PVS_CONSOLE_HOME", "/portable"), HOME, "/prop");

        assertThat(fromEnv).isEqualTo(new AppDirectories(Path.of("/portable/config"), Path.of("/portable/logs"),
                Path.of("/portable/cache")));
        assertThat(fromProperty.config()).isEqualTo(Path.of("/prop/config"));
        assertThat(fromProperty.logs()).isEqualTo(Path.of("/prop/logs"));
    }

    @Test
    void should_recognise_os_names() {
        assertThat(OperatingSystem.fromOsName("Windows 11")).isEqualTo(OperatingSystem.WINDOWS);
        assertThat(OperatingSystem.fromOsName("Mac OS X")).isEqualTo(OperatingSystem.MACOS);
        assertThat(OperatingSystem.fromOsName("Linux")).isEqualTo(OperatingSystem.LINUX);
        assertThat(OperatingSystem.fromOsName("FreeBSD")).isEqualTo(OperatingSystem.LINUX);
    }

    @Test
    void should_create_all_folders(@TempDir Path temp) throws Exception {
        AppDirectories dirs = AppDirectories.resolve(OperatingSystem.LINUX, Map.of(), temp, null).createAll();

        assertThat(dirs.config()).isDirectory();
        assertThat(dirs.logs()).isDirectory();
        assertThat(dirs.cache()).isDirectory();
        assertThat(Files.isDirectory(temp.resolve(".local/state/pvs-console/logs"))).isTrue();
    }
}
