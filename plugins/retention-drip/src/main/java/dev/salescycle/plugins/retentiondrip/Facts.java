package dev.salescycle.plugins.retentiondrip;

import dev.salescycle.sdk.model.Customer;
import java.util.Map;

/**
 * What a template may say, from the message's data, the customer and the settings.
 *
 * @param firstName the customer's first name, or null
 * @param couponCode the coupon code, or null when the step has no coupon
 * @param reviewUrl the review link, or null
 */
record Facts(String firstName, String orderId, String items, String couponCode, String couponPercent,
             String reviewUrl) {

    static Facts of(Map<String, String> data, Customer customer, DripSettings settings) {
        String firstName = data.get(MessageData.FIRST_NAME);
        if (firstName == null && customer != null) {
            firstName = Names.firstName(customer.name());
        }
        String orderId = data.get(MessageData.ORDER_ID);
        String items = data.getOrDefault(MessageData.ITEMS, "");
        return new Facts(firstName, orderId, items.isBlank() ? "your order" : items,
                data.get(MessageData.COUPON_CODE), data.get(MessageData.COUPON_PERCENT), settings.reviewUrl(orderId));
    }

    String greeting() {
        return firstName == null ? "Hello," : "Hi " + firstName + ",";
    }

    /** "Anna" as a suffix such as ", Anna", or nothing. */
    String nameSuffix() {
        return firstName == null ? "" : ", " + firstName;
    }
}
