package org.interpreterline.platform.production;

import org.springframework.boot.diagnostics.AbstractFailureAnalyzer;
import org.springframework.boot.diagnostics.FailureAnalysis;

/** Prints the refusal as Spring Boot's "APPLICATION FAILED TO START" report, with what to do. */
final class ProductionSettingsAnalyzer extends AbstractFailureAnalyzer<ProductionSettingsRefused> {

    @Override
    protected FailureAnalysis analyze(Throwable rootFailure, ProductionSettingsRefused cause) {
        return new FailureAnalysis(cause.getMessage(), "Set the variables named above as the README's Security"
                + " section says (a real Twilio account, an admin password of 16 or more characters, https URLs),"
                + " or start without the production profile for a local line.", cause);
    }
}
