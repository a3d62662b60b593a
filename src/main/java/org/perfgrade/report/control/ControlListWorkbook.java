package org.perfgrade.report.control;

import java.time.LocalDate;
import java.util.List;

import org.perfgrade.document.ArchivedDocument;
import org.perfgrade.document.DocumentArchive;
import org.perfgrade.document.DocumentRequest;
import org.perfgrade.document.xlsx.WorkbookStamp;
import org.perfgrade.reference.County;

import org.springframework.stereotype.Service;

/**
 * A 差异化管控 list as .xlsx (manifest kind {@link ControlList#xlsxKind()}): title, date line, one row per line with
 * county, enterprise, credit code, industry, grade and the reason it is on the list, then the sentence of an empty
 * list and the notes; A4 portrait fitted to the width, header frozen and repeated.
 */
@Service
public class ControlListWorkbook {

    public static final List<String> HEADERS = List.of("序号", "县区", "企业名称", "统一社会信用代码", "重点行业类型",
            "绩效级别", "列入理由");

    private static final int[] WIDTHS = { 6, 12, 34, 20, 20, 10, 32 };

    private final DocumentArchive archive;
    private final WorkbookStamp stamp;

    public ControlListWorkbook(DocumentArchive archive, WorkbookStamp stamp) {
        this.archive = archive;
        this.stamp = stamp;
    }

    /** Writes and archives the list of a day, city-wide (county null) or one county's extract. */
    public ArchivedDocument render(ControlList list, LocalDate asOf, County countyOrNull, List<ControlListRow> rows,
                                   ControlTexts texts) {
        DocumentRequest request = new DocumentRequest(list.xlsxKind(), asOf, countyOrNull,
                path(list, asOf, countyOrNull, ".xlsx"));
        return archive.store(request, out -> ListSheet.write(out, stamp, asOf, list.fileStem(), HEADERS, WIDTHS, false,
                rows.stream().map(ControlListRow::cells).toList(), texts.title(), texts.dateLine(), texts.empty(),
                texts.notes(), texts.author()));
    }

    /** {@code reports/<date>/<名单>.xlsx}, or under {@code <县区>/} for a county extract. */
    static String path(ControlList list, LocalDate asOf, County countyOrNull, String extension) {
        return "reports/" + asOf + "/" + (countyOrNull == null ? "" : countyOrNull.name() + "/") + list.fileStem()
                + extension;
    }
}
