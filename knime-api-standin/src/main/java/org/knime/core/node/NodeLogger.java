package org.knime.core.node;

import java.io.PrintStream;
import java.util.function.Supplier;

/**
 * Logger of nodes.
 * <p>
 * Stand-in notes: messages at or above the level given by the system property {@code knime.standin.loglevel}
 * (default WARN) are printed to {@code System.err}; there are no appenders.
 */
public final class NodeLogger {

    /** Log levels. */
    public enum LEVEL {
            /** includes debug and more critical messages. */
            DEBUG,
            /** includes infos and more critical messages. */
            INFO,
            /** includes warnings and more critical messages. */
            WARN,
            /** includes error and more critical messages. */
            ERROR,
            /** includes fatal messages. */
            FATAL,
            /** includes all messages. */
            ALL,
            /** logs nothing. */
            OFF
    }

    private final String m_name;

    private NodeLogger(final String name) {
        m_name = name;
    }

    /**
     * @param c a class
     * @return a logger named after it
     */
    public static NodeLogger getLogger(final Class<?> c) {
        return getLogger(c.getName());
    }

    /**
     * @param s a name
     * @return a logger with that name
     */
    public static NodeLogger getLogger(final String s) {
        return new NodeLogger(s);
    }

    private static LEVEL threshold() {
        try {
            return LEVEL.valueOf(System.getProperty("knime.standin.loglevel", "WARN"));
        } catch (IllegalArgumentException e) {
            return LEVEL.WARN;
        }
    }

    private static int rank(final LEVEL l) {
        return switch (l) {
            case ALL -> -1;
            case OFF -> Integer.MAX_VALUE;
            default -> l.ordinal();
        };
    }

    /**
     * @param level a level
     * @return whether messages of that level are printed
     */
    public boolean isEnabledFor(final LEVEL level) {
        return rank(level) >= rank(threshold());
    }

    /** @return the current threshold */
    public LEVEL getLevel() {
        return threshold();
    }

    /** @return whether debug messages are printed */
    public boolean isDebugEnabled() {
        return isEnabledFor(LEVEL.DEBUG);
    }

    /** @return whether info messages are printed */
    public boolean isInfoEnabled() {
        return isEnabledFor(LEVEL.INFO);
    }

    private void log(final LEVEL level, final Object o, final Throwable t) {
        if (!isEnabledFor(level)) {
            return;
        }
        PrintStream err = System.err;
        err.println(level + " " + m_name + " : " + (o instanceof Supplier<?> s ? s.get() : o));
        if (t != null) {
            t.printStackTrace(err);
        }
    }

    /** @param o the message */
    public void debug(final Object o) {
        log(LEVEL.DEBUG, o, o instanceof Throwable t ? t : null);
    }

    /** @param o the message */
    public void info(final Object o) {
        log(LEVEL.INFO, o, o instanceof Throwable t ? t : null);
    }

    /** @param o the message */
    public void warn(final Object o) {
        log(LEVEL.WARN, o, o instanceof Throwable t ? t : null);
    }

    /** @param o the message */
    public void error(final Object o) {
        log(LEVEL.ERROR, o, o instanceof Throwable t ? t : null);
    }

    /** @param o the message */
    public void fatal(final Object o) {
        log(LEVEL.FATAL, o, o instanceof Throwable t ? t : null);
    }

    /** @param o a message about a coding problem */
    public void coding(final Object o) {
        log(LEVEL.ERROR, "CODING PROBLEM " + o, null);
    }

    /** @param supplier supplies the message */
    public void debug(final Supplier<Object> supplier) {
        log(LEVEL.DEBUG, supplier, null);
    }

    /** @param supplier supplies the message */
    public void info(final Supplier<Object> supplier) {
        log(LEVEL.INFO, supplier, null);
    }

    /** @param supplier supplies the message */
    public void warn(final Supplier<Object> supplier) {
        log(LEVEL.WARN, supplier, null);
    }

    /** @param supplier supplies the message */
    public void error(final Supplier<Object> supplier) {
        log(LEVEL.ERROR, supplier, null);
    }

    /** @param supplier supplies the message */
    public void fatal(final Supplier<Object> supplier) {
        log(LEVEL.FATAL, supplier, null);
    }

    /**
     * @param o the message
     * @param t the cause
     */
    public void debug(final Object o, final Throwable t) {
        log(LEVEL.DEBUG, o, t);
    }

    /**
     * @param o the message
     * @param t the cause
     */
    public void info(final Object o, final Throwable t) {
        log(LEVEL.INFO, o, t);
    }

    /**
     * @param o the message
     * @param t the cause
     */
    public void warn(final Object o, final Throwable t) {
        log(LEVEL.WARN, o, t);
    }

    /**
     * @param o the message
     * @param t the cause
     */
    public void error(final Object o, final Throwable t) {
        log(LEVEL.ERROR, o, t);
    }

    /**
     * @param o the message
     * @param t the cause
     */
    public void fatal(final Object o, final Throwable t) {
        log(LEVEL.FATAL, o, t);
    }

    /**
     * @param o a message about a coding problem
     * @param t the cause
     */
    public void coding(final Object o, final Throwable t) {
        log(LEVEL.ERROR, "CODING PROBLEM " + o, t);
    }

    /**
     * @param format a {@link String#format} pattern
     * @param args its arguments
     */
    public void debugWithFormat(final String format, final Object... args) {
        if (isDebugEnabled()) {
            debug(String.format(format, args));
        }
    }

    /**
     * @param format a {@link String#format} pattern
     * @param args its arguments
     */
    public void infoWithFormat(final String format, final Object... args) {
        if (isInfoEnabled()) {
            info(String.format(format, args));
        }
    }

    /**
     * @param format a {@link String#format} pattern
     * @param args its arguments
     */
    public void warnWithFormat(final String format, final Object... args) {
        warn(String.format(format, args));
    }

    /**
     * @param format a {@link String#format} pattern
     * @param args its arguments
     */
    public void errorWithFormat(final String format, final Object... args) {
        error(String.format(format, args));
    }

    /**
     * @param format a {@link String#format} pattern
     * @param args its arguments
     */
    public void fatalWithFormat(final String format, final Object... args) {
        fatal(String.format(format, args));
    }

    /**
     * @param format a {@link String#format} pattern
     * @param args its arguments
     */
    public void codingWithFormat(final String format, final Object... args) {
        coding(String.format(format, args));
    }
}
