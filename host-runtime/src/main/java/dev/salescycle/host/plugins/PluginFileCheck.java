package dev.salescycle.host.plugins;

import java.io.IOException;
import java.nio.file.Path;
import java.util.jar.JarFile;
import java.util.jar.Manifest;
import java.util.zip.ZipException;

/**
 * Says in an operator's words why a file in the plugins folder is no plugin, before PF4J tries it: PF4J's own
 * messages for these cases ("No PluginDescriptorFinder", "Field 'id' cannot be empty") do not say what to fix.
 */
final class PluginFileCheck {

    private PluginFileCheck() {
    }

    /** @throws PluginLoadException if the file is no readable jar or zip, or a jar without a plugin descriptor */
    static void check(Path file) {
        try (JarFile archive = new JarFile(file.toFile())) {
            if (file.getFileName().toString().endsWith(".jar") && !describesAPlugin(archive)) {
                throw new PluginLoadException("has no plugin descriptor: no Plugin-Id in META-INF/MANIFEST.MF "
                        + "and no plugin.properties");
            }
        } catch (ZipException e) {
            throw new PluginLoadException("is not a readable jar or zip file (" + e.getMessage() + ")");
        } catch (IOException e) {
            throw new PluginLoadException("cannot be read: " + e.getMessage());
        }
    }

    private static boolean describesAPlugin(JarFile jar) throws IOException {
        Manifest manifest = jar.getManifest();
        String id = manifest == null ? null : manifest.getMainAttributes().getValue("Plugin-Id");
        return (id != null && !id.isBlank()) || jar.getEntry("plugin.properties") != null;
    }
}
