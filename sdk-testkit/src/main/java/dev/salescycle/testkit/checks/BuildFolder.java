package dev.salescycle.testkit.checks;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;

/** Finds the plugin to check when given a build folder such as {@code target} instead of the plugin itself. */
final class BuildFolder {

    /** Jars a build attaches beside the plugin (sources, Javadoc, tests), never the plugin itself. */
    static final String ATTACHED = ".*-(sources|javadoc|tests|test-sources)\\.jar";

    private BuildFolder() {
    }

    /**
     * The plugin itself: the given file, or the one zip (else the one jar, not counting sources, Javadoc and test
     * jars) in a build folder.
     */
    static Path plugin(Path given) throws IOException {
        if (!Files.exists(given)) {
            throw new IOException(given + " does not exist: build the plugin first (mvn package)");
        }
        if (!Files.isDirectory(given)) {
            return given;
        }
        for (String extension : List.of(".zip", ".jar")) {
            List<Path> found;
            try (Stream<Path> files = Files.list(given)) {
                found = files.map(Path::getFileName).map(Path::toString)
                        .filter(name -> name.endsWith(extension) && !name.matches(ATTACHED))
                        .sorted().map(given::resolve).toList();
            }
            if (found.size() == 1) {
                return found.get(0);
            }
            if (found.size() > 1) {
                throw new IOException(given + " holds several " + extension + " files "
                        + found.stream().map(Path::getFileName).toList() + ": name the plugin file itself");
            }
        }
        throw new IOException(given + " holds no plugin zip or jar: build the plugin first (mvn package)");
    }
}
