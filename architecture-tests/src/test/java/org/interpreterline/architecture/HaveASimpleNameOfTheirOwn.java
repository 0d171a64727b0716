package org.interpreterline.architecture;

import static java.util.stream.Collectors.groupingBy;
import static java.util.stream.Collectors.mapping;
import static java.util.stream.Collectors.toCollection;

import com.tngtech.archunit.core.domain.JavaClass;
import com.tngtech.archunit.lang.ArchCondition;
import com.tngtech.archunit.lang.ConditionEvents;
import com.tngtech.archunit.lang.SimpleConditionEvent;
import java.util.Collection;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;

/** Each class checked has a simple name that no other class checked has. */
final class HaveASimpleNameOfTheirOwn extends ArchCondition<JavaClass> {

    private Map<String, Set<String>> namesByClass = Map.of();

    HaveASimpleNameOfTheirOwn() {
        super("have a simple name no other class has");
    }

    @Override
    public void init(Collection<JavaClass> allClasses) {
        namesByClass = allClasses.stream()
                .filter(c -> !c.getSimpleName().equals("package-info"))
                .collect(groupingBy(JavaClass::getSimpleName, mapping(JavaClass::getName, toCollection(TreeSet::new))));
    }

    @Override
    public void check(JavaClass javaClass, ConditionEvents events) {
        Set<String> namesakes = namesByClass.getOrDefault(javaClass.getSimpleName(), Set.of());
        boolean unique = namesakes.size() <= 1;
        // the message names every holder of the name in a fixed order, so the frozen list stays stable
        events.add(new SimpleConditionEvent(javaClass, unique,
                javaClass.getName() + " shares its simple name " + javaClass.getSimpleName() + " with "
                        + namesakes.stream().filter(n -> !n.equals(javaClass.getName())).toList()));
    }
}
