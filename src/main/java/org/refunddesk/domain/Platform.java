package org.refunddesk.domain;

/**
 * The seller's platform. {@code name} is required; the rest optional (model and status have defaults).
 * {@code operator} is the company's registered name, {@code creditCode} its unified social credit code
 * (统一社会信用代码, {@link CreditCode}), {@code legalRepresentative} its legal representative: the legal
 * identity a 12315 complaint or a court complaint must name.
 */
public record Platform(String name, String url, PlatformModel model, PlatformStatus status,
                       String registeredAddress, String operator, String creditCode, String legalRepresentative) {
    public Platform {
        model = model == null ? PlatformModel.SELF_OPERATED : model;
        status = status == null ? PlatformStatus.OPERATING : status;
    }

    /** Without the business's legal identity (kept so older call sites compile). */
    public Platform(String name, String url, PlatformModel model, PlatformStatus status, String registeredAddress) {
        this(name, url, model, status, registeredAddress, null, null, null);
    }

    public Platform withIdentity(String newOperator, String newCreditCode, String newLegalRepresentative) {
        return new Platform(name, url, model, status, registeredAddress, newOperator, newCreditCode,
                newLegalRepresentative);
    }
}
