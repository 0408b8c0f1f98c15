package org.refunddesk.rules.escalation;

import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;

import org.refunddesk.domain.Channel;
import org.refunddesk.domain.Deadline;
import org.refunddesk.domain.DeadlineState;
import org.refunddesk.domain.Platform;
import org.refunddesk.domain.PlatformStatus;
import org.refunddesk.domain.ProblemKind;
import org.refunddesk.domain.RefundCase;

/**
 * Whether a channel fits a case at all: the reasons a letter to it must not be sent (issue 12), and
 * the warnings it must carry. {@code letter} refuses a draft that fails here, and {@code next} and the
 * escalation wizard never recommend such a step, so the two never contradict each other or {@code assess}.
 * <ul>
 *   <li>police: below the lowest fraud figure (SPC/SPP fraud interpretation art. 1) with no scam sign;</li>
 *   <li>12315: more than three years after the consumer knew (SAMR complaint measures art. 15), or while a
 *       consumer association or court has the dispute accepted (art. 15), or without the respondent's
 *       name and address (art. 9);</li>
 *   <li>the platform or its customer service when the platform is gone;</li>
 *   <li>a court without the defendant's registered name and address (Civil Procedure Law art. 124);</li>
 *   <li>a user's own mistake to a regulator, a court or the police.</li>
 * </ul>
 */
public final class ChannelFit {
    public static final String LIMITATION_RULE = "LIMITATION_PERIOD";
    static final Set<ProblemKind> USER_MISTAKES = EnumSet.of(ProblemKind.DUPLICATE_PURCHASE, ProblemKind.WRONG_PACKAGE,
            ProblemKind.WRONG_ACCOUNT, ProblemKind.CHANGED_MIND);
    private static final Set<Channel> AUTHORITIES = EnumSet.of(Channel.REGULATOR_12315, Channel.SMALL_CLAIMS_COURT,
            Channel.POLICE);
    private static final Set<Channel> OTHER_BODIES = EnumSet.of(Channel.CONSUMER_ASSOCIATION, Channel.SMALL_CLAIMS_COURT);

    private final ClaimsSource claims;
    private final DeadlineSource deadlines;

    public ChannelFit(ClaimsSource claims, DeadlineSource deadlines) {
        this.claims = claims;
        this.deadlines = deadlines;
    }

    /** One line per failed precondition; empty when the channel fits. */
    public List<Reason> refusals(RefundCase c, Channel channel, Instant now, boolean suspectedFraud) {
        List<Reason> out = new ArrayList<>();
        ProblemKind kind = c.problem() == null ? null : c.problem().kind();
        Platform platform = c.platform();
        boolean gone = kind == ProblemKind.PLATFORM_GONE
                || platform != null && platform.status() == PlatformStatus.GONE;
        if (kind != null && USER_MISTAKES.contains(kind) && AUTHORITIES.contains(channel)) {
            out.add(Reason.of("letters.refusal.USER_MISTAKE", kind));
        }
        switch (channel) {
            case POLICE -> {
                BigDecimal amount = c.purchase() == null || c.purchase().amount() == null ? BigDecimal.ZERO
                        : c.purchase().amount();
                boolean scamSign = gone || suspectedFraud || !c.redFlags().isEmpty();
                if (!scamSign && amount.compareTo(claims.fraudFloor()) < 0) {
                    out.add(Reason.of("letters.refusal.POLICE_NO_FRAUD_SIGN", amount, claims.fraudFloor()));
                }
            }
            case REGULATOR_12315 -> {
                LocalDate knew = knewOn(c);
                LocalDate today = now.atZone(ReasonText.SHANGHAI).toLocalDate();
                if (knew != null && today.isAfter(knew.plusYears(3))) {
                    out.add(Reason.of("letters.refusal.REGULATOR_THREE_YEARS", knew, knew.plusYears(3)));
                }
                StepHistory history = StepHistory.of(c);
                for (Channel body : OTHER_BODIES) {
                    history.step(body).filter(t -> t.outcome() == StepOutcome.ACCEPTED).ifPresent(t ->
                            out.add(Reason.of("letters.refusal.REGULATOR_ACCEPTED_ELSEWHERE", body, t.lastEventAt())));
                }
                List<String> missing = new ArrayList<>();
                if (platform == null || blank(platform.operator()) && blank(platform.name())) {
                    missing.add("businessName");
                }
                if (platform == null || blank(platform.registeredAddress())) {
                    missing.add("platformAddress");
                }
                if (!missing.isEmpty()) {
                    out.add(Reason.of("letters.refusal.REGULATOR_IDENTITY", new MissingFacts(missing)));
                }
            }
            case PLATFORM, CUSTOMER_SERVICE -> {
                if (gone) {
                    out.add(Reason.of("letters.refusal.PLATFORM_GONE"));
                }
            }
            case SMALL_CLAIMS_COURT -> {
                List<String> missing = new ArrayList<>();
                if (platform == null || blank(platform.operator())) {
                    missing.add("operator");
                }
                if (platform == null || blank(platform.registeredAddress())) {
                    missing.add("platformAddress");
                }
                if (!missing.isEmpty()) {
                    out.add(Reason.of("letters.refusal.COURT_IDENTITY", new MissingFacts(missing)));
                }
            }
            default -> {
            }
        }
        return out;
    }

    /** What a step that fits must still say: after the limitation period ran out, the defence a court step meets. */
    public List<Reason> warnings(RefundCase c, Channel channel, Instant now) {
        if (channel != Channel.SMALL_CLAIMS_COURT) {
            return List.of();
        }
        for (Deadline d : deadlines.deadlines(c, now)) {
            if (LIMITATION_RULE.equals(d.rule()) && d.state() == DeadlineState.MISSED && d.dueAt() != null) {
                return List.of(Reason.of("letters.warning.LIMITATION_EXPIRED", d.dueAt()));
            }
        }
        return List.of();
    }

    /** The day the consumer knew of the harm: discovery, else payment (SAMR art. 15 counts from knowing). */
    static LocalDate knewOn(RefundCase c) {
        Instant knew = c.problem() != null && c.problem().discoveredAt() != null ? c.problem().discoveredAt()
                : c.purchase() == null ? null : c.purchase().paidAt();
        return knew == null ? null : knew.atZone(ReasonText.SHANGHAI).toLocalDate();
    }

    private static boolean blank(String s) {
        return s == null || s.isBlank();
    }

    /** Fact names a refusal lists; {@link ReasonText} writes them with their labels from the letters bundle. */
    public record MissingFacts(List<String> keys) {
        public MissingFacts {
            keys = List.copyOf(keys);
        }
    }
}
