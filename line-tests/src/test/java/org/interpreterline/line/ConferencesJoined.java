package org.interpreterline.line;

import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.Map;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.interpreterline.simulator.phones.TranscriptLine;
import org.interpreterline.simulator.client.SimulatorClient;

/** Which request conferences each phone was put into, read from the simulator's transcripts. */
final class ConferencesJoined {

    private static final Pattern CONFERENCE = Pattern.compile("(?:joined conference|on hold in conference) (req-\\S+?)"
            + "(?::|$| )");

    private ConferencesJoined() {
    }

    static Map<String, Set<String>> by(SimulatorClient sim, Set<String> phones) {
        Map<String, Set<String>> joined = new HashMap<>();
        for (String phone : phones) {
            Set<String> conferences = new LinkedHashSet<>();
            for (TranscriptLine t : sim.phone(phone).transcript()) {
                Matcher m = CONFERENCE.matcher(t.text());
                if (TranscriptLine.SYSTEM.equals(t.speaker()) && m.find()) {
                    conferences.add(m.group(1));
                }
            }
            joined.put(phone, conferences);
        }
        return joined;
    }
}
