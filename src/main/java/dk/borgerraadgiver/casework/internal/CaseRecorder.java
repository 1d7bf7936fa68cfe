package dk.borgerraadgiver.casework.internal;

import java.time.Clock;

import dk.borgerraadgiver.casework.CaseEventType;
import org.jspecify.annotations.Nullable;
import org.springframework.stereotype.Component;

/** Saves new cases with their reference and writes timeline steps; shared by registration, import and demo data. */
@Component
public class CaseRecorder {

    private final CaseFileRepository cases;
    private final CaseEventRepository events;
    private final Clock clock;

    CaseRecorder(CaseFileRepository cases, CaseEventRepository events, Clock clock) {
        this.cases = cases;
        this.events = events;
        this.clock = clock;
    }

    /** Saves the case; one without a portal reference gets "S-" + year + its number. */
    public CaseFile create(CaseFile caseFile, @Nullable String reference) {
        var saved = cases.saveAndFlush(caseFile);
        saved.assignReference(reference != null ? reference
                : "S-%d-%06d".formatted(saved.registeredOn().getYear(), saved.id()));
        step(saved.id(), CaseEventType.REGISTERED, saved.channel().name());
        return saved;
    }

    public void step(long caseId, CaseEventType type, @Nullable String detail) {
        events.save(new CaseEvent(caseId, clock.instant(), Actor.current(), type, detail));
    }
}
