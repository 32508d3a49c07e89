package org.knime.core.node;

/** Thrown when the user canceled an execution. */
public class CanceledExecutionException extends Exception {

    private static final long serialVersionUID = 1L;

    /** Creates an exception without message. */
    public CanceledExecutionException() {
        super();
    }

    /** @param s the message */
    public CanceledExecutionException(final String s) {
        super(s);
    }
}
