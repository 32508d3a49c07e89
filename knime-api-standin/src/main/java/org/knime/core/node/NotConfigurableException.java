package org.knime.core.node;

/** Thrown by a dialog that cannot be opened with the current input specs. */
public class NotConfigurableException extends Exception {

    private static final long serialVersionUID = 1L;

    /** @param message the reason */
    public NotConfigurableException(final String message) {
        super(message);
    }

    /**
     * @param message the reason
     * @param cause the cause
     */
    public NotConfigurableException(final String message, final Throwable cause) {
        super(message, cause);
    }
}
