package dev.salescycle.host.http;

import static org.assertj.core.api.Assertions.assertThat;

import com.code_intelligence.jazzer.junit.FuzzTest;
import com.fasterxml.jackson.databind.JsonNode;
import dev.salescycle.host.domain.DomainException;
import dev.salescycle.host.service.ImportService;
import dev.salescycle.sdk.model.Cart;
import dev.salescycle.sdk.model.CartLine;
import dev.salescycle.sdk.model.Money;
import dev.salescycle.sdk.model.Order;
import dev.salescycle.sdk.model.Product;
import java.io.ByteArrayInputStream;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Currency;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Timeout;

/**
 * Every request reader on any bytes: it answers a value the host can store and render, or refuses with a 4xx;
 * anything else would be a 500 and fails the test. In the build each target runs on its committed inputs
 * (src/test/resources/.../RequestReadersFuzzTestInputs); with {@code JAZZER_FUZZ=1} it is fuzzed (docs/fuzzing.md).
 */
@Timeout(value = 15, unit = TimeUnit.MINUTES)
class RequestReadersFuzzTest {

    private static final Currency EUR = Currency.getInstance("EUR");
    private static final Instant NOW = Instant.parse("2026-06-01T10:00:00Z");
    private static final int MAX_LINE_CHARS = 64 * 1024;

    @FuzzTest(maxDuration = "5m")
    void cart(byte[] body) {
        answered(() -> {
            Cart cart = RequestReaders.cart(Bodies.json(body));
            cart.lines().forEach(RequestReadersFuzzTest::storable);
            cart.subtotal();
        });
    }

    @FuzzTest(maxDuration = "5m")
    void order(byte[] body) {
        answered(() -> {
            JsonNode json = Bodies.json(body);
            storable(RequestReaders.order(json, NOW));
            RequestReaders.orderConsent(json);
            CanonicalJson.bytes(json);
        });
    }

    @FuzzTest(maxDuration = "5m")
    void lead(byte[] body) {
        answered(() -> Json.MAPPER.writeValueAsBytes(RequestReaders.lead(Bodies.json(body))));
    }

    @FuzzTest(maxDuration = "5m")
    void products(byte[] body) {
        answered(() -> {
            for (Product p : RequestReaders.products(Bodies.json(body), 10_000)) {
                assertThat(StoredText.problem(p.sku())).isNull();
                bounded(p.price());
                Json.MAPPER.writeValueAsBytes(Views.product(p));
            }
        });
    }

    @FuzzTest(maxDuration = "5m")
    void ndjsonImport(byte[] body) {
        imported(body, false);
    }

    @FuzzTest(maxDuration = "5m")
    void csvImport(byte[] body) {
        imported(body, true);
    }

    /** Bad lines are reported with their numbers and never stop the import; every order read can be stored. */
    private static void imported(byte[] body, boolean csv) {
        List<Order> orders = new ArrayList<>();
        List<String> bad = new ArrayList<>();
        ImportService.Session session = new ImportService.Session() {
            @Override
            public void order(Order order) {
                orders.add(order);
            }

            @Override
            public void badLine(long lineNumber, String reason) {
                assertThat(lineNumber).isPositive();
                bad.add(reason);
            }

            @Override
            public void cutShort(String reason) {
                throw new AssertionError("an import from memory cannot be cut short: " + reason);
            }
        };
        ImportLines lines = new ImportLines(new InputStreamReader(new ByteArrayInputStream(body), StandardCharsets.UTF_8),
                MAX_LINE_CHARS);
        assertThat(new OrderImportReader(EUR, NOW, "batch").read(lines, csv, session)).isEmpty();
        orders.forEach(RequestReadersFuzzTest::storable);
        assertThat(bad).allSatisfy(reason -> assertThat(reason).isNotBlank());
    }

    /** What the store and the answers need of an order: keys it keeps, amounts it can hold. */
    private static void storable(Order order) {
        assertThat(StoredText.problem(order.orderId())).isNull();
        order.lines().forEach(RequestReadersFuzzTest::storable);
        bounded(order.total());
    }

    private static void storable(CartLine line) {
        assertThat(StoredText.problem(line.sku())).isNull();
        bounded(line.unitPrice());
        line.lineTotal();
    }

    /** An amount the store's NUMERIC(19,4) holds: at most 15 digits before the point and 4 after. */
    private static void bounded(Money money) {
        assertThat((long) money.amount().precision() - money.amount().scale()).isLessThanOrEqualTo(15);
        assertThat(money.amount().scale()).isLessThanOrEqualTo(4);
    }

    /** Runs the reading; a refusal must be one the host answers with a 4xx. */
    private static void answered(Reading reading) {
        try {
            reading.run();
        } catch (RequestException e) {
            assertThat(e.status()).isBetween(400, 499);
        } catch (DomainException e) {
            assertThat(Failures.status(e)).isBetween(400, 499);
        } catch (Exception e) {
            throw new AssertionError("a request reader failed with " + e, e);
        }
    }

    @FunctionalInterface
    private interface Reading {
        void run() throws Exception;
    }
}
