package dev.salescycle.host.store;

import static dev.salescycle.host.store.StoreFixtures.T0;
import static dev.salescycle.host.store.StoreFixtures.order;
import static org.assertj.core.api.Assertions.assertThat;

import dev.salescycle.sdk.model.Order;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;

@Timeout(120)
class CustomerChangeTest {

    @Test
    void importedOrdersAreSummedPerCustomerWithTheNewestName() {
        Order late = order("o-1", "Ann@example.com", T0.plusSeconds(100), "a");
        Order early = order("o-2", "ann@example.com", T0, "a");
        Order anonymous = order("o-3", null, T0, "a");
        Order bob = order("o-4", "bob@example.com", T0.plusSeconds(5), "a");

        List<CustomerChange> changes = CustomerChange.ofOrders(List.of(late, early, anonymous, bob), T0);

        assertThat(changes).extracting(CustomerChange::email).containsExactly("ann@example.com", "bob@example.com");
        CustomerChange ann = changes.get(0);
        assertThat(ann.orders()).isEqualTo(2);
        assertThat(ann.firstOrderAt()).isEqualTo(T0);
        assertThat(ann.lastOrderAt()).isEqualTo(T0.plusSeconds(100));
        assertThat(ann.name()).isEqualTo(late.customerName());
        assertThat(ann.consentSource()).isNull();
    }

    @Test
    void aCheckoutDecisionIsConsentFromTheOrderAndNoDecisionIsNone() {
        Order o = order("o-1", "ann@example.com", T0, "a");

        assertThat(CustomerChange.order("ann@example.com", o, false, T0).consentSource()).isEqualTo("order");
        assertThat(CustomerChange.order("ann@example.com", o, true, T0).consent()).isTrue();
        assertThat(CustomerChange.order("ann@example.com", o, null, T0).consentSource()).isNull();
    }
}
