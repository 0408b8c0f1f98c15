package org.refunddesk.rules;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.EnumSet;
import java.util.Iterator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.regex.Pattern;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;

import org.refunddesk.domain.Channel;
import org.refunddesk.domain.EventType;
import org.refunddesk.domain.ProblemKind;
import org.refunddesk.domain.Responsible;
import org.refunddesk.domain.Verdict;

/**
 * Reads a rule book strictly: unknown fields, missing fields, bad values, unknown placeholders in a
 * template and missing contract rules are errors naming the file and JSON path
 * ({@code rulebook.json: rulebook.rules[3].unit: "WEEKS" is not one of MINUTES, HOURS, ...}).
 */
final class RuleBookParser extends StrictJsonReader {
    /** Rule ids the planner and assessor rely on: a rule book without them is not usable. */
    static final List<String> DEADLINE_IDS = List.of("ARRIVAL_CHECK", "PLATFORM_REFUND_WINDOW", "SUPPLEMENT_REPLY",
            "REVIEW_FOLLOW_UP", "REFUND_ARRIVAL", "DEMAND_DEADLINE", "PAYMENT_DISPUTE_RESULT", "REGULATOR_ACCEPTANCE",
            "REGULATOR_MEDIATION", "SMALL_CLAIMS_JUDGMENT", "LIMITATION_PERIOD");
    static final List<String> REASON_IDS = List.of("UNFAIR_CLAUSE", "PUNITIVE_CLAIM", "FRAUD_THRESHOLD",
            "LIMITATION_EXPIRED", "SMALL_CLAIMS_FEE", "SMALL_AMOUNT", "PARTLY_REFUNDED", "INTEREST_CLAIM",
            "PUNITIVE_CONDITION", "SCAM_SIGNS", "EXPIRED_COURT", "MARKETPLACE_SELLER");
    static final String EXPIRED_ROUTES = "LIMITATION_EXPIRED";
    private static final Set<String> DEADLINE_PLACEHOLDERS = Set.of("start", "count", "due", "length", "variant", "notes");
    private static final Set<String> REASON_PLACEHOLDERS = Set.of("amount", "punitive", "multiplier", "minimum", "low",
            "high", "limitationDue", "claim", "fee", "smallAmount", "windowDue", "outstanding", "received");
    private static final Pattern VERSION = Pattern.compile("\\d+(\\.\\d+)*");

    private RuleBookParser(String file) {
        super(file);
    }

    static RuleBook parse(String file, String text) {
        return new RuleBookParser(file).parse(text);
    }

    /** Just the version, for comparing before a full parse; throws like {@link #parse}. */
    static String version(String file, String text) {
        RuleBookParser p = new RuleBookParser(file);
        JsonNode book = p.field(p.readRoot(text), "rulebook", "");
        return p.versionOf(book);
    }

    private RuleBook parse(String text) {
        JsonNode root = readRoot(text);
        known(root, "", "rulebook");
        JsonNode book = field(root, "rulebook", "");
        String p = "rulebook";
        known(book, p, "version", "effectiveFrom", "note", "sources", "claims", "rules", "routes", "routeTexts", "ladder");
        String version = versionOf(book);
        LocalDate effectiveFrom = date(field(book, "effectiveFrom", p), p + ".effectiveFrom");
        Map<String, LocalizedText> sources = new LinkedHashMap<>();
        forEach(array(book, "sources", p), p + ".sources", (n, at) -> {
            known(n, at, "id", "zh", "en");
            sources.put(text(n, "id", at), new LocalizedText(text(n, "zh", at), text(n, "en", at)));
        });
        ClaimFigures claims = claims(field(book, "claims", p), p + ".claims");
        Map<String, List<Channel>> routes = routes(field(book, "routes", p), p + ".routes");
        Map<Channel, LocalizedText> routeTexts = new EnumMap<>(Channel.class);
        JsonNode rt = field(book, "routeTexts", p);
        for (Iterator<String> it = rt.fieldNames(); it.hasNext(); ) {
            String name = it.next();
            String at = p + ".routeTexts." + name;
            routeTexts.put(enumValue(Channel.class, name, at), localized(rt.get(name), at, REASON_PLACEHOLDERS));
        }
        Map<String, DeadlineRule> deadlines = new LinkedHashMap<>();
        List<VerdictRule> verdicts = new ArrayList<>();
        Map<String, RuleBook.ReasonRule> reasons = new LinkedHashMap<>();
        forEach(array(book, "rules", p), p + ".rules", (n, at) -> {
            String id = text(n, "id", at);
            if (deadlines.containsKey(id) || reasons.containsKey(id) || verdicts.stream().anyMatch(v -> v.id().equals(id))) {
                throw error(at + ".id", "\"" + id + "\" is used twice");
            }
            String kind = text(n, "kind", at);
            switch (kind) {
                case "deadline" -> deadlines.put(id, deadline(n, at, id, sources));
                case "verdict" -> verdicts.add(verdict(n, at, id, routes));
                case "reason" -> {
                    known(n, at, "id", "kind", "basis", "text");
                    reasons.put(id, new RuleBook.ReasonRule(id, localized(field(n, "basis", at), at + ".basis", Set.of()),
                            localized(field(n, "text", at), at + ".text", REASON_PLACEHOLDERS)));
                }
                default -> throw error(at + ".kind", "\"" + kind + "\" is not deadline, verdict or reason");
            }
        });
        for (String id : DEADLINE_IDS) {
            if (!deadlines.containsKey(id)) {
                throw error(p + ".rules", "the deadline rule " + id + " is missing");
            }
        }
        for (String id : REASON_IDS) {
            if (!reasons.containsKey(id)) {
                throw error(p + ".rules", "the reason " + id + " is missing");
            }
        }
        for (ProblemKind kind : ProblemKind.values()) {
            if (verdicts.stream().noneMatch(v -> v.problemKinds().contains(kind) && v.when().isEmpty())) {
                throw error(p + ".rules", "no verdict rule without conditions for " + kind);
            }
        }
        if (!routes.containsKey(EXPIRED_ROUTES)) {
            throw error(p + ".routes", "the route set " + EXPIRED_ROUTES + " is missing");
        }
        for (List<Channel> set : routes.values()) {
            for (Channel c : set) {
                if (!routeTexts.containsKey(c)) {
                    throw error(p + ".routeTexts", "no text for route " + c);
                }
            }
        }
        JsonNode ladder = book.has("ladder") ? book.get("ladder") : JsonNodeFactory.instance.arrayNode();
        if (!ladder.isArray()) {
            throw error(p + ".ladder", "expected a list");
        }
        return new RuleBook(version, effectiveFrom, Map.copyOf(sources), claims, deadlines, List.copyOf(verdicts),
                reasons, routes, routeTexts, ladder, file);
    }

    private DeadlineRule deadline(JsonNode n, String at, String id, Map<String, LocalizedText> sources) {
        known(n, at, "id", "kind", "length", "unit", "lengthBy", "start", "metBy", "lateMeets", "restart", "sources",
                "basis", "explanation");
        int length = positive(field(n, "length", at), at + ".length");
        PeriodUnit unit = enumValue(PeriodUnit.class, text(n, "unit", at), at + ".unit");
        Map<String, Integer> lengthBy = new LinkedHashMap<>();
        if (n.has("lengthBy")) {
            JsonNode lb = n.get("lengthBy");
            for (Iterator<String> it = lb.fieldNames(); it.hasNext(); ) {
                String key = it.next();
                lengthBy.put(key, positive(lb.get(key), at + ".lengthBy." + key));
            }
        }
        JsonNode s = field(n, "start", at);
        String sa = at + ".start";
        known(s, sa, "from", "fallback", "onlyFor", "event", "occurrence", "channel");
        String from = optionalText(s, "from", sa);
        EventType event = s.has("event") ? enumValue(EventType.class, text(s, "event", sa), sa + ".event") : null;
        if ((from == null) == (event == null)) {
            throw error(sa, "give either \"from\" (a case field) or \"event\"");
        }
        for (String fieldName : new String[] {"from", "fallback"}) {
            String v = optionalText(s, fieldName, sa);
            if (v != null && !v.equals("purchase.paidAt") && !v.equals("problem.discoveredAt")) {
                throw error(sa + "." + fieldName, "\"" + v + "\" is not purchase.paidAt or problem.discoveredAt");
            }
        }
        String onlyFor = optionalText(s, "onlyFor", sa);
        if (onlyFor != null) {
            enumValue(org.refunddesk.domain.DeliveryMode.class, onlyFor, sa + ".onlyFor");
        }
        DeadlineRule.Occurrence occurrence = s.has("occurrence")
                ? enumValue(DeadlineRule.Occurrence.class, text(s, "occurrence", sa), sa + ".occurrence")
                : DeadlineRule.Occurrence.EACH;
        Channel channel = s.has("channel") ? enumValue(Channel.class, text(s, "channel", sa), sa + ".channel") : null;
        DeadlineRule.Start start = new DeadlineRule.Start(from, optionalText(s, "fallback", sa), onlyFor, event,
                occurrence, channel);
        JsonNode m = field(n, "metBy", at);
        String ma = at + ".metBy";
        known(m, ma, "events", "sameChannel", "fullRefund");
        DeadlineRule.MetBy metBy = new DeadlineRule.MetBy(events(array(m, "events", ma), ma + ".events"),
                bool(m, "sameChannel", ma, false), bool(m, "fullRefund", ma, false));
        DeadlineRule.Restart restart = null;
        if (n.has("restart")) {
            JsonNode r = n.get("restart");
            String ra = at + ".restart";
            known(r, ra, "acts");
            List<DeadlineRule.Act> acts = new ArrayList<>();
            forEach(array(r, "acts", ra), ra + ".acts", (a, aa) -> {
                known(a, aa, "kind", "events", "channels", "noChannel");
                Set<Channel> channels = EnumSet.noneOf(Channel.class);
                forEach(array(a, "channels", aa), aa + ".channels",
                        (c, ca) -> channels.add(enumValue(Channel.class, c.asText(), ca)));
                acts.add(new DeadlineRule.Act(enumValue(DeadlineRule.ActKind.class, text(a, "kind", aa), aa + ".kind"),
                        events(array(a, "events", aa), aa + ".events"), channels, bool(a, "noChannel", aa, false)));
            });
            restart = new DeadlineRule.Restart(acts);
        }
        List<String> refs = new ArrayList<>();
        if (n.has("sources")) {
            forEach(array(n, "sources", at), at + ".sources", (c, ca) -> {
                if (!sources.containsKey(c.asText())) {
                    throw error(ca, "\"" + c.asText() + "\" is not a source listed in rulebook.sources");
                }
                refs.add(c.asText());
            });
        }
        return new DeadlineRule(id, length, unit, lengthBy, start, metBy, bool(n, "lateMeets", at, true), restart, refs,
                localized(field(n, "basis", at), at + ".basis", Set.of()),
                localized(field(n, "explanation", at), at + ".explanation", DEADLINE_PLACEHOLDERS));
    }

    private VerdictRule verdict(JsonNode n, String at, String id, Map<String, List<Channel>> routes) {
        known(n, at, "id", "kind", "problemKinds", "when", "verdict", "responsible", "routes", "basis", "text");
        Set<ProblemKind> kinds = EnumSet.noneOf(ProblemKind.class);
        forEach(array(n, "problemKinds", at), at + ".problemKinds",
                (c, ca) -> kinds.add(enumValue(ProblemKind.class, c.asText(), ca)));
        List<VerdictRule.Condition> when = new ArrayList<>();
        if (n.has("when")) {
            forEach(array(n, "when", at), at + ".when",
                    (c, ca) -> when.add(enumValue(VerdictRule.Condition.class, c.asText(), ca)));
        }
        String routeSet = text(n, "routes", at);
        if (!routes.containsKey(routeSet)) {
            throw error(at + ".routes", "\"" + routeSet + "\" is not a route set in rulebook.routes");
        }
        return new VerdictRule(id, kinds, when, enumValue(Verdict.class, text(n, "verdict", at), at + ".verdict"),
                enumValue(Responsible.class, text(n, "responsible", at), at + ".responsible"), routeSet,
                localized(field(n, "basis", at), at + ".basis", Set.of()),
                localized(field(n, "text", at), at + ".text", REASON_PLACEHOLDERS));
    }

    private ClaimFigures claims(JsonNode n, String at) {
        known(n, at, "punitiveMultiplier", "punitiveMinimum", "smallAmount", "courtFee", "fraudThreshold");
        JsonNode fee = field(n, "courtFee", at);
        String fa = at + ".courtFee";
        known(fee, fa, "brackets", "simpleProcedureFactor");
        List<ClaimFigures.FeeBracket> brackets = new ArrayList<>();
        forEach(array(fee, "brackets", fa), fa + ".brackets", (b, ba) -> {
            known(b, ba, "upTo", "flat", "rate");
            if (b.has("flat") == b.has("rate")) {
                throw error(ba, "give either \"flat\" or \"rate\"");
            }
            brackets.add(new ClaimFigures.FeeBracket(decimal(b, "upTo", ba), b.has("flat") ? decimal(b, "flat", ba) : null,
                    b.has("rate") ? decimal(b, "rate", ba) : null));
        });
        if (brackets.isEmpty() || brackets.get(0).flat() == null) {
            throw error(fa + ".brackets", "the first bracket must be a flat fee");
        }
        JsonNode fraud = field(n, "fraudThreshold", at);
        known(fraud, at + ".fraudThreshold", "low", "high");
        return new ClaimFigures(decimal(n, "punitiveMultiplier", at), decimal(n, "punitiveMinimum", at),
                decimal(n, "smallAmount", at), brackets, decimal(fee, "simpleProcedureFactor", fa),
                decimal(fraud, "low", at + ".fraudThreshold"), decimal(fraud, "high", at + ".fraudThreshold"));
    }

    private Map<String, List<Channel>> routes(JsonNode n, String at) {
        Map<String, List<Channel>> routes = new LinkedHashMap<>();
        for (Iterator<String> it = n.fieldNames(); it.hasNext(); ) {
            String name = it.next();
            List<Channel> channels = new ArrayList<>();
            forEach(array(n, name, at), at + "." + name, (c, ca) -> channels.add(enumValue(Channel.class, c.asText(), ca)));
            routes.put(name, List.copyOf(channels));
        }
        return routes;
    }

    private String versionOf(JsonNode book) {
        String version = text(book, "version", "rulebook");
        if (!VERSION.matcher(version).matches()) {
            throw error("rulebook.version", "\"" + version + "\" is not a version like 2026.11.1");
        }
        return version;
    }
}
