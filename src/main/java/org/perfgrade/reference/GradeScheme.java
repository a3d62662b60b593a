package org.perfgrade.reference;

import java.util.List;

/** 级别方案: the grades an industry or branch can give, best first (e.g. A,B,B-,C,D or 引领性,非引领性). */
public record GradeScheme(String name, List<String> grades) {

    public GradeScheme {
        grades = List.copyOf(grades);
    }

    public boolean allows(String grade) {
        return grades.contains(grade);
    }

    /** The scheme as stored in the database: grades joined by commas. */
    public String asText() {
        return String.join(",", grades);
    }

    /** The lowest grade of the scheme (used for enterprises that never applied, where that setting is on). */
    public String lowest() {
        return grades.get(grades.size() - 1);
    }
}
