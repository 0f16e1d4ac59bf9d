package dev.salescycle.testkit;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatCode;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.example.plugin.GoodUpsell;
import com.example.plugin.NeedsApiKey;
import com.example.plugin.ThrowingOffers;
import dev.salescycle.testkit.checks.PluginJar;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.opentest4j.TestAbortedException;
import org.junit.jupiter.api.Timeout;

@Timeout(120)
class PluginSmokeTestTest {

    @TempDir
    Path dir;

    /** A smoke test as a plugin build would declare it. */
    static final class Smoke extends PluginSmokeTest {
    }

    @AfterEach
    void clearProperties() {
        System.clearProperty(PluginSmokeTest.PLUGIN_FILE);
        System.clearProperty(PluginSmokeTest.SAMPLE_CALLS);
        System.clearProperty(PluginSmokeTest.SAMPLE_SETTING + "apiKey");
    }

    private static DynamicTest named(List<DynamicTest> tests, String prefix) {
        return tests.stream().filter(t -> t.getDisplayName().startsWith(prefix)).findFirst()
                .orElseThrow(() -> new AssertionError("no test " + prefix + " in " + tests.stream().map(DynamicTest::getDisplayName).toList()));
    }

    @Test
    void eachCheckIsATestAndAFailedCheckFailsWithWhatToFix() throws Exception {
        Path jar = new PluginJar("no-index").extension(GoodUpsell.class).withoutIndex().jar(dir, "no-index.jar");
        System.setProperty(PluginSmokeTest.PLUGIN_FILE, jar.toString());

        List<DynamicTest> tests = new Smoke().pluginChecks().toList();

        assertThatThrownBy(() -> named(tests, "extension index").getExecutable().execute())
                .isInstanceOf(AssertionError.class)
                .hasMessageStartingWith("no-index.jar fails the check 'extension index (META-INF/extensions.idx)': "
                        + "META-INF/extensions.idx is missing");
        assertThatCode(() -> named(tests, "descriptor").getExecutable().execute()).doesNotThrowAnyException();
        assertThatThrownBy(() -> named(tests, "sample calls").getExecutable().execute())
                .isInstanceOf(TestAbortedException.class).hasMessageContaining("did not load");
    }

    @Test
    void sampleCallsAreLeftOutWhenThePropertySaysFalse() throws Exception {
        Path jar = new PluginJar("throws").extension(ThrowingOffers.class).jar(dir, "throws.jar");
        System.setProperty(PluginSmokeTest.PLUGIN_FILE, jar.toString());

        List<DynamicTest> withCalls = new Smoke().pluginChecks().toList();
        System.setProperty(PluginSmokeTest.SAMPLE_CALLS, "false");
        List<DynamicTest> withoutCalls = new Smoke().pluginChecks().toList();

        assertThatThrownBy(() -> named(withCalls, "sample call ConversionOffer.offers").getExecutable().execute())
                .hasMessageContaining("no offers today");
        assertThat(withoutCalls).extracting(DynamicTest::getDisplayName).noneMatch(n -> n.startsWith("sample call "));
        assertThatThrownBy(() -> named(withoutCalls, "sample calls").getExecutable().execute())
                .isInstanceOf(TestAbortedException.class).hasMessageContaining("turned off");
    }

    @Test
    void sampleSettingsComeFromSystemProperties() throws Exception {
        Path jar = new PluginJar("needs-key").extension(NeedsApiKey.class).jar(dir, "needs-key.jar");
        System.setProperty(PluginSmokeTest.PLUGIN_FILE, jar.toString());

        List<DynamicTest> withoutValue = new Smoke().pluginChecks().toList();
        System.setProperty(PluginSmokeTest.SAMPLE_SETTING + "apiKey", "sample-key");
        List<DynamicTest> withValue = new Smoke().pluginChecks().toList();

        assertThatThrownBy(() -> named(withoutValue, "sample calls").getExecutable().execute())
                .isInstanceOf(AssertionError.class).hasMessageContaining("[apiKey] have no default");
        assertThatCode(() -> named(withValue, "sample call Upsell.recommend").getExecutable().execute())
                .doesNotThrowAnyException();
    }
}
