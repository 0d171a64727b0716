package org.interpreterline.events.dispatch;

import java.util.Objects;

/**
 * The key that opens one added resident's sealed number: the value of {@code dispatch.resident-keys} (compacted),
 * keyed by {@code keyId}; a tombstone (null) once the request ended destroys it.
 *
 * @param wrappedKey the AES key, base64, wrapped by the line's master key when one is configured
 * @param wrapped    whether {@code wrappedKey} is wrapped (no master key configured: kept as it is)
 */
public record ResidentKey(String keyId, String requestId, String wrappedKey, boolean wrapped) {

    public ResidentKey {
        Objects.requireNonNull(keyId, "keyId");
        Objects.requireNonNull(wrappedKey, "wrappedKey");
    }

    /** One key per added number: the request, then the id of the {@link ResidentAddRequested} it opens. */
    public static String idOf(String requestId, java.util.UUID addId) {
        return requestId + "/" + addId;
    }
}
