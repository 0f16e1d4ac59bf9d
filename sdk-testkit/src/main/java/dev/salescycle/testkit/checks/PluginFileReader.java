package dev.salescycle.testkit.checks;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.jar.Manifest;
import java.util.zip.ZipEntry;
import java.util.zip.ZipFile;
import java.util.zip.ZipInputStream;

/**
 * Reads a plugin in one of the layouts the host loads: a jar, or a zip with the plugin's classes under
 * {@code classes/} and its libraries under {@code lib/}.
 */
final class PluginFileReader {

    private PluginFileReader() {
    }

    static PluginFile read(Path plugin) throws IOException {
        String name = plugin.getFileName().toString();
        if (name.endsWith(".jar")) {
            return readJar(plugin, name);
        }
        if (name.endsWith(".zip")) {
            return readZip(plugin, name);
        }
        throw new IOException(name + " is neither a plugin zip nor a plugin jar");
    }

    private static PluginFile readJar(Path jar, String name) throws IOException {
        try (ZipFile zip = new ZipFile(jar.toFile())) {
            List<String> entries = zip.stream().map(ZipEntry::getName).toList();
            return new PluginFile(name, "jar", manifest(bytes(zip, PluginFile.MANIFEST)),
                    lines(bytes(zip, PluginFile.INDEX)), entries, Map.of());
        }
    }

    private static PluginFile readZip(Path file, String name) throws IOException {
        try (ZipFile zip = new ZipFile(file.toFile())) {
            List<String> own = new ArrayList<>();
            Map<String, List<String>> libraries = new LinkedHashMap<>();
            for (ZipEntry entry : zip.stream().toList()) {
                if (entry.getName().startsWith("classes/")) {
                    own.add(entry.getName().substring("classes/".length()));
                } else if (entry.getName().startsWith("lib/") && entry.getName().endsWith(".jar")) {
                    try (InputStream in = zip.getInputStream(entry)) {
                        libraries.put(entry.getName(), jarEntries(in));
                    }
                }
            }
            return new PluginFile(name, "zip", manifest(bytes(zip, "classes/" + PluginFile.MANIFEST)),
                    lines(bytes(zip, "classes/" + PluginFile.INDEX)), own, libraries);
        }
    }

    private static List<String> jarEntries(InputStream jar) throws IOException {
        List<String> names = new ArrayList<>();
        try (ZipInputStream in = new ZipInputStream(jar)) {
            for (ZipEntry entry = in.getNextEntry(); entry != null; entry = in.getNextEntry()) {
                names.add(entry.getName());
            }
        }
        return names;
    }

    private static byte[] bytes(ZipFile zip, String entry) throws IOException {
        ZipEntry found = zip.getEntry(entry);
        if (found == null) {
            return null;
        }
        try (InputStream in = zip.getInputStream(found)) {
            return in.readAllBytes();
        }
    }

    private static Manifest manifest(byte[] bytes) throws IOException {
        return bytes == null ? null : new Manifest(new ByteArrayInputStream(bytes));
    }

    private static List<String> lines(byte[] bytes) {
        return bytes == null ? null : new String(bytes, StandardCharsets.UTF_8).lines().toList();
    }
}
