package dk.borgerraadgiver.inquiry;

/** The server's own check of a submission failed; the field names what to correct. Nothing was stored. */
public class InvalidSubmissionException extends RuntimeException {

    private final String field;

    public InvalidSubmissionException(String field) {
        super("Invalid inquiry submission: " + field);
        this.field = field;
    }

    public String field() {
        return field;
    }
}
