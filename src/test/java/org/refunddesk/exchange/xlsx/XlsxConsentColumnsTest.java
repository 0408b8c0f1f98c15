package org.refunddesk.exchange.xlsx;

import static org.assertj.core.api.Assertions.assertThat;
import static org.refunddesk.rules.caseload.CaseloadFixtures.refundCase;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.refunddesk.domain.CaseOverview;
import org.refunddesk.domain.Consent;
import org.refunddesk.domain.ConsentMethod;
import org.refunddesk.domain.RefundCase;
import org.refunddesk.exchange.ExportProgress;
import org.refunddesk.rules.i18n.Messages;

/** Whose data a case holds (consumer.isUser, consentMethod, consentDate) goes out with the XLSX and comes back. */
class XlsxConsentColumnsTest {
    private static final Messages ZH = Messages.forTag("zh");
    private static final Messages EN = Messages.forTag("en");

    @TempDir
    Path dir;

    @Test
    void consentGoesOutAndComesBackInEitherLanguageMaskedOrInFull() throws IOException {
        List<Consent> consents = new ArrayList<>();
        consents.add(Consent.SELF);
        consents.add(new Consent(false, ConsentMethod.PHONE, LocalDate.of(2026, 3, 1)));
        consents.add(new Consent(false, ConsentMethod.WRITTEN, LocalDate.of(2025, 12, 31)));
        consents.add(null); // recorded before the question was asked
        List<RefundCase> originals = new ArrayList<>();
        for (int i = 0; i < consents.size(); i++) {
            RefundCase c = refundCase("星辰卡盟", "1" + i + ".00", "张三", "1381234123" + i, "SO-" + i);
            originals.add(withConsent(c, consents.get(i)));
        }
        for (Messages language : List.of(ZH, EN)) {
            for (boolean inFull : List.of(false, true)) {
                Path file = dir.resolve("consent-" + language.locale() + "-" + inFull + ".xlsx");
                List<CaseOverview> overviews = originals.stream().map(c -> CaseOverview.of(c, List.of())).toList();
                new XlsxCaseExporter(language, inFull).export(overviews, overviews.size(), file, ExportProgress.NONE);

                ImportPreview preview = preview(file, language);

                assertThat(preview.errors()).isEmpty();
                assertThat(preview.casesToImport()).extracting(c -> c.consumer().consent())
                        .as(language.locale() + " in full " + inFull).containsExactlyElementsOf(consents);
            }
        }
    }

    @Test
    void badConsentCellsAreRefusedNamingRowAndColumnAndTheRowIsNotImported() throws IOException {
        Path csv = dir.resolve("consent.csv");
        Files.writeString(csv, "平台,商品,金额,付款时间,消费者是我本人,同意方式,同意日期\n"
                + "星辰卡盟,话费充值,10,2024-05-01 10:00,否,电话,2026-03-01\n"
                + "星辰卡盟,话费充值,11,2024-05-01 10:00,也许,,\n"
                + "星辰卡盟,话费充值,12,2024-05-01 10:00,否,微信,昨天\n"
                + "星辰卡盟,话费充值,13,2024-05-01 10:00,否,,\n"
                + "星辰卡盟,话费充值,14,2024-05-01 10:00,,当面,2026-03-01\n"
                + "星辰卡盟,话费充值,15,2024-05-01 10:00,是,,\n"
                + "星辰卡盟,话费充值,16,2024-05-01 10:00,,,\n");

        ImportPreview preview = preview(csv, ZH);

        assertThat(preview.errors()).extracting(e -> e.message(ZH)).containsExactly(
                "第 3 行 消费者是我本人: “也许” 不是“是”“否”或“不清楚”",
                "第 4 行 同意方式: “微信” 不是可选值之一（当面 / 电话 / 书面 / 线上）",
                "第 4 行 同意日期: “昨天” 不是日期（例如 2026-03-01）",
                "第 5 行 同意方式: “” “消费者是我本人”为“否”（帮别人维权）时必须填写",
                "第 5 行 同意日期: “” “消费者是我本人”为“否”（帮别人维权）时必须填写",
                "第 6 行 消费者是我本人: “” 填了同意方式或日期时，“消费者是我本人”须填“是”或“否”");
        List<ImportPreview.PreviewRow> rows = preview.rows();
        assertThat(rows.get(0).parsed().consumer().consent())
                .isEqualTo(new Consent(false, ConsentMethod.PHONE, LocalDate.of(2026, 3, 1)));
        assertThat(rows.subList(1, 5)).allSatisfy(r -> assertThat(r.parsed()).isNull());
        assertThat(rows.get(5).parsed().consumer().consent()).isEqualTo(Consent.SELF);
        assertThat(rows.get(6).parsed().consumer().consent()).isNull();
        assertThat(preview.hasErrors()).isTrue();
    }

    @Test
    void theConsentColumnsCanBeMappedByTheirCaseFileNames() {
        assertThat(CaseColumn.ofFieldName("consumer.isUser")).contains(CaseColumn.IS_USER);
        assertThat(CaseColumn.ofFieldName("consumer.consentMethod")).contains(CaseColumn.CONSENT_METHOD);
        assertThat(CaseColumn.ofFieldName("consumer.consentDate")).contains(CaseColumn.CONSENT_DATE);
    }

    private static RefundCase withConsent(RefundCase c, Consent consent) {
        return new RefundCase(c.id(), c.title(), c.consumer().withConsent(consent), c.assignee(), c.tags(),
                c.platform(), c.purchase(), c.problem(), c.events(), c.status(), c.redFlags(), c.assessment(),
                c.createdAt(), c.updatedAt());
    }

    private static ImportPreview preview(Path file, Messages language) throws IOException {
        XlsxCaseImporter importer = new XlsxCaseImporter(language);
        ImportTable table = importer.read(file);
        return importer.preview(table, ColumnMapping.detect(table.headers()), List.of());
    }
}
