package dk.borgerraadgiver.security;

import java.time.Clock;
import java.time.Duration;

import com.vaadin.flow.spring.security.VaadinSecurityConfigurer;
import dk.borgerraadgiver.security.internal.LoginGuard;
import dk.borgerraadgiver.security.internal.LoginThrottle;
import dk.borgerraadgiver.security.internal.ScriptNonces;
import dk.borgerraadgiver.security.internal.SecurityHeaders;
import dk.borgerraadgiver.security.ui.LoginView;
import dk.borgerraadgiver.shared.PublicLinks;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.web.servlet.FilterRegistrationBean;
import org.springframework.core.Ordered;
import org.springframework.security.config.Customizer;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.security.config.annotation.method.configuration.EnableMethodSecurity;
import org.springframework.security.config.annotation.web.builders.HttpSecurity;
import org.springframework.security.config.annotation.web.configuration.EnableWebSecurity;
import org.springframework.security.crypto.bcrypt.BCryptPasswordEncoder;
import org.springframework.security.oauth2.client.registration.ClientRegistrationRepository;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.security.web.SecurityFilterChain;
import org.springframework.security.web.authentication.UsernamePasswordAuthenticationFilter;
import org.springframework.security.web.context.SecurityContextHolderFilter;

/**
 * Staff sign in with the portal's form, or through the municipality's identity provider when one is
 * configured; citizens may sign in with MitID through a broker (docs/identity.md). Vaadin's configurer makes every route declare its
 * access ({@code @AnonymousAllowed}, {@code @PermitAll}, {@code @RolesAllowed}); method security lets
 * services check again.
 */
@Configuration(proxyBeanMethods = false)
@EnableWebSecurity
@EnableMethodSecurity
class SecurityConfiguration {

    @Bean
    SecurityFilterChain securityFilterChain(HttpSecurity http, LoginThrottle throttle, PublicLinks links,
                                            StaffAccounts accounts, StaffSecondFactor secondFactor, Clock clock,
                                            @Value("${portal.security.session-lifetime}") Duration lifetime,
                                            SignOnOptions signOn, ObjectProvider<ClientRegistrationRepository> registrations,
                                            SignOnProperties.Staff staff, SignOnProperties.Citizen citizen)
            throws Exception {
        http.authorizeHttpRequests(requests -> requests
                .requestMatchers("/themes/portal/**").permitAll()
                .requestMatchers(new CitizenPageAddresses()).permitAll());
        // SecurityHeaders writes the other headers on every response; Spring Security adds no-store caching.
        http.headers(headers -> headers.defaultsDisabled().cacheControl(Customizer.withDefaults()));
        http.addFilterBefore(new LoginGuard(throttle, links), UsernamePasswordAuthenticationFilter.class);
        http.addFilterAfter(new StaffSessionCheck(accounts, lifetime, clock), SecurityContextHolderFilter.class);
        http.addFilterAfter(new SecondFactorGate(secondFactor), StaffSessionCheck.class);
        if (signOn.anySignOn()) {
            http.oauth2Login(login -> login.loginPage("/login")
                    .userInfoEndpoint(userInfo -> userInfo.oidcUserService(new SignOnUsers(accounts, staff, citizen)))
                    .successHandler(SignOnHandlers.success())
                    .failureHandler(SignOnHandlers.failure()));
        }
        return http.with(VaadinSecurityConfigurer.vaadin(), vaadin -> {
            if (signOn.formLogin()) {
                vaadin.loginView(LoginView.class, "/");
                // Signing in from /login itself (no page asked for first) opens the back office, not the citizens' front page.
                vaadin.defaultSuccessUrl("/backoffice");
            } else {
                vaadin.oauth2LoginPage("/login", "/");
            }
            if (signOn.anySignOn()) {
                vaadin.logoutSuccessHandler(SignOnHandlers.logout(registrations.getObject()));
            }
        }).build();
    }

    /** Security headers on every response, before anything else can answer (Vaadin's static files too). */
    @Bean
    FilterRegistrationBean<SecurityHeaders> securityHeaders() {
        var registration = new FilterRegistrationBean<>(new SecurityHeaders());
        registration.setOrder(Ordered.HIGHEST_PRECEDENCE);
        return registration;
    }

    @Bean
    ScriptNonces scriptNonces() {
        return new ScriptNonces();
    }

    @Bean
    PasswordEncoder passwordEncoder() {
        return new BCryptPasswordEncoder();
    }
}
