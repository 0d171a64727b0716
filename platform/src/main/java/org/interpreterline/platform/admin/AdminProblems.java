package org.interpreterline.platform.admin;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import org.interpreterline.platform.web.InvalidField;
import org.springframework.beans.TypeMismatchException;
import org.springframework.context.MessageSourceResolvable;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.http.HttpStatusCode;
import org.springframework.http.ProblemDetail;
import org.springframework.http.ResponseEntity;
import org.springframework.http.converter.HttpMessageNotReadableException;
import org.springframework.validation.FieldError;
import org.springframework.web.bind.MethodArgumentNotValidException;
import org.springframework.web.bind.MissingServletRequestParameterException;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.RestController;
import org.springframework.web.bind.annotation.RestControllerAdvice;
import org.springframework.web.context.request.WebRequest;
import org.springframework.web.method.annotation.HandlerMethodValidationException;
import org.springframework.web.servlet.mvc.method.annotation.ResponseEntityExceptionHandler;
import tools.jackson.core.JacksonException;
import tools.jackson.databind.exc.InvalidNullException;
import tools.jackson.databind.exc.MismatchedInputException;
import tools.jackson.databind.exc.UnrecognizedPropertyException;

/**
 * Admin API errors as RFC 9457 problem details ({@code application/problem+json}) for every service: Spring's own
 * (a 404, a wrong method) as they are, and a request that is refused for what it holds with an {@code errors} list
 * of {@code {field, message}}, whatever refused it: a wrong type or an unknown value in the JSON body, a required
 * field left out, a validation rule, a query parameter that does not parse, or the endpoint itself
 * ({@link InvalidField}). Webhooks never get these: {@link org.interpreterline.platform.web.WebhookApology}
 * answers them first.
 */
@RestControllerAdvice(annotations = RestController.class)
public class AdminProblems extends ResponseEntityExceptionHandler {

    /** One entry of a problem's {@code errors}: the field as the client spelled it ({@code languages[1]}). */
    public record FieldProblem(String field, String message) {
    }

    private static final String ERRORS = "errors";

    @ExceptionHandler(InvalidField.class)
    ResponseEntity<Object> invalidField(InvalidField e, WebRequest request) {
        return badRequest(e, "the request has an invalid field", List.of(new FieldProblem(e.field(), e.getMessage())),
                new HttpHeaders(), request);
    }

    /** A roster's supervisor asked for another roster's figures: refused, naming the parameter. */
    @ExceptionHandler(RosterLimit.Refused.class)
    ResponseEntity<Object> otherRoster(RosterLimit.Refused e, WebRequest request) {
        ProblemDetail problem = ProblemDetail.forStatusAndDetail(HttpStatus.FORBIDDEN, e.getMessage());
        problem.setTitle("Another roster's");
        problem.setProperty(ERRORS, List.of(new FieldProblem("roster", e.getMessage())));
        return handleExceptionInternal(e, problem, new HttpHeaders(), HttpStatus.FORBIDDEN, request);
    }

    @Override
    protected ResponseEntity<Object> handleMethodArgumentNotValid(MethodArgumentNotValidException e,
            HttpHeaders headers, HttpStatusCode status, WebRequest request) {
        List<FieldProblem> errors = new ArrayList<>();
        e.getBindingResult().getFieldErrors().forEach(f -> errors.add(fieldProblem(f)));
        e.getBindingResult().getGlobalErrors().forEach(g -> errors.add(new FieldProblem(g.getObjectName(),
                g.getDefaultMessage())));
        return badRequest(e, "the request has invalid fields", errors, headers, request);
    }

    @Override
    protected ResponseEntity<Object> handleHandlerMethodValidationException(HandlerMethodValidationException e,
            HttpHeaders headers, HttpStatusCode status, WebRequest request) {
        List<FieldProblem> errors = new ArrayList<>();
        e.getParameterValidationResults().forEach(result -> {
            String name = result.getMethodParameter().getParameterName();
            for (MessageSourceResolvable error : result.getResolvableErrors()) {
                errors.add(error instanceof FieldError f ? fieldProblem(f)
                        : new FieldProblem(name, error.getDefaultMessage()));
            }
        });
        return badRequest(e, "the request has invalid fields", errors, headers, request);
    }

    @Override
    protected ResponseEntity<Object> handleTypeMismatch(TypeMismatchException e, HttpHeaders headers,
            HttpStatusCode status, WebRequest request) {
        return badRequest(e, "the request has a value of the wrong type", List.of(new FieldProblem(
                e.getPropertyName(), expected(e.getRequiredType()))), headers, request);
    }

    @Override
    protected ResponseEntity<Object> handleMissingServletRequestParameter(MissingServletRequestParameterException e,
            HttpHeaders headers, HttpStatusCode status, WebRequest request) {
        return badRequest(e, "the request lacks a required parameter",
                List.of(new FieldProblem(e.getParameterName(), "is required")), headers, request);
    }

    @Override
    protected ResponseEntity<Object> handleHttpMessageNotReadable(HttpMessageNotReadableException e,
            HttpHeaders headers, HttpStatusCode status, WebRequest request) {
        Throwable cause = e.getMostSpecificCause();
        if (cause instanceof JacksonException json && !json.getPath().isEmpty()) {
            return badRequest(e, "the request body has a field the endpoint cannot read",
                    List.of(new FieldProblem(path(json.getPath()), unreadable(json))), headers, request);
        }
        String detail = cause instanceof JacksonException
                ? "the request body is not valid JSON" : "a JSON request body is required";
        return badRequest(e, detail, List.of(), headers, request);
    }

    private ResponseEntity<Object> badRequest(Exception e, String detail, List<FieldProblem> errors,
            HttpHeaders headers, WebRequest request) {
        ProblemDetail problem = ProblemDetail.forStatusAndDetail(HttpStatus.BAD_REQUEST, detail);
        problem.setProperty(ERRORS, errors.stream()
                .sorted(Comparator.comparing(FieldProblem::field, Comparator.nullsFirst(Comparator.naturalOrder())))
                .map(p -> new FieldProblem(p.field() == null ? "" : p.field(),
                        p.message() == null ? "is invalid" : p.message()))
                .toList());
        return handleExceptionInternal(e, problem, headers, HttpStatus.BAD_REQUEST, request);
    }

    private static FieldProblem fieldProblem(FieldError f) {
        return new FieldProblem(f.getField(), f.getDefaultMessage());
    }

    /** "languages[1].name", as the client would point at it in the JSON it sent. */
    private static String path(List<JacksonException.Reference> references) {
        StringBuilder path = new StringBuilder();
        for (JacksonException.Reference reference : references) {
            if (reference.getPropertyName() != null) {
                path.append(path.isEmpty() ? "" : ".").append(reference.getPropertyName());
            } else if (reference.getIndex() >= 0) {
                path.append('[').append(reference.getIndex()).append(']');
            }
        }
        return path.toString();
    }

    private static String unreadable(JacksonException e) {
        return switch (e) {
            case UnrecognizedPropertyException u -> "is not a field of this request";
            case InvalidNullException n -> "must not be null";
            case MismatchedInputException m -> expected(m.getTargetType());
            default -> "could not be read";
        };
    }

    /** What a value of the wrong type should have been, in words an administrator reads. */
    static String expected(Class<?> type) {
        if (type == null) {
            return "has the wrong type";
        }
        if (type.isEnum()) {
            List<String> names = java.util.Arrays.stream(type.getEnumConstants()).map(c -> ((Enum<?>) c).name())
                    .toList();
            return "must be one of " + String.join(", ", names);
        }
        if (type == Integer.class || type == int.class || type == Long.class || type == long.class
                || type == Short.class || type == short.class) {
            return "must be a whole number";
        }
        if (Number.class.isAssignableFrom(type) || type == double.class || type == float.class) {
            return "must be a number";
        }
        if (type == Boolean.class || type == boolean.class) {
            return "must be true or false";
        }
        if (java.util.Collection.class.isAssignableFrom(type) || type.isArray()) {
            return "must be a list";
        }
        if (type == String.class) {
            return "must be text";
        }
        if (java.time.temporal.Temporal.class.isAssignableFrom(type)) {
            return "must be a date and time such as 2026-11-23T10:00:00Z";
        }
        return "must be " + (type.isRecord() || Map.class.isAssignableFrom(type) ? "an object"
                : "a " + type.getSimpleName());
    }
}
