package dev.salescycle.testkit.checks;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.jar.Attributes;
import java.util.jar.Manifest;
import java.util.zip.ZipEntry;
import java.util.zip.ZipOutputStream;

/** Builds plugin jars and zips on the fly from classes of the test classpath, as PF4J's own tests do. */
public final class PluginJar {

    private final Map<String, String> attributes = new LinkedHashMap<>();
    private final Map<String, byte[]> entries = new LinkedHashMap<>();
    private final Map<String, Map<String, byte[]>> libraries = new LinkedHashMap<>();
    private final List<String> index = new ArrayList<>();
    private boolean writeIndex = true;

    public PluginJar(String id) {
        attributes.put("Plugin-Id", id);
        attributes.put("Plugin-Version", "1.0.0");
        attributes.put("Plugin-Requires", ">=1.0.0 & <2.0.0");
    }

    /** Sets a descriptor attribute; null removes it. */
    public PluginJar attribute(String name, String value) {
        if (value == null) {
            attributes.remove(name);
        } else {
            attributes.put(name, value);
        }
        return this;
    }

    /** Adds a hook class and lists it in the extension index. */
    public PluginJar extension(Class<?> type) {
        index.add(type.getName());
        return classFile(type);
    }

    /** Adds a class file without listing it. */
    public PluginJar classFile(Class<?> type) {
        entries.put(classEntry(type), classBytes(type));
        return this;
    }

    /** Leaves out META-INF/extensions.idx. */
    public PluginJar withoutIndex() {
        writeIndex = false;
        return this;
    }

    /** A library under lib/ in the zip, holding the given classes. */
    public PluginJar library(String name, Class<?>... classes) {
        Map<String, byte[]> content = new LinkedHashMap<>();
        for (Class<?> type : classes) {
            content.put(classEntry(type), classBytes(type));
        }
        libraries.put(name, content);
        return this;
    }

    /** Writes a plugin jar. */
    public Path jar(Path dir, String name) throws IOException {
        Path file = dir.resolve(name);
        try (OutputStream out = Files.newOutputStream(file)) {
            out.write(zip(ownEntries(""), Map.of()));
        }
        return file;
    }

    /** Writes a plugin zip: classes/ with the plugin's own entries, lib/ with its libraries. */
    public Path zip(Path dir, String name) throws IOException {
        Map<String, byte[]> libs = new LinkedHashMap<>();
        for (Map.Entry<String, Map<String, byte[]>> library : libraries.entrySet()) {
            libs.put("lib/" + library.getKey(), zip(library.getValue(), Map.of()));
        }
        Path file = dir.resolve(name);
        Files.write(file, zip(ownEntries("classes/"), libs));
        return file;
    }

    private Map<String, byte[]> ownEntries(String prefix) throws IOException {
        Map<String, byte[]> all = new LinkedHashMap<>();
        all.put(prefix + "META-INF/MANIFEST.MF", manifest());
        if (writeIndex) {
            all.put(prefix + "META-INF/extensions.idx", String.join("\n", index).getBytes(StandardCharsets.UTF_8));
        }
        entries.forEach((name, bytes) -> all.put(prefix + name, bytes));
        return all;
    }

    private byte[] manifest() throws IOException {
        Manifest manifest = new Manifest();
        manifest.getMainAttributes().put(Attributes.Name.MANIFEST_VERSION, "1.0");
        attributes.forEach((k, v) -> manifest.getMainAttributes().putValue(k, v));
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        manifest.write(out);
        return out.toByteArray();
    }

    private static byte[] zip(Map<String, byte[]> first, Map<String, byte[]> more) throws IOException {
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        try (ZipOutputStream out = new ZipOutputStream(bytes)) {
            for (Map<String, byte[]> part : List.of(first, more)) {
                for (Map.Entry<String, byte[]> entry : part.entrySet()) {
                    out.putNextEntry(new ZipEntry(entry.getKey()));
                    out.write(entry.getValue());
                    out.closeEntry();
                }
            }
        }
        return bytes.toByteArray();
    }

    private static String classEntry(Class<?> type) {
        return type.getName().replace('.', '/') + ".class";
    }

    private static byte[] classBytes(Class<?> type) {
        try (InputStream in = type.getClassLoader().getResourceAsStream(classEntry(type))) {
            if (in == null) {
                throw new IllegalArgumentException("no class file for " + type.getName());
            }
            return in.readAllBytes();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
