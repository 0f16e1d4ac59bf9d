package dev.salescycle.host.plugins;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.HashMap;
import java.util.Map;
import java.util.stream.Stream;
import java.util.zip.ZipEntry;
import java.util.zip.ZipInputStream;

/**
 * PF4J loads a zip from the folder it unpacked it into, and unpacks again only when the zip is newer than that
 * folder. So after a restart the code that runs is the folder's, not the checked zip's: refuse a folder that no
 * longer holds exactly the zip's files. Only reads, as the folder may be in use by a running plugin.
 */
final class ExpandedZipCheck {

    private ExpandedZipCheck() {
    }

    /** @throws PluginLoadException if PF4J would reuse an unpacked folder that differs from the zip */
    static void check(Path zip) {
        String name = zip.getFileName().toString();
        Path folder = zip.resolveSibling(name.substring(0, name.lastIndexOf('.')));
        try {
            if (!Files.isDirectory(folder)
                    || Files.getLastModifiedTime(zip).compareTo(Files.getLastModifiedTime(folder)) > 0) {
                return;
            }
            Map<Path, byte[]> entries = entries(zip, folder);
            try (Stream<Path> files = Files.walk(folder)) {
                for (Path file : (Iterable<Path>) files.filter(Files::isRegularFile)::iterator) {
                    byte[] expected = entries.remove(file);
                    if (expected == null || !Arrays.equals(expected, Files.readAllBytes(file))) {
                        throw differs(folder, file);
                    }
                }
            }
            if (!entries.isEmpty()) {
                throw differs(folder, entries.keySet().iterator().next());
            }
        } catch (IOException e) {
            throw new PluginLoadException("cannot compare with its unpacked folder " + folder.getFileName() + ": "
                    + e.getMessage());
        }
    }

    private static Map<Path, byte[]> entries(Path zip, Path folder) throws IOException {
        Map<Path, byte[]> entries = new HashMap<>();
        try (InputStream bytes = Files.newInputStream(zip); ZipInputStream in = new ZipInputStream(bytes)) {
            for (ZipEntry entry = in.getNextEntry(); entry != null; entry = in.getNextEntry()) {
                if (!entry.isDirectory()) {
                    entries.put(folder.resolve(entry.getName()), in.readAllBytes());
                }
            }
        }
        return entries;
    }

    private static PluginLoadException differs(Path folder, Path file) {
        return new PluginLoadException("is unpacked in folder " + folder.getFileName() + ", which no longer matches it ("
                + folder.relativize(file) + " differs); delete that folder so the host unpacks the zip again");
    }
}
