package dev.salescycle.it;

import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.util.function.IntFunction;
import java.util.function.IntConsumer;

/**
 * A body of numbered lines made as they are read, never held whole; {@code beforeLine} runs before each
 * line is made, so a test can hold the upload at a given line and look at the server meanwhile.
 */
final class GeneratedLines extends InputStream {

    private final int lines;
    private final IntFunction<String> line;
    private final IntConsumer beforeLine;
    private byte[] current = new byte[0];
    private int position;
    private int next;

    GeneratedLines(int lines, IntFunction<String> line, IntConsumer beforeLine) {
        this.lines = lines;
        this.line = line;
        this.beforeLine = beforeLine;
    }

    @Override
    public int read() {
        byte[] one = new byte[1];
        return read(one, 0, 1) < 0 ? -1 : one[0] & 0xff;
    }

    @Override
    public int read(byte[] buffer, int offset, int length) {
        int filled = 0;
        while (filled < length) {
            if (position == current.length) {
                if (next == lines) {
                    break;
                }
                beforeLine.accept(next);
                current = (line.apply(next++) + "\n").getBytes(StandardCharsets.UTF_8);
                position = 0;
            }
            int n = Math.min(length - filled, current.length - position);
            System.arraycopy(current, position, buffer, offset + filled, n);
            position += n;
            filled += n;
        }
        return filled == 0 && length > 0 ? -1 : filled;
    }
}
