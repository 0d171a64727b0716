package org.interpreterline.roster.forecast;

import jakarta.validation.Valid;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.interpreterline.events.language.Language;
import org.interpreterline.events.language.LanguageCatalog;
import org.interpreterline.events.roster.UsualHours;
import org.interpreterline.platform.audit.AdminAudit;
import org.interpreterline.platform.rosters.LineRosters;
import org.interpreterline.platform.web.CsvField;
import org.interpreterline.platform.web.InvalidField;
import org.interpreterline.roster.interpreters.RosterCommands;
import org.interpreterline.roster.interpreters.RosterView;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;
import org.springframework.web.server.ResponseStatusException;

/**
 * {@code GET /api/coverage/forecast}: demand against usual presence per language × hour of the week, JSON or CSV
 * ({@code Accept: text/csv} or {@code ?format=csv}), optionally for one {@code language}; and
 * {@code PUT /api/interpreters/{id}/availability}: an interpreter's declared usual hours.
 */
@RestController
public class ForecastApi {

    static final List<String> HEADER = List.of("language", "language_name", "hour_of_week", "day", "hour",
            "requests_per_week", "on_line", "declared", "usual_available", "gap");
    private static final MediaType CSV = new MediaType("text", "csv");

    private final ForecastView view;
    private final RosterView roster;
    private final RosterCommands commands;
    private final LineRosters rosters;
    private final LanguageCatalog catalog = LanguageCatalog.standard();

    public ForecastApi(ForecastView view, RosterView roster, RosterCommands commands, LineRosters rosters) {
        this.view = view;
        this.roster = roster;
        this.commands = commands;
        this.rosters = rosters;
    }

    /** Usual hours of one interpreter: what they declared, in the order given. */
    public record DeclaredAvailability(String interpreterId, List<UsualHours> hours) {
    }

    /** @param roster one agency's roster's forecast; unset for the line's */
    @GetMapping("/api/coverage/forecast")
    ResponseEntity<?> forecast(@RequestParam(required = false) String language,
            @RequestParam(required = false) String format, @RequestParam(required = false) String roster) {
        if (format != null && !format.equalsIgnoreCase("csv") && !format.equalsIgnoreCase("json")) {
            throw new InvalidField("format", "must be csv or json");
        }
        CoverageForecast forecast = forecastOf(language, roster);
        return "csv".equalsIgnoreCase(format) ? csvOf(forecast) : ResponseEntity.ok(forecast);
    }

    @GetMapping(path = "/api/coverage/forecast", produces = "text/csv")
    ResponseEntity<String> csv(@RequestParam(required = false) String language,
            @RequestParam(required = false) String roster) {
        return csvOf(forecastOf(language, roster));
    }

    @PutMapping("/api/interpreters/{id}/availability")
    DeclaredAvailability declare(@PathVariable String id, @Valid @RequestBody AvailabilityForm form) {
        List<UsualHours> hours = new ArrayList<>();
        for (int i = 0; i < form.hours().size(); i++) {
            AvailabilityForm.Stretch stretch = form.hours().get(i);
            if (stretch.to() <= stretch.from()) {
                throw new InvalidField("hours[" + i + "].to", "must be after from (" + stretch.from() + ")");
            }
            hours.add(new UsualHours(stretch.day(), stretch.from(), stretch.to()));
        }
        roster.interpreter(id).orElseThrow(() -> new ResponseStatusException(HttpStatus.NOT_FOUND,
                "no interpreter " + id));
        commands.availability(id, hours);
        return new DeclaredAvailability(id, hours);
    }

    private CoverageForecast forecastOf(String language, String roster) {
        CoverageForecast forecast = view.forecast(rosters.named("roster", roster));
        if (language != null && !language.isBlank()) {
            String tag = catalog.byTag(language.strip().toLowerCase(Locale.ROOT))
                    .or(() -> catalog.resolve(language)).map(Language::tag)
                    .orElseThrow(() -> new InvalidField("language", "is not a language the line knows"));
            forecast = forecast.only(tag);
        }
        AdminAudit.rows(forecast.rows().size());
        return forecast;
    }

    private ResponseEntity<String> csvOf(CoverageForecast forecast) {
        StringBuilder csv = new StringBuilder(String.join(",", HEADER)).append("\r\n");
        for (CoverageForecast.Row row : forecast.rows()) {
            csv.append(Stream.of(row.language(), catalog.englishName(row.language()),
                            Integer.toString(row.hourOfWeek()), row.day().name(), Integer.toString(row.hour()),
                            number(row.requestsPerWeek()), number(row.onLine()), Integer.toString(row.declared()),
                            number(row.usualAvailable()), Boolean.toString(row.gap()))
                    .map(CsvField::of).collect(Collectors.joining(","))).append("\r\n");
        }
        return ResponseEntity.ok().contentType(CSV)
                .header("Content-Disposition", "attachment; filename=\"coverage-forecast.csv\"")
                .body(csv.toString());
    }

    private static String number(double value) {
        return String.format(Locale.ROOT, "%.2f", value);
    }
}
