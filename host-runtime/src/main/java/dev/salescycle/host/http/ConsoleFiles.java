package dev.salescycle.host.http;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.regex.Pattern;
import java.util.zip.GZIPOutputStream;

/**
 * The console's files, read once from the class path folder {@code console/} and kept with their gzip form and
 * an ETag. Only flat names of the kinds the console has are served: nothing else on the class path is reachable.
 */
final class ConsoleFiles {

    /** A file as served. */
    record File(String type, byte[] plain, byte[] gzip, String etag) {
    }

    private static final Pattern NAME = Pattern.compile("[a-z0-9][a-z0-9-]{0,40}\\.(js|css|html|svg)");
    private static final Map<String, String> TYPES = Map.of("js", "text/javascript;charset=utf-8",
            "css", "text/css;charset=utf-8", "html", "text/html;charset=utf-8", "svg", "image/svg+xml");
    private static final File MISSING = new File(null, null, null, null);

    private final Map<String, File> files = new ConcurrentHashMap<>();

    /** The file, or null when there is none of that name. */
    File get(String name) {
        if (!NAME.matcher(name).matches()) {
            return null;
        }
        File file = files.computeIfAbsent(name, ConsoleFiles::load);
        return file == MISSING ? null : file;
    }

    private static File load(String name) {
        try (InputStream in = ConsoleFiles.class.getClassLoader().getResourceAsStream("console/" + name)) {
            if (in == null) {
                return MISSING;
            }
            byte[] plain = in.readAllBytes();
            ByteArrayOutputStream packed = new ByteArrayOutputStream(plain.length / 3 + 64);
            try (GZIPOutputStream gzip = new GZIPOutputStream(packed)) {
                gzip.write(plain);
            }
            String etag = "\"" + HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(plain), 0, 12) + "\"";
            return new File(TYPES.get(name.substring(name.lastIndexOf('.') + 1)), plain, packed.toByteArray(), etag);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }
}
