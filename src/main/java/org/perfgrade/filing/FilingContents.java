package org.perfgrade.filing;

import java.util.List;

/**
 * 材料包内容: what a package holds before it is written — the lines of the list, the scanned materials taken, the
 * files left out (with why) and every enterprise lacking something ({@link MaterialCheck}).
 *
 * @param batchName the batch as the documents name it, e.g. 第二批（金属类行业） ({@link BatchNames})
 * @param checked   the names of the required materials each enterprise was checked for
 * @param skipped   the scanned files left out (unreadable, encrypted, over a limit)
 * @param gaps      one line per enterprise lacking a required material, by county and name
 */
record FilingContents(FilingRequest request, String batchName, List<String> checked, List<FilingLine> lines,
                      List<FilingMaterial> materials, List<SkippedFile> skipped, List<EnterpriseGap> gaps) {

    FilingContents {
        checked = List.copyOf(checked);
        lines = List.copyOf(lines);
        materials = List.copyOf(materials);
        skipped = List.copyOf(skipped);
        gaps = List.copyOf(gaps);
    }

    /** The number of enterprises in the package (an enterprise with several lines once). */
    long enterprises() {
        return lines.stream().map(FilingCollector::enterpriseKey).distinct().count();
    }

    /** The enterprises lacking nothing. */
    long complete() {
        return enterprises() - gaps.size();
    }

    /** Every gap as a sentence naming the enterprise and what it lacks, in gap-list order. */
    List<String> gapTexts() {
        return gaps.stream().map(EnterpriseGap::text).toList();
    }

    /** The materials of one enterprise, in package order. */
    List<FilingMaterial> materialsOf(String creditCode) {
        return materials.stream().filter(m -> m.creditCode().equals(creditCode)).toList();
    }
}
