package dev.salescycle.demo;

import static org.assertj.core.api.Assertions.assertThat;

import dev.salescycle.host.SalesCycleHost;
import jakarta.servlet.http.HttpServlet;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.net.URI;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import org.eclipse.jetty.ee10.servlet.ServletContextHandler;
import org.eclipse.jetty.ee10.servlet.ServletHolder;
import org.eclipse.jetty.server.Server;
import org.eclipse.jetty.server.ServerConnector;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import org.junit.jupiter.api.io.TempDir;
import org.openqa.selenium.By;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.chrome.ChromeDriverService;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.WebDriverWait;

/**
 * The host mounted at {@code /sales/*} in the root context of another Jetty app, in headless Chromium: the console
 * signs in and reads the admin API under the mount, its cookie stays under the mount, and the storefront loader on
 * one of the app's pages talks to the host where it was loaded from.
 */
@Timeout(value = 5, unit = TimeUnit.MINUTES)
class MountedHostBrowserTest {

    static final String TOKEN = "mounted-admin-token-0123456789";

    @Test
    void theConsoleAndTheLoaderWorkUnderTheMount(@TempDir Path dir) throws Exception {
        Chromium.requireInstalled();
        Path plugins = Files.createDirectories(dir.resolve("plugins"));
        Files.copy(DemoFixtures.pluginsDir().resolve("conversion-offers.zip"), plugins.resolve("conversion-offers.zip"));
        Server server = new Server();
        ServerConnector connector = new ServerConnector(server);
        connector.setHost("127.0.0.1");
        server.addConnector(connector);
        connector.open();
        String base = "http://127.0.0.1:" + connector.getLocalPort() + "/";
        Path config = Files.writeString(dir.resolve("salescycle.yaml"), """
                host:
                  adminToken: %s
                shops:
                  corner:
                    currency: EUR
                    plugins: [ conversion-offers ]
                """.formatted(TOKEN));
        try (SalesCycleHost host = SalesCycleHost.builder().configFile(config).dataDir(dir.resolve("data"))
                .publicUrl(URI.create(base + "sales/")).build()) {
            try {
                run(host, server, base, dir);
            } finally {
                server.stop();
            }
        }
    }

    private static void run(SalesCycleHost host, Server server, String base, Path dir) throws Exception {
        ChromeDriverService service = null;
        WebDriver browser = null;
        try {
            ServletContextHandler context = new ServletContextHandler();
            context.setContextPath("/");
            context.addServlet(new ServletHolder("app", new AppPage()), "/");
            ServletHolder sales = new ServletHolder("salescycle", host.servlet());
            sales.setAsyncSupported(true);
            context.addServlet(sales, "/sales/*");
            server.setHandler(context);
            server.start();

            service = Chromium.service();
            browser = Chromium.start(service, Files.createDirectories(dir.resolve("profile")));
            WebDriverWait wait = new WebDriverWait(browser, Duration.ofSeconds(30));

            browser.get(base + "sales/console/");
            wait.until(ExpectedConditions.visibilityOfElementLocated(By.cssSelector("[data-testid=token]"))).sendKeys(TOKEN);
            browser.findElement(By.cssSelector("[data-testid=sign-in-submit]")).click();
            wait.until(d -> d.findElements(By.cssSelector("[data-testid=shop-card][data-shop=corner]")).size() == 1);
            assertThat(browser.manage().getCookieNamed("sc_session").getPath()).isEqualTo("/sales/");

            browser.get(base + "shop/page");
            Object answer = ((JavascriptExecutor) browser).executeAsyncScript("""
                    const done = arguments[arguments.length - 1];
                    const ask = () => window.salescycle && window.salescycle.version
                        ? salescycle('evaluate', {currency: 'EUR', lines: [{sku: 'a', quantity: 1, unitPrice: '10.00'}]},
                            j => done({host: salescycle._.host, plugins: j ? j.offers.map(o => o.plugin) : null}))
                        : setTimeout(ask, 50);
                    ask();""");
            assertThat(answer).isInstanceOf(Map.class);
            Map<?, ?> result = (Map<?, ?>) answer;
            assertThat(result.get("host")).isEqualTo(base + "sales");
            assertThat(result.get("plugins")).isInstanceOf(List.class);
            assertThat(((List<?>) result.get("plugins")).stream().map(String::valueOf)).isNotEmpty()
                    .containsOnly("conversion-offers");
        } finally {
            Chromium.stop(browser, service);
        }
    }

    /** The application's own page, which loads the storefront SDK from the mount. */
    static final class AppPage extends HttpServlet {
        @Override
        protected void doGet(HttpServletRequest request, HttpServletResponse response) throws IOException {
            response.setContentType("text/html;charset=utf-8");
            response.getWriter().write("<!doctype html><html><head><title>App</title>"
                    + "<script async src=\"/sales/sdk/v1/salescycle.js\" data-shop=\"corner\"></script></head>"
                    + "<body><p>The app's own page</p></body></html>");
        }
    }
}
