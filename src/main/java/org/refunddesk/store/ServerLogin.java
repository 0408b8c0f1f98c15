package org.refunddesk.store;

import java.util.Arrays;

/** Who logs in to a team server: the address (with the login role) and the password (may be empty: trust / peer). */
public record ServerLogin(ServerAddress address, char[] password) {
    public ServerLogin {
        if (address.user() == null) {
            throw new IllegalArgumentException("no user to log in to " + address.label() + " as");
        }
        password = password == null ? new char[0] : password.clone();
    }

    public String user() {
        return address.user();
    }

    /** Never prints the password. */
    @Override
    public String toString() {
        return "ServerLogin[" + address + "]";
    }

    @Override
    public boolean equals(Object o) {
        return o instanceof ServerLogin other && other.address.equals(address) && Arrays.equals(other.password, password);
    }

    @Override
    public int hashCode() {
        return address.hashCode();
    }
}
