package io.membership.launcher;

import org.openqa.selenium.By;
import org.openqa.selenium.Dimension;
import org.openqa.selenium.OutputType;
import org.openqa.selenium.WebDriverException;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.chrome.ChromeDriverService;
import org.openqa.selenium.chrome.ChromeOptions;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.WebDriverWait;

import java.io.File;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Comparator;
import java.util.stream.Stream;

/**
 * Debian's Chromium, headless, driven by its own chromedriver: a real browser with a fresh profile per instance, so
 * no cookie, cache or history leaks from one person to the next.
 */
final class Browser implements AutoCloseable {

    /** Shown in the README; the tests run in launcher/, so this is the project's docs/screenshots. */
    static final Path SCREENSHOTS = Path.of("..", "docs", "screenshots");
    private static final Dimension DESKTOP = new Dimension(1100, 900);
    private static final Dimension PHONE = new Dimension(360, 780);
    private static final Duration WAIT = Duration.ofSeconds(20);

    private final Path profile;
    private final ChromeDriver driver;

    private Browser(Path profile, ChromeDriver driver) {
        this.profile = profile;
        this.driver = driver;
    }

    static Browser open(String language) {
        try {
            Path profile = Files.createTempDirectory("chromium-profile");
            ChromeOptions options = new ChromeOptions()
                    .setBinary(executable("chromium.binary", "/usr/bin/chromium"))
                    .addArguments("--headless", "--no-sandbox", "--disable-gpu", "--disable-background-networking",
                            "--disable-component-update", "--disable-sync", "--no-first-run", "--disable-dev-shm-usage",
                            "--user-data-dir=" + profile, "--lang=" + language, "--window-size=1100,900");
            options.setExperimentalOption("prefs", java.util.Map.of("intl.accept_languages", language));
            ChromeDriverService service = new ChromeDriverService.Builder()
                    .usingDriverExecutable(new File(executable("chromedriver.binary", "/usr/bin/chromedriver")))
                    .usingAnyFreePort().build();
            return new Browser(profile, new ChromeDriver(service, options));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static String executable(String property, String fallback) {
        return System.getProperty(property, fallback);
    }

    Browser go(String url) {
        driver.get(url);
        return this;
    }

    String url() {
        return driver.getCurrentUrl();
    }

    String title() {
        return driver.getTitle();
    }

    String lang() {
        return driver.findElement(By.tagName("html")).getDomAttribute("lang");
    }

    WebElement element(String id) {
        return new WebDriverWait(driver, WAIT).until(ExpectedConditions.visibilityOfElementLocated(By.id(id)));
    }

    boolean has(String id) {
        return !driver.findElements(By.id(id)).isEmpty();
    }

    /** The element's text, read again if the page was being replaced while it was read. */
    String text(String id) {
        return new WebDriverWait(driver, WAIT).ignoring(WebDriverException.class)
                .until(d -> element(id).getText());
    }

    /** Waits until the element shows {@code text}, across the page's own refreshes. */
    Browser awaitText(String id, String text) {
        new WebDriverWait(driver, WAIT).ignoring(WebDriverException.class)
                .until(d -> d.findElements(By.id(id)).stream().anyMatch(e -> e.getText().contains(text)));
        return this;
    }

    Browser type(String id, String value) {
        WebElement field = element(id);
        field.clear();
        field.sendKeys(value);
        return this;
    }

    /** Clicks, then waits for the next page to replace this one. */
    Browser click(String id) {
        WebElement button = element(id);
        button.click();
        new WebDriverWait(driver, WAIT).until(d -> isGone(button));
        return this;
    }

    /**
     * Whether the element left the document, i.e. the next page replaced this one. Chromium answers a query about a
     * node of a page being replaced with a stale-element error or with "Node … does not belong to the document".
     */
    private static boolean isGone(WebElement element) {
        try {
            element.isEnabled();
            return false;
        } catch (WebDriverException replaced) {
            return true;
        }
    }

    /** What a refusal page is about: the {@code data-reason} of its main section. */
    String reason() {
        return driver.findElement(By.tagName("main")).getDomAttribute("data-reason");
    }

    String pageSource() {
        return driver.getPageSource();
    }

    String cookies() {
        return driver.manage().getCookies().toString();
    }

    Browser atPhoneWidth() {
        driver.manage().window().setSize(PHONE);
        return this;
    }

    /** Whether the page fits its width: nothing sticks out sideways, so nobody scrolls horizontally. */
    boolean fitsWidth() {
        Object fits = driver.executeScript(
                "return document.documentElement.scrollWidth <= document.documentElement.clientWidth");
        return Boolean.TRUE.equals(fits);
    }

    /** The page as it looks now, at desktop width and at phone width: {@code name-desktop.png}, {@code name-phone.png}. */
    Browser screenshot(String name) {
        Dimension size = driver.manage().window().getSize();
        try {
            Files.createDirectories(SCREENSHOTS);
            for (var width : java.util.Map.of("desktop", DESKTOP, "phone", PHONE).entrySet()) {
                driver.manage().window().setSize(width.getValue());
                Files.write(SCREENSHOTS.resolve(name + "-" + width.getKey() + ".png"),
                        driver.getScreenshotAs(OutputType.BYTES));
            }
            return this;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } finally {
            driver.manage().window().setSize(size);
        }
    }

    @Override
    public void close() {
        driver.quit();
        try (Stream<Path> files = Files.walk(profile)) {
            files.sorted(Comparator.reverseOrder()).forEach(path -> path.toFile().delete());
        } catch (IOException ignored) {
            // a leftover temporary profile is harmless
        }
    }
}
