package org.perfgrade.notice;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;

import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.perfgrade.DatabaseTest;
import org.perfgrade.document.DocumentFonts;
import org.perfgrade.document.FontRole;
import org.perfgrade.reference.ReferenceData;

import org.springframework.beans.factory.annotation.Autowired;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

/** 信函格式: a two-page letter (报送函) rendered as PDF and measured against GB/T 9704-2012 §10.1. */
@DatabaseTest
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class LetterLayoutTests {

    private static final float MM = 72f / 25.4f;
    private static final float HALF = 0.5f * MM;
    private static final float RIGHT = (28 + 156) * MM;
    private static final float BLOCK_CENTRE = (28 + 78) * MM;
    private static final String TITLE = "关于报送开封市重点行业绩效分级\n企业备案材料的函";
    private static final String PLAIN = "各县区要对照目标任务逐项梳理本地重点行业企业清单明确提升路径和责任人员"
            + "加快推进治理设施升级改造和无组织排放管控确保按期完成提升任务对进展缓慢的县区市攻坚办将进行约谈";

    @Autowired
    private NoticeRenderer renderer;

    @Autowired
    private DocumentFonts fonts;

    @Autowired
    private ReferenceData reference;

    private NoticePdf pdf;
    private List<NoticeStrokes.Stroke> red;
    private float pageWidth;
    private float pageHeight;

    @BeforeAll
    void render() throws IOException {
        // given: a letter to the province whose body runs onto a second page, copied to one office
        List<BodyBlock> body = new ArrayList<>();
        body.add(BodyBlock.paragraph("现将第1批A、B级（含B-级）及绩效引领性企业备案材料报上，请予审核备案。"));
        for (int i = 0; i < 8; i++) {
            body.add(BodyBlock.paragraph(PLAIN));
        }
        body.add(BodyBlock.paragraph("特此函告。"));
        NoticeDraft draft = new NoticeDraft(NoticeKind.FILING_LETTER, LocalDate.of(2021, 8, 16), TITLE,
                "河南省生态环境厅：", body, reference.authority().name(), LocalDate.of(2021, 8, 16), List.of(),
                List.of("市政府分管领导"), reference.authority().name(), LocalDate.of(2021, 8, 16));

        // when
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        renderer.renderPdf(draft, new DocumentNumber("汴环攻坚办函", 2021, 9), out);
        Files.createDirectories(Path.of("target"));
        Files.write(Path.of("target/letter-sample.pdf"), out.toByteArray());
        pdf = NoticePdf.read(out.toByteArray());
        red = NoticeStrokes.read(out.toByteArray()).stream().filter(NoticeStrokes.Stroke::red)
                .sorted(Comparator.comparingDouble(NoticeStrokes.Stroke::y1)).toList();
        pageWidth = pdf.pageSizes().get(0).getWidth();
        pageHeight = pdf.pageSizes().get(0).getHeight();
    }

    @Test
    void issuerNameIsRedWithoutWenjian30mmFromTheTop() {
        // then
        assertThat(pdf.pageSizes()).allSatisfy(size -> {
            assertThat(size.getWidth()).isCloseTo(210 * MM, within(1f));
            assertThat(size.getHeight()).isCloseTo(297 * MM, within(1f));
        });
        NoticePdf.Line name = pdf.lines(1).get(0);
        assertThat(name.text()).isEqualTo(reference.authority().name()).doesNotContain("文件");
        assertThat(name.y() - name.first().size()).isCloseTo(30 * MM, within(MM));
        assertThat((name.left() + name.right()) / 2).isCloseTo(BLOCK_CENTRE, within(MM));
        assertThat(name.glyphs()).allSatisfy(glyph -> {
            assertThat(glyph.rgb()[0]).isGreaterThan(0.9f);
            assertThat(glyph.rgb()[1]).isLessThan(0.1f);
            assertThat(glyph.rgb()[2]).isLessThan(0.1f);
            assertThat(glyph.font()).startsWith(fonts.font(FontRole.TITLE).getPSName());
        });
        assertThat(pdf.lines()).noneMatch(line -> line.text().contains("文件"));
    }

    @Test
    void twoRedDoubleRulesOnTheFirstPageOnly() {
        // then: four red strokes, all on page 1, horizontal, 170 mm long and centred on the page
        assertThat(red).hasSize(4).allSatisfy(stroke -> {
            assertThat(stroke.page()).isEqualTo(1);
            assertThat(stroke.horizontal()).isTrue();
            assertThat(stroke.length()).isCloseTo(170 * MM, within(HALF));
            assertThat((stroke.x1() + stroke.x2()) / 2).isCloseTo(pageWidth / 2, within(HALF));
        });
        // the upper pair: thick above thin, its top edge 4 mm under the name
        NoticePdf.Line name = pdf.lines(1).get(0);
        assertThat(red.get(0).width()).isGreaterThan(red.get(1).width() * 2);
        assertThat(red.get(0).y1() - red.get(0).width() / 2 - name.y()).isCloseTo(4 * MM, within(HALF));
        assertThat(red.get(1).y1() - red.get(0).y1()).isBetween(1f, 2 * MM);
        // the lower pair: thin above thick, its bottom edge 20 mm above the bottom of the page
        assertThat(red.get(3).width()).isGreaterThan(red.get(2).width() * 2);
        assertThat(pageHeight - (red.get(3).y1() + red.get(3).width() / 2)).isCloseTo(20 * MM, within(HALF));
        assertThat(red.get(3).y1() - red.get(2).y1()).isBetween(1f, 2 * MM);
    }

    @Test
    void numberFlushRightUnderTheRuleAndTitleTwoLinesBelow() {
        // then: the number is the first line under the rules, ending at the block's right edge (183.9 mm), its top
        // 7/8 of a 3号 character under the thin rule
        NoticePdf.Line number = pdf.lines(1).get(1);
        assertThat(number.text()).isEqualTo("汴环攻坚办函〔2021〕9号");
        assertThat(number.first().size()).isEqualTo(16f);
        assertThat(number.first().font()).startsWith(fonts.font(FontRole.BODY).getPSName());
        assertThat(number.right()).isCloseTo(RIGHT, within(MM));
        float thinBottom = red.get(1).y1() + red.get(1).width() / 2;
        assertThat(number.y() - number.first().size() - thinBottom).isCloseTo(16f * 7 / 8, within(HALF));
        // the title centred, its first line two lines under the number
        NoticePdf.Line title = pdf.lines(1).get(2);
        assertThat(title.text()).isEqualTo("关于报送开封市重点行业绩效分级");
        assertThat((title.left() + title.right()) / 2).isCloseTo(BLOCK_CENTRE, within(MM));
        assertThat(title.y() - number.y()).isCloseTo(3 * 28.9f, within(3f));
        assertThat(pdf.line("河南省生态环境厅：").left()).isCloseTo(28 * MM, within(MM));
    }

    @Test
    void noPageNumberOnTheFirstPage() {
        // then
        assertThat(pdf.pages()).isEqualTo(2);
        assertThat(pdf.lines(1)).noneMatch(line -> line.text().matches("—\\d+—"));
        NoticePdf.Line two = pdf.lines(2).get(pdf.lines(2).size() - 1);
        assertThat(two.text()).isEqualTo("—2—");
        assertThat(two.first().font()).startsWith(fonts.font(FontRole.TABLE).getPSName());
        assertThat(pdf.bookmarks()).containsOnlyKeys("正文");
        assertThat(pdf.title()).isEqualTo("关于报送开封市重点行业绩效分级企业备案材料的函");
        assertThat(pdf.subject()).contains("汴环攻坚办函〔2021〕9号");
    }

    @Test
    void imprintHasNoPrintedLineAndNoRules() throws IOException {
        // then: 抄送 at the bottom of the last page's text block, no 印发机关 / 印发日期, no black rules
        assertThat(pdf.lines()).noneMatch(line -> line.text().contains("印发"));
        NoticePdf.Line copyTo = pdf.line("抄送：");
        assertThat(copyTo.text()).isEqualTo("抄送：市政府分管领导。");
        assertThat(copyTo.page()).isEqualTo(2);
        assertThat(copyTo.y()).isCloseTo((297 - 35) * MM, within(10 * MM));
        assertThat(pdf.line("特此函告。").page()).isEqualTo(2);
        assertThat(pdf.line("2021年8月16日").y()).isLessThan(copyTo.y());
        byte[] bytes = Files.readAllBytes(Path.of("target/letter-sample.pdf"));
        assertThat(NoticeStrokes.read(bytes)).allMatch(NoticeStrokes.Stroke::red);
    }
}
