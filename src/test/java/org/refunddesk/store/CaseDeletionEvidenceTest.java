package org.refunddesk.store;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.List;
import java.util.UUID;
import java.util.stream.Stream;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import org.refunddesk.domain.DeliveryMode;
import org.refunddesk.domain.EvidenceCategory;
import org.refunddesk.domain.EvidenceItem;
import org.refunddesk.domain.ProblemKind;
import org.refunddesk.domain.RefundCase;
import org.refunddesk.rules.evidence.EvidenceFixtures;
import org.refunddesk.store.EvidenceLogEntry.Action;

class CaseDeletionEvidenceTest {
    private static final Instant NOW = Instant.parse("2025-03-05T04:00:00Z");

    @TempDir
    Path dataDir;
    @TempDir
    Path userFiles;

    private Database db;
    private EvidenceVault vault;
    private RefundCase refundCase;

    @BeforeEach
    void open() {
        db = Database.open(dataDir, Clock.fixed(NOW, ZoneOffset.UTC));
        vault = new EvidenceVault(db, Clock.fixed(NOW, ZoneOffset.UTC));
        refundCase = db.cases().create(EvidenceFixtures.refundCase(ProblemKind.NOT_DELIVERED, DeliveryMode.DIRECT_TOPUP));
    }

    @AfterEach
    void close() {
        db.close();
    }

    private EvidenceItem attach(String name) throws IOException {
        Path folder = Files.createDirectories(userFiles.resolve(UUID.randomUUID().toString()));
        Path file = Files.writeString(folder.resolve(name), "content of " + name);
        return vault.attach(EvidenceAttachment.of(refundCase.id(), file, EvidenceCategory.PURCHASE_PROOF));
    }

    private List<String> fileNamesUnder(Path folder) throws IOException {
        if (!Files.exists(folder)) {
            return List.of();
        }
        try (Stream<Path> walk = Files.walk(folder)) {
            return walk.filter(Files::isRegularFile).map(p -> p.getFileName().toString()).sorted().toList();
        }
    }

    @Test
    void deletingACaseMovesItsEvidenceToTheTrashAndLogsCaseDeleted() throws Exception {
        EvidenceItem order = attach("订单.png");
        EvidenceItem chat = attach("chat.txt");

        db.cases().delete(refundCase.id());

        assertThat(db.cases().find(refundCase.id())).isEmpty();
        assertThat(fileNamesUnder(dataDir.resolve("evidence"))).isEmpty();
        assertThat(dataDir.resolve("evidence").resolve(refundCase.id().toString())).doesNotExist();
        Path caseTrash = dataDir.resolve("evidence-trash").resolve(refundCase.id().toString());
        assertThat(fileNamesUnder(caseTrash)).containsExactlyInAnyOrder(order.storedName(), chat.storedName());
        assertThat(Files.readString(caseTrash.resolve(order.storedName()))).isEqualTo("content of 订单.png");
        assertThat(vault.log(refundCase.id()))
                .extracting(EvidenceLogEntry::action, EvidenceLogEntry::originalName, EvidenceLogEntry::reason,
                        EvidenceLogEntry::at)
                .containsExactly(
                        org.assertj.core.groups.Tuple.tuple(Action.REMOVED, "订单.png", "case deleted", NOW),
                        org.assertj.core.groups.Tuple.tuple(Action.REMOVED, "chat.txt", "case deleted", NOW));
    }

    @Test
    void filesAlreadyInTheTrashStayThereAndAreNotLoggedTwice() throws Exception {
        EvidenceItem kept = attach("kept.png");
        EvidenceItem removed = attach("removed.png");
        vault.remove(removed.id(), "wrong file");

        db.cases().delete(refundCase.id());

        assertThat(fileNamesUnder(dataDir.resolve("evidence-trash")))
                .containsExactlyInAnyOrder(kept.storedName(), removed.storedName());
        assertThat(vault.log(refundCase.id())).extracting(EvidenceLogEntry::reason)
                .containsExactly("wrong file", "case deleted");
    }

    @Test
    void whenAFileCannotBeMovedTheCaseAndAllItsEvidenceStayAsTheyWere() throws Exception {
        EvidenceItem first = attach("first.png");
        EvidenceItem second = attach("second.png");
        // a folder where the second file's trash copy would go makes that move fail after the first one
        Files.createDirectories(dataDir.resolve("evidence-trash").resolve(refundCase.id().toString())
                .resolve(second.storedName()).resolve("blocker"));

        assertThatThrownBy(() -> db.cases().delete(refundCase.id()))
                .isInstanceOf(StoreException.class)
                .hasMessageContaining("cannot move the evidence files to the trash");

        assertThat(db.cases().find(refundCase.id())).isPresent();
        assertThat(vault.list(refundCase.id())).extracting(EvidenceItem::id).containsExactly(first.id(), second.id());
        assertThat(vault.verify(refundCase.id())).isEmpty();
        assertThat(vault.log(refundCase.id())).isEmpty();
        assertThat(dataDir.resolve("evidence-trash").resolve(refundCase.id().toString())
                .resolve(first.storedName())).doesNotExist();
    }

    @Test
    void deletingAnUnknownCaseMovesNothing() throws Exception {
        EvidenceItem item = attach("order.png");

        assertThatThrownBy(() -> db.cases().delete(UUID.randomUUID())).isInstanceOf(CaseNotFoundException.class);

        assertThat(vault.verify(refundCase.id())).isEmpty();
        assertThat(fileNamesUnder(dataDir.resolve("evidence"))).containsExactly(item.storedName());
    }
}
