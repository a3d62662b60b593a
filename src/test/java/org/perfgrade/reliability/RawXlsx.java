package org.perfgrade.reliability;

import java.io.IOException;
import java.io.OutputStream;
import java.io.OutputStreamWriter;
import java.io.UncheckedIOException;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import java.util.zip.ZipEntry;
import java.util.zip.ZipOutputStream;

/**
 * Hostile-input material: an .xlsx written part by part as raw XML, so that a test controls what Excel or POI would
 * never write (a DOCTYPE with external entities, formulas that call out with a cached value, a million rows written
 * in seconds, hidden sheets, merged cells). Cells are inline strings, numbers, date numbers (style 1) or formulas.
 */
final class RawXlsx {

    /** One cell: its XML inside {@code <c r="..">…</c>} and its type attribute. */
    record Cell(String type, String style, String inner) {

        static Cell text(String value) {
            return new Cell("inlineStr", null, "<is><t xml:space=\"preserve\">" + escape(value) + "</t></is>");
        }

        static Cell number(double value) {
            return new Cell(null, null, "<v>" + (value == Math.rint(value) ? String.valueOf((long) value)
                    : String.valueOf(value)) + "</v>");
        }

        /** An Excel date serial number shown as a date (built-in format 14). */
        static Cell date(double serial) {
            return new Cell(null, "1", "<v>" + serial + "</v>");
        }

        /** A formula with the text Excel cached as its result. */
        static Cell formula(String formula, String cached) {
            return new Cell("str", null, "<f>" + escape(formula) + "</f><v>" + escape(cached) + "</v>");
        }

        /** Raw XML inside the cell (e.g. an entity reference). */
        static Cell rawInline(String xml) {
            return new Cell("inlineStr", null, "<is><t>" + xml + "</t></is>");
        }
    }

    /** A sheet: name, visibility, rows (row i is Excel row i+1; null for none), and XML after sheetData. */
    record Sheet(String name, boolean hidden, Iterable<List<Cell>> rows, String afterData) {

        static Sheet of(String name, List<List<Cell>> rows) {
            return new Sheet(name, false, rows, "");
        }

        Sheet hide() {
            return new Sheet(name, true, rows, afterData);
        }

        Sheet after(String xml) {
            return new Sheet(name, hidden, rows, afterData + xml);
        }
    }

    private final List<Sheet> sheets = new ArrayList<>();
    private String prologue = "";

    static RawXlsx with(Sheet... sheets) {
        RawXlsx xlsx = new RawXlsx();
        xlsx.sheets.addAll(List.of(sheets));
        return xlsx;
    }

    /** Text put between the XML declaration and the root element of every sheet (a DOCTYPE). */
    RawXlsx prologue(String doctype) {
        this.prologue = doctype;
        return this;
    }

    Path write(Path file) {
        try {
            Files.createDirectories(file.toAbsolutePath().getParent());
            try (ZipOutputStream zip = new ZipOutputStream(Files.newOutputStream(file))) {
                part(zip, "[Content_Types].xml", contentTypes());
                part(zip, "_rels/.rels", "<Relationships xmlns=\"http://schemas.openxmlformats.org/package/2006/"
                        + "relationships\"><Relationship Id=\"rId1\" Type=\"http://schemas.openxmlformats.org/"
                        + "officeDocument/2006/relationships/officeDocument\" Target=\"xl/workbook.xml\"/>"
                        + "</Relationships>");
                part(zip, "xl/workbook.xml", workbook());
                part(zip, "xl/_rels/workbook.xml.rels", workbookRels());
                part(zip, "xl/styles.xml", STYLES);
                for (int i = 0; i < sheets.size(); i++) {
                    zip.putNextEntry(new ZipEntry("xl/worksheets/sheet" + (i + 1) + ".xml"));
                    Writer out = new OutputStreamWriter(new Unclosed(zip), StandardCharsets.UTF_8);
                    writeSheet(out, sheets.get(i));
                    out.flush();
                    zip.closeEntry();
                }
            }
            return file;
        }
        catch (IOException ex) {
            throw new UncheckedIOException(ex);
        }
    }

    private void writeSheet(Writer out, Sheet sheet) throws IOException {
        out.write("<?xml version=\"1.0\" encoding=\"UTF-8\" standalone=\"yes\"?>\n" + prologue
                + "<worksheet xmlns=\"http://schemas.openxmlformats.org/spreadsheetml/2006/main\"><sheetData>");
        Iterator<List<Cell>> rows = sheet.rows().iterator();
        StringBuilder row = new StringBuilder(512);
        for (int r = 1; rows.hasNext(); r++) {
            List<Cell> cells = rows.next();
            if (cells == null) {
                continue;
            }
            row.setLength(0);
            row.append("<row r=\"").append(r).append("\">");
            for (int c = 0; c < cells.size(); c++) {
                Cell cell = cells.get(c);
                if (cell == null) {
                    continue;
                }
                row.append("<c r=\"").append(column(c)).append(r).append('"');
                if (cell.type() != null) {
                    row.append(" t=\"").append(cell.type()).append('"');
                }
                if (cell.style() != null) {
                    row.append(" s=\"").append(cell.style()).append('"');
                }
                row.append('>').append(cell.inner()).append("</c>");
            }
            row.append("</row>");
            out.write(row.toString());
        }
        out.write("</sheetData>" + sheet.afterData() + "</worksheet>");
    }

    static String column(int index) {
        StringBuilder name = new StringBuilder();
        for (int i = index + 1; i > 0; i = (i - 1) / 26) {
            name.insert(0, (char) ('A' + (i - 1) % 26));
        }
        return name.toString();
    }

    private String contentTypes() {
        StringBuilder types = new StringBuilder("<Types xmlns=\"http://schemas.openxmlformats.org/package/2006/"
                + "content-types\"><Default Extension=\"rels\" ContentType=\"application/vnd.openxmlformats-package."
                + "relationships+xml\"/><Default Extension=\"xml\" ContentType=\"application/xml\"/>"
                + "<Override PartName=\"/xl/workbook.xml\" ContentType=\"application/vnd.openxmlformats-"
                + "officedocument.spreadsheetml.sheet.main+xml\"/><Override PartName=\"/xl/styles.xml\" "
                + "ContentType=\"application/vnd.openxmlformats-officedocument.spreadsheetml.styles+xml\"/>");
        for (int i = 1; i <= sheets.size(); i++) {
            types.append("<Override PartName=\"/xl/worksheets/sheet").append(i).append(".xml\" ContentType=\"")
                    .append("application/vnd.openxmlformats-officedocument.spreadsheetml.worksheet+xml\"/>");
        }
        return types.append("</Types>").toString();
    }

    private String workbook() {
        StringBuilder xml = new StringBuilder("<workbook xmlns=\"http://schemas.openxmlformats.org/spreadsheetml/"
                + "2006/main\" xmlns:r=\"http://schemas.openxmlformats.org/officeDocument/2006/relationships\">"
                + "<sheets>");
        for (int i = 0; i < sheets.size(); i++) {
            xml.append("<sheet name=\"").append(escape(sheets.get(i).name())).append("\" sheetId=\"").append(i + 1)
                    .append('"').append(sheets.get(i).hidden() ? " state=\"hidden\"" : "")
                    .append(" r:id=\"rId").append(i + 1).append("\"/>");
        }
        return xml.append("</sheets></workbook>").toString();
    }

    private String workbookRels() {
        StringBuilder xml = new StringBuilder("<Relationships xmlns=\"http://schemas.openxmlformats.org/package/"
                + "2006/relationships\">");
        for (int i = 1; i <= sheets.size(); i++) {
            xml.append("<Relationship Id=\"rId").append(i).append("\" Type=\"http://schemas.openxmlformats.org/")
                    .append("officeDocument/2006/relationships/worksheet\" Target=\"worksheets/sheet").append(i)
                    .append(".xml\"/>");
        }
        return xml.append("<Relationship Id=\"rIdS\" Type=\"http://schemas.openxmlformats.org/officeDocument/2006/")
                .append("relationships/styles\" Target=\"styles.xml\"/></Relationships>").toString();
    }

    private static final String STYLES = "<styleSheet xmlns=\"http://schemas.openxmlformats.org/spreadsheetml/"
            + "2006/main\"><fonts count=\"1\"><font><sz val=\"11\"/><name val=\"宋体\"/></font></fonts>"
            + "<fills count=\"1\"><fill><patternFill patternType=\"none\"/></fill></fills>"
            + "<borders count=\"1\"><border/></borders><cellStyleXfs count=\"1\"><xf/></cellStyleXfs>"
            + "<cellXfs count=\"2\"><xf numFmtId=\"0\"/><xf numFmtId=\"14\" applyNumberFormat=\"1\"/></cellXfs>"
            + "</styleSheet>";

    private static void part(ZipOutputStream zip, String name, String xml) throws IOException {
        zip.putNextEntry(new ZipEntry(name));
        zip.write(("<?xml version=\"1.0\" encoding=\"UTF-8\" standalone=\"yes\"?>\n" + xml)
                .getBytes(StandardCharsets.UTF_8));
        zip.closeEntry();
    }

    static String escape(String text) {
        StringBuilder out = new StringBuilder(text.length());
        for (char ch : text.toCharArray()) {
            switch (ch) {
                case '<' -> out.append("&lt;");
                case '>' -> out.append("&gt;");
                case '&' -> out.append("&amp;");
                case '"' -> out.append("&quot;");
                default -> out.append(ch);
            }
        }
        return out.toString();
    }

    private static final class Unclosed extends java.io.FilterOutputStream {
        Unclosed(OutputStream out) {
            super(out);
        }

        @Override
        public void write(byte[] b, int off, int len) throws IOException {
            out.write(b, off, len);
        }

        @Override
        public void close() throws IOException {
            flush();
        }
    }
}
