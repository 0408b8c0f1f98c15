package org.refunddesk.ui.team;

/**
 * Test connection: tries the settings with the password (the lead wires it to the team store: connect, check the
 * schema and the role). Runs off the FX thread; throws with a message for people when it fails.
 */
@FunctionalInterface
public interface ConnectionTester {
    /** A short success text for people ("connected as helper Li, 120 cases visible"). */
    String test(TeamServerSettings settings, String password) throws Exception;
}
