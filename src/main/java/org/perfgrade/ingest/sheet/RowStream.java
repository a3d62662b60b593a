package org.perfgrade.ingest.sheet;

import org.perfgrade.ingest.problem.FileRejectedException;

/**
 * 行流: the rows of one sheet, pulled one by one in file order, whatever the format underneath (fastexcel's
 * streaming reader for .xlsx, POI's in-memory sheet for .xls). Corrupt content found while reading is a
 * {@link FileRejectedException} (F02).
 */
public interface RowStream extends AutoCloseable {

    /** The next row present in the file (blank ones included), or null at the end of the sheet. */
    SheetRow next() throws FileRejectedException;

    @Override
    void close();
}
