package dev.salescycle.host.http;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.salescycle.host.access.Audience;
import dev.salescycle.host.access.Caller;
import dev.salescycle.host.access.RateClass;
import dev.salescycle.host.mail.MailLinks;
import dev.salescycle.host.mail.PageTokens;
import dev.salescycle.host.service.AttributionService;
import dev.salescycle.host.service.CartService;
import dev.salescycle.host.service.FunnelRecorder;
import dev.salescycle.host.service.ImportService;
import dev.salescycle.host.service.LeadService;
import dev.salescycle.host.service.OrderService;
import dev.salescycle.host.service.ProductService;
import dev.salescycle.host.dispatch.RunningShops;
import dev.salescycle.host.store.FunnelEventType;
import dev.salescycle.host.stream.Learning;
import dev.salescycle.host.stream.OrderStream;
import java.io.IOException;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.Clock;
import java.util.HexFormat;
import java.util.concurrent.atomic.AtomicReference;

/** The routes under {@code /api/v1/shops/{shop}}: the browser's and the shop server's. */
public final class ShopRoutes {

    private static final int MAX_PRODUCTS = 10_000;
    private static final String SHOP = "api/v1/shops/{shop}/";

    /**
     * What the shop routes call.
     *
     * @param leads stage 1
     * @param carts stages 2 and 3
     * @param orders stages 4 and 5, and an order's thank-you page and messages
     * @param products the catalogue
     * @param imports order history imports
     * @param attribution attribution references sent back on cart lines
     * @param stream the order stream, for how far the hosts' plugins have learned
     */
    public record Services(LeadService leads, CartService carts, OrderService orders, ProductService products,
                           ImportService imports, AttributionService attribution, OrderStream stream) {
    }

    /** An order id keeps {@link StoredText#MAX_CHARS} characters: the batch name, a dash and a line number of up to 19 digits. */
    private static final int MAX_BATCH_CHARS = StoredText.MAX_CHARS - 20;

    private final Services services;
    private final RunningShops shops;
    private final FunnelRecorder funnel;
    private final PageTokens tokens;
    private final BodyLimits limits;
    private final Clock clock;
    private final MailLinks links;

    /** @param links makes the preference page's link that the thank-you page's JSON carries */
    public ShopRoutes(Services services, RunningShops shops, FunnelRecorder funnel, PageTokens tokens, BodyLimits limits, Clock clock,
                      MailLinks links) {
        this.services = services;
        this.shops = shops;
        this.funnel = funnel;
        this.tokens = tokens;
        this.limits = limits;
        this.clock = clock;
        this.links = links;
    }

    void register(RouteTable table) {
        table.add(new Route("POST", SHOP + "leads", Audience.BROWSER, RateClass.LEADS, true, this::lead))
                .add(new Route("POST", SHOP + "cart/evaluate", Audience.BROWSER, RateClass.BROWSER, true, this::cart))
                .add(new Route("GET", SHOP + "orders/{order}/thank-you", Audience.BROWSER, RateClass.BROWSER, false, this::thankYou))
                .add(new Route("POST", SHOP + "orders", Audience.SHOP_SERVER, RateClass.NONE, true, this::placeOrder))
                .add(new Route("POST", SHOP + "orders/import", Audience.SHOP_SERVER, RateClass.NONE, false, this::importOrders))
                .add(new Route("GET", SHOP + "learning", Audience.SHOP_SERVER, RateClass.NONE, false, this::learning))
                .add(new Route("GET", SHOP + "orders/{order}/messages", Audience.SHOP_SERVER, RateClass.NONE, false, this::messages))
                .add(new Route("GET", SHOP + "products", Audience.SHOP_SERVER, RateClass.NONE, false, this::products))
                .add(new Route("PUT", SHOP + "products", Audience.SHOP_SERVER, RateClass.NONE, true, this::putProducts));
    }

    private JsonNode body(Exchange x) throws IOException {
        return Bodies.json(Bodies.read(x.request(), limits.body()));
    }

    private void lead(Exchange x) throws IOException {
        var lead = RequestReaders.lead(body(x));
        Answers.async(x.request(), x.response(), services.leads().capture(x.shop(), lead, x.caller() == Caller.SHOP_SERVER),
                captured -> Answers.json(x.response(), 201, Views.lead(captured)));
    }

    private void cart(Exchange x) throws IOException {
        JsonNode body = body(x);
        var cart = RequestReaders.cart(body);
        String visitorId = RequestReaders.visitorId(body);
        services.attribution().cartLines(x.shop(), visitorId, cart.lines(), RequestReaders.lineRefs(body));
        Answers.async(x.request(), x.response(), services.carts().evaluate(x.shop(), cart, visitorId),
                evaluation -> Answers.bytes(x.response(), 200, Answers.JSON, Views.evaluation(evaluation)));
    }

    private void placeOrder(Exchange x) throws IOException {
        byte[] raw = Bodies.read(x.request(), limits.body());
        JsonNode body = Bodies.json(raw);
        var order = RequestReaders.order(body, clock.instant());
        var refs = new OrderService.Refs(RequestReaders.visitorId(body), RequestReaders.lineRefs(body),
                RequestReaders.orderRefs(body));
        String key = x.request().getHeader("Idempotency-Key");
        if (key != null && (key.isBlank() || key.length() > 200)) {
            throw new RequestException(400, "invalid_header", "Idempotency-Key must be 1..200 characters", "Idempotency-Key");
        }
        String hash = sha256(CanonicalJson.bytes(body));
        String token = tokens.thankYou(x.shop(), order.orderId());
        Answers.async(x.request(), x.response(), services.orders().place(x.shop(), order, refs, key, hash,
                        RequestReaders.orderConsent(body)),
                answer -> Answers.raw(x.response(), answer.status(), withToken(answer.body(), token)));
    }

    /** The answer with the thank-you page's token first: the shop's server hands it to the shopper's browser. */
    private static String withToken(String body, String token) throws IOException {
        if (!body.startsWith("{")) {
            return body;
        }
        return "{\"thankYouToken\":" + Json.MAPPER.writeValueAsString(token) + (body.length() > 2 ? "," : "") + body.substring(1);
    }

    private void thankYou(Exchange x) throws IOException {
        String orderId = x.param("order");
        if (x.caller() == Caller.BROWSER) {
            String token = x.query().get("token");
            if (token == null) {
                throw new RequestException(401, "token_required", "a browser reads the thank-you page with the"
                        + " thankYouToken that POST /orders answered: ?token=...", "token");
            }
            if (!tokens.isThankYou(token, x.shop(), orderId)) {
                throw new RequestException(404, "unknown_order", "no order '" + orderId + "' in shop " + x.shop()
                        + " for this token", "token");
            }
        }
        String format = x.query().get("format");
        JsonNode blocks = Json.MAPPER.readTree(services.orders().thankYou(x.shop(), orderId));
        funnel.record(x.shop(), FunnelEventType.THANK_YOU_SHOWN, orderId, null);
        for (JsonNode block : blocks) {
            funnel.count(x.shop(), FunnelEventType.THANK_YOU_BLOCK_SHOWN, block.path("plugin").asText(null), 1);
        }
        if ("html".equals(format)) {
            var origins = shops.require(x.shop()).config().access().allowedOrigins();
            x.response().setHeader("Content-Security-Policy", "default-src 'none'; img-src https:; base-uri 'none';"
                    + " form-action 'none'; frame-ancestors " + (origins.isEmpty() ? "'none'" : String.join(" ", origins)));
            Answers.bytes(x.response(), 200, "text/html;charset=utf-8",
                    ThankYouHtml.render(blocks).getBytes(StandardCharsets.UTF_8));
            return;
        }
        if (format != null && !format.equals("json")) {
            throw new RequestException(400, "invalid_field", "format: expected html or json", "format");
        }
        ObjectNode answer = Views.object().put("orderId", orderId);
        answer.set("blocks", blocks);
        services.orders().customerEmail(x.shop(), orderId)
                .ifPresent(email -> answer.put("preferences", links.preferences(x.shop(), email)));
        Answers.json(x.response(), 200, answer);
    }

    private void messages(Exchange x) throws IOException {
        ArrayNode messages = Json.MAPPER.createArrayNode();
        services.orders().messages(x.shop(), x.param("order")).forEach(m -> messages.add(Views.message(m)));
        Answers.json(x.response(), 200, Views.object().put("orderId", x.param("order")).set("messages", messages));
    }

    private void products(Exchange x) throws IOException {
        ArrayNode out = Json.MAPPER.createArrayNode();
        services.products().list(x.shop()).forEach(p -> out.add(Views.product(p)));
        Answers.json(x.response(), 200, out);
    }

    private void putProducts(Exchange x) throws IOException {
        int upserted = services.products().upsert(x.shop(), RequestReaders.products(body(x), MAX_PRODUCTS));
        Answers.json(x.response(), 200, Views.object().put("upserted", upserted));
    }

    private void importOrders(Exchange x) throws IOException {
        var request = x.request();
        if (request.getContentLengthLong() > limits.imports()) {
            throw Bodies.tooLarge(limits.imports());
        }
        String type = request.getContentType() == null ? "" : request.getContentType().toLowerCase();
        boolean csv = type.contains("csv") || "csv".equals(x.query().get("format"));
        String prefix = batch(x.query().get("batch"));
        var reader = new OrderImportReader(shops.require(x.shop()).config().currency(), clock.instant(), prefix);
        // A line may be as long as the body of one order placed.
        var lines = new ImportLines(new InputStreamReader(new LimitedInputStream(request.getInputStream(),
                limits.imports()), StandardCharsets.UTF_8), (int) Math.min(limits.body(), Integer.MAX_VALUE - 8));
        var cutShort = new AtomicReference<RequestException>();
        ImportService.Report report = services.imports().run(x.shop(), session -> reader.read(lines, csv, session)
                .ifPresent(cutShort::set));
        ObjectNode body = Views.object();
        RequestException refusal = cutShort.get();
        if (refusal != null) {
            Bodies.dropRest(request.getInputStream());
            body.putObject("error").put("code", refusal.code())
                    .put("message", refusal.getMessage() + "; the lines before the limit were imported")
                    .put("field", refusal.field());
        }
        body.put("imported", report.imported()).put("skipped", report.skipped())
                .set("errors", Json.MAPPER.valueToTree(report.errors()));
        body.put("position", report.position())
                .put("learning", "/api/v1/shops/" + x.shop() + "/learning?position=" + report.position());
        Answers.json(x.response(), refusal == null ? 200 : refusal.status(), body);
    }

    /** Whether every live host's plugins have learned the shop's orders up to a stream position (default: all now). */
    private void learning(Exchange x) throws IOException {
        String asked = x.query().get("position");
        long position;
        try {
            position = asked == null ? services.stream().head(x.shop()) : Long.parseLong(asked);
        } catch (NumberFormatException e) {
            position = -1;
        }
        if (position < 0) {
            throw new RequestException(400, "invalid_query", "position: a stream position, 0 or more", "position");
        }
        Learning learning = services.stream().learning(x.shop(), position);
        ObjectNode body = Views.object().put("position", learning.position()).put("caughtUp", learning.caughtUp());
        ArrayNode hosts = body.putArray("hosts");
        learning.hosts().forEach(h -> hosts.addObject().put("host", h.hostId()).put("learned", h.position())
                .put("seenAt", h.seenAt().toString()));
        Answers.json(x.response(), 200, body);
    }

    /**
     * The prefix of the order ids of an import's baskets ({@code batch-<line>}): it must leave room in an order id
     * for the line number, and hold no control character.
     */
    private static String batch(String batch) {
        if (batch == null) {
            return "basket";
        }
        String problem = batch.isBlank() ? "must not be blank" : batch.length() > MAX_BATCH_CHARS
                ? "longer than " + MAX_BATCH_CHARS + " characters" : StoredText.problem(batch);
        if (problem != null) {
            throw new RequestException(400, "invalid_query", "batch: " + problem, "batch");
        }
        return batch;
    }

    private static String sha256(byte[] bytes) {
        try {
            return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(bytes));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }
}
