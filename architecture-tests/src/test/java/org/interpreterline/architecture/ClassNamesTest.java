package org.interpreterline.architecture;

import com.tngtech.archunit.core.importer.ImportOption;
import com.tngtech.archunit.junit.AnalyzeClasses;
import com.tngtech.archunit.junit.ArchTest;
import com.tngtech.archunit.lang.ArchRule;

/**
 * A class is named after what it does in the domain. Names that only say "some code lives here" are refused, and a
 * simple name means one thing in the whole repository: a reader who meets {@code CallDesk} in a log line, a stack
 * trace or a review knows which class it is without asking for the package. Checked on the main code of every
 * module (services, platform, events, simulator, testkit, deploy launchers).
 */
@AnalyzeClasses(packages = "org.interpreterline", importOptions = ImportOption.DoNotIncludeTests.class)
class ClassNamesTest {

    @ArchTest
    static final ArchRule noNamesThatSayHow = LineRules.noNamesThatSayHow("org.interpreterline");

    @ArchTest
    static final ArchRule everySimpleNameUsedOnce = LineRules.everySimpleNameUsedOnce("org.interpreterline");
}
