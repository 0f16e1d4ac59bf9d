package dev.salescycle.samples.storefront;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.MissingNode;
import dev.salescycle.demo.Chromium;
import dev.salescycle.demo.DemoServer;
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
import org.openqa.selenium.TakesScreenshot;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.chrome.ChromeDriverService;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.WebDriverWait;

import java.io.IOException;
import java.net.ServerSocket;
import java.net.URI;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.time.Duration;
import java.util.List;
import java.util.concurrent.atomic.AtomicReference;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The sample storefront on its own origin, in headless Chromium, against a real host with the bundled plugins whose
 * shop lets that origin in: the five stages through the loader and the components, the order placed by the sample's
 * server, and the revenue credited in the admin API; then the same shop with no host to reach, and
 * with the host stopped under a page that had shown its components.
 */
@Timeout(600)
@TestMethodOrder(MethodOrderer.OrderAnnotation.class)
class SampleStorefrontBrowserTest {

    private static final Path SCREENSHOTS = Path.of(System.getProperty("sample.screenshots.dir",
            "target/storefront-screenshots"));
    private static final String SHOP = TestHost.SHOP;

    @TempDir
    static Path temp;

    private static final AtomicReference<URI> hostUri = new AtomicReference<>();
    private static SampleShopServer shop;
    private static DemoServer host;
    private static ChromeDriverService service;
    private static WebDriver browser;
    private static WebDriverWait wait;

    @BeforeAll
    static void startShopHostAndBrowser() throws Exception {
        Chromium.requireInstalled();
        String key = TestHost.secret();
        shop = SampleShopServer.start(new SampleShopSettings("127.0.0.1", 0, hostUri::get, SHOP, key));
        host = TestHost.start(temp, shop.baseUri(), key);
        hostUri.set(host.baseUri());
        service = Chromium.service();
        browser = Chromium.start(service, Files.createDirectories(temp.resolve("profile")));
        wait = new WebDriverWait(browser, Duration.ofSeconds(20));
    }

    @AfterAll
    static void stopEverything() {
        Chromium.stop(browser, service);
        if (host != null) {
            host.close();
        }
        if (shop != null) {
            shop.close();
        }
    }

    @Test
    @Order(1)
    void aShopperGoesThroughTheFiveStagesAndTheRecommendationEarnsItsRevenue() throws IOException {
        open("index.html");
        wait.until(d -> !all(browser, "product").isEmpty());
        WebElement signup = component("salescycle-signup", "ready");
        SearchContext form = signup.getShadowRoot();
        form.findElement(By.cssSelector("input[type=email]")).sendKeys("ada@example.org");
        form.findElement(By.cssSelector("input[type=checkbox]")).click();
        form.findElement(By.cssSelector("button[type=submit], [part~=button]")).click();
        wait.until(d -> signup.getShadowRoot().findElements(By.cssSelector("[part~=message]")).stream()
                .anyMatch(m -> m.getText().contains("Check your inbox")));
        screenshot("sign-up");
        noPolicyViolation();

        open("product.html?sku=dripper-v60");
        WebElement together = component("salescycle-recommendations", "ready");
        assertThat(together.getAttribute("sku")).isEqualTo("dripper-v60");
        assertThat(items(together)).isNotEmpty();
        byTestId("add-to-cart").click();
        wait.until(ExpectedConditions.textToBe(testId("cart-count"), "1"));
        screenshot("product");
        noPolicyViolation();

        open("cart.html");
        WebElement offers = component("salescycle-offers", "ready");
        WebElement discount = items(offers).stream().filter(o -> "DISCOUNT".equals(o.getAttribute("data-type")))
                .findFirst().orElseThrow();
        WebElement recommendations = component("salescycle-recommendations", "ready");
        WebElement filters = items(recommendations).stream()
                .filter(item -> item.getText().contains("V60 paper filters")).findFirst().orElseThrow();
        screenshot("cart");
        discount.findElement(By.cssSelector("[part~=accept]")).click();
        wait.until(ExpectedConditions.textToBe(testId("notice"), "Code WELCOME10 noted."));
        filters.findElement(By.cssSelector("[part~=add]")).click();
        wait.until(ExpectedConditions.textToBe(testId("cart-count"), "2"));
        WebElement added = browser.findElement(By.cssSelector("[data-testid=cart-line][data-sku='filters-v60']"));
        assertThat(added.getAttribute("data-ref")).as("the recommendation's reference is on the line").isEqualTo("yes");
        noPolicyViolation();

        byTestId("checkout-email").sendKeys("ada@example.org");
        byTestId("checkout-name").sendKeys("Ada");
        byTestId("checkout-submit").click();
        wait.until(ExpectedConditions.urlContains("thank-you.html"));
        WebElement thanks = component("salescycle-thank-you", "ready");
        assertThat(byTestId("order-id").getText()).startsWith("web-");
        assertThat(thanks.getAttribute("order-id")).isEqualTo(byTestId("order-id").getText());
        assertThat(items(thanks)).isNotEmpty();
        WebElement preferences = component("salescycle-preferences", "ready");
        WebElement link = preferences.getShadowRoot().findElement(By.cssSelector("a"));
        assertThat(link.getAttribute("href")).startsWith(hostUri.get().toString());
        screenshot("thank-you");
        noPolicyViolation();

        JsonNode funnel = wait.until(d -> {
            JsonNode f = host.api().funnel(SHOP);
            return plugin(f, "upsell", "co-purchase-upsell").path("acted").asLong() == 1 ? f : null;
        });
        JsonNode upsell = plugin(funnel, "upsell", "co-purchase-upsell");
        assertThat(upsell.path("revenue").path("EUR").asText()).as("the filters added from the recommendation")
                .isEqualTo("5.50");
        assertThat(upsell.path("orders").asLong()).isEqualTo(1);
        JsonNode offer = plugin(funnel, "conversion-offer", "conversion-offers");
        assertThat(offer.path("revenue").path("EUR").asText()).as("the dripper, bought with the code").isEqualTo("24.00");
        assertThat(offer.path("acted").asLong()).as("the code used").isEqualTo(1);
        assertThat(funnel.path("orders").path("count").asLong()).isEqualTo(1);
        assertThat(funnel.path("ignoredRefs").path("total").asLong()).isZero();
        assertThat(funnel.path("counts").path("lead_captured").asLong()).isEqualTo(1);
    }

    @Test
    @Order(2)
    void withNoHostToReachTheShopStillSellsAndTheComponentsShowNothing() throws IOException {
        URI down;
        try (ServerSocket socket = new ServerSocket(0)) {
            down = URI.create("http://127.0.0.1:" + socket.getLocalPort() + "/");
        }
        URI closed = down;
        try (SampleShopServer alone = SampleShopServer.start(
                new SampleShopSettings("127.0.0.1", 0, () -> closed, SHOP, TestHost.secret()))) {
            open(alone, "index.html");
            wait.until(d -> !all(browser, "product").isEmpty());
            productCard("beans-filter").findElement(testId("add-to-cart")).click();
            productCard("mug-stoneware").findElement(testId("add-to-cart")).click();
            wait.until(ExpectedConditions.textToBe(testId("cart-count"), "2"));
            showsNothing("salescycle-signup");
            noPolicyViolation();

            open(alone, "cart.html");
            byTestId("more").click();
            wait.until(ExpectedConditions.textToBe(testId("cart-count"), "3"));
            assertThat(all(browser, "cart-line")).hasSize(2);
            assertThat(byTestId("cart-total").getText()).isEqualTo("39.00 EUR");
            showsNothing("salescycle-offers");
            showsNothing("salescycle-recommendations");
            assertThat(browser.findElement(By.cssSelector("[data-heading-for]")).isDisplayed())
                    .as("no heading over nothing").isFalse();
            byTestId("checkout-email").sendKeys("bo@example.org");
            byTestId("checkout-submit").click();
            wait.until(ExpectedConditions.visibilityOfElementLocated(testId("checkout-error")));
            assertThat(byTestId("checkout-error").getText()).contains("could not be placed");
            assertThat(byTestId("cart-count").getText()).as("the cart is kept").isEqualTo("3");
            screenshot("host-down");
            noPolicyViolation();

            ((JavascriptExecutor) browser).executeScript("document.body.appendChild(document.createElement('img'))"
                    + ".src = 'https://images.example.org/blocked.png';");
            wait.until(d -> Long.valueOf(1).equals(((JavascriptExecutor) d).executeScript(
                    "return window.sampleCspViolations.length;")));
            assertThat(String.valueOf(((JavascriptExecutor) browser).executeScript(
                    "return window.sampleCspViolations[0].directive;"))).as("the watch sees what the policy blocks")
                    .isEqualTo("img-src");
        }
    }

    @Test
    @Order(3)
    void whenTheHostStopsTheComponentsFallSilentAndTheCartStillWorks() {
        open(shop, "index.html");
        ((JavascriptExecutor) browser).executeScript("window.localStorage.clear(); window.sessionStorage.clear();");
        open(shop, "product.html?sku=aeropress");
        byTestId("add-to-cart").click();
        open(shop, "cart.html");
        component("salescycle-offers", "ready");
        component("salescycle-recommendations", "ready");
        host.close();

        byTestId("more").click();
        wait.until(ExpectedConditions.textToBe(testId("cart-count"), "2"));
        for (String tag : List.of("salescycle-offers", "salescycle-recommendations")) {
            WebElement silent = component(tag, "unavailable");
            assertThat(silent.getSize().getHeight()).as(tag + " takes no room").isZero();
        }
        assertThat(byTestId("cart-total").getText()).isEqualTo("69.80 EUR");
        noPolicyViolation();
    }

    /** A component whose loader never arrived: undefined, or unavailable, and either way nothing on screen. */
    private static void showsNothing(String tag) {
        WebElement element = browser.findElement(By.tagName(tag));
        wait.until(d -> "complete".equals(((JavascriptExecutor) d).executeScript("return document.readyState")));
        String state = element.getAttribute("state");
        assertThat(state).as(tag).isIn(null, "unavailable");
        assertThat(element.getSize().getHeight()).as(tag + " takes no room").isZero();
    }

    private static void open(String page) {
        open(shop, page);
    }

    private static void open(SampleShopServer server, String page) {
        browser.get(server.baseUri().resolve(page).toString());
        wait.until(d -> "complete".equals(((JavascriptExecutor) d).executeScript("return document.readyState")));
    }

    private static WebElement component(String tag, String state) {
        return new WebDriverWait(browser, Duration.ofSeconds(20))
                .withMessage(() -> tag + " in state " + state + "; the page has " + describe(tag))
                .until(d -> d.findElements(By.tagName(tag)).stream()
                        .filter(e -> state.equals(e.getAttribute("state"))).findFirst().orElse(null));
    }

    private static Object describe(String tag) {
        return ((JavascriptExecutor) browser).executeScript("return Array.from(document.querySelectorAll(arguments[0]))"
                + ".map(e => e.outerHTML + ' ' + (e.shadowRoot ? e.shadowRoot.innerHTML : '(no shadow root)'))"
                + ".concat([JSON.stringify(window.sampleCspViolations)]).join(' | ')", tag);
    }

    private static List<WebElement> items(WebElement component) {
        return component.getShadowRoot().findElements(By.cssSelector("[part~=item]"));
    }

    private static void noPolicyViolation() {
        Object violations = ((JavascriptExecutor) browser).executeScript("return window.sampleCspViolations;");
        assertThat(violations).as("the page's securitypolicyviolation listener").isNotNull();
        assertThat((List<?>) violations).as("CSP violations in " + browser.getCurrentUrl()).isEmpty();
    }

    private static WebElement productCard(String sku) {
        return browser.findElement(By.cssSelector("[data-testid=product][data-sku='" + sku + "']"));
    }

    private static By testId(String id) {
        return By.cssSelector("[data-testid='" + id + "']");
    }

    /** The element, once the page's own script has put it there. */
    private static WebElement byTestId(String id) {
        return wait.until(ExpectedConditions.visibilityOfElementLocated(testId(id)));
    }

    private static List<WebElement> all(SearchContext context, String id) {
        return context.findElements(testId(id));
    }

    private static JsonNode plugin(JsonNode funnel, String stage, String plugin) {
        for (JsonNode s : funnel.path("stages")) {
            if (s.path("stage").asText().equals(stage)) {
                for (JsonNode p : s.path("plugins")) {
                    if (p.path("plugin").asText().equals(plugin)) {
                        return p;
                    }
                }
            }
        }
        return MissingNode.getInstance();
    }

    private static void screenshot(String name) throws IOException {
        ((JavascriptExecutor) browser).executeScript("window.scrollTo(0, 0)");
        Path shot = ((TakesScreenshot) browser).getScreenshotAs(OutputType.FILE).toPath();
        Files.createDirectories(SCREENSHOTS);
        Files.copy(shot, SCREENSHOTS.resolve(name + ".png"), StandardCopyOption.REPLACE_EXISTING);
    }
}
