package org.refunddesk.rules.evidence;

import java.math.BigDecimal;
import java.time.Instant;
import java.util.Arrays;
import java.util.EnumSet;
import java.util.Set;
import java.util.UUID;

import org.refunddesk.domain.DeliveryMode;
import org.refunddesk.domain.EvidenceCategory;
import org.refunddesk.domain.EvidenceFact;
import org.refunddesk.domain.EvidenceItem;
import org.refunddesk.domain.PaymentChannel;
import org.refunddesk.domain.Platform;
import org.refunddesk.domain.Problem;
import org.refunddesk.domain.ProblemKind;
import org.refunddesk.domain.ProductType;
import org.refunddesk.domain.Purchase;
import org.refunddesk.domain.RefundCase;

/** Cases and evidence items for the evidence tests. */
public final class EvidenceFixtures {
    public static final Instant PAID = Instant.parse("2025-03-01T02:00:00Z");

    private EvidenceFixtures() {
    }

    public static RefundCase refundCase(ProblemKind kind, DeliveryMode delivery) {
        Purchase purchase = new Purchase("KM20250301001", ProductType.PHONE_CREDIT, delivery, new BigDecimal("100.00"),
                PAID, PaymentChannel.ALIPAY, "2025030122001", delivery == DeliveryMode.DIRECT_TOPUP ? "13800138000" : null,
                null);
        return new RefundCase(UUID.randomUUID(), "话费没到账", null, null, null,
                new Platform("某卡盟", null, null, null, null), purchase,
                new Problem(kind, PAID.plusSeconds(3600), false, false, false, false, null), null, null, null, null,
                PAID, PAID);
    }

    public static EvidenceItem file(String checklistItemId, EvidenceCategory category, EvidenceFact... facts) {
        return file(UUID.randomUUID(), checklistItemId, category, "截图.png", facts);
    }

    public static EvidenceItem file(UUID caseId, String checklistItemId, EvidenceCategory category, String originalName,
                                    EvidenceFact... facts) {
        Set<EvidenceFact> shown = facts.length == 0 ? Set.of() : EnumSet.copyOf(Arrays.asList(facts));
        return new EvidenceItem(UUID.randomUUID(), caseId, category, checklistItemId, UUID.randomUUID() + ".png",
                originalName, "image/png", 1234, "0".repeat(64), PAID.plusSeconds(7200), null, null, shown, null);
    }
}
