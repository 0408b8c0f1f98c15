package org.refunddesk.exchange;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.io.Writer;
import java.util.function.Consumer;

import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonGenerator;
import com.fasterxml.jackson.core.util.DefaultIndenter;
import com.fasterxml.jackson.core.util.DefaultPrettyPrinter;
import com.fasterxml.jackson.core.util.Separators;
import org.refunddesk.domain.RefundCase;

/**
 * {@link CaseFiles#writeCaseArray} written case by case through a Jackson generator, so the array of 100,000
 * cases never sits in memory: byte for byte the same text (same pretty printer).
 */
public final class CaseArrayStream {
    private CaseArrayStream() {
    }

    /** Writes the cases {@code source} hands over (in its order) as one JSON array and a line break. */
    public static void write(Consumer<Consumer<RefundCase>> source, Writer out) throws IOException {
        try (JsonGenerator gen = new JsonFactory().createGenerator(out)) {
            gen.disable(JsonGenerator.Feature.AUTO_CLOSE_TARGET);
            gen.setPrettyPrinter(new DefaultPrettyPrinter()
                    .withSeparators(Separators.createDefaultInstance()
                            .withObjectFieldValueSpacing(Separators.Spacing.AFTER))
                    .withObjectIndenter(new DefaultIndenter("  ", "\n"))
                    .withArrayIndenter(new DefaultIndenter("  ", "\n")));
            gen.writeStartArray();
            try {
                source.accept(c -> {
                    try {
                        CaseJsonWriter.write(gen, c, true);
                    } catch (IOException e) {
                        throw new UncheckedIOException(e);
                    }
                });
            } catch (UncheckedIOException e) {
                throw e.getCause();
            }
            gen.writeEndArray();
        }
        out.write("\n");
        out.flush();
    }
}
