package dk.borgerraadgiver.organisation;

/**
 * A municipality, department or meeting place change that breaks a rule: which field, and the
 * message key (with arguments) the page shows in the user's language.
 */
public class MunicipalityRefusedException extends RuntimeException {

    private final String field;
    private final String messageKey;
    private final transient Object[] arguments;

    public MunicipalityRefusedException(String field, String messageKey, Object... arguments) {
        super(messageKey + " (" + field + ")");
        this.field = field;
        this.messageKey = messageKey;
        this.arguments = arguments.clone();
    }

    public String field() {
        return field;
    }

    public String messageKey() {
        return messageKey;
    }

    public Object[] arguments() {
        return arguments.clone();
    }
}
