package org.interpreterline.dispatch.card;

import java.util.Map;

/**
 * How many requests the line's history holds per language tag, for the card's "most requested first"; answered from
 * the request record by the package root, so the card feature depends on neither the record nor its stores.
 */
public interface RequestsByLanguage {

    /** Throws an unchecked exception while the history cannot be read on this instance. */
    Map<String, Integer> count();
}
