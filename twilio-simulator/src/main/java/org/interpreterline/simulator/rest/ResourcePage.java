package org.interpreterline.simulator.rest;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/** A Twilio list answer: the records under their key plus paging fields (one page: the simulator is small). */
final class ResourcePage {

    private ResourcePage() {
    }

    static Map<String, Object> of(String key, List<?> records, String uri) {
        Map<String, Object> page = new LinkedHashMap<>();
        page.put(key, records);
        page.put("uri", uri);
        page.put("first_page_uri", uri);
        page.put("next_page_uri", null);
        page.put("previous_page_uri", null);
        page.put("page", 0);
        page.put("page_size", Math.max(50, records.size()));
        page.put("start", 0);
        page.put("end", Math.max(0, records.size() - 1));
        return page;
    }
}
