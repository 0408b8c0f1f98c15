package org.refunddesk.exchange;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Objects;

import org.junit.jupiter.api.Test;
import org.refunddesk.domain.DeliveryMode;
import org.refunddesk.domain.EventType;
import org.refunddesk.domain.ProblemKind;
import org.refunddesk.domain.ProductType;
import org.refunddesk.domain.RefundCase;

class DemoCasesTest {
    private static final Instant NOW = Instant.parse("2026-03-02T03:00:00Z");
    private final List<RefundCase> demo = DemoCases.create(Clock.fixed(NOW, ZoneOffset.UTC));

    @Test
    void thereIsOneDemoCasePerProblemKind() {
        assertThat(demo).extracting(c -> c.problem().kind()).containsExactlyInAnyOrder(ProblemKind.values());
    }

    @Test
    void demoTimesAreRelativeToTheClock() {
        RefundCase later = DemoCases.create(Clock.fixed(NOW.plus(Duration.ofDays(30)), ZoneOffset.UTC)).get(0);

        assertThat(later.purchase().paidAt()).isEqualTo(demo.get(0).purchase().paidAt().plus(Duration.ofDays(30)));
        assertThat(demo).allSatisfy(c -> assertThat(c.createdAt()).isBeforeOrEqualTo(NOW));
    }

    @Test
    void theSameClockGivesTheSameCasesIncludingEventIds() {
        assertThat(DemoCases.create(Clock.fixed(NOW, ZoneOffset.UTC))).isEqualTo(demo);
    }

    @Test
    void aDirectTopUpPaidAboutHalfAnHourAgoHasNotArrived() {
        assertThat(demo).anySatisfy(c -> {
            assertThat(c.problem().kind()).isEqualTo(ProblemKind.NOT_DELIVERED);
            assertThat(c.purchase().delivery()).isEqualTo(DeliveryMode.DIRECT_TOPUP);
            assertThat(Duration.between(c.purchase().paidAt(), NOW)).isBetween(Duration.ofMinutes(30),
                    Duration.ofMinutes(40));
        });
    }

    @Test
    void theScenariosOfTheSeedsAreThere() {
        assertThat(demo).anySatisfy(c -> {
            assertThat(c.problem().kind()).isEqualTo(ProblemKind.FALSE_ADVERTISING);
            assertThat(c.purchase().product()).isEqualTo(ProductType.PERMANENT_PHONE_CREDIT);
            assertThat(c.purchase().advertisedValidity()).isEqualTo("永久");
        });
        assertThat(demo).anySatisfy(c -> {
            assertThat(c.problem().kind()).isEqualTo(ProblemKind.PLATFORM_GONE);
            assertThat(c.purchase().amount()).isGreaterThanOrEqualTo(new BigDecimal("3000"));
        });
        assertThat(demo).extracting(c -> c.purchase().product())
                .contains(ProductType.DATA_PACKAGE, ProductType.CARD_KEY, ProductType.GAME_CARD);
        assertThat(demo).extracting(RefundCase::assignee).contains("张志愿", "李志愿");
        assertThat(demo).allSatisfy(c -> assertThat(c.tags()).isNotEmpty());
    }

    @Test
    void someDemandDeadlinesHavePassedAndSomeRequestsAreStillOpen() {
        List<Instant> demandDeadlines = demo.stream().flatMap(c -> c.events().stream())
                .filter(e -> e.type() == EventType.DEMAND_SENT).map(e -> e.deadlineAt()).filter(Objects::nonNull)
                .toList();
        assertThat(demandDeadlines).anySatisfy(d -> assertThat(d).isBefore(NOW));
        // a supplement request less than 24 hours old: its reply is still due
        assertThat(demo).flatExtracting(RefundCase::events)
                .anySatisfy(e -> {
                    assertThat(e.type()).isEqualTo(EventType.SUPPLEMENT_REQUESTED);
                    assertThat(e.at()).isAfter(NOW.minus(Duration.ofHours(24)));
                });
    }
}
