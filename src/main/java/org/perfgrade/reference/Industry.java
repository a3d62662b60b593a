package org.perfgrade.reference;

import java.util.List;
import java.util.Optional;

/**
 * 重点行业: an industry with its level, review category and grade scheme.
 *
 * @param confirmed false while the category or scheme has not been checked line by line against the guide
 */
public record Industry(String name, IndustryLevel level, ReviewCategory category, GradeScheme scheme,
                       boolean confirmed, int order, List<IndustryBranch> branches) {

    public Industry {
        branches = List.copyOf(branches);
    }

    public Optional<IndustryBranch> branch(String branchName) {
        return branches.stream().filter(b -> b.name().equals(branchName)).findFirst();
    }

    /** The scheme that grades a line of this industry in the given branch (null or blank: the industry's own). */
    public GradeScheme schemeFor(String branchName) {
        if (branchName == null || branchName.isBlank()) {
            return scheme;
        }
        return branch(branchName).map(IndustryBranch::scheme).orElse(scheme);
    }
}
