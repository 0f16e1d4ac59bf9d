package dev.salescycle.host.plugins;

import java.io.IOException;
import java.nio.file.Path;
import java.util.jar.JarFile;
import java.util.zip.ZipException;

/**
 * Checks a file in the plugins folder before PF4J unpacks or loads any of it, and says in an operator's words why
 * it is no plugin: PF4J's own messages ("No PluginDescriptorFinder", "Field 'id' cannot be empty") do not say
 * what to fix, and PF4J would already have written the file's entries to disk.
 */
final class PluginFileCheck {

    private PluginFileCheck() {
    }

    /**
     * @return the plugin id the file declares
     * @throws PluginLoadException if the file is no readable jar or zip, has an entry pointing outside its folder,
     *                             or declares no plugin id or one the host does not accept
     */
    static String check(Path file) {
        try (JarFile archive = new JarFile(file.toFile())) {
            ZipEntryNames.check(file);
            return DescriptorId.read(archive, file.getFileName().toString().endsWith(".zip"));
        } catch (ZipException e) {
            throw new PluginLoadException("is not a readable jar or zip file (" + e.getMessage() + ")");
        } catch (IOException e) {
            throw new PluginLoadException("cannot be read: " + e.getMessage());
        }
    }
}
