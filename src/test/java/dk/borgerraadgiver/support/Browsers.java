package dk.borgerraadgiver.support;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;

import com.microsoft.playwright.Browser;
import com.microsoft.playwright.BrowserType;
import com.microsoft.playwright.Playwright;

/**
 * One headless Chromium for the whole test JVM. Debian's Chromium when installed (these machines
 * cannot download Playwright's own); otherwise Playwright's, which it downloads on first use.
 */
final class Browsers {

    private static final Path DEBIAN_CHROMIUM = Path.of("/usr/bin/chromium");
    private static Browser browser;

    private Browsers() {
    }

    static synchronized Browser shared() {
        if (browser == null) {
            boolean debian = Files.isExecutable(DEBIAN_CHROMIUM);
            var playwright = debian
                    ? Playwright.create(new Playwright.CreateOptions().setEnv(Map.of("PLAYWRIGHT_SKIP_BROWSER_DOWNLOAD", "1")))
                    : Playwright.create();
            var options = new BrowserType.LaunchOptions()
                    .setHeadless(true)
                    .setArgs(List.of("--no-sandbox", "--disable-gpu", "--disable-dev-shm-usage",
                            "--disable-background-networking", "--disable-component-update", "--disable-sync",
                            "--no-first-run"));
            if (debian) {
                options.setExecutablePath(DEBIAN_CHROMIUM);
            }
            browser = playwright.chromium().launch(options);
            Runtime.getRuntime().addShutdownHook(new Thread(playwright::close));
        }
        return browser;
    }
}
