package org.interpreterline.local.phones;

import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.Map;
import org.interpreterline.events.language.LanguageCatalog;
import org.interpreterline.local.admin.ServiceAdmin;
import tools.jackson.databind.JsonNode;

/**
 * Gives everyone the line knows a virtual phone in the simulator, labelled with who holds it: every interpreter
 * on the roster and every responder in the directory, demo or not. The phones page shows one card per label.
 *
 * <p>A label is "name · role: detail" (the page shows the part after " · " under the name). A phone nobody
 * configured rings until someone clicks, which is what a person trying the line wants.
 */
public final class RosterPhones {

    private final ServiceAdmin roster;
    private final ServiceAdmin dispatch;
    private final ServiceAdmin simulator;
    private final LanguageCatalog languages = LanguageCatalog.standard();

    public RosterPhones(ServiceAdmin roster, ServiceAdmin dispatch, ServiceAdmin simulator) {
        this.roster = roster;
        this.dispatch = dispatch;
        this.simulator = simulator;
    }

    /** Labels the phones whose label is missing or out of date. */
    public void sync() {
        Map<String, String> wanted = new LinkedHashMap<>();
        for (JsonNode responder : dispatch.expectOk("GET", "/api/responders", null)) {
            wanted.put(responder.path("phone").asString(), responder.path("name").asString()
                    + " · officer: " + responder.path("agency").asString());
        }
        for (JsonNode interpreter : roster.expectOk("GET", "/api/interpreters", null)) {
            StringBuilder spoken = new StringBuilder();
            for (JsonNode tag : interpreter.path("languages")) {
                spoken.append(spoken.isEmpty() ? "" : ", ").append(languages.englishName(tag.asString()));
            }
            wanted.put(interpreter.path("phone").asString(), interpreter.path("name").asString()
                    + " · interpreter: " + spoken);
        }
        Map<String, JsonNode> current = new HashMap<>();
        for (JsonNode phone : simulator.expectOk("GET", "/sim/phones", null)) {
            current.put(phone.path("number").asString(), phone);
        }
        wanted.forEach((number, label) -> {
            JsonNode phone = current.get(number);
            if (phone == null || !label.equals(phone.path("name").asString(null))) {
                simulator.expectOk("PUT", "/sim/phones/" + URLEncoder.encode(number, StandardCharsets.UTF_8),
                        settings(label, phone));
            }
        });
    }

    /** The new label with whatever else the phone was set to (a new phone: manual, someone clicks). */
    private static Map<String, Object> settings(String label, JsonNode phone) {
        Map<String, Object> settings = new HashMap<>();
        settings.put("name", label);
        settings.put("behaviour", phone == null ? "manual" : phone.path("behaviour").asString("manual"));
        if (phone != null) {
            settings.put("answerAfterMs", phone.path("answerAfterMs").asInt(200));
            if (phone.hasNonNull("digitsAfterAnswer")) {
                settings.put("digitsAfterAnswer", phone.path("digitsAfterAnswer").asString());
            }
            settings.put("smsFails", phone.path("smsFails").asBoolean(false));
        }
        return settings;
    }
}
