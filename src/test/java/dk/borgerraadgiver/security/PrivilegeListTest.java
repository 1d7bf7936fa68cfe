package dk.borgerraadgiver.security;

import java.nio.charset.StandardCharsets;
import java.util.Base64;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/** Digital Fuldmagt's privilege claim, as NemLog-in passes it in the OIOSAML 3 Basic Privilege Profile. */
class PrivilegeListTest {

    /** A sample in the shape of the profile's specification: one company scope, one person who gave a power of attorney. */
    private static final String SAMPLE = """
            <?xml version="1.0" encoding="UTF-8"?>
            <bpp:PrivilegeList xmlns:bpp="http://digst.dk/oiosaml/basic_privilege_profile"
                               xmlns:xsi="http://www.w3.org/2001/XMLSchema-instance">
              <PrivilegeGroup Scope="urn:dk:gov:saml:cvrNumberIdentifier:12345678">
                <Privilege>urn:dk:some_domain:myPrivilege1A</Privilege>
              </PrivilegeGroup>
              <PrivilegeGroup Scope="urn:dk:gov:saml:cprNumberIdentifier:0101401234">
                <Privilege>https://data.gov.dk/privilege/fuldmagt/klage</Privilege>
                <Privilege>https://data.gov.dk/privilege/fuldmagt/sagsindsigt</Privilege>
              </PrivilegeGroup>
            </bpp:PrivilegeList>
            """;

    private static String encoded(String xml) {
        return Base64.getEncoder().encodeToString(xml.getBytes(StandardCharsets.UTF_8));
    }

    @Test
    void the_sample_assertion_names_the_grantor_and_the_privileges() {
        var list = PrivilegeList.parse(encoded(SAMPLE));
        assertThat(list.groups()).hasSize(2);
        assertThat(list.groups().get(0).cvr()).contains("12345678");
        assertThat(list.groups().get(1).privileges()).containsExactly(
                "https://data.gov.dk/privilege/fuldmagt/klage", "https://data.gov.dk/privilege/fuldmagt/sagsindsigt");
        assertThat(list.grantors()).containsExactly("0101401234");
        assertThat(list.groups().get(1).toString()).doesNotContain("0101401234");
    }

    @Test
    void a_list_with_only_company_scopes_has_no_grantor() {
        var xml = SAMPLE.replace("urn:dk:gov:saml:cprNumberIdentifier:0101401234", "urn:dk:gov:saml:cvrNumberIdentifier:87654321");
        assertThat(PrivilegeList.parse(encoded(xml)).grantors()).isEmpty();
    }

    @Test
    void an_external_entity_is_refused_not_resolved() {
        var xml = """
                <?xml version="1.0"?>
                <!DOCTYPE PrivilegeList [<!ENTITY secret SYSTEM "file:///etc/passwd">]>
                <PrivilegeList><PrivilegeGroup Scope="&secret;"><Privilege>x</Privilege></PrivilegeGroup></PrivilegeList>
                """;
        assertThatThrownBy(() -> PrivilegeList.parse(encoded(xml))).isInstanceOf(PrivilegeList.Unreadable.class);
    }

    @Test
    void garbage_and_other_documents_and_oversized_claims_are_refused() {
        assertThatThrownBy(() -> PrivilegeList.parse("not base64 !!")).isInstanceOf(PrivilegeList.Unreadable.class);
        assertThatThrownBy(() -> PrivilegeList.parse(encoded("<Other/>"))).isInstanceOf(PrivilegeList.Unreadable.class);
        assertThatThrownBy(() -> PrivilegeList.parse(encoded("<PrivilegeList>" + "x".repeat(PrivilegeList.MAX_BYTES) + "</PrivilegeList>")))
                .isInstanceOf(PrivilegeList.Unreadable.class);
    }
}
