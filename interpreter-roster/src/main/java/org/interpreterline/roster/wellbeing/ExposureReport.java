package org.interpreterline.roster.wellbeing;

import java.time.Clock;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import org.interpreterline.roster.allocation.Exposure;
import org.interpreterline.roster.allocation.Interpreter;
import org.interpreterline.roster.allocation.RosterSettings;
import org.interpreterline.roster.allocation.WellbeingPolicy;
import org.interpreterline.roster.interpreters.RosterView;
import org.springframework.stereotype.Component;

/** Each interpreter's exposure now, worked out from the allocator's store: for the API and the gauges. */
@Component
class ExposureReport {

    /**
     * One interpreter's figures. No request, note or number: counts and times only.
     *
     * @param toughCalls    tough calls (flagged, or reported with TOUGH) within the window
     * @param nightCalls    night calls within the night window
     * @param restingUntil  until when they are offered only unflagged calls (unless nobody else can take one); null
     */
    record Row(String interpreterId, String name, String status, int toughCalls, int nightCalls, boolean resting,
            Instant restingUntil) {
    }

    /** The rules the figures are counted by, so a coordinator can read them. */
    record Report(Instant at, String toughWindow, int toughCallsBeforeRest, String toughRest, String nightWindow,
            List<Row> interpreters) {
    }

    private final RosterView roster;
    private final WellbeingPolicy rules;
    private final Clock clock = Clock.systemUTC();

    ExposureReport(RosterView roster, RosterSettings settings) {
        this.roster = roster;
        this.rules = settings.policy().wellbeing();
    }

    Report now() {
        return now(null);
    }

    /** For the interpreters of one agency's roster; null for everyone on the line. */
    Report now(String ofRoster) {
        Instant now = clock.instant();
        Map<String, Exposure> exposures = roster.exposures();
        List<Row> rows = roster.interpreters().stream().filter(i -> ofRoster == null || i.belongsTo(ofRoster))
                .map(i -> row(i, exposures.get(i.interpreterId()), now)).toList();
        return new Report(now, rules.toughWindow().toString(), rules.toughCallsBeforeRest(),
                rules.toughRest().toString(), rules.nightWindow().toString(), rows);
    }

    private Row row(Interpreter i, Exposure e, Instant now) {
        if (e == null) {
            return new Row(i.interpreterId(), i.name(), i.status().name(), 0, 0, false, null);
        }
        return new Row(i.interpreterId(), i.name(), i.status().name(), e.toughCallsWithin(rules, now),
                e.nightCallsWithin(rules, now), e.resting(rules, now), e.restingUntil(rules, now));
    }
}
