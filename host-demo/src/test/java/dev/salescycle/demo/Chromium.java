package dev.salescycle.demo;

import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.chrome.ChromeDriverService;
import org.openqa.selenium.chrome.ChromeOptions;

import java.io.File;
import java.nio.file.Files;
import java.nio.file.Path;

import static org.junit.jupiter.api.Assertions.fail;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

/**
 * Headless Debian Chromium for browser tests, driven without any download. Public, in the test jar, for the other
 * modules' browser tests (the sample storefront's).
 */
public final class Chromium {

    static final Path BINARY = Path.of("/usr/bin/chromium");
    static final Path DRIVER = Path.of("/usr/bin/chromedriver");
    static final String MISSING = "Chromium not installed: apt-get install -y chromium chromium-driver "
            + "(required when CI=true)";

    private Chromium() {
    }

    /** Skips the calling test when Chromium is absent, unless running under CI, where it fails. */
    public static void requireInstalled() {
        boolean installed = Files.isExecutable(BINARY) && Files.isExecutable(DRIVER);
        if (!installed && "true".equalsIgnoreCase(System.getenv("CI"))) {
            fail(MISSING);
        }
        assumeTrue(installed, MISSING);
    }

    /** @return a driver service on a free port */
    public static ChromeDriverService service() {
        return new ChromeDriverService.Builder().usingDriverExecutable(DRIVER.toFile()).usingAnyFreePort().build();
    }

    /** @return a headless browser with a fresh profile in {@code profileDir} */
    public static ChromeDriver start(ChromeDriverService service, Path profileDir) {
        ChromeOptions options = new ChromeOptions();
        options.setBinary(new File(BINARY.toString()));
        options.addArguments("--headless=new", "--no-sandbox", "--disable-gpu", "--disable-dev-shm-usage",
                "--disable-background-networking", "--disable-component-update", "--no-first-run",
                "--window-size=1280,1400", "--user-data-dir=" + profileDir);
        return new ChromeDriver(service, options);
    }

    /** Quits the browser and stops its driver, whichever of them started. */
    public static void stop(org.openqa.selenium.WebDriver browser, ChromeDriverService service) {
        if (browser != null) {
            browser.quit();
        }
        if (service != null) {
            service.stop();
        }
    }
}
