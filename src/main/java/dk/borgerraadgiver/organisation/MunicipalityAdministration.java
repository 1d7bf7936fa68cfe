package dk.borgerraadgiver.organisation;

import java.util.List;
import java.util.regex.Pattern;

import dk.borgerraadgiver.organisation.internal.LogoImage;
import dk.borgerraadgiver.organisation.internal.Municipality;
import dk.borgerraadgiver.organisation.internal.MunicipalityLogo;
import dk.borgerraadgiver.organisation.internal.MunicipalityLogoRepository;
import dk.borgerraadgiver.organisation.internal.MunicipalityRepository;
import dk.borgerraadgiver.security.AdministrativeChanges;
import dk.borgerraadgiver.security.SignedInStaff;
import dk.borgerraadgiver.security.StaffAccounts;
import dk.borgerraadgiver.security.StaffScope;
import dk.borgerraadgiver.shared.AccentColour;
import dk.borgerraadgiver.shared.EmailAddress;
import dk.borgerraadgiver.shared.PhoneNumber;
import dk.borgerraadgiver.shared.StaffRoles;
import org.jspecify.annotations.Nullable;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Municipalities as an administrator sets them up: the kommunekode must be one of the 98, the
 * address part (slug) unique, the accent colour readable on white (4.5:1; the nearest readable shade
 * is suggested), contact details valid. The administrator who creates a municipality serves it from
 * then on; only municipalities one serves can be edited. Every change is logged with old and new values.
 */
@Service
@PreAuthorize(StaffRoles.ADMINISTRATOR)
public class MunicipalityAdministration {

    private static final Pattern HEX = Pattern.compile("#[0-9a-f]{6}");

    private final MunicipalityRepository municipalities;
    private final MunicipalityCodes codes;
    private final StaffScope scope;
    private final StaffAccounts staff;
    private final AdministrativeChanges changes;
    private final MunicipalityLogoRepository logos;
    private final java.time.Clock clock;

    MunicipalityAdministration(MunicipalityRepository municipalities, MunicipalityCodes codes, StaffScope scope,
                               StaffAccounts staff, AdministrativeChanges changes, MunicipalityLogoRepository logos,
                               java.time.Clock clock) {
        this.logos = logos;
        this.clock = clock;
        this.municipalities = municipalities;
        this.codes = codes;
        this.scope = scope;
        this.staff = staff;
        this.changes = changes;
    }

    /** The municipalities this administrator serves. */
    @Transactional(readOnly = true)
    public List<MunicipalitySummary> served() {
        return municipalities.findByIdInOrderByName(scope.servedMunicipalityIds()).stream()
                .map(MunicipalityDirectory::summary).toList();
    }

    @Transactional(readOnly = true)
    public MunicipalitySettings settings(long municipalityId) {
        scope.requireServes(municipalityId);
        var municipality = municipalities.findById(municipalityId).orElseThrow();
        var settings = new MunicipalitySettings();
        settings.setCode(municipality.code());
        settings.setName(municipality.name());
        settings.setSlug(municipality.slug());
        settings.setContactPhone(municipality.contactPhone());
        settings.setContactEmail(municipality.contactEmail());
        settings.setPostalAddress(orEmpty(municipality.postalAddress()));
        settings.setPhoneHoursDanish(municipality.phoneHoursDanish());
        settings.setPhoneHoursEnglish(municipality.phoneHoursEnglish());
        settings.setCallbackWorkingDays(municipality.callbackWorkingDays());
        settings.setComplaintAgeLimitMonths(municipality.complaintAgeLimitMonths());
        settings.setAccentColour(municipality.accentColour());
        settings.setAccessibilityStatementUrl(orEmpty(municipality.accessibilityStatementUrl()));
        settings.setPaused(municipality.paused());
        settings.setCanHelpDanish(orEmpty(municipality.canHelpDanish()));
        settings.setCanHelpEnglish(orEmpty(municipality.canHelpEnglish()));
        settings.setCannotHelpDanish(orEmpty(municipality.cannotHelpDanish()));
        settings.setCannotHelpEnglish(orEmpty(municipality.cannotHelpEnglish()));
        return settings;
    }

    /** The official name that goes with a kommunekode, to fill in the form. */
    @Transactional(readOnly = true)
    public java.util.Optional<String> officialName(String code) {
        return codes.officialName(code);
    }

    /** Creates the municipality; the administrator serves it from now on. Returns its id. */
    @Transactional
    public long create(MunicipalitySettings settings) {
        if (codes.officialName(settings.getCode()).isEmpty()) {
            throw new MunicipalityRefusedException("code", "admin.municipality.error.code");
        }
        if (municipalities.findByCode(settings.getCode()).isPresent()) {
            throw new MunicipalityRefusedException("code", "admin.municipality.error.codeTaken");
        }
        var slug = slugOf(settings);
        check(settings, slug, null);
        var municipality = new Municipality(settings.getCode(), slug, settings.getName(), settings.getContactPhone(),
                settings.getContactEmail(), settings.getPhoneHoursDanish(), settings.getPhoneHoursEnglish(),
                settings.getComplaintAgeLimitMonths(), settings.getCallbackWorkingDays(), settings.getAccentColour());
        municipality.update(slug, settings.getName(), settings.getContactPhone(), settings.getContactEmail(),
                blankToNull(settings.getPostalAddress()), settings.getPhoneHoursDanish(), settings.getPhoneHoursEnglish(),
                settings.getComplaintAgeLimitMonths(), settings.getCallbackWorkingDays(), settings.getAccentColour(),
                blankToNull(settings.getAccessibilityStatementUrl()));
        municipality.pause(settings.isPaused());
        describeScope(municipality, settings);
        municipalities.saveAndFlush(municipality);
        staff.serve(SignedInStaff.username().orElseThrow(), municipality.id());
        changes.record(municipality.id(), "MUNICIPALITY", municipality.name(), diff(new MunicipalitySettings(), settings, slug)
                .note("oprettet"));
        return municipality.id();
    }

    @Transactional
    public void update(long municipalityId, MunicipalitySettings settings) {
        scope.requireServes(municipalityId);
        var municipality = municipalities.findById(municipalityId).orElseThrow();
        var before = settings(municipalityId);
        var slug = slugOf(settings);
        check(settings, slug, municipalityId);
        municipality.update(slug, settings.getName(), settings.getContactPhone(), settings.getContactEmail(),
                blankToNull(settings.getPostalAddress()), settings.getPhoneHoursDanish(), settings.getPhoneHoursEnglish(),
                settings.getComplaintAgeLimitMonths(), settings.getCallbackWorkingDays(), settings.getAccentColour(),
                blankToNull(settings.getAccessibilityStatementUrl()));
        municipality.pause(settings.isPaused());
        describeScope(municipality, settings);
        changes.record(municipalityId, "MUNICIPALITY", municipality.name(), diff(before, settings, slug));
    }

    private static void describeScope(Municipality municipality, MunicipalitySettings settings) {
        municipality.describeScope(blankToNull(settings.getCanHelpDanish()), blankToNull(settings.getCanHelpEnglish()),
                blankToNull(settings.getCannotHelpDanish()), blankToNull(settings.getCannotHelpEnglish()));
    }

    /** Takes a logo (PNG only; decoded, scaled and encoded anew) for the municipality's citizen pages. */
    @Transactional
    public void setLogo(long municipalityId, java.nio.file.Path upload) {
        scope.requireServes(municipalityId);
        var png = LogoImage.fromUpload(upload);
        var municipality = municipalities.findById(municipalityId).orElseThrow();
        var had = logos.existsById(municipalityId);
        logos.save(new MunicipalityLogo(municipalityId, png, clock.instant()));
        changes.record(municipalityId, "MUNICIPALITY", municipality.name(), new AdministrativeChanges.Diff()
                .note(had ? "logo skiftet" : "logo tilføjet"));
    }

    @Transactional
    public void removeLogo(long municipalityId) {
        scope.requireServes(municipalityId);
        if (logos.existsById(municipalityId)) {
            logos.deleteById(municipalityId);
            changes.record(municipalityId, "MUNICIPALITY", municipalities.findById(municipalityId).orElseThrow().name(),
                    new AdministrativeChanges.Diff().note("logo fjernet"));
        }
    }

    private void check(MunicipalitySettings settings, String slug, @Nullable Long self) {
        for (var text : List.of(settings.getCanHelpDanish(), settings.getCanHelpEnglish(), settings.getCannotHelpDanish(),
                settings.getCannotHelpEnglish())) {
            if (text.length() > 4000) {
                throw new MunicipalityRefusedException("canHelpDanish", "admin.municipality.error.scopeText");
            }
        }
        if (settings.getName().isBlank() || settings.getName().length() > 100) {
            throw new MunicipalityRefusedException("name", "admin.municipality.error.name");
        }
        if (!slug.matches("[a-z0-9-]{2,40}")) {
            throw new MunicipalityRefusedException("slug", "admin.municipality.error.slug");
        }
        var sameSlug = municipalities.findBySlug(slug);
        if (sameSlug.isPresent() && (self == null || sameSlug.get().id() != self)) {
            throw new MunicipalityRefusedException("slug", "admin.municipality.error.slugTaken", slug);
        }
        if (!PhoneNumber.isValid(settings.getContactPhone())) {
            throw new MunicipalityRefusedException("contactPhone", "admin.municipality.error.phone");
        }
        if (!EmailAddress.isValid(settings.getContactEmail())) {
            throw new MunicipalityRefusedException("contactEmail", "admin.municipality.error.email");
        }
        if (settings.getCallbackWorkingDays() < 0 || settings.getCallbackWorkingDays() > 30) {
            throw new MunicipalityRefusedException("callbackWorkingDays", "admin.municipality.error.callback");
        }
        if (settings.getComplaintAgeLimitMonths() < 1 || settings.getComplaintAgeLimitMonths() > 120) {
            throw new MunicipalityRefusedException("complaintAgeLimitMonths", "admin.municipality.error.ageLimit");
        }
        if (!HEX.matcher(settings.getAccentColour()).matches()) {
            throw new MunicipalityRefusedException("accentColour", "admin.municipality.error.colourSyntax");
        }
        var colour = new AccentColour(settings.getAccentColour());
        if (!colour.isReadableOnWhite()) {
            throw new MunicipalityRefusedException("accentColour", "admin.municipality.error.contrast",
                    String.format(java.util.Locale.ROOT, "%.1f", colour.contrastAgainstWhite()), colour.nearestReadable().hex());
        }
        var statement = settings.getAccessibilityStatementUrl();
        if (!statement.isEmpty() && !statement.matches("https://[^\\s<>\"]{4,290}")) {
            throw new MunicipalityRefusedException("accessibilityStatementUrl", "admin.municipality.error.statementUrl");
        }
        if (settings.getPhoneHoursDanish().isBlank() || settings.getPhoneHoursEnglish().isBlank()
                || settings.getPhoneHoursDanish().length() > 300 || settings.getPhoneHoursEnglish().length() > 300) {
            throw new MunicipalityRefusedException("phoneHoursDanish", "admin.municipality.error.hours");
        }
        if (settings.getPostalAddress().length() > 300) {
            throw new MunicipalityRefusedException("postalAddress", "admin.municipality.error.address");
        }
    }

    private static String slugOf(MunicipalitySettings settings) {
        return settings.getSlug().isBlank() ? MunicipalityCodes.slugFor(settings.getName())
                : MunicipalityCodes.slugFor(settings.getSlug());
    }

    private static AdministrativeChanges.Diff diff(MunicipalitySettings before, MunicipalitySettings after, String slug) {
        return new AdministrativeChanges.Diff()
                .field("kommunekode", before.getCode(), after.getCode())
                .field("navn", before.getName(), after.getName())
                .field("adresse-del", before.getSlug(), slug)
                .field("telefon", before.getContactPhone(), after.getContactPhone())
                .field("e-mail", before.getContactEmail(), after.getContactEmail())
                .field("postadresse", before.getPostalAddress(), after.getPostalAddress())
                .field("telefontid (da)", before.getPhoneHoursDanish(), after.getPhoneHoursDanish())
                .field("telefontid (en)", before.getPhoneHoursEnglish(), after.getPhoneHoursEnglish())
                .field("svar inden (arbejdsdage)", before.getCallbackWorkingDays(), after.getCallbackWorkingDays())
                .field("klagefrist (måneder)", before.getComplaintAgeLimitMonths(), after.getComplaintAgeLimitMonths())
                .field("farve", before.getAccentColour(), after.getAccentColour())
                .field("tilgængelighedserklæring", before.getAccessibilityStatementUrl(), after.getAccessibilityStatementUrl())
                .field("sat på pause", before.isPaused() ? "ja" : "nej", after.isPaused() ? "ja" : "nej")
                .field("kan hjælpe med (da)", before.getCanHelpDanish(), after.getCanHelpDanish())
                .field("kan hjælpe med (en)", before.getCanHelpEnglish(), after.getCanHelpEnglish())
                .field("kan ikke hjælpe med (da)", before.getCannotHelpDanish(), after.getCannotHelpDanish())
                .field("kan ikke hjælpe med (en)", before.getCannotHelpEnglish(), after.getCannotHelpEnglish());
    }

    private static @Nullable String blankToNull(String text) {
        return text.isBlank() ? null : text;
    }

    private static String orEmpty(@Nullable String text) {
        return text == null ? "" : text;
    }
}
