package dev.salescycle.host.http;

import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.salescycle.host.mail.SentMail;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;

/** {@code GET /admin/outbox}: the most recent mails this host sent, newest first (the admin token is checked by the caller). */
final class OutboxRoute {

    private final HostApi api;

    OutboxRoute(HostApi api) {
        this.api = api;
    }

    void handle(String method, HttpServletResponse response) throws IOException {
        ApiServlet.require(method, "GET");
        ArrayNode out = Json.MAPPER.createArrayNode();
        for (SentMail sent : api.retention().outbox().recent()) {
            ObjectNode mail = out.addObject().put("at", sent.at().toString()).put("shop", sent.shopId())
                    .put("messageId", sent.messageId()).put("to", sent.mail().to())
                    .put("subject", sent.mail().subject()).put("text", sent.mail().text())
                    .put("html", sent.mail().html());
            mail.set("headers", Json.MAPPER.valueToTree(sent.mail().headers()));
        }
        ApiServlet.writeJson(response, 200, Views.object().put("sender", api.retention().sender().describe())
                .set("mails", out));
    }
}
