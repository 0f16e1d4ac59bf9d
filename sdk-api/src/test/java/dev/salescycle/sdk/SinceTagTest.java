package dev.salescycle.sdk;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;

/** Every public type of the SDK says since which version it exists, so plugin authors can tell what they may use. */
@Timeout(120)
class SinceTagTest {

    private static final Path SOURCES = Path.of("src/main/java");
    private static final Pattern PUBLIC_TYPE = Pattern.compile(
            "^\\s*public\\s+(?:(?:static|final|abstract|sealed|non-sealed|strictfp)\\s+)*(class|interface|enum|record|@interface)\\s+(\\w+)");

    @Test
    void everyPublicTypeHasASinceTagInItsJavadoc() throws IOException {
        List<String> types = new ArrayList<>();
        List<String> missing = new ArrayList<>();
        try (Stream<Path> files = Files.walk(SOURCES)) {
            for (Path file : files.filter(f -> f.toString().endsWith(".java")).sorted().toList()) {
                List<String> lines = Files.readAllLines(file);
                for (int i = 0; i < lines.size(); i++) {
                    Matcher type = PUBLIC_TYPE.matcher(lines.get(i));
                    if (type.find()) {
                        types.add(type.group(2));
                        if (!javadocAbove(lines, i).contains("@since")) {
                            missing.add(SOURCES.relativize(file) + ": " + type.group(2));
                        }
                    }
                }
            }
        }

        assertThat(types).as("public types found").contains("SalesCycleHook", "Upsell", "Money", "SettingSpec", "Settings");
        assertThat(missing).as("public types without @since").isEmpty();
    }

    @Test
    void theScannerSeesAMissingTag() {
        List<String> lines = List.of("/** A type. */", "@Deprecated", "public final class Old {", "}");

        assertThat(javadocAbove(lines, 2)).isEqualTo("/** A type. */");
        assertThat(javadocAbove(List.of("// no javadoc", "public record R() {}"), 1)).isEmpty();
    }

    /** The Javadoc comment right above a declaration, skipping annotations; empty if there is none. */
    static String javadocAbove(List<String> lines, int declaration) {
        int end = declaration - 1;
        while (end >= 0 && (lines.get(end).isBlank() || lines.get(end).trim().startsWith("@"))) {
            end -= 1;
        }
        if (end < 0 || !lines.get(end).trim().endsWith("*/")) {
            return "";
        }
        int start = end;
        while (start >= 0 && !lines.get(start).contains("/**")) {
            start -= 1;
        }
        return start < 0 ? "" : String.join("\n", lines.subList(start, end + 1));
    }
}
