package org.refunddesk.domain;

/** The seller's platform. {@code name} is required; the rest optional (model and status have defaults). */
public record Platform(String name, String url, PlatformModel model, PlatformStatus status,
                       String registeredAddress) {
    public Platform {
        model = model == null ? PlatformModel.SELF_OPERATED : model;
        status = status == null ? PlatformStatus.OPERATING : status;
    }
}
