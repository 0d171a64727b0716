package org.interpreterline.dispatch.intake;

import com.twilio.twiml.TwiML;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;

/** A TwiML document as Twilio wants it: XML, 200. */
final class Twiml {

    private Twiml() {
    }

    static ResponseEntity<String> xml(TwiML document) {
        return ResponseEntity.ok().contentType(MediaType.APPLICATION_XML).body(document.toXml());
    }
}
