package dev.salescycle.demo;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.salescycle.host.SalesCycleHost;
import jakarta.servlet.http.HttpServlet;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import org.eclipse.jetty.ee10.servlet.ServletContextHandler;
import org.eclipse.jetty.ee10.servlet.ServletHolder;
import org.eclipse.jetty.server.Server;
import org.eclipse.jetty.server.ServerConnector;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.MethodOrderer;
import org.junit.jupiter.api.Order;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestMethodOrder;
import org.junit.jupiter.api.Timeout;
import org.junit.jupiter.api.io.TempDir;
import org.openqa.selenium.By;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.OutputType;
import org.openqa.selenium.SearchContext;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.chrome.ChromeDriverService;
import org.openqa.selenium.logging.LogEntry;
import org.openqa.selenium.logging.LogType;
import org.openqa.selenium.support.ui.WebDriverWait;

import java.io.IOException;
import java.io.InputStream;
import java.net.InetAddress;
import java.net.ServerSocket;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.StringJoiner;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;

import org.assertj.core.api.InstanceOfAssertFactories;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

/**
 * The storefront SDK in headless Chromium on a page of another origin (a second Jetty on its own port) under a strict
 * Content-Security-Policy that allows scripts and connections only to itself and the host: all five components
 * render real answers of the bundled plugins, server text that looks like markup stays text, nothing violates the
 * policy, an added recommendation carries its reference into the cart, and with the host gone the components go
 * quiet while the page keeps working; mounted under a path of the shop's own server, the host is still found. The
 * screenshots go to docs/storefront/components.
 */
@Timeout(value = 5, unit = TimeUnit.MINUTES)
@TestMethodOrder(MethodOrderer.OrderAnnotation.class)
class StorefrontComponentsBrowserTest {

    private static final Path SCREENSHOTS = Path.of(System.getProperty("components.screenshots.dir", "target/components-screenshots"));
    private static final String KEY = "components-test-shop-key-0000000000";
    private static final String ADMIN = "components-test-admin-token-000000";
    private static final String PAYLOAD = "<img src=x onerror=window.pwned=1>";
    private static final ObjectMapper JSON = new ObjectMapper();
    private static final HttpClient HTTP = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(5)).build();
    private static final List<String> TAGS = List.of("salescycle-signup", "salescycle-offers", "salescycle-recommendations",
            "salescycle-thank-you", "salescycle-preferences");

    @TempDir
    static Path temp;

    private static Server page;
    private static String pageOrigin;
    private static SalesCycleHost host;
    private static String hostOrigin;
    private static ChromeDriverService service;
    private static WebDriver browser;
    private static WebDriverWait wait;
    private static String orderQuery;
    private static Path configFile;

    @BeforeAll
    static void startPageHostAndBrowser() throws Exception {
        Chromium.requireInstalled();
        page = new Server();
        ServerConnector connector = new ServerConnector(page);
        connector.setHost("127.0.0.1");
        connector.setPort(0);
        page.addConnector(connector);
        ServletContextHandler context = new ServletContextHandler();
        context.addServlet(new ServletHolder(new PageServlet()), "/*");
        page.setHandler(context);
        page.start();
        pageOrigin = "http://127.0.0.1:" + connector.getLocalPort();

        Path plugins = Files.createDirectories(temp.resolve("plugins"));
        try (Stream<Path> zips = Files.list(DemoFixtures.pluginsDir())) {
            for (Path zip : zips.filter(z -> z.getFileName().toString().endsWith(".zip")).toList()) {
                Files.copy(zip, plugins.resolve(zip.getFileName()));
            }
        }
        Path config = Files.writeString(temp.resolve("salescycle.yaml"), """
                host:
                  adminToken: %s
                  hookBudget: 2000ms
                  requestBudget: 5000ms
                shops:
                  demo:
                    currency: EUR
                    apiKeys: [ "%s" ]
                    allowedOrigins: [ "%s" ]
                    plugins:
                      - lead-scoring
                      - id: conversion-offers
                        settings: { freeShippingThreshold: "50.00", firstOrderDiscountPercent: 10 }
                      - id: co-purchase-upsell
                        settings: { maxItems: 4, rankBy: lift, minSupport: 0.01, minConfidence: 0.1 }
                      - thank-you-referral
                      - retention-drip
                """.formatted(ADMIN, KEY, pageOrigin));
        configFile = config;
        host = SalesCycleHost.builder().configFile(config).pluginsDir(plugins).dataDir(temp.resolve("data")).port(0).build().start();
        hostOrigin = "http://127.0.0.1:" + host.port();
        seed();
        service = Chromium.service();
        browser = Chromium.start(service, Files.createDirectories(temp.resolve("profile")));
        wait = new WebDriverWait(browser, Duration.ofSeconds(30));
    }

    @AfterAll
    static void stopAll() throws Exception {
        Chromium.stop(browser, service);
        if (host != null) {
            host.close();
        }
        if (page != null) {
            page.stop();
        }
    }

    /** A catalogue with a product whose name is markup, and past baskets from which the co-purchase plugin learns. */
    private static void seed() throws Exception {
        send("PUT", "/products", "application/json", """
                [{"sku":"beans","name":"Espresso beans","price":"12.50","currency":"EUR"},
                 {"sku":"filters","name":"Paper filters","price":"3.20","currency":"EUR"},
                 {"sku":"grinder","name":"Hand grinder","price":"45.00","currency":"EUR"},
                 {"sku":"mug","name":"%s","price":"9.00","currency":"EUR"}]""".formatted(PAYLOAD));
        StringBuilder baskets = new StringBuilder();
        for (int i = 0; i < 30; i++) {
            baskets.append("beans,filters\nbeans,mug\nbeans,grinder,filters\ngrinder\n");
        }
        send("POST", "/orders/import?format=csv&batch=past", "text/csv", baskets.toString());
        await().atMost(Duration.ofSeconds(60)).until(() -> send("POST", "/cart/evaluate", "application/json",
                "{\"currency\":\"EUR\",\"lines\":[{\"sku\":\"beans\",\"quantity\":1,\"unitPrice\":\"12.50\"}]}")
                .path("recommendations").size() >= 3);
    }

    @Test
    @Order(1)
    void allComponentsRenderRealAnswersUnderAStrictPolicyAndServerTextStaysText() throws Exception {
        browser.get(pageOrigin + "/");
        for (String tag : List.of("salescycle-signup", "salescycle-offers", "salescycle-recommendations")) {
            waitForState(tag, "ready");
        }
        assertThat(items("salescycle-recommendations", "[part~=item]")).hasSize(3);
        assertThat(shadowText("salescycle-recommendations")).contains(PAYLOAD, "Paper filters");
        assertThat(shadowText("salescycle-offers")).contains("free shipping");
        assertNoMarkupRan();
        assertThat(js("return salescycle.version")).isEqualTo("1.0.0");
        waitForState("#product", "ready");
        assertThat(browser.findElement(By.id("product")).getShadowRoot().findElements(By.cssSelector("[part~=item]")))
                .as("recommendations for the product page's sku").extracting(e -> e.getAttribute("data-sku")).contains("beans");
        screenshot("page", null);
        screenshot("recommendations", "salescycle-recommendations");

        WebElement accept = items("salescycle-offers", "[part~=accept]").get(0);
        assertThat(accept.getText()).isEqualTo("Use code");
        accept.click();
        assertThat(accept.getText()).isEqualTo("Code used");
        assertThat(accept.isEnabled()).isFalse();
        assertThat(js("return window.events.find(e => e.name === 'offer-accepted').detail.offer.couponCode")).isEqualTo("WELCOME10");
        String offerRef = (String) js("return window.events.find(e => e.name === 'offer-accepted').detail.offer.ref");
        assertThat(refs()).containsExactly(offerRef);
        Object evaluated = ((JavascriptExecutor) browser).executeAsyncScript("const done = arguments[arguments.length - 1];"
                + " salescycle('evaluate', {currency: 'EUR', lines: [{sku: 'grinder', quantity: 1, unitPrice: '45.00'}]},"
                + " answer => done(answer.recommendations.map(r => r.sku)))");
        assertThat(evaluated).as("the raw answer, for pages that render by themselves")
                .asInstanceOf(InstanceOfAssertFactories.LIST).contains("beans");
        screenshot("offers", "salescycle-offers");

        String visitor = (String) js("return window.visitorId");
        assertThat(visitor).isNotBlank().isEqualTo(js("return localStorage.getItem('salescycle.visitor')"));
        WebElement add = items("salescycle-recommendations", "[part~=add]").get(0);
        String sku = items("salescycle-recommendations", "[part~=item]").get(0).getAttribute("data-sku");
        add.click();
        await().atMost(Duration.ofSeconds(20)).until(() -> js("return window.events.filter(e => e.name === 'add-to-cart').length")
                .equals(1L));
        @SuppressWarnings("unchecked")
        Map<String, Object> added = (Map<String, Object>) js("return window.events.find(e => e.name === 'add-to-cart').detail");
        assertThat(added).containsEntry("sku", sku).containsEntry("quantity", 1L).containsEntry("plugin", "co-purchase-upsell");
        assertThat((String) added.get("ref")).hasSizeBetween(60, 90);
        // The cart now holds the item, so the recommendations are asked again and leave it out.
        await().atMost(Duration.ofSeconds(20)).until(() -> items("salescycle-recommendations", "[part~=item]").stream()
                .noneMatch(item -> sku.equals(item.getAttribute("data-sku"))));

        signUp();

        String orderId = "c-1001";
        JsonNode order = send("POST", "/orders", "application/json", """
                {"orderId":"%s","customerEmail":"ada@example.org","customerName":"<b>Ada</b> Lovelace","currency":"EUR",
                 "lines":[{"sku":"beans","quantity":1,"unitPrice":"12.50"},{"sku":"%s","quantity":1,"unitPrice":"%s","ref":"%s"}],
                 "total":"%s","visitorId":"%s","refs":["%s"],"consent":{"marketing":true}}""".formatted(orderId, sku,
                added.get("price"), added.get("ref"), new java.math.BigDecimal("12.50").add(new java.math.BigDecimal((String)
                added.get("price"))), visitor, offerRef));
        JsonNode stages = call("GET", "/admin/shops/demo/funnel?since=PT1H", ADMIN, null, null).path("stages");
        assertThat(stage(stages, "upsell").at("/plugins/0/plugin").asText()).isEqualTo("co-purchase-upsell");
        assertThat(stage(stages, "upsell").at("/revenue/EUR").asText()).as("the added item, through its reference")
                .isEqualTo(added.get("price"));
        assertThat(stage(stages, "conversion-offer").at("/revenue/EUR").asText()).as("the rest, through the code used")
                .isEqualTo("12.50");
        orderQuery = "?order=" + orderId + "&token=" + URLEncoder.encode(order.path("thankYouToken").asText(), StandardCharsets.UTF_8);

        browser.get(pageOrigin + "/" + orderQuery);
        for (String tag : TAGS) {
            waitForState(tag, "ready");
        }
        assertThat(shadowText("salescycle-thank-you")).contains("Thank you, <b>Ada</b>!");
        assertNoMarkupRan();
        WebElement link = items("salescycle-preferences", "a[part~=link]").get(0);
        assertThat(link.getAttribute("href")).startsWith(hostOrigin + "/api/v1/preferences?token=");
        assertThat(link.getText()).isEqualTo("Manage e-mail preferences");
        assertThat(refs()).as("the thank-you blocks' refs, for the next order").isNotEmpty();
        screenshot("thank-you", "salescycle-thank-you");
        screenshot("preferences", "salescycle-preferences");
        noViolations();

        browser.get(link.getAttribute("href"));
        assertThat(browser.findElement(By.tagName("h1")).getText()).isEqualTo("E-mail preferences");
        assertThat(browser.findElement(By.tagName("body")).getText()).contains("ada@example.org", "you agreed to receive them");
        screenshot("preferences-page", null);
        browser.findElement(By.tagName("button")).click();
        assertThat(browser.findElement(By.tagName("h1")).getText()).isEqualTo("Unsubscribed");
    }

    private static void signUp() throws IOException {
        SearchContext signup = shadow("salescycle-signup");
        signup.findElement(By.cssSelector("input[type=email]")).sendKeys("grace@example.org");
        signup.findElement(By.cssSelector("input[name=name]")).sendKeys("Grace");
        signup.findElement(By.cssSelector("input[type=checkbox]")).click();
        screenshot("signup", "salescycle-signup");
        signup.findElement(By.cssSelector("button[type=submit]")).click();
        await().atMost(Duration.ofSeconds(20)).until(() -> shadowText("salescycle-signup").contains("Check your inbox to confirm"));
        assertThat(js("return window.events.find(e => e.name === 'lead').detail.consent")).isEqualTo("pending_confirmation");
        screenshot("signup-confirm", "salescycle-signup");
    }

    @Test
    @Order(2)
    void withTheHostGoneTheComponentsGoQuietAndThePageKeepsWorking() throws Exception {
        assertThat(orderQuery).as("the first test placed the order").isNotNull();
        int port = host.port();
        host.close();
        host = null;
        // The scripts come from the browser's cache (max-age); every call of the API fails or hangs.
        try (ServerSocket silent = silentOn(port)) {
            browser.get(pageOrigin + "/" + orderQuery + "&after=stop");
            for (String tag : List.of("salescycle-offers", "salescycle-recommendations", "salescycle-thank-you", "salescycle-preferences")) {
                waitForState(tag, "unavailable");
                assertThat(height(tag)).as(tag + " takes no room").isZero();
            }
            @SuppressWarnings("unchecked")
            List<Object> reasons = (List<Object>) js("return window.events.filter(e => e.name === 'unavailable').map(e => e.detail.reason)");
            assertThat(reasons).isNotEmpty().allMatch(reason -> reason.equals("time-out") || reason.equals("network"));
            if (silent.getLocalPort() == port) {
                assertThat(reasons).as("a host that takes the connection and never answers").contains("time-out");
            }
            assertTheOwnButtonWorks();

            // The sign-up form needs the host only when sent: then it keeps what was typed and says so.
            SearchContext signup = shadow("salescycle-signup");
            signup.findElement(By.cssSelector("input[type=email]")).sendKeys("late@example.org");
            signup.findElement(By.cssSelector("button[type=submit]")).click();
            waitForState("salescycle-signup", "unavailable");
            assertThat(shadowText("salescycle-signup")).contains("Signing up is not possible right now");
            assertThat(signup.findElement(By.cssSelector("input[type=email]")).getAttribute("value")).isEqualTo("late@example.org");
            assertThat(height("salescycle-signup")).isPositive();
        }

        // A page whose loader cannot even be fetched: the elements stay unknown and empty.
        browser.get(pageOrigin + "/?sdk=dead");
        assertTheOwnButtonWorks();
        for (String tag : List.of("salescycle-signup", "salescycle-offers", "salescycle-recommendations")) {
            assertThat(height(tag)).as(tag).isZero();
        }
        assertThat(js("return typeof salescycle.version")).isEqualTo("undefined");
    }

    @SuppressWarnings("unchecked")
    private static List<String> refs() {
        return (List<String>) ((JavascriptExecutor) browser).executeAsyncScript(
                "const done = arguments[arguments.length - 1]; salescycle('refs', done)");
    }

    private static void assertNoMarkupRan() {
        assertThat(js("return window.pwned === undefined && document.querySelectorAll('img, b').length === 0 && [...document"
                + ".querySelectorAll('*')].filter(e => e.shadowRoot).every(e => !e.shadowRoot.querySelector('img, b'))"))
                .isEqualTo(true);
    }

    @Test
    @Order(3)
    void theLoaderFindsAHostMountedUnderAPathOfTheShopsOwnServer() throws Exception {
        assertThat(host).as("the second test stopped the standalone host").isNull();
        // The shop's own server mounts the host at /sales/*: the page and the host share an origin, and the page
        // names the loader by its path under the mount.
        SalesCycleHost mounted = SalesCycleHost.builder().configFile(configFile).pluginsDir(temp.resolve("plugins"))
                .dataDir(temp.resolve("data")).publicUrl(URI.create("http://127.0.0.1/sales/")).build();
        Server app = new Server();
        try {
            mounted.runtime().awaitPluginsIdle(30_000);
            ServerConnector connector = new ServerConnector(app);
            connector.setHost("127.0.0.1");
            connector.setPort(0);
            app.addConnector(connector);
            ServletContextHandler context = new ServletContextHandler();
            ServletHolder sales = new ServletHolder("salescycle", mounted.servlet());
            sales.setAsyncSupported(true);
            context.addServlet(sales, "/sales/*");
            context.addServlet(new ServletHolder(new PageServlet()), "/");
            app.setHandler(context);
            app.start();
            String origin = "http://127.0.0.1:" + connector.getLocalPort();
            hostOrigin = origin + "/sales";
            browser.manage().logs().get(LogType.BROWSER); // what the host-less pages logged before is not this page's
            browser.get(origin + "/");
            waitForState("salescycle-recommendations", "ready");
            waitForState("salescycle-offers", "ready");
            assertThat(items("salescycle-recommendations", "[part~=item]")).isNotEmpty();
            noViolations();
        } finally {
            app.stop();
            mounted.close();
        }
    }

    private static void assertTheOwnButtonWorks() {
        browser.findElement(By.id("own-button")).click();
        assertThat(browser.findElement(By.id("own-output")).getText()).isEqualTo("clicked 1");
    }

    /** Takes connections on the host's old port and never answers: the components' calls time out. */
    private static ServerSocket silentOn(int port) throws IOException {
        try {
            return new ServerSocket(port, 50, InetAddress.getByName("127.0.0.1"));
        } catch (IOException e) {
            return new ServerSocket(0); // the port was taken again: calls are refused instead, which is as good a failure
        }
    }

    /** Waits until the first element the selector finds has the state. */
    private static void waitForState(String selector, String state) {
        String read = "const e = document.querySelector('" + selector + "'); return e && e.getAttribute('state')";
        wait.withMessage(() -> selector + " state " + js(read) + ", events " + js("return JSON.stringify(window.events)"))
                .until(d -> state.equals(js(read)));
    }

    private static long height(String tag) {
        return ((Number) js("return Math.round(document.querySelector('" + tag + "').getBoundingClientRect().height)")).longValue();
    }

    private static SearchContext shadow(String tag) {
        return browser.findElement(By.tagName(tag)).getShadowRoot();
    }

    private static List<WebElement> items(String tag, String css) {
        return shadow(tag).findElements(By.cssSelector(css));
    }

    private static String shadowText(String tag) {
        return (String) js("return document.querySelector('" + tag + "').shadowRoot.textContent");
    }

    private static Object js(String script) {
        return ((JavascriptExecutor) browser).executeScript(script);
    }

    /** No violation reported to the page, and none in the browser's console. */
    private static void noViolations() {
        assertThat(js("return window.violations")).asInstanceOf(InstanceOfAssertFactories.LIST).as("securitypolicyviolation events").isEmpty();
        List<LogEntry> errors = browser.manage().logs().get(LogType.BROWSER).getAll().stream()
                .filter(e -> e.getLevel().intValue() >= java.util.logging.Level.SEVERE.intValue())
                .filter(e -> !e.getMessage().contains("/favicon.ico"))
                .toList();
        assertThat(errors).as("errors in the browser's console").isEmpty();
    }

    private static void screenshot(String name, String tag) throws IOException {
        Path shot = (tag == null ? ((org.openqa.selenium.TakesScreenshot) browser).getScreenshotAs(OutputType.FILE)
                : browser.findElement(By.tagName(tag)).getScreenshotAs(OutputType.FILE)).toPath();
        Files.createDirectories(SCREENSHOTS);
        Files.copy(shot, SCREENSHOTS.resolve(name + ".png"), StandardCopyOption.REPLACE_EXISTING);
    }

    private static JsonNode stage(JsonNode stages, String name) {
        for (JsonNode stage : stages) {
            if (stage.path("stage").asText().equals(name)) {
                return stage;
            }
        }
        throw new AssertionError("no stage " + name + " in " + stages);
    }

    private static JsonNode send(String method, String path, String type, String body) throws IOException, InterruptedException {
        return call(method, "/api/v1/shops/demo" + path, KEY, type, body);
    }

    private static JsonNode call(String method, String path, String bearer, String type, String body)
            throws IOException, InterruptedException {
        HttpRequest.Builder request = HttpRequest.newBuilder(URI.create(hostOrigin + path)).timeout(Duration.ofSeconds(30))
                .header("Authorization", "Bearer " + bearer)
                .method(method, body == null ? HttpRequest.BodyPublishers.noBody() : HttpRequest.BodyPublishers.ofString(body));
        if (type != null) {
            request.header("Content-Type", type);
        }
        HttpResponse<String> answer = HTTP.send(request.build(), HttpResponse.BodyHandlers.ofString());
        assertThat(answer.statusCode()).as(method + " " + path + ": " + answer.body()).isBetween(200, 201);
        return JSON.readTree(answer.body());
    }

    /**
     * The other origin's page: its HTML names the host (or, with {@code ?sdk=dead}, an address where nothing listens)
     * and carries the strict policy; its script and style are its own files.
     */
    private static final class PageServlet extends HttpServlet {

        @Override
        protected void doGet(HttpServletRequest request, HttpServletResponse response) throws IOException {
            String path = request.getRequestURI();
            String file = path.equals("/") ? "index.html" : path.substring(1);
            if (!List.of("index.html", "page.js", "page.css").contains(file)) {
                response.sendError(404);
                return;
            }
            byte[] bytes;
            try (InputStream in = getClass().getClassLoader().getResourceAsStream("components-page/" + file)) {
                bytes = in.readAllBytes();
            }
            String sdkHost = "dead".equals(request.getParameter("sdk")) ? "http://127.0.0.1:9" : hostOrigin;
            if (file.equals("index.html")) {
                bytes = new String(bytes, StandardCharsets.UTF_8).replace("{{HOST}}", sdkHost).replace("{{TIMEOUT}}", "1500")
                        .getBytes(StandardCharsets.UTF_8);
                StringJoiner policy = new StringJoiner("; ");
                String sdkOrigin = URI.create(sdkHost).resolve("/").toString().replaceAll("/$", "");
                policy.add("default-src 'self'").add("script-src 'self' " + sdkOrigin).add("connect-src " + sdkOrigin)
                        .add("style-src 'self'").add("img-src 'self'").add("object-src 'none'").add("base-uri 'none'");
                response.setHeader("Content-Security-Policy", policy.toString());
            }
            response.setHeader("Cache-Control", "no-store");
            response.setContentType(file.endsWith(".html") ? "text/html;charset=utf-8"
                    : file.endsWith(".js") ? "text/javascript;charset=utf-8" : "text/css;charset=utf-8");
            response.getOutputStream().write(bytes);
        }
    }
}
