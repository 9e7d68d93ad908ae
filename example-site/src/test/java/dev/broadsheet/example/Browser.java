package dev.broadsheet.example;

import org.openqa.selenium.By;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.chrome.ChromeDriverService;
import org.openqa.selenium.chrome.ChromeOptions;
import org.openqa.selenium.json.Json;
import org.openqa.selenium.logging.LogEntry;
import org.openqa.selenium.logging.LogType;
import org.openqa.selenium.logging.LoggingPreferences;

import java.io.File;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URI;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Base64;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.logging.Level;
import java.util.logging.Logger;
import java.util.stream.Stream;

/**
 * Headless Chromium from Debian ({@code /usr/bin/chromium} through {@code /usr/bin/chromedriver}), set up so
 * that it makes no request of its own, with a fresh profile, and recording every request its pages make
 * (Chrome's performance log, which needs no DevTools bindings matching the browser's version). Starting one
 * takes seconds: a test class shares one.
 */
final class Browser implements AutoCloseable {

    /** The phone and desktop widths every page is checked at. */
    static final List<Integer> WIDTHS = List.of(375, 1280);

    private static final String CHROMIUM = "/usr/bin/chromium";
    private static final String CHROMEDRIVER = "/usr/bin/chromedriver";

    /** Kept so that the setting holds: Selenium's "no CDP bindings for this Chromium" warning is noise here. */
    private static final Logger CDP_LOG = Logger.getLogger("org.openqa.selenium.devtools");

    static {
        CDP_LOG.setLevel(Level.SEVERE);
    }

    private final Path profile;
    private final ChromeDriver driver;
    private final Json json = new Json();
    private int width = 1280;

    Browser() {
        if (!Files.isExecutable(Path.of(CHROMIUM)) || !Files.isExecutable(Path.of(CHROMEDRIVER))) {
            throw new IllegalStateException("the browser tests need Debian's chromium and chromium-driver: "
                    + "apt-get install -y chromium chromium-driver fonts-wqy-microhei (.ci/run does it)");
        }
        try {
            profile = Files.createTempDirectory("broadsheet-chromium-");
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        ChromeOptions options = new ChromeOptions();
        options.setBinary(CHROMIUM);
        options.addArguments("--headless=new", "--no-sandbox", "--disable-gpu", "--disable-quic", "--no-first-run",
                "--disable-background-networking", "--disable-component-update", "--disable-sync",
                "--disable-default-apps", "--disable-extensions", "--disable-dev-shm-usage", "--hide-scrollbars",
                "--window-size=1280,900", "--lang=zh-CN", "--user-data-dir=" + profile);
        LoggingPreferences logs = new LoggingPreferences();
        logs.enable(LogType.PERFORMANCE, Level.ALL);
        options.setCapability("goog:loggingPrefs", logs);
        ChromeDriverService service = new ChromeDriverService.Builder()
                .usingDriverExecutable(new File(CHROMEDRIVER)).usingAnyFreePort().build();
        driver = new ChromeDriver(service, options);
        viewport(1280);
        emulate("light", "");
    }

    ChromeDriver driver() {
        return driver;
    }

    /** Makes the viewport {@code width} CSS pixels wide (a phone below 600), at one device pixel per CSS pixel. */
    void viewport(int width) {
        this.width = width;
        driver.executeCdpCommand("Emulation.setDeviceMetricsOverride", Map.of("width", width, "height", 900,
                "deviceScaleFactor", 1, "mobile", width < 600));
    }

    /**
     * Emulates {@code prefers-color-scheme} ({@code light} or {@code dark}) and a media type ({@code ""},
     * {@code print}); always with reduced motion, so that no smooth scrolling moves a link Selenium is about to
     * click.
     */
    void emulate(String colorScheme, String media) {
        driver.executeCdpCommand("Emulation.setEmulatedMedia", Map.of("media", media,
                "features", List.of(Map.of("name", "prefers-color-scheme", "value", colorScheme),
                        Map.of("name", "prefers-reduced-motion", "value", "reduce"))));
    }

    /** Turns the pages' JavaScript off or on, as a reader's browser setting would. */
    void javaScript(boolean enabled) {
        driver.executeCdpCommand("Emulation.setScriptExecutionDisabled", Map.of("value", !enabled));
    }

    /** Loads a page and waits until it has loaded. */
    void open(URI url) {
        driver.get(url.toString());
        // On a loaded machine Chromium 150 now and then showed a page without its stylesheet (twice in one
        // verify, on different tests, and never when re-run; the cause is not known): the layout tests then failed
        // on the page's transport, not on the theme. A page whose stylesheet did not arrive is loaded again, at
        // most twice.
        for (int attempt = 0; attempt < 2 && !stylesheetsLoaded(); attempt++) {
            driver.navigate().refresh();
        }
    }

    /** Whether the page's stylesheets arrived; true when it cannot be told (scripts turned off). */
    private boolean stylesheetsLoaded() {
        Object loaded;
        try {
            loaded = js("""
                    return [...document.querySelectorAll('link[rel=stylesheet]')].every(l => {
                      try { return l.sheet !== null && l.sheet.cssRules.length > 0; } catch (e) { return false; }
                    });""");
        } catch (RuntimeException e) {
            return true;
        }
        return !Boolean.FALSE.equals(loaded);
    }

    Object js(String script, Object... arguments) {
        return ((JavascriptExecutor) driver).executeScript(script, arguments);
    }

    WebElement find(String css) {
        return driver.findElement(By.cssSelector(css));
    }

    /** The path of the page now shown, decoded ({@code /tags/红色物业/}). */
    String path() {
        return URI.create(driver.getCurrentUrl()).getPath();
    }

    /** Saves the whole page, not just the viewport, as a PNG. */
    void screenshot(Path file) {
        Number height = (Number) js("return Math.ceil(document.documentElement.scrollHeight)");
        Map<String, Object> clip = Map.of("x", 0, "y", 0, "width", width, "height", height, "scale", 1);
        Map<String, Object> shot = driver.executeCdpCommand("Page.captureScreenshot",
                Map.of("format", "png", "captureBeyondViewport", true, "clip", clip));
        try {
            Files.createDirectories(file.getParent());
            Files.write(file, Base64.getDecoder().decode((String) shot.get("data")));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** The URL of every request the browser's pages made since the last call. */
    List<String> requests() {
        List<String> urls = new ArrayList<>();
        for (LogEntry entry : driver.manage().logs().get(LogType.PERFORMANCE)) {
            Map<String, Object> event = json.toType(entry.getMessage(), Json.MAP_TYPE);
            @SuppressWarnings("unchecked")
            Map<String, Object> message = (Map<String, Object>) event.get("message");
            if (!"Network.requestWillBeSent".equals(message.get("method"))) continue;
            @SuppressWarnings("unchecked")
            Map<String, Object> params = (Map<String, Object>) message.get("params");
            @SuppressWarnings("unchecked")
            Map<String, Object> request = (Map<String, Object>) params.get("request");
            urls.add((String) request.get("url"));
        }
        return urls;
    }

    /** Forgets what pages of an origin stored (the large-text choice), as for a new reader. */
    void clearStorage(String origin) {
        driver.executeCdpCommand("Storage.clearDataForOrigin", Map.of("origin", origin, "storageTypes", "local_storage"));
    }

    @Override
    public void close() {
        try {
            driver.quit();
        } finally {
            try (Stream<Path> files = Files.walk(profile)) {
                files.sorted(Comparator.reverseOrder()).forEach(p -> p.toFile().delete());
            } catch (IOException e) {
                // a leftover temporary profile is harmless
            }
        }
    }
}
