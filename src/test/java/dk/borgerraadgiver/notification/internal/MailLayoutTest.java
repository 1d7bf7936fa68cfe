package dk.borgerraadgiver.notification.internal;

import java.util.List;

import dk.borgerraadgiver.shared.PublicLinks;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

/** Only the portal's own addresses become links in a mail; what a citizen typed stays plain text. */
class MailLayoutTest {

    private final MailLayout layout = new MailLayout(new PublicLinks(() -> "https://borgerraadgiver.example.dk/"));

    @Test
    void the_portals_own_link_is_clickable() {
        var html = layout.html(List.of("Flyt eller aflys: https://borgerraadgiver.example.dk/booking/abc-123"));

        assertThat(html).contains("<a href=\"https://borgerraadgiver.example.dk/booking/abc-123\">");
    }

    @Test
    void an_address_in_a_citizens_name_is_escaped_and_not_a_link() {
        var html = layout.html(List.of("Kære https://evil.example/login <script>", "Se https://borgerraadgiver.example.dk.evil.example/x"));

        assertThat(html).doesNotContain("href=\"https://evil.example").doesNotContain("<script>")
                .doesNotContain("href=\"https://borgerraadgiver.example.dk").contains("https://evil.example/login &lt;script&gt;");
    }
}
