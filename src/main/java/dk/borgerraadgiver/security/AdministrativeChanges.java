package dk.borgerraadgiver.security;

import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;

import dk.borgerraadgiver.security.internal.AdminChange;
import dk.borgerraadgiver.security.internal.AdminChangeRepository;
import dk.borgerraadgiver.shared.StaffRoles;
import org.jspecify.annotations.Nullable;
import org.springframework.data.domain.Limit;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Propagation;
import org.springframework.transaction.annotation.Transactional;

/**
 * The log of administrative changes (municipalities, departments, meeting places, staff accounts):
 * who, when, and each changed field's old and new value. Written in the change's own transaction, so
 * a change that fails leaves no entry; never holds a password. Read by administrators, per municipality.
 */
@Service
public class AdministrativeChanges {

    private static final int SHOWN = 500;

    private final AdminChangeRepository changes;
    private final StaffScope scope;
    private final Clock clock;

    AdministrativeChanges(AdminChangeRepository changes, StaffScope scope, Clock clock) {
        this.changes = changes;
        this.scope = scope;
        this.clock = clock;
    }

    /** One thing's changed fields, built up before it is recorded; unchanged fields are left out. */
    public static final class Diff {

        private final List<String> fields = new ArrayList<>();

        public Diff field(String name, @Nullable Object before, @Nullable Object after) {
            if (!Objects.equals(before, after)) {
                fields.add(name + ": " + shown(before) + " → " + shown(after));
            }
            return this;
        }

        /** A field set for the first time (a new thing). */
        public Diff set(String name, @Nullable Object value) {
            fields.add(name + ": " + shown(value));
            return this;
        }

        public Diff note(String text) {
            fields.add(text);
            return this;
        }

        public boolean isEmpty() {
            return fields.isEmpty();
        }

        @Override
        public String toString() {
            return String.join("; ", fields);
        }

        private static String shown(@Nullable Object value) {
            return value == null || value.toString().isEmpty() ? "–" : "»" + value + "«";
        }
    }

    /** Records a change; nothing when the diff is empty. */
    @Transactional(propagation = Propagation.MANDATORY)
    public void record(@Nullable Long municipalityId, String subject, String subjectName, Diff diff) {
        if (!diff.isEmpty()) {
            changes.save(new AdminChange(clock.instant(), SignedInStaff.actor(), municipalityId, subject, subjectName,
                    diff.toString()));
        }
    }

    public record Entry(Instant at, String actor, String subject, String subjectName, String changes) {
    }

    /** The latest changes to one municipality's set-up, for an administrator who serves it. */
    @Transactional(readOnly = true)
    @PreAuthorize(StaffRoles.ADMINISTRATOR)
    public List<Entry> forMunicipality(long municipalityId) {
        if (!scope.servedMunicipalityIds().contains(municipalityId)) {
            throw new AccessDeniedException("Not a municipality this administrator serves");
        }
        return changes.findByMunicipalityIdInOrderByHappenedAtDesc(List.of(municipalityId), Limit.of(SHOWN)).stream()
                .map(AdministrativeChanges::entry).toList();
    }

    /** Changes that belong to no one municipality (staff accounts serving none, the bootstrap). */
    @Transactional(readOnly = true)
    @PreAuthorize(StaffRoles.ADMINISTRATOR)
    public List<Entry> installationWide() {
        return changes.findByMunicipalityIdIsNullOrderByHappenedAtDesc(Limit.of(SHOWN)).stream()
                .map(AdministrativeChanges::entry).toList();
    }

    private static Entry entry(AdminChange change) {
        return new Entry(change.happenedAt(), change.actor(), change.subject(), change.subjectName(), change.changes());
    }
}
