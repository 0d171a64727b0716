package org.interpreterline.architecture;

import static org.assertj.core.api.Assertions.assertThatCode;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.tngtech.archunit.base.DescribedPredicate;
import com.tngtech.archunit.core.domain.JavaClass;
import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import org.interpreterline.architecture.badexample.feature.Offer;
import org.junit.jupiter.api.Test;

/**
 * Every rule is seen failing on code that breaks it: the classes in {@code badexample} (this module's tests only,
 * never part of the line) have a feature package that uses its kafka adapter, a cycle between the two, an
 * {@code OfferManager} and two classes called {@code Offer}.
 */
class RulesCanFailTest {

    private static final String BAD = "org.interpreterline.architecture.badexample";

    private final JavaClasses badExample = new ClassFileImporter().importPackages(BAD);

    @Test
    void aCycleBetweenTwoPackagesIsFound() {
        assertThatThrownBy(() -> LineRules.packagesWithoutCycles(BAD).check(badExample))
                .isInstanceOf(AssertionError.class)
                .hasMessageMatching("(?s).*Cycle detected: feature -> \\s+kafka -> \\s+feature\\s.*");
    }

    @Test
    void aFeatureUsingItsAdapterIsFound() {
        assertThatThrownBy(() -> LineRules.featuresDoNotUseAdapters(BAD, "kafka").check(badExample))
                .isInstanceOf(AssertionError.class)
                .hasMessageContaining("Method <" + BAD + ".feature.Offer.make()> calls constructor <" + BAD
                        + ".kafka.OfferRecords.<init>()>");
    }

    @Test
    void anAdapterUsingItsFeatureIsAllowed() {
        JavaClasses withoutTheFeatureThatUsesKafka =
                badExample.that(DescribedPredicate.not(JavaClass.Predicates.equivalentTo(Offer.class)));

        assertThatCode(() -> LineRules.featuresDoNotUseAdapters(BAD, "kafka").check(withoutTheFeatureThatUsesKafka))
                .as("the rule is one way: kafka.OfferRecords may use feature.Offer")
                .doesNotThrowAnyException();
    }

    @Test
    void aManagerIsFound() {
        assertThatThrownBy(() -> LineRules.noNamesThatSayHow(BAD).check(badExample))
                .isInstanceOf(AssertionError.class)
                .hasMessageContaining(BAD + ".feature.OfferManager")
                .hasMessageContaining("(1 times)");
    }

    @Test
    void aSimpleNameUsedTwiceIsFoundOnBothClasses() {
        assertThatThrownBy(() -> LineRules.everySimpleNameUsedOnce(BAD).check(badExample))
                .isInstanceOf(AssertionError.class)
                .hasMessageContaining(BAD + ".feature.Offer shares its simple name Offer with [" + BAD + ".kafka.Offer]")
                .hasMessageContaining(BAD + ".kafka.Offer shares its simple name Offer with [" + BAD + ".feature.Offer]")
                .hasMessageContaining("(2 times)");
    }
}
