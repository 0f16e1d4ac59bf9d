package dev.salescycle.host.store;

import static org.assertj.core.api.Assertions.assertThat;

import dev.salescycle.sdk.model.Customer;
import java.time.Instant;
import java.util.Optional;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;

@Timeout(120)
class CustomerCacheTest {

    private static final Optional<Customer> ANN = Optional.of(new Customer("ann@example.com", "Ann", true, 1,
            Instant.EPOCH, Instant.EPOCH));

    private final CustomerCache cache = CustomerCache.forUrl("jdbc:h2:file:./data/salescycle");
    private final AtomicInteger reads = new AtomicInteger();

    @Test
    void itIsOnlyOnWhereNoOtherProcessWritesTheDatabase() {
        assertThat(cache.enabled()).isTrue();
        assertThat(CustomerCache.forUrl("jdbc:h2:mem:x;DB_CLOSE_DELAY=-1").enabled()).isTrue();
        assertThat(CustomerCache.forUrl("jdbc:postgresql://db/shop").enabled()).isFalse();
        assertThat(CustomerCache.forUrl("jdbc:h2:tcp://db/shop").enabled()).isFalse();
        assertThat(CustomerCache.forUrl("jdbc:h2:file:./x;AUTO_SERVER=TRUE").enabled()).isFalse();
    }

    @Test
    void aReadIsKeptUntilTheCustomerOrTheShopIsWritten() {
        assertThat(read("coffee", "ann@example.com")).isEqualTo(ANN);
        assertThat(read("coffee", "ann@example.com")).isEqualTo(ANN);
        assertThat(reads).hasValue(1);

        cache.changed("coffee", " Ann@Example.com");
        read("coffee", "ann@example.com");
        assertThat(reads).hasValue(2);

        cache.changed("tea", "ann@example.com");
        read("coffee", "ann@example.com");
        assertThat(reads).hasValue(2);

        cache.changedAll("coffee");
        read("coffee", "ann@example.com");
        assertThat(reads).hasValue(3);
    }

    @Test
    void aReadThatRacedWithAWriteIsNotKept() {
        cache.get("coffee", "ann@example.com", () -> {
            cache.changed("coffee", "bob@example.com");
            return Optional.empty();
        });

        assertThat(read("coffee", "ann@example.com")).isEqualTo(ANN);
        assertThat(reads).hasValue(1);
    }

    @Test
    void offEveryReadGoesToTheDatabase() {
        CustomerCache off = CustomerCache.forUrl("jdbc:postgresql://db/shop");
        off.get("coffee", "ann@example.com", this::count);
        off.get("coffee", "ann@example.com", this::count);

        assertThat(reads).hasValue(2);
    }

    private Optional<Customer> read(String shop, String email) {
        return cache.get(shop, email, this::count);
    }

    private Optional<Customer> count() {
        reads.incrementAndGet();
        return ANN;
    }
}
