package org.interpreterline.line;

import java.nio.charset.StandardCharsets;
import java.util.Base64;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import org.junit.jupiter.api.extension.AfterAllCallback;
import org.junit.jupiter.api.extension.ExtensionContext;
import org.junit.jupiter.api.extension.ParameterContext;
import org.junit.jupiter.api.extension.ParameterResolver;
import tools.jackson.databind.JsonNode;

/**
 * One line for the test classes that ask nothing special of it: {@code @ExtendWith(SharedLine.class)} and the line as
 * a parameter of their {@code @BeforeAll}. Starting and stopping a line costs 17–20 s here, and five classes each
 * starting their own pushed CI past its time budget. Each class uses phones of its own. After each class the line is
 * left to the next as a new one would be for the roster: requests still waiting are cancelled and every interpreter
 * is removed, so the next class's requests are offered only to its own interpreters. JUnit closes the line when the
 * test run ends (it is the root store's {@link AutoCloseable}).
 */
final class SharedLine implements ParameterResolver, AfterAllCallback {

    static final String NAME = "shared";
    /** A second agency's roster on the shared line, reached on a number of its own (TwoRostersIT). */
    static final String EMS_NUMBER = "+14125550200";
    static final double TIME_SCALE = 4;
    /** Generated for this run, as run-local does: never a fixed key in the repository. */
    static final String MASTER_KEY = Base64.getEncoder().encodeToString(
            UUID.randomUUID().toString().replace("-", "").getBytes(StandardCharsets.US_ASCII));
    /**
     * What the sharing classes need between them: a short wrap-up (the same interpreter again), a master key, and the
     * wellbeing rules within a test's reach: one tough call rests an interpreter from flagged calls, and it is night all
     * day (at night equals are offered by fewer night calls, then by who waited longest: the day's order once the night
     * calls are even), a spoken note kept at Twilio only 20 s, so its deletion is seen within a test, and an EMS roster
     * on a second number beside the deployment's own.
     */
    static final Map<String, String> ENV = Map.of("LINE_WRAP_UP", "2s", "LINE_RESIDENT_MASTER_KEY", MASTER_KEY,
            "LINE_ROSTER_TOUGH_WRAP_UP", "2s", "LINE_ROSTER_TOUGH_CALLS_BEFORE_REST", "1",
            "LINE_ROSTER_NIGHT_STARTS", "00:00", "LINE_ROSTER_NIGHT_ENDS", "23:59:59.999999999",
            "LINE_NOTIFICATION_SPOKEN_NOTE_RETENTION", "20s", "LINE_ROSTER_NUMBERS", "ems=" + EMS_NUMBER);
    private static final ExtensionContext.Namespace NAMESPACE = ExtensionContext.Namespace.create(SharedLine.class);
    private static final Set<String> WAITING = Set.of("OPENED", "OFFERED", "QUEUED");

    @Override
    public boolean supportsParameter(ParameterContext parameter, ExtensionContext context) {
        return parameter.getParameter().getType() == LineUnderTest.class;
    }

    @Override
    public Object resolveParameter(ParameterContext parameter, ExtensionContext context) {
        return context.getRoot().getStore(NAMESPACE).getOrComputeIfAbsent(LineUnderTest.class, key -> {
            try {
                return LineUnderTest.start(NAME, ENV, TIME_SCALE, Map.of("simulator.other-line-numbers", EMS_NUMBER));
            } catch (Exception e) {
                throw new IllegalStateException("the shared line did not start", e);
            }
        }, LineUnderTest.class);
    }

    @Override
    public void afterAll(ExtensionContext context) {
        LineUnderTest line = context.getRoot().getStore(NAMESPACE).get(LineUnderTest.class, LineUnderTest.class);
        if (line == null) {
            return;
        }
        leaveAsNew(line.dispatchAdmin, line.rosterAdmin);
    }

    /**
     * The line as a new one would be for the roster: requests still waiting are cancelled and every interpreter is
     * removed, so the next class's requests are offered only to its own interpreters.
     */
    static void leaveAsNew(AdminApi dispatch, AdminApi roster) {
        for (JsonNode request : dispatch.ok("GET", "/api/requests", null)) {
            if (WAITING.contains(request.path("status").asString())) {
                dispatch.send("POST", "/api/requests/" + request.path("requestId").asString() + "/cancel", null);
            }
        }
        for (JsonNode interpreter : roster.ok("GET", "/api/interpreters", null)) {
            roster.send("DELETE", "/api/interpreters/" + interpreter.path("id").asString(), null);
        }
    }
}
