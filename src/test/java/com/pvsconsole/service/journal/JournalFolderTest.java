package com.pvsconsole.service.journal;

import static org.assertj.core.api.Assertions.assertThat;

import com.pvsconsole.service.settings.AppDirectories;
import com.pvsconsole.service.settings.OperatingSystem;
import java.nio.file.Path;
import java.util.Map;
import org.junit.jupiter.api.Test;

class JournalFolderTest {

    private static final Path HOME = Path.of("/home/ana");

    @Test
    void should_keep_the_journal_in_the_xdg_state_folder_on_linux() {
        AppDirectories dirs = AppDirectories.resolve(OperatingSystem.LINUX, Map.of(), HOME, null);

        assertThat(JournalFolder.of(dirs)).isEqualTo(Path.of("/home/ana/.local/state/pvs-console/journal"));
    }

    @Test
    void should_keep_the_journal_under_application_support_on_macos() {
        AppDirectories dirs = AppDirectories.resolve(OperatingSystem.MACOS, Map.of(), HOME, null);

        assertThat(JournalFolder.of(dirs))
                .isEqualTo(Path.of("/home/ana/Library/Application Support/pvs-console/journal"));
    }

    @Test
    void should_keep_the_journal_under_an_overridden_home() {
        AppDirectories dirs = AppDirectories.resolve(OperatingSystem.LINUX, Map.of(), HOME, "/tmp/pvs");

        assertThat(JournalFolder.of(dirs)).isEqualTo(Path.of("/tmp/pvs/journal"));
    }
}
