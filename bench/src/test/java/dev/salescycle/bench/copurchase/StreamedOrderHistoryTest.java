package dev.salescycle.bench.copurchase;

import static org.assertj.core.api.Assertions.assertThat;

import dev.salescycle.sdk.model.CartLine;
import dev.salescycle.sdk.model.Order;
import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;

/** The streamed shop is the synthetic shop of the other benchmarks, made on the fly; the scale run works end to end. */
@Timeout(600)
class StreamedOrderHistoryTest {

    @Test
    void streamsTheOrdersOfTheSyntheticShopWithTheSameSeedOnEveryPass() {
        SyntheticShop held = SyntheticShop.generate(2_000, 500, 42);
        StreamedOrderHistory streamed = new StreamedOrderHistory(2_000, 500, 42, "o-");

        List<List<String>> first = skus(streamed);
        assertThat(first).hasSize(2_000).isEqualTo(skus(streamed));
        for (int order = 0; order < 2_000; order++) {
            assertThat(first.get(order)).isEqualTo(held.lines(order).stream().map(CartLine::sku).toList());
        }
    }

    @Test
    void theScaleRunLearnsAnswersAndAddsOrders() {
        PrintStream out = System.out;
        ByteArrayOutputStream printed = new ByteArrayOutputStream();
        System.setOut(new PrintStream(printed, true, StandardCharsets.UTF_8));
        try {
            LearningScale.main(new String[] {"20000", "2000", "3000"});
        } finally {
            System.setOut(out);
        }
        assertThat(printed.toString(StandardCharsets.UTF_8))
                .contains("orders 20,000, skus 2,000")
                .contains("heap held by the learned model")
                .contains("recommend, 3-item carts: cpu")
                .contains("add one more order into both copies: cpu  n 20,000");
    }

    private static List<List<String>> skus(StreamedOrderHistory history) {
        List<List<String>> all = new ArrayList<>();
        history.forEach((Order order) -> all.add(order.lines().stream().map(CartLine::sku).toList()));
        return all;
    }
}
