package dev.salescycle.testkit;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.stream.Collectors;

/** A folder laid out as a plugin build's {@code target/classes}: hook class files and the extension index. */
final class CompiledClasses {

    private CompiledClasses() {
    }

    static Path of(Path dir, Class<?>... hooks) {
        try {
            for (Class<?> hook : hooks) {
                String entry = hook.getName().replace('.', '/') + ".class";
                Path file = dir.resolve(entry);
                Files.createDirectories(file.getParent());
                try (InputStream in = hook.getClassLoader().getResourceAsStream(entry)) {
                    Files.write(file, in.readAllBytes());
                }
            }
            Path index = Files.createDirectories(dir.resolve("META-INF")).resolve("extensions.idx");
            Files.writeString(index, Arrays.stream(hooks).map(Class::getName).collect(Collectors.joining("\n", "", "\n")));
            return dir;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
