package org.refunddesk.rules;

import java.time.LocalDate;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import com.fasterxml.jackson.databind.JsonNode;

import org.refunddesk.domain.Channel;

/**
 * The versioned rule book: windows, citations and claim figures as data (DOMAIN.md §4, §7).
 * {@code origin} says where it was read from (the built-in resource or a file in the data folder).
 * {@code ladder} is reserved for the escalation ladder (issue 6) and kept as read.
 */
public final class RuleBook {
    private final String version;
    private final LocalDate effectiveFrom;
    private final Map<String, LocalizedText> sources;
    private final ClaimFigures claims;
    private final Map<String, DeadlineRule> deadlines;
    private final List<VerdictRule> verdictRules;
    private final Map<String, ReasonRule> reasons;
    private final Map<String, List<Channel>> routes;
    private final Map<Channel, LocalizedText> routeTexts;
    private final JsonNode ladder;
    private final String origin;
    /** The deadline rules resolved for the planner, once per rule book rather than once per case. */
    private final List<PlanningRule> planningRules;

    RuleBook(String version, LocalDate effectiveFrom, Map<String, LocalizedText> sources, ClaimFigures claims,
             Map<String, DeadlineRule> deadlines, List<VerdictRule> verdictRules, Map<String, ReasonRule> reasons,
             Map<String, List<Channel>> routes, Map<Channel, LocalizedText> routeTexts, JsonNode ladder, String origin) {
        this.version = version;
        this.effectiveFrom = effectiveFrom;
        this.sources = sources;
        this.claims = claims;
        this.deadlines = deadlines;
        this.verdictRules = verdictRules;
        this.reasons = reasons;
        this.routes = routes;
        this.routeTexts = routeTexts;
        this.ladder = ladder;
        this.origin = origin;
        this.planningRules = deadlines.values().stream().map(PlanningRule::new).toList();
    }

    /** A reason text that the assessor attaches in a given situation (e.g. {@code UNFAIR_CLAUSE}). */
    public record ReasonRule(String id, LocalizedText basis, LocalizedText text) {
    }

    public String version() {
        return version;
    }

    public LocalDate effectiveFrom() {
        return effectiveFrom;
    }

    public String origin() {
        return origin;
    }

    /** Source id → its title, e.g. {@code CRPL} → 《消费者权益保护法》. */
    public Map<String, LocalizedText> sources() {
        return sources;
    }

    public ClaimFigures claims() {
        return claims;
    }

    /** Deadline rules in rule-book order. */
    public Collection<DeadlineRule> deadlineRules() {
        return deadlines.values();
    }

    List<PlanningRule> planningRules() {
        return planningRules;
    }

    public DeadlineRule deadline(String id) {
        DeadlineRule r = deadlines.get(id);
        if (r == null) {
            throw new IllegalArgumentException("no deadline rule " + id + " in rule book " + version);
        }
        return r;
    }

    public List<VerdictRule> verdictRules() {
        return verdictRules;
    }

    public ReasonRule reason(String id) {
        ReasonRule r = reasons.get(id);
        if (r == null) {
            throw new IllegalArgumentException("no reason " + id + " in rule book " + version);
        }
        return r;
    }

    public List<Channel> routes(String set) {
        return routes.getOrDefault(set, List.of());
    }

    public Optional<LocalizedText> routeText(Channel channel) {
        return Optional.ofNullable(routeTexts.get(channel));
    }

    /** The escalation ladder section as read (reserved; an empty list in this version). */
    public JsonNode ladder() {
        return ladder.deepCopy();
    }

    @Override
    public String toString() {
        return "RuleBook " + version + " (" + origin + ")";
    }
}
