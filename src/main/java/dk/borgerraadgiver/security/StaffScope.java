package dk.borgerraadgiver.security;

import java.util.Collection;
import java.util.List;
import java.util.Set;

import dk.borgerraadgiver.security.internal.CitizenAdvisorRepository;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/**
 * Which municipalities the signed-in member of staff serves. Every service that returns or changes a
 * municipality's data asks here, so a view that forgets a check still cannot leak another
 * municipality's data.
 */
@Component
public class StaffScope {

    private final CitizenAdvisorRepository advisors;

    StaffScope(CitizenAdvisorRepository advisors) {
        this.advisors = advisors;
    }

    /** The ids of the municipalities the current user serves; empty for anyone not signed in. */
    @Transactional(readOnly = true)
    public Set<Long> servedMunicipalityIds() {
        var username = SignedInStaff.username();
        if (username.isEmpty()) {
            return Set.of();
        }
        return advisors.findByUsername(username.get())
                .filter(advisor -> advisor.enabled())
                .map(advisor -> advisor.municipalityIds())
                .orElse(Set.of());
    }

    /** Throws unless the current user serves this municipality. */
    public void requireServes(long municipalityId) {
        requireServesAll(List.of(municipalityId));
    }

    /** Throws unless the current user serves every one of these municipalities (asks the database once). */
    public void requireServesAll(Collection<Long> municipalityIds) {
        if (!servedMunicipalityIds().containsAll(municipalityIds)) {
            throw new AccessDeniedException("Not a municipality this user serves");
        }
    }
}
