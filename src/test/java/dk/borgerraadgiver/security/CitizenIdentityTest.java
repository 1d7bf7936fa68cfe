package dk.borgerraadgiver.security;

import java.util.Map;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/** The broker's claims read by each claim profile; too low an assurance level refused; the CPR number never printed. */
class CitizenIdentityTest {

    private static SignOnProperties.Citizen profile(ClaimProfile profile) {
        return new SignOnProperties.Citizen(profile, "", "", "", "", "Substantial");
    }

    @Test
    void nemlogin_reads_the_oiosaml_attribute_names() {
        var identity = CitizenIdentity.from(Map.of("https://data.gov.dk/model/core/eid/cprNumber", "0505701234",
                "https://data.gov.dk/model/core/eid/fullName", "Karen Jensen",
                "https://data.gov.dk/model/core/eid/email", "karen@example.dk",
                "https://data.gov.dk/concept/core/nsis/loa", "Substantial"), profile(ClaimProfile.NEMLOGIN));
        assertThat(identity).isEqualTo(new CitizenIdentity("0505701234", "Karen Jensen", "karen@example.dk"));
        assertThat(identity.toString()).doesNotContain("0505701234").contains("050570-xxxx");
    }

    @Test
    void signicat_reads_nin_and_idura_reads_cpr_number_identifier() {
        assertThat(CitizenIdentity.from(Map.of("nin", "0505701234", "name", "Karen Jensen"), profile(ClaimProfile.SIGNICAT)).cpr())
                .isEqualTo("0505701234");
        assertThat(CitizenIdentity.from(Map.of("cprNumberIdentifier", "0505701234", "name", "Karen Jensen", "loa", "High"),
                profile(ClaimProfile.IDURA)).name()).isEqualTo("Karen Jensen");
    }

    @Test
    void custom_takes_the_configured_names() {
        var settings = new SignOnProperties.Citizen(ClaimProfile.CUSTOM, "dk_cpr", "display", "mail", "level", "Substantial");
        var identity = CitizenIdentity.from(Map.of("dk_cpr", "050570-1234", "display", "Karen Jensen", "mail", "k@example.dk",
                "level", "https://data.gov.dk/concept/core/nsis/loa/High"), settings);
        assertThat(identity.cpr()).isEqualTo("0505701234");
        assertThat(identity.email()).isEqualTo("k@example.dk");
    }

    @Test
    void an_assurance_level_below_the_minimum_is_refused_and_a_missing_one_accepted() {
        assertThatThrownBy(() -> CitizenIdentity.from(Map.of("nin", "0505701234", "name", "Karen", "loa", "Low"),
                profile(ClaimProfile.SIGNICAT))).isInstanceOfSatisfying(CitizenIdentity.Refused.class,
                refused -> assertThat(refused.reason()).isEqualTo("assurance"));
        assertThat(CitizenIdentity.from(Map.of("nin", "0505701234", "name", "Karen"), profile(ClaimProfile.SIGNICAT)).name())
                .isEqualTo("Karen");
    }

    @Test
    void claims_without_a_cpr_number_or_a_name_are_refused() {
        assertThatThrownBy(() -> CitizenIdentity.from(Map.of("name", "Karen"), profile(ClaimProfile.SIGNICAT)))
                .isInstanceOfSatisfying(CitizenIdentity.Refused.class, refused -> assertThat(refused.reason()).isEqualTo("claims"));
        assertThatThrownBy(() -> CitizenIdentity.from(Map.of("nin", "12"), profile(ClaimProfile.SIGNICAT)))
                .isInstanceOf(CitizenIdentity.Refused.class);
    }
}
