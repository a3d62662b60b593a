package org.perfgrade.ingest;

/** The import could not finish for an internal reason (database, disk); it can be run again to continue. */
public class ImportFailedException extends RuntimeException {

    public ImportFailedException(String message, Throwable cause) {
        super(message, cause);
    }
}
