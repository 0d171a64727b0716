package org.interpreterline.events;

/** An event about one interpreter request; its request id is in every such event. */
public interface RequestEvent extends LineEvent {

    String requestId();
}
