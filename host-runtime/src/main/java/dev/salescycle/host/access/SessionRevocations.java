package dev.salescycle.host.access;

/**
 * Session ids signed out before their cookie expired. Kept in the shared store, so that a sign-out on one host
 * holds on every host of the same database.
 */
public interface SessionRevocations {

    /** Records that the session is signed out; the record may be dropped after {@code untilEpochSecond}. */
    void revoke(String sessionId, long untilEpochSecond);

    boolean revoked(String sessionId);

    /** No revocation list: for a gatekeeper without console sessions. */
    SessionRevocations NONE = new SessionRevocations() {
        @Override
        public void revoke(String sessionId, long untilEpochSecond) {
        }

        @Override
        public boolean revoked(String sessionId) {
            return false;
        }
    };
}
