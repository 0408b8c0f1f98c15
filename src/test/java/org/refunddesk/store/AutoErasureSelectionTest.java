package org.refunddesk.store;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.prefs.Preferences;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.refunddesk.domain.CaseStatus;
import org.refunddesk.domain.RefundCase;
import org.refunddesk.testing.SampleCases;
import org.refunddesk.ui.settings.UiPreferences;

/** Automatic erasure picks only closed cases older than N months, and is off unless the user sets N. */
class AutoErasureSelectionTest {
    private static final Instant NOW = Instant.parse("2026-11-20T04:00:00Z");

    @TempDir
    Path dir;

    private static RefundCase aged(String title, CaseStatus status, int daysAgo) {
        Instant at = NOW.minusSeconds(daysAgo * 86_400L);
        return SampleCases.full(title).withStatus(status).withTimestamps(at.minusSeconds(3600), at);
    }

    @Test
    void onlyClosedCasesOlderThanTheMonthsAreChosen() {
        try (Database db = Database.open(dir, Clock.fixed(NOW, ZoneOffset.UTC))) {
            RefundCase oldClosed = db.cases().create(aged("结案很久", CaseStatus.CLOSED, 200));
            db.cases().create(aged("刚结案", CaseStatus.CLOSED, 30));
            db.cases().create(aged("很久未结", CaseStatus.IN_PROGRESS, 400));
            db.cases().create(aged("已解决未结案", CaseStatus.RESOLVED, 400));
            CaseErasure erasure = new CaseErasure(db, Clock.fixed(NOW, ZoneOffset.UTC));

            assertThat(erasure.closedOlderThan(6)).containsExactly(oldClosed.id());
            assertThat(erasure.closedOlderThan(12)).isEmpty();
            assertThat(erasure.closedOlderThan(0)).isEmpty();
        }
    }

    @Test
    void automaticErasureIsOffByDefault() throws Exception {
        Preferences node = Preferences.userRoot().node("org/refunddesk/test/autoErase-" + System.nanoTime());
        try {
            assertThat(UiPreferences.load(node).autoEraseClosedMonths()).isZero();
        } finally {
            node.removeNode();
        }
    }
}
