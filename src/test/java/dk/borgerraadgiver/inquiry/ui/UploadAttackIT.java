package dk.borgerraadgiver.inquiry.ui;

import java.io.IOException;
import java.io.InputStream;
import java.lang.management.ManagementFactory;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.Arrays;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.Executors;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicLong;

import com.microsoft.playwright.Locator;
import com.microsoft.playwright.Page;
import com.microsoft.playwright.assertions.LocatorAssertions;
import com.microsoft.playwright.options.AriaRole;
import com.microsoft.playwright.options.FilePayload;
import dk.borgerraadgiver.support.BrowserTest;
import dk.borgerraadgiver.support.Fixtures;
import org.junit.jupiter.api.Test;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;
import static org.assertj.core.api.Assertions.assertThat;

/**
 * Attacks on a citizen's upload field, sent to the running portal (which runs in this JVM, so its
 * heap is measured here): a 1 GB body streamed straight at the field's upload address, and a 3 kB
 * PDF that inflates to 1.5 GB. Both are refused with a Danish message, the heap stays bounded, and
 * other citizens are served meanwhile.
 */
class UploadAttackIT extends BrowserTest {

    private static final long ONE_GIGABYTE = 1024L * 1024 * 1024;

    private Locator h1() {
        return page.getByRole(AriaRole.HEADING, new Page.GetByRoleOptions().setLevel(1));
    }

    private void openPowerOfAttorneyUpload() {
        page.navigate(url("/stevns/henvendelse"));
        page.getByRole(AriaRole.RADIO, new Page.GetByRoleOptions().setName("Klage over kommunens sagsbehandling")).press("Space");
        page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Fortsæt").setExact(true)).press("Enter");
        assertThat(h1()).hasText("Kan borgerrådgiveren tage sig af det?");
        answerScreening(page, "Ja");
        page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Fortsæt").setExact(true)).press("Enter");
        assertThat(h1()).hasText("Hvem drejer det sig om?");
        page.getByRole(AriaRole.RADIO, new Page.GetByRoleOptions().setName("En anden person, som har givet mig fuldmagt")).press("Space");
        assertThat(page.locator("vaadin-upload").first()).isVisible();
    }

    /** Zeros, produced as they are read, so the attacking side holds no gigabyte either. */
    private static InputStream zeros(long length) {
        return new InputStream() {
            private long left = length;

            @Override
            public int read() {
                return left-- > 0 ? 0 : -1;
            }

            @Override
            public int read(byte[] buffer, int offset, int count) {
                if (left <= 0) {
                    return -1;
                }
                int n = (int) Math.min(count, left);
                Arrays.fill(buffer, offset, offset + n, (byte) 0);
                left -= n;
                return n;
            }
        };
    }

    private static long usedHeap() {
        return ManagementFactory.getMemoryMXBean().getHeapMemoryUsage().getUsed();
    }

    @Test
    void a_gigabyte_streamed_at_an_upload_field_is_cut_off_at_the_limit_while_other_citizens_are_served() throws Exception {
        openPowerOfAttorneyUpload();
        var target = URI.create(url("/")).resolve(page.locator("vaadin-upload").first().getAttribute("target"));
        var cookies = String.join("; ", page.context().cookies().stream().map(c -> c.name + "=" + c.value).toList());

        System.gc();
        long before = usedHeap();
        var peak = new AtomicLong(before);
        var sampler = Executors.newSingleThreadScheduledExecutor();
        sampler.scheduleAtFixedRate(() -> peak.accumulateAndGet(usedHeap(), Math::max), 0, 10, TimeUnit.MILLISECONDS);
        var http = HttpClient.newHttpClient();
        var attack = CompletableFuture.supplyAsync(() -> {
            try {
                return http.send(HttpRequest.newBuilder(target)
                        .header("Content-Type", "application/octet-stream").header("Cookie", cookies)
                        .POST(HttpRequest.BodyPublishers.ofInputStream(() -> zeros(ONE_GIGABYTE))).build(),
                        HttpResponse.BodyHandlers.discarding()).statusCode();
            } catch (IOException e) {
                return -1; // the portal stopped reading and closed the connection: also a refusal
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                return -2;
            }
        });

        var citizen = anotherBrowser();
        citizen.navigate(url("/ringsted"));
        assertThat(citizen.getByRole(AriaRole.HEADING, new Page.GetByRoleOptions().setLevel(1))).isVisible();

        int answer = attack.get(2, TimeUnit.MINUTES);
        // 422 when the portal answers before the connection closes, -1 when it closes it first
        assertThat(answer).as("the attack ends with a refusal or a closed connection").isIn(422, -1);
        sampler.shutdownNow();
        assertThat(peak.get() - before).as("heap growth while a gigabyte was sent").isLessThan(256L * 1024 * 1024);

        // any round trip brings the refusal the upload request left for this page
        page.getByLabel("Navn på den, det drejer sig om").fill("Inge Hansen");
        page.getByLabel("Navn på den, det drejer sig om").press("Tab");
        assertThat(page.getByText("fylder mere end 10 MB")).isVisible();
        page.locator("vaadin-upload input[type=file]").first().setInputFiles(
                new FilePayload("fuldmagt.pdf", "application/pdf", Fixtures.pdf("Fuldmagt underskrevet")));
        assertThat(page.getByText("»fuldmagt.pdf« er vedhæftet.")).isVisible();
    }

    @Test
    void a_small_pdf_that_inflates_to_one_and_a_half_gigabytes_is_refused_with_a_message_the_citizen_can_act_on()
            throws Exception {
        var bomb = Fixtures.pdfBomb(1536L * 1024 * 1024);
        assertThat(bomb.length).as("the bomb's size on the wire").isLessThan(16 * 1024);
        openPowerOfAttorneyUpload();

        page.locator("vaadin-upload input[type=file]").first().setInputFiles(
                new FilePayload("afgoerelse.pdf", "application/pdf", bomb));

        assertThat(page.getByText("»afgoerelse.pdf« kunne ikke læses som PDF")).isVisible();
        assertThat(page.getByText("er vedhæftet")).hasCount(0);
        page.locator("vaadin-upload input[type=file]").first().setInputFiles(
                new FilePayload("fuldmagt.pdf", "application/pdf", Fixtures.pdf("Fuldmagt underskrevet")));
        assertThat(page.getByText("»fuldmagt.pdf« er vedhæftet.")).isVisible(new LocatorAssertions.IsVisibleOptions().setTimeout(Duration.ofSeconds(20).toMillis()));
    }
}
