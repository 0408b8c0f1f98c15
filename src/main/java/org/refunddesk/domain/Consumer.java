package org.refunddesk.domain;

/**
 * The person who paid. Every field is optional; {@code consent} is null for a case recorded before the
 * question whose data it is was asked (issue 18).
 */
public record Consumer(String name, String phone, String address, Consent consent) {
    public static final Consumer EMPTY = new Consumer(null, null, null);

    public Consumer(String name, String phone, String address) {
        this(name, phone, address, null);
    }

    public Consumer withConsent(Consent newConsent) {
        return new Consumer(name, phone, address, newConsent);
    }
}
