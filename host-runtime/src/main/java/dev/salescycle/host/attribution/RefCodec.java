package dev.salescycle.host.attribution;

import dev.salescycle.host.dispatch.HookKind;
import java.nio.charset.StandardCharsets;
import java.security.GeneralSecurityException;
import java.time.Instant;
import java.util.Base64;
import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;

/**
 * Attribution references: {@code base64url(payload, mac)} without padding, where the payload is a version byte,
 * the stage (its high bit set when the reference is bound to a visitor), the second it was handed out (4 bytes),
 * then shop, plugin and item, each as a length (one byte below 128, else two) and UTF-8. The mac is the first 16
 * bytes of HMAC-SHA256, under a key derived from the host's secret, of the payload followed, for a bound
 * reference, by the visitor id, which is thus checked without being carried. Checking one needs no database read;
 * the signature is compared in constant time.
 * A typical reference is 60 to 90 characters.
 */
public final class RefCodec {

    /** The longest reference read; anything longer is malformed. */
    public static final int MAX_CHARS = 1024;

    private static final int VERSION = 1;
    private static final int MAC_BYTES = 16;
    private static final int BOUND = 0x80;
    private static final int HEADER = 6;
    private static final String ALGORITHM = "HmacSHA256";
    private static final Base64.Encoder ENCODER = Base64.getUrlEncoder().withoutPadding();
    private static final Base64.Decoder DECODER = Base64.getUrlDecoder();
    private static final HookKind[] STAGES = HookKind.values();

    private final ThreadLocal<Mac> macs;

    /** @param key the signing key, at least 32 bytes (derived from the host's secret for this purpose) */
    public RefCodec(byte[] key) {
        if (key.length < 32) {
            throw new IllegalArgumentException("the attribution key must be at least 32 bytes");
        }
        SecretKeySpec spec = new SecretKeySpec(key.clone(), ALGORITHM);
        this.macs = ThreadLocal.withInitial(() -> {
            try {
                Mac mac = Mac.getInstance(ALGORITHM);
                mac.init(spec);
                return mac;
            } catch (GeneralSecurityException e) {
                throw new IllegalStateException("HMAC-SHA256 is not available", e);
            }
        });
    }

    /**
     * A reference for something handed out.
     *
     * @param visitorId the visitor it is handed to, or null: then it is not bound to one
     */
    public String sign(String shop, HookKind stage, String plugin, String item, String visitorId, Instant at) {
        byte[] shopBytes = shop.getBytes(StandardCharsets.UTF_8);
        byte[] pluginBytes = plugin.getBytes(StandardCharsets.UTF_8);
        byte[] itemBytes = item.getBytes(StandardCharsets.UTF_8);
        int length = HEADER + sized(shopBytes) + sized(pluginBytes) + sized(itemBytes);
        byte[] out = new byte[length + MAC_BYTES];
        long seconds = Math.max(0, Math.min(0xFFFF_FFFFL, at.getEpochSecond()));
        out[0] = VERSION;
        out[1] = (byte) (stage.ordinal() | (visitorId != null ? BOUND : 0));
        out[2] = (byte) (seconds >>> 24);
        out[3] = (byte) (seconds >>> 16);
        out[4] = (byte) (seconds >>> 8);
        out[5] = (byte) seconds;
        int at2 = put(out, HEADER, shopBytes);
        at2 = put(out, at2, pluginBytes);
        put(out, at2, itemBytes);
        System.arraycopy(mac(out, length, visitorId), 0, out, length, MAC_BYTES);
        return ENCODER.encodeToString(out);
    }

    /**
     * Reads a reference sent back for the shop, checking its shape, signature and shop; its age is checked
     * against the shop's windows by the caller.
     *
     * @param visitorId the visitor the order or cart names, or null
     */
    public RefReading read(String ref, String shop, String visitorId) {
        if (ref == null || ref.isEmpty() || ref.length() > MAX_CHARS) {
            return RefReading.ignored(Ignored.MALFORMED);
        }
        byte[] bytes;
        try {
            bytes = DECODER.decode(ref);
        } catch (IllegalArgumentException e) {
            return RefReading.ignored(Ignored.MALFORMED);
        }
        if (!ENCODER.encodeToString(bytes).equals(ref)) {
            // A decoder ignores the spare bits of the last character and takes padding: one reference, one text.
            return RefReading.ignored(Ignored.MALFORMED);
        }
        int length = bytes.length - MAC_BYTES;
        if (length < HEADER + 3 || bytes[0] != VERSION || (bytes[1] & 0x7F) >= STAGES.length) {
            return RefReading.ignored(Ignored.MALFORMED);
        }
        int[] cursor = {HEADER};
        String refShop = text(bytes, cursor, length);
        String plugin = text(bytes, cursor, length);
        String item = text(bytes, cursor, length);
        if (refShop == null || plugin == null || item == null || cursor[0] != length) {
            return RefReading.ignored(Ignored.MALFORMED);
        }
        boolean bound = (bytes[1] & BOUND) != 0;
        byte[] expected = mac(bytes, length, bound ? (visitorId == null ? "" : visitorId) : null);
        int difference = 0;
        for (int i = 0; i < MAC_BYTES; i++) {
            difference |= expected[i] ^ bytes[length + i];
        }
        if (difference != 0 || bound && visitorId == null) {
            return RefReading.ignored(Ignored.FORGED);
        }
        if (!refShop.equals(shop)) {
            return RefReading.ignored(Ignored.OTHER_SHOP);
        }
        HookKind stage = STAGES[bytes[1] & 0x7F];
        long seconds = (bytes[2] & 0xFFL) << 24 | (bytes[3] & 0xFFL) << 16 | (bytes[4] & 0xFFL) << 8 | bytes[5] & 0xFFL;
        TouchKind kind = switch (stage) {
            case UPSELL -> TouchKind.LINE;
            case CONVERSION_OFFER -> TouchKind.OFFER;
            case THANK_YOU_PAGE -> TouchKind.THANK_YOU;
            default -> null;
        };
        if (kind == null) {
            return RefReading.ignored(Ignored.MISPLACED);
        }
        return RefReading.valid(new Touch(stage, plugin, item, kind, Instant.ofEpochSecond(seconds)));
    }

    private byte[] mac(byte[] payload, int length, String visitorId) {
        Mac mac = macs.get();
        mac.update(payload, 0, length);
        if (visitorId != null) {
            mac.update(visitorId.getBytes(StandardCharsets.UTF_8));
        }
        return mac.doFinal();
    }

    private static int sized(byte[] text) {
        if (text.length > 0x7FFF) {
            throw new IllegalArgumentException("a reference field is longer than 32767 bytes");
        }
        return (text.length < 0x80 ? 1 : 2) + text.length;
    }

    private static int put(byte[] out, int at, byte[] text) {
        int next = at;
        if (text.length < 0x80) {
            out[next++] = (byte) text.length;
        } else {
            out[next++] = (byte) (0x80 | text.length >>> 8);
            out[next++] = (byte) text.length;
        }
        System.arraycopy(text, 0, out, next, text.length);
        return next + text.length;
    }

    /**
     * The next length-prefixed text, or null when it runs past the end. Bytes that are not UTF-8 decode with
     * replacement characters; such a reference never carries a valid signature, which is checked next.
     */
    private static String text(byte[] bytes, int[] cursor, int end) {
        int at = cursor[0];
        if (at >= end) {
            return null;
        }
        int length = bytes[at++] & 0xFF;
        if ((length & 0x80) != 0) {
            if (at >= end) {
                return null;
            }
            length = (length & 0x7F) << 8 | bytes[at++] & 0xFF;
        }
        if (length > end - at) {
            return null;
        }
        cursor[0] = at + length;
        return new String(bytes, at, length, StandardCharsets.UTF_8);
    }
}
