package dev.salescycle.testkit;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;

/** Finds the plugin a build made in its output folder: its one zip, or else its one jar. */
final class BuildOutput {

    private BuildOutput() {
    }

    static Path pluginFile(Path folder) {
        List<Path> zips = files(folder, ".zip");
        if (zips.size() == 1) {
            return zips.get(0);
        }
        List<Path> jars = files(folder, ".jar");
        if (zips.isEmpty() && jars.size() == 1) {
            return jars.get(0);
        }
        throw new PluginLoadException(zips.isEmpty() && jars.isEmpty()
                ? folder + " holds no plugin zip or jar; build the plugin first (mvn package)"
                : folder + " holds more than one plugin file " + (zips.isEmpty() ? jars : zips) + "; name the one to load");
    }

    private static List<Path> files(Path folder, String suffix) {
        try (Stream<Path> list = Files.list(folder)) {
            return list.filter(Files::isRegularFile).filter(p -> p.getFileName().toString().endsWith(suffix))
                    .filter(p -> !p.getFileName().toString().matches(".*-(sources|javadoc|tests)\\.jar")).sorted().toList();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
