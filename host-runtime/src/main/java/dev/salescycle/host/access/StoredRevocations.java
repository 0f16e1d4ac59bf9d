package dev.salescycle.host.access;

import dev.salescycle.host.store.Store;

/**
 * Signed-out sessions kept in the store's host scope, one small row each, so every host sharing the database
 * sees a sign-out at once. A session id is 128 random bits: one lookup by key per request of the console.
 */
public final class StoredRevocations implements SessionRevocations {

    // Not a valid shop id (those start with a letter or digit), so no shop's plugin state can collide.
    private static final String SCOPE = "_host";
    private static final String OWNER = "_console";

    private final Store store;

    public StoredRevocations(Store store) {
        this.store = store;
    }

    @Override
    public void revoke(String sessionId, long untilEpochSecond) {
        store.statePut(SCOPE, OWNER, "revoked:" + sessionId, Long.toString(untilEpochSecond));
    }

    @Override
    public boolean revoked(String sessionId) {
        return store.stateGet(SCOPE, OWNER, "revoked:" + sessionId).isPresent();
    }

    /**
     * The secret console sessions are signed with: generated on the first start and kept in the store, so that
     * sessions survive a restart and hold on every host sharing the database.
     */
    public static byte[] secret(Store store) {
        byte[] fresh = new byte[32];
        new java.security.SecureRandom().nextBytes(fresh);
        String stored = store.stateInitialize(SCOPE, OWNER, "session-secret",
                java.util.Base64.getEncoder().encodeToString(fresh));
        return java.util.Base64.getDecoder().decode(stored);
    }
}
