package dev.salescycle.it;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import ch.qos.logback.classic.Logger;
import ch.qos.logback.classic.spi.ILoggingEvent;
import ch.qos.logback.core.read.ListAppender;
import com.fasterxml.jackson.databind.JsonNode;
import dev.salescycle.host.service.ImportService;
import dev.salescycle.host.store.Store;
import dev.salescycle.testkit.ApiClient;
import java.net.URI;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.function.BooleanSupplier;
import java.util.stream.Collectors;
import java.util.stream.IntStream;
import org.awaitility.core.ConditionTimeoutException;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import org.junit.jupiter.api.io.TempDir;
import org.slf4j.LoggerFactory;

/** Order imports at their edges: bad basket lines, and a large body streamed into the store as it arrives. */
@Timeout(300)
class OrderImportEdgeCasesTest {

    private static final String SHOP = """
            shops:
              s:
                currency: EUR
                plugins: []
            """;

    @Test
    void badBasketLinesAreReportedWithTheirNumbersWhileTheRestImports(@TempDir Path dir) {
        String csv = String.join("\n",
                "whole milk, rolls/buns",
                " , ,",
                "x".repeat(201) + ",yogurt",
                "soda,bad\u0001sku",
                "a,".repeat(2100),
                "",
                "butter,whole milk\r",
                IntStream.range(0, 501).mapToObj(i -> "i" + i).collect(Collectors.joining(","))) + "\n";
        try (TestHost host = TestHost.builder(dir).config(TestKeys.config("host:\n  maxBodyBytes: 4096\n" + SHOP)).start()) {
            ApiClient.Response r = TestKeys.client(host).post("/api/v1/shops/s/orders/import", csv, "text/csv");

            assertThat(r.status()).as(r.body()).isEqualTo(200);
            JsonNode report = FiveStagesTest.json(r);
            assertThat(report.get("imported").asLong()).isEqualTo(2);
            assertThat(report.get("skipped").asLong()).isEqualTo(5);
            assertThat(texts(report.get("errors"))).containsExactly(
                    "line 2: no items",
                    "line 3: item 1: longer than 200 characters",
                    "line 4: item 2: contains a control character at position 4",
                    "line 5: longer than 4096 characters",
                    "line 8: more than 500 items");
            assertThat(host.host().runtime().store().orderCount("s")).isEqualTo(2);
        }
    }

    @Test
    void basketCsvFieldsFollowRfc4180Quoting(@TempDir Path dir) {
        String csv = "\"Coffee, ground\",milk\n\"say \"\"hi\"\"\",tea\n\"unclosed,milk\n";
        try (TestHost host = TestHost.builder(dir).config(TestKeys.config(SHOP)).start()) {
            ApiClient.Response r = TestKeys.client(host).post("/api/v1/shops/s/orders/import", csv, "text/csv");

            assertThat(r.status()).as(r.body()).isEqualTo(200);
            JsonNode report = FiveStagesTest.json(r);
            assertThat(report.get("imported").asLong()).isEqualTo(2);
            assertThat(texts(report.get("errors"))).singleElement().asString().startsWith("line 3: not a CSV line");
            List<List<String>> baskets = new ArrayList<>();
            host.host().runtime().store().forEachOrder("s",
                    o -> baskets.add(o.lines().stream().map(l -> l.sku()).toList()));
            assertThat(baskets).containsExactlyInAnyOrder(List.of("Coffee, ground", "milk"), List.of("say \"hi\"", "tea"));
        }
    }

    @Test
    void aLargeImportIsStoredAndLoggedWhileItIsStillBeingSent(@TempDir Path dir) {
        int orders = 200_000;
        int held = 20_000;
        ListAppender<ILoggingEvent> log = new ListAppender<>();
        Logger logger = (Logger) LoggerFactory.getLogger(ImportService.class);
        log.start();
        logger.addAppender(log);
        try (TestHost host = TestHost.builder(dir).config(TestKeys.config("host:\n  maxImportBytes: 100000000\n" + SHOP)).start()) {
            Store store = host.host().runtime().store();
            List<String> seenWhileSending = new ArrayList<>();
            GeneratedLines body = new GeneratedLines(orders, OrderImportEdgeCasesTest::order, line -> {
                if (line == held) {
                    // Were the body buffered whole, nothing would be stored before its end: the wait would time out.
                    if (waitFor(() -> store.orderCount("s") > 0)) {
                        seenWhileSending.add("stored");
                    }
                    // Past the 5-second progress interval, the next batch stored is logged.
                    long heldAt = System.nanoTime();
                    waitFor(() -> System.nanoTime() - heldAt > 5_200_000_000L);
                }
                if (line == held + 10_000 && waitFor(() -> progressLines(log) > 0)) {
                    seenWhileSending.add("logged");
                }
            });

            ApiClient.Response r = ChunkedUpload.post(URI.create(host.host().baseUri() + "api/v1/shops/s/orders/import"),
                    "application/x-ndjson", () -> body);

            assertThat(r.status()).as(r.body()).isEqualTo(200);
            assertThat(FiveStagesTest.json(r).get("imported").asLong()).isEqualTo(orders);
            assertThat(seenWhileSending).as("seen while the upload was held open half-way")
                    .containsExactly("stored", "logged");
            assertThat(store.orderCount("s")).isEqualTo(orders);
        } finally {
            logger.detachAppender(log);
        }
    }

    private static String order(int i) {
        return """
                {"orderId":"big-%d","customerName":"Customer %d","lines":[{"sku":"p%d","name":"Product %d","quantity":1,\
                "unitPrice":"9.99"},{"sku":"p%d","name":"Product %d","quantity":2,"unitPrice":"4.50"},{"sku":"p%d",\
                "name":"Product %d","quantity":1,"unitPrice":"12.00"}],"placedAt":"2026-01-15T10:00:00Z"}"""
                .formatted(i, i, i % 997, i % 997, i % 89, i % 89, i % 13, i % 13);
    }

    private static long progressLines(ListAppender<ILoggingEvent> log) {
        synchronized (log.list) {
            return log.list.stream().filter(e -> e.getFormattedMessage().startsWith("Importing into shop s:")).count();
        }
    }

    private static boolean waitFor(BooleanSupplier condition) {
        try {
            await().atMost(Duration.ofSeconds(60)).pollInterval(Duration.ofMillis(50)).until(condition::getAsBoolean);
            return true;
        } catch (ConditionTimeoutException e) {
            return false;
        }
    }

    private static List<String> texts(JsonNode array) {
        List<String> out = new ArrayList<>();
        array.forEach(n -> out.add(n.asText()));
        return out;
    }
}
