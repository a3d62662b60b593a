package org.perfgrade.filing;

import java.util.List;

/** 材料不全: enterprises of the package lack a required material and gaps were not allowed; nothing is written. */
public class FilingIncompleteException extends RuntimeException {

    private final List<String> gaps;

    public FilingIncompleteException(String message, List<String> gaps) {
        super(message);
        this.gaps = List.copyOf(gaps);
    }

    public List<String> gaps() {
        return gaps;
    }
}
