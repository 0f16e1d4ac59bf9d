package dev.salescycle.demo.sample;

import com.fasterxml.jackson.databind.ObjectMapper;
import org.junit.jupiter.api.Test;

import java.math.BigDecimal;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;

import static org.assertj.core.api.Assertions.assertThat;
import org.junit.jupiter.api.Timeout;

@Timeout(600)
class PastOrderGeneratorTest {

    private static final Instant NOW = Instant.parse("2025-03-01T12:00:00Z");

    private final SampleShop coffee = new SampleShops(new ObjectMapper()).forShop("demo-coffee").orElseThrow();
    private final PastOrderGenerator generator = new PastOrderGenerator();

    @Test
    void theSamePlanGivesTheSameOrdersWithDatesFollowingNow() {
        List<PastOrder> first = generator.generate("demo-coffee", coffee, NOW);
        List<PastOrder> later = generator.generate("demo-coffee", coffee, NOW.plus(Duration.ofDays(3)));

        assertThat(first).hasSize(coffee.pastOrders().count());
        assertThat(withoutDates(later)).isEqualTo(withoutDates(first));
        assertThat(Instant.parse(later.get(0).placedAt()))
                .isEqualTo(Instant.parse(first.get(0).placedAt()).plus(Duration.ofDays(3)));
    }

    @Test
    void ordersAreDatedWithinThePlannedDaysAndHaveUniqueIds() {
        List<PastOrder> orders = generator.generate("demo-coffee", coffee, NOW);

        Instant earliest = NOW.minus(Duration.ofDays(coffee.pastOrders().days()));
        assertThat(orders).allSatisfy(order -> assertThat(Instant.parse(order.placedAt())).isBetween(earliest, NOW));
        assertThat(orders.stream().map(PastOrder::orderId).collect(Collectors.toSet())).hasSize(orders.size());
        assertThat(orders.get(0).orderId()).isEqualTo("demo-coffee-past-0001");
    }

    @Test
    void totalsAreTheSumOfTheLinesAndPricesComeFromTheCatalogue() {
        Set<String> catalogue = coffee.productsBySku().keySet();
        for (PastOrder order : generator.generate("demo-coffee", coffee, NOW)) {
            BigDecimal sum = order.lines().stream()
                    .map(l -> new BigDecimal(l.unitPrice()).multiply(BigDecimal.valueOf(l.quantity())))
                    .reduce(BigDecimal.ZERO, BigDecimal::add);
            assertThat(new BigDecimal(order.total())).isEqualByComparingTo(sum);
            assertThat(order.currency()).isEqualTo("EUR");
            assertThat(order.lines()).isNotEmpty().allSatisfy(line -> {
                assertThat(catalogue).contains(line.sku());
                assertThat(new BigDecimal(line.unitPrice()))
                        .isEqualByComparingTo(coffee.productsBySku().get(line.sku()).price());
            });
        }
    }

    @Test
    void theBasketsLeaveAClearBoughtTogetherSignal() {
        List<PastOrder> orders = generator.generate("demo-coffee", coffee, NOW);

        List<PastOrder> withDripper = orders.stream().filter(o -> contains(o, "dripper-v60")).toList();
        long withDripperAndFilters = withDripper.stream().filter(o -> contains(o, "filters-v60")).count();
        long withFilters = orders.stream().filter(o -> contains(o, "filters-v60")).count();

        assertThat(withDripper).hasSizeGreaterThan(20);
        double confidence = (double) withDripperAndFilters / withDripper.size();
        double baseRate = (double) withFilters / orders.size();
        assertThat(confidence).isGreaterThan(0.6);
        assertThat(confidence / baseRate).as("lift").isGreaterThan(1.5);
    }

    private static List<List<Object>> withoutDates(List<PastOrder> orders) {
        return orders.stream().map(o -> List.<Object>of(o.orderId(), o.customerEmail(), o.lines(), o.total())).toList();
    }

    private static boolean contains(PastOrder order, String sku) {
        return order.lines().stream().anyMatch(l -> l.sku().equals(sku));
    }
}
