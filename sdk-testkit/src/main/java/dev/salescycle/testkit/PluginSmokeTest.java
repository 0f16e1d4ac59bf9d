package dev.salescycle.testkit;

import dev.salescycle.testkit.checks.CheckReport;
import dev.salescycle.testkit.checks.CheckResult;
import dev.salescycle.testkit.checks.PluginChecks;
import java.nio.file.Path;
import java.util.stream.Stream;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.TestFactory;

/**
 * The {@link PluginChecks} as JUnit 5 tests, one per check, on a built plugin. Extend it to run the checks
 * from your own build; plugins built with the Salescycle plugin parent or archetype get it without writing a
 * test (as {@code InjectedPluginSmokeIT}, run by maven-failsafe-plugin after the zip is packaged).
 *
 * <p>System properties: {@value #PLUGIN_FILE} names the plugin zip, jar or build folder (default
 * {@code target}, holding one zip); {@value #SAMPLE_CALLS} set to {@code false} leaves out the sample calls;
 * {@value #SAMPLE_SETTING}{@code <name>} gives a setting's value for the sample calls, which a required setting
 * without a default needs; it is read as YAML, as an operator writes it ({@code 5} a number, {@code "5"} text).
 *
 * @since 1.0.0
 */
public abstract class PluginSmokeTest {

    /** The system property naming the plugin file or build folder to check. */
    public static final String PLUGIN_FILE = "salescycle.plugin.file";
    /** The system property that turns the sample hook calls off when {@code false}. */
    public static final String SAMPLE_CALLS = "salescycle.smoke.sampleCalls";

    /** The prefix of the system properties that give the sample calls a setting's value ({@code ...setting.apiKey}). */
    public static final String SAMPLE_SETTING = "salescycle.smoke.setting.";

    /** The plugin to check; by default from {@value #PLUGIN_FILE}, else the {@code target} folder. */
    protected Path pluginFile() {
        return Path.of(System.getProperty(PLUGIN_FILE, "target"));
    }

    /** The checks to run; override to change the budget or the sample calls. */
    protected PluginChecks checks(Path plugin) {
        PluginChecks checks = PluginChecks.of(plugin)
                .sampleCalls(!"false".equalsIgnoreCase(System.getProperty(SAMPLE_CALLS, "true")));
        System.getProperties().stringPropertyNames().stream().filter(n -> n.startsWith(SAMPLE_SETTING))
                .forEach(n -> checks.sampleSetting(n.substring(SAMPLE_SETTING.length()), yamlValue(System.getProperty(n))));
        return checks;
    }

    /** Runs the checks and reports each as a test: failed checks fail, skipped checks are reported as aborted. */
    @TestFactory
    public Stream<DynamicTest> pluginChecks() {
        CheckReport report = checks(pluginFile()).run();
        return report.results().stream().map(r -> DynamicTest.dynamicTest(r.name(), () -> verdict(report, r)));
    }

    /** A property's value read as an operator's YAML would be: {@code 5} a number, {@code "5"} text. */
    private static Object yamlValue(String text) {
        try {
            Object value = new com.fasterxml.jackson.databind.ObjectMapper(
                    new com.fasterxml.jackson.dataformat.yaml.YAMLFactory()).readValue(text, Object.class);
            return value == null ? text : value;
        } catch (java.io.IOException e) {
            return text;
        }
    }

    private static void verdict(CheckReport report, CheckResult result) {
        switch (result.outcome()) {
            case FAILED -> throw new AssertionError(report.plugin().getFileName() + " fails the check '" + result.name()
                    + "': " + result.message());
            case SKIPPED -> Assumptions.abort(result.message());
            default -> { }
        }
    }
}
