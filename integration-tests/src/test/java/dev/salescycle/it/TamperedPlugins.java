package dev.salescycle.it;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.jar.Manifest;
import java.util.zip.ZipEntry;
import java.util.zip.ZipInputStream;
import java.util.zip.ZipOutputStream;

/** Copies of built plugin files with one thing changed, as an attacker or a careless packager would make them. */
final class TamperedPlugins {

    private TamperedPlugins() {
    }

    /** The plugin file with one more entry, written under exactly that name. */
    static Path withEntry(Path plugin, Path target, String entryName) throws IOException {
        try (ZipOutputStream out = copy(plugin, target, null)) {
            out.putNextEntry(new ZipEntry(entryName));
            out.write("written by a plugin file\n".getBytes(StandardCharsets.UTF_8));
            out.closeEntry();
        }
        return target;
    }

    /** The plugin file (jar or zip) with another Plugin-Id in its manifest. */
    static Path withPluginId(Path plugin, Path target, String id) throws IOException {
        copy(plugin, target, id).close();
        return target;
    }

    private static ZipOutputStream copy(Path plugin, Path target, String pluginId) throws IOException {
        OutputStream file = Files.newOutputStream(target);
        ZipOutputStream out = new ZipOutputStream(file);
        try (InputStream bytes = Files.newInputStream(plugin); ZipInputStream in = new ZipInputStream(bytes)) {
            for (ZipEntry entry = in.getNextEntry(); entry != null; entry = in.getNextEntry()) {
                out.putNextEntry(new ZipEntry(entry.getName()));
                if (pluginId != null && entry.getName().endsWith("META-INF/MANIFEST.MF")) {
                    Manifest manifest = new Manifest(in);
                    manifest.getMainAttributes().putValue("Plugin-Id", pluginId);
                    manifest.write(out);
                } else {
                    in.transferTo(out);
                }
                out.closeEntry();
            }
        } catch (IOException | RuntimeException e) {
            out.close();
            throw e;
        }
        return out;
    }
}
