package dev.salescycle.it.abuse;

import java.nio.file.Path;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Timeout;
import org.junit.jupiter.api.io.TempDir;

/** A test class of the abuse suite: one {@link AbuseHost} for all its tests, each test a client of its own. */
@Timeout(value = 3, unit = TimeUnit.MINUTES)
abstract class AbuseTest {

    @TempDir
    static Path dir;
    static AbuseHost host;

    @BeforeAll
    static void start() {
        host = AbuseHost.start(dir);
    }

    @AfterAll
    static void stop() {
        if (host != null) {
            host.close();
        }
    }
}
