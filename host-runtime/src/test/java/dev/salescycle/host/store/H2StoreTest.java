package dev.salescycle.host.store;

import static dev.salescycle.host.store.StoreFixtures.T0;
import static dev.salescycle.host.store.StoreFixtures.order;
import static dev.salescycle.host.store.StoreFixtures.placement;
import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.api.Timeout;

/** The store contract on the embedded default: an H2 file database in a temporary data folder. */
@Timeout(120)
class H2StoreTest extends RetentionStoreContractTest {

    @TempDir
    static Path dataDir;

    @Override
    protected StoreOptions freshDatabase() {
        return StoreOptions.of(StoreOptions.h2FileUrl(dataDir), null, null);
    }

    @Override
    protected String unreachableUrl() {
        return "jdbc:h2:tcp://127.0.0.1:" + FreePort.find() + "/nothing";
    }

    @Test
    void dataSurvivesClosingAndReopeningTheFile(@TempDir Path otherDir) {
        String url = StoreOptions.h2FileUrl(otherDir);
        try (Store first = Store.open(url, null, null)) {
            first.placeOrder("s", placement(order("o-1", "ann@example.com", T0, "beans"), "k", "body"));
            first.statePut("s", "p", "k", "v");
        }
        try (Store again = Store.open(url, null, null)) {
            assertThat(again.orderCount("s")).isEqualTo(1);
            assertThat(again.findResponse("s", "k")).map(IdempotentResponse::body).contains("body");
            assertThat(again.stateGet("s", "p", "k")).contains("v");
        }
    }
}
