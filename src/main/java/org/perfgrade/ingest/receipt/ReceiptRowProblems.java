package org.perfgrade.ingest.receipt;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;

import org.perfgrade.ingest.problem.Problem;

/**
 * 逐行问题: a receipt's row problems in row order, handed out row by row as the receipt's rows come in ascending
 * order, so the rows sheet is written in one pass.
 */
final class ReceiptRowProblems {

    private final List<Problem> sorted;
    private int next;

    ReceiptRowProblems(List<Problem> problems) {
        this.sorted = problems.stream().filter(p -> p.row() != null).sorted(Comparator.comparing(Problem::row))
                .toList();
    }

    List<Problem> of(int rowNumber) {
        while (next < sorted.size() && sorted.get(next).row() < rowNumber) {
            next++;
        }
        List<Problem> mine = new ArrayList<>();
        while (next < sorted.size() && sorted.get(next).row() == rowNumber) {
            mine.add(sorted.get(next++));
        }
        return mine;
    }
}
