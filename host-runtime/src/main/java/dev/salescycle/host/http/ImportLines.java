package dev.salescycle.host.http;

import java.io.IOException;
import java.io.Reader;

/**
 * The lines of an import body, each ended by {@code \n} or {@code \r\n}. A line longer than the limit is
 * read past to its end and flagged, never held whole, so a body without line breaks cannot fill the heap.
 */
final class ImportLines {

    private final Reader in;
    private final int maxChars;
    private final char[] buffer = new char[8192];
    private final StringBuilder line = new StringBuilder();
    private int position;
    private int end;
    private long length;

    ImportLines(Reader in, int maxChars) {
        this.in = in;
        this.maxChars = maxChars;
    }

    /** The next line without its line break, null after the last; cut short if {@link #tooLong()}. */
    String next() throws IOException {
        line.setLength(0);
        length = 0;
        boolean any = false;
        while (true) {
            if (position == end && !fill()) {
                return any ? finish() : null;
            }
            any = true;
            int start = position;
            while (position < end && buffer[position] != '\n') {
                position++;
            }
            append(start, position);
            if (position < end) {
                position++;
                return finish();
            }
        }
    }

    /** Whether the line {@link #next()} answered last was longer than the limit. */
    boolean tooLong() {
        return length > maxChars;
    }

    int maxChars() {
        return maxChars;
    }

    private boolean fill() throws IOException {
        int n = in.read(buffer, 0, buffer.length);
        position = 0;
        end = Math.max(n, 0);
        return n > 0;
    }

    private void append(int from, int to) {
        length += to - from;
        // One character over the limit is kept, so that a trailing \r can be told from content.
        int room = maxChars + 1 - line.length();
        line.append(buffer, from, Math.min(to - from, Math.max(room, 0)));
    }

    private String finish() {
        int last = line.length() - 1;
        if (last >= 0 && line.charAt(last) == '\r') {
            line.setLength(last);
            length--;
        }
        return line.toString();
    }
}
