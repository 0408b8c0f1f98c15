package org.refunddesk.store.crypto;

import java.security.InvalidKeyException;
import java.security.NoSuchAlgorithmException;
import java.util.Optional;

import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;

/**
 * A random 160-bit key written as 32 base32 letters in groups of four (RFC 4648 alphabet: no 0/1/8 to
 * confuse with O/I/B). Shown once; it opens the store as a passphrase does. Its entropy makes a slow KDF
 * unnecessary: HMAC-SHA-256 with the stored salt turns it into the key that wraps the store key.
 */
public final class RecoveryKey {
    static final int BYTES = 20;
    private static final String ALPHABET = "ABCDEFGHIJKLMNOPQRSTUVWXYZ234567";
    private final byte[] secret;

    private RecoveryKey(byte[] secret) {
        this.secret = secret;
    }

    public static RecoveryKey generate() {
        return new RecoveryKey(Aead.random(BYTES));
    }

    /** The key typed or pasted by a person (case, spaces and dashes ignored); empty when it is not one. */
    public static Optional<RecoveryKey> parse(char[] text) {
        StringBuilder letters = new StringBuilder();
        for (char c : text) {
            if (c == '-' || Character.isWhitespace(c)) {
                continue;
            }
            char upper = Character.toUpperCase(c);
            if (ALPHABET.indexOf(upper) < 0) {
                return Optional.empty();
            }
            letters.append(upper);
        }
        if (letters.length() != BYTES * 8 / 5) {
            return Optional.empty();
        }
        byte[] out = new byte[BYTES];
        long buffer = 0;
        int bits = 0;
        int index = 0;
        for (int i = 0; i < letters.length(); i++) {
            buffer = (buffer << 5) | ALPHABET.indexOf(letters.charAt(i));
            bits += 5;
            if (bits >= 8) {
                out[index++] = (byte) (buffer >> (bits - 8));
                bits -= 8;
            }
        }
        return Optional.of(new RecoveryKey(out));
    }

    /** {@code ABCD-EFGH-…}: 8 groups of 4. */
    public String text() {
        StringBuilder out = new StringBuilder();
        long buffer = 0;
        int bits = 0;
        for (byte b : secret) {
            buffer = (buffer << 8) | (b & 0xff);
            bits += 8;
            while (bits >= 5) {
                if (out.length() % 5 == 4) {
                    out.append('-');
                }
                out.append(ALPHABET.charAt((int) (buffer >> (bits - 5)) & 31));
                bits -= 5;
            }
        }
        return out.toString();
    }

    byte[] wrappingKey(byte[] salt) {
        try {
            Mac mac = Mac.getInstance("HmacSHA256");
            mac.init(new SecretKeySpec(salt, "HmacSHA256"));
            return mac.doFinal(secret);
        } catch (NoSuchAlgorithmException | InvalidKeyException e) {
            throw new IllegalStateException("HMAC-SHA-256 is part of every Java runtime", e);
        }
    }

    @Override
    public String toString() {
        return "RecoveryKey[hidden]";
    }
}
