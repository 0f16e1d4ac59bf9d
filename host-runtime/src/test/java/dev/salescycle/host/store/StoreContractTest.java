package dev.salescycle.host.store;

import static dev.salescycle.host.store.StoreFixtures.T0;
import static dev.salescycle.host.store.StoreFixtures.lead;
import static dev.salescycle.host.store.StoreFixtures.message;
import static dev.salescycle.host.store.StoreFixtures.newShop;
import static dev.salescycle.host.store.StoreFixtures.order;
import static dev.salescycle.host.store.StoreFixtures.placement;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.salescycle.sdk.model.Customer;
import dev.salescycle.sdk.model.Money;
import dev.salescycle.sdk.model.Order;
import dev.salescycle.sdk.model.Product;
import java.math.BigDecimal;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Collections;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.concurrent.Callable;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.function.IntFunction;
import java.util.stream.IntStream;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.junit.jupiter.api.Timeout;

/**
 * The behaviour every store must show, whatever the database. Subclasses open the store; each test
 * works in a shop of its own, so tests share one database without cleaning up.
 */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
@Timeout(120)
abstract class StoreContractTest {

    protected Store store;
    private StoreOptions options;

    /** Opens a store on a fresh database, or aborts the class with an assumption. */
    protected abstract StoreOptions freshDatabase() throws Exception;

    /** A URL of this store's kind where nothing listens. */
    protected abstract String unreachableUrl();

    /** Removes what {@link #freshDatabase()} created; the store is closed already. */
    protected void dropDatabase() throws Exception {
    }

    @BeforeAll
    final void openStore() throws Exception {
        options = freshDatabase();
        store = Store.open(options);
    }

    @AfterAll
    final void closeStore() throws Exception {
        if (store != null) {
            store.close();
        }
        dropDatabase();
    }

    // ---- leads

    @Test
    void savingALeadAgainUnderAnotherCaseKeepsItsIdAndReportsTheDuplicate() {
        String shop = newShop();
        LeadRecord first = store.saveLead(shop, lead("Ann@Example.com", "newsletter", false, 10, "cold"), T0);
        LeadRecord again = store.saveLead(shop, lead("ann@example.COM", null, false, 70, "hot", "coffee"),
                T0.plusSeconds(60));

        assertThat(first.duplicate()).isFalse();
        assertThat(again).isEqualTo(new LeadRecord(first.id(), true));
        assertThat(rows("leads", shop)).isEqualTo(1);
        String stored = one("SELECT email, score, segments, source FROM leads WHERE shop_id = ?",
                rs -> rs.getString(1) + " " + rs.getInt(2) + " " + rs.getString(3) + " " + rs.getString(4), shop);
        assertThat(stored).isEqualTo("ann@example.com 70 [\"hot\",\"coffee\"] newsletter");
    }

    @Test
    void leadsOfDifferentShopsAreSeparate() {
        String shopA = newShop();
        String shopB = newShop();
        LeadRecord a = store.saveLead(shopA, lead("ann@example.com", null, false, 1), T0);
        LeadRecord b = store.saveLead(shopB, lead("ann@example.com", null, false, 1), T0);

        assertThat(b.duplicate()).isFalse();
        assertThat(b.id()).isNotEqualTo(a.id());
    }

    @Test
    void aLeadWithConsentRecordsTheConsentOnTheCustomer() {
        String shop = newShop();
        store.saveLead(shop, lead("Ann@Example.com", "newsletter", true, 10), T0);

        assertThat(store.customer(shop, "ann@example.com"))
                .contains(new Customer("ann@example.com", "Ann", true, 0, null, null));
        String source = one("SELECT consent_source FROM customers WHERE shop_id = ?", rs -> rs.getString(1), shop);
        Instant at = one("SELECT consent_at FROM customers WHERE shop_id = ?", rs -> Sql.instant(rs, "consent_at"), shop);
        assertThat(source).isEqualTo("lead:newsletter");
        assertThat(at).isEqualTo(T0);
    }

    @Test
    void leadsWhoseConsentWasNeverConfirmedAreDeletedOnceThePeriodIsOverAndNoOthers() {
        String shop = newShop();
        store.saveLead(shop, lead("wait@example.com", "form", false, 1), T0);
        assertThat(store.consentRequested(shop, "Wait@example.com", T0)).isTrue();
        assertThat(store.consentRequested(shop, "wait@example.com", T0.plusSeconds(60))).as("marked once").isFalse();
        store.saveLead(shop, lead("confirmed@example.com", "form", false, 1), T0);
        store.consentRequested(shop, "confirmed@example.com", T0);
        assertThat(store.confirmConsent(shop, "confirmed@example.com", T0.plusSeconds(5))).isTrue();
        store.saveLead(shop, lead("consented@example.com", "form", true, 1), T0);
        assertThat(store.consentRequested(shop, "consented@example.com", T0)).as("consent given already").isFalse();
        store.saveLead(shop, lead("never-asked@example.com", null, false, 1), T0);

        assertThat(store.deleteUnconfirmedLeads(T0)).as("only requests made before the cut-off").isZero();
        assertThat(store.deleteUnconfirmedLeads(T0.plusSeconds(1))).isEqualTo(1);

        assertThat(leadsOf(shop, "wait@example.com")).isZero();
        assertThat(leadsOf(shop, "confirmed@example.com")).isOne();
        assertThat(leadsOf(shop, "consented@example.com")).isOne();
        assertThat(leadsOf(shop, "never-asked@example.com")).isOne();
    }

    private int leadsOf(String shop, String email) {
        return store.exportCustomer(shop, email).map(e -> e.leads().size()).orElse(0);
    }

    @Test
    void aLeadWithoutConsentCreatesNoCustomerAndDoesNotWithdrawEarlierConsent() {
        String shop = newShop();
        store.saveLead(shop, lead("bob@example.com", null, false, 10), T0);
        assertThat(store.customer(shop, "bob@example.com")).isEmpty();

        store.saveLead(shop, lead("bob@example.com", "ad", true, 10), T0.plusSeconds(1));
        store.saveLead(shop, lead("bob@example.com", null, false, 10), T0.plusSeconds(2));

        assertThat(store.customer(shop, "bob@example.com")).map(Customer::marketingConsent).contains(true);
        boolean leadConsent = one("SELECT marketing_consent FROM leads WHERE shop_id = ?", rs -> rs.getBoolean(1), shop);
        assertThat(leadConsent).isTrue();
    }

    @Test
    void eightConcurrentFirstLeadsOfOneAddressMakeOneLead() throws Exception {
        String shop = newShop();
        List<LeadRecord> saved = concurrently(8, i -> store.saveLead(shop,
                lead("ann@example.com", "s" + i, true, i), T0.plusSeconds(i)));

        assertThat(saved).extracting(LeadRecord::id).containsOnly(saved.get(0).id());
        assertThat(saved).filteredOn(r -> !r.duplicate()).hasSize(1);
        assertThat(rows("leads", shop)).isEqualTo(1);
        assertThat(rows("customers", shop)).isEqualTo(1);
    }

    // ---- products

    @Test
    void productsAreUpsertedBySkuAndListedInSkuOrder() {
        String shop = newShop();
        Product mug = new Product("mug", "Mug", Money.of("8.50", "EUR"), "https://shop/mug", null);
        Product beans = new Product("beans", "Beans", Money.of("12.00", "EUR"), null, "https://shop/beans.png");
        assertThat(store.upsertProducts(shop, List.of(mug, beans))).isEqualTo(2);

        Product cheaperMug = new Product("mug", "Mug 2", Money.of("7.25", "EUR"), null, null);
        Product filter = new Product("filter", "Filter", Money.of("3.00", "EUR"), null, null);
        Product filterFixed = new Product("filter", "Paper filter", Money.of("3.10", "EUR"), null, null);
        assertThat(store.upsertProducts(shop, List.of(cheaperMug, filter, filterFixed))).isEqualTo(2);

        assertThat(store.products(shop)).containsExactly(beans, filterFixed, cheaperMug);
        assertThat(store.product(shop, "mug")).contains(cheaperMug);
        assertThat(store.product(shop, "tea")).isEmpty();
        assertThat(store.products(newShop())).isEmpty();
    }

    // ---- placing orders

    @Test
    void placingAnOrderStoresAllOfItInOneGo() {
        String shop = newShop();
        Order order = order("o-1", "Ann@Example.com", T0, "beans", "mug");
        OrderPlacement placement = placement(order, "key-1", "{\"orderId\":\"o-1\"}",
                message("drip", "review", T0.plus(Duration.ofDays(14))), message("drip", "welcome", T0.plusSeconds(86400)));

        assertThat(store.placeOrder(shop, placement)).isEqualTo(PlaceResult.placed());

        IdempotentResponse answer = new IdempotentResponse("hash-{\"orderId\":\"o-1\"}", 201, "{\"orderId\":\"o-1\"}");
        assertThat(store.findResponse(shop, "key-1")).contains(answer);
        assertThat(store.findOrderResponse(shop, "o-1")).contains(answer);
        assertThat(store.orderCount(shop)).isEqualTo(1);
        assertThat(store.ordersOf(shop, "ANN@example.com")).containsExactly(withEmail(order, "ann@example.com"));
        assertThat(store.thankYouJson(shop, "o-1")).contains("{\"blocks\":[\"thanks o-1\"]}");
        assertThat(store.customer(shop, "ann@example.com"))
                .contains(new Customer("ann@example.com", "Customer Ann@Example.com", true, 1, T0, T0));

        List<MessageRecord> messages = store.messagesOfOrder(shop, "o-1");
        assertThat(messages).extracting(MessageRecord::key).containsExactly("welcome", "review");
        MessageRecord welcome = messages.get(0);
        assertThat(welcome.pluginId()).isEqualTo("drip");
        assertThat(welcome.template()).isEqualTo("welcome-template");
        assertThat(welcome.dueAt()).isEqualTo(T0.plusSeconds(86400));
        assertThat(welcome.marketing()).isTrue();
        assertThat(welcome.status()).isEqualTo(MessageStatus.SCHEDULED);
        assertThat(welcome.data()).isEqualTo(Map.of("coupon", "C-welcome"));
    }

    @Test
    void theSameKeyAgainReturnsTheFirstAnswerAndChangesNothing() {
        String shop = newShop();
        store.placeOrder(shop, placement(order("o-1", "ann@example.com", T0, "beans"), "key-1", "first",
                message("drip", "welcome", T0)));
        Map<String, Long> before = counts(shop);

        PlaceResult again = store.placeOrder(shop, placement(order("o-2", "bob@example.com", T0, "mug"), "key-1",
                "second", message("drip", "welcome", T0), message("drip", "other", T0)));

        assertThat(again).isEqualTo(PlaceResult.duplicate(new IdempotentResponse("hash-first", 201, "first")));
        assertThat(counts(shop)).isEqualTo(before);
        assertThat(store.customer(shop, "bob@example.com")).isEmpty();
        assertThat(store.customer(shop, "ann@example.com")).map(Customer::orderCount).contains(1);
    }

    @Test
    void theSameOrderIdUnderAnotherKeyReturnsTheFirstAnswerAndChangesNothing() {
        String shop = newShop();
        store.placeOrder(shop, placement(order("o-1", "ann@example.com", T0, "beans"), "key-1", "first",
                message("drip", "welcome", T0)));
        Map<String, Long> before = counts(shop);

        PlaceResult again = store.placeOrder(shop, placement(order("o-1", "ann@example.com", T0, "beans"), "key-2",
                "second", message("drip", "welcome", T0)));

        assertThat(again.previous()).isEqualTo(new IdempotentResponse("hash-first", 201, "first"));
        assertThat(counts(shop)).isEqualTo(before);
        assertThat(store.findResponse(shop, "key-2")).isEmpty();
    }

    @Test
    void withoutAKeyTheOrderIdIsTheKey() {
        String shop = newShop();
        Order order = order("o-1", "ann@example.com", T0, "beans");
        assertThat(store.placeOrder(shop, placement(order, null, "first")).isPlaced()).isTrue();

        PlaceResult again = store.placeOrder(shop, placement(order, null, "second"));

        assertThat(again.outcome()).isEqualTo(PlaceResult.Outcome.DUPLICATE);
        assertThat(again.previous().body()).isEqualTo("first");
        assertThat(store.orderCount(shop)).isEqualTo(1);
    }

    @Test
    void placingTheIdOfAnImportedOrderChangesNothing() {
        String shop = newShop();
        store.importOrders(shop, List.of(order("o-1", "ann@example.com", T0, "beans")));
        Map<String, Long> before = counts(shop);

        PlaceResult result = store.placeOrder(shop, placement(order("o-1", "ann@example.com", T0, "beans"), "key-1",
                "body", message("drip", "welcome", T0)));

        assertThat(result).isEqualTo(PlaceResult.orderExists());
        assertThat(counts(shop)).isEqualTo(before);
        assertThat(store.findResponse(shop, "key-1")).isEmpty();
    }

    @Test
    void eightConcurrentPlacementsOfOneKeyStoreExactlyOneOrder() throws Exception {
        String shop = newShop();
        List<PlaceResult> results = concurrently(shop, 8, i -> placement(order("o-" + i, "ann@example.com", T0, "beans"),
                "same-key", "body-" + i, message("drip", "welcome", T0), message("drip", "review", T0)));

        List<PlaceResult> placed = results.stream().filter(PlaceResult::isPlaced).toList();
        assertThat(placed).hasSize(1);
        IdempotentResponse winner = store.findResponse(shop, "same-key").orElseThrow();
        assertThat(results).filteredOn(r -> !r.isPlaced()).hasSize(7)
                .allSatisfy(r -> assertThat(r).isEqualTo(PlaceResult.duplicate(winner)));
        assertThat(rows("orders", shop)).isEqualTo(1);
        assertThat(rows("scheduled_messages", shop)).isEqualTo(2);
        assertThat(store.customer(shop, "ann@example.com")).map(Customer::orderCount).contains(1);
    }

    @Test
    void eightConcurrentPlacementsOfOneOrderIdUnderDifferentKeysStoreExactlyOneOrder() throws Exception {
        String shop = newShop();
        List<PlaceResult> results = concurrently(shop, 8, i -> placement(order("o-1", "ann@example.com", T0, "beans"),
                "key-" + i, "body-" + i, message("drip", "welcome", T0)));

        assertThat(results).filteredOn(PlaceResult::isPlaced).hasSize(1);
        assertThat(results).filteredOn(r -> r.outcome() == PlaceResult.Outcome.DUPLICATE).hasSize(7);
        assertThat(rows("orders", shop)).isEqualTo(1);
        assertThat(rows("idempotency_keys", shop)).isEqualTo(1);
        assertThat(rows("scheduled_messages", shop)).isEqualTo(1);
    }

    @Test
    void concurrentOrdersOfOneNewCustomerAreAllCounted() throws Exception {
        String shop = newShop();
        List<PlaceResult> results = concurrently(shop, 8, i -> placement(
                order("o-" + i, "ann@example.com", T0.plusSeconds(i), "beans"), "key-" + i, "body-" + i));

        assertThat(results).allMatch(PlaceResult::isPlaced);
        assertThat(store.customer(shop, "ann@example.com"))
                .contains(new Customer("ann@example.com", "Customer ann@example.com", true, 8, T0, T0.plusSeconds(7)));
    }

    @Test
    void placedOrdersCountIntoTheirCustomerWhateverTheirOrder() {
        String shop = newShop();
        store.placeOrder(shop, placement(order("o-2", "ann@example.com", T0.plusSeconds(100), "mug"), "k2", "b"));
        store.importOrders(shop, List.of(order("o-1", "ann@example.com", T0, "beans"),
                order("o-3", "ANN@example.com", T0.plusSeconds(50), "beans")));

        Customer ann = store.customer(shop, "ann@example.com").orElseThrow();
        assertThat(ann.orderCount()).isEqualTo(3);
        assertThat(ann.firstOrderAt()).isEqualTo(T0);
        assertThat(ann.lastOrderAt()).isEqualTo(T0.plusSeconds(100));
        assertThat(store.ordersOf(shop, "ann@example.com")).extracting(Order::orderId).containsExactly("o-1", "o-3", "o-2");
        assertThat(store.customer(shop, "nobody@example.com")).isEmpty();
    }

    @Test
    void consentGivenAtCheckoutIsRecordedAndUnknownConsentKeepsTheStoredOne() {
        String shop = newShop();
        store.saveLead(shop, lead("ann@example.com", null, true, 1), T0);
        Order first = order("o-1", "ann@example.com", T0.plusSeconds(10), "beans");
        store.placeOrder(shop, new OrderPlacement(first, null, null, "k1", "h", 201, "b", null, List.of(), List.of()));
        assertThat(store.customer(shop, "ann@example.com")).map(Customer::marketingConsent).contains(true);

        Order second = order("o-2", "ann@example.com", T0.plusSeconds(20), "beans");
        store.placeOrder(shop, new OrderPlacement(second, null, false, "k2", "h", 201, "b", null, List.of(), List.of()));

        assertThat(store.customer(shop, "ann@example.com")).map(Customer::marketingConsent).contains(false);
        String source = one("SELECT consent_source FROM customers WHERE shop_id = ?", rs -> rs.getString(1), shop);
        assertThat(source).isEqualTo("order");
        assertThat(store.thankYouJson(shop, "o-2")).isEmpty();
    }

    // ---- imports and streaming

    @Test
    void importSkipsOrderIdsTheShopHasAndRepeatsWithinTheBatch() {
        String shop = newShop();
        assertThat(store.importOrders(shop, List.of(order("o-1", "ann@example.com", T0, "a"),
                order("o-2", null, T0, "b")))).isEqualTo(new ImportResult(2, 0));

        ImportResult second = store.importOrders(shop, List.of(order("o-2", null, T0, "b"),
                order("o-3", "ann@example.com", T0.plusSeconds(5), "c"), order("o-3", "bob@example.com", T0, "c")));

        assertThat(second).isEqualTo(new ImportResult(1, 2));
        assertThat(store.orderCount(shop)).isEqualTo(3);
        assertThat(rows("order_lines", shop)).isEqualTo(3);
        assertThat(store.customer(shop, "ann@example.com")).map(Customer::orderCount).contains(2);
        assertThat(store.customer(shop, "bob@example.com")).isEmpty();
        assertThat(store.importOrders(shop, List.of())).isEqualTo(new ImportResult(0, 0));
    }

    @Test
    void forEachOrderStreamsEveryOrderOldestFirstWithItsLines() {
        String shop = newShop();
        List<Order> orders = new ArrayList<>(IntStream.range(0, 1200)
                .mapToObj(i -> order("o-" + i, "c" + (i % 7) + "@example.com", T0.plusSeconds(i), "a" + i, "b", "c"))
                .toList());
        Collections.shuffle(orders, new Random(42));
        store.importOrders(shop, orders.subList(0, 600));
        store.importOrders(shop, orders.subList(600, 1200));

        List<Order> streamed = new ArrayList<>();
        store.forEachOrder(shop, streamed::add);

        List<Order> expected = orders.stream().sorted(Comparator.comparing(Order::placedAt)).toList();
        assertThat(streamed).containsExactlyElementsOf(expected);
    }

    @Test
    void anExceptionInTheStreamingActionReachesTheCaller() {
        String shop = newShop();
        store.importOrders(shop, List.of(order("o-1", null, T0, "a")));

        assertThatThrownBy(() -> store.forEachOrder(shop, o -> {
            throw new IllegalStateException("stop");
        })).isInstanceOf(IllegalStateException.class).hasMessage("stop");
        assertThat(store.isHealthy()).isTrue();
    }

    // ---- plugin state

    @Test
    void pluginStateIsKeptPerShopAndPlugin() {
        String shop = newShop();
        store.statePut(shop, "upsell", "model", "v1");
        store.statePut(shop, "upsell", "model", "v2");
        store.statePut(shop, "drip", "model", "other");

        assertThat(store.stateGet(shop, "upsell", "model")).contains("v2");
        assertThat(store.stateGet(shop, "drip", "model")).contains("other");
        assertThat(store.stateGet(newShop(), "upsell", "model")).isEmpty();

        store.stateRemove(shop, "upsell", "model");
        store.stateRemove(shop, "upsell", "absent");
        assertThat(store.stateGet(shop, "upsell", "model")).isEmpty();
        assertThat(store.stateGet(shop, "drip", "model")).contains("other");
    }

    @Test
    void pluginStateTakes64KibAndRefusesMore() {
        String shop = newShop();
        String largest = "x".repeat(64 * 1024);
        store.statePut(shop, "p", "big", largest);
        assertThat(store.stateGet(shop, "p", "big")).contains(largest);

        assertThatThrownBy(() -> store.statePut(shop, "p", "big", largest + "y"))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("64 KiB");
        assertThatThrownBy(() -> store.statePut(shop, "p", "k".repeat(201), "v"))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("state key");
    }

    // ---- funnel and unsubscribes

    @Test
    void funnelEventsAreCountedPerTypeWithinTheWindow() {
        String shop = newShop();
        store.recordEvents(shop, List.of(
                new FunnelEvent(FunnelEventType.LEAD_CAPTURED, "1", null, T0),
                new FunnelEvent(FunnelEventType.OFFER_SHOWN, "cart-1", "conversion-offers", T0.plusSeconds(1)),
                new FunnelEvent(FunnelEventType.OFFER_SHOWN, "cart-2", "conversion-offers", T0.plusSeconds(2)),
                new FunnelEvent(FunnelEventType.ORDER_PLACED, "o-1", null, T0.plusSeconds(3600))));
        store.recordEvents(newShop(), List.of(new FunnelEvent(FunnelEventType.OFFER_SHOWN, null, null, T0)));

        Map<FunnelEventType, Long> counts = store.funnelCounts(shop, T0, T0.plusSeconds(3600));

        assertThat(counts).hasSize(FunnelEventType.values().length)
                .containsEntry(FunnelEventType.LEAD_CAPTURED, 1L)
                .containsEntry(FunnelEventType.OFFER_SHOWN, 2L)
                .containsEntry(FunnelEventType.ORDER_PLACED, 0L);
    }

    @Test
    void creditsAndViewsAddUpPerUtcDay() {
        String shop = newShop();
        Instant day1 = Instant.parse("2026-03-01T23:59:59Z");
        Instant day2 = Instant.parse("2026-03-02T00:00:01Z");
        Order first = order("a-1", "ann@example.com", day1, "beans", "mug");
        store.placeOrder(shop, new OrderPlacement(first, "v-1", null, null, "h1", 201, "{}", null, List.of(), List.of(
                new OrderCredit("upsell", "upsell", "line", "mug", day1.minusSeconds(60), new BigDecimal("10.00"), 1),
                new OrderCredit("offers", "conversion-offer", "offer", "ten-off", day1.minusSeconds(30),
                        new BigDecimal("20.00"), 1))));
        Order second = order("a-2", "bob@example.com", day2, "beans");
        store.placeOrder(shop, new OrderPlacement(second, null, null, null, "h2", 201, "{}", null, List.of(), List.of(
                new OrderCredit("offers", "conversion-offer", "offer", "ten-off", day2, BigDecimal.ZERO, 0),
                new OrderCredit("drip", "retention-offer", "mail_click", "welcome", day2, new BigDecimal("20.00"), 1))));
        store.recordCounts(shop, List.of(new FunnelCount(FunnelEventType.OFFER_SHOWN, "offers", 7, day1.minusSeconds(1), day1),
                new FunnelCount(FunnelEventType.REF_FORGED, null, 2, day2, day2)));
        store.recordEvents(shop, List.of(new FunnelEvent(FunnelEventType.RECOMMENDATION_ADDED, "r1", "upsell", day1),
                new FunnelEvent(FunnelEventType.RECOMMENDATION_ADDED, "r1", "upsell", day1),
                new FunnelEvent(FunnelEventType.RECOMMENDATION_ADDED, "r2", "upsell", day1)));

        AttributionRows rows = store.attributionRows(shop, day1.minusSeconds(3600), day2.plusSeconds(1));

        java.time.LocalDate d1 = java.time.LocalDate.parse("2026-03-01");
        java.time.LocalDate d2 = java.time.LocalDate.parse("2026-03-02");
        assertThat(rows.credits()).extracting(r -> r.day() + " " + r.pluginId() + " " + r.kind() + " "
                        + r.revenue().stripTrailingZeros().toPlainString() + " " + r.orders() + " " + r.touches())
                .containsExactlyInAnyOrder(d1 + " upsell line 10 1 1", d1 + " offers offer 20 1 1",
                        d2 + " offers offer 0 0 1", d2 + " drip mail_click 20 1 1");
        assertThat(rows.stageOrders()).extracting(r -> r.day() + " " + r.stage() + " " + r.orders())
                .containsExactlyInAnyOrder(d1 + " upsell 1", d1 + " conversion-offer 1", d2 + " retention-offer 1",
                        d1 + " null 1", d2 + " null 1");
        assertThat(rows.shown()).extracting(r -> r.day() + " " + r.type() + " " + r.pluginId() + " " + r.count())
                .containsExactlyInAnyOrder(d1 + " OFFER_SHOWN offers 7", d2 + " REF_FORGED null 2",
                        d1 + " RECOMMENDATION_ADDED upsell 2");
        assertThat(rows.orders()).extracting(r -> r.day() + " " + r.count() + " " + r.total().stripTrailingZeros()
                .toPlainString()).containsExactlyInAnyOrder(d1 + " 1 30", d2 + " 1 20");
        assertThat(store.attributionRows(shop, day2, day2.plusSeconds(1)).credits()).hasSize(2);
    }

    @Test
    void mailTouchesAreFoundThroughTheCustomersOrders() {
        String shop = newShop();
        store.placeOrder(shop, placement(order("m-1", "Cy@example.com", T0, "beans"), null, "{}",
                message("drip", "welcome", T0.plusSeconds(60))));
        long id = store.messagesOfOrder(shop, "m-1").get(0).id();
        store.recordMailTouch(shop, id, "drip", true, T0.plusSeconds(100));
        store.recordMailTouch(shop, id, "drip", false, T0.plusSeconds(90));
        store.recordMailTouch(shop, id, "drip", true, T0.minusSeconds(100));

        assertThat(store.mailTouches(shop, "cy@example.com", T0, T0.plusSeconds(1000)))
                .containsExactlyInAnyOrder(new MailTouch("drip", true, "welcome", T0.plusSeconds(100)),
                        new MailTouch("drip", false, "welcome", T0.plusSeconds(90)));
        assertThat(store.mailTouches(shop, "other@example.com", T0, T0.plusSeconds(1000))).isEmpty();
    }

    @Test
    void aCustomerReadAgainAfterEachKindOfWriteShowsTheWrite() {
        String shop = newShop();
        assertThat(store.customer(shop, "cy@example.com")).isEmpty();

        store.saveLead(shop, lead("Cy@Example.com", "newsletter", true, 10), T0);
        assertThat(store.customer(shop, "cy@example.com")).get()
                .extracting(Customer::marketingConsent, Customer::orderCount).containsExactly(true, 0);

        store.placeOrder(shop, placement(order("cy-1", "cy@example.com", T0.plusSeconds(1), "beans"), null, "{}"));
        assertThat(store.customer(shop, "CY@example.com ")).get().extracting(Customer::orderCount).isEqualTo(1);

        store.unsubscribe(shop, "cy@example.com", T0.plusSeconds(2), "link");
        assertThat(store.customer(shop, "cy@example.com")).get().extracting(Customer::marketingConsent).isEqualTo(false);

        store.importOrders(shop, List.of(order("cy-2", "cy@example.com", T0.plusSeconds(3), "mug")));
        assertThat(store.customer(shop, "cy@example.com")).get().extracting(Customer::orderCount).isEqualTo(2);

        store.eraseCustomer(shop, "cy@example.com", T0.plusSeconds(4));
        assertThat(store.customer(shop, "cy@example.com")).isEmpty();
    }

    @Test
    void countedEventsAddToRecordedOnesInTotalAndPerPlugin() {
        String shop = newShop();
        store.recordEvents(shop, List.of(
                new FunnelEvent(FunnelEventType.OFFER_SHOWN, "cart-1", "conversion-offers", T0.plusSeconds(1)),
                new FunnelEvent(FunnelEventType.MESSAGE_OPENED, "9", "retention-drip", T0.plusSeconds(2))));
        store.recordCounts(shop, List.of(
                new FunnelCount(FunnelEventType.CART_EVALUATED, null, 40, T0, T0.plusMillis(500)),
                new FunnelCount(FunnelEventType.OFFER_SHOWN, "conversion-offers", 7, T0, T0.plusMillis(500)),
                new FunnelCount(FunnelEventType.RECOMMENDATION_SHOWN, "co-purchase-upsell", 90, T0, T0.plusMillis(500))));
        store.recordCounts(shop, List.of(
                new FunnelCount(FunnelEventType.CART_EVALUATED, null, 2, T0.plusMillis(500), T0.plusSeconds(1)),
                new FunnelCount(FunnelEventType.CART_EVALUATED, null, 5, T0.plusSeconds(7199), T0.plusSeconds(7200))));
        store.recordCounts(newShop(), List.of(new FunnelCount(FunnelEventType.CART_EVALUATED, null, 1000, T0,
                T0.plusSeconds(1))));

        assertThat(store.funnelCounts(shop, T0, T0.plusSeconds(3600)))
                .containsEntry(FunnelEventType.CART_EVALUATED, 42L)
                .containsEntry(FunnelEventType.OFFER_SHOWN, 8L)
                .containsEntry(FunnelEventType.RECOMMENDATION_SHOWN, 90L)
                .containsEntry(FunnelEventType.MESSAGE_OPENED, 1L)
                .containsEntry(FunnelEventType.ORDER_PLACED, 0L);
        assertThat(store.funnelCountsByPlugin(shop, T0, T0.plusSeconds(3600))).isEqualTo(Map.of(
                "conversion-offers", Map.of(FunnelEventType.OFFER_SHOWN, 8L),
                "co-purchase-upsell", Map.of(FunnelEventType.RECOMMENDATION_SHOWN, 90L),
                "retention-drip", Map.of(FunnelEventType.MESSAGE_OPENED, 1L)));
        assertThatThrownBy(() -> new FunnelCount(FunnelEventType.CART_EVALUATED, null, 0, T0, T0))
                .isInstanceOf(IllegalArgumentException.class);
    }

    @Test
    void anUnsubscribeIsRecordedOnceAndWithdrawsConsent() {
        String shop = newShop();
        store.saveLead(shop, lead("ann@example.com", null, true, 1), T0);
        assertThat(store.isUnsubscribed(shop, "ann@example.com")).isFalse();

        assertThat(store.unsubscribe(shop, "ANN@example.com", T0.plusSeconds(10), "link")).isTrue();
        assertThat(store.unsubscribe(shop, "ann@example.com", T0.plusSeconds(20), "header")).isFalse();

        assertThat(store.isUnsubscribed(shop, "ann@example.com")).isTrue();
        assertThat(store.isUnsubscribed(newShop(), "ann@example.com")).isFalse();
        assertThat(store.customer(shop, "ann@example.com")).map(Customer::marketingConsent).contains(false);
        Instant at = one("SELECT unsubscribed_at FROM unsubscribes WHERE shop_id = ?",
                rs -> Sql.instant(rs, "unsubscribed_at"), shop);
        assertThat(at).isEqualTo(T0.plusSeconds(10));
    }

    // ---- bad input and failures

    @Test
    void badArgumentsAreRefusedWithTheirName() {
        assertThatThrownBy(() -> store.orderCount(" ")).isInstanceOf(IllegalArgumentException.class)
                .hasMessage("shopId must not be blank");
        assertThatThrownBy(() -> store.customer("s", "x".repeat(321))).hasMessageContaining("email");
        Order mixed = new Order("o-1", null, null, StoreFixtures.EUR, order("o-1", null, T0, "a").lines(),
                Money.of("20.00", "USD"), T0);
        assertThatThrownBy(() -> store.importOrders("s", List.of(mixed)))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("USD");
    }

    @Test
    void anUnreachableDatabaseFailsAsUnavailable() {
        StoreOptions unreachable = StoreOptions.of(unreachableUrl(), "postgres", null)
                .withConnectionTimeout(Duration.ofMillis(500));

        assertThatThrownBy(() -> Store.open(unreachable)).isInstanceOf(StoreUnavailableException.class)
                .hasMessageContaining("database unavailable");
    }

    @Test
    void aClosedStoreIsUnhealthyAndRefusesWork() throws Exception {
        Store other = Store.open(options);
        assertThat(other.isHealthy()).isTrue();
        other.close();

        assertThat(other.isHealthy()).isFalse();
        assertThatThrownBy(() -> other.orderCount("s")).isInstanceOf(StoreException.class);
    }

    // ---- helpers

    private List<PlaceResult> concurrently(String shop, int threads, IntFunction<OrderPlacement> placements)
            throws Exception {
        return concurrently(threads, i -> store.placeOrder(shop, placements.apply(i)));
    }

    /** Runs the calls on as many threads, released together, and returns their results in call order. */
    protected static <T> List<T> concurrently(int threads, IntFunction<T> call) throws Exception {
        ExecutorService pool = Executors.newFixedThreadPool(threads);
        try {
            CountDownLatch start = new CountDownLatch(1);
            List<Future<T>> futures = new ArrayList<>();
            for (int i = 0; i < threads; i++) {
                int index = i;
                Callable<T> task = () -> {
                    start.await();
                    return call.apply(index);
                };
                futures.add(pool.submit(task));
            }
            start.countDown();
            List<T> results = new ArrayList<>();
            for (Future<T> f : futures) {
                results.add(f.get(30, TimeUnit.SECONDS));
            }
            return results;
        } finally {
            pool.shutdownNow();
        }
    }

    private Map<String, Long> counts(String shop) {
        return Map.of("orders", rows("orders", shop), "order_lines", rows("order_lines", shop),
                "idempotency_keys", rows("idempotency_keys", shop), "scheduled_messages", rows("scheduled_messages", shop),
                "customers", rows("customers", shop),
                "order_count", one("SELECT COALESCE(SUM(order_count), 0) FROM customers WHERE shop_id = ?",
                        rs -> rs.getLong(1), shop));
    }

    protected long rows(String table, String shop) {
        return one("SELECT COUNT(*) FROM " + table + " WHERE shop_id = ?", rs -> rs.getLong(1), shop);
    }

    protected <T> T one(String sql, Sql.Row<T> row, Object... args) {
        return ((JdbcStore) store).jdbc().autoCommit("test query", c -> Sql.first(c, sql, row, args)).orElseThrow();
    }

    private static Order withEmail(Order o, String email) {
        return new Order(o.orderId(), email, o.customerName(), o.currency(), o.lines(), o.total(), o.placedAt());
    }
}
