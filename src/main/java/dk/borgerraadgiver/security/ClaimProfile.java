package dk.borgerraadgiver.security;

/**
 * Where a MitID broker puts the citizen's CPR number, name, e-mail and assurance level. NemLog-in
 * brokers pass the OIOSAML 3 attributes through under their URIs; Signicat and Idura (Criipto) use
 * their own names; {@code CUSTOM} takes the names from {@link SignOnProperties.Citizen}.
 */
public enum ClaimProfile {
    NEMLOGIN("https://data.gov.dk/model/core/eid/cprNumber", "https://data.gov.dk/model/core/eid/fullName",
            "https://data.gov.dk/model/core/eid/email", "https://data.gov.dk/concept/core/nsis/loa"),
    SIGNICAT("nin", "name", "email", "loa"),
    IDURA("cprNumberIdentifier", "name", "email", "loa"),
    CUSTOM("", "", "", "");

    private final String cpr;
    private final String name;
    private final String email;
    private final String assurance;

    ClaimProfile(String cpr, String name, String email, String assurance) {
        this.cpr = cpr;
        this.name = name;
        this.email = email;
        this.assurance = assurance;
    }

    String cpr(SignOnProperties.Citizen settings) {
        return this == CUSTOM ? settings.cprClaim() : cpr;
    }

    String name(SignOnProperties.Citizen settings) {
        return this == CUSTOM ? settings.nameClaim() : name;
    }

    String email(SignOnProperties.Citizen settings) {
        return this == CUSTOM ? settings.emailClaim() : email;
    }

    String assurance(SignOnProperties.Citizen settings) {
        return this == CUSTOM ? settings.assuranceClaim() : assurance;
    }
}
