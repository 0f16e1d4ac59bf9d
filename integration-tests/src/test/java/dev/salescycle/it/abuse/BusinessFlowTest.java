package dev.salescycle.it.abuse;

import static dev.salescycle.it.abuse.AbuseHost.bearer;
import static dev.salescycle.it.abuse.AbuseHost.client;
import static dev.salescycle.it.abuse.AbuseHost.headers;
import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import com.fasterxml.jackson.databind.JsonNode;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.StreamSupport;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;

/**
 * OWASP API6:2023, unrestricted access to sensitive business flows: the public lead form cannot sign strangers up
 * for marketing nor be used to mail them more than once; consent needs the address's own confirmation, by POST.
 */
@Timeout(600)
class BusinessFlowTest extends AbuseTest {

    private static final Pattern CONFIRM = Pattern.compile("https?://\\S+/api/v1/consent/confirm\\?token=\\S+");

    @Test
    void leadSpamAsksTheStrangerOnceAndSignsThemUpForNothing() {
        for (int i = 0; i < 4; i++) {
            AbuseHost.Answer lead = host.post("api/v1/shops/a/leads", client(),
                    "{\"email\":\"victim@example.org\",\"consent\":{\"marketing\":true}}");
            assertThat(lead.status()).isEqualTo(201);
            assertThat(lead.json().path("consent").path("marketing").asText()).isEqualTo("pending_confirmation");
        }
        await().atMost(Duration.ofSeconds(20)).until(() -> !mailsTo("victim@example.org").isEmpty());
        assertThat(mailsTo("victim@example.org")).hasSize(1);
        assertThat(mailsTo("victim@example.org").get(0).path("subject").asText()).contains("confirm");
        assertThat(consent("victim@example.org")).as("no consent without confirmation").isFalse();
    }

    @Test
    void consentIsRecordedByThePostOfTheConfirmationPageNotByItsLink() {
        host.post("api/v1/shops/a/leads", client(), "{\"email\":\"real@example.org\",\"consent\":{\"marketing\":true}}");
        await().atMost(Duration.ofSeconds(20)).until(() -> !mailsTo("real@example.org").isEmpty());
        Matcher link = CONFIRM.matcher(mailsTo("real@example.org").get(0).path("text").asText());
        assertThat(link.find()).isTrue();
        String path = link.group().substring(link.group().indexOf("api/v1/"));

        AbuseHost.Answer page = host.get(path, client());
        assertThat(page.status()).isEqualTo(200);
        assertThat(page.header("Content-Type")).startsWith("text/html");
        assertThat(page.body()).contains("<form method=\"post\"").contains("real@example.org");
        assertThat(page.header("Content-Security-Policy")).contains("frame-ancestors 'none'").doesNotContain("script-src");
        assertThat(consent("real@example.org")).as("a link scanner's GET changes nothing").isFalse();

        AbuseHost.Answer confirmed = host.send("POST", path + "&page=1", headers(client(),
                Map.of("Content-Type", "application/x-www-form-urlencoded")), "");
        assertThat(confirmed.status()).isEqualTo(200);
        assertThat(consent("real@example.org")).isTrue();

        String token = path.substring(path.indexOf("token=") + 6);
        assertThat(host.get("api/v1/unsubscribe?token=" + token, client()).status())
                .as("a confirmation token is no unsubscribe token").isEqualTo(400);
    }

    @Test
    void theShopsServerMayVouchForConsentItCollected() {
        AbuseHost.Answer lead = host.post("api/v1/shops/a/leads", headers(bearer(AbuseHost.KEY_A), client()),
                "{\"email\":\"vouched@example.org\",\"consent\":{\"marketing\":true}}");
        assertThat(lead.status()).isEqualTo(201);
        assertThat(lead.json().path("consent").path("marketing").asText()).isEqualTo("given");
        assertThat(consent("vouched@example.org")).isTrue();
        assertThat(mailsTo("vouched@example.org")).isEmpty();
    }

    private static List<JsonNode> mailsTo(String address) {
        JsonNode outbox = host.get("admin/outbox", headers(bearer(AbuseHost.ADMIN), client())).json();
        return StreamSupport.stream(outbox.path("mails").spliterator(), false)
                .filter(m -> m.path("to").asText().equals(address)).toList();
    }

    private static boolean consent(String address) {
        JsonNode export = host.get("api/v1/shops/a/customers/" + address, headers(bearer(AbuseHost.ADMIN), client())).json();
        return export.toString().contains("\"marketingConsent\":true");
    }
}
