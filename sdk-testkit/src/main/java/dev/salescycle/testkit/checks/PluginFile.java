package dev.salescycle.testkit.checks;

import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.jar.Manifest;

/**
 * What a built plugin contains, read without loading it: its descriptor, its extension index, the
 * entries of its own classes and those of each bundled library.
 *
 * @param name the file name, for messages
 * @param layout how the plugin is packaged: {@code jar} or {@code zip}
 * @param manifest the descriptor, or null if the plugin has no manifest
 * @param extensionIndex the lines of {@code META-INF/extensions.idx}, or null if it is missing
 * @param ownEntries the entry names of the plugin's own classes and resources
 * @param libraries for each bundled library (its path, such as {@code lib/x-1.0.jar}), its entry names
 */
record PluginFile(String name, String layout, Manifest manifest, List<String> extensionIndex,
                  List<String> ownEntries, Map<String, List<String>> libraries) {

    static final String INDEX = "META-INF/extensions.idx";
    static final String MANIFEST = "META-INF/MANIFEST.MF";

    PluginFile {
        ownEntries = List.copyOf(ownEntries);
        libraries = Map.copyOf(libraries);
    }

    /** A descriptor attribute, if present and not blank. */
    Optional<String> attribute(String name) {
        if (manifest == null) {
            return Optional.empty();
        }
        String value = manifest.getMainAttributes().getValue(name);
        return value == null || value.isBlank() ? Optional.empty() : Optional.of(value.trim());
    }

    /** The class names listed in the extension index (comments and blank lines left out). */
    List<String> indexedClasses() {
        return extensionIndex == null ? List.of()
                : extensionIndex.stream().map(String::trim).filter(l -> !l.isEmpty() && !l.startsWith("#")).toList();
    }
}
