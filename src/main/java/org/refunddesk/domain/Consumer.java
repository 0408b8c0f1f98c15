package org.refunddesk.domain;

/** The person who paid. Every field is optional. */
public record Consumer(String name, String phone, String address) {
    public static final Consumer EMPTY = new Consumer(null, null, null);
}
