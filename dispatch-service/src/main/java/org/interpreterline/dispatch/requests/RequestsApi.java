package org.interpreterline.dispatch.requests;

import org.interpreterline.platform.phone.E164;
import org.interpreterline.platform.text.CleanText;
import jakarta.validation.Valid;
import java.io.BufferedWriter;
import java.io.IOException;
import java.io.OutputStreamWriter;
import java.io.UncheckedIOException;
import java.io.Writer;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.function.Predicate;
import java.util.UUID;
import org.interpreterline.dispatch.ReadYourWrites;
import org.interpreterline.dispatch.DispatchProperties;
import org.interpreterline.events.Channel;
import org.interpreterline.events.Priority;
import org.interpreterline.events.dispatch.RequestCancelled;
import org.interpreterline.events.language.LanguageCatalog;
import org.interpreterline.platform.admin.AdminProblems;
import org.interpreterline.platform.admin.Role;
import org.interpreterline.platform.admin.RosterLimit;
import org.interpreterline.platform.audit.AdminAudit;
import org.interpreterline.platform.rosters.LineRosters;
import org.interpreterline.platform.web.InvalidField;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ProblemDetail;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestHeader;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;
import org.springframework.web.server.ResponseStatusException;
import org.springframework.web.servlet.mvc.method.annotation.StreamingResponseBody;
import org.springframework.web.servlet.support.ServletUriComponentsBuilder;

/** {@code /api/requests}: the request history with timelines, a CSV export, and requests from CAD systems. */
@RestController
@RequestMapping("/api/requests")
public class RequestsApi {

    static final MediaType CSV = new MediaType("text", "csv");

    private final RequestRecords records;
    private final RequestDesk desk;
    private final LanguageCatalog catalog;
    private final Duration writeTimeout;
    private final LineRosters rosters;

    public RequestsApi(RequestRecords records, RequestDesk desk, LanguageCatalog catalog, DispatchProperties props,
            LineRosters rosters) {
        this.records = records;
        this.desk = desk;
        this.catalog = catalog;
        this.writeTimeout = props.adminWriteTimeout();
        this.rosters = rosters;
    }

    /** The most requests one page of the history carries; a client asks for the next with {@code offset}. */
    static final int MOST_PER_PAGE = 1000;

    /**
     * A page of the history, newest first: {@code limit} (default and at most {@value #MOST_PER_PAGE}) from
     * {@code offset}; {@code X-Total-Count} says how many match, and a {@code Link} header points to the next page.
     */
    @GetMapping(produces = MediaType.APPLICATION_JSON_VALUE)
    ResponseEntity<List<RequestRecord>> list(@RequestParam(required = false) String from,
            @RequestParam(required = false) String to, @RequestParam(required = false) String language,
            @RequestParam(required = false) String outcome, @RequestParam(required = false) String roster,
            @RequestParam(defaultValue = "0") int offset, @RequestParam(defaultValue = "" + MOST_PER_PAGE) int limit) {
        if (offset < 0) {
            throw new InvalidField("offset", "must be 0 or more");
        }
        if (limit < 1 || limit > MOST_PER_PAGE) {
            throw new InvalidField("limit", "must be between 1 and " + MOST_PER_PAGE);
        }
        RequestRecords.Page page = records.page(RequestFilter.parse(from, to, language, outcome,
                RosterLimit.scoped(roster), catalog, rosters), offset, limit);
        AdminAudit.rows(page.requests().size());
        ResponseEntity.BodyBuilder answer = ResponseEntity.ok().header("X-Total-Count", Integer.toString(page.total()));
        if (offset + page.requests().size() < page.total()) {
            String next = ServletUriComponentsBuilder.fromCurrentRequest()
                    .replaceQueryParam("offset", offset + page.requests().size()).replaceQueryParam("limit", limit)
                    .build().toUriString();
            answer.header("Link", "<" + next + ">; rel=\"next\"");
        }
        return answer.body(page.requests().stream().map(this::readable).toList());
    }

    /**
     * The whole matching history as CSV, written row by row as it is read (never held whole in memory). Without
     * {@code notes=true} the officers' notes stay out of the file: a spreadsheet outlives the request. Only the
     * administrator may ask for them; a supervisor's {@code notes=true} is refused (403, naming {@code notes}).
     */
    @GetMapping(produces = "text/csv")
    ResponseEntity<StreamingResponseBody> csv(@RequestParam(required = false) String from,
            @RequestParam(required = false) String to,
            @RequestParam(required = false) String language, @RequestParam(required = false) String outcome,
            @RequestParam(required = false) String roster, @RequestParam(defaultValue = "false") boolean notes) {
        if (notes && !Role.ADMINISTRATOR.signedIn()) {
            throw new NotesRefused();
        }
        RequestFilter filter = RequestFilter.parse(from, to, language, outcome, RosterLimit.scoped(roster), catalog,
                rosters);
        return ResponseEntity.ok().contentType(CSV)
                .header("Content-Disposition", "attachment; filename=\"requests.csv\"")
                .body(out -> {
                    Writer writer = new BufferedWriter(new OutputStreamWriter(out, StandardCharsets.UTF_8));
                    writer.write(RequestCsv.header(notes));
                    records.forEachMatching(filter, r -> {
                        try {
                            writer.write(RequestCsv.row(r, notes, rosters.home()));
                        } catch (IOException e) {
                            throw new UncheckedIOException(e);
                        }
                    });
                    writer.flush();
                });
    }

    /**
     * By id, or by reference when exactly one request holds it (409 naming them when several do). A roster's
     * supervisor finds only their roster's: another's is not found, as if it were not there.
     */
    @GetMapping(path = "/{idOrReference}", produces = MediaType.APPLICATION_JSON_VALUE)
    RequestRecord one(@PathVariable String idOrReference) {
        return readable(find(idOrReference));
    }

    /**
     * The officer's note is the riskiest field the history holds (it may name the resident): the administrator reads
     * it, a supervisor reads the request without it. A record written before requests named their roster shows the
     * deployment's own, which it is for.
     */
    private RequestRecord readable(RequestRecord r) {
        RequestRecord named = r.roster() != null ? r : r.change().roster(rosters.home()).done();
        return named.note() == null || Role.ADMINISTRATOR.signedIn() ? named : named.change().note(null).done();
    }

    /** The request, among those whoever signed in may see (a roster's supervisor: their roster's). */
    private RequestRecord find(String idOrReference) {
        Predicate<RequestRecord> visible = r -> r.opened() && RosterLimit.shows(r.rosterOr(rosters.home()));
        Optional<RequestRecord> byId = records.byId(idOrReference).filter(visible);
        if (byId.isPresent()) {
            return byId.get();
        }
        List<RequestRecord> holders = records.byReference(idOrReference).stream().filter(visible).toList();
        if (holders.size() > 1) {
            throw new AmbiguousReference(holders.getFirst().reference(),
                    holders.stream().map(RequestRecord::requestId).toList());
        }
        return holders.stream().findFirst().orElseThrow(() ->
                new ResponseStatusException(HttpStatus.NOT_FOUND, "no request " + idOrReference));
    }

    /** 403 as a problem detail naming the parameter: the rest of the export is the supervisor's to read. */
    @ExceptionHandler(NotesRefused.class)
    ResponseEntity<ProblemDetail> notesRefused(NotesRefused e) {
        ProblemDetail problem = ProblemDetail.forStatusAndDetail(HttpStatus.FORBIDDEN, e.getMessage());
        problem.setTitle("Officers' notes are for the administrator");
        problem.setProperty("errors", List.of(new AdminProblems.FieldProblem("notes", e.getMessage())));
        return ResponseEntity.status(HttpStatus.FORBIDDEN).contentType(MediaType.APPLICATION_PROBLEM_JSON)
                .body(problem);
    }

    /** RFC 9457 problem details, with the ids to use instead. */
    @ExceptionHandler(AmbiguousReference.class)
    ResponseEntity<ProblemDetail> ambiguous(AmbiguousReference e) {
        ProblemDetail problem = ProblemDetail.forStatusAndDetail(HttpStatus.CONFLICT, e.getMessage());
        problem.setTitle("Reference matches more than one request");
        problem.setProperty("reference", e.reference());
        problem.setProperty("requestIds", e.requestIds());
        return ResponseEntity.status(HttpStatus.CONFLICT).contentType(MediaType.APPLICATION_PROBLEM_JSON).body(problem);
    }

    /**
     * A supervisor cancels a request still waiting for (or on its way to) an interpreter: the roster withdraws its
     * offers and notification-service tells the requester. Answered once the record shows it cancelled; a repeat
     * publishes the same event (same id), which every consumer drops. 409 when it is connected or already over.
     */
    @PostMapping(path = "/{idOrReference}/cancel", produces = MediaType.APPLICATION_JSON_VALUE)
    RequestRecord cancel(@PathVariable String idOrReference) {
        RequestRecord request = find(idOrReference);
        if (request.status() != RequestStatus.CANCELLED) {
            if (!request.status().awaitingInterpreter()) {
                throw new ResponseStatusException(HttpStatus.CONFLICT, "request " + request.reference() + " is "
                        + request.status() + ": there is nothing to cancel");
            }
            if (desk.cancel(request.requestId(), RequestCancelled.Reason.SUPERVISOR,
                    "supervisor:" + request.requestId(), writeTimeout).failed()) {
                throw new ResponseStatusException(HttpStatus.SERVICE_UNAVAILABLE, "the cancellation could not be "
                        + "recorded");
            }
            ReadYourWrites.applied(() -> records.byId(request.requestId())
                    .map(r -> r.status() == RequestStatus.CANCELLED).orElse(false), writeTimeout);
        }
        return one(request.requestId());
    }

    /**
     * Opens a request for a callback number; 202 once Kafka has it. Notification-service calls the officer
     * back when an interpreter accepted. An {@code Idempotency-Key} header makes a repeated call open nothing new.
     */
    @PostMapping(produces = MediaType.APPLICATION_JSON_VALUE)
    ResponseEntity<Map<String, String>> open(@Valid @RequestBody CadRequestForm form,
            @RequestHeader(name = "Idempotency-Key", required = false) String idempotencyKey) {
        var language = catalog.byTag(form.language()).or(() -> catalog.resolve(form.language())).orElseThrow(() ->
                new InvalidField("language", "'" + form.language() + "' is not a language the line knows"));
        String callback = E164.normalise(form.callbackNumber())
                .orElseThrow(() -> new InvalidField("callbackNumber", E164.EXPECTED));
        Priority priority = priority(form.priority());
        String requestId = idempotencyKey == null || idempotencyKey.isBlank() ? UUID.randomUUID().toString()
                : RequestIds.api(idempotencyKey.strip());
        java.util.List<org.interpreterline.events.CallFlag> flags = new java.util.ArrayList<>(
                org.interpreterline.dispatch.flags.FlagWords.in(form.note()));
        for (String named : form.flags() == null ? java.util.List.<String>of() : form.flags()) {
            flags.add(org.interpreterline.dispatch.flags.FlagWords.named(named).orElseThrow(() -> new InvalidField(
                    "flags", "'" + named + "' is not a flag the line knows: DOMESTIC_VIOLENCE (or DV), CHILD, DEATH")));
        }
        String roster = Optional.ofNullable(rosters.named("roster", form.roster())).orElse(rosters.home());
        OpenedRequest opened = desk.open(new NewRequest(requestId, language, Channel.API, priority,
                cleaned(form.agency(), 120), cleaned(form.requesterName(), 120), callback, null,
                cleaned(form.note(), 500), null, flags, roster), writeTimeout);
        if (opened.delivery().failed()) {
            throw new ResponseStatusException(HttpStatus.SERVICE_UNAVAILABLE, "the request could not be recorded");
        }
        return ResponseEntity.accepted().location(URI.create("/api/requests/" + requestId))
                .body(Map.of("id", requestId, "reference", opened.reference().code(), "status",
                        RequestStatus.OPENED.name(), "language", language.tag(), "roster", roster));
    }

    private static Priority priority(String typed) {
        if (typed == null || typed.isBlank()) {
            return Priority.URGENT;
        }
        try {
            return Priority.valueOf(typed.strip().toUpperCase(Locale.ROOT));
        } catch (IllegalArgumentException e) {
            throw new InvalidField("priority", "must be EMERGENCY, URGENT or ROUTINE");
        }
    }

    /** Cleaned once here, where the text enters the line: the interpreter's offer prompt reads it aloud. */
    private static String cleaned(String text, int max) {
        return blankToNull(CleanText.of(text, max));
    }

    private static String blankToNull(String text) {
        return text == null || text.isBlank() ? null : text.strip();
    }
}
