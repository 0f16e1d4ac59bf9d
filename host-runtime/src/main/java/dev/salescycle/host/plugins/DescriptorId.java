package dev.salescycle.host.plugins;

import java.io.IOException;
import java.io.InputStream;
import java.util.Properties;
import java.util.jar.JarFile;
import java.util.jar.Manifest;
import java.util.regex.Pattern;
import java.util.zip.ZipEntry;

/**
 * The plugin id a file declares, read where PF4J reads it (plugin.properties first, then the manifest: at the top
 * of a jar, under {@code classes/} in a zip), so the host can check the file before PF4J unpacks or loads it.
 */
final class DescriptorId {

    static final Pattern ID = PluginIds.PATTERN;

    private DescriptorId() {
    }

    /** @throws PluginLoadException if the file declares no id, or one with characters a path could use */
    static String read(JarFile archive, boolean zip) throws IOException {
        String id = fromProperties(archive);
        if (id == null) {
            id = fromManifest(archive, zip);
        }
        if (id == null || id.isBlank()) {
            throw new PluginLoadException("has no plugin descriptor: no Plugin-Id in "
                    + (zip ? "classes/" : "") + "META-INF/MANIFEST.MF and no plugin.properties");
        }
        if (!ID.matcher(id).matches()) {
            throw new PluginLoadException("declares plugin id '" + id + "', which the host does not accept: an id is "
                    + "lower-case letters, digits, '.', '_' and '-', starting with a letter or digit, at most 64 long");
        }
        return id;
    }

    private static String fromProperties(JarFile archive) throws IOException {
        ZipEntry entry = archive.getEntry("plugin.properties");
        if (entry == null) {
            return null;
        }
        Properties properties = new Properties();
        try (InputStream in = archive.getInputStream(entry)) {
            properties.load(in);
        }
        return properties.getProperty("plugin.id");
    }

    private static String fromManifest(JarFile archive, boolean zip) throws IOException {
        Manifest manifest = archive.getManifest();
        if (zip) {
            ZipEntry entry = archive.getEntry("classes/META-INF/MANIFEST.MF");
            if (entry == null) {
                return null;
            }
            try (InputStream in = archive.getInputStream(entry)) {
                manifest = new Manifest(in);
            }
        }
        return manifest == null ? null : manifest.getMainAttributes().getValue("Plugin-Id");
    }
}
