package org.refunddesk.ui.team;

/**
 * One check that the team server answers (the lead wires a JDBC {@code Connection.isValid(timeout)} or a
 * {@code SELECT 1} with a network timeout). Returns normally when reachable; throws when not. Runs off the
 * FX thread and must give up by itself within a few seconds.
 */
@FunctionalInterface
public interface ConnectionProbe {
    void check() throws Exception;
}
