package org.interpreterline.architecture;

import static org.interpreterline.architecture.LineRules.featuresDoNotUseAdapters;

import com.tngtech.archunit.core.importer.ImportOption;
import com.tngtech.archunit.junit.AnalyzeClasses;
import com.tngtech.archunit.junit.ArchTest;
import com.tngtech.archunit.lang.ArchRule;

/**
 * A service's {@code kafka} and {@code twilio} packages are adapters: they turn Kafka records and Twilio requests
 * into calls on the feature packages (intake, requests, offers, callbacks, ...) and back. They may use the
 * features; a feature never reaches into an adapter, so a feature reads (and is tested) without Kafka or Twilio
 * plumbing, and feature and adapter never import each other both ways.
 */
@AnalyzeClasses(packages = "org.interpreterline", importOptions = ImportOption.DoNotIncludeTests.class)
class AdaptersAtTheEdgeTest {

    @ArchTest
    static final ArchRule dispatchService = featuresDoNotUseAdapters("org.interpreterline.dispatch", "kafka");

    @ArchTest
    static final ArchRule notificationService =
            featuresDoNotUseAdapters("org.interpreterline.notification", "kafka", "twilio");
}
