package org.interpreterline.simulator.rest;

import tools.jackson.databind.PropertyNamingStrategies;
import tools.jackson.databind.annotation.JsonNaming;

/** Twilio's JSON error body: {"code":20003,"message":"Authenticate","more_info":"https://…/20003","status":401}. */
@JsonNaming(PropertyNamingStrategies.SnakeCaseStrategy.class)
public record TwilioError(int code, String message, String moreInfo, int status) {

    public static TwilioError of(int code, String message, int status) {
        return new TwilioError(code, message, "https://www.twilio.com/docs/errors/" + code, status);
    }
}
