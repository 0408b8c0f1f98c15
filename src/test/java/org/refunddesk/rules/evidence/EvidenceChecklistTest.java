package org.refunddesk.rules.evidence;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import java.util.List;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.EnumSource;

import org.refunddesk.domain.EvidenceCategory;
import org.refunddesk.domain.ProblemKind;

class EvidenceChecklistTest {
    private final EvidenceChecklist checklist = EvidenceChecklist.builtIn();

    private List<String> requiredIds(ProblemKind kind) {
        return checklist.forKind(kind).stream().filter(ChecklistEntry::required).map(ChecklistEntry::id).toList();
    }

    @Test
    void falseAdvertisingRequiresPromiseProofOfThePermanentWording() {
        ChecklistEntry productPage = checklist.forKind(ProblemKind.FALSE_ADVERTISING).stream()
                .filter(e -> e.item().category() == EvidenceCategory.PROMISE_PROOF && e.required())
                .findFirst().orElseThrow();

        assertThat(productPage.id()).isEqualTo("product-page");
        assertThat(productPage.why().in(false)).isEqualTo("虚假宣传需要商品页面上“永久”字样的截图");
        assertThat(productPage.why().in(true)).contains("permanent");
    }

    @Test
    void notDeliveredRequiresPaymentProofAndTheCarriersNotArrivedRecord() {
        assertThat(requiredIds(ProblemKind.NOT_DELIVERED)).contains("payment-record", "not-arrived-record");
        assertThat(checklist.item("payment-record").orElseThrow().category()).isEqualTo(EvidenceCategory.PURCHASE_PROOF);
        assertThat(checklist.item("not-arrived-record").orElseThrow().category()).isEqualTo(EvidenceCategory.PROBLEM_PROOF);
    }

    @Test
    void promiseProofIsNotRequiredWhenNothingWasPromised() {
        assertThat(requiredIds(ProblemKind.NOT_DELIVERED)).doesNotContain("product-page");
        assertThat(requiredIds(ProblemKind.DUPLICATE_PURCHASE)).doesNotContain("product-page", "not-arrived-record");
    }

    /**
     * Issue 11 §2: an extracted card key has been delivered (E-Commerce Law art. 51), so "not received" or "key
     * not extracted" evidence cannot be asked for; the issuer's redemption / activation record decides the
     * invalid-key claim and is required for it.
     */
    @ParameterizedTest
    @CsvSource({
        "NOT_DELIVERED, true,  issuer-redemption-record, not-arrived-record",
        "WRONG_ITEM,    true,  issuer-redemption-record, usage-state",
        "NOT_DELIVERED, false, not-arrived-record,       issuer-redemption-record",
        "WRONG_ITEM,    false, usage-state,              issuer-redemption-record",
    })
    void anExtractedCardKeyAsksForTheIssuersRedemptionRecord(ProblemKind kind, boolean extracted, String listed,
                                                              String notListed) {
        var problem = new org.refunddesk.domain.Problem(kind, null, extracted, false, false, false, null);
        List<String> ids = checklist.forProblem(problem).stream().map(ChecklistEntry::id).toList();
        assertThat(ids).contains(listed).doesNotContain(notListed);
        if (extracted) {
            ChecklistEntry record = checklist.forProblem(problem).stream()
                    .filter(e -> e.id().equals("issuer-redemption-record")).findFirst().orElseThrow();
            assertThat(record.required()).isTrue();
            assertThat(record.why().in(false)).contains("电子商务法", "第五十一条", "兑换");
        }
    }

    @Test
    void aWhenConditionOnAnUnknownFlagIsRefusedNamingIt() {
        String json = """
                {"format": "refunddesk.evidence-checklist/1", "version": "t", "sources": [], "items": [
                 {"id": "x", "category": "PROBLEM_PROOF", "label": {"zh": "甲", "en": "a"}, "shows": [],
                  "when": {"keyStolen": true}, "levels": {"*": "REQUIRED"}, "why": {"*": {"zh": "甲", "en": "a"}}}]}
                """;
        assertThatThrownBy(() -> EvidenceChecklist.parse(new ByteArrayInputStream(json.getBytes(StandardCharsets.UTF_8))))
                .hasMessageContaining("items[0].when.keyStolen");
    }

    @ParameterizedTest
    @EnumSource(ProblemKind.class)
    void everyProblemKindRequiresTheOrderAndExplainsEachItemInBothLanguages(ProblemKind kind) {
        List<ChecklistEntry> entries = checklist.forKind(kind);

        assertThat(requiredIds(kind)).contains("order-screenshot");
        assertThat(entries).allSatisfy(e -> {
            assertThat(e.why().zh()).isNotBlank();
            assertThat(e.why().en()).isNotBlank();
            assertThat(e.item().label().en()).isNotBlank();
        });
    }

    @Test
    void itemsFollowTheBundleOrderOfCategories() {
        List<EvidenceCategory> categories = checklist.items().stream().map(ChecklistItem::category).toList();

        assertThat(categories).isSortedAccordingTo(Enum::compareTo);
        assertThat(checklist.version()).isNotBlank();
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
        "\"category\":\"RECEIPT\"|items[0].category: \"RECEIPT\" is not a EvidenceCategory",
        "\"category\":\"PURCHASE_PROOF\",\"colour\":\"red\"|items[0].colour: unknown field",
    })
    void malformedChecklistDataNamesTheJsonPath(String itemFields, String message) {
        String json = "{\"format\":\"refunddesk.evidence-checklist/1\",\"version\":\"t\",\"items\":[{\"id\":\"a\","
                + itemFields + ",\"label\":{\"zh\":\"甲\",\"en\":\"A\"},\"levels\":{\"*\":\"REQUIRED\"},\"why\":{\"*\":{\"zh\":\"因为\",\"en\":\"because\"}}}]}";

        assertThatThrownBy(() -> EvidenceChecklist.parse(new ByteArrayInputStream(json.getBytes(StandardCharsets.UTF_8))))
                .isInstanceOf(ChecklistException.class).hasMessage(message);
    }

    @Test
    void anUnknownProblemKindInTheLevelsIsRejected() {
        String json = "{\"format\":\"refunddesk.evidence-checklist/1\",\"version\":\"t\",\"items\":[{\"id\":\"a\","
                + "\"category\":\"PURCHASE_PROOF\",\"label\":{\"zh\":\"甲\",\"en\":\"A\"},\"levels\":{\"LOST\":\"REQUIRED\"},"
                + "\"why\":{\"*\":{\"zh\":\"因为\",\"en\":\"because\"}}}]}";

        assertThatThrownBy(() -> EvidenceChecklist.parse(new ByteArrayInputStream(json.getBytes(StandardCharsets.UTF_8))))
                .hasMessage("items[0].levels.LOST: \"LOST\" is not a ProblemKind");
    }
}
