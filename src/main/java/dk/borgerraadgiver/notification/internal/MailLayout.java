package dk.borgerraadgiver.notification.internal;

import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import dk.borgerraadgiver.shared.PublicLinks;
import org.springframework.stereotype.Component;
import org.springframework.web.util.HtmlUtils;

/**
 * How every mail of the portal looks as HTML: calm paragraphs in the system font. Only addresses the
 * portal builds itself (they start with its own base URL) become links; anything else in the text,
 * such as an address a citizen typed as their name, stays plain text.
 */
@Component
class MailLayout {

    private final PublicLinks links;

    MailLayout(PublicLinks links) {
        this.links = links;
    }

    String html(List<String> paragraphs) {
        var body = new StringBuilder("<!DOCTYPE html><html><body style=\"font-family:system-ui,Arial,sans-serif;"
                + "font-size:16px;line-height:1.5;color:#1b1f24;max-width:40rem\">");
        for (String paragraph : paragraphs) {
            var escaped = HtmlUtils.htmlEscape(paragraph).replace("\n", "<br>");
            body.append("<p>").append(linkOwnAddresses(escaped)).append("</p>");
        }
        return body.append("</body></html>").toString();
    }

    /** The plain-text part: the paragraphs as they are, a blank line between them. */
    static String text(List<String> paragraphs) {
        return String.join("\n\n", paragraphs);
    }

    private String linkOwnAddresses(String escaped) {
        var ownLinks = Pattern.compile(Pattern.quote(HtmlUtils.htmlEscape(links.baseUrl())) + "(/[^\\s<\"]*)?(?![^\\s<])");
        return ownLinks.matcher(escaped).replaceAll(match -> {
            var address = Matcher.quoteReplacement(match.group());
            return "<a href=\"" + address + "\">" + address + "</a>";
        });
    }
}
