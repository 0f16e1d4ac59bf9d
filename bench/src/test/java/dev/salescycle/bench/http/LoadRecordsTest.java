package dev.salescycle.bench.http;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.URI;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;

/** The records that travel between the processes of a comparison read back as they were written. */
@Timeout(600)
class LoadRecordsTest {

    @Test
    void aSpecReadsBackFromItsCommandLine() {
        LoadSpec spec = new LoadSpec(URI.create("http://127.0.0.1:8080/cart"), Path.of("/tmp/carts.ndjson"), 16, 2500.5, 3, 10);

        assertThat(LoadSpec.parse(spec.line())).isEqualTo(spec);
    }

    @Test
    void aResultReadsBackFromItsJson() {
        LoadResult result = new LoadResult(64, 0, 12345.6, 123456, 2, 0.512, 1.25, 4.75, 9.5, 31.0, 1483.5);

        assertThat(LoadResult.parse(result.json())).isEqualTo(result);
    }
}
