package org.interpreterline.simulator.calls;

import java.util.Map;
import org.interpreterline.simulator.twiml.TwimlDocument;
import org.interpreterline.simulator.twiml.TwimlParseException;
import org.interpreterline.simulator.twiml.TwimlParser;
import org.interpreterline.simulator.webhooks.WebhookRequest;
import org.interpreterline.simulator.webhooks.WebhookResponse;
import org.interpreterline.simulator.webhooks.WebhookSender;
import org.springframework.stereotype.Component;

/** Gets a call's next TwiML document: requests the URL with the call's parameters, or parses inline TwiML. */
@Component
class TwimlFetcher {

    private final WebhookSender webhooks;
    private final TwimlParser parser = new TwimlParser();

    TwimlFetcher(WebhookSender webhooks) {
        this.webhooks = webhooks;
    }

    TwimlDocument fetch(CallLeg leg, TwimlSource source) throws ApplicationError {
        return switch (source) {
            case TwimlSource.Inline inline -> parse(inline.twiml(), null);
            case TwimlSource.Fetch fetch -> request(leg, fetch);
        };
    }

    private TwimlDocument request(CallLeg leg, TwimlSource.Fetch fetch) throws ApplicationError {
        if (leg.isDiscarded()) {
            throw new HungUp(new HangUpRequest(CallStatus.CANCELED, "simulator reset"));
        }
        Map<String, String> params = CallParams.current(leg);
        params.putAll(fetch.extraParams());
        WebhookResponse response = webhooks.send(new WebhookRequest(fetch.url(), fetch.method(), params));
        leg.record(fetch.method() + " " + fetch.url() + " -> " + (response.status() == 0 ? "no response" : response.status()));
        if (!response.ok()) {
            throw new ApplicationError(ApplicationError.HTTP_RETRIEVAL_FAILURE, "HTTP retrieval failure: " + response.error(), fetch.url());
        }
        return parse(response.body(), fetch.url());
    }

    private TwimlDocument parse(String twiml, String url) throws ApplicationError {
        try {
            return parser.parse(twiml, url);
        } catch (TwimlParseException e) {
            throw new ApplicationError(ApplicationError.DOCUMENT_PARSE_FAILURE, "Document parse failure: " + e.getMessage(), url);
        }
    }
}
