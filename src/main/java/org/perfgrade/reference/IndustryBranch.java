package org.perfgrade.reference;

/** 重点行业分支: a branch of an industry, with its own grade scheme where the guide gives it one (水泥粉磨站: 引领性). */
public record IndustryBranch(String name, GradeScheme scheme, int order) {
}
