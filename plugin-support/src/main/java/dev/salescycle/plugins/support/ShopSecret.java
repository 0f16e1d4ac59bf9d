package dev.salescycle.plugins.support;

import dev.salescycle.sdk.PluginState;
import java.nio.charset.StandardCharsets;
import java.security.SecureRandom;
import java.util.Base64;
import java.util.Optional;

/**
 * The key for deriving codes: the configured secret, or a random one made once per shop and kept.
 *
 * @since 1.0.0
 */
public final class ShopSecret {

    public static final String STATE_KEY = "code-secret";
    private static final SecureRandom RANDOM = new SecureRandom();

    private ShopSecret() {
    }

    /** The key; {@code configured} is the operator's secret, or null. */
    public static byte[] of(PluginState state, String configured) {
        if (configured != null) {
            return configured.getBytes(StandardCharsets.UTF_8);
        }
        return stored(state).orElseGet(() -> Base64.getDecoder().decode(create(state)));
    }

    /** The key kept in the state, if one was made already. */
    static Optional<byte[]> stored(PluginState state) {
        return state.get(STATE_KEY).map(Base64.getDecoder()::decode);
    }

    private static String create(PluginState state) {
        byte[] fresh = new byte[32];
        RANDOM.nextBytes(fresh);
        state.put(STATE_KEY, Base64.getEncoder().encodeToString(fresh));
        // Read back: when two first calls race, both then use whichever key was stored last.
        return state.get(STATE_KEY).orElseThrow();
    }
}
