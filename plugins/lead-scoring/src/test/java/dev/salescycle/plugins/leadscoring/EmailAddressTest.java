package dev.salescycle.plugins.leadscoring;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.junit.jupiter.api.Timeout;

@Timeout(120)
class EmailAddressTest {

    @ParameterizedTest
    @ValueSource(strings = {"a+tag@sub.example.co.uk", "o'brien@example.ie", "x@xn--bcher-kva.de",
            "first.last@my-shop.com", "1@2.io"})
    void acceptsCommonAddresses(String address) {
        assertThat(EmailAddress.parse(address)).isPresent();
    }

    @ParameterizedTest
    @ValueSource(strings = {"", "   ", "no-at-sign", "a@b", "a@@b.com", "a b@c.com", ".a@b.com", "a.@b.com",
            "a..b@c.com", "a@-b.com", "a@b-.com", "a@b.c", "a@b.123", "a@b..com", "<a@b.com>", "a@b.com.",
            "jörg@example.com"})
    void rejectsMalformedAddresses(String address) {
        assertThat(EmailAddress.parse(address)).isEmpty();
    }

    @Test
    void rejectsNull() {
        assertThat(EmailAddress.parse(null)).isEmpty();
    }

    @Test
    void trimsAndLowerCases() {
        EmailAddress email = EmailAddress.parse("  Anna.Smith@Example.COM ").orElseThrow();

        assertThat(email.normalized()).isEqualTo("anna.smith@example.com");
        assertThat(email.domain()).isEqualTo("example.com");
    }

    @Test
    void enforcesTheLengthLimitsOfTheStandard() {
        String local64 = "a".repeat(64);
        String domain = "b".repeat(63) + "." + "c".repeat(63) + "." + "d".repeat(60) + ".com";

        assertThat(EmailAddress.parse(local64 + "@example.com")).isPresent();
        assertThat(EmailAddress.parse(local64 + "a@example.com")).isEmpty();
        assertThat(EmailAddress.parse("a@" + domain)).isPresent();
        assertThat(EmailAddress.parse(local64 + "@" + domain)).isEmpty();
    }
}
