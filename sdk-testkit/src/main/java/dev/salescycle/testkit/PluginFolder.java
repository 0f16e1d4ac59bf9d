package dev.salescycle.testkit;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Comparator;
import java.util.stream.Stream;

/** A temporary plugins folder holding a copy of one plugin, as the host's plugins folder would. */
final class PluginFolder {

    private PluginFolder() {
    }

    static Path holding(Path plugin) {
        try {
            Path folder = Files.createTempDirectory("salescycle-plugin-");
            Files.copy(plugin, folder.resolve(plugin.getFileName().toString()));
            return folder;
        } catch (IOException e) {
            throw new UncheckedIOException("cannot copy " + plugin + " to a temporary plugins folder", e);
        }
    }

    static void delete(Path folder) {
        try (Stream<Path> paths = Files.walk(folder)) {
            paths.sorted(Comparator.reverseOrder()).forEach(p -> p.toFile().delete());
        } catch (IOException e) {
            // a leftover temporary folder is harmless
        }
    }
}
