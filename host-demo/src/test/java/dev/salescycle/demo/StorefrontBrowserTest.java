package dev.salescycle.demo;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.salescycle.demo.sample.DemoApiClient;
import dev.salescycle.host.experiments.assign.Allocation;
import dev.salescycle.host.experiments.assign.Assigner;
import dev.salescycle.host.experiments.assign.Variant;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.openqa.selenium.By;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.OutputType;
import org.openqa.selenium.TakesScreenshot;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.chrome.ChromeDriverService;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.Select;
import org.openqa.selenium.support.ui.WebDriverWait;

import java.io.IOException;
import java.io.OutputStream;
import java.io.PrintStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.time.Duration;
import java.util.List;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;
import org.junit.jupiter.api.Timeout;

/**
 * Walks the demo storefront in headless Chromium as a shopper would, against the demo host
 * started in-process with the bundled plugins and sample shops.
 */
@Timeout(600)
class StorefrontBrowserTest {

    private static final Path SCREENSHOTS = Path.of("target", "screenshots");
    private static final String DRIPPER_PRICE = "24.00";

    @TempDir
    static Path temp;

    private static DemoServer server;
    private static ChromeDriverService service;
    private static WebDriver browser;
    private static WebDriverWait wait;

    @BeforeAll
    static void startDemoAndBrowser() throws Exception {
        Chromium.requireInstalled();
        server = DemoServer.start(new DemoSettings(null, DemoFixtures.pluginsDir(), temp.resolve("data"), 0),
                new PrintStream(OutputStream.nullOutputStream()));
        service = Chromium.service();
        browser = Chromium.start(service, Files.createDirectories(temp.resolve("profile")));
        wait = new WebDriverWait(browser, Duration.ofSeconds(20));
    }

    @AfterAll
    static void stopBrowserAndDemo() {
        Chromium.stop(browser, service);
        if (server != null) {
            server.close();
        }
    }

    @AfterEach
    void noErrorWasShown() {
        assertThat(byTestId("error").isDisplayed()).as(byTestId("error").getText()).isFalse();
    }

    @Test
    void aShopperSignsUpFillsTheCartChecksOutAndSeesWhatComesNext() throws IOException {
        open("demo-coffee");
        assertThat(texts(all("shop-plugin"))).containsExactly("lead-scoring", "conversion-offers",
                "co-purchase-upsell", "thank-you-referral", "retention-drip");

        signUp("ada@example.com", "Ada", "pour-over, espresso");
        assertThat(byTestId("lead-score").getText()).matches("\\d+");
        assertThat(all("lead-segment")).isNotEmpty();

        product("dripper-v60").findElement(testId("add-to-cart")).click();
        WebElement filters = wait.until(ExpectedConditions.visibilityOfElementLocated(recommendation("filters-v60")));
        assertThat(filters.getAttribute("data-plugin")).isEqualTo("co-purchase-upsell");
        assertThat(filters.findElement(testId("evidence")).getText()).contains("confidence", "lift");
        List<WebElement> offers = wait.until(d -> nonEmpty(all("offer")));
        assertThat(offers).allSatisfy(offer -> {
            assertThat(offer.getAttribute("data-plugin")).isEqualTo("conversion-offers");
            assertThat(offer.findElement(testId("plugin-name")).getText()).isEqualTo("conversion-offers");
        });
        screenshot("cart");

        browser.findElement(recommendation("filters-v60")).findElement(testId("add-recommendation")).click();
        wait.until(d -> all("cart-line").size() == 2);
        wait.until(ExpectedConditions.invisibilityOfElementLocated(recommendation("filters-v60")));
        assertThat(byTestId("cart-count").getText()).isEqualTo("2");

        assertThat(byTestId("checkout-email").getAttribute("value")).isEqualTo("ada@example.com");
        boolean discounted = all("offer").stream().anyMatch(o -> "DISCOUNT".equals(o.getAttribute("data-type")));
        byTestId("checkout-consent").click();
        byTestId("checkout-submit").click();

        wait.until(ExpectedConditions.visibilityOfElementLocated(testId("thank-you-view")));
        List<WebElement> blocks = wait.until(d -> nonEmpty(all("block"))); // the page's blocks are read after it shows
        assertThat(blocks).isNotEmpty();
        assertThat(byTestId("thank-you-blocks").getText()).contains("Ada");
        assertThat(byTestId("referral-code").getText()).isNotBlank();
        assertThat(byTestId("referral-code").findElement(By.xpath("ancestor::*[@data-testid='block']"))
                .getAttribute("data-plugin"))
                .isEqualTo("thank-you-referral");

        List<WebElement> messages = wait.until(d -> nonEmpty(all("scheduled-message")));
        assertThat(messages).extracting(m -> m.getAttribute("data-template"))
                .containsExactly("welcome", "review-request", "win-back");
        assertThat(messages).allSatisfy(m -> {
            assertThat(m.getAttribute("data-plugin")).isEqualTo("retention-drip");
            assertThat(m.findElement(testId("message-due")).getText()).contains("in ");
        });
        screenshot("thank-you");

        byTestId("continue-shopping").click();
        wait.until(ExpectedConditions.visibilityOfElementLocated(testId("shop-view")));
        assertThat(byTestId("cart-count").getText()).isEqualTo("0");

        // The storefront carried the references back: the admin API credits each plugin with what it sold.
        JsonNode funnel = wait.until(d -> {
            JsonNode f = server.api().funnel("demo-coffee");
            return plugin(f, "upsell", "co-purchase-upsell").path("acted").asLong() == 1 ? f : null;
        });
        JsonNode upsell = plugin(funnel, "upsell", "co-purchase-upsell");
        assertThat(upsell.path("revenue").path("EUR").asText()).as("the filters added from the recommendation")
                .isEqualTo("5.50");
        assertThat(upsell.path("orders").asLong()).isEqualTo(1);
        assertThat(funnel.path("ignoredRefs").path("total").asLong()).isZero();
        assertThat(funnel.path("attributed").path("orders").asLong()).isEqualTo(1);
        if (discounted) {
            JsonNode offerPlugin = plugin(funnel, "conversion-offer", "conversion-offers");
            assertThat(offerPlugin.path("revenue").path("EUR").asText()).as("the dripper, bought with the discount")
                    .isEqualTo(DRIPPER_PRICE);
            assertThat(offerPlugin.path("acted").asLong()).as("the discount used").isEqualTo(1);
        }
        theOrderCountsForTheVisitorsVariantOfTheDemoExperiment();
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
        return com.fasterxml.jackson.databind.node.MissingNode.getInstance();
    }

    /** The storefront's visitor id put the shopper in one variant of the demo's experiment, and the order counts there. */
    private void theOrderCountsForTheVisitorsVariantOfTheDemoExperiment() {
        String visitorId = (String) ((JavascriptExecutor) browser).executeScript(
                "return window.localStorage.getItem('salescycle-visitor');");
        assertThat(visitorId).startsWith("visitor-");
        JsonNode experiment = server.api().experiments("demo-coffee").get("experiments").get(0);
        assertThat(experiment.get("id").asText()).isEqualTo("checkout-offer");
        String variant = new Assigner("checkout-offer", "2026a", Allocation.of(Variant.of("ten-percent", 1),
                Variant.of("fifteen-percent-free-from-40", 1))).variant(visitorId).name();
        for (JsonNode arm : experiment.get("results").get("arms")) {
            boolean mine = arm.get("variant").asText().equals(variant);
            assertThat(arm.get("units").asInt()).as(arm.toString()).isEqualTo(mine ? 1 : 0);
            assertThat(arm.get("conversions").asInt()).as(arm.toString()).isEqualTo(mine ? 1 : 0);
        }
    }

    @Test
    void theTeaShopRunsItsOwnPluginsWithItsOwnHistory() throws IOException {
        open("demo-coffee");
        new Select(byTestId("shop-select")).selectByValue("demo-tea");
        wait.until(ExpectedConditions.presenceOfElementLocated(productLocator("matcha")));
        assertThat(texts(all("shop-plugin")))
                .containsExactly("co-purchase-upsell", "thank-you-referral", "retention-drip");

        product("matcha").findElement(testId("add-to-cart")).click();
        wait.until(ExpectedConditions.visibilityOfElementLocated(recommendation("matcha-whisk")));
        assertThat(byTestId("offers-panel").isDisplayed()).isFalse();
        assertThat(all("offer")).isEmpty();
        screenshot("tea-cart");
    }

    @Test
    void whatTheApiSendsIsShownAsTextNeverAsMarkup() {
        String name = "<img src=x onerror=\"document.title='injected'\"> Oolong <b>bold</b>";
        server.api().putProducts("demo-tea",
                List.of(Map.of("sku", "zz-markup", "name", name, "price", "3.00", "currency", "GBP")));

        open("demo-tea");
        WebElement product = wait.until(ExpectedConditions.presenceOfElementLocated(productLocator("zz-markup")));
        assertThat(product.findElement(By.tagName("h3")).getText()).isEqualTo(name);
        product.findElement(testId("add-to-cart")).click();

        wait.until(ExpectedConditions.textToBePresentInElementLocated(
                By.cssSelector("[data-testid=cart-line][data-sku='zz-markup']"), name));
        assertThat(browser.findElements(By.cssSelector("img, b"))).isEmpty();
        assertThat(browser.getTitle()).isEqualTo("Salescycle demo storefront");
    }

    private void open(String shopId) {
        browser.get("about:blank");
        browser.get(server.baseUri().resolve("/#shop=" + shopId).toString());
        wait.until(ExpectedConditions.presenceOfElementLocated(By.cssSelector("[data-testid=product]")));
    }

    private void signUp(String email, String name, String interests) {
        byTestId("signup-email").sendKeys(email);
        byTestId("signup-name").sendKeys(name);
        byTestId("signup-interests").sendKeys(interests);
        byTestId("signup-consent").click();
        byTestId("signup-submit").click();
        wait.until(ExpectedConditions.visibilityOfElementLocated(testId("lead-result")));
    }

    private static WebElement product(String sku) {
        return browser.findElement(productLocator(sku));
    }

    private static By productLocator(String sku) {
        return By.cssSelector("[data-testid=product][data-sku='" + sku + "']");
    }

    private static By recommendation(String sku) {
        return By.cssSelector("[data-testid=recommendation][data-sku='" + sku + "']");
    }

    private static By testId(String id) {
        return By.cssSelector("[data-testid='" + id + "']");
    }

    private static WebElement byTestId(String id) {
        return browser.findElement(testId(id));
    }

    private static List<WebElement> all(String id) {
        return browser.findElements(testId(id));
    }

    private static List<WebElement> nonEmpty(List<WebElement> elements) {
        return elements.isEmpty() ? null : elements;
    }

    private static List<String> texts(List<WebElement> elements) {
        return elements.stream().map(WebElement::getText).toList();
    }

    private static void screenshot(String name) throws IOException {
        ((JavascriptExecutor) browser).executeScript("window.scrollTo(0, 0)");
        Path shot = ((TakesScreenshot) browser).getScreenshotAs(OutputType.FILE).toPath();
        Files.createDirectories(SCREENSHOTS);
        Files.copy(shot, SCREENSHOTS.resolve(name + ".png"), StandardCopyOption.REPLACE_EXISTING);
    }
}
