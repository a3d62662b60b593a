package org.perfgrade.document;

import java.io.OutputStream;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;

import net.sf.jasperreports.engine.data.JRMapCollectionDataSource;

import org.springframework.stereotype.Service;

/**
 * 字体检查: renders {@code out/font-check.pdf}, one line per {@link FontRole} in that role's font, naming the
 * physical family behind it. Printing it on a new machine (or after switching to licensed 方正 fonts) shows at a
 * glance that every role has the font it should, with the campaign's own vocabulary and punctuation.
 */
@Service
public class FontCheck {

    /** Manifest kind and file of the document. */
    public static final String KIND = "font-check";
    public static final String FILE = "font-check.pdf";
    public static final String TITLE = "字体检查";
    public static final String SUBJECT = "perfgrade 字体检查";
    /** 发文机关: the default author of the PDF. */
    public static final String AUTHOR = "开封市环境污染防治攻坚战领导小组办公室";

    private static final String TEMPLATE = "font-check";

    private static final Map<FontRole, String> SAMPLES = new EnumMap<>(Map.of(
            FontRole.TITLE, "开封市重点行业绩效分级提升行动方案",
            FontRole.BODY, "汴环攻坚办〔2021〕91号 A、B级企业占比≥20%",
            FontRole.HEADING, "一、开封市环境污染防治攻坚战领导小组办公室",
            FontRole.SUBHEADING, "（一）各县、区人民政府，城乡一体化示范区管委会：",
            FontRole.TABLE, "兰考县 引领性 B级 B-级 C级 D级 重点行业绩效分级"));

    private final DocumentArchive archive;
    private final ReportEngine reports;
    private final DocumentFonts fonts;

    public FontCheck(DocumentArchive archive, ReportEngine reports, DocumentFonts fonts) {
        this.archive = archive;
        this.reports = reports;
        this.fonts = fonts;
    }

    /** Renders the font check for a business date and archives it as {@code font-check.pdf} (city-wide). */
    public ArchivedDocument render(LocalDate asOf) {
        return render(asOf, AUTHOR);
    }

    /** As {@link #render(LocalDate)}, with another issuing office as the PDF's author. */
    public ArchivedDocument render(LocalDate asOf, String author) {
        Objects.requireNonNull(asOf, "asOf");
        return archive.store(DocumentRequest.cityWide(KIND, asOf, FILE), out -> write(asOf, author, out));
    }

    /** Writes the PDF without archiving it. */
    void write(LocalDate asOf, String author, OutputStream out) {
        Map<String, Object> params = Map.of("author", author, "asOf", asOf);
        reports.renderPdf(TEMPLATE, params, new JRMapCollectionDataSource(rows()),
                new PdfMetadata(TITLE, author, SUBJECT, "字体,小标宋,仿宋,黑体,楷体,宋体").on(asOf), out);
    }

    /** The sample text printed in a role's font. */
    static String sample(FontRole role) {
        return SAMPLES.get(role);
    }

    /** The line naming a role and its physical family, e.g. "小标宋（标题）：FandolSong". */
    String heading(FontRole role) {
        return role.describe() + "：" + fonts.family(role);
    }

    private List<Map<String, ?>> rows() {
        List<Map<String, ?>> rows = new ArrayList<>();
        for (FontRole role : FontRole.values()) {
            rows.add(Map.of("role", role.name(), "roleFamily", role.family(), "label", role.label(),
                    "family", fonts.family(role), "sample", SAMPLES.get(role)));
        }
        return rows;
    }
}
