package dk.borgerraadgiver.casework;

import java.util.Locale;

/**
 * Sends a one-time code to the citizen at once (not through the outbox: a code that arrives an hour
 * later is no use). Implemented by the notification module; throws if the mail could not be handed over.
 */
public interface AccessCodeMail {

    void send(String to, String citizenName, long municipalityId, String caseReference, String code,
              Locale language);
}
