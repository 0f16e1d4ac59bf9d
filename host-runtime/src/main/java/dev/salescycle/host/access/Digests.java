package dev.salescycle.host.access;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;
import java.util.List;

/**
 * Secrets are kept and compared as SHA-256 digests: a presented secret is digested and compared with every
 * expected digest in constant time, so neither the time taken nor which one matched says anything about them.
 */
public final class Digests {

    private Digests() {
    }

    public static byte[] sha256(String text) {
        try {
            return MessageDigest.getInstance("SHA-256").digest(text.getBytes(StandardCharsets.UTF_8));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }

    /** The digests of lower-case hex text. */
    static byte[][] fromHex(List<String> hex) {
        return hex.stream().map(HexFormat.of()::parseHex).toArray(byte[][]::new);
    }

    /** Whether the secret's digest equals any of the expected ones; every one is compared. */
    static boolean matchesAny(String secret, byte[][] expected) {
        if (secret == null) {
            return false;
        }
        byte[] given = sha256(secret);
        boolean match = false;
        for (byte[] digest : expected) {
            match |= MessageDigest.isEqual(digest, given);
        }
        return match;
    }
}
