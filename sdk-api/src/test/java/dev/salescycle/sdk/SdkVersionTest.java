package dev.salescycle.sdk;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.InputStream;
import java.util.Properties;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;

/** The version in the code, the one the build stamps into the jar and the one the host checks plugins against agree. */
@Timeout(120)
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
    void theVersionIsASemanticReleaseVersion() {
        assertThat(SalesCycleSdk.VERSION).matches("\\d+\\.\\d+\\.\\d+");
    }
}
