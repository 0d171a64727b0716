package org.interpreterline.roster.interpreters;

import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import org.interpreterline.events.InterpreterStatus;
import org.interpreterline.events.language.LanguageCatalog;
import org.interpreterline.platform.rosters.LineRosters;
import org.interpreterline.roster.allocation.Interpreter;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

/** Languages the roster covers, and how many interpreters of each are available this minute. */
@RestController
public class Coverage {

    public record LanguageCoverage(String language, String name, int onRoster, int available) {
    }

    private final RosterView view;
    private final LineRosters rosters;
    private final LanguageCatalog catalog = LanguageCatalog.standard();

    public Coverage(RosterView view, LineRosters rosters) {
        this.view = view;
        this.rosters = rosters;
    }

    /** @param roster one agency's roster's interpreters; unset for everyone on the line */
    @GetMapping("/api/coverage")
    public List<LanguageCoverage> coverage(@RequestParam(required = false) String roster) {
        String only = rosters.named("roster", roster);
        Map<String, int[]> counts = new TreeMap<>();
        for (Interpreter interpreter : view.interpreters()) {
            if (only != null && !interpreter.belongsTo(only)) {
                continue;
            }
            for (String language : interpreter.languages()) {
                int[] c = counts.computeIfAbsent(language, k -> new int[2]);
                c[0]++;
                if (interpreter.status() == InterpreterStatus.AVAILABLE) {
                    c[1]++;
                }
            }
        }
        return counts.entrySet().stream()
                .map(e -> new LanguageCoverage(e.getKey(), catalog.englishName(e.getKey()), e.getValue()[0],
                        e.getValue()[1]))
                .sorted(java.util.Comparator.comparing(LanguageCoverage::name))
                .toList();
    }
}
