package dk.borgerraadgiver.organisation;

import java.util.List;

import dk.borgerraadgiver.support.PortalIntegrationTest;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.security.authentication.AuthenticationCredentialsNotFoundException;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.core.authority.SimpleGrantedAuthority;
import org.springframework.security.core.context.SecurityContextHolder;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/** The service re-checks what the views check: an advisor reaches only the municipalities they serve. */
@PortalIntegrationTest
class ServedMunicipalitiesIntegrationTest {

    @Autowired
    ServedMunicipalities served;

    private static void signedInAs(String username, String role) {
        SecurityContextHolder.getContext().setAuthentication(UsernamePasswordAuthenticationToken.authenticated(
                username, null, List.of(new SimpleGrantedAuthority("ROLE_" + role))));
    }

    @AfterEach
    void signOut() {
        SecurityContextHolder.clearContext();
    }

    @Test
    void advisor_serving_two_municipalities_sees_both_and_only_those() {
        signedInAs("anne", "ADVISOR");

        assertThat(served.list()).extracting(MunicipalitySummary::name)
                .containsExactly("Ringsted Kommune", "Stevns Kommune");
        assertThat(served.overview("stevns")).hasValueSatisfying(overview ->
                assertThat(overview.departments()).extracting(DepartmentNode::code).contains("BL", "UDK"));
    }

    @Test
    void advisor_is_refused_another_municipalitys_data() {
        signedInAs("bo", "ADVISOR");

        assertThat(served.list()).extracting(MunicipalitySummary::slug).containsExactly("ishoj");
        assertThatThrownBy(() -> served.overview("stevns")).isInstanceOf(AccessDeniedException.class);
    }

    @Test
    void nobody_signed_in_gets_nothing() {
        assertThatThrownBy(() -> served.list()).isInstanceOf(AuthenticationCredentialsNotFoundException.class);
    }

    @Test
    void a_role_without_a_municipality_grants_no_data() {
        signedInAs("someone-else", "ADVISOR");

        assertThat(served.list()).isEmpty();
        assertThatThrownBy(() -> served.overview("ishoj")).isInstanceOf(AccessDeniedException.class);
    }
}
