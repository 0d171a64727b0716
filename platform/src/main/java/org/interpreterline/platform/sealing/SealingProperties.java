package org.interpreterline.platform.sealing;

import jakarta.validation.constraints.AssertTrue;
import java.util.Base64;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.validation.annotation.Validated;

/**
 * How residents' numbers are sealed on their way through Kafka.
 *
 * @param masterKey base64 of a 128-, 192- or 256-bit AES key that wraps each number's own key on
 *                  {@code dispatch.resident-keys} ({@code LINE_RESIDENT_MASTER_KEY}); the same in dispatch-service
 *                  and notification-service. Required in production; without it the number keys are kept unwrapped
 *                  (destroying them still makes the sealed numbers unreadable)
 */
@Validated
@ConfigurationProperties("line.residents")
public record SealingProperties(String masterKey) {

    public boolean hasMasterKey() {
        return masterKey != null && !masterKey.isBlank();
    }

    byte[] masterKeyBytes() {
        return Base64.getDecoder().decode(masterKey.strip());
    }

    @AssertTrue(message = "LINE_RESIDENT_MASTER_KEY must be base64 of 16, 24 or 32 bytes (openssl rand -base64 32)")
    boolean isMasterKeyUsable() {
        if (!hasMasterKey()) {
            return true;
        }
        try {
            int length = masterKeyBytes().length;
            return length == 16 || length == 24 || length == 32;
        } catch (IllegalArgumentException e) {
            return false;
        }
    }
}
