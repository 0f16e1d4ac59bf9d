package dev.salescycle.host.http;

import com.fasterxml.jackson.databind.JsonNode;
import dev.salescycle.host.access.Audience;
import dev.salescycle.host.access.RateClass;
import dev.salescycle.host.experiments.live.ExperimentAdmin;
import dev.salescycle.host.experiments.live.ExperimentReport;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.function.BiFunction;

/**
 * The admin API of experiments under {@code /admin/shops/{shop}/experiments}: list, create, read with results,
 * start, stop, promote and revert. Every route takes the admin token.
 */
final class ExperimentRoutes {

    private static final String BASE = "admin/shops/{shop}/experiments";

    private final ExperimentAdmin admin;
    private final BodyLimits limits;

    ExperimentRoutes(ExperimentAdmin admin, BodyLimits limits) {
        this.admin = admin;
        this.limits = limits;
    }

    void register(RouteTable table) {
        table.add(new Route("GET", BASE, Audience.OPERATOR, RateClass.NONE, false, x -> {
            var list = Json.MAPPER.createArrayNode();
            admin.list(x.shop()).forEach(r -> list.add(ExperimentViews.report(r)));
            Answers.json(x.response(), 200, Views.object().put("shop", x.shop()).set("experiments", list));
        }))
                .add(new Route("POST", BASE, Audience.OPERATOR, RateClass.NONE, true, this::create))
                .add(new Route("GET", BASE + "/{id}", Audience.OPERATOR, RateClass.NONE, false,
                        x -> answer(x, admin.get(x.shop(), x.param("id")))))
                .add(action("start", admin::start))
                .add(action("stop", admin::stop))
                .add(action("revert", admin::revert))
                .add(new Route("POST", BASE + "/{id}/promote", Audience.OPERATOR, RateClass.NONE, true, this::promote));
    }

    private Route action(String name, BiFunction<String, String, ExperimentReport> change) {
        return new Route("POST", BASE + "/{id}/" + name, Audience.OPERATOR, RateClass.NONE, true, x -> {
            Bodies.dropRest(x.request().getInputStream());
            answer(x, change.apply(x.shop(), x.param("id")));
        });
    }

    private void create(Exchange x) throws IOException {
        byte[] raw = Bodies.read(x.request(), limits.body());
        Fields.object(Bodies.json(raw), "");
        ExperimentReport created = admin.create(x.shop(), new String(raw, StandardCharsets.UTF_8));
        Answers.json(x.response(), 201, ExperimentViews.report(created));
    }

    private void promote(Exchange x) throws IOException {
        byte[] raw = Bodies.read(x.request(), limits.body());
        JsonNode body = raw.length == 0 ? Views.object() : Fields.object(Bodies.json(raw), "");
        answer(x, admin.promote(x.shop(), x.param("id"), Fields.optionalText(body, "variant", "variant")));
    }

    private static void answer(Exchange x, ExperimentReport report) throws IOException {
        Answers.json(x.response(), 200, ExperimentViews.report(report));
    }
}
