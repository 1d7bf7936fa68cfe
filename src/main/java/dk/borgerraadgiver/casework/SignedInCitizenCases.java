package dk.borgerraadgiver.casework;

import java.security.SecureRandom;
import java.time.Clock;
import java.time.Instant;
import java.util.HexFormat;
import java.util.List;
import java.util.Optional;

import dk.borgerraadgiver.casework.internal.AccessCode;
import dk.borgerraadgiver.casework.internal.AccessCodeRepository;
import dk.borgerraadgiver.casework.internal.CaseFileRepository;
import dk.borgerraadgiver.organisation.MunicipalityDirectory;
import dk.borgerraadgiver.organisation.MunicipalitySummary;
import dk.borgerraadgiver.security.CitizenIdentity;
import dk.borgerraadgiver.shared.PrivateLinks;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * "Mine sager": the cases of the citizen signed in with MitID, found by the pseudonymous key made
 * from the CPR number, across municipalities; and the conversation of one of them without a one-time
 * code. Both check the signed-in identity here, in the service, never an id from the address.
 */
@Service
public class SignedInCitizenCases {

    private static final SecureRandom RANDOM = new SecureRandom();

    private final CaseFileRepository cases;
    private final AccessCodeRepository codes;
    private final CitizenKeys keys;
    private final CitizenMessages messages;
    private final MunicipalityDirectory municipalities;
    private final PrivateLinks links;
    private final Clock clock;

    SignedInCitizenCases(CaseFileRepository cases, AccessCodeRepository codes, CitizenKeys keys, CitizenMessages messages,
                         MunicipalityDirectory municipalities, PrivateLinks links, Clock clock) {
        this.cases = cases;
        this.codes = codes;
        this.keys = keys;
        this.messages = messages;
        this.municipalities = municipalities;
        this.links = links;
        this.clock = clock;
    }

    /** One of the citizen's own cases, with the private path to its messages. */
    public record MyCase(String reference, String municipalityName, Instant registeredAt, CaseStatus status, String messagesPath) {
    }

    @Transactional(readOnly = true)
    public List<MyCase> mine() {
        var identity = CitizenIdentity.current();
        if (identity.isEmpty()) {
            return List.of();
        }
        var names = municipalities.all().stream()
                .collect(java.util.stream.Collectors.toMap(MunicipalitySummary::id, MunicipalitySummary::name));
        return cases.findByCitizenKeyOrderByRegisteredAtDesc(keys.keyFor(identity.get().cpr())).stream()
                .filter(caseFile -> caseFile.erasedAt() == null)
                .map(caseFile -> new MyCase(caseFile.reference() == null ? "" : caseFile.reference(),
                        names.getOrDefault(caseFile.municipalityId(), ""), caseFile.registeredAt(), caseFile.status(),
                        "/besked/" + links.token(CitizenMessages.LINK_PURPOSE, caseFile.id(), caseFile.citizenNonce())))
                .toList();
    }

    /**
     * A session ticket for the messages page, as the one-time code would give, when the signed-in
     * citizen is the case's citizen.
     */
    @Transactional
    public Optional<String> ticketFor(String token) {
        var identity = CitizenIdentity.current();
        if (identity.isEmpty()) {
            return Optional.empty();
        }
        var key = keys.keyFor(identity.get().cpr());
        return messages.caseFor(token).filter(caseFile -> caseFile.citizenKey().equals(key)).map(caseFile -> {
            var expiry = clock.instant().plus(CitizenMessages.SESSION_VALIDITY);
            var secret = new byte[32];
            RANDOM.nextBytes(secret);
            var accessCode = codes.findById(caseFile.id()).orElseGet(() ->
                    codes.save(new AccessCode(caseFile.id(), HexFormat.of().formatHex(secret), expiry)));
            accessCode.startSession(HexFormat.of().formatHex(secret), expiry);
            return links.token(CitizenMessages.SESSION_PURPOSE, caseFile.id(), accessCode.codeHash());
        });
    }
}
