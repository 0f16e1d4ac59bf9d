package dev.salescycle.plugins.support;

/**
 * RFC 4648 base32 (A-Z, 2-7): no 0/O or 1/I confusion, safe in URLs and easy to read out.
 *
 * @since 1.0.0
 */
public final class Base32 {

    private static final String ALPHABET = "ABCDEFGHIJKLMNOPQRSTUVWXYZ234567";

    private Base32() {
    }

    /** The first {@code chars} characters of the base32 form of the bytes, without padding. */
    public static String encode(byte[] bytes, int chars) {
        if (chars < 0 || chars > bytes.length * 8 / 5) {
            throw new IllegalArgumentException("cannot take " + chars + " characters from " + bytes.length + " bytes");
        }
        StringBuilder out = new StringBuilder(chars);
        int buffer = 0;
        int bits = 0;
        for (int i = 0; out.length() < chars; i++) {
            buffer = (buffer << 8) | (bytes[i] & 0xff);
            bits += 8;
            while (bits >= 5 && out.length() < chars) {
                bits -= 5;
                out.append(ALPHABET.charAt((buffer >> bits) & 31));
            }
            buffer &= (1 << bits) - 1;
        }
        return out.toString();
    }
}
