package org.refunddesk.store;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.file.Path;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.refunddesk.domain.CaseStatus;
import org.refunddesk.rules.caseload.CaseFilter;

class SavedViewsTest {
    private static final Clock CLOCK = Clock.fixed(Instant.parse("2026-03-02T03:00:00Z"), ZoneOffset.UTC);

    @TempDir
    Path dir;

    @Test
    void savedViewsSurviveReopeningTheDatabase() {
        CaseFilter urgent = CaseFilter.assignedTo("张志愿").withStatus(CaseStatus.WAITING).withDueWithin(Duration.ofDays(3));
        try (Database db = Database.open(dir, CLOCK)) {
            new SavedViews(db, CLOCK).save("我的急件", urgent);
            new SavedViews(db, CLOCK).save("全部星辰", CaseFilter.ALL.withPlatform("星辰卡盟"));
        }
        try (Database db = Database.open(dir, CLOCK)) {
            assertThat(new SavedViews(db, CLOCK).list()).containsExactly(
                    new SavedViews.SavedView("全部星辰", CaseFilter.ALL.withPlatform("星辰卡盟")),
                    new SavedViews.SavedView("我的急件", urgent));
        }
    }

    @Test
    void savingUnderAnExistingNameReplacesAndDeleteRemoves() {
        try (Database db = Database.open(dir, CLOCK)) {
            SavedViews views = new SavedViews(db, CLOCK);
            views.save("v", CaseFilter.ALL.withTag("a"));
            views.save("v", CaseFilter.ALL.withTag("b"));
            assertThat(views.list()).extracting(SavedViews.SavedView::filter).containsExactly(CaseFilter.ALL.withTag("b"));
            views.delete("v");
            assertThat(views.list()).isEmpty();
        }
    }

    @Test
    void aViewNeedsAName() {
        try (Database db = Database.open(dir, CLOCK)) {
            assertThatThrownBy(() -> new SavedViews(db, CLOCK).save(" ", CaseFilter.ALL))
                    .isInstanceOf(IllegalArgumentException.class);
        }
    }
}
