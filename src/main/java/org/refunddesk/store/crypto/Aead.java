package org.refunddesk.store.crypto;

import java.nio.ByteBuffer;
import java.security.GeneralSecurityException;
import java.security.SecureRandom;

import javax.crypto.AEADBadTagException;
import javax.crypto.Cipher;
import javax.crypto.spec.GCMParameterSpec;
import javax.crypto.spec.SecretKeySpec;

/** AES-256-GCM for small secrets (keys wrapped by keys): a fresh random nonce before the sealed bytes. */
public final class Aead {
    static final int NONCE_BYTES = 12;
    static final int TAG_BITS = 128;
    static final SecureRandom RANDOM = new SecureRandom();

    private Aead() {
    }

    public static byte[] seal(byte[] key, byte[] plaintext, byte[] aad) {
        byte[] nonce = random(NONCE_BYTES);
        try {
            Cipher cipher = Cipher.getInstance("AES/GCM/NoPadding");
            cipher.init(Cipher.ENCRYPT_MODE, new SecretKeySpec(key, "AES"), new GCMParameterSpec(TAG_BITS, nonce));
            cipher.updateAAD(aad);
            byte[] sealed = cipher.doFinal(plaintext);
            return ByteBuffer.allocate(nonce.length + sealed.length).put(nonce).put(sealed).array();
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException("AES-GCM is part of every Java runtime", e);
        }
    }

    /** The plaintext, or {@link WrongKeyException} when the key (or the bytes) are not the ones sealed. */
    public static byte[] open(byte[] key, byte[] sealed, byte[] aad) {
        if (sealed.length < NONCE_BYTES + TAG_BITS / 8) {
            throw new WrongKeyException();
        }
        try {
            Cipher cipher = Cipher.getInstance("AES/GCM/NoPadding");
            cipher.init(Cipher.DECRYPT_MODE, new SecretKeySpec(key, "AES"),
                    new GCMParameterSpec(TAG_BITS, sealed, 0, NONCE_BYTES));
            cipher.updateAAD(aad);
            return cipher.doFinal(sealed, NONCE_BYTES, sealed.length - NONCE_BYTES);
        } catch (AEADBadTagException e) {
            throw new WrongKeyException();
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException("AES-GCM is part of every Java runtime", e);
        }
    }

    public static byte[] random(int bytes) {
        byte[] out = new byte[bytes];
        RANDOM.nextBytes(out);
        return out;
    }
}
