package org.interpreterline.dispatch;

import java.util.HashMap;
import java.util.Map;
import org.interpreterline.dispatch.card.RequestsByLanguage;
import org.interpreterline.dispatch.requests.RequestRecords;
import org.springframework.stereotype.Component;

/** The language card's count of requests per language, from the request record (one pass, nothing held but counts). */
@Component
class LanguagesAskedHere implements RequestsByLanguage {

    private final RequestRecords records;

    LanguagesAskedHere(RequestRecords records) {
        this.records = records;
    }

    @Override
    public Map<String, Integer> count() {
        Map<String, Integer> counts = new HashMap<>();
        records.matching(r -> {
            if (r.language() != null) {
                counts.merge(r.language(), 1, Integer::sum);
            }
            return false; // counted on the way: the list it would build stays empty
        });
        return counts;
    }
}
