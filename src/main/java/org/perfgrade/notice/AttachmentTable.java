package org.perfgrade.notice;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import net.sf.jasperreports.engine.JRBand;
import net.sf.jasperreports.engine.JRElement;
import net.sf.jasperreports.engine.JRException;
import net.sf.jasperreports.engine.JRStyle;
import net.sf.jasperreports.engine.JasperReport;
import net.sf.jasperreports.engine.data.JRMapCollectionDataSource;
import net.sf.jasperreports.engine.design.JRDesignBand;
import net.sf.jasperreports.engine.design.JRDesignElement;
import net.sf.jasperreports.engine.design.JRDesignStyle;
import net.sf.jasperreports.engine.design.JRDesignExpression;
import net.sf.jasperreports.engine.design.JRDesignField;
import net.sf.jasperreports.engine.design.JRDesignParameter;
import net.sf.jasperreports.engine.design.JRDesignTextField;
import net.sf.jasperreports.engine.design.JasperDesign;
import net.sf.jasperreports.engine.type.PositionTypeEnum;
import net.sf.jasperreports.engine.type.StretchTypeEnum;
import net.sf.jasperreports.engine.type.TextAdjustEnum;

import org.perfgrade.document.ReportEngine;
import org.perfgrade.document.ReportException;

/**
 * 附件表格: the columns of an attachment are known only from its data, so the template {@code notice-attachment}
 * gets one header cell and one detail cell per column (widths in proportion to {@link NoticeAttachment#widths()},
 * together 156 mm) before it is compiled; compiled reports are cached per column layout. A landscape attachment
 * gets an A4 landscape page (20 mm side margins, 257 mm of table, 小五 cells) with its title, 表注 and 版记 as wide.
 */
final class AttachmentTable {

    static final String TEMPLATE = "notice-attachment";
    /** The table is as wide as the text block: 156 mm. */
    static final int WIDTH = 442;
    /** A landscape table: 297 mm less two margins of 20 mm. */
    static final int LANDSCAPE_WIDTH = 728;
    static final int LANDSCAPE_MARGIN = 57;
    static final int LANDSCAPE_TOP = 57;
    /** 小五: the cells of a landscape table, on rows as low as that allows. */
    static final float LANDSCAPE_CELL_SIZE = 9f;
    private static final int LANDSCAPE_ROW_HEIGHT = 16;
    /** The landscape title band: "附件N", then the title one line lower than on portrait pages. */
    private static final int LANDSCAPE_TITLE_HEIGHT = 76;
    private static final int LANDSCAPE_TITLE_Y = 34;
    private static final int HEADER_HEIGHT = 30;
    private static final int ROW_HEIGHT = 22;

    private AttachmentTable() {
    }

    /** The compiled template for the attachment's column layout. */
    static JasperReport report(ReportEngine reports, NoticeAttachment attachment) {
        int[] widths = widths(attachment.widths(), attachment.landscape() ? LANDSCAPE_WIDTH : WIDTH);
        StringBuilder key = new StringBuilder(TEMPLATE).append(attachment.landscape() ? ":landscape" : ":portrait");
        for (int width : widths) {
            key.append(':').append(width);
        }
        return reports.compile(key.toString(), design(reports, widths, attachment.landscape()));
    }

    /** The rows as records with fields c0, c1 …; the header cells are constant texts of the design. */
    static JRMapCollectionDataSource rows(NoticeAttachment attachment) {
        List<Map<String, ?>> records = new ArrayList<>();
        for (List<String> row : attachment.rows()) {
            Map<String, Object> record = new HashMap<>();
            for (int i = 0; i < row.size(); i++) {
                record.put(field(i), row.get(i));
            }
            records.add(record);
        }
        return new JRMapCollectionDataSource(records);
    }

    /** The header texts, as a parameter map (h0, h1 …). */
    static Map<String, Object> headers(NoticeAttachment attachment) {
        Map<String, Object> params = new HashMap<>();
        params.put("note", attachment.note());
        for (int i = 0; i < attachment.columns().size(); i++) {
            params.put(header(i), attachment.columns().get(i));
        }
        return params;
    }

    /** Whole points in proportion to the relative widths, summing to {@code width}. */
    static int[] widths(List<Integer> relative, int width) {
        int total = relative.stream().mapToInt(w -> Math.max(1, w)).sum();
        int[] widths = new int[relative.size()];
        int used = 0;
        for (int i = 0; i < widths.length; i++) {
            widths[i] = i == widths.length - 1 ? width - used : width * Math.max(1, relative.get(i)) / total;
            used += widths[i];
        }
        return widths;
    }

    private static JasperDesign design(ReportEngine reports, int[] widths, boolean landscape) {
        JasperDesign design = reports.design(TEMPLATE);
        JRStyle cell = design.getStylesMap().get("Cell");
        if (landscape) {
            landscape(design);
            ((JRDesignStyle) cell).setFontSize(LANDSCAPE_CELL_SIZE);
        }
        JRDesignBand header = (JRDesignBand) design.getColumnHeader();
        JRDesignBand detail = (JRDesignBand) design.getDetailSection().getBands()[0];
        int rowHeight = landscape ? LANDSCAPE_ROW_HEIGHT : ROW_HEIGHT;
        header.setHeight(HEADER_HEIGHT);
        detail.setHeight(rowHeight);
        int x = 0;
        try {
            for (int i = 0; i < widths.length; i++) {
                design.addParameter(parameter(header(i)));
                JRDesignField field = new JRDesignField();
                field.setName(field(i));
                field.setValueClass(String.class);
                design.addField(field);
                header.addElement(cell(cell, x, widths[i], HEADER_HEIGHT, "$P{" + header(i) + "}"));
                detail.addElement(cell(cell, x, widths[i], rowHeight, "$F{" + field(i) + "}"));
                x += widths[i];
            }
        }
        catch (JRException ex) {
            throw new ReportException("附件表格模板 " + TEMPLATE + " 无法补全列：" + ex.getMessage(), ex);
        }
        return design;
    }

    /**
     * A4 landscape: the page turned, 20 mm side margins; every element that reaches the text block's right edge
     * (title, 表注, 版记 lines, 抄送 and 印发日期) stretched to the table's right edge.
     */
    private static void landscape(JasperDesign design) {
        int portraitWidth = design.getColumnWidth();
        // an unrotated 297 × 210 mm page box (not a turned portrait one), as viewers and printers show it
        design.setPageWidth(842);
        design.setPageHeight(595);
        design.setLeftMargin(LANDSCAPE_MARGIN);
        design.setRightMargin(LANDSCAPE_MARGIN);
        design.setTopMargin(LANDSCAPE_TOP);
        design.setColumnWidth(LANDSCAPE_WIDTH);
        JRDesignBand title = (JRDesignBand) design.getTitle();
        title.setHeight(LANDSCAPE_TITLE_HEIGHT);
        for (JRElement element : title.getElements()) {
            if (element.getY() > 0) {
                ((JRDesignElement) element).setY(LANDSCAPE_TITLE_Y);
            }
        }
        for (JRBand band : new JRBand[] {title, design.getSummary(), design.getLastPageFooter()}) {
            if (band == null) {
                continue;
            }
            for (JRElement element : band.getElements()) {
                JRDesignElement e = (JRDesignElement) element;
                if (e.getX() + e.getWidth() >= portraitWidth - 7) {
                    e.setWidth(LANDSCAPE_WIDTH - e.getX());
                }
            }
        }
    }

    private static JRDesignParameter parameter(String name) {
        JRDesignParameter parameter = new JRDesignParameter();
        parameter.setName(name);
        parameter.setValueClass(String.class);
        return parameter;
    }

    private static JRDesignTextField cell(JRStyle style, int x, int width, int height, String expression) {
        JRDesignTextField text = new JRDesignTextField();
        text.setStyle(style);
        text.setX(x);
        text.setY(0);
        text.setWidth(width);
        text.setHeight(height);
        text.setTextAdjust(TextAdjustEnum.STRETCH_HEIGHT);
        text.setStretchType(StretchTypeEnum.CONTAINER_HEIGHT);
        text.setPositionType(PositionTypeEnum.FLOAT);
        text.setBlankWhenNull(true);
        text.setExpression(new JRDesignExpression(expression));
        return text;
    }

    private static String field(int column) {
        return "c" + column;
    }

    private static String header(int column) {
        return "h" + column;
    }
}
