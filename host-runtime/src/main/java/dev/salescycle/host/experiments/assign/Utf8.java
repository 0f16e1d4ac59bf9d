package dev.salescycle.host.experiments.assign;

/**
 * UTF-8 encoding into a caller's buffer, byte for byte what {@code String.getBytes(UTF_8)} gives (a lone
 * surrogate becomes {@code '?'}), without allocating.
 */
final class Utf8 {

    private Utf8() {
    }

    /** The most bytes {@code text} can take: 3 per UTF-16 unit (a surrogate pair takes 4 for its 2). */
    static int maxBytes(String text) {
        return text.length() * 3;
    }

    /** Writes {@code text} at {@code offset} (the buffer holds {@link #maxBytes} from there); returns the end. */
    static int encode(String text, byte[] buffer, int offset) {
        int p = offset;
        int length = text.length();
        for (int i = 0; i < length; i++) {
            char c = text.charAt(i);
            if (c < 0x80) {
                buffer[p++] = (byte) c;
            } else if (c < 0x800) {
                buffer[p++] = (byte) (0xC0 | c >> 6);
                buffer[p++] = (byte) (0x80 | c & 0x3F);
            } else if (Character.isSurrogate(c)) {
                if (Character.isHighSurrogate(c) && i + 1 < length && Character.isLowSurrogate(text.charAt(i + 1))) {
                    int cp = Character.toCodePoint(c, text.charAt(++i));
                    buffer[p++] = (byte) (0xF0 | cp >> 18);
                    buffer[p++] = (byte) (0x80 | cp >> 12 & 0x3F);
                    buffer[p++] = (byte) (0x80 | cp >> 6 & 0x3F);
                    buffer[p++] = (byte) (0x80 | cp & 0x3F);
                } else {
                    buffer[p++] = '?';
                }
            } else {
                buffer[p++] = (byte) (0xE0 | c >> 12);
                buffer[p++] = (byte) (0x80 | c >> 6 & 0x3F);
                buffer[p++] = (byte) (0x80 | c & 0x3F);
            }
        }
        return p;
    }
}
