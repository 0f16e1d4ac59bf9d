package dev.salescycle.it;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;

/**
 * Every test class of the repository, and of the project the archetype generates, carries its own time limit, so a test that hangs on a busy machine fails
 * with its name instead of holding the build until the fork time-out. The parent pom's default time-out is
 * only the backstop.
 */
@Timeout(60)
class TestTimeLimitsTest {

    private static final Pattern TEST_METHOD = Pattern.compile(
            "@(Test|ParameterizedTest|RepeatedTest|TestFactory|TestTemplate|FuzzTest)\\b");
    private static final Pattern CLASS_LIMIT = Pattern.compile("(?m)^@(org\\.junit\\.jupiter\\.api\\.)?Timeout\\b");

    @Test
    void everyTestClassHasATimeLimit() throws IOException {
        Path root = Path.of("").toAbsolutePath().getParent();
        assertThat(root.resolve("pom.xml")).as("run from a module of the repository").exists();
        List<Path> testClasses;
        try (Stream<Path> files = Files.walk(root)) {
            testClasses = files.filter(p -> p.toString().endsWith(".java"))
                    .filter(p -> p.toString().contains("/src/test/java/"))
                    .filter(p -> !p.toString().contains("/target/"))
                    .filter(p -> TEST_METHOD.matcher(read(p)).find())
                    .toList();
        }
        assertThat(testClasses).as("test classes found under " + root).hasSizeGreaterThan(50);
        assertThat(testClasses.stream().filter(p -> !CLASS_LIMIT.matcher(read(p)).find()).map(root::relativize))
                .as("test classes without a class-level @Timeout").isEmpty();
    }

    private static String read(Path file) {
        try {
            return Files.readString(file);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
