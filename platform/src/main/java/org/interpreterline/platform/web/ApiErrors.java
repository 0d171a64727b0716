package org.interpreterline.platform.web;

import java.util.List;
import java.util.Map;
import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;
import org.springframework.http.converter.HttpMessageNotReadableException;
import org.springframework.web.bind.MethodArgumentNotValidException;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.RestControllerAdvice;
import org.springframework.web.server.ResponseStatusException;

/** Admin API errors as JSON that names what is wrong: an invalid request gets 400 with its fields. */
@RestControllerAdvice(annotations = org.springframework.web.bind.annotation.RestController.class)
public class ApiErrors {

    public record FieldProblem(String field, String message) {
    }

    public record Problem(int status, String error, List<FieldProblem> fields) {
    }

    @ExceptionHandler(MethodArgumentNotValidException.class)
    ResponseEntity<Problem> invalid(MethodArgumentNotValidException e) {
        List<FieldProblem> fields = e.getBindingResult().getFieldErrors().stream()
                .map(f -> new FieldProblem(f.getField(), f.getDefaultMessage()))
                .sorted(java.util.Comparator.comparing(FieldProblem::field))
                .toList();
        return ResponseEntity.badRequest().body(new Problem(400, "invalid request", fields));
    }

    @ExceptionHandler(InvalidField.class)
    ResponseEntity<Problem> invalidField(InvalidField e) {
        return ResponseEntity.badRequest()
                .body(new Problem(400, "invalid request", List.of(new FieldProblem(e.field(), e.getMessage()))));
    }

    @ExceptionHandler(HttpMessageNotReadableException.class)
    ResponseEntity<Problem> unreadable(HttpMessageNotReadableException e) {
        return ResponseEntity.badRequest().body(new Problem(400, "request body is not valid JSON for this endpoint",
                List.of()));
    }

    @ExceptionHandler(ResponseStatusException.class)
    ResponseEntity<Map<String, Object>> status(ResponseStatusException e) {
        HttpStatus status = HttpStatus.valueOf(e.getStatusCode().value());
        return ResponseEntity.status(status).body(Map.of("status", status.value(), "error",
                e.getReason() == null ? status.getReasonPhrase() : e.getReason()));
    }
}
