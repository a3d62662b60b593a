package org.perfgrade.filing;

import java.io.IOException;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.Arrays;
import java.util.List;

import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.text.PDFTextStripper;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.perfgrade.DatabaseTest;
import org.perfgrade.ledger.LedgerImport;
import org.perfgrade.notice.NoticeKind;
import org.perfgrade.notice.NoticeNumbers;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * 报送函的发文机关: the plan gives the provincial filing to 市生态环境局, so the package's letter bears its head and
 * signature and is numbered in its own register (汴环函〔2021〕N号), while the 攻坚办's notices keep their sequence.
 */
@DatabaseTest
class FilingLetterIssuerTests {

    private static final String OFFICE = "开封市环境污染防治攻坚战领导小组办公室";
    private static final String BUREAU = "开封市生态环境局";

    @Autowired
    FilingRunner runner;

    @Autowired
    NoticeNumbers numbers;

    @Autowired
    JdbcClient jdbc;

    @Autowired
    LedgerImport ledger;

    @TempDir
    Path materials;

    @BeforeEach
    void load() throws IOException {
        FilingFixtures data = new FilingFixtures(jdbc, ledger);
        data.load();
        data.materials(materials);
    }

    @Test
    void theLetterBearsTheBureausHeadAndItsOwnNumbersWhileNoticesKeepTheirs() throws Exception {
        // given: a progress notice of the 攻坚办 numbered first
        LocalDate asOf = FilingFixtures.AS_OF;
        String notice1 = numbers.assign(NoticeKind.PROGRESS, asOf, null, "进展通报").text();

        // when: the packages of batches 2 and 3, then another notice
        FilingOutcome second = runner.run(new FilingRequest(asOf, 2, true), materials);
        FilingOutcome third = runner.run(new FilingRequest(asOf, 3, true), materials);
        String notice2 = numbers.assign(NoticeKind.SEASONAL_CONTROL, asOf, null, "错峰生产通报").text();

        // then: the letters count 1, 2 in the bureau's register; the notices 1, 2 in the office's
        assertThat(second.status()).as(second.message()).isEqualTo(FilingOutcome.COMPLETED);
        assertThat(third.status()).as(third.message()).isEqualTo(FilingOutcome.COMPLETED);
        assertThat(List.of(notice1, notice2)).containsExactly("汴环攻坚办〔2021〕92号", "汴环攻坚办〔2021〕93号");
        byte[] letter2 = letter(second, "汴环函〔2021〕1号");
        byte[] letter3 = letter(third, "汴环函〔2021〕2号");
        for (byte[] letter : List.of(letter2, letter3)) {
            List<String> lines = firstPageLines(letter);
            // the head: the bureau's name (信函格式, without 文件), then the number flush right
            assertThat(lines.get(0)).isEqualTo(BUREAU);
            String text = String.join("", lines);
            assertThat(text).doesNotContain(OFFICE).contains("河南省生态环境厅：");
            try (PDDocument document = Loader.loadPDF(letter)) {
                assertThat(document.getDocumentInformation().getAuthor()).isEqualTo(BUREAU);
            }
            String all = FilingZipContent.text(letter).replaceAll("\\s", "");
            // signed by the bureau on the business date
            assertThat(all).contains(BUREAU + "2021年9月1日");
        }
        assertThat(firstPageLines(letter2)).anyMatch(l -> l.equals("汴环函〔2021〕1号"));
        assertThat(firstPageLines(letter3)).anyMatch(l -> l.equals("汴环函〔2021〕2号"));

        // and making a package again keeps its letter's number
        FilingOutcome again = runner.run(new FilingRequest(asOf, 2, true), materials);
        assertThat(again.status()).as(again.message()).isEqualTo(FilingOutcome.COMPLETED);
        letter(again, "汴环函〔2021〕1号");
    }

    private static byte[] letter(FilingOutcome outcome, String number) throws IOException {
        FilingZipContent zip = FilingZipContent.read(outcome.packagePath());
        return zip.get(zip.named(FilingPackage.LETTER_PREFIX + number + ".pdf"));
    }

    private static List<String> firstPageLines(byte[] pdf) throws IOException {
        try (PDDocument document = Loader.loadPDF(pdf)) {
            PDFTextStripper stripper = new PDFTextStripper();
            stripper.setSortByPosition(true);
            stripper.setStartPage(1);
            stripper.setEndPage(1);
            return Arrays.stream(stripper.getText(document).split("\\R")).map(l -> l.replaceAll("\\s", ""))
                    .filter(l -> !l.isEmpty()).toList();
        }
    }
}
