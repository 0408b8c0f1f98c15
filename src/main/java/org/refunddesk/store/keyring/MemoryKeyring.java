package org.refunddesk.store.keyring;

import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;

/** No keyring on this system (Windows, a Linux without secret-tool): the password lives for this run only. */
public final class MemoryKeyring implements Keyring {
    private final Map<String, String> passwords = new ConcurrentHashMap<>();

    @Override
    public boolean persistent() {
        return false;
    }

    @Override
    public String description() {
        return "memory only";
    }

    @Override
    public Optional<String> read(String account) {
        return Optional.ofNullable(passwords.get(account));
    }

    @Override
    public void store(String account, String password) {
        passwords.put(account, password);
    }

    @Override
    public void delete(String account) {
        passwords.remove(account);
    }
}
