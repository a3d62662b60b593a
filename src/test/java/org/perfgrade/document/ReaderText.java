package org.perfgrade.document;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.zip.ZipEntry;
import java.util.zip.ZipInputStream;

import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.text.PDFTextStripper;
import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.DataFormatter;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;

/**
 * What a reader of a document sees, as pieces of text with where they stand: a PDF's text page by page (PDFBox), a
 * workbook's sheet names and every cell as Excel displays it (POI's formatter, so a date cell reads as its format
 * shows it), and for a ZIP the names of its entries and the text of the PDFs and workbooks inside.
 */
record ReaderText(String where, String text) {

    static List<ReaderText> of(String name, Path file) throws IOException {
        return of(name, Files.readAllBytes(file));
    }

    static List<ReaderText> of(String name, byte[] bytes) throws IOException {
        String lower = name.toLowerCase(java.util.Locale.ROOT);
        if (lower.endsWith(".pdf")) {
            return pdf(name, bytes);
        }
        if (lower.endsWith(".xlsx")) {
            return workbook(name, bytes);
        }
        if (lower.endsWith(".zip")) {
            return zip(name, bytes);
        }
        return List.of();
    }

    private static List<ReaderText> pdf(String name, byte[] bytes) throws IOException {
        List<ReaderText> pages = new ArrayList<>();
        try (PDDocument document = Loader.loadPDF(bytes)) {
            PDFTextStripper stripper = new PDFTextStripper();
            for (int page = 1; page <= document.getNumberOfPages(); page++) {
                stripper.setStartPage(page);
                stripper.setEndPage(page);
                pages.add(new ReaderText(name + " 第" + page + "页", stripper.getText(document)));
            }
        }
        return pages;
    }

    private static List<ReaderText> workbook(String name, byte[] bytes) throws IOException {
        List<ReaderText> cells = new ArrayList<>();
        DataFormatter formatter = new DataFormatter(java.util.Locale.CHINA);
        try (XSSFWorkbook workbook = new XSSFWorkbook(new ByteArrayInputStream(bytes))) {
            for (Sheet sheet : workbook) {
                cells.add(new ReaderText(name + " 工作表名", sheet.getSheetName()));
                for (Row row : sheet) {
                    for (Cell cell : row) {
                        String text = formatter.formatCellValue(cell);
                        if (!text.isBlank()) {
                            cells.add(new ReaderText(name + " " + sheet.getSheetName() + "!"
                                    + cell.getAddress().formatAsString(), text));
                        }
                    }
                }
            }
        }
        return cells;
    }

    private static List<ReaderText> zip(String name, byte[] bytes) throws IOException {
        List<ReaderText> texts = new ArrayList<>();
        try (ZipInputStream in = new ZipInputStream(new ByteArrayInputStream(bytes))) {
            for (ZipEntry entry = in.getNextEntry(); entry != null; entry = in.getNextEntry()) {
                if (entry.isDirectory()) {
                    continue;
                }
                String inner = name + "/" + entry.getName();
                texts.add(new ReaderText(inner + " 文件名", entry.getName()));
                texts.addAll(of(inner, readAll(in)));
            }
        }
        return texts;
    }

    private static byte[] readAll(InputStream in) throws IOException {
        return in.readAllBytes();
    }
}
