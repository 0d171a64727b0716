package org.interpreterline.simulator.calls;

import java.util.LinkedHashMap;
import java.util.Map;

/** The parameters Twilio sends with every voice request and status callback about a call. */
public final class CallParams {

    public static final String API_VERSION = "2010-04-01";

    private CallParams() {
    }

    public static Map<String, String> of(CallLeg leg, String callStatus) {
        Map<String, String> params = new LinkedHashMap<>();
        params.put("AccountSid", leg.accountSid());
        params.put("ApiVersion", API_VERSION);
        params.put("CallSid", leg.sid());
        params.put("CallStatus", callStatus);
        params.put("Direction", leg.direction().value());
        params.put("From", leg.from());
        params.put("To", leg.to());
        params.put("Caller", leg.from());
        params.put("Called", leg.to());
        if (leg.from().startsWith("+1")) {
            params.put("FromCountry", "US");
        }
        if (leg.to().startsWith("+1")) {
            params.put("ToCountry", "US");
        }
        if (leg.parentCallSid() != null) {
            params.put("ParentCallSid", leg.parentCallSid());
        }
        String answeredBy = leg.answeredBy();
        if (answeredBy != null) {
            params.put("AnsweredBy", answeredBy);
        }
        return params;
    }

    /** The CallStatus a voice request carries: ringing until an inbound call is answered, then in-progress. */
    public static Map<String, String> current(CallLeg leg) {
        return of(leg, leg.status().value());
    }
}
