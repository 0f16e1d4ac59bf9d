package dev.salescycle.archetype;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.zip.ZipEntry;
import java.util.zip.ZipFile;

/**
 * A fresh local Maven repository holding only the Salescycle artifacts this build just made. A nested build
 * reads it first and the user's repository after it ({@code maven.repo.local.tail}), so the generated project
 * builds against these artifacts without anything being installed into the user's repository.
 */
final class HeadRepository {

    static final String GROUP = "dev/salescycle";

    private final Path root;
    private final String version;

    HeadRepository(Path root, String version) {
        this.root = root;
        this.version = version;
    }

    Path root() {
        return root;
    }

    /** Puts a jar and its pom where Maven looks for {@code dev.salescycle:<artifactId>:<version>}. */
    void putJar(String artifactId, Path jar, Path pom) throws IOException {
        Path dir = Files.createDirectories(root.resolve(GROUP).resolve(artifactId).resolve(version));
        Files.copy(jar, dir.resolve(artifactId + "-" + version + ".jar"));
        Files.copy(pom, dir.resolve(artifactId + "-" + version + ".pom"));
    }

    /** Puts a jar, taking its pom from the copy Maven packs into every jar it builds. */
    void putJar(String artifactId, Path jar) throws IOException {
        Path pom = Files.createTempFile(root, artifactId, ".pom");
        try (ZipFile zip = new ZipFile(jar.toFile())) {
            ZipEntry entry = zip.getEntry("META-INF/maven/dev.salescycle/" + artifactId + "/pom.xml");
            if (entry == null) {
                throw new IOException(jar + " holds no pom for dev.salescycle:" + artifactId);
            }
            try (InputStream in = zip.getInputStream(entry)) {
                Files.copy(in, pom, java.nio.file.StandardCopyOption.REPLACE_EXISTING);
            }
        }
        putJar(artifactId, jar, pom);
        Files.delete(pom);
    }

    /** Puts a parent pom. */
    void putPom(String artifactId, Path pom) throws IOException {
        Path dir = Files.createDirectories(root.resolve(GROUP).resolve(artifactId).resolve(version));
        Files.copy(pom, dir.resolve(artifactId + "-" + version + ".pom"));
    }
}
