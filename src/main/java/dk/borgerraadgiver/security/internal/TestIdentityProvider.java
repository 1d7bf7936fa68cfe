package dk.borgerraadgiver.security.internal;

import java.io.IOException;
import java.nio.charset.StandardCharsets;

import no.nav.security.mock.oauth2.MockOAuth2Server;
import no.nav.security.mock.oauth2.OAuth2Config;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.autoconfigure.condition.ConditionalOnBooleanProperty;
import org.springframework.boot.autoconfigure.condition.ConditionalOnClass;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Conditional;
import org.springframework.context.annotation.Configuration;
import org.springframework.core.io.ClassPathResource;
import org.springframework.security.oauth2.client.registration.ClientRegistration;
import org.springframework.security.oauth2.client.registration.ClientRegistrationRepository;
import org.springframework.security.oauth2.client.registration.ClientRegistrations;
import org.springframework.security.oauth2.client.registration.InMemoryClientRegistrationRepository;

/**
 * The local test identity provider of the demo run and the tests (navikt's mock-oauth2-server, a
 * real OIDC provider with a login form): issuer {@code staff} signs in any username as that staff
 * account, issuer {@code mitid} knows the test citizens karen, ole and lav (assurance level low) with
 * NemLog-in's claim names. It starts only when no provider is configured
 * ({@link NoIdentityProviderConfigured}) and the library is on the class path, which the production
 * jar leaves out; {@code portal.identity.test-provider.enabled=false} turns it off.
 */
@Configuration(proxyBeanMethods = false)
@ConditionalOnClass(name = "no.nav.security.mock.oauth2.MockOAuth2Server")
@ConditionalOnBooleanProperty(name = "portal.identity.test-provider.enabled", matchIfMissing = true)
@Conditional(NoIdentityProviderConfigured.class)
class TestIdentityProvider {

    private static final Logger log = LoggerFactory.getLogger(TestIdentityProvider.class);
    static final String CLIENT_ID = "portal";
    static final String CLIENT_SECRET = "local-test-provider-secret";

    @Bean(destroyMethod = "shutdown")
    MockOAuth2Server localTestIdentityProvider() throws IOException {
        var json = new ClassPathResource("security/test-identity-provider.json").getContentAsString(StandardCharsets.UTF_8);
        var server = new MockOAuth2Server(OAuth2Config.Companion.fromJson(json));
        server.start(0);
        log.info("Local test identity provider (not for production) at {}: staff sign in as any user name, "
                + "citizens as karen, ole or lav", server.baseUrl());
        return server;
    }

    @Bean
    ClientRegistrationRepository testClientRegistrations(MockOAuth2Server localTestIdentityProvider) {
        return new InMemoryClientRegistrationRepository(registration(localTestIdentityProvider, "staff"),
                registration(localTestIdentityProvider, "mitid"));
    }

    private static ClientRegistration registration(MockOAuth2Server server, String id) {
        return ClientRegistrations.fromIssuerLocation(server.issuerUrl(id).toString())
                .registrationId(id)
                .clientId(CLIENT_ID)
                .clientSecret(CLIENT_SECRET)
                .scope("openid", "profile", "email")
                .redirectUri("{baseUrl}/login/oauth2/code/{registrationId}")
                .build();
    }
}
