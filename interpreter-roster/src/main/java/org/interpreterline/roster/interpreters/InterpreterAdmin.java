package org.interpreterline.roster.interpreters;

import jakarta.validation.Valid;
import java.net.URI;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import java.util.UUID;
import org.interpreterline.events.InterpreterStatus;
import org.interpreterline.events.language.Language;
import org.interpreterline.events.language.LanguagePair;
import org.interpreterline.events.language.LanguageCatalog;
import org.interpreterline.platform.phone.E164;
import org.interpreterline.platform.rosters.LineRosters;
import org.interpreterline.platform.text.CleanText;
import org.interpreterline.platform.web.InvalidField;
import org.interpreterline.roster.allocation.Interpreter;
import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.DeleteMapping;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;
import org.springframework.web.server.ResponseStatusException;

/** The administrators' view of the roster ({@code /api/interpreters}, docs/architecture.md, Admin API): who interprets what, and their presence. */
@RestController
@RequestMapping("/api/interpreters")
public class InterpreterAdmin {

    private final RosterCommands commands;
    private final RosterView view;
    private final LanguageCatalog catalog = LanguageCatalog.standard();

    private final LineRosters rosters;

    public InterpreterAdmin(RosterCommands commands, RosterView view, LineRosters rosters) {
        this.commands = commands;
        this.view = view;
        this.rosters = rosters;
    }

    @PostMapping
    public ResponseEntity<InterpreterView> add(@Valid @RequestBody InterpreterForm form) {
        String name = name(form);
        String phone = phone(form);
        refuseTakenPhone(phone, null);
        String id = UUID.randomUUID().toString();
        commands.put(id, name, phone, languages(form), form.tierOrDefault(), rosters(form, List.of(rosters.home())));
        refusedUnlessItHasThePhone(id, phone);
        return ResponseEntity.created(URI.create("/api/interpreters/" + id)).body(current(id));
    }

    @GetMapping
    public List<InterpreterView> all() {
        return view.interpreters().stream().map(InterpreterView::of).toList();
    }

    @GetMapping("/{id}")
    public InterpreterView one(@PathVariable String id) {
        return current(id);
    }

    @PutMapping("/{id}")
    public InterpreterView change(@PathVariable String id, @Valid @RequestBody InterpreterForm form) {
        InterpreterView now = current(id);
        String name = name(form);
        String phone = phone(form);
        refuseTakenPhone(phone, id);
        commands.put(id, name, phone, languages(form), form.tierOrDefault(), rosters(form, now.rosters()));
        refusedUnlessItHasThePhone(id, phone);
        return current(id);
    }

    @DeleteMapping("/{id}")
    public ResponseEntity<Void> remove(@PathVariable String id) {
        current(id);
        commands.remove(id);
        return ResponseEntity.noContent().build();
    }

    @PutMapping("/{id}/presence")
    public InterpreterView presence(@PathVariable String id, @Valid @RequestBody PresenceForm form) {
        current(id);
        commands.presence(id, InterpreterStatus.valueOf(form.status()));
        return current(id);
    }

    private InterpreterView current(String id) {
        return view.interpreter(id).map(InterpreterView::of)
                .orElseThrow(() -> new ResponseStatusException(HttpStatus.NOT_FOUND, "no interpreter " + id));
    }

    /** Cleaned where it enters the line: texts and the live board show it. */
    private static String name(InterpreterForm form) {
        String name = CleanText.of(form.name(), 120);
        if (name.isEmpty()) {
            throw new InvalidField("name", "must not be blank");
        }
        return name;
    }

    private static String phone(InterpreterForm form) {
        return E164.normalise(form.phone()).orElseThrow(() -> new InvalidField("phone",
                "must be a phone number in E.164 form such as +14125550101"));
    }

    /** The quick answer from the allocator's current view; {@link #refusedUnlessItHasThePhone} is the last word. */
    private void refuseTakenPhone(String phone, String exceptId) {
        for (Interpreter i : view.interpreters()) {
            if (phone.equals(i.phone()) && !i.interpreterId().equals(exceptId)) {
                throw taken(i.interpreterId());
            }
        }
    }

    /**
     * Two writes of one phone can both pass {@link #refuseTakenPhone}; the allocator applies them in order and
     * refuses the second, which then left the interpreter without that phone (or without a profile at all).
     */
    private void refusedUnlessItHasThePhone(String id, String phone) {
        if (view.interpreter(id).map(i -> phone.equals(i.phone())).orElse(false)) {
            return;
        }
        throw taken(view.interpreters().stream().filter(i -> phone.equals(i.phone())).findFirst()
                .map(Interpreter::interpreterId).orElse("another interpreter"));
    }

    private static ResponseStatusException taken(String holderId) {
        return new ResponseStatusException(HttpStatus.CONFLICT, "phone already belongs to interpreter " + holderId);
    }

    /**
     * Tags or names ("es", "Spanish", "español") become catalog tags; a pair ("quc>es", "K'iche'>Spanish": K'iche'
     * interpreted into Spanish, for relays) becomes a {@link LanguagePair} tag; anything unknown is a 400.
     */
    /** The rosters named, each one this deployment serves; {@code unset} when the form names none. */
    private List<String> rosters(InterpreterForm form, List<String> unset) {
        if (form.rosters() == null || form.rosters().isEmpty()) {
            return unset;
        }
        return form.rosters().stream().map(roster -> rosters.named("rosters", roster)).toList();
    }

    private List<String> languages(InterpreterForm form) {
        Set<String> tags = new LinkedHashSet<>();
        for (String typed : form.languages()) {
            String entry = typed == null ? "" : typed.strip();
            if (LanguagePair.isPair(entry)) {
                String[] halves = entry.split(LanguagePair.INTO, 2);
                Language from = language(halves[0], typed);
                Language into = language(halves[1], typed);
                if (from.equals(into)) {
                    throw new InvalidField("languages", "'" + typed + "' interprets a language into itself");
                }
                tags.add(new LanguagePair(from, into).tag());
            } else {
                tags.add(language(entry, typed).tag());
            }
        }
        return new ArrayList<>(tags);
    }

    private Language language(String name, String typed) {
        return catalog.byTag(name.strip()).or(() -> catalog.resolve(name))
                .orElseThrow(() -> new InvalidField("languages", "unknown language '" + typed + "'"));
    }
}
