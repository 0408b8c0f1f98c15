package org.refunddesk.rules.letters;

import java.util.Arrays;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Collectors;

/**
 * Everything a letter sentence may state, each taken from a field or an event of the case (or, for
 * {@link Kind#REQUEST}, what the letter itself asks for). Templates name facts by {@link #key()}; a
 * template naming an unknown fact fails to load, so a typo never reaches a user.
 */
public enum Fact {
    CONSUMER_NAME("consumerName", Kind.TEXT), CONSUMER_PHONE("consumerPhone", Kind.TEXT),
    CONSUMER_ADDRESS("consumerAddress", Kind.TEXT),
    PLATFORM_NAME("platformName", Kind.TEXT), PLATFORM_URL("platformUrl", Kind.TEXT),
    PLATFORM_ADDRESS("platformAddress", Kind.TEXT), OPERATOR("operator", Kind.TEXT),
    CREDIT_CODE("creditCode", Kind.TEXT), LEGAL_REPRESENTATIVE("legalRepresentative", Kind.TEXT),
    /** The business as a respondent is named: the registered operator, else the platform's name. */
    BUSINESS_NAME("businessName", Kind.TEXT),
    ORDER_NO("orderNo", Kind.TEXT), AMOUNT("amount", Kind.TEXT), PAID_AT("paidAt", Kind.TEXT),
    PRODUCT("product", Kind.TEXT), PAYMENT_CHANNEL("paymentChannel", Kind.TEXT), PAYMENT_REF("paymentRef", Kind.TEXT),
    TARGET_ACCOUNT("targetAccount", Kind.TEXT), ADVERTISED_VALIDITY("advertisedValidity", Kind.TEXT),
    DISCOVERED_AT("discoveredAt", Kind.TEXT), PROBLEM("problem", Kind.TEXT),
    /** Refunds received so far (only when some were). */
    REFUNDED("refunded", Kind.TEXT),
    /** What is still owed: price less refunds received. */
    OUTSTANDING("outstanding", Kind.TEXT),
    /** The CRPL art. 55 figure, only where the rules give it as a conditional claim. */
    PUNITIVE("punitive", Kind.TEXT),
    /** The latest effective DEMAND_SENT: its date and the deadline it set. */
    DEMAND_AT("demandAt", Kind.TEXT), DEMAND_DEADLINE("demandDeadline", Kind.TEXT),
    DELIVERED_AT("deliveredAt", Kind.TEXT),
    /** A marketplace seller's name: the case file has no field for it, so a letter that needs it shows a blank. */
    SELLER_NAME("sellerName", Kind.TEXT),
    /** The date this letter asks for an answer by, and what the letter names as the next step. */
    DEADLINE("deadline", Kind.REQUEST), RECIPIENT("recipient", Kind.REQUEST), NEXT_STEP("nextStep", Kind.REQUEST),
    FACTS("facts", Kind.BLOCK), DEMAND("demand", Kind.BLOCK), STATEMENT("statement", Kind.BLOCK), HISTORY("history", Kind.BLOCK), EVIDENCE("evidence", Kind.BLOCK),
    BASIS("basis", Kind.BLOCK),
    ACTIVATED("activated", Kind.FLAG), USED("used", Kind.FLAG), EXTRACTED("extracted", Kind.FLAG),
    DELIVERED("delivered", Kind.FLAG), REORDERED("reordered", Kind.FLAG), CARD_KEY("cardKey", Kind.FLAG),
    DEMAND_SENT("demandSent", Kind.FLAG), DEMAND_UNANSWERED("demandUnanswered", Kind.FLAG),
    MARKETPLACE("marketplace", Kind.FLAG), INTEREST("interest", Kind.FLAG), PARTLY_REFUNDED("partlyRefunded", Kind.FLAG),
    PLATFORM_GONE("platformGone", Kind.FLAG), MASKED("masked", Kind.FLAG),
    /** The recipient mediates (12315, a consumer association): if that fails, court or arbitration follow (CRPL 39). */
    MEDIATION("mediation", Kind.FLAG);

    /** A text value; a flag (true, false or unknown); a list of sentences; a value the letter itself sets. */
    public enum Kind {
        TEXT, FLAG, BLOCK, REQUEST
    }

    private static final Map<String, Fact> BY_KEY = Arrays.stream(values())
            .collect(Collectors.toMap(Fact::key, Function.identity()));

    private final String key;
    private final Kind kind;

    Fact(String key, Kind kind) {
        this.key = key;
        this.kind = kind;
    }

    public String key() {
        return key;
    }

    public Kind kind() {
        return kind;
    }

    public static Fact ofKey(String key) {
        Fact f = BY_KEY.get(key);
        if (f == null) {
            throw new IllegalArgumentException("unknown fact {" + key + "}");
        }
        return f;
    }
}
