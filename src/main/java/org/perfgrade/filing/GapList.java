package org.perfgrade.filing;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.util.ArrayList;
import java.util.List;

import org.perfgrade.document.PdfMetadata;
import org.perfgrade.document.PdfRoleFonts;
import org.perfgrade.document.xlsx.WorkbookStamp;
import org.perfgrade.notice.NoticeDraft;
import org.perfgrade.reference.ReferenceData;

import org.springframework.stereotype.Component;

/**
 * 材料缺项清单: every enterprise of the package lacking a required material ({@link MaterialCheck}) — 序号、县区、企业名称、
 * 行业、缺少的材料 — as .xlsx and PDF inside the package; the cover letter counts its lines and refers to it by its
 * title. A package without gaps holds it too, saying so.
 */
@Component
class GapList {

    /** The title the cover letter refers to: 见《材料缺项清单》. */
    static final String TITLE = "材料缺项清单";
    static final List<String> HEADERS = List.of("序号", "县区", "企业名称", "行业", "缺少的材料");
    private static final int[] WIDTHS = { 6, 12, 32, 22, 70 };

    private final ReferenceData reference;
    private final PdfRoleFonts fonts;
    private final WorkbookStamp stamp;

    GapList(ReferenceData reference, PdfRoleFonts fonts, WorkbookStamp stamp) {
        this.reference = reference;
        this.fonts = fonts;
        this.stamp = stamp;
    }

    static List<List<String>> rows(List<EnterpriseGap> gaps) {
        List<List<String>> rows = new ArrayList<>();
        for (EnterpriseGap g : gaps) {
            rows.add(List.of(String.valueOf(rows.size() + 1), g.county(), g.enterpriseName(), g.industries(),
                    String.join("；", g.missing())));
        }
        return rows;
    }

    /** 第二批（金属类行业）　报送单位：…　统计日期：2021年9月1日　共3家企业，材料齐全2家，缺少材料1家. */
    private String subtitle(FilingContents contents) {
        return contents.batchName() + "　　报送单位：" + reference.authority().issuerOf("filing-letter").name() + "　　统计日期："
                + NoticeDraft.chineseDate(contents.request().asOf()) + "　　共" + contents.enterprises() + "家企业，材料齐全"
                + contents.complete() + "家，缺少材料" + contents.gaps().size() + "家";
    }

    byte[] pdf(FilingContents contents) {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        float[] widths = new float[WIDTHS.length];
        for (int i = 0; i < WIDTHS.length; i++) {
            widths[i] = WIDTHS[i];
        }
        FilingTablePdf.write(fonts, new PdfMetadata(TITLE + "（" + contents.batchName() + "）",
                        reference.authority().issuerOf("filing-letter").name(), "报省备案材料（统计日期"
                        + NoticeDraft.chineseDate(contents.request().asOf()) + "）"), contents.request().asOf(), true,
                TITLE, subtitle(contents), HEADERS, widths, rows(contents.gaps()), out);
        return out.toByteArray();
    }

    byte[] xlsx(FilingContents contents) throws IOException {
        return FilingTableXlsx.write(new FilingTableXlsx.Table(TITLE, TITLE, subtitle(contents), HEADERS, WIDTHS),
                rows(contents.gaps()), stamp, contents.request().asOf(), reference.authority().issuerOf("filing-letter").name());
    }
}
