package org.interpreterline.architecture;

import static org.interpreterline.architecture.LineRules.packagesWithoutCycles;

import com.tngtech.archunit.core.importer.ImportOption;
import com.tngtech.archunit.junit.AnalyzeClasses;
import com.tngtech.archunit.junit.ArchTest;
import com.tngtech.archunit.lang.ArchRule;

/**
 * Inside each module the packages depend on each other one way: a package reads on its own and with what it
 * imports, never round in a circle.
 */
@AnalyzeClasses(packages = "org.interpreterline", importOptions = ImportOption.DoNotIncludeTests.class)
class PackageCyclesTest {

    @ArchTest
    static final ArchRule dispatchService = packagesWithoutCycles("org.interpreterline.dispatch");

    @ArchTest
    static final ArchRule interpreterRoster = packagesWithoutCycles("org.interpreterline.roster");

    @ArchTest
    static final ArchRule notificationService = packagesWithoutCycles("org.interpreterline.notification");

    @ArchTest
    static final ArchRule platform = packagesWithoutCycles("org.interpreterline.platform");

    @ArchTest
    static final ArchRule events = packagesWithoutCycles("org.interpreterline.events");

    @ArchTest
    static final ArchRule twilioSimulator = packagesWithoutCycles("org.interpreterline.simulator");
}
