package dev.salescycle.testkit.checks;

import dev.salescycle.sdk.SalesCycleSdk;
import java.util.ArrayList;
import java.util.List;
import org.pf4j.DefaultVersionManager;
import org.pf4j.VersionManager;

/**
 * The plugin descriptor: Plugin-Id, Plugin-Version and Plugin-Requires present, the requirement met by this SDK,
 * and no Plugin-Dependencies (the host loads every plugin on its own).
 */
final class DescriptorCheck {

    static final String NAME = "descriptor (Plugin-Id, Plugin-Version, Plugin-Requires)";

    private static final String WHERE = "set it in maven-jar-plugin's <archive><manifestEntries>";

    private final VersionManager versions = new DefaultVersionManager();

    CheckResult check(PluginFile plugin) {
        if (plugin.manifest() == null) {
            return CheckResult.failed(NAME, "no " + PluginFile.MANIFEST + " in the plugin's classes; PF4J reads the "
                    + "descriptor from it: add Plugin-Id, Plugin-Version and Plugin-Requires to maven-jar-plugin's "
                    + "<archive><manifestEntries>");
        }
        List<String> problems = new ArrayList<>();
        if (plugin.attribute("Plugin-Id").isEmpty()) {
            problems.add("Plugin-Id is missing: " + WHERE + " (by convention the artifactId)");
        }
        plugin.attribute("Plugin-Version").ifPresentOrElse(v -> checkVersion(v, problems),
                () -> problems.add("Plugin-Version is missing: " + WHERE + " (${project.version})"));
        plugin.attribute("Plugin-Requires").ifPresentOrElse(r -> checkRequires(r, problems),
                () -> problems.add("Plugin-Requires is missing, so the host cannot tell which SDK the plugin needs: "
                        + WHERE + ", for example '" + suggestedRange() + "'"));
        plugin.attribute("Plugin-Dependencies").ifPresent(d -> problems.add("Plugin-Dependencies is '" + d
                + "', but the host loads each plugin on its own: leave it empty and bundle the libraries you need under lib/"));
        return problems.isEmpty() ? CheckResult.passed(NAME) : CheckResult.failed(NAME, String.join("; ", problems));
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
