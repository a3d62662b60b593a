package org.perfgrade.notice;

import java.nio.file.Files;
import java.time.LocalDate;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.perfgrade.DatabaseTest;
import org.perfgrade.document.DocumentArchive;
import org.perfgrade.ledger.ExpertRegister;
import org.perfgrade.ledger.LedgerImport;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.within;
import static org.perfgrade.notice.NoticeFixtures.AS_OF;

/**
 * 成文日期与统计日期: a notice issued on a later day than its figures prints its issue date where GB/T 9704 puts the
 * 成文日期 (under the signature, right-indented four characters) and in the 版记, and states its figures as of the
 * as-of date in the body; a notice dated before its figures, or before one its register has numbered, takes no number
 * and writes no file.
 */
@DatabaseTest
class NoticeIssuerTests {

    private static final float MM = 72f / 25.4f;
    private static final float RIGHT = (28 + 156) * MM;
    private static final LocalDate JULY_23 = LocalDate.of(2021, 7, 23);

    @Autowired
    NoticeIssuer issuer;

    @Autowired
    DocumentArchive archive;

    @Autowired
    JdbcClient jdbc;

    @Autowired
    LedgerImport ledger;

    @Autowired
    ExpertRegister experts;

    @BeforeEach
    void load() {
        new NoticeFixtures(jdbc, ledger, experts).load();
        jdbc.sql("DELETE FROM notice_number").update();
    }

    @Test
    void theIssueDateIsPrintedAsTheDateOfTheNoticeAndTheBodyStatesTheFiguresAsOfTheirDate() throws Exception {
        // when: the D-grade enterprises as of 20 July, issued on 23 July
        NoticeIssuer.IssuedNotice issued = issuer.issue(NoticeKind.SEASONAL_CONTROL, AS_OF, JULY_23, null);
        // then
        assertThat(issued.number().text()).isEqualTo("汴环攻坚办〔2021〕92号");
        assertThat(issued.issuedOn()).isEqualTo(JULY_23);
        NoticePdf pdf = NoticePdf.read(Files.readAllBytes(archive.outDir().resolve(issued.pdf().path())));
        assertThat(pdf.lines(1).get(0).text()).isEqualTo("开封市环境污染防治攻坚战领导小组办公室文件");
        NoticePdf.Line date = pdf.line("2021年7月23日");
        assertThat(date.text()).isEqualTo("2021年7月23日");
        assertThat(date.right()).isCloseTo(RIGHT - 4 * 15.8f, within(MM));
        NoticePdf.Line signature = pdf.lines(date.page()).stream().filter(l -> l.y() < date.y())
                .reduce((a, b) -> b).orElseThrow();
        assertThat(signature.text()).isEqualTo("开封市环境污染防治攻坚战领导小组办公室");
        assertThat(pdf.lines()).anyMatch(l -> l.text().startsWith("开封市环境污染防治攻坚战领导小组办公室")
                && l.text().endsWith("2021年7月23日印发"));
        String text = String.join("", pdf.lines().stream().map(NoticePdf.Line::text).toList()).replaceAll("\\s", "");
        assertThat(text).contains("截至2021年7月20日").doesNotContain("2021年7月20日印发");
        assertThat(pdf.lines()).noneMatch(l -> l.text().equals("2021年7月20日"));
    }

    @Test
    void aNoticeDatedBeforeItsFiguresOrBeforeANumberedOneTakesNoNumber() {
        // given: the D-grade notice issued on 23 July
        issuer.issue(NoticeKind.SEASONAL_CONTROL, AS_OF, JULY_23, null);
        long files = archive.manifestEntries().size();
        // when / then: the experts' criticism dated 21 July is refused, naming the later notice
        assertThatThrownBy(() -> issuer.issue(NoticeKind.EXPERT_CRITICISM, AS_OF, LocalDate.of(2021, 7, 21), null))
                .isInstanceOf(NoticeNumberException.class)
                .hasMessageContaining("汴环攻坚办〔2021〕92号").hasMessageContaining("2021年7月23日");
        // and a notice dated before the day of its figures
        assertThatThrownBy(() -> issuer.issue(NoticeKind.EXPERT_CRITICISM, AS_OF, LocalDate.of(2021, 7, 19), 7))
                .isInstanceOf(NoticeNumberException.class).hasMessageContaining("早于统计日期 2021年7月20日");
        assertThat(archive.manifestEntries()).hasSize((int) files);
        assertThat(jdbc.sql("SELECT COUNT(*) FROM notice_number").query(Long.class).single()).isEqualTo(1);
        // the same notice drafted again keeps its date without being told
        assertThat(issuer.issue(NoticeKind.SEASONAL_CONTROL, AS_OF, null).issuedOn()).isEqualTo(JULY_23);
    }
}
