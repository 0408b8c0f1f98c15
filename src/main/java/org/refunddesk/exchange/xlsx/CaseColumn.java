package org.refunddesk.exchange.xlsx;

/**
 * The columns of the "cases" sheet, in order, with their width in characters. The first fourteen are
 * the list; order number, delivery and tags follow so a re-import can rebuild the purchase and
 * spot duplicates (same platform + order number). The last four carry {@code problem.feeDisclosed} and the
 * platform's identity (operator, unified social credit code, legal representative) for letters; the last three
 * whose data the case holds: the user's own, or someone who agreed how and when (the case file's consumer.isUser,
 * consentMethod, consentDate).
 */
public enum CaseColumn {
    ID("id", 38), TITLE("title", 28), CONSUMER("consumer", 12), PHONE("phone", 15), PLATFORM("platform", 22),
    PRODUCT("product", 14), AMOUNT("amount", 11), PAID_AT("paidAt", 17), PROBLEM("problem", 22),
    VERDICT("verdict", 10), STATUS("status", 10), ASSIGNEE("assignee", 11), NEXT_DEADLINE("nextDeadline", 17),
    EVIDENCE_SCORE("evidenceScore", 12), ORDER_NO("orderNo", 22), DELIVERY("delivery", 10), TAGS("tags", 18),
    FEE_DISCLOSED("feeDisclosed", 12), OPERATOR("operator", 24), CREDIT_CODE("creditCode", 21),
    LEGAL_REPRESENTATIVE("legalRepresentative", 12),
    IS_USER("isUser", 10), CONSENT_METHOD("consentMethod", 12), CONSENT_DATE("consentDate", 12);

    private final String key;
    private final int width;

    CaseColumn(String key, int width) {
        this.key = key;
        this.width = width;
    }

    public String headerKey() {
        return "caseload.col.case." + key;
    }

    /** The field's name for {@code import-xlsx --map}, e.g. {@code amount}, {@code paidAt}. */
    public String fieldName() {
        return key;
    }

    /**
     * The column whose {@link #fieldName()} (or enum name) this is, ignoring case; a case-file path such as
     * {@code platform.operator} names its last part. Empty when none.
     */
    public static java.util.Optional<CaseColumn> ofFieldName(String name) {
        String field = name.strip().substring(name.strip().lastIndexOf('.') + 1);
        for (CaseColumn c : values()) {
            if (c.key.equalsIgnoreCase(field) || c.name().equalsIgnoreCase(field)) {
                return java.util.Optional.of(c);
            }
        }
        return java.util.Optional.empty();
    }

    public int widthChars() {
        return width;
    }
}
