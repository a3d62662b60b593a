package org.perfgrade.filing;

import java.util.ArrayList;
import java.util.List;

/**
 * 材料包内容: what a package holds before it is written — the lines of the list, the scanned materials taken, the
 * enterprises lacking a required expert opinion and the files left out (with why).
 *
 * @param missingOpinions one message per line without the signed expert opinion, naming the enterprise
 * @param skipped         one message per scanned file left out (unreadable, encrypted, over a limit)
 */
record FilingContents(FilingRequest request, List<FilingLine> lines, List<FilingMaterial> materials,
                      List<String> missingOpinions, List<String> skipped) {

    FilingContents {
        lines = List.copyOf(lines);
        materials = List.copyOf(materials);
        missingOpinions = List.copyOf(missingOpinions);
        skipped = List.copyOf(skipped);
    }

    /** Every gap: missing opinions first, then the files left out. */
    List<String> gaps() {
        List<String> gaps = new ArrayList<>(missingOpinions);
        gaps.addAll(skipped);
        return gaps;
    }

    /** The materials of one enterprise, in package order. */
    List<FilingMaterial> materialsOf(String creditCode) {
        return materials.stream().filter(m -> m.creditCode().equals(creditCode)).toList();
    }
}
