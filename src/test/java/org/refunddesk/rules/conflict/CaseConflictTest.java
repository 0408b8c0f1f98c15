package org.refunddesk.rules.conflict;

import static org.assertj.core.api.Assertions.assertThat;

import java.lang.reflect.RecordComponent;
import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Random;
import java.util.Set;
import java.util.UUID;

import org.junit.jupiter.api.Test;
import org.refunddesk.domain.CaseEvent;
import org.refunddesk.domain.CaseStatus;
import org.refunddesk.domain.Consent;
import org.refunddesk.domain.ConsentMethod;
import org.refunddesk.domain.Consumer;
import org.refunddesk.domain.EventType;
import org.refunddesk.domain.Platform;
import org.refunddesk.domain.Problem;
import org.refunddesk.domain.Purchase;
import org.refunddesk.domain.RedFlag;
import org.refunddesk.domain.RefundCase;
import org.refunddesk.domain.Responsible;
import org.refunddesk.domain.StoredAssessment;
import org.refunddesk.domain.Verdict;
import org.refunddesk.rules.i18n.Messages;
import org.refunddesk.testing.SampleCases;

class CaseConflictTest {
    private static final int ROUNDS = 300;

    @Test
    void randomEditsOnBothSidesAreListedAttributedAndMergedAsChosen() {
        Random random = new Random(16);
        List<String> wrong = new ArrayList<>(); // plain checks, one assertion at the end: fast under load
        for (int round = 0; round < ROUNDS; round++) {
            RefundCase base = randomCase(random);
            RefundCase mine = mutate(base, random, "mine");
            RefundCase theirs = mutate(base, random, "theirs");
            boolean baseKnown = random.nextInt(4) != 0;
            CaseConflict conflict = CaseConflict.of(baseKnown ? base : null, mine, theirs);
            String where = "round " + round;

            Set<ConflictField> listed = new HashSet<>();
            for (FieldDifference d : conflict.differences()) {
                listed.add(d.field());
                check(wrong, Objects.equals(d.mine(), d.field().valueIn(mine)) && !Objects.equals(d.mine(), d.theirs())
                        && Objects.equals(d.theirs(), d.field().valueIn(theirs)), where, d.field() + " values");
                Object b = d.field().valueIn(base);
                ChangedBy expected = !baseKnown ? ChangedBy.UNKNOWN
                        : !Objects.equals(b, d.mine())
                        ? (!Objects.equals(b, d.theirs()) ? ChangedBy.BOTH : ChangedBy.MINE)
                        : ChangedBy.THEIRS;
                check(wrong, d.changedBy() == expected, where, d.field() + " changed by " + d.changedBy());
            }
            Map<ConflictField, FieldChoice> choices = new EnumMap<>(ConflictField.class);
            conflict.differences().forEach(d -> choices.put(d.field(),
                    random.nextBoolean() ? FieldChoice.KEEP_MINE : FieldChoice.TAKE_THEIRS));
            RefundCase merged = conflict.merge(choices);
            for (ConflictField f : ConflictField.values()) {
                check(wrong, listed.contains(f) == !Objects.equals(f.valueIn(mine), f.valueIn(theirs)), where,
                        f + " listed exactly when it differs");
                Object want = choices.get(f) == FieldChoice.TAKE_THEIRS ? f.valueIn(theirs) : f.valueIn(mine);
                check(wrong, Objects.equals(f.valueIn(merged), want), where, "merged " + f);
            }
            checkEventUnion(wrong, where, merged, mine, theirs);
            checkEventUnion(wrong, where + " theirs", conflict.takeTheirs(), mine, theirs);
            check(wrong, CaseConflict.of(null, conflict.keepMine(), mine).sameFields(), where, "keep mine");
            check(wrong, CaseConflict.of(null, conflict.takeTheirs(), theirs).sameFields(), where, "take theirs");
            // merging the merge with the stored case again changes nothing: the same choices give the same case
            check(wrong, CaseConflict.of(base, merged, theirs).merge(choices).equals(merged), where, "merge again");
        }
        assertThat(wrong).isEmpty();
    }

    private static void check(List<String> wrong, boolean ok, String where, String what) {
        if (!ok) {
            wrong.add(where + ": " + what);
        }
    }

    private static void checkEventUnion(List<String> wrong, String where, RefundCase merged, RefundCase mine,
                                        RefundCase theirs) {
        Set<UUID> ids = new HashSet<>();
        mine.events().forEach(e -> ids.add(e.id()));
        theirs.events().forEach(e -> ids.add(e.id()));
        List<UUID> mergedIds = merged.events().stream().map(CaseEvent::id).toList();
        check(wrong, mergedIds.size() == ids.size() && ids.containsAll(mergedIds), where,
                "events: each of both sides, once");
        for (int i = 1; i < merged.events().size(); i++) {
            check(wrong, !merged.events().get(i).at().isBefore(merged.events().get(i - 1).at()), where,
                    "events in time order");
        }
    }

    @Test
    void theSideThatChangedAFieldIsNamedAndSuggested() {
        RefundCase base = SampleCases.full("话费没到账");
        RefundCase mine = ConflictField.TITLE.set(base, "话费没到账（已催）").withStatus(CaseStatus.WAITING);
        RefundCase theirs = ConflictField.AMOUNT.set(base, new BigDecimal("80.00")).withStatus(CaseStatus.ESCALATED);

        CaseConflict conflict = CaseConflict.of(base, mine, theirs);

        assertThat(conflict.differences()).extracting(FieldDifference::field, FieldDifference::changedBy)
                .containsExactly(
                        org.assertj.core.groups.Tuple.tuple(ConflictField.TITLE, ChangedBy.MINE),
                        org.assertj.core.groups.Tuple.tuple(ConflictField.STATUS, ChangedBy.BOTH),
                        org.assertj.core.groups.Tuple.tuple(ConflictField.AMOUNT, ChangedBy.THEIRS));
        RefundCase merged = conflict.merge(conflict.suggestedChoices());
        assertThat(merged.title()).isEqualTo("话费没到账（已催）");
        assertThat(merged.purchase().amount()).isEqualByComparingTo("80");
        assertThat(merged.status()).isEqualTo(CaseStatus.WAITING); // both changed: mine unless chosen otherwise
        assertThat(merged.purchase().orderNo()).isEqualTo(base.purchase().orderNo());
    }

    @Test
    void eventsAddedOnBothSidesAreAllKeptAndNeverAConflict() {
        RefundCase base = SampleCases.full("两边都记了事件");
        CaseEvent myCall = CaseEvent.of(EventType.REFUND_APPLIED, SampleCases.PAID.plusSeconds(20_000));
        CaseEvent theirReply = CaseEvent.of(EventType.REFUND_APPLIED, SampleCases.PAID.plusSeconds(10_000));
        RefundCase mine = base.withEvent(myCall);
        RefundCase theirs = base.withEvent(theirReply);

        CaseConflict conflict = CaseConflict.of(base, mine, theirs);

        assertThat(conflict.sameFields()).isTrue();
        assertThat(conflict.eventsOnlyMine()).containsExactly(myCall);
        assertThat(conflict.eventsOnlyTheirs()).containsExactly(theirReply);
        RefundCase merged = conflict.takeTheirs();
        assertThat(merged.events()).hasSize(base.events().size() + 2).contains(myCall, theirReply);
        assertThat(merged.events().indexOf(theirReply)).isLessThan(merged.events().indexOf(myCall));
    }

    @Test
    void aComponentAddedToADomainRecordMustBeAFieldHere() {
        Set<String> covered = new HashSet<>();
        for (ConflictField f : ConflictField.values()) {
            covered.add(f.part() == null ? "RefundCase." + f.component() : f.part().getSimpleName() + "." + f.component());
        }
        Set<String> notFields = Set.of("RefundCase.id", "RefundCase.events", "RefundCase.createdAt",
                "RefundCase.updatedAt", "RefundCase.consumer", "RefundCase.platform", "RefundCase.purchase",
                "RefundCase.problem");
        List<String> missing = new ArrayList<>();
        for (Class<?> type : List.of(RefundCase.class, Consumer.class, Platform.class, Purchase.class, Problem.class)) {
            for (RecordComponent c : type.getRecordComponents()) {
                String name = type.getSimpleName() + "." + c.getName();
                if (!covered.contains(name) && !notFields.contains(name)) {
                    missing.add(name);
                }
            }
        }
        assertThat(missing).as("components a conflict would not show").isEmpty();
    }

    @Test
    void valuesAreShownAsPeopleReadThem() {
        Messages zh = new Messages(Messages.CHINESE);
        Messages en = new Messages(Messages.ENGLISH);
        ConflictValueText text = new ConflictValueText(zh);
        assertThat(text.format(new BigDecimal("100.5"))).isEqualTo("¥100.50");
        assertThat(text.format(Instant.parse("2026-03-02T02:00:00Z"))).isEqualTo("2026-03-02 10:00");
        assertThat(text.format(null)).isEqualTo("（空）");
        assertThat(text.format(List.of(RedFlag.PASSWORD_REQUESTED, RedFlag.PRIVATE_TRANSFER)))
                .isEqualTo(zh.of(RedFlag.PASSWORD_REQUESTED) + "、" + zh.of(RedFlag.PRIVATE_TRANSFER));
        assertThat(text.format(true)).isEqualTo("是");
        assertThat(new ConflictValueText(en).format(24)).isEqualTo("24 hours");
        for (ConflictField f : ConflictField.values()) {
            assertThat(zh.has(f.labelKey())).as(f + " zh").isTrue();
            assertThat(en.has(f.labelKey())).as(f + " en").isTrue();
        }
        assertThat(text.format(CaseStatus.CLOSED)).doesNotContain("CLOSED");
    }

    // --- random cases ---

    private static final String[] WORDS = {null, "", "星辰卡盟", "话费没到账", "KM-1", "张志愿", "李四", "13800138000"};

    private static RefundCase randomCase(Random random) {
        RefundCase c = SampleCases.full("random");
        for (ConflictField f : ConflictField.values()) {
            if (random.nextInt(3) == 0) {
                c = f.set(c, randomValue(f, random));
            }
        }
        List<CaseEvent> events = new ArrayList<>(c.events());
        int extra = random.nextInt(3);
        for (int i = 0; i < extra; i++) {
            events.add(CaseEvent.of(EventType.REFUND_APPLIED, SampleCases.PAID.plusSeconds(random.nextInt(100_000))));
        }
        return new RefundCase(c.id(), c.title(), c.consumer(), c.assignee(), c.tags(), c.platform(), c.purchase(),
                c.problem(), events, c.status(), c.redFlags(), c.assessment(), c.createdAt(), c.updatedAt());
    }

    private static RefundCase mutate(RefundCase base, Random random, String side) {
        RefundCase c = base;
        for (ConflictField f : ConflictField.values()) {
            if (random.nextInt(4) == 0) {
                c = f.set(c, randomValue(f, random));
            }
        }
        int events = random.nextInt(3);
        for (int i = 0; i < events; i++) {
            c = c.withEvent(CaseEvent.of(EventType.REFUND_APPLIED,
                    SampleCases.PAID.plusSeconds(random.nextInt(100_000))).withNote(side));
        }
        return c;
    }

    private static Object randomValue(ConflictField f, Random random) {
        Class<?> type = f.part() == null ? RecordCopy.typeOf(RefundCase.class, f.component())
                : RecordCopy.typeOf(f.part(), f.component());
        if (type == String.class) {
            return WORDS[random.nextInt(WORDS.length)];
        }
        if (type == boolean.class) {
            return random.nextBoolean();
        }
        if (type == Boolean.class) {
            return random.nextInt(3) == 0 ? null : random.nextBoolean();
        }
        if (type == Integer.class) {
            return random.nextInt(3) == 0 ? null : 1 + random.nextInt(72);
        }
        if (type == BigDecimal.class) {
            return BigDecimal.valueOf(random.nextInt(100_000), 2);
        }
        if (type == Instant.class) {
            return random.nextInt(5) == 0 ? null : SampleCases.PAID.plusSeconds(60L * random.nextInt(10_000));
        }
        if (type.isEnum()) {
            Object[] constants = type.getEnumConstants();
            return random.nextInt(6) == 0 ? null : constants[random.nextInt(constants.length)];
        }
        if (type == Consent.class) {
            return switch (random.nextInt(3)) {
                case 0 -> null;
                case 1 -> Consent.SELF;
                default -> new Consent(false, ConsentMethod.PHONE, LocalDate.of(2026, 3, 1 + random.nextInt(28)));
            };
        }
        if (type == StoredAssessment.class) {
            return random.nextBoolean() ? null : new StoredAssessment("2026.1",
                    Verdict.values()[random.nextInt(Verdict.values().length)], Responsible.PLATFORM, SampleCases.PAID);
        }
        if (f == ConflictField.TAGS) {
            List<String> tags = new ArrayList<>();
            for (String t : List.of("话费", "加急", "卡密")) {
                if (random.nextBoolean()) {
                    tags.add(t);
                }
            }
            return tags;
        }
        if (f == ConflictField.RED_FLAGS) {
            List<RedFlag> flags = new ArrayList<>();
            for (RedFlag flag : RedFlag.values()) {
                if (random.nextBoolean()) {
                    flags.add(flag);
                }
            }
            return flags;
        }
        throw new AssertionError("no random value for " + f + " (" + type + ")");
    }
}
