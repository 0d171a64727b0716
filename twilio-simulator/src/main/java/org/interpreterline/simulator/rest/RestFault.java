package org.interpreterline.simulator.rest;

/**
 * A misbehaviour of the REST API, set through the control API ({@code POST /sim/rest-faults}): the matching requests
 * are held for {@code delayMs} (real milliseconds, not scaled), then answered with {@code status} in Twilio's error
 * shape, or served as usual when {@code status} is 0 (a slow Twilio that still does what it was asked). With
 * {@code afterServing} the request is done first and only its answer is held or replaced: Twilio did it, the client
 * cannot tell.
 *
 * @param method       HTTP method to match (any when null)
 * @param pathContains text the request's path must contain, such as {@code /Calls.json} (any when null)
 * @param to           the form parameter {@code To} must be this number (any when null)
 * @param delayMs      how long the request is held before it is answered or served
 * @param status       the HTTP status to answer (429, 500, 503...), 0 to serve the request after the delay
 * @param times        how many matching requests it applies to; 0 for all until the faults are cleared
 * @param afterServing the request is served first; the delay and the status apply to its answer only
 */
public record RestFault(String method, String pathContains, String to, long delayMs, int status, int times,
                        boolean afterServing) {

    public static RestFault slow(String pathContains, long delayMs) {
        return new RestFault(null, pathContains, null, delayMs, 0, 0, false);
    }

    public static RestFault failing(String pathContains, int status, int times) {
        return new RestFault(null, pathContains, null, 0, status, times, false);
    }

    public RestFault to(String number) {
        return new RestFault(method, pathContains, number, delayMs, status, times, afterServing);
    }

    public RestFault onMethod(String httpMethod) {
        return new RestFault(httpMethod, pathContains, to, delayMs, status, times, afterServing);
    }

    public RestFault times(int count) {
        return new RestFault(method, pathContains, to, delayMs, status, count, afterServing);
    }

    /** Twilio does what it was asked, then its answer is held or replaced. */
    public RestFault servedFirst() {
        return new RestFault(method, pathContains, to, delayMs, status, times, true);
    }

    /** Twilio's error code for the status: 20429 for too many requests, 20500 for a server error. */
    int twilioCode() {
        return status == 429 ? 20429 : status >= 500 ? 20500 : 20000 + status;
    }
}
