package org.perfgrade.filing;

import java.util.List;

/**
 * 材料核对结果 ({@code perfgrade package --check}): how many enterprises a package would hold, how many are complete,
 * and every one lacking a required material — found without writing anything.
 *
 * @param batch       the batch as the documents name it, e.g. 第二批（金属类行业）
 * @param enterprises enterprises in the package
 * @param complete    enterprises lacking nothing
 * @param gaps        the enterprises lacking something, in gap-list order
 * @param lines       the Chinese report, line by line
 */
public record FilingCheck(String asOf, String batch, long enterprises, long complete, List<EnterpriseGap> gaps,
                          List<String> lines) {

    public FilingCheck {
        gaps = List.copyOf(gaps);
        lines = List.copyOf(lines);
    }

    static FilingCheck of(FilingContents contents) {
        return new FilingCheck(contents.request().asOf().toString(), contents.batchName(), contents.enterprises(),
                contents.complete(), contents.gaps(), FilingMessages.check(contents));
    }
}
