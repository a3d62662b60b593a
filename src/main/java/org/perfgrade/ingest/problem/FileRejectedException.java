package org.perfgrade.ingest.problem;

/** A county file refused as a whole (not a spreadsheet, corrupt, protected, empty, too large, no header …). */
public class FileRejectedException extends Exception {

    private final transient Problem problem;

    public FileRejectedException(ProblemCode code, String message) {
        this(Problem.ofFile(code, message), null);
    }

    public FileRejectedException(Problem problem, Throwable cause) {
        super(problem.message(), cause);
        this.problem = problem;
    }

    public Problem problem() {
        return problem;
    }
}
