package dev.salescycle.host.retention;

import dev.salescycle.host.config.RetentionSettings;
import dev.salescycle.host.store.PluginStateStore;
import java.nio.charset.StandardCharsets;
import java.security.SecureRandom;
import java.util.Base64;

/**
 * The key that signs unsubscribe links: the configured one, or one generated on first start and kept in
 * the store, so that links keep working after a restart and on every host sharing the database.
 */
final class UnsubscribeSecret {

    // Not a valid shop id (those start with a letter or digit), so no shop's plugin state can collide.
    static final String SCOPE = "_host";
    static final String KEY = "unsubscribe-secret";

    private UnsubscribeSecret() {
    }

    static byte[] resolve(RetentionSettings settings, PluginStateStore store) {
        if (settings.unsubscribeSecret() != null) {
            return settings.unsubscribeSecret().getBytes(StandardCharsets.UTF_8);
        }
        byte[] fresh = new byte[32];
        new SecureRandom().nextBytes(fresh);
        String stored = store.stateInitialize(SCOPE, SCOPE, KEY, Base64.getEncoder().encodeToString(fresh));
        return Base64.getDecoder().decode(stored);
    }
}
