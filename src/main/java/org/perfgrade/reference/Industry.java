package org.perfgrade.reference;

import java.util.List;
import java.util.Optional;

/**
 * 重点行业: an industry with its level, review category and grade scheme.
 *
 * @param confirmed false while the category or scheme has not been checked line by line against the guide
 * @param aliases   other names the guides and counties use for it (别名, e.g. 印刷 for 包装印刷), read as this
 *                  industry with a warning; an alias shared by two industries is ambiguous and read as neither
 */
public record Industry(String name, IndustryLevel level, ReviewCategory category, GradeScheme scheme,
                       boolean confirmed, int order, List<IndustryBranch> branches, List<String> aliases) {

    public Industry {
        branches = List.copyOf(branches);
        aliases = aliases == null ? List.of() : List.copyOf(aliases);
    }

    /** An industry without aliases. */
    public Industry(String name, IndustryLevel level, ReviewCategory category, GradeScheme scheme, boolean confirmed,
                    int order, List<IndustryBranch> branches) {
        this(name, level, category, scheme, confirmed, order, branches, List.of());
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
