package dev.salescycle.plugins.support;

import java.nio.charset.StandardCharsets;
import java.security.GeneralSecurityException;
import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;

/**
 * Codes derived from one order with a keyed hash: the same inputs always give the same code.
 *
 * @since 1.0.0
 */
public final class OrderCodes {

    /** 10 base32 characters: 50 bits, short enough to type, too many to guess. */
    public static final int LENGTH = 10;
    private static final String ALGORITHM = "HmacSHA256";

    private final byte[] key;
    private final String shopId;
    private final String orderId;

    public OrderCodes(byte[] key, String shopId, String orderId) {
        this.key = key.clone();
        this.shopId = shopId;
        this.orderId = orderId;
    }

    /** The code for one purpose (for example {@code coupon:win-back}); different purposes give unrelated codes. */
    public String code(String purpose) {
        try {
            Mac mac = Mac.getInstance(ALGORITHM);
            mac.init(new SecretKeySpec(key, ALGORITHM));
            // NUL separators keep ("a", "bc") and ("ab", "c") apart.
            String input = purpose + '\0' + shopId + '\0' + orderId;
            return Base32.encode(mac.doFinal(input.getBytes(StandardCharsets.UTF_8)), LENGTH);
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException(ALGORITHM + " is missing from this Java runtime", e);
        }
    }
}
