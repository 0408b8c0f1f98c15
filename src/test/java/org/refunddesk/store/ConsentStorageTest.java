package org.refunddesk.store;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.file.Path;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.Arrays;
import java.util.UUID;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.refunddesk.domain.Consent;
import org.refunddesk.domain.ConsentMethod;
import org.refunddesk.domain.RefundCase;
import org.refunddesk.exchange.CaseFileException;
import org.refunddesk.exchange.CaseFiles;
import org.refunddesk.testing.SampleCases;

/** Consent is kept by the store (V10) and the case file, and is "not answered" for older cases. */
class ConsentStorageTest {
    private static final Clock CLOCK = Clock.fixed(Instant.parse("2026-03-05T08:30:00Z"), ZoneOffset.UTC);

    @TempDir
    Path dir;

    private static RefundCase with(Consent consent) {
        RefundCase b = SampleCases.full("帮邻居");
        return new RefundCase(UUID.randomUUID(), b.title(), b.consumer().withConsent(consent), b.assignee(), b.tags(),
                b.platform(), b.purchase(), b.problem(), b.events(), b.status(), b.redFlags(), b.assessment(),
                b.createdAt(), b.updatedAt());
    }

    @Test
    void theStoreKeepsSelfSomeoneElseAndUnanswered() {
        Consent other = new Consent(false, ConsentMethod.IN_PERSON, LocalDate.of(2026, 3, 1));
        try (Database db = Database.open(dir, CLOCK)) {
            for (Consent consent : Arrays.asList(Consent.SELF, other, null)) {
                RefundCase c = db.cases().create(with(consent));
                assertThat(db.cases().find(c.id()).orElseThrow().consumer().consent()).isEqualTo(consent);
            }
        }
    }

    @Test
    void theCaseFileCarriesConsentAndReadsOlderFilesAsUnanswered() {
        Consent other = new Consent(false, ConsentMethod.ONLINE, LocalDate.of(2026, 3, 1));
        String json = CaseFiles.writeCase(with(other));

        assertThat(json).contains("\"isUser\": false", "\"consentMethod\": \"ONLINE\"", "\"consentDate\": \"2026-03-01\"");
        assertThat(CaseFiles.readCase(json).consumer().consent()).isEqualTo(other);
        assertThat(CaseFiles.readCase(CaseFiles.writeCase(with(null))).consumer().consent()).isNull();
    }

    @Test
    void aConsentDateThatIsNotADateNamesItsField() {
        String json = CaseFiles.writeCase(with(new Consent(false, ConsentMethod.PHONE, LocalDate.of(2026, 3, 1))))
                .replace("2026-03-01", "yesterday");

        assertThatThrownBy(() -> CaseFiles.readCase(json)).isInstanceOf(CaseFileException.class)
                .hasMessageStartingWith("consumer.consentDate: ");
    }
}
