package dev.salescycle.host.mail;

import java.time.Clock;
import java.time.Duration;
import java.util.List;
import java.util.Locale;

/**
 * Signs and checks unsubscribe tokens, which sign the shop and the address. Hosts sharing a database
 * share the secret, so a link works whichever host answers it.
 */
public final class UnsubscribeTokens {

    /** How long a link in a mail keeps working. */
    public static final Duration VALIDITY = Duration.ofDays(365);

    private final SignedTokens tokens;

    /**
     * @param secret the signing key, at least 32 bytes
     */
    public UnsubscribeTokens(byte[] secret, Clock clock) {
        this.tokens = new SignedTokens(secret, clock, "unsubscribe");
    }

    /** A token for the address, valid for {@link #VALIDITY} from now. */
    public String sign(String shopId, String email) {
        return tokens.sign(List.of(shopId, email.toLowerCase(Locale.ROOT)), VALIDITY);
    }

    /**
     * Checks the token's signature and expiry.
     *
     * @throws InvalidTokenException if it is malformed, not signed with this secret, or expired
     */
    public UnsubscribeToken verify(String token) throws InvalidTokenException {
        SignedTokens.Verified verified = tokens.verify(token, 2);
        return new UnsubscribeToken(verified.fields().get(0), verified.fields().get(1), verified.expiresAt());
    }
}
