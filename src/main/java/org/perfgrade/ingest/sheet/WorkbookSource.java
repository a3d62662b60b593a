package org.perfgrade.ingest;

import java.io.IOException;
import java.util.List;

/** 工作簿读取: what {@link SpreadsheetFile} needs from a format — its sheets, and the rows of one of them. */
interface WorkbookSource extends AutoCloseable {

    List<SpreadsheetFile.Sheet> sheets();

    RowStream open(SpreadsheetFile.Sheet sheet) throws FileRejectedException;

    @Override
    void close() throws IOException;
}
