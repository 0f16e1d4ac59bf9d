package dev.salescycle.host.mail;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.icegreen.greenmail.junit5.GreenMailExtension;
import com.icegreen.greenmail.util.GreenMailUtil;
import com.icegreen.greenmail.util.ServerSetup;
import com.icegreen.greenmail.util.ServerSetupTest;
import dev.salescycle.host.config.MailSettings;
import jakarta.mail.internet.MimeMessage;
import jakarta.mail.internet.MimeMultipart;
import java.net.ServerSocket;
import java.time.Clock;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.junit.jupiter.api.Timeout;

@Timeout(120)
class SmtpMailSenderTest {

    @RegisterExtension
    static final GreenMailExtension SMTP = new GreenMailExtension(patient(ServerSetupTest.SMTP.dynamicPort()));

    /** GreenMail's 2 s start-up wait is too short on a busy 2-core machine. */
    private static ServerSetup patient(ServerSetup setup) {
        setup.setServerStartupTimeout(15_000);
        return setup;
    }

    @Test
    void sendsTextAndHtmlWithTheExtraHeaders() throws Exception {
        SmtpMailSender sender = new SmtpMailSender(settings(SMTP.getSmtp().getPort(), null), Clock.systemUTC());

        sender.send(new OutgoingMail("ann@example.com", "Thanks, Ann \u2615", "Hello text", "<p>Hello html</p>",
                Map.of("List-Unsubscribe", "<https://shop/u?token=t>")));

        MimeMessage received = SMTP.getReceivedMessages()[0];
        assertThat(received.getSubject()).isEqualTo("Thanks, Ann \u2615");
        assertThat(received.getFrom()[0].toString()).isEqualTo("shop@example.com");
        assertThat(received.getAllRecipients()[0].toString()).isEqualTo("ann@example.com");
        assertThat(received.getHeader("List-Unsubscribe")).containsExactly("<https://shop/u?token=t>");
        MimeMultipart parts = (MimeMultipart) received.getContent();
        assertThat(parts.getContentType()).startsWith("multipart/alternative");
        assertThat(GreenMailUtil.getBody(parts.getBodyPart(0))).isEqualTo("Hello text");
        assertThat(GreenMailUtil.getBody(parts.getBodyPart(1))).isEqualTo("<p>Hello html</p>");
    }

    @Test
    void logsInWhenAUserIsSet() throws Exception {
        SMTP.setUser("shop@example.com", "mailer", "s3cret");
        SmtpMailSender sender = new SmtpMailSender(settings(SMTP.getSmtp().getPort(), "mailer"), Clock.systemUTC());

        sender.send(new OutgoingMail("bob@example.com", "Hi", "text only", null, Map.of()));

        assertThat(SMTP.getReceivedMessages()).hasSize(1);
        assertThat(GreenMailUtil.getBody(SMTP.getReceivedMessages()[0])).isEqualTo("text only");
    }

    @Test
    void aServerThatIsDownIsATransientFailureAndABadAddressAPermanentOne() throws Exception {
        int closedPort;
        try (ServerSocket socket = new ServerSocket(0)) {
            closedPort = socket.getLocalPort();
        }
        SmtpMailSender down = new SmtpMailSender(settings(closedPort, null), Clock.systemUTC());

        assertThatThrownBy(() -> down.send(new OutgoingMail("ann@example.com", "s", "t", null, Map.of())))
                .isInstanceOfSatisfying(MailDeliveryException.class, e -> assertThat(e.permanent()).isFalse())
                .hasMessageContaining("SMTP 127.0.0.1:" + closedPort);
        SmtpMailSender up = new SmtpMailSender(settings(SMTP.getSmtp().getPort(), null), Clock.systemUTC());
        assertThatThrownBy(() -> up.send(new OutgoingMail("not an address", "s", "t", null, Map.of())))
                .isInstanceOfSatisfying(MailDeliveryException.class, e -> assertThat(e.permanent()).isTrue());
    }

    private static MailSettings settings(int port, String user) {
        return new MailSettings("127.0.0.1", port, false, user, user == null ? null : "s3cret", "shop@example.com");
    }
}
