package com.pvsconsole.app;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;

/**
 * {@code --version}, the About box and the User-Agent read {@link BuildInfo}; the installers take
 * their version from the same filtered resource. This keeps all of them on the pom's version.
 */
class BuildInfoTest {

    /** The project's own version: the first {@code <version>} after its {@code <artifactId>}. */
    private static final Pattern PROJECT_VERSION =
            Pattern.compile("<artifactId>pvs-console</artifactId>\\s*<version>([^<]+)</version>");

    @Test
    void should_report_the_version_of_the_pom() throws Exception {
        // given
        Matcher pom = PROJECT_VERSION.matcher(Files.readString(Path.of("pom.xml")));
        assertThat(pom.find()).as("project version in pom.xml").isTrue();

        // when
        BuildInfo build = BuildInfo.load();

        // then
        assertThat(build.name()).isEqualTo("pvs-console");
        assertThat(build.version()).isEqualTo(pom.group(1));
        assertThat(build.userAgent()).isEqualTo("pvs-console/" + pom.group(1));
    }

    @Test
    void should_be_a_version_every_installer_accepts() {
        // given: jpackage takes 1-3 numbers, and macOS refuses a bundle version starting with 0
        String version = BuildInfo.load().version();

        // when
        String numbers = version.replaceFirst("^(\\d+(\\.\\d+){0,2}).*", "$1");

        // then
        assertThat(numbers).matches("\\d+(\\.\\d+){0,2}").doesNotStartWith("0");
    }
}
