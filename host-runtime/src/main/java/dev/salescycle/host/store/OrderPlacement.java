package dev.salescycle.host.store;

import dev.salescycle.sdk.model.Order;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

/**
 * Everything {@link Store#placeOrder} stores in one transaction.
 *
 * @param order the order
 * @param visitorId the storefront's visitor id, or null
 * @param marketingConsent the consent given at checkout, or null if the storefront did not say
 * @param idempotencyKey the request's {@code Idempotency-Key}, or null: then the order id is the key
 * @param requestHash a hash of the request body, to tell a repeat from a conflicting reuse of the key
 * @param status the HTTP status of the answer
 * @param responseBody the answer's body, returned again for a repeated request
 * @param thankYouJson the thank-you blocks as JSON, or null
 * @param messages retention messages to schedule
 * @param credits what the plugins' touches earned in the order
 */
public record OrderPlacement(Order order, String visitorId, Boolean marketingConsent, String idempotencyKey, String requestHash,
                             int status, String responseBody, String thankYouJson, List<NewMessage> messages,
                             List<OrderCredit> credits) {

    public OrderPlacement {
        OrderChecks.valid(order);
        if (visitorId != null) {
            Check.text("visitorId", visitorId, Limits.VISITOR_ID);
        }
        if (idempotencyKey != null) {
            Check.text("idempotencyKey", idempotencyKey, Limits.IDEMPOTENCY_KEY);
        }
        Check.text("requestHash", requestHash, Limits.REQUEST_HASH);
        if (status < 100 || status > 599) {
            throw new IllegalArgumentException("status must be an HTTP status, got " + status);
        }
        Check.notNull("responseBody", responseBody);
        messages = List.copyOf(Check.notNull("messages", messages));
        requireDistinctKeys(messages);
        credits = List.copyOf(Check.notNull("credits", credits));
    }

    /** The key the answer is stored under: the idempotency key, or one derived from the order id. */
    String effectiveKey() {
        return idempotencyKey != null ? idempotencyKey : "order-id:" + order.orderId();
    }

    private static void requireDistinctKeys(List<NewMessage> messages) {
        Set<String> seen = new HashSet<>();
        for (NewMessage m : messages) {
            if (!seen.add(m.pluginId() + '\u0000' + m.message().key())) {
                throw new IllegalArgumentException("plugin " + m.pluginId() + " scheduled message key "
                        + m.message().key() + " twice for one order");
            }
        }
    }
}
