package dev.salescycle.demo;

import java.net.URISyntaxException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.CodeSource;

/**
 * Where the demo looks for its folders by default: next to {@code host-demo.jar}, or, when run from
 * compiled classes, next to the classes folder (the build's {@code target} folder, where the
 * bundled plugins are copied).
 */
final class DemoLocations {

    private DemoLocations() {
    }

    /** @return the folder that holds the demo jar (or its classes folder) */
    static Path home() {
        CodeSource source = DemoLocations.class.getProtectionDomain().getCodeSource();
        if (source == null || source.getLocation() == null) {
            return Path.of("").toAbsolutePath();
        }
        try {
            Path location = Path.of(source.getLocation().toURI()).toAbsolutePath();
            Path parent = location.getParent();
            return parent != null && (Files.isRegularFile(location) || Files.isDirectory(location))
                    ? parent : Path.of("").toAbsolutePath();
        } catch (URISyntaxException | IllegalArgumentException e) {
            return Path.of("").toAbsolutePath();
        }
    }
}
