package org.refunddesk.ui.team;

/**
 * 测试连接: tries the settings with the password (the lead wires it to the team store: connect, check the
 * schema and the role). Runs off the FX thread; throws with a message for people when it fails.
 */
@FunctionalInterface
public interface ConnectionTester {
    /** A short success text for people ("connected as helper 小李, 120 cases visible"). */
    String test(TeamServerSettings settings, String password) throws Exception;
}
