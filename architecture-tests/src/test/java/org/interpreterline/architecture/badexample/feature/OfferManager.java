package org.interpreterline.architecture.badexample.feature;

/** Breaks the rules on purpose (see RulesCanFailTest): a name that says how, not what. */
public class OfferManager {
}
