package dev.salescycle.host.http;

import dev.salescycle.host.access.Audience;
import dev.salescycle.host.access.RateClass;
import dev.salescycle.host.service.CustomerService;
import dev.salescycle.host.store.Erasure;
import java.io.IOException;

/**
 * {@code GET} and {@code DELETE /api/v1/shops/{shop}/customers/{email}} (a key of the shop, or the admin token):
 * exports everything stored about the address as JSON, or erases the personal data and cancels the customer's
 * messages. The address is one path segment: a {@code /} or {@code %} in it is sent encoded.
 */
public final class CustomerRoutes {

    private static final int MAX_EMAIL = 320;
    private static final String PATH = "api/v1/shops/{shop}/customers/{email}";

    private final CustomerService customers;

    public CustomerRoutes(CustomerService customers) {
        this.customers = customers;
    }

    void register(RouteTable table) {
        table.add(new Route("GET", PATH, Audience.SHOP_SERVER_OR_OPERATOR, RateClass.NONE, false, this::export))
                .add(new Route("DELETE", PATH, Audience.SHOP_SERVER_OR_OPERATOR, RateClass.NONE, false, this::erase));
    }

    private void export(Exchange x) throws IOException {
        Answers.json(x.response(), 200, CustomerView.of(x.shop(), customers.export(x.shop(), email(x))));
    }

    private void erase(Exchange x) throws IOException {
        String email = email(x);
        Erasure erasure = customers.erase(x.shop(), email);
        Answers.json(x.response(), 200, Views.object().put("email", email).put("erased", true)
                .put("pseudonym", erasure.pseudonym()).put("leadsDeleted", erasure.leads())
                .put("ordersKept", erasure.orders()).put("messagesCancelled", erasure.messagesCancelled())
                .put("unsubscribesDeleted", erasure.unsubscribes()));
    }

    private static String email(Exchange x) {
        String email = x.param("email").strip();
        int at = email.indexOf('@');
        if (at < 1 || at == email.length() - 1 || email.length() > MAX_EMAIL || email.chars().anyMatch(c -> c <= ' ')) {
            throw new RequestException(400, "invalid_field", "email: expected an e-mail address", "email");
        }
        return email;
    }
}
