package org.refunddesk.store;

import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.time.Clock;
import java.util.ArrayList;
import java.util.List;

import org.refunddesk.rules.caseload.CaseFilter;
import org.refunddesk.rules.caseload.CaseFilterText;

/** Named case filters ("saved views"), stored in the case database (migration V3). Each call is one transaction. */
public final class SavedViews {
    /** A name and the filter it reopens. */
    public record SavedView(String name, CaseFilter filter) {
    }

    private final Database database;
    private final Clock clock;

    public SavedViews(Database database, Clock clock) {
        this.database = database;
        this.clock = clock;
    }

    /** All views, by name. A stored filter this version cannot read is skipped rather than failing the list. */
    public List<SavedView> list() {
        return database.inTransaction(c -> {
            List<SavedView> views = new ArrayList<>();
            try (PreparedStatement ps = c.prepareStatement("SELECT name, filter_text FROM saved_view ORDER BY name");
                 ResultSet rs = ps.executeQuery()) {
                while (rs.next()) {
                    try {
                        views.add(new SavedView(rs.getString("name"), CaseFilterText.parse(rs.getString("filter_text"))));
                    } catch (IllegalArgumentException e) {
                        // written by a newer version with criteria this one does not know
                    }
                }
            }
            return views;
        });
    }

    /** Stores the view, replacing one of the same name. */
    public void save(String name, CaseFilter filter) {
        if (name == null || name.isBlank()) {
            throw new IllegalArgumentException("a saved view needs a name");
        }
        database.inTransaction(c -> {
            try (PreparedStatement ps = c.prepareStatement(
                    Dialect.of(c).upsert("saved_view", "name, filter_text, saved_at", "name"))) {
                ps.setString(1, name.strip());
                ps.setString(2, filter.toText());
                Sql.setInstant(ps, 3, clock.instant());
                return ps.executeUpdate();
            }
        });
    }

    public void delete(String name) {
        database.inTransaction(c -> {
            try (PreparedStatement ps = c.prepareStatement("DELETE FROM saved_view WHERE name = ?")) {
                ps.setString(1, name);
                return ps.executeUpdate();
            }
        });
    }
}
