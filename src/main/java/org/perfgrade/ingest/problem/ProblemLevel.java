package org.perfgrade.ingest.problem;

/** How bad a problem is: an error refuses the row (or the file); a warning keeps it and asks the county to confirm. */
public enum ProblemLevel {
    ERROR("错误"),
    WARNING("提示");

    private final String label;

    ProblemLevel(String label) {
        this.label = label;
    }

    public String label() {
        return label;
    }
}
