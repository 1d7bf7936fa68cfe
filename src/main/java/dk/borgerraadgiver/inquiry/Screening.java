package dk.borgerraadgiver.inquiry;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;

import org.jspecify.annotations.Nullable;

/**
 * The citizen's answers to "can the advisor take it?". No answer ever blocks sending: each one that
 * points elsewhere yields guidance, shown before the citizen sends.
 */
public record Screening(Answer departmentContacted, boolean forwardConsent, @Nullable LocalDate happenedOn,
                        boolean appealableDecision, boolean politicalDecision, boolean staffMatter,
                        boolean withOtherAuthority) {

    /** Guidance for the citizen, from the rules in DOMAIN.md; each has a message key and where to go instead. */
    public enum Guidance {
        /** The department must have had a chance to answer first (dialogprincippet); the advisor can forward it. */
        DIALOGUE_PRINCIPLE(null),
        /** Older than the municipality's limit: normally not taken up. */
        TOO_OLD(null),
        /** A decision that an appeals body hears, e.g. Ankestyrelsen. */
        APPEAL_BODY("https://ast.dk/"),
        /** A political decision or one by the council or its committees. */
        POLITICAL(null),
        /** A staff or employment matter. */
        STAFF_MATTER(null),
        /** Already with the Ombudsman, a court or the supervisory authority. */
        OTHER_AUTHORITY("https://www.ombudsmanden.dk/");

        private final @Nullable String link;

        Guidance(@Nullable String link) {
            this.link = link;
        }

        public @Nullable String link() {
            return link;
        }

        public String messageKey() {
            return "inquiry.guidance." + name();
        }
    }

    public static Screening nothingToSay() {
        return new Screening(Answer.YES, false, null, false, false, false, false);
    }

    public List<Guidance> guidance(int ageLimitMonths, LocalDate today) {
        var guidance = new ArrayList<Guidance>();
        if (departmentContacted != Answer.YES) {
            guidance.add(Guidance.DIALOGUE_PRINCIPLE);
        }
        if (happenedOn != null && happenedOn.isBefore(today.minusMonths(ageLimitMonths))) {
            guidance.add(Guidance.TOO_OLD);
        }
        if (appealableDecision) {
            guidance.add(Guidance.APPEAL_BODY);
        }
        if (politicalDecision) {
            guidance.add(Guidance.POLITICAL);
        }
        if (staffMatter) {
            guidance.add(Guidance.STAFF_MATTER);
        }
        if (withOtherAuthority) {
            guidance.add(Guidance.OTHER_AUTHORITY);
        }
        return guidance;
    }
}
