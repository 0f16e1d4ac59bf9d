package dev.salescycle.host.http;

import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;

/** {@code GET /health}: UP, DEGRADED (some plugin could not be loaded) or DOWN (the store is unreachable). */
final class HealthView {

    private HealthView() {
    }

    static void write(HostApi api, HttpServletResponse response) throws IOException {
        boolean storeUp = api.store().isHealthy();
        boolean pluginsOk = api.plugins().problems().isEmpty();
        ObjectNode out = Views.object();
        out.put("status", !storeUp ? "DOWN" : pluginsOk ? "UP" : "DEGRADED");
        out.put("store", storeUp ? "UP" : "DOWN");
        ArrayNode plugins = out.putArray("plugins");
        api.plugins().all().values().forEach(p -> plugins.addObject().put("id", p.id()).put("version", p.version())
                .put("state", api.plugins().state(p.id())));
        ArrayNode failed = out.putArray("failedPlugins");
        api.plugins().problems().forEach(p -> failed.addObject().put("source", p.source()).put("reason", p.reason()));
        ArrayNode shops = out.putArray("shops");
        api.shops().all().keySet().forEach(shops::add);
        if (!storeUp) {
            response.setHeader("Retry-After", "5");
        }
        ApiServlet.writeJson(response, storeUp ? 200 : 503, out);
    }
}
