package dk.borgerraadgiver.casework;

/** What the casework module announces. Ids only; the notification module reads the rest. */
public final class CaseworkEvents {

    private CaseworkEvents() {
    }

    /** The advisor wrote to the citizen; the citizen gets a "new message" mail without the content. */
    public record CaseMessageSent(long caseId, long messageId, long municipalityId) {
    }

    /** The citizen answered through the private link; the advisor gets a notice with a back-office link. */
    public record CitizenReplied(long caseId, long messageId, long municipalityId) {
    }
}
