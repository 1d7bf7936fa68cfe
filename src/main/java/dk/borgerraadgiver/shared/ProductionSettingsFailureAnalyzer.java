package dk.borgerraadgiver.shared;

import org.springframework.boot.diagnostics.AbstractFailureAnalyzer;
import org.springframework.boot.diagnostics.FailureAnalysis;

/** Says in one sentence which variable production needs, instead of a stack trace. */
class ProductionSettingsFailureAnalyzer extends AbstractFailureAnalyzer<ProductionSettings.UnsafeProductionSettingsException> {

    @Override
    protected FailureAnalysis analyze(Throwable rootFailure, ProductionSettings.UnsafeProductionSettingsException cause) {
        return new FailureAnalysis(cause.getMessage(), "See README, section Production, for the variables and how to make them.",
                cause);
    }
}
