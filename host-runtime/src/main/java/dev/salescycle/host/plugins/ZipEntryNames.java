package dev.salescycle.host.plugins;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.zip.ZipEntry;
import java.util.zip.ZipInputStream;

/**
 * Refuses a plugin file with an entry that would land outside the folder it is unpacked into. Reads the local
 * entry headers, as PF4J's unzip does, not the central directory a crafted file may disagree with.
 */
final class ZipEntryNames {

    private ZipEntryNames() {
    }

    /** @throws PluginLoadException naming the first entry with an absolute path or a {@code ..} step */
    static void check(Path file) {
        try (InputStream bytes = Files.newInputStream(file); ZipInputStream zip = new ZipInputStream(bytes)) {
            for (ZipEntry entry = zip.getNextEntry(); entry != null; entry = zip.getNextEntry()) {
                if (escapes(entry.getName())) {
                    throw new PluginLoadException("has an entry '" + entry.getName() + "' that points outside the "
                            + "plugin's own folder; the file is refused and nothing of it was unpacked");
                }
            }
        } catch (IOException | IllegalArgumentException e) {
            throw new PluginLoadException("is not a readable jar or zip file (" + e.getMessage() + ")");
        }
    }

    static boolean escapes(String name) {
        String path = name.replace('\\', '/');
        if (path.startsWith("/") || path.matches("^[A-Za-z]:.*")) {
            return true;
        }
        for (String step : path.split("/")) {
            if (step.equals("..")) {
                return true;
            }
        }
        return false;
    }
}
