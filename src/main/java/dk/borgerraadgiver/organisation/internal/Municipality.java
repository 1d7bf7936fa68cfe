package dk.borgerraadgiver.organisation.internal;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import org.jspecify.annotations.Nullable;

/** A municipality: the tenant that owns departments, locations and (later) bookings and cases. */
@Entity
@Table(name = "municipality")
public class Municipality {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private @Nullable Long id;
    private String code;
    private String slug;
    private String name;
    private String contactPhone;
    private String contactEmail;
    @Column(name = "phone_hours_da")
    private String phoneHoursDanish;
    @Column(name = "phone_hours_en")
    private String phoneHoursEnglish;
    private int complaintAgeLimitMonths;
    private int callbackWorkingDays;
    private String accentColour;
    private @Nullable String postalAddress;
    private @Nullable String accessibilityStatementUrl;
    private boolean paused;
    @Column(name = "can_help_da")
    private @Nullable String canHelpDanish;
    @Column(name = "can_help_en")
    private @Nullable String canHelpEnglish;
    @Column(name = "cannot_help_da")
    private @Nullable String cannotHelpDanish;
    @Column(name = "cannot_help_en")
    private @Nullable String cannotHelpEnglish;

    protected Municipality() {
        this.code = this.slug = this.name = this.contactPhone = this.contactEmail = "";
        this.phoneHoursDanish = this.phoneHoursEnglish = this.accentColour = "";
    }

    public Municipality(String code, String slug, String name, String contactPhone, String contactEmail,
                        String phoneHoursDanish, String phoneHoursEnglish, int complaintAgeLimitMonths,
                        int callbackWorkingDays, String accentColour) {
        if (!code.matches("\\d{3}")) {
            throw new IllegalArgumentException("A municipality code has three digits");
        }
        if (!slug.matches("[a-z0-9-]{2,40}")) {
            throw new IllegalArgumentException("A municipality slug is lower-case letters, digits and dashes");
        }
        this.code = code;
        this.slug = slug;
        this.name = name;
        this.contactPhone = contactPhone;
        this.contactEmail = contactEmail;
        this.phoneHoursDanish = phoneHoursDanish;
        this.phoneHoursEnglish = phoneHoursEnglish;
        this.complaintAgeLimitMonths = complaintAgeLimitMonths;
        this.callbackWorkingDays = callbackWorkingDays;
        this.accentColour = accentColour;
    }

    /** Changes what the administration page edits; the code is fixed once the municipality exists. */
    public void update(String slug, String name, String contactPhone, String contactEmail, @Nullable String postalAddress,
                       String phoneHoursDanish, String phoneHoursEnglish, int complaintAgeLimitMonths,
                       int callbackWorkingDays, String accentColour, @Nullable String accessibilityStatementUrl) {
        if (!slug.matches("[a-z0-9-]{2,40}")) {
            throw new IllegalArgumentException("A municipality slug is lower-case letters, digits and dashes");
        }
        this.slug = slug;
        this.name = name;
        this.contactPhone = contactPhone;
        this.contactEmail = contactEmail;
        this.postalAddress = postalAddress;
        this.phoneHoursDanish = phoneHoursDanish;
        this.phoneHoursEnglish = phoneHoursEnglish;
        this.complaintAgeLimitMonths = complaintAgeLimitMonths;
        this.callbackWorkingDays = callbackWorkingDays;
        this.accentColour = accentColour;
        this.accessibilityStatementUrl = accessibilityStatementUrl;
    }

    /** The landing page's "can / cannot help with" points, one per line; null for the standard text. */
    public void describeScope(@Nullable String canHelpDanish, @Nullable String canHelpEnglish,
                              @Nullable String cannotHelpDanish, @Nullable String cannotHelpEnglish) {
        this.canHelpDanish = canHelpDanish;
        this.canHelpEnglish = canHelpEnglish;
        this.cannotHelpDanish = cannotHelpDanish;
        this.cannotHelpEnglish = cannotHelpEnglish;
    }

    public @Nullable String canHelpDanish() {
        return canHelpDanish;
    }

    public @Nullable String canHelpEnglish() {
        return canHelpEnglish;
    }

    public @Nullable String cannotHelpDanish() {
        return cannotHelpDanish;
    }

    public @Nullable String cannotHelpEnglish() {
        return cannotHelpEnglish;
    }

    public void pause(boolean paused) {
        this.paused = paused;
    }

    public @Nullable String postalAddress() {
        return postalAddress;
    }

    public @Nullable String accessibilityStatementUrl() {
        return accessibilityStatementUrl;
    }

    public boolean paused() {
        return paused;
    }

    public long id() {
        if (id == null) {
            throw new IllegalStateException("Municipality not saved yet");
        }
        return id;
    }

    public String code() {
        return code;
    }

    public String slug() {
        return slug;
    }

    public String name() {
        return name;
    }

    public String contactPhone() {
        return contactPhone;
    }

    public String contactEmail() {
        return contactEmail;
    }

    public String phoneHoursDanish() {
        return phoneHoursDanish;
    }

    public String phoneHoursEnglish() {
        return phoneHoursEnglish;
    }

    public int complaintAgeLimitMonths() {
        return complaintAgeLimitMonths;
    }

    public int callbackWorkingDays() {
        return callbackWorkingDays;
    }

    public String accentColour() {
        return accentColour;
    }
}
