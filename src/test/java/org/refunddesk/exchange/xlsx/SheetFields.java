package org.refunddesk.exchange.xlsx;

import static org.assertj.core.api.Assertions.assertThat;

import org.refunddesk.domain.RefundCase;

/** Compares what the cases sheet carries of two cases (the rest is not exported, so cannot come back). */
public final class SheetFields {
    private SheetFields() {
    }

    public static void assertSame(RefundCase imported, RefundCase original) {
        assertThat(imported.id()).isEqualTo(original.id());
        assertThat(imported.title()).isEqualTo(original.title());
        assertThat(imported.consumer().name()).isEqualTo(original.consumer().name());
        assertThat(imported.consumer().phone()).isEqualTo(original.consumer().phone());
        assertThat(imported.platform().name()).isEqualTo(original.platform().name());
        assertThat(imported.purchase().product()).isEqualTo(original.purchase().product());
        assertThat(imported.purchase().delivery()).isEqualTo(original.purchase().delivery());
        assertThat(imported.purchase().amount()).isEqualTo(original.purchase().amount());
        assertThat(imported.purchase().paidAt()).isEqualTo(original.purchase().paidAt());
        assertThat(imported.purchase().orderNo()).isEqualTo(original.purchase().orderNo());
        assertThat(imported.problem().kind()).isEqualTo(original.problem().kind());
        if (original.assessment() != null) {
            // a case never assessed is exported with the verdict computed at export time, which then comes back
            assertThat(imported.assessment().verdict()).isEqualTo(original.assessment().verdict());
        }
        assertThat(imported.status()).isEqualTo(original.status());
        assertThat(imported.assignee()).isEqualTo(original.assignee());
        assertThat(imported.tags()).isEqualTo(original.tags());
    }
}
