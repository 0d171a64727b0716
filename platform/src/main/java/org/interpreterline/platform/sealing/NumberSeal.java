package org.interpreterline.platform.sealing;

import java.nio.charset.StandardCharsets;
import java.security.GeneralSecurityException;
import java.security.SecureRandom;
import java.util.Base64;
import java.util.Optional;
import javax.crypto.Cipher;
import javax.crypto.KeyGenerator;
import javax.crypto.SecretKey;
import javax.crypto.spec.GCMParameterSpec;
import javax.crypto.spec.SecretKeySpec;
import org.interpreterline.events.dispatch.ResidentKey;

/**
 * Seals a resident's phone number for its trip through Kafka (docs/privacy.md): AES-256-GCM under a fresh key per
 * number, that key itself wrapped by the line's master key when one is configured. The key travels on its own compacted
 * topic and is destroyed (tombstoned) when the request ends, after which every copy of the sealed number in Kafka's
 * logs is unreadable. The key's id is authenticated with the number, so a sealed number opens only with its own key.
 */
public final class NumberSeal {

    private static final String AES_GCM = "AES/GCM/NoPadding";
    private static final int IV_BYTES = 12;
    private static final int TAG_BITS = 128;
    private static final int KEY_BITS = 256;

    /** A sealed number and the key that opens it. */
    public record Sealed(ResidentKey key, String sealedNumber) {
    }

    private final SecretKey masterKey;
    private final SecureRandom random = new SecureRandom();

    public NumberSeal(SealingProperties props) {
        this.masterKey = props.hasMasterKey() ? new SecretKeySpec(props.masterKeyBytes(), "AES") : null;
    }

    public Sealed seal(String keyId, String requestId, String number) {
        try {
            KeyGenerator generator = KeyGenerator.getInstance("AES");
            generator.init(KEY_BITS, random);
            SecretKey key = generator.generateKey();
            String sealed = encrypt(key, number.getBytes(StandardCharsets.UTF_8), "number:" + keyId);
            String keyText = masterKey == null ? Base64.getEncoder().encodeToString(key.getEncoded())
                    : encrypt(masterKey, key.getEncoded(), "key:" + keyId);
            return new Sealed(new ResidentKey(keyId, requestId, keyText, masterKey != null), sealed);
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException("the JDK could not seal a number with AES-GCM", e);
        }
    }

    /** The number, or empty when the key does not open it (another key, a different master key, tampering). */
    public Optional<String> open(ResidentKey key, String sealedNumber) {
        if (key == null || sealedNumber == null) {
            return Optional.empty();
        }
        try {
            byte[] keyBytes;
            if (key.wrapped()) {
                if (masterKey == null) {
                    return Optional.empty();
                }
                keyBytes = decrypt(masterKey, key.wrappedKey(), "key:" + key.keyId());
            } else {
                keyBytes = Base64.getDecoder().decode(key.wrappedKey());
            }
            byte[] number = decrypt(new SecretKeySpec(keyBytes, "AES"), sealedNumber, "number:" + key.keyId());
            return Optional.of(new String(number, StandardCharsets.UTF_8));
        } catch (GeneralSecurityException | IllegalArgumentException e) {
            return Optional.empty();
        }
    }

    private String encrypt(SecretKey key, byte[] plain, String context) throws GeneralSecurityException {
        byte[] iv = new byte[IV_BYTES];
        random.nextBytes(iv);
        Cipher cipher = Cipher.getInstance(AES_GCM);
        cipher.init(Cipher.ENCRYPT_MODE, key, new GCMParameterSpec(TAG_BITS, iv));
        cipher.updateAAD(context.getBytes(StandardCharsets.UTF_8));
        byte[] sealed = cipher.doFinal(plain);
        byte[] out = new byte[IV_BYTES + sealed.length];
        System.arraycopy(iv, 0, out, 0, IV_BYTES);
        System.arraycopy(sealed, 0, out, IV_BYTES, sealed.length);
        return Base64.getEncoder().encodeToString(out);
    }

    private static byte[] decrypt(SecretKey key, String text, String context) throws GeneralSecurityException {
        byte[] in = Base64.getDecoder().decode(text);
        if (in.length <= IV_BYTES) {
            throw new GeneralSecurityException("too short to be sealed");
        }
        Cipher cipher = Cipher.getInstance(AES_GCM);
        cipher.init(Cipher.DECRYPT_MODE, key, new GCMParameterSpec(TAG_BITS, in, 0, IV_BYTES));
        cipher.updateAAD(context.getBytes(StandardCharsets.UTF_8));
        return cipher.doFinal(in, IV_BYTES, in.length - IV_BYTES);
    }
}
