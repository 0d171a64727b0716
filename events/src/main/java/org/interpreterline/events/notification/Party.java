package org.interpreterline.events.notification;

/**
 * Who a conference participant is: a resident is someone the officer added to the call ({@code ADD}); a relay is the
 * second interpreter of a call in progress ({@code ALSO}), reported under the call's own request.
 */
public enum Party { REQUESTER, INTERPRETER, RESIDENT, RELAY }
