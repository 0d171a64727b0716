package org.interpreterline.events.notification;

/** Who a conference participant is. */
public enum Party { REQUESTER, INTERPRETER }
