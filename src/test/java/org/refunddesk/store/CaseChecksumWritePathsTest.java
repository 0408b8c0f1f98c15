package org.refunddesk.store;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.refunddesk.domain.CaseEvent;
import org.refunddesk.domain.CaseStatus;
import org.refunddesk.domain.Channel;
import org.refunddesk.domain.EventType;
import org.refunddesk.domain.RefundCase;
import org.refunddesk.testing.SampleCases;

/**
 * Every path that writes a case writes its checksum in the same transaction (issue 15, problem 5): after writing
 * through each, no row is without one and every case reads back as written, which it would not if a path left an
 * old checksum behind (the read would call the case damaged).
 */
class CaseChecksumWritePathsTest {
    private static final Clock CLOCK = Clock.fixed(Instant.parse("2026-03-05T03:00:00Z"), ZoneOffset.UTC);

    @TempDir
    Path tmp;

    @Test
    void everyWritePathLeavesEachCaseWithAChecksumThatFitsIt() {
        Path dir = tmp.resolve("data");
        List<UUID> ids = new ArrayList<>();
        try (Database db = Database.open(dir, CLOCK)) {
            CaseRepository cases = db.cases();
            RefundCase created = cases.create(SampleCases.full("新建"));
            ids.add(created.id());
            cases.createAll(List.of(SampleCases.full("一批一"), SampleCases.minimal("一批二")))
                    .forEach(rc -> ids.add(rc.id()));
            cases.createEach(each -> { // the streamed import
                RefundCase imported = SampleCases.full("导入");
                ids.add(imported.id());
                each.accept(imported);
            });
            // an edit that adds an event before the stored ones, at the same moment as one of them
            RefundCase edited = created.withTags(List.of("改过")).withEvent(new CaseEvent(null, EventType.SUPPLEMENT_SENT,
                    created.events().get(0).at(), Channel.PLATFORM, null, null, null, "补充", null, null));
            cases.update(edited);
            VersionedCase read = cases.findVersioned(created.id()).orElseThrow();
            VersionedCase saved = cases.update(read.refundCase().withStatus(CaseStatus.ESCALATED), read.version());
            cases.updateAllVersioned(List.of(new VersionedCase(saved.refundCase().withAssignee("钱志愿"), saved.version())));
            cases.updateAll(cases.list().stream().map(rc -> rc.withStatus(CaseStatus.WAITING)).toList()); // bulk status
            cases.assignAll(ids, "孙志愿");
            cases.appendEvent(ids.get(1), CaseEvent.of(EventType.SUPPLEMENT_SENT, CLOCK.instant(), Channel.PLATFORM));
            List<RefundCase> backup = cases.list();
            RefundCase restoredOne = SampleCases.full("恢复来的");
            ids.add(restoredOne.id());
            List<RefundCase> replaced = new ArrayList<>(backup.stream().map(rc -> rc.withTags(List.of("恢复"))).toList());
            replaced.add(restoredOne);
            cases.replaceAll(replaced); // restore
            StoreRestore restore = new StoreRestore(db, CLOCK);
            RefundCase mergedOne = SampleCases.minimal("合并来的");
            ids.add(mergedOne.id());
            try (EvidenceStaging none = restore.staging()) {
                restore.restore(StoreRestore.Mode.MERGE, List.of(mergedOne, backup.get(0).withTags(List.of("合并改过")))::forEach,
                        StoreRestore.Extras.NONE, none);
            }
            assertEveryCaseSealedAndReadable(db, ids);
        }
        // a team copy (push/pull) writes through create and appendEvent into the other store
        try (Database from = Database.open(dir, CLOCK); Database to = Database.open(tmp.resolve("other"), CLOCK)) {
            RefundCase there = from.cases().find(ids.get(0)).orElseThrow();
            to.cases().create(new RefundCase(there.id(), there.title(), there.consumer(), there.assignee(), there.tags(),
                    there.platform(), there.purchase(), there.problem(), there.events().subList(0, 2), there.status(),
                    there.redFlags(), there.assessment(), null, null)); // the rest of its events come as appends
            new TeamTransfer(CLOCK).copy(from, to);
            assertEveryCaseSealedAndReadable(to, ids);
        }
        // encrypting rewrites the file, not the rows: the checksums still fit
        new StoreEncryption(dir, CLOCK).encrypt("correct horse battery".toCharArray(), StoreEncryptionTest.CHEAP, false);
        try (Database db = Database.open(dir, CLOCK, StoreEncryption.unlock(dir, "correct horse battery".toCharArray()))) {
            assertEveryCaseSealedAndReadable(db, ids);
        }
    }

    @Test
    void aRowSavedBeforeChecksumsGetsOneAtItsNextSaveOrAtCheck() throws Exception {
        Path dir = tmp.resolve("old");
        RefundCase saved = SampleCases.full("旧的").withTimestamps(CLOCK.instant(), CLOCK.instant());
        RefundCase checked = SampleCases.full("检查时补上").withTimestamps(CLOCK.instant(), CLOCK.instant());
        try (Database db = Database.open(dir, CLOCK)) {
            db.inTransaction(c -> { // as a store before V24 wrote them
                for (RefundCase rc : List.of(saved, checked)) {
                    try (PreparedStatement ps = c.prepareStatement(CaseRows.INSERT_WITHOUT_CHECKSUM)) {
                        CaseRows.bindWithoutChecksum(ps, rc);
                        ps.executeUpdate();
                    }
                    CaseRows.insertTags(c, rc);
                    EventRows.append(c, rc.id(), rc.events());
                }
                return null;
            });
            assertThat(checksum(db, saved.id())).isNull();
            assertThat(db.cases().find(saved.id())).contains(saved); // not yet computed is not damaged

            db.cases().update(saved.withStatus(CaseStatus.WAITING));
            assertThat(checksum(db, saved.id())).isNotNull();
            assertThat(checksum(db, checked.id())).isNull();

            assertThat(StoreCheck.run(db).clean()).isTrue();
            assertThat(checksum(db, checked.id())).isEqualTo(CaseChecksum.of(checked));
        }
    }

    private static void assertEveryCaseSealedAndReadable(Database db, List<UUID> expected) {
        int unsealed = db.inTransaction(c -> {
            try (PreparedStatement ps = c.prepareStatement("SELECT COUNT(*) FROM cases WHERE checksum IS NULL");
                 ResultSet rs = ps.executeQuery()) {
                rs.next();
                return rs.getInt(1);
            }
        });
        assertThat(unsealed).isZero();
        StoreCheck.Report report = StoreCheck.run(db);
        assertThat(report.damaged()).isEmpty();
        assertThat(report.readable()).isEqualTo(db.cases().count());
        assertThat(db.cases().list()).extracting(RefundCase::id).containsAll(expected);
    }

    private static Long checksum(Database db, UUID id) {
        return db.inTransaction(c -> {
            try (PreparedStatement ps = c.prepareStatement("SELECT checksum FROM cases WHERE id = ?")) {
                Sql.setUuid(ps, 1, id);
                try (ResultSet rs = ps.executeQuery()) {
                    rs.next();
                    long v = rs.getLong(1);
                    return rs.wasNull() ? null : v;
                }
            }
        });
    }
}
