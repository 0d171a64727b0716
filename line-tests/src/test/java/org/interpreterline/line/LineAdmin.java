package org.interpreterline.line;

import java.util.List;
import java.util.Map;

/** What an administrator does to put people on a line under test, through the two admin APIs. */
final class LineAdmin {

    private final AdminApi dispatch;
    private final AdminApi roster;

    LineAdmin(AdminApi dispatch, AdminApi roster) {
        this.dispatch = dispatch;
        this.roster = roster;
    }

    /** Registers an interpreter and sets them AVAILABLE; their id. */
    String availableInterpreter(String name, String phone, List<String> languages, int tier) {
        String id = roster.ok("POST", "/api/interpreters",
                Map.of("name", name, "phone", phone, "languages", languages, "tier", tier)).path("id").asString();
        roster.ok("PUT", "/api/interpreters/" + id + "/presence", Map.of("status", "AVAILABLE"));
        return id;
    }

    /** Registers an interpreter who takes calls for the agencies' rosters named, and sets them AVAILABLE. */
    String availableInterpreter(String name, String phone, List<String> languages, List<String> rosters) {
        String id = roster.ok("POST", "/api/interpreters", Map.of("name", name, "phone", phone, "languages", languages,
                "tier", 1, "rosters", rosters)).path("id").asString();
        roster.ok("PUT", "/api/interpreters/" + id + "/presence", Map.of("status", "AVAILABLE"));
        return id;
    }

    /** Registers a responder (an officer who may call the line); their id. */
    String responder(String name, String phone, String agency) {
        return dispatch.ok("POST", "/api/responders",
                Map.of("name", name, "phone", phone, "agency", agency, "badge", "1")).path("id").asString();
    }
}
