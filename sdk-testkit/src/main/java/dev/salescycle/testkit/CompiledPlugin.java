package dev.salescycle.testkit;

import java.io.File;
import java.io.IOException;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Properties;
import java.util.stream.Stream;
import java.util.zip.ZipEntry;
import java.util.zip.ZipOutputStream;

/**
 * A plugin zip made on the fly from a build's compiled classes ({@code target/classes}) and its runtime
 * libraries, laid out as the packaged zip is ({@code classes/}, {@code lib/}) with a {@code plugin.properties}
 * descriptor, so a test host loads it through the same PF4J path as a packaged plugin, in the test phase.
 *
 * <p>System properties, which the archetype's pom sets for its tests: {@value #ID}, {@value #VERSION},
 * {@value #REQUIRES}, {@value #CLASSES} (default {@code target/classes}) and {@value #CLASSPATH} (the runtime
 * libraries to put under {@code lib/}, separated by the path separator; without it the libraries come from the
 * test's class path).
 */
final class CompiledPlugin {

    static final String ID = "salescycle.plugin.id";
    static final String VERSION = "salescycle.plugin.version";
    static final String REQUIRES = "salescycle.plugin.requires";
    static final String CLASSES = "salescycle.plugin.classes";
    static final String CLASSPATH = "salescycle.plugin.classpath";

    private CompiledPlugin() {
    }

    /** The build's compiled classes: {@value #CLASSES}, else {@code target/classes}. */
    static Path classes() {
        return Path.of(System.getProperty(CLASSES, "target/classes"));
    }

    /** The plugin id the build declares, or the project folder's name. */
    static String id() {
        String id = System.getProperty(ID, "");
        return id.isBlank() ? Path.of("").toAbsolutePath().getFileName().toString() : id;
    }

    /**
     * Writes {@code <id>-<version>.zip} into the folder.
     *
     * @throws PluginLoadException if the classes are not compiled or hold no extension index
     */
    static Path zipInto(Path folder, String id, Path classes) {
        if (!Files.isRegularFile(classes.resolve("META-INF/extensions.idx"))) {
            throw new PluginLoadException(classes.toAbsolutePath() + " holds no META-INF/extensions.idx: compile the "
                    + "plugin first, with PF4J's annotation processor (org.pf4j.processor.ExtensionAnnotationProcessor)");
        }
        String version = System.getProperty(VERSION, "0.0.0-test");
        Path zip = folder.resolve(id + "-" + version + ".zip");
        try (ZipOutputStream out = new ZipOutputStream(Files.newOutputStream(zip))) {
            out.putNextEntry(new ZipEntry("plugin.properties"));
            descriptor(id, version).store(out, null);
            out.closeEntry();
            addTree(out, classes, "classes/");
            for (Path jar : libraries()) {
                out.putNextEntry(new ZipEntry("lib/" + jar.getFileName()));
                Files.copy(jar, out);
                out.closeEntry();
            }
        } catch (IOException e) {
            throw new UncheckedIOException("cannot write the plugin zip " + zip, e);
        }
        return zip;
    }

    private static Properties descriptor(String id, String version) {
        Properties p = new Properties();
        p.setProperty("plugin.id", id);
        p.setProperty("plugin.version", version);
        p.setProperty("plugin.requires", System.getProperty(REQUIRES, "*"));
        p.setProperty("plugin.description", id + " from its compiled classes");
        return p;
    }

    private static List<Path> libraries() {
        String path = System.getProperty(CLASSPATH, "");
        return Stream.of(path.split(File.pathSeparator)).filter(s -> !s.isBlank()).map(Path::of)
                .filter(p -> Files.isRegularFile(p) && p.getFileName().toString().endsWith(".jar")).toList();
    }

    private static void addTree(ZipOutputStream out, Path root, String prefix) throws IOException {
        try (Stream<Path> files = Files.walk(root)) {
            for (Path file : files.filter(Files::isRegularFile).sorted().toList()) {
                out.putNextEntry(new ZipEntry(prefix + root.relativize(file).toString().replace(File.separatorChar, '/')));
                Files.copy(file, (OutputStream) out);
                out.closeEntry();
            }
        }
    }
}
