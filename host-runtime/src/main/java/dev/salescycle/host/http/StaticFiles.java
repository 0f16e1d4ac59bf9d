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
 * Files of one class path folder (the console's, the storefront SDK's), read once and kept with their gzip form
 * and an ETag. Only flat names of the kinds given are served: nothing else on the class path is reachable.
 */
final class StaticFiles {

    /** A file as served. */
    record File(String type, byte[] plain, byte[] gzip, String etag) {
    }

    private static final Map<String, String> TYPES = Map.of("js", "text/javascript; charset=utf-8",
            "css", "text/css; charset=utf-8", "html", "text/html; charset=utf-8", "svg", "image/svg+xml");
    private static final File MISSING = new File(null, null, null, null);

    private final String folder;
    private final Pattern names;
    private final Map<String, File> files = new ConcurrentHashMap<>();

    /**
     * @param folder the class path folder, such as {@code console}
     * @param kinds the file name extensions served, such as {@code js|css}
     */
    StaticFiles(String folder, String kinds) {
        this.folder = folder;
        this.names = Pattern.compile("[a-z0-9][a-z0-9-]{0,40}\\.(" + kinds + ")");
    }

    /** The file, or null when there is none of that name. */
    File get(String name) {
        if (!names.matcher(name).matches()) {
            return null;
        }
        File file = files.computeIfAbsent(name, this::load);
        return file == MISSING ? null : file;
    }

    /**
     * Answers the file after the caller set its own headers: its ETag, {@code 304} when the client has it, else the
     * body, gzipped when the client takes that.
     */
    static void send(Exchange x, File file) throws IOException {
        var response = x.response();
        response.setHeader("ETag", file.etag());
        response.setHeader("Vary", "Accept-Encoding");
        if (matches(x.request().getHeader("If-None-Match"), file.etag())) {
            response.setStatus(304);
            return;
        }
        String accept = x.request().getHeader("Accept-Encoding");
        boolean gzip = accept != null && accept.contains("gzip");
        if (gzip) {
            response.setHeader("Content-Encoding", "gzip");
        }
        Answers.bytes(response, 200, file.type(), gzip ? file.gzip() : file.plain());
    }

    /** Whether an {@code If-None-Match} header names the file's ETag (strong or weak, alone or in a list). */
    static boolean matches(String ifNoneMatch, String etag) {
        if (ifNoneMatch == null) {
            return false;
        }
        for (String tag : ifNoneMatch.split(",")) {
            String t = tag.strip();
            if (t.equals("*") || t.equals(etag) || t.equals("W/" + etag)) {
                return true;
            }
        }
        return false;
    }

    private File load(String name) {
        try (InputStream in = StaticFiles.class.getClassLoader().getResourceAsStream(folder + "/" + name)) {
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
