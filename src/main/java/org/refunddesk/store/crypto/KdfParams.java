package org.refunddesk.store.crypto;

import java.util.Arrays;

import org.bouncycastle.crypto.generators.Argon2BytesGenerator;
import org.bouncycastle.crypto.params.Argon2Parameters;

/**
 * Argon2id cost parameters, stored beside the salt in the key file so a store opens with the cost it was
 * made with. Memory-hard, unlike H2's own 10 rounds of hashing, so guessing a human passphrase stays slow
 * even on a GPU.
 */
public record KdfParams(int memoryKiB, int iterations, int parallelism) {
    /** 64 MiB: fits the oldest laptops a volunteer is likely to use, and is what makes guessing costly. */
    public static final int DEFAULT_MEMORY_KIB = 64 * 1024;
    public static final int KEY_BYTES = 32;

    public KdfParams {
        if (memoryKiB < 8 * parallelism || iterations < 1 || parallelism < 1) {
            throw new IllegalArgumentException("bad Argon2id parameters m=" + memoryKiB + " t=" + iterations
                    + " p=" + parallelism);
        }
    }

    /** A 256-bit key from the passphrase and salt. */
    public byte[] derive(char[] passphrase, byte[] salt) {
        Argon2Parameters parameters = new Argon2Parameters.Builder(Argon2Parameters.ARGON2_id)
                .withVersion(Argon2Parameters.ARGON2_VERSION_13)
                .withMemoryAsKB(memoryKiB)
                .withIterations(iterations)
                .withParallelism(parallelism)
                .withSalt(salt)
                .build();
        Argon2BytesGenerator generator = new Argon2BytesGenerator();
        generator.init(parameters);
        byte[] key = new byte[KEY_BYTES];
        generator.generateBytes(passphrase, key);
        return key;
    }

    /**
     * Parameters that take about {@code targetMillis} on this machine: 64 MiB, one lane, and as many
     * passes as fit (at least 2). Measured once when a store is encrypted.
     */
    public static KdfParams tune(long targetMillis) {
        KdfParams probe = new KdfParams(DEFAULT_MEMORY_KIB, 1, 1);
        byte[] salt = new byte[16];
        char[] sample = "tuning".toCharArray();
        probe.derive(sample, salt); // warm-up: class loading and JIT would inflate the first measure
        long start = System.nanoTime();
        byte[] key = probe.derive(sample, salt);
        long onePassMillis = Math.max(1, (System.nanoTime() - start) / 1_000_000);
        Arrays.fill(key, (byte) 0);
        int passes = (int) Math.max(2, Math.min(20, Math.round((double) targetMillis / onePassMillis)));
        return new KdfParams(DEFAULT_MEMORY_KIB, passes, 1);
    }
}
