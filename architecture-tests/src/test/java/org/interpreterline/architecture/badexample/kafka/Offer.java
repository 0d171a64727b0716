package org.interpreterline.architecture.badexample.kafka;

/** Breaks the rules on purpose (see RulesCanFailTest): the simple name of feature.Offer again. */
public record Offer(String value) {
}
