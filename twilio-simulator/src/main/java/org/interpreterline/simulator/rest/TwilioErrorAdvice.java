package org.interpreterline.simulator.rest;

import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.RestControllerAdvice;

/** Errors of the Twilio REST API in Twilio's shape (the control API has its own). */
@RestControllerAdvice(basePackageClasses = TwilioErrorAdvice.class)
class TwilioErrorAdvice {

    @ExceptionHandler(TwilioApiException.class)
    ResponseEntity<TwilioError> twilio(TwilioApiException e) {
        return ResponseEntity.status(e.status()).contentType(MediaType.APPLICATION_JSON)
                .body(TwilioError.of(e.code(), e.getMessage(), e.status().value()));
    }
}
