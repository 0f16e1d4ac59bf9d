package dev.salescycle.testkit.checks;

import dev.salescycle.host.plugins.PluginIds;
import dev.salescycle.sdk.SalesCycleSdk;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.regex.Pattern;
import org.pf4j.DefaultVersionManager;
import org.pf4j.VersionManager;

/**
 * The plugin descriptor: Plugin-Id, Plugin-Version and Plugin-Requires present, the requirement met by this SDK,
 * and no Plugin-Dependencies (the host loads every plugin on its own).
 */
final class DescriptorCheck {

    static final String NAME = "descriptor (Plugin-Id, Plugin-Version, Plugin-Requires)";

    private static final String WHERE = "set it in maven-jar-plugin's <archive><manifestEntries>";
    /** The ids the host accepts for a plugin. */
    static final Pattern HOST_ID = PluginIds.PATTERN;

    private final VersionManager versions = new DefaultVersionManager();

    CheckResult check(PluginFile plugin) {
        if (plugin.manifest() == null) {
            return CheckResult.failed(NAME, "no " + PluginFile.MANIFEST + " in the plugin's classes; PF4J reads the "
                    + "descriptor from it: add Plugin-Id, Plugin-Version and Plugin-Requires to maven-jar-plugin's "
                    + "<archive><manifestEntries>");
        }
        List<String> problems = new ArrayList<>();
        plugin.attribute("Plugin-Id").ifPresentOrElse(id -> checkId(id, problems),
                () -> problems.add("Plugin-Id is missing: " + WHERE + " (by convention the artifactId)"));
        plugin.attribute("Plugin-Version").ifPresentOrElse(v -> checkVersion(v, problems),
                () -> problems.add("Plugin-Version is missing: " + WHERE + " (${project.version})"));
        plugin.attribute("Plugin-Requires").ifPresentOrElse(r -> checkRequires(r, problems),
                () -> problems.add("Plugin-Requires is missing, so the host cannot tell which SDK the plugin needs: "
                        + WHERE + ", for example '" + suggestedRange() + "'"));
        plugin.attribute("Plugin-Dependencies").ifPresent(d -> problems.add("Plugin-Dependencies is '" + d
                + "', but the host loads each plugin on its own: leave it empty and bundle the libraries you need under lib/"));
        return problems.isEmpty() ? CheckResult.passed(NAME) : CheckResult.failed(NAME, String.join("; ", problems));
    }

    private static void checkId(String id, List<String> problems) {
        if (!HOST_ID.matcher(id).matches()) {
            problems.add("Plugin-Id '" + id + "' is not an id the host accepts, so no shop can enable the plugin: use 1 to 64 "
                    + "lower-case letters, digits, '.', '_' or '-', starting with a letter or digit, such as '"
                    + suggestedId(id) + "'; " + WHERE);
        }
    }

    private static String suggestedId(String id) {
        String cleaned = id.toLowerCase(Locale.ROOT).replaceAll("[^a-z0-9._-]+", "-").replaceAll("^[^a-z0-9]+|-+$", "");
        cleaned = cleaned.substring(0, Math.min(64, cleaned.length()));
        return cleaned.isEmpty() ? "my-plugin" : cleaned;
    }

    private void checkVersion(String version, List<String> problems) {
        try {
            versions.compareVersions(version, "0.0.0");
        } catch (RuntimeException e) {
            problems.add("Plugin-Version '" + version + "' is not a semantic version (such as 1.2.0): PF4J cannot compare it");
        }
    }

    private void checkRequires(String requires, List<String> problems) {
        boolean met;
        try {
            met = "*".equals(requires) || versions.checkVersionConstraint(SalesCycleSdk.VERSION, requires);
        } catch (RuntimeException e) {
            problems.add("Plugin-Requires '" + requires + "' is not a version range PF4J understands ("
                    + e.getMessage() + "): write it like '" + suggestedRange() + "'");
            return;
        }
        if (!met) {
            problems.add("Plugin-Requires '" + requires + "' is not met by this SDK " + SalesCycleSdk.VERSION
                    + ", so the host refuses the plugin: require a range that includes it, such as '" + suggestedRange()
                    + "', and build against that SDK");
        }
    }

    static String suggestedRange() {
        int major = Integer.parseInt(SalesCycleSdk.VERSION.split("\\.")[0]);
        return ">=" + SalesCycleSdk.VERSION + " & <" + (major + 1) + ".0.0";
    }
}
