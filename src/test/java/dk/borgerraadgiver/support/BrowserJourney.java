package dk.borgerraadgiver.support;

import java.net.URI;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.stream.Collectors;

import com.deque.html.axecore.playwright.AxeBuilder;
import com.deque.html.axecore.results.Rule;
import com.microsoft.playwright.BrowserContext;
import com.microsoft.playwright.Page;
import com.microsoft.playwright.options.AriaRole;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.springframework.boot.test.web.server.LocalServerPort;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;
import static org.assertj.core.api.Assertions.assertThat;
import com.microsoft.playwright.Browser;

/**
 * A journey in a real browser against a running portal: a fresh browser context (no cookies) per
 * test, every request recorded, and an axe-core check for WCAG 2.1 A and AA. {@link BrowserTest}
 * runs it against the shared test portal with demo data; a journey that needs a portal of its own
 * (an empty installation) extends this class with its own Spring Boot test configuration.
 */
public abstract class BrowserJourney {

    @LocalServerPort
    private int port;
    private BrowserContext context;
    protected Page page;
    /** Every URL the page asked for, in order. */
    protected final List<String> requestedUrls = new CopyOnWriteArrayList<>();

    @BeforeEach
    void openBrowser() {
        context = Browsers.shared().newContext(new Browser.NewContextOptions()
                .setLocale("en-GB")
                .setViewportSize(1280, 900)
                .setExtraHTTPHeaders(TestClients.forwardedFor(TestClients.next())));
        context.setDefaultTimeout(15_000);
        page = context.newPage();
        page.onRequest(request -> requestedUrls.add(request.url()));
    }

    @AfterEach
    void closeBrowser() {
        context.close();
        extraContexts.forEach(BrowserContext::close);
    }

    private final List<BrowserContext> extraContexts = new CopyOnWriteArrayList<>();

    /** A second, independent browser (its own cookies and session), e.g. another citizen. */
    protected Page anotherBrowser() {
        var other = Browsers.shared().newContext(new Browser.NewContextOptions()
                .setLocale("da-DK").setViewportSize(1280, 900)
                .setExtraHTTPHeaders(TestClients.forwardedFor(TestClients.next())));
        other.setDefaultTimeout(15_000);
        extraContexts.add(other);
        return other.newPage();
    }

    protected String url(String path) {
        return "http://localhost:" + port + path;
    }

    /** Opens a page and waits until Vaadin has rendered a main heading. */
    protected void open(String path) {
        page.navigate(url(path));
        assertThat(page.getByRole(AriaRole.HEADING, new Page.GetByRoleOptions().setLevel(1)).first()).isVisible();
    }

    /**
     * The browser's back button, pressed once the page has settled. Vaadin's client drops a back
     * navigation that arrives while one of its own requests is still on the way (here: the first sync
     * of a new view's fields, some 20 ms after the heading shows), so the journey waits the way
     * TestBench does before pressing it — a person is never that quick.
     */
    protected void goBack() {
        waitUntilVaadinIsIdle();
        page.goBack();
    }

    /** Waits until no Vaadin client on the page has a request on the way. */
    /** Answers the inquiry's screening question "Har du klaget til eller talt med afdelingen om det først?" by keyboard. */
    protected static void answerScreening(Page page, String answer) {
        page.getByRole(com.microsoft.playwright.options.AriaRole.RADIO, new Page.GetByRoleOptions().setName(answer).setExact(true))
                .press("Space");
    }

    /**
     * Labels, hints and headings whose text runs past their box (Vaadin's one-line label ends them in
     * "…"), anything that reaches past the right margin of the main content, and whether the page
     * scrolls sideways: WCAG 1.4.10 reflow at 320 px and at 200 % zoom.
     */
    @SuppressWarnings("unchecked")
    protected List<String> cutOffTexts() {
        return (List<String>) page.evaluate("() => {"
                + " const parts = [...document.querySelectorAll('*')].filter(e => e.shadowRoot)"
                + "   .flatMap(e => [...e.shadowRoot.querySelectorAll('[part~=label], [part~=helper-text], [part~=error-message]')]);"
                + " const own = [...document.querySelectorAll('h1, h2, h3, label, .choice-hint, .step-caption')];"
                + " const cut = [...parts, ...own].filter(e => e.offsetParent !== null && e.scrollWidth > e.clientWidth + 1)"
                + "   .map(e => (e.textContent || '').trim() || (e.getRootNode().host && e.getRootNode().host.getAttribute('label')) || '?');"
                + " if (document.documentElement.scrollWidth > window.innerWidth + 1) cut.push('the page scrolls sideways');"
                + " const main = document.querySelector('main');"
                + " if (main) { const box = main.getBoundingClientRect(), style = getComputedStyle(main);"
                + "   const right = box.right - parseFloat(style.paddingRight);"
                + "   for (const e of main.querySelectorAll('*')) { const r = e.getBoundingClientRect();"
                + "     if (e.offsetParent !== null && r.width > 0 && r.right > right + 1)"
                + "       cut.push('past the right margin: ' + e.localName + ' ' + ((e.textContent || '').trim().slice(0, 40))); } }"
                + " return cut; }");
    }

    protected void waitUntilVaadinIsIdle() {
        page.waitForFunction("() => window.Vaadin && window.Vaadin.Flow && window.Vaadin.Flow.clients"
                + " && Object.values(window.Vaadin.Flow.clients).every(client => typeof client.isActive === 'function' && !client.isActive())");
    }

    protected void signIn(String username, String password) {
        page.getByLabel("Brugernavn", new Page.GetByLabelOptions().setExact(true)).fill(username);
        page.getByLabel("Adgangskode", new Page.GetByLabelOptions().setExact(true)).fill(password);
        page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Log ind").setExact(true)).click();
    }

    protected void assertNoAccessibilityViolations() {
        assertNoAccessibilityViolations(page);
    }

    protected void assertNoAccessibilityViolations(Page page) {
        var results = new AxeBuilder(page)
                .withTags(List.of("wcag2a", "wcag2aa", "wcag21a", "wcag21aa"))
                .analyze();
        assertThat(results.getViolations())
                .as(() -> "axe-core violations on " + page.url() + ":\n" + describe(results.getViolations()))
                .isEmpty();
    }

    /** Hosts other than this machine that the page contacted. */
    protected List<String> foreignHosts() {
        return requestedUrls.stream()
                .filter(u -> u.startsWith("http"))
                .map(u -> URI.create(u).getHost())
                .filter(host -> !host.equals("localhost") && !host.equals("127.0.0.1"))
                .distinct()
                .toList();
    }

    private static String describe(List<Rule> violations) {
        return violations.stream()
                .map(rule -> rule.getId() + ": " + rule.getHelp() + " -> "
                        + rule.getNodes().stream().map(node -> String.valueOf(node.getTarget())).collect(Collectors.joining(", ")))
                .collect(Collectors.joining("\n"));
    }
}
