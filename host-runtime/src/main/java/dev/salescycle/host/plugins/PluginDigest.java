package dev.salescycle.host.plugins;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.DigestInputStream;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;

/** The SHA-256 of a plugin file, as operators write it in the config ({@code sha256sum} prints the same). */
public final class PluginDigest {

    private PluginDigest() {
    }

    /** @return the file's SHA-256 in lower-case hex */
    public static String sha256(Path file) {
        try (DigestInputStream in = new DigestInputStream(Files.newInputStream(file), MessageDigest.getInstance("SHA-256"))) {
            in.transferTo(OutputStream.nullOutputStream());
            return HexFormat.of().formatHex(in.getMessageDigest().digest());
        } catch (IOException e) {
            throw new PluginLoadException("cannot read " + file.getFileName() + ": " + e.getMessage());
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }

    /**
     * @param expected the SHA-256 (hex) the config pins the file to, or null when it pins none
     * @throws PluginLoadException if the file's bytes have another digest
     */
    static void verify(Path file, String expected) {
        if (expected == null) {
            return;
        }
        String actual = sha256(file);
        if (!actual.equalsIgnoreCase(expected)) {
            throw new PluginLoadException("SHA-256 of " + file.getFileName() + " is " + actual
                    + " but the config expects " + expected.toLowerCase() + "; the file was not unpacked or loaded");
        }
    }
}
