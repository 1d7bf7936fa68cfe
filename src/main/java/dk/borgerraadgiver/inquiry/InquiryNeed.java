package dk.borgerraadgiver.inquiry;

/** What the citizen needs, as they put it in the first question. */
public enum InquiryNeed {
    /** A complaint about how the municipality handled a case or treated them. */
    COMPLAINT,
    /** Help to understand a decision or a letter. */
    UNDERSTAND_DECISION,
    /** Help to find the right place or the rules. */
    FIND_WAY,
    OTHER
}
