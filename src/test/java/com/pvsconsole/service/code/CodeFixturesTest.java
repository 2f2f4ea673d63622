package com.pvsconsole.service.code;

import static org.assertj.core.api.Assertions.assertThat;

import com.pvsconsole.api.region.RegionCatalog;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import java.util.stream.Stream;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.TestFactory;

/**
 * CLI, curl and Terraform for every action against reviewed fixtures under
 * {@code src/test/resources/code-fixtures}. The fixtures were checked by hand against
 * CLI-TERRAFORM.md (plug-in 1.10 syntax, provider 2.5 arguments, import ids); run with
 * {@code -Dcode.fixtures.write=true} to rewrite them after a deliberate change, then review the diff.
 */
class CodeFixturesTest {

    private static final Path DIR = Path.of("src/test/resources/code-fixtures");
    private final CodeGenerator generator = CodeGenerator.forIbmCloud(RegionCatalog.loadDefault());

    @TestFactory
    Stream<DynamicTest> should_render_every_action_as_its_reviewed_fixture() {
        return SampleActions.all().entrySet().stream().flatMap(entry -> {
            GeneratedCode code = generator.generate(SampleActions.LON04, entry.getValue());
            String name = entry.getKey();
            return Map.of(name + ".cli.sh", code.cliPosix(), name + ".cli.ps1", code.cliPowerShell(),
                    name + ".curl.sh", code.curlPosix(), name + ".tf", code.terraform()).entrySet().stream()
                    .sorted(Map.Entry.comparingByKey())
                    .map(file -> DynamicTest.dynamicTest(file.getKey(), () -> check(file.getKey(), file.getValue())));
        });
    }

    private static void check(String file, String actual) throws IOException {
        Path path = DIR.resolve(file);
        if (Boolean.getBoolean("code.fixtures.write")) {
            Files.createDirectories(DIR);
            Files.writeString(path, actual, StandardCharsets.UTF_8);
        }
        assertThat(actual).as(file).isEqualTo(Files.readString(path, StandardCharsets.UTF_8));
    }
}
