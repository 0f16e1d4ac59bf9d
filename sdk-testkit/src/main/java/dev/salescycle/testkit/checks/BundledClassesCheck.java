package dev.salescycle.testkit.checks;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * No class the host provides is bundled in the plugin: a second copy of the SDK or of PF4J in the plugin's
 * class loader makes PF4J skip its extensions ("different class loaders"), and a second SLF4J splits logging.
 */
final class BundledClassesCheck {

    static final String NAME = "no SDK, PF4J or SLF4J classes bundled";

    /** Package path prefix, and the artifact that holds it. */
    private static final Map<String, String> PROVIDED = new LinkedHashMap<>();

    static {
        PROVIDED.put("dev/salescycle/sdk/", "the Salescycle SDK (dev.salescycle:sdk-api)");
        PROVIDED.put("org/pf4j/", "PF4J (org.pf4j:pf4j)");
        PROVIDED.put("org/slf4j/", "SLF4J (org.slf4j:slf4j-api)");
        PROVIDED.put("dev/salescycle/host/", "the Salescycle host (dev.salescycle:host-runtime)");
        PROVIDED.put("dev/salescycle/testkit/", "the Salescycle test kit (dev.salescycle:sdk-testkit)");
    }

    private BundledClassesCheck() {
    }

    static CheckResult check(PluginFile plugin) {
        List<String> problems = new ArrayList<>();
        scan("the plugin's own classes", plugin.ownEntries(), problems);
        plugin.libraries().forEach((library, entries) -> scan(library, entries, problems));
        if (problems.isEmpty()) {
            return CheckResult.passed(NAME);
        }
        return CheckResult.failed(NAME, String.join("; ", problems) + ". The host provides these: declare "
                + "sdk-api, pf4j and slf4j-api with <scope>provided</scope> (sdk-testkit with <scope>test</scope>) "
                + "so they stay out of the plugin; a bundled copy of the SDK or PF4J makes PF4J skip the plugin's hooks");
    }

    private static void scan(String where, List<String> entries, List<String> problems) {
        Map<String, List<String>> found = new LinkedHashMap<>();
        for (String entry : entries) {
            classPath(entry).flatMap(BundledClassesCheck::provider)
                    .ifPresent(artifact -> found.computeIfAbsent(artifact, a -> new ArrayList<>()).add(entry));
        }
        found.forEach((artifact, classes) -> problems.add(classes.size() + " class(es) of " + artifact + " in " + where
                + ", such as " + classes.get(0)));
    }

    /** The class file path of an entry, without a multi-release prefix; empty for other entries. */
    private static Optional<String> classPath(String entry) {
        if (!entry.endsWith(".class")) {
            return Optional.empty();
        }
        String path = entry;
        if (path.startsWith("META-INF/versions/")) {
            int slash = path.indexOf('/', "META-INF/versions/".length());
            path = slash < 0 ? path : path.substring(slash + 1);
        }
        return Optional.of(path);
    }

    private static Optional<String> provider(String classFile) {
        return PROVIDED.entrySet().stream().filter(e -> classFile.startsWith(e.getKey())).map(Map.Entry::getValue).findFirst();
    }
}
