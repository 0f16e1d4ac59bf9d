package dev.salescycle.host.http;

import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.salescycle.host.access.Audience;
import dev.salescycle.host.access.RateClass;
import dev.salescycle.host.lifecycle.HostState;
import dev.salescycle.host.dispatch.RunningShops;
import io.micrometer.prometheusmetrics.PrometheusMeterRegistry;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.function.BooleanSupplier;

/**
 * The host's own routes: {@code GET /health} for probes (UP, DEGRADED when some plugin could not be loaded,
 * DOWN when the store is unreachable), and for the operator {@code GET /metrics} (Prometheus text) and
 * {@code GET /api/v1/shops} (each shop with its currency and plugins).
 */
public final class HostRoutes {

    private final HostState state;
    private final RunningShops shops;
    private final BooleanSupplier storeUp;
    private final PrometheusMeterRegistry metrics;

    public HostRoutes(HostState state, RunningShops shops, BooleanSupplier storeUp, PrometheusMeterRegistry metrics) {
        this.state = state;
        this.shops = shops;
        this.storeUp = storeUp;
        this.metrics = metrics;
    }

    void register(RouteTable table) {
        table.add(new Route("GET", "health", Audience.BROWSER, RateClass.BROWSER, false, this::health))
                .add(new Route("GET", "metrics", Audience.OPERATOR, RateClass.NONE, false, x -> Answers.bytes(x.response(),
                        200, "text/plain; version=0.0.4; charset=utf-8", metrics.scrape().getBytes(StandardCharsets.UTF_8))))
                .add(new Route("GET", "api/v1/shops", Audience.OPERATOR, RateClass.NONE, false, this::shops));
    }

    private void shops(Exchange x) throws IOException {
        ArrayNode out = Json.MAPPER.createArrayNode();
        shops.all().values().forEach(s -> out.addObject().put("id", s.id())
                .put("currency", s.config().currency().getCurrencyCode())
                .set("plugins", Json.MAPPER.valueToTree(s.contexts().keySet())));
        Answers.json(x.response(), 200, out);
    }

    private void health(Exchange x) throws IOException {
        boolean up = storeUp.getAsBoolean();
        var plugins = state.plugins();
        boolean pluginsOk = plugins.problems().isEmpty();
        ObjectNode out = Views.object();
        out.put("status", !up ? "DOWN" : pluginsOk ? "UP" : "DEGRADED");
        out.put("store", up ? "UP" : "DOWN");
        ArrayNode loaded = out.putArray("plugins");
        plugins.all().values().forEach(p -> loaded.addObject().put("id", p.id()).put("version", p.version())
                .put("state", plugins.state(p.id())));
        ArrayNode failed = out.putArray("failedPlugins");
        plugins.problems().forEach(p -> failed.addObject().put("source", p.source()).put("reason", p.reason()));
        ArrayNode names = out.putArray("shops");
        shops.all().keySet().forEach(names::add);
        if (!up) {
            x.response().setHeader("Retry-After", "5");
        }
        Answers.json(x.response(), up ? 200 : 503, out);
    }
}
