package dev.salescycle.plugins.leadscoring;

import dev.salescycle.sdk.PluginState;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.Instant;
import java.util.HexFormat;

/** The e-mail addresses this plugin has accepted in a shop, kept in the plugin's state. */
final class SeenLeads {

    private static final String PREFIX = "seen:";
    private static final int MAX_KEY_LENGTH = 200;

    private final PluginState state;

    SeenLeads(PluginState state) {
        this.state = state;
    }

    /** Records the address as seen; returns whether it had been seen before. */
    boolean remember(EmailAddress email, Instant now) {
        String key = key(email.normalized());
        if (state.get(key).isPresent()) {
            return true;
        }
        state.put(key, now.toString());
        return false;
    }

    static String key(String normalizedEmail) {
        String key = PREFIX + normalizedEmail;
        // State keys are limited; the longest valid addresses are kept by digest instead.
        return key.length() <= MAX_KEY_LENGTH ? key : PREFIX + "sha256:" + sha256(normalizedEmail);
    }

    private static String sha256(String text) {
        try {
            byte[] hash = MessageDigest.getInstance("SHA-256").digest(text.getBytes(StandardCharsets.UTF_8));
            return HexFormat.of().formatHex(hash);
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("SHA-256 is missing from this Java runtime", e);
        }
    }
}
