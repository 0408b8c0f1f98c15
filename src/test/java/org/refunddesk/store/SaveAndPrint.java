package org.refunddesk.store;

import java.nio.file.Path;

import org.refunddesk.testing.SampleCases;

/** Run in a child JVM by {@link DurableSaveTest}: saves cases one after another, printing each id once saved. */
public final class SaveAndPrint {
    private SaveAndPrint() {
    }

    public static void main(String[] args) {
        try (Database db = Database.open(Path.of(args[0]))) {
            for (int i = 0; ; i++) {
                System.out.println(db.cases().create(SampleCases.full("crash test " + i)).id());
                System.out.flush();
            }
        }
    }
}
