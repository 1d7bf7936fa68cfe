package dk.borgerraadgiver.security.internal;

import java.util.EnumSet;
import java.util.HashSet;
import java.util.Set;

import dk.borgerraadgiver.security.StaffRole;
import jakarta.persistence.CollectionTable;
import jakarta.persistence.Column;
import jakarta.persistence.ElementCollection;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.FetchType;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.Table;
import org.jspecify.annotations.Nullable;

/** A member of staff: usually the borgerrådgiver, who may serve more than one municipality. */
@Entity
@Table(name = "citizen_advisor")
public class CitizenAdvisor {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private @Nullable Long id;
    private String username;
    private String passwordHash;
    private String displayName;
    private String email;
    private boolean enabled;
    private boolean passwordChangeRequired;
    @ElementCollection(fetch = FetchType.EAGER)
    @CollectionTable(name = "citizen_advisor_role", joinColumns = @JoinColumn(name = "advisor_id"))
    @Enumerated(EnumType.STRING)
    @Column(name = "role")
    private Set<StaffRole> roles = new HashSet<>();
    /** The municipalities served, by id: the organisation module owns the municipalities themselves. */
    @ElementCollection(fetch = FetchType.EAGER)
    @CollectionTable(name = "citizen_advisor_municipality", joinColumns = @JoinColumn(name = "advisor_id"))
    @Column(name = "municipality_id")
    private Set<Long> municipalityIds = new HashSet<>();

    protected CitizenAdvisor() {
        this.username = this.passwordHash = this.displayName = this.email = "";
    }

    public CitizenAdvisor(String username, String passwordHash, String displayName, String email,
                          Set<StaffRole> roles, Set<Long> municipalityIds) {
        if (!username.matches("[a-z0-9._-]{2,60}")) {
            throw new IllegalArgumentException("A username is 2-60 lower-case letters, digits, dots, dashes or underscores");
        }
        if (roles.isEmpty()) {
            throw new IllegalArgumentException("A member of staff has at least one role");
        }
        this.username = username;
        this.passwordHash = passwordHash;
        this.displayName = displayName;
        this.email = email;
        this.enabled = true;
        this.roles = EnumSet.copyOf(roles);
        this.municipalityIds = new HashSet<>(municipalityIds);
    }

    public @Nullable Long id() {
        return id;
    }

    public String username() {
        return username;
    }

    public String passwordHash() {
        return passwordHash;
    }

    public String displayName() {
        return displayName;
    }

    public String email() {
        return email;
    }

    public boolean enabled() {
        return enabled;
    }

    public Set<StaffRole> roles() {
        return Set.copyOf(roles);
    }

    public Set<Long> municipalityIds() {
        return Set.copyOf(municipalityIds);
    }

    public boolean passwordChangeRequired() {
        return passwordChangeRequired;
    }

    /** From now on this member of staff also serves the municipality. */
    public void serve(long municipalityId) {
        municipalityIds.add(municipalityId);
    }

    /** A new password hash; {@code mustChangeAtSignIn} for one someone else chose (the bootstrap administrator's). */
    public void changePassword(String newHash, boolean mustChangeAtSignIn) {
        this.passwordHash = newHash;
        this.passwordChangeRequired = mustChangeAtSignIn;
    }

    public void describe(String displayName, String email) {
        this.displayName = displayName;
        this.email = email;
    }

    public void assign(Set<StaffRole> roles, Set<Long> municipalityIds) {
        if (roles.isEmpty()) {
            throw new IllegalArgumentException("A member of staff has at least one role");
        }
        this.roles.clear();
        this.roles.addAll(roles);
        this.municipalityIds.clear();
        this.municipalityIds.addAll(municipalityIds);
    }

    public void activate(boolean enabled) {
        this.enabled = enabled;
    }
}
