package org.perfgrade.ingest.sheet;

import java.io.IOException;
import java.util.List;

import org.perfgrade.ingest.problem.FileRejectedException;

/** 工作簿读取: what {@link SpreadsheetFile} needs from a format — its sheets, and the rows of one of them. */
interface WorkbookSource extends AutoCloseable {

    List<SpreadsheetFile.Sheet> sheets();

    RowStream open(SpreadsheetFile.Sheet sheet) throws FileRejectedException;

    @Override
    void close() throws IOException;
}
