package dev.salescycle.host.plugins;

import java.io.IOException;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import java.util.zip.ZipEntry;
import java.util.zip.ZipOutputStream;

/** Small plugin files written entry by entry, with exactly the names given. */
final class TestZips {

    private TestZips() {
    }

    static Path write(Path file, Map<String, String> entries) throws IOException {
        try (OutputStream out = Files.newOutputStream(file); ZipOutputStream zip = new ZipOutputStream(out)) {
            for (Map.Entry<String, String> entry : entries.entrySet()) {
                zip.putNextEntry(new ZipEntry(entry.getKey()));
                zip.write(entry.getValue().getBytes(StandardCharsets.UTF_8));
                zip.closeEntry();
            }
        }
        return file;
    }

    static String manifest(String id) {
        return "Manifest-Version: 1.0\r\nPlugin-Id: " + id + "\r\nPlugin-Version: 1.0.0\r\n\r\n";
    }
}
