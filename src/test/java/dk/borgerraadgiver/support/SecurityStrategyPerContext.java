package dk.borgerraadgiver.support;

import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.security.core.context.SecurityContextHolderStrategy;
import org.springframework.test.context.TestContext;
import org.springframework.test.context.support.AbstractTestExecutionListener;

/**
 * A test JVM may hold two portals (the shared one and one started with other settings, such as a
 * fresh installation or single sign-on only). Each sets Spring Security's static holder strategy when
 * it starts, so the last one started would win for every test after it: code that reads the static
 * holder (filters, background work) and the method security of the portal under test would then look
 * at different holders. Before each test class and method, the static holder is set to the strategy
 * of the portal that test uses. In production there is one portal, and this question does not arise.
 */
public class SecurityStrategyPerContext extends AbstractTestExecutionListener {

    @Override
    public void beforeTestClass(TestContext testContext) {
        useStrategyOf(testContext);
    }

    @Override
    public void beforeTestMethod(TestContext testContext) {
        useStrategyOf(testContext);
    }

    private static void useStrategyOf(TestContext testContext) {
        if (!testContext.hasApplicationContext()) {
            return;
        }
        testContext.getApplicationContext().getBeanProvider(SecurityContextHolderStrategy.class)
                .ifAvailable(SecurityContextHolder::setContextHolderStrategy);
    }

    @Override
    public int getOrder() {
        // After the context is loaded by the dependency-injection listener (order 2000).
        return 2100;
    }
}
