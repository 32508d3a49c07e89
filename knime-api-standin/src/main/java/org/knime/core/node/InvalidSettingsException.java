package org.knime.core.node;

/**
 * Thrown when settings are missing or invalid.
 * (Build-time stand-in of the KNIME class, which lives in bundle org.knime.core.util.)
 */
public class InvalidSettingsException extends Exception {

    private static final long serialVersionUID = 1L;

    /** @param s the message */
    public InvalidSettingsException(final String s) {
        super(s);
    }

    /** @param cause the cause */
    public InvalidSettingsException(final Throwable cause) {
        super(cause);
    }

    /**
     * @param msg the message
     * @param cause the cause
     */
    public InvalidSettingsException(final String msg, final Throwable cause) {
        super(msg, cause);
    }
}
