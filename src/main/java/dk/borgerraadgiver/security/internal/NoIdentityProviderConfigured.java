package dk.borgerraadgiver.security.internal;

import org.springframework.context.annotation.Condition;
import org.springframework.context.annotation.ConditionContext;
import org.springframework.core.env.ConfigurableEnvironment;
import org.springframework.core.env.EnumerablePropertySource;
import org.springframework.core.type.AnnotatedTypeMetadata;

/**
 * True when no OIDC client registration is configured (as a property or as Spring Boot's environment
 * variable): then the local test provider stands in.
 */
class NoIdentityProviderConfigured implements Condition {

    @Override
    public boolean matches(ConditionContext context, AnnotatedTypeMetadata metadata) {
        if (!(context.getEnvironment() instanceof ConfigurableEnvironment environment)) {
            return true;
        }
        return environment.getPropertySources().stream()
                .filter(EnumerablePropertySource.class::isInstance)
                .flatMap(source -> java.util.Arrays.stream(((EnumerablePropertySource<?>) source).getPropertyNames()))
                .noneMatch(name -> name.startsWith("spring.security.oauth2.client.registration.")
                        || name.startsWith("SPRING_SECURITY_OAUTH2_CLIENT_REGISTRATION_"));
    }
}
