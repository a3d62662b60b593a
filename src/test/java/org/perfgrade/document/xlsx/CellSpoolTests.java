package org.perfgrade.document.xlsx;

import java.math.BigDecimal;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/** The temporary cell file between the list query and the workbook: what goes in comes back, as often as read. */
class CellSpoolTests {

    @Test
    void cellsComeBackInOrderWithTheirTypesAndTheFileIsDeletedOnClose() throws Exception {
        // given
        Path file;
        List<Object[]> first = new ArrayList<>();
        List<Object[]> second = new ArrayList<>();
        try (CellSpool spool = new CellSpool(5)) {
            spool.add(new Object[] { 1, "兰考县第1号企业", new BigDecimal("0.1234"), LocalDate.of(2021, 12, 31), null });
            spool.add(new Object[] { 2L, "=1+1\n第二行", null, null, "𠀀 surrogate" });
            spool.add(new Object[] { 3 });
            // when
            spool.read().forEachRemaining(first::add);
            spool.read().forEachRemaining(second::add);
            assertThat(spool.rows()).isEqualTo(3);
            file = spool.file();
            assertThat(file).isRegularFile();
        }
        // then
        assertThat(first).hasSize(3);
        assertThat(first.get(0)).containsExactly(1L, "兰考县第1号企业", 0.1234, LocalDate.of(2021, 12, 31), null);
        assertThat(first.get(1)).containsExactly(2L, "=1+1\n第二行", null, null, "𠀀 surrogate");
        assertThat(first.get(2)).containsExactly(3L, null, null, null, null);
        assertThat(second).usingRecursiveComparison().isEqualTo(first);
        assertThat(Files.exists(file)).isFalse();
    }

    @Test
    void aCellOfAnotherTypeIsRefused() throws Exception {
        try (CellSpool spool = new CellSpool(1)) {
            assertThatThrownBy(() -> spool.add(new Object[] { new Object() }))
                    .isInstanceOf(IllegalArgumentException.class);
            Iterator<Object[]> none = spool.read();
            assertThat(none.hasNext()).isFalse();
        }
    }
}
