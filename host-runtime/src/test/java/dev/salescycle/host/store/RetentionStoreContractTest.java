package dev.salescycle.host.store;

import static dev.salescycle.host.store.StoreFixtures.T0;
import static dev.salescycle.host.store.StoreFixtures.lead;
import static dev.salescycle.host.store.StoreFixtures.message;
import static dev.salescycle.host.store.StoreFixtures.newShop;
import static dev.salescycle.host.store.StoreFixtures.order;
import static dev.salescycle.host.store.StoreFixtures.placement;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.stream.IntStream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;

/**
 * The retention and privacy part of the store contract: claiming due messages, delivering them under the
 * claim, exporting and erasing a customer. Runs on every database the base class runs on.
 */
@Timeout(120)
abstract class RetentionStoreContractTest extends StoreContractTest {

    private static final Duration CLAIM = Duration.ofMinutes(5);
    private static final Instant HOUR = T0.plusSeconds(3600);

    @Test
    void onlyDueMessagesOfTheGivenShopsAreClaimedOldestFirstWithTheCustomersAddress() {
        String shop = newShop();
        String otherShop = newShop();
        store.placeOrder(shop, placement(order("o-1", "Ann@Example.com", T0, "beans"), "k", "b",
                message("drip", "later", T0.plus(Duration.ofDays(3))), message("drip", "second", HOUR.plusSeconds(60)),
                message("drip", "first", HOUR)));
        store.placeOrder(otherShop, placement(order("o-1", "bob@example.com", T0, "beans"), "k", "b",
                message("drip", "elsewhere", T0)));

        List<ClaimedMessage> claimed = store.claimDue("host-a/1", List.of(shop), HOUR.plusSeconds(60), 10, CLAIM);

        assertThat(claimed).extracting(ClaimedMessage::key).containsExactly("first", "second");
        ClaimedMessage first = claimed.get(0);
        assertThat(first.email()).isEqualTo("ann@example.com");
        assertThat(first.orderId()).isEqualTo("o-1");
        assertThat(first.attempts()).isZero();
        assertThat(first.claimToken()).isEqualTo("host-a/1");
        assertThat(first.scheduled().data()).containsEntry("coupon", "C-first");
        assertThat(store.messageCounts(shop)).containsEntry(MessageStatus.CLAIMED, 2L)
                .containsEntry(MessageStatus.SCHEDULED, 1L);
        assertThat(store.claimDue("host-b/1", List.of(shop), HOUR.plusSeconds(60), 10, CLAIM)).isEmpty();
        assertThat(store.messageCounts(otherShop)).containsEntry(MessageStatus.SCHEDULED, 1L);
        assertThat(store.claimDue("host-b/2", List.of(), HOUR, 10, CLAIM)).isEmpty();
    }

    @Test
    void aSentMessageIsStoredWithItsAttemptAndFunnelEvent() {
        String shop = newShop();
        ClaimedMessage claimed = claimOne(shop, "host-a/1", HOUR);

        assertThat(store.deliver(claimed, m -> DeliveryOutcome.sent(HOUR.plusSeconds(1))))
                .contains(DeliveryOutcome.sent(HOUR.plusSeconds(1)));

        MessageRecord sent = store.messagesOfOrder(shop, "o-1").get(0);
        assertThat(sent.status()).isEqualTo(MessageStatus.SENT);
        assertThat(sent.sentAt()).isEqualTo(HOUR.plusSeconds(1));
        assertThat(sent.attempts()).isEqualTo(1);
        assertThat(attempts(claimed.id())).containsExactly("1 sent host-a/1 null");
        assertThat(store.funnelCounts(shop, T0, HOUR.plusSeconds(2))).containsEntry(FunnelEventType.MESSAGE_SENT, 1L);
        assertThat(store.claimDue("host-a/2", List.of(shop), HOUR.plus(Duration.ofDays(1)), 10, CLAIM)).isEmpty();
    }

    @Test
    void aRetryIsDueAgainAtItsNextAttemptTimeAndCountsTheAttempt() {
        String shop = newShop();
        ClaimedMessage claimed = claimOne(shop, "host-a/1", HOUR);
        Instant next = HOUR.plusSeconds(120);

        store.deliver(claimed, m -> DeliveryOutcome.retry(HOUR, "connection refused", next));

        MessageRecord record = store.messagesOfOrder(shop, "o-1").get(0);
        assertThat(record.status()).isEqualTo(MessageStatus.SCHEDULED);
        assertThat(record.attempts()).isEqualTo(1);
        assertThat(record.lastError()).isEqualTo("connection refused");
        assertThat(store.claimDue("host-a/2", List.of(shop), next.minusSeconds(1), 10, CLAIM)).isEmpty();
        List<ClaimedMessage> again = store.claimDue("host-a/3", List.of(shop), next, 10, CLAIM);
        assertThat(again).extracting(ClaimedMessage::attempts).containsExactly(1);

        store.deliver(again.get(0), m -> DeliveryOutcome.failed(next, "gave up"));
        assertThat(attempts(claimed.id())).containsExactly("1 failed host-a/1 connection refused",
                "2 failed host-a/3 gave up");
        assertThat(store.messagesOfOrder(shop, "o-1").get(0).status()).isEqualTo(MessageStatus.FAILED);
    }

    @Test
    void suppressedMessagesCountAnAttemptAndCancelledOnesDoNot() {
        String shop = newShop();
        store.placeOrder(shop, placement(order("o-1", "ann@example.com", T0, "beans"), "k", "b",
                message("drip", "a", HOUR), message("drip", "b", HOUR)));
        List<ClaimedMessage> claimed = store.claimDue("host-a/1", List.of(shop), HOUR, 10, CLAIM);

        store.deliver(claimed.get(0), m -> DeliveryOutcome.suppressed(HOUR, "unsubscribed"));
        store.deliver(claimed.get(1), m -> DeliveryOutcome.cancelled(HOUR, "no longer wanted"));

        List<MessageRecord> records = store.messagesOfOrder(shop, "o-1");
        assertThat(records).extracting(MessageRecord::status)
                .containsExactly(MessageStatus.SUPPRESSED, MessageStatus.CANCELLED);
        assertThat(records).extracting(MessageRecord::lastError).containsExactly("unsubscribed", "no longer wanted");
        assertThat(records).extracting(MessageRecord::attempts).containsExactly(1, 0);
        assertThat(attempts(claimed.get(0).id())).containsExactly("1 suppressed host-a/1 unsubscribed");
        assertThat(attempts(claimed.get(1).id())).isEmpty();
    }

    @Test
    void anExpiredClaimIsTakenOverAndTheFirstClaimerCanNoLongerDeliverIt() {
        String shop = newShop();
        ClaimedMessage first = claimOne(shop, "host-a/1", HOUR);
        assertThat(store.claimDue("host-b/1", List.of(shop), HOUR.plus(CLAIM).minusSeconds(1), 10, CLAIM)).isEmpty();

        List<ClaimedMessage> takenOver = store.claimDue("host-b/2", List.of(shop), HOUR.plus(CLAIM), 10, CLAIM);
        assertThat(takenOver).extracting(ClaimedMessage::id).containsExactly(first.id());

        AtomicBoolean ran = new AtomicBoolean();
        assertThat(store.deliver(first, m -> {
            ran.set(true);
            return DeliveryOutcome.sent(HOUR);
        })).isEmpty();
        assertThat(ran).isFalse();
        assertThat(store.deliver(takenOver.get(0), m -> DeliveryOutcome.sent(HOUR.plus(CLAIM)))).isPresent();
        assertThat(attempts(first.id())).containsExactly("1 sent host-b/2 null");
    }

    @Test
    void aDeliveryThatThrowsStoresNothingAndTheClaimStandsUntilItExpires() {
        String shop = newShop();
        ClaimedMessage claimed = claimOne(shop, "host-a/1", HOUR);

        assertThatThrownBy(() -> store.deliver(claimed, m -> {
            throw new IllegalStateException("host died");
        })).isInstanceOf(IllegalStateException.class);

        assertThat(store.messagesOfOrder(shop, "o-1").get(0).status()).isEqualTo(MessageStatus.CLAIMED);
        assertThat(attempts(claimed.id())).isEmpty();
        assertThat(store.claimDue("host-b/1", List.of(shop), HOUR.plus(CLAIM), 10, CLAIM)).hasSize(1);
    }

    @Test
    void releasingClaimsHandsBackOnlyThatClaimersOpenOnes() {
        String shop = newShop();
        store.placeOrder(shop, placement(order("o-1", "ann@example.com", T0, "beans"), "k", "b",
                message("drip", "a", HOUR), message("drip", "b", HOUR.plusSeconds(1)),
                message("drip", "c", HOUR.plusSeconds(2))));
        ClaimedMessage a = store.claimDue("host_a/1", List.of(shop), HOUR, 1, CLAIM).get(0);
        store.claimDue("hostXa/1", List.of(shop), HOUR.plusSeconds(1), 1, CLAIM);
        ClaimedMessage c = store.claimDue("host_a/2", List.of(shop), HOUR.plusSeconds(2), 1, CLAIM).get(0);
        store.deliver(c, m -> DeliveryOutcome.sent(HOUR));

        assertThat(store.releaseClaims("host_a/", HOUR.plusSeconds(3))).isEqualTo(1);

        assertThat(store.claimDue("host-c/1", List.of(shop), HOUR.plusSeconds(3), 10, CLAIM)).extracting(ClaimedMessage::id)
                .containsExactly(a.id());
    }

    @Test
    void concurrentClaimersNeverTakeTheSameMessage() throws Exception {
        String shop = newShop();
        for (int i = 0; i < 20; i++) {
            int order = i;
            store.placeOrder(shop, placement(order("o-" + i, "c" + i + "@example.com", T0, "beans"), "k" + i, "b",
                    IntStream.range(0, 10).mapToObj(j -> message("drip", "m" + j, HOUR.plusSeconds(order + j)))
                            .toArray(NewMessage[]::new)));
        }
        List<List<Long>> perClaimer = concurrently(4, claimer -> {
            List<Long> ids = new ArrayList<>();
            for (int batch = 0; batch < 500 && store.messageCounts(shop).get(MessageStatus.SCHEDULED) > 0; batch++) {
                store.claimDue("host-" + claimer + "/" + batch, List.of(shop), HOUR.plusSeconds(60), 7, CLAIM)
                        .forEach(m -> ids.add(m.id()));
            }
            return ids;
        });

        List<Long> all = perClaimer.stream().flatMap(List::stream).toList();
        assertThat(all).hasSize(200).doesNotHaveDuplicates();
    }

    @Test
    void stateInitializeKeepsTheFirstValueEvenUnderConcurrentCallers() throws Exception {
        String shop = newShop();
        List<String> seen = concurrently(8, i -> store.stateInitialize(shop, "_host", "secret", "value-" + i));

        assertThat(new HashSet<>(seen)).hasSize(1);
        assertThat(store.stateGet(shop, "_host", "secret")).contains(seen.get(0));
        assertThat(store.stateInitialize(shop, "_host", "secret", "other")).isEqualTo(seen.get(0));
    }

    // ---- privacy

    @Test
    void anExportHoldsEverythingAboutTheAddressAndNothingElse() {
        String shop = newShop();
        LeadRecord lead = store.saveLead(shop, lead("Ann@Example.com", "newsletter", true, 42, "hot"), T0);
        ClaimedMessage sent = claimOne(shop, "host-a/1", HOUR);
        store.deliver(sent, m -> DeliveryOutcome.sent(HOUR));
        store.placeOrder(shop, placement(order("o-2", "bob@example.com", T0, "mug"), "k2", "b"));
        store.unsubscribe(shop, "ann@example.com", HOUR.plusSeconds(5), "link");
        store.recordEvents(shop, List.of(new FunnelEvent(FunnelEventType.LEAD_CAPTURED, String.valueOf(lead.id()), null, T0),
                new FunnelEvent(FunnelEventType.ORDER_PLACED, "o-1", null, T0),
                new FunnelEvent(FunnelEventType.ORDER_PLACED, "o-2", null, T0),
                new FunnelEvent(FunnelEventType.ORDER_PLACED, String.valueOf(lead.id()), null, T0)));

        CustomerExport export = store.exportCustomer(shop, "ANN@example.com").orElseThrow();

        assertThat(export.email()).isEqualTo("ann@example.com");
        assertThat(export.customer()).containsEntry("email", "ann@example.com").containsEntry("order_count", 1)
                .containsEntry("marketing_consent", false).doesNotContainKey("shop_id");
        assertThat(export.leads()).singleElement().satisfies(l -> assertThat(l)
                .containsEntry("score", 42).containsEntry("segments", List.of("hot"))
                .containsEntry("created_at", T0.toString()));
        Map<String, Object> order = export.orders().get(0);
        assertThat(export.orders()).hasSize(1);
        assertThat(order).containsEntry("order_id", "o-1").containsEntry("total", "20.00");
        assertThat(maps(order.get("lines"))).singleElement().satisfies(l -> assertThat(l)
                .containsEntry("sku", "beans").containsEntry("unit_price", "10.00"));
        Map<String, Object> message = maps(order.get("messages")).get(0);
        assertThat(message).containsEntry("status", "sent").containsEntry("data", Map.of("coupon", "C-welcome"));
        assertThat(maps(message.get("attempts"))).singleElement()
                .satisfies(a -> assertThat(a).containsEntry("outcome", "sent"));
        assertThat(export.unsubscribes()).singleElement().satisfies(u -> assertThat(u).containsEntry("source", "link"));
        assertThat(export.funnelEvents()).extracting(e -> e.get("event_type") + " " + e.get("ref")).containsExactlyInAnyOrder(
                "lead_captured " + lead.id(), "order_placed o-1", "message_sent " + sent.id());
        assertThat(store.exportCustomer(shop, "nobody@example.com")).isEmpty();
    }

    @Test
    void erasureRemovesPersonalDataKeepsTheOrdersAndCancelsWhatIsStillToBeSent() {
        String shop = newShop();
        store.saveLead(shop, lead("ann@example.com", null, true, 1), T0);
        store.placeOrder(shop, placement(order("o-1", "ann@example.com", T0, "beans"), "key-1", "{\"name\":\"Ann\"}",
                message("drip", "welcome", HOUR), message("drip", "later", HOUR.plus(Duration.ofDays(30)))));
        store.placeOrder(shop, placement(order("o-2", "bob@example.com", T0, "mug"), "key-2", "b",
                message("drip", "welcome", HOUR)));
        List<ClaimedMessage> due = store.claimDue("host-a/1", List.of(shop), HOUR, 10, CLAIM);
        ClaimedMessage annWelcome = due.stream().filter(m -> m.orderId().equals("o-1")).findFirst().orElseThrow();
        store.deliver(annWelcome, m -> DeliveryOutcome.retry(HOUR, "550 <ann@example.com> busy", HOUR.plusSeconds(60)));
        store.unsubscribe(shop, "ann@example.com", HOUR, "link");

        Erasure erasure = store.eraseCustomer(shop, "Ann@example.com", HOUR.plusSeconds(10)).orElseThrow();

        assertThat(erasure).isEqualTo(new Erasure(erasure.pseudonym(), true, 1, 1, 2, 1));
        assertThat(store.customer(shop, "ann@example.com")).isEmpty();
        assertThat(store.ordersOf(shop, "ann@example.com")).isEmpty();
        assertThat(store.isUnsubscribed(shop, "ann@example.com")).isFalse();
        assertThat(store.exportCustomer(shop, "ann@example.com")).isEmpty();
        assertThat(store.findResponse(shop, "key-1")).isEmpty();
        assertThat(store.orderCount(shop)).isEqualTo(2);
        assertThat(store.ordersOf(shop, erasure.pseudonym())).singleElement()
                .satisfies(o -> assertThat(o.customerName()).isNull());
        assertThat(store.thankYouJson(shop, "o-1")).isEmpty();
        assertThat(store.messagesOfOrder(shop, "o-1")).allSatisfy(m -> {
            assertThat(m.status()).isEqualTo(MessageStatus.CANCELLED);
            assertThat(m.data()).isEmpty();
        });
        assertThat(attempts(annWelcome.id())).containsExactly("1 failed host-a/1 null");
        assertThat(rows("leads", shop)).isZero();
        boolean erased = one("SELECT erased FROM customers WHERE shop_id = ? AND email = ?", rs -> rs.getBoolean(1),
                shop, erasure.pseudonym());
        assertThat(erased).isTrue();

        ClaimedMessage bobWelcome = due.stream().filter(m -> m.orderId().equals("o-2")).findFirst().orElseThrow();
        assertThat(store.deliver(bobWelcome, m -> DeliveryOutcome.sent(HOUR))).isPresent();
        assertThat(store.customer(shop, "bob@example.com")).isPresent();
        assertThat(store.eraseCustomer(shop, "ann@example.com", HOUR)).isEmpty();
    }

    @Test
    void aClaimedMessageOfAnErasedCustomerIsNotDelivered() {
        String shop = newShop();
        ClaimedMessage claimed = claimOne(shop, "host-a/1", HOUR);

        store.eraseCustomer(shop, "ann@example.com", HOUR);

        assertThat(store.deliver(claimed, m -> DeliveryOutcome.sent(HOUR))).isEmpty();
        assertThat(store.messagesOfOrder(shop, "o-1").get(0).status()).isEqualTo(MessageStatus.CANCELLED);
    }

    // ---- helpers

    /** Places order o-1 for ann@example.com with one message due at {@code due}, and claims it. */
    private ClaimedMessage claimOne(String shop, String token, Instant due) {
        store.placeOrder(shop, placement(order("o-1", "ann@example.com", T0, "beans"), "k", "b",
                message("drip", "welcome", due)));
        List<ClaimedMessage> claimed = store.claimDue(token, List.of(shop), due, 10, CLAIM);
        assertThat(claimed).hasSize(1);
        return claimed.get(0);
    }

    @SuppressWarnings("unchecked")
    private static List<Map<String, Object>> maps(Object nested) {
        return (List<Map<String, Object>>) nested;
    }

    private List<String> attempts(long messageId) {
        return ((JdbcStore) store).jdbc().autoCommit("test query", c -> Sql.list(c,
                "SELECT attempt_no, outcome, host_id, error FROM delivery_attempts WHERE message_id = ? ORDER BY attempt_no",
                rs -> rs.getInt(1) + " " + rs.getString(2) + " " + rs.getString(3) + " " + rs.getString(4), messageId));
    }
}
