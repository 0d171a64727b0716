package org.interpreterline.events.calls;

/** Why the line placed a call: to offer a request to an interpreter, or to call an SMS or API requester back. */
public enum CallPurpose { OFFER, CALLBACK }
