package dev.salescycle.testkit.checks;

import dev.salescycle.host.config.HostSettings;
import dev.salescycle.testkit.PluginLoadException;
import dev.salescycle.testkit.PluginSmokeTest;
import dev.salescycle.testkit.PluginUnderTest;
import java.io.IOException;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;

/**
 * The checks every plugin must pass before a host will run it well, on the built plugin: descriptor valid and
 * its {@code Plugin-Requires} met by this SDK, extension index present and not empty, no SDK, PF4J or SLF4J
 * classes bundled, declared settings sound, loads and starts in a real PF4J manager, and each hook answers a
 * sample call within the host's default budget. Every failure says what to fix.
 *
 * <pre>{@code
 * CheckReport report = PluginChecks.of(Path.of("target/my-plugin-1.0.0.zip")).run();
 * report.assertPassed();
 * }</pre>
 *
 * <p>Plugin authors rarely call this directly: {@link dev.salescycle.testkit.PluginSmokeTest} runs it as
 * JUnit tests, and the plugin parent pom runs those for every plugin.
 *
 * @since 1.0.0
 */
public final class PluginChecks {

    /** The name of the check that loads and starts the plugin. */
    public static final String LOADS = "loads and starts in PF4J";
    /** The name of the result that stands for all sample calls when they are not run. */
    public static final String SAMPLE_CALLS = "sample calls";

    private final Path plugin;
    private boolean sampleCalls = true;
    private Duration budget = HostSettings.DEFAULT_HOOK_BUDGET;
    private Duration hangLimit = Duration.ofSeconds(5);
    private final Map<String, Object> sampleSettings = new LinkedHashMap<>();

    private PluginChecks(Path plugin) {
        this.plugin = plugin;
    }

    /**
     * Checks for a plugin zip, a plugin jar, or a build folder (such as {@code target}) holding exactly one
     * plugin zip or, failing that, one jar.
     */
    public static PluginChecks of(Path plugin) {
        return new PluginChecks(Objects.requireNonNull(plugin, "plugin"));
    }

    /** Whether to call each hook with sample data (default true); turn off for plugins that misbehave on purpose. */
    public PluginChecks sampleCalls(boolean on) {
        this.sampleCalls = on;
        return this;
    }

    /** The time one sample call may take (default: the host's default budget, 50 ms). */
    public PluginChecks budget(Duration perCall) {
        this.budget = Objects.requireNonNull(perCall, "perCall");
        return this;
    }

    /** How long to wait for a sample call before reporting it as hanging (default 5 s). */
    public PluginChecks hangLimit(Duration limit) {
        this.hangLimit = Objects.requireNonNull(limit, "limit");
        return this;
    }

    /**
     * A setting's value for the sample calls, written as an operator would write it in YAML. Needed for each
     * required setting that declares no default: the checks do not invent values.
     */
    public PluginChecks sampleSetting(String name, Object value) {
        sampleSettings.put(Objects.requireNonNull(name, "name"), Objects.requireNonNull(value, "value"));
        return this;
    }

    /** Runs every check; one failing check does not stop the others unless they depend on it. */
    public CheckReport run() {
        List<CheckResult> results = new ArrayList<>();
        Path file;
        PluginFile contents;
        try {
            file = BuildFolder.plugin(plugin);
            contents = PluginFileReader.read(file);
        } catch (IOException | IllegalArgumentException e) {
            results.add(CheckResult.failed("plugin file", e.getMessage()));
            return new CheckReport(plugin, results);
        }
        results.add(new DescriptorCheck().check(contents));
        results.add(ExtensionIndexCheck.check(contents));
        results.add(BundledClassesCheck.check(contents));
        loadAndCall(file, results);
        return new CheckReport(file, results);
    }

    private void loadAndCall(Path file, List<CheckResult> results) {
        PluginUnderTest loaded;
        try {
            loaded = PluginUnderTest.load(file);
        } catch (PluginLoadException e) {
            results.add(CheckResult.failed(LOADS, "the host would refuse the plugin: " + e.getMessage()));
            results.add(CheckResult.skipped(SAMPLE_CALLS, "not run: the plugin did not load"));
            return;
        }
        try (loaded) {
            String unseen = unseenHooks(loaded);
            if (unseen != null) {
                results.add(CheckResult.failed(LOADS, unseen));
                results.add(CheckResult.skipped(SAMPLE_CALLS, "not run: the host would call no hook"));
                return;
            }
            results.add(CheckResult.passed(LOADS));
            DeclaredSettings settings = new DeclaredSettings(loaded.hooks());
            results.add(settings.result());
            results.addAll(sampleCalls(loaded, settings));
        }
    }

    /** Extensions the host would never call, because they implement none of the five hooks as it loads them. */
    private static String unseenHooks(PluginUnderTest loaded) {
        List<String> unseen = loaded.hooks().stream()
                .filter(h -> Arrays.stream(SampleCall.values()).noneMatch(c -> c.appliesTo(h)))
                .map(h -> h.getClass().getName()).toList();
        return unseen.isEmpty() ? null : unseen + " implement none of LeadCapture, ConversionOffer, Upsell, "
                + "ThankYouPage, RetentionOffer as the host loads them, so the host never calls them: implement one "
                + "of the five hooks, and keep the SDK out of the plugin (provided scope)";
    }

    private List<CheckResult> sampleCalls(PluginUnderTest loaded, DeclaredSettings settings) {
        if (!sampleCalls) {
            return List.of(CheckResult.skipped(SAMPLE_CALLS, "turned off (salescycle.smoke.sampleCalls=false)"));
        }
        if (settings.result().failed()) {
            return List.of(CheckResult.skipped(SAMPLE_CALLS, "not run: the declared settings are unusable"));
        }
        List<String> unset = settings.requiredWithoutDefault().stream().filter(s -> !sampleSettings.containsKey(s)).toList();
        if (!unset.isEmpty()) {
            return List.of(CheckResult.failed(SAMPLE_CALLS, "not run: required settings " + unset + " have no default "
                    + "and the checks do not invent values; declare a default in settingSpecs() where one makes sense, "
                    + "else give a sample value for each: system property " + PluginSmokeTest.SAMPLE_SETTING + "<name> "
                    + "(in maven-failsafe-plugin's <systemPropertyVariables>), or PluginChecks.sampleSetting(name, value)"));
        }
        return new SampleCalls(budget, hangLimit, sampleSettings).run(loaded);
    }
}
