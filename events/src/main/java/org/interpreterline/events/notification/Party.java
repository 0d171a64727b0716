package org.interpreterline.events.notification;

/** Who a conference participant is: a resident is someone the officer added to the call ({@code ADD}). */
public enum Party { REQUESTER, INTERPRETER, RESIDENT }
