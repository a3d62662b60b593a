package org.perfgrade.filing;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;

import org.perfgrade.document.xlsx.CollationKeys;
import org.perfgrade.reference.Industry;
import org.perfgrade.reference.ReferenceData;

/**
 * 材料核对: checks each enterprise of a package for every required material ({@link RequiredMaterial}: a scan taken
 * into the package and, where required, the opinion registered in 申报及评审结果), for lines still 分支待补充 (an
 * industry with branches, the line without one) and for scans left out — and gives one {@link EnterpriseGap} per
 * enterprise lacking anything, by county (附件1 order) and name.
 */
final class MaterialCheck {

    private MaterialCheck() {
    }

    static List<EnterpriseGap> gaps(List<FilingLine> lines, List<FilingMaterial> taken, List<SkippedFile> skipped,
                                    List<RequiredMaterial> required, ReferenceData reference) {
        Map<String, List<FilingLine>> enterprises = new LinkedHashMap<>();
        for (FilingLine line : lines) {
            enterprises.computeIfAbsent(FilingCollector.enterpriseKey(line), k -> new ArrayList<>()).add(line);
        }
        Comparator<String> names = new CollationKeys().comparator();
        List<EnterpriseGap> gaps = new ArrayList<>();
        enterprises.values().stream()
                .sorted(Comparator.comparingInt((List<FilingLine> l) -> l.get(0).county().order())
                        .thenComparing(l -> l.get(0).enterpriseName(), names))
                .forEach(firm -> {
                    List<String> missing = missing(firm, taken, skipped, required, reference);
                    if (!missing.isEmpty()) {
                        FilingLine first = firm.get(0);
                        gaps.add(new EnterpriseGap(first.county().name(), first.enterpriseName(), first.creditCode(),
                                String.join("、", new LinkedHashSet<>(firm.stream().map(FilingLine::industryLabel)
                                        .toList())), missing));
                    }
                });
        return gaps;
    }

    /** What one enterprise (its lines in the package) lacks, in material order. */
    private static List<String> missing(List<FilingLine> firm, List<FilingMaterial> taken, List<SkippedFile> skipped,
                                        List<RequiredMaterial> required, ReferenceData reference) {
        String code = firm.get(0).creditCode();
        List<String> files = code == null ? List.of() : taken.stream().filter(m -> code.equals(m.creditCode()))
                .map(FilingMaterial::fileName).toList();
        List<SkippedFile> left = code == null ? List.of() : skipped.stream()
                .filter(s -> code.equals(s.creditCode())).toList();
        boolean several = firm.size() > 1;
        List<String> missing = new ArrayList<>();
        List<SkippedFile> told = new ArrayList<>();
        for (RequiredMaterial material : required) {
            List<String> reasons = new ArrayList<>();
            if (files.stream().noneMatch(material::matches)) {
                List<SkippedFile> tried = left.stream().filter(s -> material.matches(s.fileName())).toList();
                if (tried.isEmpty()) {
                    reasons.add("未提供");
                }
                tried.forEach(s -> reasons.add(s.fileName() + "未收入：" + s.reason()));
                told.addAll(tried);
            }
            if (material.registered()) {
                for (FilingLine line : firm) {
                    String registration = line.opinionRegistration();
                    if (registration != null) {
                        reasons.add((several ? line.industryLabel() + "：" : "") + registration);
                    }
                }
            }
            if (!reasons.isEmpty()) {
                missing.add(material.name() + "（" + String.join("；", reasons) + "）");
            }
        }
        for (FilingLine line : firm) {
            boolean branched = reference.industry(line.industry()).map(Industry::branches).map(b -> !b.isEmpty())
                    .orElse(false);
            if (branched && (line.branch() == null || line.branch().isBlank())) {
                missing.add("重点行业分支（" + line.industry() + "，分支待补充）");
            }
        }
        for (SkippedFile file : left) {
            if (!told.contains(file)) {
                missing.add("未收入的扫描件（" + file.fileName() + "：" + file.reason() + "）");
            }
        }
        return missing;
    }
}
