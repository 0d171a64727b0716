package org.interpreterline.architecture;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.classes;
import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;
import static com.tngtech.archunit.library.dependencies.SlicesRuleDefinition.slices;

import com.tngtech.archunit.lang.ArchRule;
import java.util.Arrays;

/**
 * The rules, written once with the packages they apply to as parameters: the tests apply them to the line's code
 * ({@link PackageCyclesTest}, {@link AdaptersAtTheEdgeTest}, {@link ClassNamesTest}) and to a small example that
 * breaks each of them ({@link RulesCanFailTest}), which shows every rule can fail.
 */
final class LineRules {

    private LineRules() {
    }

    /** The packages right below {@code root} (and everything under each) never depend on each other in a circle. */
    static ArchRule packagesWithoutCycles(String root) {
        return slices().matching(root + ".(*)..").namingSlices("$1")
                .should().beFreeOfCycles()
                .as("the packages of " + root + " have no cycles");
    }

    /**
     * The feature packages below {@code root} (all but the adapters) use no class of the adapter packages
     * {@code root.<adapter>}; the adapters may use the features.
     */
    static ArchRule featuresDoNotUseAdapters(String root, String... adapters) {
        String[] adapterPackages = Arrays.stream(adapters).map(a -> root + "." + a + "..").toArray(String[]::new);
        return noClasses().that().resideInAPackage(root + ".*..")
                .and().resideOutsideOfPackages(adapterPackages)
                .should().dependOnClassesThat().resideInAnyPackage(adapterPackages)
                .as("the feature packages of " + root + " do not use its adapter packages " + Arrays.toString(adapters));
    }

    /** No class below {@code root} is named for how it is built rather than for what it does. */
    static ArchRule noNamesThatSayHow(String root) {
        return noClasses().that().resideInAPackage(root + "..")
                .should().haveSimpleNameEndingWith("Manager")
                .orShould().haveSimpleNameEndingWith("Helper")
                .orShould().haveSimpleNameEndingWith("Helpers")
                .orShould().haveSimpleNameEndingWith("Util")
                .orShould().haveSimpleNameEndingWith("Utils")
                .orShould().haveSimpleNameEndingWith("Wiring")
                .as("no class is named *Manager, *Helper, *Util or *Wiring");
    }

    /** No two top-level classes below {@code root} share a simple name. */
    static ArchRule everySimpleNameUsedOnce(String root) {
        return classes().that().resideInAPackage(root + "..").and().areTopLevelClasses()
                .should(new HaveASimpleNameOfTheirOwn())
                .as("no two top-level classes share a simple name");
    }
}
