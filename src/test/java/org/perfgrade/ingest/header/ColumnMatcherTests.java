package org.perfgrade.ingest.header;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.HashMap;
import java.util.Map;

import org.junit.jupiter.api.Test;

/** Column names as {@link ColumnMatcher} compares them: after {@code HeaderText.normalize}, still one column each. */
class ColumnMatcherTests {

    @Test
    void noTwoColumnsOfAKindShareANameAfterNormalising() {
        // given every layout
        for (SubmissionLayout layout : SubmissionLayout.all()) {
            Map<String, Column> names = new HashMap<>();
            for (Column column : layout.columns()) {
                for (String name : ColumnMatcher.names(column)) {
                    // when the names of its columns are normalised
                    Column previous = names.put(ColumnMatcher.key(name), column);
                    // then each still names one column only
                    assertThat(previous).as(layout.kind() + " " + name).isIn(null, column);
                }
            }
        }
    }
}
