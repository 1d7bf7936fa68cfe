package dk.borgerraadgiver.casework;

import java.time.LocalDate;

import org.jspecify.annotations.Nullable;

/**
 * A contact the advisor registers by hand. The citizen identifier (CPR number, e-mail or phone) is
 * only used to compute the pseudonymous citizen key and is never stored.
 */
public record ContactRegistrationForm(long municipalityId, Channel channel, LocalDate registeredOn, String citizenName,
                                      @Nullable String citizenEmail, @Nullable String citizenPhone,
                                      @Nullable String citizenIdentifier, String summary, boolean actingForOther,
                                      boolean noRealCaseWork) {

    public static final int MAX_NAME = 120;
    public static final int MAX_SUMMARY = 500;

    @Override
    public String toString() {
        return "ContactRegistrationForm[" + municipalityId + ", " + channel + "]";
    }
}
