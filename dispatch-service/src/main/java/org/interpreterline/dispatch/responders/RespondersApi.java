package org.interpreterline.dispatch.responders;

import jakarta.validation.Valid;
import java.net.URI;
import java.util.List;
import org.interpreterline.events.dispatch.Responder;
import org.interpreterline.platform.rosters.LineRosters;
import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.DeleteMapping;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;
import org.springframework.web.server.ResponseStatusException;

/** {@code /api/responders}: the phones that reach the language menu directly (admin credentials required). */
@RestController
@RequestMapping("/api/responders")
public class RespondersApi {

    private final ResponderDirectory directory;
    private final ResponderRegistrations registrations;
    private final LineRosters rosters;

    public RespondersApi(ResponderDirectory directory, ResponderRegistrations registrations, LineRosters rosters) {
        this.directory = directory;
        this.registrations = registrations;
        this.rosters = rosters;
    }

    @PostMapping
    ResponseEntity<ResponderView> register(@Valid @RequestBody ResponderForm form) {
        ResponderView created = view(registrations.register(form));
        return ResponseEntity.created(URI.create("/api/responders/" + created.id())).body(created);
    }

    /** @param roster one agency's roster's responders; unset for all */
    @GetMapping
    List<ResponderView> all(@RequestParam(required = false) String roster) {
        String only = rosters.named("roster", roster);
        return directory.all().stream().map(this::view).filter(r -> only == null || only.equals(r.roster())).toList();
    }

    @GetMapping("/{id}")
    ResponderView one(@PathVariable String id) {
        return directory.byId(id).map(this::view)
                .orElseThrow(() -> new ResponseStatusException(HttpStatus.NOT_FOUND, "no responder " + id));
    }

    @PutMapping("/{id}")
    ResponderView change(@PathVariable String id, @Valid @RequestBody ResponderForm form) {
        return view(registrations.change(id, form));
    }

    private ResponderView view(Responder r) {
        return ResponderView.of(r, rosters.home());
    }

    @DeleteMapping("/{id}")
    ResponseEntity<Void> remove(@PathVariable String id) {
        registrations.remove(id);
        return ResponseEntity.noContent().build();
    }
}
