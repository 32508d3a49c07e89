package org.ressin.core.cvxeda;

/** Input the decomposition cannot use (non-finite samples, too short, bad sampling rate, ...). */
public class CvxEdaException extends IllegalArgumentException {
    private static final long serialVersionUID = 1L;

    public CvxEdaException(String message) {
        super(message);
    }
}
