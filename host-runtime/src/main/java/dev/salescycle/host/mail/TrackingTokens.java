package dev.salescycle.host.mail;

import java.time.Clock;
import java.util.List;

/**
 * Signs and checks the tokens of open pixels and click-tracked links. A click token signs the link's
 * target, so the redirect goes only where the mail pointed: the endpoint is no open redirect.
 */
public final class TrackingTokens {

    private static final String OPEN = "open";
    private static final String CLICK = "click";

    private final SignedTokens tokens;

    /**
     * @param secret the signing key, at least 32 bytes
     */
    public TrackingTokens(byte[] secret, Clock clock) {
        this.tokens = new SignedTokens(secret, clock, "tracking");
    }

    public String signOpen(String shopId, long messageId, String pluginId) {
        return tokens.sign(List.of(OPEN, shopId, Long.toString(messageId), pluginId, ""), UnsubscribeTokens.VALIDITY);
    }

    /** A token for a link to an http or https URL without line breaks. */
    public String signClick(String shopId, long messageId, String pluginId, String url) {
        return tokens.sign(List.of(CLICK, shopId, Long.toString(messageId), pluginId, url), UnsubscribeTokens.VALIDITY);
    }

    /**
     * Checks the token's signature and expiry.
     *
     * @throws InvalidTokenException if it is malformed, not signed with this secret, or expired
     */
    public TrackingToken verify(String token) throws InvalidTokenException {
        List<String> f = tokens.verify(token, 5).fields();
        boolean click = f.get(0).equals(CLICK);
        if (!click && !f.get(0).equals(OPEN) || !f.get(2).matches("\\d{1,18}") || click == f.get(4).isEmpty()) {
            throw new InvalidTokenException("the tracking token is malformed");
        }
        return new TrackingToken(click, f.get(1), Long.parseLong(f.get(2)), f.get(3), click ? f.get(4) : null);
    }
}
