package org.interpreterline.platform.twilio;

import com.twilio.http.NetworkHttpClient;
import com.twilio.http.Request;
import com.twilio.http.Response;

/**
 * The SDK's HTTP client with the line's {@link TwilioTimeouts} and one attempt per request: whether and when to try
 * again is the caller's policy. Left alone, the SDK repeats any 5xx three times 100 ms apart and Apache's client
 * repeats a 429 or 503 after a second, a Calls.create included, with no look at whether the first one rang.
 */
public class BoundedTwilioClient extends NetworkHttpClient {

    public BoundedTwilioClient(TwilioTimeouts timeouts) {
        super(TwilioHttp.bounded(timeouts));
    }

    @Override
    public Response reliableRequest(Request request) {
        return makeRequest(request);
    }
}
