package dk.borgerraadgiver.casework;

import java.util.Set;

/** A change to a case the rules do not allow; the reason keys have messages (case.refused.*, case.problem.*). */
public class CaseRefusedException extends RuntimeException {

    private final String reason;
    private final Set<ClosingProblem> problems;

    public CaseRefusedException(String reason) {
        this(reason, Set.of());
    }

    public CaseRefusedException(String reason, Set<ClosingProblem> problems) {
        super("Refused: " + reason);
        this.reason = reason;
        this.problems = Set.copyOf(problems);
    }

    public String reason() {
        return reason;
    }

    public Set<ClosingProblem> problems() {
        return problems;
    }
}
