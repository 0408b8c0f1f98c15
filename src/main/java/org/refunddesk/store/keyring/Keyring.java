package org.refunddesk.store.keyring;

import java.util.Optional;

/**
 * Where the team-server password is kept between runs: the operating system's keyring where there is one,
 * else only this run's memory (the app asks at start). {@link #persistent()} tells which.
 */
public interface Keyring {
    /** The service name entries are filed under. */
    String SERVICE = "RefundDesk team server";

    /** True when a stored password outlives this run. */
    boolean persistent();

    /** Keyring name for people ("GNOME Keyring / KWallet (secret-tool)", "macOS Keychain", "memory only"). */
    String description();

    Optional<String> read(String account) throws KeyringException;

    void store(String account, String password) throws KeyringException;

    void delete(String account) throws KeyringException;
}
