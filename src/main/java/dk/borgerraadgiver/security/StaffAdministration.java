package dk.borgerraadgiver.security;

import java.security.SecureRandom;
import java.util.Base64;
import java.util.Collection;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;

import dk.borgerraadgiver.security.internal.CitizenAdvisor;
import dk.borgerraadgiver.security.internal.CitizenAdvisorRepository;
import dk.borgerraadgiver.security.internal.SecondFactorRepository;
import dk.borgerraadgiver.shared.EmailAddress;
import dk.borgerraadgiver.shared.StaffRoles;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Staff accounts as an administrator keeps them: invite (the new member of staff chooses a password
 * from a single-use link; nobody else ever sees it), change roles and served municipalities,
 * deactivate and reactivate, send a password reset. An administrator sees and changes only accounts
 * that serve one of their own municipalities (or none yet), and only within their municipalities;
 * a municipality outside their scope stays on the account as it was. Every change is logged.
 */
@Service
@PreAuthorize(StaffRoles.ADMINISTRATOR)
public class StaffAdministration {

    private static final SecureRandom RANDOM = new SecureRandom();

    private final CitizenAdvisorRepository advisors;
    private final StaffPasswords passwords;
    private final StaffLinkMail mail;
    private final PasswordEncoder encoder;
    private final StaffScope scope;
    private final AdministrativeChanges changes;
    private final SecondFactorRepository factors;

    StaffAdministration(CitizenAdvisorRepository advisors, StaffPasswords passwords, StaffLinkMail mail,
                        PasswordEncoder encoder, StaffScope scope, AdministrativeChanges changes,
                        SecondFactorRepository factors) {
        this.factors = factors;
        this.advisors = advisors;
        this.passwords = passwords;
        this.mail = mail;
        this.encoder = encoder;
        this.scope = scope;
        this.changes = changes;
    }

    /** A staff account as the administration page lists it; never the hash. */
    public record StaffMember(long id, String username, String displayName, String email, Set<StaffRole> roles,
                              Set<Long> municipalityIds, boolean active) {
    }

    /** Thrown when the username is taken already. */
    public static class UsernameTakenException extends RuntimeException {
        public UsernameTakenException() {
            super("The username is taken");
        }
    }

    /** Thrown for a change an administrator may not make to their own account (locking themselves out). */
    public static class OwnAccountException extends RuntimeException {
        public OwnAccountException() {
            super("An administrator cannot remove their own administration rights or deactivate themselves");
        }
    }

    @Transactional(readOnly = true)
    public List<StaffMember> accounts() {
        var served = scope.servedMunicipalityIds();
        return advisors.findAllByOrderByDisplayName().stream()
                .filter(advisor -> visibleTo(advisor, served))
                .map(StaffAdministration::member).toList();
    }

    /**
     * Creates the account and mails the invitation in the same transaction: when the mail cannot be
     * handed to the mail server, no account is left behind and the administrator is told.
     */
    @Transactional
    public long invite(String username, String displayName, String email, Set<StaffRole> roles,
                       Set<Long> municipalityIds) {
        var normalised = username.strip().toLowerCase();
        requireWithinScope(municipalityIds);
        if (advisors.findByUsername(normalised).isPresent()) {
            throw new UsernameTakenException();
        }
        var advisor = advisors.save(new CitizenAdvisor(normalised, unusableHash(), displayName.strip(),
                new EmailAddress(email).value(), roles, municipalityIds));
        var diff = new AdministrativeChanges.Diff().set("navn", advisor.displayName()).set("e-mail", advisor.email())
                .set("roller", new TreeSet<>(roles)).set("kommuner", new TreeSet<>(municipalityIds)).note("invitation sendt");
        record(municipalityIds, advisor, diff);
        mail.send(passwords.issue(advisor, StaffLinkPurpose.INVITATION));
        return advisor.id();
    }

    @Transactional
    public void update(long id, String displayName, String email, Set<StaffRole> roles, Set<Long> municipalityIds) {
        var advisor = visible(id);
        requireWithinScope(municipalityIds);
        if (isSelf(advisor) && !roles.contains(StaffRole.ADMIN)) {
            throw new OwnAccountException();
        }
        var served = scope.servedMunicipalityIds();
        var kept = new HashSet<>(advisor.municipalityIds());
        kept.removeIf(served::contains);
        kept.addAll(municipalityIds);
        var before = member(advisor);
        advisor.describe(displayName.strip(), new EmailAddress(email).value());
        advisor.assign(roles, kept);
        var diff = new AdministrativeChanges.Diff()
                .field("navn", before.displayName(), advisor.displayName())
                .field("e-mail", before.email(), advisor.email())
                .field("roller", new TreeSet<>(before.roles()), new TreeSet<>(advisor.roles()))
                .field("kommuner", new TreeSet<>(before.municipalityIds()), new TreeSet<>(advisor.municipalityIds()));
        var involved = new HashSet<>(before.municipalityIds());
        involved.addAll(advisor.municipalityIds());
        record(involved, advisor, diff);
    }

    /** A deactivated member of staff cannot sign in, and an open session ends at its next request. */
    @Transactional
    public void setActive(long id, boolean active) {
        var advisor = visible(id);
        if (isSelf(advisor) && !active) {
            throw new OwnAccountException();
        }
        var before = advisor.enabled();
        advisor.activate(active);
        record(advisor.municipalityIds(), advisor, new AdministrativeChanges.Diff()
                .field("aktiv", before ? "ja" : "nej", active ? "ja" : "nej"));
    }

    /** Mails a new single-use link; the old password keeps working until the new one is chosen. */
    @Transactional
    public void sendPasswordReset(long id) {
        var advisor = visible(id);
        if (!advisor.enabled()) {
            throw new IllegalStateException("A deactivated account gets no link");
        }
        record(advisor.municipalityIds(), advisor, new AdministrativeChanges.Diff().note("link til ny adgangskode sendt"));
        mail.send(passwords.issue(advisor, StaffLinkPurpose.PASSWORD_RESET));
    }

    /**
     * Removes a member of staff's second factor (a lost phone and no recovery codes left): at the next
     * sign-in they set it up again if the installation requires it. Never for one's own account.
     */
    @Transactional
    public void resetSecondFactor(long id) {
        var advisor = visible(id);
        if (isSelf(advisor)) {
            throw new OwnAccountException();
        }
        if (factors.existsById(id)) {
            factors.deleteById(id);
            record(advisor.municipalityIds(), advisor, new AdministrativeChanges.Diff().note("totrinsbekræftelse nulstillet"));
        }
    }

    private void record(Collection<Long> municipalityIds, CitizenAdvisor advisor, AdministrativeChanges.Diff diff) {
        var subjectName = advisor.displayName() + " (" + advisor.username() + ")";
        if (municipalityIds.isEmpty()) {
            changes.record(null, "STAFF", subjectName, diff);
        }
        new TreeSet<>(municipalityIds).forEach(id -> changes.record(id, "STAFF", subjectName, diff));
    }

    private CitizenAdvisor visible(long id) {
        return advisors.findById(id).filter(advisor -> visibleTo(advisor, scope.servedMunicipalityIds()))
                .orElseThrow(() -> new AccessDeniedException("Not an account this administrator keeps"));
    }

    private static boolean visibleTo(CitizenAdvisor advisor, Set<Long> served) {
        return advisor.municipalityIds().isEmpty() || advisor.municipalityIds().stream().anyMatch(served::contains);
    }

    private void requireWithinScope(Set<Long> municipalityIds) {
        scope.requireServesAll(municipalityIds);
    }

    private static boolean isSelf(CitizenAdvisor advisor) {
        return SignedInStaff.username().filter(advisor.username()::equals).isPresent();
    }

    /** A hash of 256 random bits nobody knows: the account has no usable password until the link is used. */
    private String unusableHash() {
        var bytes = new byte[32];
        RANDOM.nextBytes(bytes);
        return encoder.encode(Base64.getEncoder().encodeToString(bytes));
    }

    private static StaffMember member(CitizenAdvisor advisor) {
        return new StaffMember(advisor.id(), advisor.username(), advisor.displayName(), advisor.email(),
                advisor.roles(), advisor.municipalityIds(), advisor.enabled());
    }
}
