package dev.salescycle.host.lifecycle;

import dev.salescycle.host.domain.StateConflictException;
import dev.salescycle.host.domain.InvalidInputException;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.Comparator;
import java.util.regex.Pattern;
import java.util.stream.Stream;

/** Writes and removes plugin files in the plugins folder, and nowhere else. */
final class PluginFiles {

    private static final Pattern NAME = Pattern.compile("[A-Za-z0-9][A-Za-z0-9._-]{0,200}\\.(jar|zip)");

    private final Path folder;

    PluginFiles(Path folder) {
        this.folder = folder.toAbsolutePath().normalize();
    }

    /** The file of that name in the plugins folder; a name with a path in it is refused. */
    Path resolve(String fileName) {
        if (fileName == null || !NAME.matcher(fileName).matches()) {
            throw new InvalidInputException("invalid_file_name", "a plugin file name is letters, digits, '.', '_' "
                    + "and '-' ending in .jar or .zip, got \"" + fileName + "\"", "file");
        }
        Path file = folder.resolve(fileName).normalize();
        if (!file.getParent().equals(folder)) {
            throw new InvalidInputException("invalid_file_name", "the file must be in the plugins folder", "file");
        }
        return file;
    }

    /** Writes the content under the name, atomically; an existing file of that name is refused. */
    Path write(String fileName, InputStream content) {
        Path file = resolve(fileName);
        if (Files.exists(file)) {
            throw new StateConflictException("file_exists", "the plugins folder already has " + fileName
                    + "; an update needs a new file name, such as one with the new version", "file");
        }
        try {
            Files.createDirectories(folder);
            Path temp = Files.createTempFile(folder, ".upload-", ".tmp");
            try {
                Files.copy(content, temp, StandardCopyOption.REPLACE_EXISTING);
                Files.move(temp, file, StandardCopyOption.ATOMIC_MOVE);
            } finally {
                Files.deleteIfExists(temp);
            }
            return file;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** Removes a plugin file and, for a zip, the folder PF4J expanded it into. */
    void delete(Path file) {
        try {
            Files.deleteIfExists(file);
            String name = file.getFileName().toString();
            if (name.endsWith(".zip")) {
                Path expanded = file.resolveSibling(name.substring(0, name.length() - 4));
                if (Files.isDirectory(expanded)) {
                    try (Stream<Path> walk = Files.walk(expanded)) {
                        walk.sorted(Comparator.reverseOrder()).forEach(p -> p.toFile().delete());
                    }
                }
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
