package dev.salescycle.it;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;
import static org.awaitility.Awaitility.await;

import com.icegreen.greenmail.junit5.GreenMailExtension;
import dev.salescycle.host.store.MessageRecord;
import dev.salescycle.host.store.MessageStatus;
import dev.salescycle.testkit.ApiClient;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.api.Timeout;

/** Messages scheduled before a restart are sent after it, at their due time and once. */
@Timeout(600)
class RestartTest {

    @RegisterExtension
    static final GreenMailExtension SMTP = new GreenMailExtension(SmtpServers.anyPort());

    static final Instant T0 = Instant.parse("2025-03-01T10:00:00Z");

    @TempDir
    Path dir;

    @Test
    void messagesScheduledBeforeARestartAreSentAfterItAtTheirDueTime() {
        MutableClock clock = new MutableClock(T0);
        try (TestHost before = host(clock)) {
            ApiClient.Response placed = TestKeys.client(before).post("/api/v1/shops/coffee/orders", """
                    {"orderId":"o-1","customerEmail":"ann@example.org","customerName":"Ann Lee","currency":"EUR",
                     "lines":[{"sku":"beans","quantity":1,"unitPrice":"12.50"}],"total":"12.50",
                     "consent":{"marketing":true}}""");
            assertThat(placed.status()).as(placed.body()).isEqualTo(201);
        }

        clock.advance(Duration.ofHours(23));
        try (TestHost after = host(clock)) {
            assertThat(after.host().runtime().retention().scheduler().runOnce()).as("nothing due yet").isZero();
            assertThat(SMTP.getReceivedMessages()).isEmpty();

            clock.advance(Duration.ofHours(1));
            await().atMost(Duration.ofSeconds(10)).until(() -> SMTP.getReceivedMessages().length == 1);
            assertThat(Mails.subject(SMTP.getReceivedMessages()[0])).isEqualTo("Thank you for your order, Ann");
            // The SMTP server has the mail a moment before the scheduler commits it as sent.
            await().atMost(Duration.ofSeconds(10)).until(() -> after.host().runtime().store()
                    .messagesOfOrder("coffee", "o-1").get(0).status() != MessageStatus.CLAIMED);
            assertThat(after.host().runtime().store().messagesOfOrder("coffee", "o-1"))
                    .extracting(MessageRecord::key, MessageRecord::status)
                    .containsExactly(tuple("welcome", MessageStatus.SENT),
                            tuple("review-request", MessageStatus.SCHEDULED),
                            tuple("win-back", MessageStatus.SCHEDULED));

            clock.advance(Duration.ofDays(13));
            await().atMost(Duration.ofSeconds(10)).until(() -> SMTP.getReceivedMessages().length == 2);
            assertThat(after.host().runtime().retention().scheduler().runOnce()).isZero();
            assertThat(SMTP.getReceivedMessages()).hasSize(2);
        }
    }

    private TestHost host(MutableClock clock) {
        return TestHost.builder(dir).clock(clock).plugin(Plugins.zip("retention-drip")).config(TestKeys.config("""
                host:
                  mail: { smtpHost: 127.0.0.1, smtpPort: %d }
                  retention: { pollInterval: 50ms }
                shops:
                  coffee: { currency: EUR, hookBudget: PT5S, requestBudget: PT10S, plugins: [ retention-drip ] }
                """.formatted(SMTP.getSmtp().getPort()))).start();
    }
}
