package org.refunddesk.rules.caseload;

import java.math.BigDecimal;
import java.text.Normalizer;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;

import org.refunddesk.domain.Consumer;
import org.refunddesk.domain.Money;
import org.refunddesk.domain.RefundCase;

/**
 * Groups cases naming the same platform so a helper can file one joint complaint: exact match on
 * {@link PlatformKey}, then keys that {@link NameSimilarity} calls typos of each other are joined.
 * Largest clusters first. Cases without a platform name are left out.
 */
public final class PlatformClusterer {
    private static final java.util.regex.Pattern NOT_DIGIT = java.util.regex.Pattern.compile("\\D");

    public List<PlatformCluster> cluster(List<RefundCase> cases) {
        Map<String, List<RefundCase>> byKey = new LinkedHashMap<>();
        for (RefundCase c : cases) {
            String key = c.platform() == null ? "" : PlatformKey.of(c.platform().name());
            if (!key.isEmpty()) {
                byKey.computeIfAbsent(key, k -> new ArrayList<>()).add(c);
            }
        }
        Map<String, String> root = joinSimilarKeys(new ArrayList<>(byKey.keySet()));
        Map<String, List<RefundCase>> grouped = new LinkedHashMap<>();
        byKey.forEach((key, list) -> grouped.computeIfAbsent(find(root, key), k -> new ArrayList<>()).addAll(list));
        List<PlatformCluster> clusters = new ArrayList<>();
        grouped.forEach((key, list) -> clusters.add(toCluster(key, list)));
        clusters.sort(Comparator.comparingInt(PlatformCluster::caseCount).reversed()
                .thenComparing(PlatformCluster::totalAmount, Comparator.reverseOrder())
                .thenComparing(PlatformCluster::key));
        return clusters;
    }

    /** One platform name as stored, how many cases name it and the sum of their amounts (null: none has one). */
    public record NameTally(String name, int cases, BigDecimal amount) {
    }

    /**
     * The largest {@code limit} clusters as the dashboard's top-platform figures, from per-name tallies (a SQL GROUP BY,
     * issue 14) instead of the cases: the same clusters, names, counts and totals, in the same order, as
     * {@link #cluster} gives.
     */
    public List<CaseloadStats.PlatformCount> top(List<NameTally> names, int limit) {
        Map<String, List<NameTally>> byKey = new LinkedHashMap<>();
        for (NameTally t : names) {
            String key = t.name() == null ? "" : PlatformKey.of(t.name());
            if (!key.isEmpty()) {
                byKey.computeIfAbsent(key, k -> new ArrayList<>()).add(t);
            }
        }
        Map<String, String> root = joinSimilarKeys(new ArrayList<>(byKey.keySet()));
        Map<String, List<NameTally>> grouped = new LinkedHashMap<>();
        byKey.forEach((key, list) -> grouped.computeIfAbsent(find(root, key), k -> new ArrayList<>()).addAll(list));
        record Ranked(String key, String display, int cases, BigDecimal total) {
        }
        List<Ranked> ranked = new ArrayList<>();
        grouped.forEach((key, list) -> {
            Map<String, Integer> spellingCounts = new HashMap<>();
            BigDecimal total = Money.ZERO;
            int count = 0;
            for (NameTally t : list) {
                spellingCounts.merge(t.name().strip(), t.cases(), Integer::sum);
                count += t.cases();
                if (t.amount() != null) {
                    total = total.add(t.amount());
                }
            }
            ranked.add(new Ranked(key, displayName(spellingCounts, key), count, total));
        });
        ranked.sort(Comparator.comparingInt(Ranked::cases).reversed()
                .thenComparing(Ranked::total, Comparator.reverseOrder())
                .thenComparing(Ranked::key));
        return ranked.stream().limit(limit)
                .map(r -> new CaseloadStats.PlatformCount(r.display(), r.cases(), r.total())).toList();
    }

    /** Union-find over the distinct keys; sorted so the same input always picks the same representative. */
    private static Map<String, String> joinSimilarKeys(List<String> keys) {
        keys.sort(Comparator.naturalOrder());
        Map<String, String> root = new HashMap<>();
        keys.forEach(k -> root.put(k, k));
        for (int i = 0; i < keys.size(); i++) {
            for (int j = i + 1; j < keys.size(); j++) {
                if (NameSimilarity.similar(keys.get(i), keys.get(j))) {
                    String a = find(root, keys.get(i));
                    String b = find(root, keys.get(j));
                    if (!a.equals(b)) {
                        root.put(a.compareTo(b) < 0 ? b : a, a.compareTo(b) < 0 ? a : b);
                    }
                }
            }
        }
        return root;
    }

    private static String find(Map<String, String> root, String key) {
        String r = key;
        while (!root.get(r).equals(r)) {
            r = root.get(r);
        }
        return r;
    }

    private static PlatformCluster toCluster(String key, List<RefundCase> cases) {
        Map<String, Integer> spellingCounts = new HashMap<>();
        Set<String> consumers = new HashSet<>();
        BigDecimal total = Money.ZERO;
        for (RefundCase c : cases) {
            spellingCounts.merge(c.platform().name().strip(), 1, Integer::sum);
            consumers.add(consumerIdentity(c));
            if (c.purchase() != null && c.purchase().amount() != null) {
                total = total.add(c.purchase().amount());
            }
        }
        return new PlatformCluster(key, displayName(spellingCounts, key), new TreeSet<>(spellingCounts.keySet()), cases, total,
                consumers.size());
    }

    private static String displayName(Map<String, Integer> spellingCounts, String key) {
        return spellingCounts.entrySet().stream()
                // most used spelling; on a tie the shortest (a bare name beats its URL), then alphabetical
                .max(Map.Entry.<String, Integer>comparingByValue()
                        .thenComparing(e -> e.getKey().length(), Comparator.reverseOrder())
                        .thenComparing(Map.Entry::getKey, Comparator.reverseOrder()))
                .map(Map.Entry::getKey).orElse(key);
    }

    /**
     * One consumer: by phone digits when known, else by name; a case with neither counts on its own
     * (we cannot tell whether two anonymous cases are one person).
     */
    static String consumerIdentity(RefundCase c) {
        Consumer consumer = c.consumer();
        String phone = consumer.phone() == null ? "" : NOT_DIGIT.matcher(consumer.phone()).replaceAll("");
        if (phone.length() == 13 && phone.startsWith("86")) {
            phone = phone.substring(2);
        }
        if (!phone.isEmpty()) {
            return "phone:" + phone;
        }
        String name = consumer.name() == null ? ""
                : Normalizer.normalize(consumer.name(), Normalizer.Form.NFKC).strip().toLowerCase(Locale.ROOT);
        return name.isEmpty() ? "case:" + c.id() : "name:" + name;
    }
}
