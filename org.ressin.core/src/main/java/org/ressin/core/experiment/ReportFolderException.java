package org.ressin.core.experiment;

/** The report folder cannot be used: it holds something else, or an experiment made with other settings. */
public final class ReportFolderException extends RuntimeException {

    private static final long serialVersionUID = 1L;

    public ReportFolderException(String message) {
        super(message);
    }
}
