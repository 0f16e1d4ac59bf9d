package dev.salescycle.sdk;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.Properties;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;

/**
 * The version in the code, the one the build declares and stamps into the jar, and the API baseline the
 * compatibility gate compares with, agree.
 */
@Timeout(30)
class SdkVersionTest {

    @Test
    void theConstantMatchesTheVersionTheBuildFilteredIn() throws IOException {
        Properties properties = new Properties();
        try (InputStream in = SalesCycleSdk.class.getResourceAsStream("sdk.properties")) {
            assertThat(in).as("dev/salescycle/sdk/sdk.properties on the class path").isNotNull();
            properties.load(in);
        }

        assertThat(properties.getProperty("sdk.version")).isEqualTo(SalesCycleSdk.VERSION);
    }

    @Test
    void theConstantIsTheVersionThePomDeclares() throws IOException {
        String declared = property(Path.of("../pom.xml"), "salescycle.sdk.version");

        assertThat(SalesCycleSdk.VERSION).as("SalesCycleSdk.VERSION against salescycle.sdk.version in pom.xml")
                .isEqualTo(declared);
    }

    @Test
    void theVersionIsNotBelowTheApiBaselineItIsComparedWith() throws IOException {
        String baseline = property(Path.of("pom.xml"), "api.baseline.version");

        assertThat(Files.exists(Path.of("api-baseline/sdk-api-" + baseline + ".jar"))).as("baseline jar").isTrue();
        assertThat(compare(SalesCycleSdk.VERSION, baseline)).as(SalesCycleSdk.VERSION + " against " + baseline)
                .isGreaterThanOrEqualTo(0);
    }

    private static String property(Path pom, String name) throws IOException {
        Matcher m = Pattern.compile("<" + Pattern.quote(name) + ">([^<]+)</").matcher(Files.readString(pom));
        assertThat(m.find()).as(name + " in " + pom).isTrue();
        return m.group(1).trim();
    }

    private static int compare(String a, String b) {
        return Arrays.compare(Arrays.stream(a.split("\\.")).mapToInt(Integer::parseInt).toArray(),
                Arrays.stream(b.split("\\.")).mapToInt(Integer::parseInt).toArray());
    }
}
