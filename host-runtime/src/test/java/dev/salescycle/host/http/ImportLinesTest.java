package dev.salescycle.host.http;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.StringReader;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;

@Timeout(120)
class ImportLinesTest {

    @Test
    void linesEndWithNewlineOrCarriageReturnNewlineAndTheLastMayHaveNeither() throws IOException {
        assertThat(read("a,b\r\nc\n\nd", 10)).containsExactly("a,b", "c", "", "d");
    }

    @Test
    void aLineOverTheLimitIsFlaggedAndTheNextLineIsReadWhole() throws IOException {
        ImportLines lines = new ImportLines(new StringReader("x".repeat(20_000) + "\nshort\n" + "y".repeat(11) + "\r\n"), 10);

        lines.next();
        assertThat(lines.tooLong()).isTrue();
        assertThat(lines.next()).isEqualTo("short");
        assertThat(lines.tooLong()).isFalse();
        lines.next();
        assertThat(lines.tooLong()).isTrue();
        assertThat(lines.next()).isNull();
    }

    @Test
    void aLineOfExactlyTheLimitIsKeptEvenWithACarriageReturn() throws IOException {
        ImportLines lines = new ImportLines(new StringReader("z".repeat(10) + "\r\n"), 10);

        assertThat(lines.next()).isEqualTo("z".repeat(10));
        assertThat(lines.tooLong()).isFalse();
    }

    private static List<String> read(String body, int maxChars) throws IOException {
        ImportLines lines = new ImportLines(new StringReader(body), maxChars);
        List<String> out = new ArrayList<>();
        for (String line = lines.next(); line != null; line = lines.next()) {
            out.add(line);
        }
        return out;
    }
}
