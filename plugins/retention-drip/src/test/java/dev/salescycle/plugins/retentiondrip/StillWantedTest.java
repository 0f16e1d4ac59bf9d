package dev.salescycle.plugins.retentiondrip;

import static dev.salescycle.plugins.retentiondrip.Fixtures.PLACED_AT;
import static dev.salescycle.plugins.retentiondrip.Fixtures.customer;
import static dev.salescycle.plugins.retentiondrip.Fixtures.order;
import static org.assertj.core.api.Assertions.assertThat;

import dev.salescycle.sdk.model.ScheduledMessage;
import dev.salescycle.testkit.TestPluginContext;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;

@Timeout(120)
class StillWantedTest {

    private static final Instant SCHEDULED_AT = Instant.parse("2026-01-15T10:00:00Z");

    private final RetentionDrip plugin = new RetentionDrip();
    private final TestPluginContext context = TestPluginContext.forHook(plugin).build();

    private static ScheduledMessage message(String template, Map<String, String> data) {
        return new ScheduledMessage(template, template, SCHEDULED_AT.plusSeconds(86_400), true, data);
    }

    private static ScheduledMessage message(String template) {
        return message(template, Map.of("scheduledAt", SCHEDULED_AT.toString()));
    }

    @Test
    void aWinBackIsUnwantedOnceTheCustomerOrderedAfterItWasScheduled() {
        assertThat(plugin.stillWanted(message("win-back"), customer("Anna", SCHEDULED_AT.plusSeconds(1)), context))
                .isFalse();
    }

    @Test
    void aWinBackIsWantedWhileTheLastOrderIsNotLater() {
        assertThat(plugin.stillWanted(message("win-back"), customer("Anna", SCHEDULED_AT), context)).isTrue();
        assertThat(plugin.stillWanted(message("win-back"), customer("Anna", PLACED_AT), context)).isTrue();
        assertThat(plugin.stillWanted(message("win-back"), customer("Anna", null), context)).isTrue();
        assertThat(plugin.stillWanted(message("win-back"), null, context)).isTrue();
    }

    @Test
    void otherTemplatesStayWantedAfterANewOrder() {
        for (String template : List.of("welcome", "review-request", "education")) {
            assertThat(plugin.stillWanted(message(template), customer("Anna", SCHEDULED_AT.plusSeconds(60)), context))
                    .as(template).isTrue();
        }
    }

    @Test
    void aWinBackWithoutAReadableScheduleTimeIsKept() {
        var later = customer("Anna", SCHEDULED_AT.plusSeconds(60));

        assertThat(plugin.stillWanted(message("win-back", Map.of()), later, context)).isTrue();
        assertThat(plugin.stillWanted(message("win-back", Map.of("scheduledAt", "yesterday")), later, context)).isTrue();
    }

    @Test
    void worksWithTheScheduledAtThatScheduleRecords() {
        ScheduledMessage winBack = plugin.schedule(order("1001"), customer("Anna", PLACED_AT), context).get(2);
        Instant scheduledAt = context.clock().instant();

        assertThat(plugin.stillWanted(winBack, customer("Anna", scheduledAt), context)).isTrue();
        assertThat(plugin.stillWanted(winBack, customer("Anna", scheduledAt.plusSeconds(3600)), context)).isFalse();
    }
}
