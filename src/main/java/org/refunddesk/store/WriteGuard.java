package org.refunddesk.store;

import java.lang.reflect.InvocationHandler;
import java.lang.reflect.InvocationTargetException;
import java.lang.reflect.Method;
import java.lang.reflect.Proxy;
import java.sql.Connection;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.Locale;
import java.util.Set;
import java.util.function.Supplier;

/**
 * A connection that refuses every statement that would write, before the database sees it: used once the store
 * cannot be written (the disk filled up while it was open, or it was opened read-only). After a commit failed on a
 * full disk, H2 2.4 can hang in the next write for minutes instead of failing, so the next save must never reach it.
 * Reading statements pass through unchanged.
 */
final class WriteGuard implements InvocationHandler {
    private static final Set<String> WRITING = Set.of("INSERT", "UPDATE", "DELETE", "MERGE", "CREATE", "DROP", "ALTER",
            "TRUNCATE", "CHECKPOINT", "SHUTDOWN", "GRANT", "REVOKE", "COMMENT", "BACKUP", "SCRIPT", "RUNSCRIPT", "CALL");

    private final Object target;
    private final Supplier<SQLException> refusal;

    private WriteGuard(Object target, Supplier<SQLException> refusal) {
        this.target = target;
        this.refusal = refusal;
    }

    /** @param refusal what a writing statement gets: a SQLException, as the database itself would refuse it */
    static Connection wrap(Connection c, Supplier<SQLException> refusal) {
        return (Connection) Proxy.newProxyInstance(WriteGuard.class.getClassLoader(), new Class<?>[] {Connection.class},
                new WriteGuard(c, refusal));
    }

    /** Whether the statement would change the database (a row lock taken for an update counts). */
    static boolean writes(String sql) {
        String s = stripComments(sql).toUpperCase(Locale.ROOT);
        int end = 0;
        while (end < s.length() && Character.isLetter(s.charAt(end))) {
            end++;
        }
        return WRITING.contains(s.substring(0, end)) || s.contains(" FOR UPDATE");
    }

    private static String stripComments(String sql) {
        String s = sql.strip();
        while (true) {
            if (s.startsWith("--")) {
                int nl = s.indexOf('\n');
                s = nl < 0 ? "" : s.substring(nl + 1).strip();
            } else if (s.startsWith("/*")) {
                int close = s.indexOf("*/");
                s = close < 0 ? "" : s.substring(close + 2).strip();
            } else {
                return s;
            }
        }
    }

    @Override
    public Object invoke(Object proxy, Method method, Object[] args) throws Throwable {
        if (args != null && args.length > 0 && args[0] instanceof String sql && writes(sql)) {
            throw refusal.get(); // prepareStatement, prepareCall, execute…, addBatch of a writing statement
        }
        Object result;
        try {
            result = method.invoke(target, args);
        } catch (InvocationTargetException e) {
            throw e.getCause();
        }
        if (result instanceof Statement statement && !(result instanceof java.sql.PreparedStatement)
                && method.getName().equals("createStatement")) {
            return Proxy.newProxyInstance(WriteGuard.class.getClassLoader(), new Class<?>[] {Statement.class},
                    new WriteGuard(statement, refusal));
        }
        return result;
    }
}
