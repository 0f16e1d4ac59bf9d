package dev.salescycle.testkit.checks;

import java.util.HashSet;
import java.util.List;
import java.util.Set;

/** The PF4J extension index: present, not empty, and naming only classes the plugin contains. */
final class ExtensionIndexCheck {

    static final String NAME = "extension index (META-INF/extensions.idx)";

    private static final String PROCESSOR = "add org.pf4j:pf4j to maven-compiler-plugin's <annotationProcessorPaths> "
            + "(processor org.pf4j.processor.ExtensionAnnotationProcessor) and annotate each hook class with @org.pf4j.Extension";

    private ExtensionIndexCheck() {
    }

    static CheckResult check(PluginFile plugin) {
        if (plugin.extensionIndex() == null) {
            return CheckResult.failed(NAME, PluginFile.INDEX + " is missing, so the host finds no hook in the plugin: "
                    + PROCESSOR);
        }
        List<String> classes = plugin.indexedClasses();
        if (classes.isEmpty()) {
            return CheckResult.failed(NAME, PluginFile.INDEX + " lists no extension: " + PROCESSOR
                    + "; compile tests with <proc>none</proc>, or an empty index from the test classes can replace the real one");
        }
        Set<String> entries = new HashSet<>(plugin.ownEntries());
        List<String> absent = classes.stream().filter(c -> !entries.contains(c.replace('.', '/') + ".class")).toList();
        if (!absent.isEmpty()) {
            return CheckResult.failed(NAME, PluginFile.INDEX + " lists " + absent + ", not found in the plugin's classes: "
                    + "rebuild from clean (mvn clean package) so the index matches the classes");
        }
        return CheckResult.passed(NAME);
    }
}
