package dk.borgerraadgiver.organisation;

/**
 * What an administrator edits about a municipality, as the form's bean. The rules are in
 * {@link MunicipalityAdministration}; the form only checks what it can say at once.
 */
public class MunicipalitySettings {

    private String code = "";
    private String name = "";
    private String slug = "";
    private String contactPhone = "";
    private String contactEmail = "";
    private String postalAddress = "";
    private String phoneHoursDanish = "";
    private String phoneHoursEnglish = "";
    private int callbackWorkingDays = 1;
    private int complaintAgeLimitMonths = 12;
    private String accentColour = "#0b4f8a";
    private String accessibilityStatementUrl = "";
    private boolean paused;
    private String canHelpDanish = "";
    private String canHelpEnglish = "";
    private String cannotHelpDanish = "";
    private String cannotHelpEnglish = "";

    public String getCode() { return code; }
    public void setCode(String code) { this.code = code == null ? "" : code.strip(); }
    public String getName() { return name; }
    public void setName(String name) { this.name = name == null ? "" : name.strip(); }
    public String getSlug() { return slug; }
    public void setSlug(String slug) { this.slug = slug == null ? "" : slug.strip(); }
    public String getContactPhone() { return contactPhone; }
    public void setContactPhone(String contactPhone) { this.contactPhone = contactPhone == null ? "" : contactPhone.strip(); }
    public String getContactEmail() { return contactEmail; }
    public void setContactEmail(String contactEmail) { this.contactEmail = contactEmail == null ? "" : contactEmail.strip(); }
    public String getPostalAddress() { return postalAddress; }
    public void setPostalAddress(String postalAddress) { this.postalAddress = postalAddress == null ? "" : postalAddress.strip(); }
    public String getPhoneHoursDanish() { return phoneHoursDanish; }
    public void setPhoneHoursDanish(String text) { this.phoneHoursDanish = text == null ? "" : text.strip(); }
    public String getPhoneHoursEnglish() { return phoneHoursEnglish; }
    public void setPhoneHoursEnglish(String text) { this.phoneHoursEnglish = text == null ? "" : text.strip(); }
    public int getCallbackWorkingDays() { return callbackWorkingDays; }
    public void setCallbackWorkingDays(int days) { this.callbackWorkingDays = days; }
    public int getComplaintAgeLimitMonths() { return complaintAgeLimitMonths; }
    public void setComplaintAgeLimitMonths(int months) { this.complaintAgeLimitMonths = months; }
    public String getAccentColour() { return accentColour; }
    public void setAccentColour(String accentColour) { this.accentColour = accentColour == null ? "" : accentColour.strip().toLowerCase(); }
    public String getAccessibilityStatementUrl() { return accessibilityStatementUrl; }
    public void setAccessibilityStatementUrl(String url) { this.accessibilityStatementUrl = url == null ? "" : url.strip(); }
    public boolean isPaused() { return paused; }
    public void setPaused(boolean paused) { this.paused = paused; }
    /** One point per line; empty for the portal's standard text. */
    public String getCanHelpDanish() { return canHelpDanish; }
    public void setCanHelpDanish(String text) { this.canHelpDanish = text == null ? "" : text.strip(); }
    public String getCanHelpEnglish() { return canHelpEnglish; }
    public void setCanHelpEnglish(String text) { this.canHelpEnglish = text == null ? "" : text.strip(); }
    public String getCannotHelpDanish() { return cannotHelpDanish; }
    public void setCannotHelpDanish(String text) { this.cannotHelpDanish = text == null ? "" : text.strip(); }
    public String getCannotHelpEnglish() { return cannotHelpEnglish; }
    public void setCannotHelpEnglish(String text) { this.cannotHelpEnglish = text == null ? "" : text.strip(); }
}
