package org.refunddesk.store.crypto;

import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.HexFormat;

/**
 * The store's data key: 256 random bits made once when a store is encrypted. It opens the H2 file (as its
 * file password) and wraps each evidence file's own key. Passphrases and the recovery key only wrap it,
 * so changing the passphrase rewrites the key file, not the data.
 */
public final class StoreKey {
    private static final byte[] FILE_KEY_AAD = "refunddesk evidence file key".getBytes(StandardCharsets.US_ASCII);
    private final byte[] key;

    private StoreKey(byte[] key) {
        if (key.length != KdfParams.KEY_BYTES) {
            throw new IllegalArgumentException("a store key has 32 bytes");
        }
        this.key = key.clone();
    }

    public static StoreKey generate() {
        return new StoreKey(Aead.random(KdfParams.KEY_BYTES));
    }

    static StoreKey of(byte[] key) {
        return new StoreKey(key);
    }

    byte[] bytes() {
        return key.clone();
    }

    /**
     * H2's file password: the key in hex. H2 stretches it with only 10 hash rounds, which is harmless for
     * 256 random bits (the passphrase itself never reaches H2).
     */
    public char[] h2FilePassword() {
        return HexFormat.of().formatHex(key).toCharArray();
    }

    /** Seals an evidence file's key under the store key. */
    public byte[] wrap(byte[] fileKey) {
        return Aead.seal(key, fileKey, FILE_KEY_AAD);
    }

    public byte[] unwrap(byte[] wrapped) {
        return Aead.open(key, wrapped, FILE_KEY_AAD);
    }

    @Override
    public boolean equals(Object o) {
        return o instanceof StoreKey other && java.security.MessageDigest.isEqual(key, other.key);
    }

    @Override
    public int hashCode() {
        return Arrays.hashCode(key);
    }

    @Override
    public String toString() {
        return "StoreKey[hidden]";
    }
}
