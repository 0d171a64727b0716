package org.interpreterline.events.calls;

/**
 * Why the line placed a call: to offer a request to an interpreter, to call an SMS or API requester back, or to call
 * a resident the officer added into the conference (then the call's {@code offerId} is the add's id).
 */
public enum CallPurpose { OFFER, CALLBACK, RESIDENT }
