package org.perfgrade.sample;

/**
 * 问题行: a deliberately bad cell written into a county file, with its exact place, so an import test can assert that
 * each one is reported where it is. The row is not part of the clean model of {@link SampleDataset}.
 *
 * @param fileName    the file name inside the county folder
 * @param row         1-based Excel row number (data starts at row 4, under the title, date and header rows)
 * @param column      the column header as written in row 3
 * @param columnIndex 0-based column index in the sheet
 * @param value       the cell as written ("" for an empty cell)
 * @param description what is wrong, in Chinese
 */
public record SampleDefect(String countyCode, String countyName, SampleFileKind fileKind, String fileName,
                           String sheet, int row, String column, int columnIndex, String value,
                           SampleDefectType type, String description) {

    /** Whether an importer should only warn about it. */
    public boolean warning() {
        return type.warning();
    }

    /** The cell in A1 notation, e.g. B17. */
    public String cellReference() {
        StringBuilder letters = new StringBuilder();
        for (int i = columnIndex + 1; i > 0; i = (i - 1) / 26) {
            letters.insert(0, (char) ('A' + (i - 1) % 26));
        }
        return letters.toString() + row;
    }
}
