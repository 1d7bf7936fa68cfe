package dk.borgerraadgiver.casework;

import java.util.List;
import java.util.Locale;

import org.jspecify.annotations.Nullable;

/**
 * What the citizen's private link shows before the one-time code: the reference, the municipality
 * and where the code goes (masked). After the code, the messages.
 */
public record CitizenCase(long caseId, String reference, long municipalityId, String municipalityName, String municipalityPhone,
                          @Nullable String maskedEmail, Locale language, boolean powerOfAttorneyRequested, boolean fromInquiry,
                          List<CaseDetails.Message> messages) {

    @Override
    public String toString() {
        return "CitizenCase[" + reference + "]";
    }
}
