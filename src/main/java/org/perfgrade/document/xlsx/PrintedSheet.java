package org.perfgrade.document.xlsx;

import org.apache.poi.ss.usermodel.PrintSetup;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.ss.util.CellRangeAddress;

/**
 * 打印设置: the print set-up every list workbook shares — the heading rows frozen on screen and repeated on every
 * printed page, A4 in the given orientation, fitted to one page wide and as many pages long as it takes.
 */
public final class PrintedSheet {

    private PrintedSheet() {
    }

    public static void fitA4Width(Sheet sheet, int headingRows, boolean landscape) {
        sheet.createFreezePane(0, headingRows);
        sheet.setRepeatingRows(new CellRangeAddress(0, headingRows - 1, -1, -1));
        PrintSetup print = sheet.getPrintSetup();
        print.setLandscape(landscape);
        print.setPaperSize(PrintSetup.A4_PAPERSIZE);
        print.setFitWidth((short) 1);
        print.setFitHeight((short) 0);
        sheet.setFitToPage(true);
    }
}
