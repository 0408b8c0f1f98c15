package org.refunddesk.rules.escalation;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.time.LocalDate;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.datatype.jsr310.JavaTimeModule;

import org.refunddesk.domain.Channel;

/** The escalation ladder as data ({@code org/refunddesk/rules/ladder.json}), versioned. */
public record LadderBook(String format, String version, LocalDate effectiveFrom, List<String> sources,
                         List<LadderRoute> routes, List<LadderStep> steps) {

    public static final String RESOURCE = "/org/refunddesk/rules/ladder.json";

    public LadderBook {
        sources = sources == null ? List.of() : List.copyOf(sources);
        routes = List.copyOf(routes);
        steps = List.copyOf(steps);
        Map<Channel, LadderStep> seen = new EnumMap<>(Channel.class);
        for (LadderStep s : steps) {
            if (seen.put(s.channel(), s) != null) {
                throw new IllegalArgumentException("ladder: step " + s.channel() + " is listed twice");
            }
        }
        for (LadderRoute r : routes) {
            for (Channel c : r.order()) {
                if (!seen.containsKey(c)) {
                    throw new IllegalArgumentException("ladder: route " + r.id() + " names " + c + ", which has no step");
                }
            }
        }
    }

    /** The ladder shipped with the app. */
    public static LadderBook standard() {
        try (InputStream in = LadderBook.class.getResourceAsStream(RESOURCE)) {
            if (in == null) {
                throw new IllegalStateException("missing resource " + RESOURCE);
            }
            return read(in);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    public static LadderBook read(InputStream json) throws IOException {
        ObjectMapper mapper = new ObjectMapper()
                .registerModule(new JavaTimeModule())
                .enable(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES);
        return mapper.readValue(json, LadderBook.class);
    }

    public LadderStep step(Channel channel) {
        return find(channel).orElseThrow(() -> new IllegalArgumentException("no ladder step for " + channel));
    }

    public Optional<LadderStep> find(Channel channel) {
        return steps.stream().filter(s -> s.channel() == channel).findFirst();
    }

    /** The first route whose condition holds (the last route of the data holds always). */
    public LadderRoute routeFor(Condition.Facts facts) {
        return routes.stream().filter(r -> r.when().holds(facts)).findFirst()
                .orElseThrow(() -> new IllegalStateException("ladder: no route fits; the last route must hold always"));
    }
}
