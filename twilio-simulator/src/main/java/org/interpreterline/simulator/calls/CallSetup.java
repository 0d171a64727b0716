package org.interpreterline.simulator.calls;

/**
 * What a call leg is, fixed when it is created.
 *
 * @param phoneNumber      the virtual phone at the far end: the callee, or the caller of an inbound call
 * @param callbacks        progress callbacks, or null
 * @param machineDetection the REST MachineDetection value (Enable, DetectMessageEnd) or null
 */
public record CallSetup(String sid, String accountSid, String from, String to, Direction direction, String parentCallSid,
                        String phoneNumber, StatusCallbacks callbacks, String machineDetection) {
}
