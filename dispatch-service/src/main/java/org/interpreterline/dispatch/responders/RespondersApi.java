package org.interpreterline.dispatch.responders;

import jakarta.validation.Valid;
import java.net.URI;
import java.util.List;
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

/** {@code /api/responders}: the phones that reach the language menu directly (admin credentials required). */
@RestController
@RequestMapping("/api/responders")
public class RespondersApi {

    private final ResponderDirectory directory;
    private final ResponderRegistrations registrations;

    public RespondersApi(ResponderDirectory directory, ResponderRegistrations registrations) {
        this.directory = directory;
        this.registrations = registrations;
    }

    @PostMapping
    ResponseEntity<ResponderView> register(@Valid @RequestBody ResponderForm form) {
        ResponderView created = ResponderView.of(registrations.register(form));
        return ResponseEntity.created(URI.create("/api/responders/" + created.id())).body(created);
    }

    @GetMapping
    List<ResponderView> all() {
        return directory.all().stream().map(ResponderView::of).toList();
    }

    @GetMapping("/{id}")
    ResponderView one(@PathVariable String id) {
        return directory.byId(id).map(ResponderView::of)
                .orElseThrow(() -> new ResponseStatusException(HttpStatus.NOT_FOUND, "no responder " + id));
    }

    @PutMapping("/{id}")
    ResponderView change(@PathVariable String id, @Valid @RequestBody ResponderForm form) {
        return ResponderView.of(registrations.change(id, form));
    }

    @DeleteMapping("/{id}")
    ResponseEntity<Void> remove(@PathVariable String id) {
        registrations.remove(id);
        return ResponseEntity.noContent().build();
    }
}
