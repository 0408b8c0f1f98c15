package org.refunddesk.rules.evidence;

import static org.assertj.core.api.Assertions.assertThat;
import static org.refunddesk.rules.evidence.EvidenceFixtures.file;

import java.util.List;
import java.util.UUID;

import org.junit.jupiter.api.Test;

import org.refunddesk.domain.EvidenceCategory;
import org.refunddesk.domain.EvidenceItem;
import org.refunddesk.rules.i18n.Messages;

class BundleNamingTest {
    private final EvidenceChecklist checklist = EvidenceChecklist.builtIn();
    private final UUID caseId = UUID.randomUUID();

    private List<String> names(String lang, List<EvidenceItem> files) {
        return new BundleNaming(checklist, new EvidenceTexts(Messages.forTag(lang), checklist)).plan(files).stream()
                .map(BundleNaming.PlannedFile::fileName).toList();
    }

    @Test
    void filesAreNumberedPurchaseThenPromiseThenProblemThenCommunications() {
        List<EvidenceItem> files = List.of(
                file(caseId, "service-chat", EvidenceCategory.COMMUNICATION, "wx chat.JPG"),
                file(caseId, "not-arrived-record", EvidenceCategory.PROBLEM_PROOF, "10086.png"),
                file(caseId, "product-page", EvidenceCategory.PROMISE_PROOF, "商品 页面.png"),
                file(caseId, "order-screenshot", EvidenceCategory.PURCHASE_PROOF, "IMG_0001.png"));

        assertThat(names("zh", files)).containsExactly(
                "01-购买凭证-订单截图.png",
                "02-承诺证明-商品页面截图.png",
                "03-问题证明-运营商未到账记录.png",
                "04-沟通记录-客服聊天记录.jpg");
        assertThat(names("en", files).get(0)).isEqualTo("01-Purchase proof-Order screenshot.png");
    }

    @Test
    void twoFilesWithTheSameNameOnTheSameItemGetDistinctNames() {
        List<EvidenceItem> files = List.of(
                file(caseId, "order-screenshot", EvidenceCategory.PURCHASE_PROOF, "截图 1.png"),
                file(caseId, "order-screenshot", EvidenceCategory.PURCHASE_PROOF, "截图 1.png"));

        assertThat(names("zh", files)).containsExactly("01-购买凭证-订单截图.png", "02-购买凭证-订单截图.png");
    }

    @Test
    void aFileWithoutChecklistItemKeepsItsOwnNameMadeSafe() {
        List<EvidenceItem> files = List.of(file(caseId, null, EvidenceCategory.THIRD_PARTY_REPORT, "报告: 最终/版?.PDF"));

        assertThat(names("zh", files)).containsExactly("01-第三方报告-报告_ 最终_版_.pdf");
    }

    @Test
    void moreThanNinetyNineFilesGetThreeDigitNumbers() {
        List<EvidenceItem> files = java.util.stream.IntStream.range(0, 100)
                .mapToObj(i -> file(caseId, "order-screenshot", EvidenceCategory.PURCHASE_PROOF, "a.png")).toList();

        List<String> names = names("zh", files);
        assertThat(names.get(0)).startsWith("001-");
        assertThat(names.get(99)).startsWith("100-");
        assertThat(names).doesNotHaveDuplicates();
    }
}
