package org.perfgrade.notice;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Collectors;

import org.apache.poi.xwpf.extractor.XWPFWordExtractor;
import org.apache.poi.xwpf.usermodel.XWPFDocument;
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

/** 通报排版: a hand-made notice rendered as PDF and DOCX and read back, measured against GB/T 9704-2012. */
@DatabaseTest
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class NoticeRendererTests {

    private static final float MM = 72f / 25.4f;
    private static final float LEFT = 28 * MM;
    private static final float RIGHT = (28 + 156) * MM;
    private static final float TOP = 37 * MM;
    private static final float BOTTOM = (297 - 35) * MM;
    private static final float CENTRE = (28 + 78) * MM;
    private static final String TITLE = "关于全市重点行业绩效分级提升工作\n进展情况的通报";
    /** A paragraph of Chinese characters only, so that every full line holds exactly 28 characters. */
    private static final String PLAIN = "各县区要对照目标任务逐项梳理本地重点行业企业清单明确提升路径和责任人员"
            + "加快推进治理设施升级改造和无组织排放管控确保按期完成提升任务对进展缓慢的县区市攻坚办将进行约谈"
            + "并在全市范围内通报批评各县区生态环境部门要加强技术帮扶组织专家深入企业现场指导帮助企业查找差距"
            + "制定整改方案落实资金保障按照时间节点推进项目建设";
    private static final String LONG_CELL = "该企业已完成有组织排放治理设施升级改造，无组织排放管控措施正在实施，"
            + "预计下批次申报";

    @Autowired
    private NoticeRenderer renderer;

    @Autowired
    private DocumentFonts fonts;

    @Autowired
    private ReferenceData reference;

    private NoticeDraft draft;
    private DocumentNumber number;
    private NoticePdf pdf;
    private List<NoticeStrokes.Stroke> strokes;
    private byte[] docx;

    @BeforeAll
    void render() throws IOException {
        // given: a notice with a body of several pages, two attachments (the first over two pages) and a copy-to list
        List<BodyBlock> body = new ArrayList<>();
        body.add(BodyBlock.paragraph("为推动全市重点行业绩效分级提升工作，现将截至2021年8月16日的进展情况通报如下。"));
        body.add(BodyBlock.heading1("一、总体情况"));
        body.add(BodyBlock.heading2("（一）申报情况。", "全市纳入提升清单的重点行业企业共104家，已申报A、B级企业30家。"));
        body.add(BodyBlock.paragraph(PLAIN));
        body.add(BodyBlock.heading2("（二）审核情况。", "已通过审核的企业29家，占比27.88%。"));
        body.add(BodyBlock.paragraph(PLAIN + PLAIN));
        body.add(BodyBlock.heading1("二、存在问题"));
        for (int i = 0; i < 4; i++) {
            body.add(BodyBlock.paragraph(PLAIN));
        }
        body.add(BodyBlock.heading1("三、下步要求"));
        body.add(BodyBlock.paragraph(PLAIN + PLAIN));
        List<List<String>> rows = new ArrayList<>();
        for (int i = 1; i <= 60; i++) {
            rows.add(List.of(String.valueOf(i), "开封市第" + i + "化工有限公司", "兰考县", "B", i == 3 ? LONG_CELL : ""));
        }
        NoticeAttachment progress = new NoticeAttachment("各县区重点行业绩效分级提升进展情况表",
                List.of("序号", "企业名称", "县区", "绩效等级", "备注"), List.of(1, 4, 2, 2, 4), rows);
        NoticeAttachment overdue = new NoticeAttachment("逾期未报送材料的县区",
                List.of("序号", "县区", "事项"), List.of(1, 2, 5), List.of(List.of("1", "杞县", "改造计划")));
        draft = new NoticeDraft(NoticeKind.PROGRESS, LocalDate.of(2021, 8, 16), TITLE,
                "各县、区人民政府，城乡一体化示范区管委会，市生态环境局：", body, "开封市环境污染防治攻坚战领导小组办公室",
                LocalDate.of(2021, 8, 17), List.of(progress, overdue), List.of("市政府分管领导", "省生态环境厅"),
                "开封市环境污染防治攻坚战领导小组办公室", LocalDate.of(2021, 8, 17));
        number = new DocumentNumber("汴环攻坚办", 2021, 7);

        // when
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        renderer.renderPdf(draft, number, out);
        Files.createDirectories(Path.of("target"));
        Files.write(Path.of("target/notice-sample.pdf"), out.toByteArray());
        pdf = NoticePdf.read(out.toByteArray());
        strokes = NoticeStrokes.read(out.toByteArray());
        Files.write(Path.of("target/notice-sample.txt"), pdf.lines().stream()
                .map(line -> String.format("p%d y=%.2f x=%.2f..%.2f %s %.1f %s", line.page(), line.y(), line.left(),
                        line.right(), line.first().font(), line.first().size(), line.text())).toList());
        ByteArrayOutputStream word = new ByteArrayOutputStream();
        renderer.renderDocx(draft, number, word);
        docx = word.toByteArray();
    }

    @Test
    void pagesAreA4WithBookmarksAndProperties() {
        // then
        assertThat(pdf.pageSizes()).allSatisfy(size -> {
            assertThat(size.getWidth()).isCloseTo(210 * MM, within(1f));
            assertThat(size.getHeight()).isCloseTo(297 * MM, within(1f));
        });
        assertThat(pdf.bookmarks()).containsOnlyKeys("正文", "附件1　各县区重点行业绩效分级提升进展情况表",
                "附件2　逾期未报送材料的县区");
        assertThat(pdf.bookmarks().get("正文")).isEqualTo(1);
        assertThat(pdf.title()).isEqualTo("关于全市重点行业绩效分级提升工作进展情况的通报");
        assertThat(pdf.author()).isEqualTo(reference.authority().name());
        assertThat(pdf.subject()).contains("汴环攻坚办〔2021〕7号");
    }

    @Test
    void textStaysInsideTheTextBlock() {
        // then: every line but the page numbers lies within the block: left edge at 28 mm, right edge at most at
        // 184 mm, nothing above 37 mm or below 262 mm
        for (NoticePdf.Line line : pdf.lines()) {
            if (isPageNumber(line)) {
                continue;
            }
            assertThat(line.left()).as("左边缘：%s", line.text()).isGreaterThanOrEqualTo(LEFT - MM);
            assertThat(line.right()).as("右边缘：%s", line.text()).isLessThanOrEqualTo(RIGHT + MM);
            assertThat(line.y() - line.first().size() * 0.9f).as("上边缘：%s", line.text()).isGreaterThanOrEqualTo(TOP);
            assertThat(line.y()).as("下边缘：%s", line.text()).isLessThanOrEqualTo(BOTTOM + MM);
        }
        // body lines start at 28 mm
        assertThat(pdf.line("各县、区人民政府").left()).isCloseTo(LEFT, within(MM));
    }

    @Test
    void headerIsRedAndTheNumberCentred() {
        // then
        NoticePdf.Line header = pdf.line(reference.authority().header());
        assertThat(header.page()).isEqualTo(1);
        assertThat(header.y() - header.first().size()).isGreaterThanOrEqualTo(TOP);
        assertThat(header.glyphs()).allSatisfy(glyph -> {
            assertThat(glyph.rgb()[0]).isGreaterThan(0.9f);
            assertThat(glyph.rgb()[1]).isLessThan(0.1f);
            assertThat(glyph.rgb()[2]).isLessThan(0.1f);
            assertThat(glyph.font()).startsWith(psName(FontRole.TITLE));
        });
        assertThat((header.left() + header.right()) / 2).isCloseTo(CENTRE, within(MM));
        NoticePdf.Line numberLine = pdf.line("汴环攻坚办");
        assertThat(numberLine.text()).isEqualTo("汴环攻坚办〔2021〕7号");
        assertThat(numberLine.y()).isGreaterThan(header.y());
        assertThat((numberLine.left() + numberLine.right()) / 2).isCloseTo(CENTRE, within(MM));
        assertThat(numberLine.first().size()).isEqualTo(16f);
        assertThat(numberLine.first().font()).startsWith(psName(FontRole.BODY));
        // the red rule: 156 mm wide, about 4 mm under the number
        List<NoticeStrokes.Stroke> red = strokes.stream().filter(NoticeStrokes.Stroke::red).toList();
        assertThat(red).hasSize(1);
        assertThat(red.get(0).page()).isEqualTo(1);
        assertThat(red.get(0).horizontal()).isTrue();
        assertThat(red.get(0).length()).isCloseTo(156 * MM, within(MM));
        assertThat(Math.min(red.get(0).x1(), red.get(0).x2())).isCloseTo(LEFT, within(MM));
        assertThat(red.get(0).y1() - numberLine.y()).isCloseTo(4 * MM + 2, within(MM));
        // the body text is black
        assertThat(pdf.line("各县、区人民政府").first().rgb()).containsExactly(0f, 0f, 0f);
    }

    @Test
    void titleAndHeadingsUseTheirRoleFonts() {
        // then: the title in 2号 小标宋 on two lines broken where the draft says
        List<NoticePdf.Line> title = pdf.lines(1).stream()
                .filter(line -> line.first().size() == 22f && line.first().font().startsWith(psName(FontRole.TITLE)))
                .toList();
        assertThat(title).extracting(NoticePdf.Line::text).containsExactly("关于全市重点行业绩效分级提升工作",
                "进展情况的通报");
        assertThat((title.get(0).left() + title.get(0).right()) / 2).isCloseTo(CENTRE, within(MM));
        assertThat(title.get(0).y()).isGreaterThan(pdf.line("汴环攻坚办").y() + 2 * 28);
        // 一、 in 黑体, （一） in 楷体 with the sentence after it in 仿宋, all 3号, indented two characters
        NoticePdf.Line heading = pdf.line("一、总体情况");
        assertThat(heading.glyphs()).allSatisfy(glyph -> {
            assertThat(glyph.font()).startsWith(psName(FontRole.HEADING));
            assertThat(glyph.size()).isEqualTo(16f);
        });
        assertThat(heading.left()).isCloseTo(LEFT + 2 * 15.8f, within(MM));
        NoticePdf.Line sub = pdf.line("（一）申报情况。");
        assertThat(sub.glyphs().subList(0, 8)).allSatisfy(glyph ->
                assertThat(glyph.font()).startsWith(psName(FontRole.SUBHEADING)));
        assertThat(sub.glyphs().get(8).text()).isEqualTo("全");
        assertThat(sub.glyphs().get(8).font()).startsWith(psName(FontRole.BODY));
    }

    @Test
    void bodyFollowsTheGridOf22LinesOf28Characters() {
        // then: a full line of the Chinese-only paragraph holds 28 characters and ends at 184 mm; lines are 28.9 pt
        // apart, also across paragraphs
        NoticePdf.Line addressees = pdf.line("各县、区人民政府");
        NoticePdf.Line annex = pdf.line("附件：");
        List<NoticePdf.Line> body = pdf.lines().stream()
                .filter(line -> line.page() > 1 || line.y() >= addressees.y())
                .filter(line -> line.page() < annex.page() || line.page() == annex.page() && line.y() < annex.y())
                .filter(line -> !isPageNumber(line))
                .toList();
        assertThat(body).allSatisfy(line -> assertThat(line.first().size()).isEqualTo(16f));
        List<NoticePdf.Line> full = body.stream().filter(line -> PLAIN.contains(line.text()))
                .filter(line -> line.text().length() == 28).toList();
        assertThat(full).hasSizeGreaterThan(20);
        for (NoticePdf.Line line : full) {
            assertThat(line.left()).isCloseTo(LEFT, within(MM));
            assertThat(line.right()).isCloseTo(RIGHT, within(MM));
        }
        List<Float> pitches = new ArrayList<>();
        for (int i = 1; i < body.size(); i++) {
            NoticePdf.Line above = body.get(i - 1);
            NoticePdf.Line below = body.get(i);
            if (above.page() == below.page()) {
                pitches.add(below.y() - above.y());
            }
        }
        assertThat(pitches).hasSizeGreaterThan(40);
        assertThat(pitches).allSatisfy(pitch -> assertThat(pitch).isCloseTo(28.9f, within(0.5f)));
        // a full page of body text holds 22 lines
        assertThat(body.stream().filter(line -> line.page() == 2).count()).isEqualTo(22);
        // the body runs over more than two pages and is never cut: every character of it is printed
        String printed = pdf.lines().stream().map(NoticePdf.Line::text).collect(Collectors.joining());
        assertThat(printed).contains(PLAIN + PLAIN);
        assertThat(pdf.bookmarks().get("附件1　各县区重点行业绩效分级提升进展情况表")).isGreaterThanOrEqualTo(4);
    }

    @Test
    void annexListSignatureAndDate() {
        // then: 附件说明 indented two characters, the second title aligned under the first
        NoticePdf.Line first = pdf.line("附件：1.");
        NoticePdf.Line second = pdf.line("2.逾期未报送材料的县区");
        assertThat(first.left()).isCloseTo(LEFT + 2 * 15.8f, within(MM));
        assertThat(second.glyphs().get(0).x()).isCloseTo(first.glyphs().get(3).x(), within(MM));
        assertThat(second.y() - first.y()).isCloseTo(28.9f, within(0.5f));
        // the date right-indented four characters, the signature above it with room for the seal
        NoticePdf.Line date = pdf.line("2021年8月17日");
        assertThat(date.text()).isEqualTo("2021年8月17日");
        assertThat(date.right()).isCloseTo(RIGHT - 4 * 15.8f, within(MM));
        NoticePdf.Line signature = pdf.lines(date.page()).stream()
                .filter(line -> line.text().equals(draft.signature())).findFirst().orElseThrow();
        assertThat(date.y() - signature.y()).isCloseTo(28.9f, within(1f));
        assertThat(signature.y() - second.y()).isGreaterThan(3 * 28.9f);
    }

    @Test
    void pageNumbersAlternateSides() {
        // then: "— N —" on every page, odd pages right and even pages left, indented one 4号 character, 7 mm below
        for (int page = 1; page <= pdf.pages(); page++) {
            int p = page;
            NoticePdf.Line number = pdf.lines(page).stream().filter(NoticeRendererTests::isPageNumber)
                    .findFirst().orElseThrow(() -> new AssertionError("第 " + p + " 页没有页码"));
            assertThat(number.text()).isEqualTo("—" + page + "—");
            assertThat(number.first().size()).isEqualTo(14f);
            assertThat(number.first().font()).startsWith(psName(FontRole.TABLE));
            if (page % 2 == 1) {
                assertThat(number.right()).isCloseTo(RIGHT - 14, within(MM));
            }
            else {
                assertThat(number.left()).isCloseTo(LEFT + 14, within(MM));
            }
            assertThat(number.y() - 14 * 0.9f - BOTTOM).isCloseTo(7 * MM, within(MM));
        }
    }

    @Test
    void attachmentsStartOnNewPagesWithTheirTables() {
        int firstPage = pdf.bookmarks().get("附件1　各县区重点行业绩效分级提升进展情况表");
        int secondPage = pdf.bookmarks().get("附件2　逾期未报送材料的县区");
        // then: each attachment's page starts with "附件N" top left in 黑体, then its title centred
        for (int[] attachment : new int[][] {{1, firstPage}, {2, secondPage}}) {
            NoticePdf.Line label = pdf.lines(attachment[1]).get(0);
            assertThat(label.text()).isEqualTo("附件" + attachment[0]);
            assertThat(label.left()).isCloseTo(LEFT, within(MM));
            assertThat(label.first().font()).startsWith(psName(FontRole.HEADING));
            NoticePdf.Line title = pdf.lines(attachment[1]).get(1);
            assertThat(title.first().font()).startsWith(psName(FontRole.TITLE));
            assertThat((title.left() + title.right()) / 2).isCloseTo(CENTRE, within(MM));
        }
        assertThat(pdf.lines(firstPage).get(1).text()).isEqualTo("各县区重点行业绩效分级提升进展情况表");
        // the 60 rows of 附件1 run over two pages, each with the header row, in 宋体; the long cell wraps
        assertThat(secondPage - firstPage).isGreaterThanOrEqualTo(2);
        for (int page = firstPage; page < secondPage; page++) {
            NoticePdf.Line header = pdf.lines(page).stream().filter(line -> line.text().contains("企业名称"))
                    .findFirst().orElseThrow();
            assertThat(header.first().font()).startsWith(psName(FontRole.TABLE));
        }
        String attachmentText = pdf.lines().stream().filter(line -> line.page() >= firstPage)
                .map(NoticePdf.Line::text).collect(Collectors.joining());
        assertThat(attachmentText).contains("开封市第60化工有限公司");
        List<NoticePdf.Line> cellLines = pdf.lines(firstPage).stream()
                .filter(line -> LONG_CELL.contains(line.text().replaceAll("^.*B", ""))
                        || line.text().contains("该企业")).toList();
        assertThat(cellLines.size()).isGreaterThan(1);
        assertThat(attachmentText).doesNotContain("附件：");
    }

    @Test
    void imprintAtTheBottomOfTheLastPage() {
        // then: 抄送 and 印发 in 4号仿宋 indented one character on the last page, near the bottom of the block
        NoticePdf.Line copyTo = pdf.line("抄送：");
        NoticePdf.Line printed = pdf.line("印发");
        assertThat(copyTo.page()).isEqualTo(pdf.pages());
        assertThat(printed.page()).isEqualTo(pdf.pages());
        assertThat(copyTo.text()).isEqualTo("抄送：市政府分管领导，省生态环境厅。");
        assertThat(printed.text()).isEqualTo("开封市环境污染防治攻坚战领导小组办公室2021年8月17日印发");
        assertThat(copyTo.first().size()).isEqualTo(14f);
        assertThat(copyTo.first().font()).startsWith(psName(FontRole.BODY));
        assertThat(copyTo.left()).isCloseTo(LEFT + 14, within(MM));
        assertThat(printed.left()).isCloseTo(LEFT + 14, within(MM));
        assertThat(printed.right()).isCloseTo(RIGHT - 14, within(MM));
        assertThat(printed.y()).isGreaterThan(BOTTOM - 15 * MM);
        assertThat(printed.y()).isGreaterThan(copyTo.y());
        // three full-width rules: the outer ones 0.35 mm, the inner one 0.25 mm, the last on the block's bottom edge
        List<NoticeStrokes.Stroke> rules = strokes.stream()
                .filter(stroke -> stroke.page() == pdf.pages() && stroke.horizontal() && !stroke.red())
                .filter(stroke -> Math.abs(stroke.length() - 156 * MM) < MM && stroke.y1() > copyTo.y() - 30)
                .sorted(java.util.Comparator.comparingDouble(NoticeStrokes.Stroke::y1)).toList();
        assertThat(rules).hasSize(3);
        assertThat(rules.get(0).width()).isCloseTo(0.35f * MM, within(0.05f));
        assertThat(rules.get(1).width()).isCloseTo(0.25f * MM, within(0.05f));
        assertThat(rules.get(2).width()).isCloseTo(0.35f * MM, within(0.05f));
        assertThat(rules.get(0).y1()).isLessThan(copyTo.y());
        assertThat(rules.get(1).y1()).isBetween(copyTo.y(), printed.y());
        assertThat(rules.get(2).y1()).isCloseTo(BOTTOM, within(MM));
    }

    @Test
    void docxOpensWithTheTitleAndBody() throws IOException {
        // then
        try (XWPFDocument document = new XWPFDocument(new ByteArrayInputStream(docx));
             XWPFWordExtractor extractor = new XWPFWordExtractor(document)) {
            String text = extractor.getText().replaceAll("\\s", "");
            Files.writeString(Path.of("target/notice-sample-docx.txt"), extractor.getText());
            assertThat(text).contains("关于全市重点行业绩效分级提升工作进展情况的通报");
            assertThat(text).contains("汴环攻坚办〔2021〕7号");
            assertThat(text).contains("一、总体情况");
            assertThat(text).contains(PLAIN.substring(0, 40));
            assertThat(text).contains("开封市第60化工有限公司");
            assertThat(text).contains("抄送：市政府分管领导，省生态环境厅。");
        }
    }

    /** The PostScript name of a role's physical font, which the PDF's font names start with. */
    private String psName(FontRole role) {
        return fonts.font(role).getPSName();
    }

    @Test
    void noPageIsBlankWhateverTheBodyLength() throws IOException {
        NoticeAttachment table = new NoticeAttachment("逾期未报送材料的县区", List.of("序号", "县区"), List.of(1, 2),
                List.of(List.of("1", "杞县")));
        for (int paragraphs = 1; paragraphs <= 24; paragraphs++) {
            // given: bodies one line longer each time, so that the signature block ends at every height of a page
            List<BodyBlock> body = new ArrayList<>();
            for (int i = 0; i < paragraphs; i++) {
                body.add(BodyBlock.paragraph("现将有关情况通报如下。"));
            }
            NoticeDraft lengthy = new NoticeDraft(NoticeKind.PROGRESS, LocalDate.of(2021, 8, 16), TITLE,
                    "各县、区人民政府：", body, "开封市攻坚办", LocalDate.of(2021, 8, 17), List.of(table),
                    List.of("省生态环境厅"), "开封市攻坚办", LocalDate.of(2021, 8, 17));
            ByteArrayOutputStream out = new ByteArrayOutputStream();
            // when
            renderer.renderPdf(lengthy, number, out);
            NoticePdf read = NoticePdf.read(out.toByteArray());
            // then: every page carries text besides its page number
            for (int page = 1; page <= read.pageSizes().size(); page++) {
                int p = page;
                assertThat(read.lines()).as("page " + page + " of a body of " + paragraphs + " paragraphs")
                        .anyMatch(line -> line.page() == p && !line.text().matches("—\\s*\\d+\\s*—"));
            }
        }
    }

    @Test
    void shortNoticeWithoutAttachments() throws IOException {
        // given: a short notice without attachments, signed by a short name
        NoticeDraft shortDraft = new NoticeDraft(NoticeKind.SEASONAL_CONTROL, LocalDate.of(2021, 11, 1),
                "关于D级企业实施错峰生产的通报", "各县、区人民政府：",
                List.of(BodyBlock.paragraph("现将有关情况通报如下。")), "开封市攻坚办",
                LocalDate.of(2021, 11, 2), List.of(), List.of("省生态环境厅"), "开封市攻坚办", LocalDate.of(2021, 11, 2));
        ByteArrayOutputStream out = new ByteArrayOutputStream();

        // when
        renderer.renderPdf(shortDraft, new DocumentNumber("汴环攻坚办", 2021, 12), out);
        NoticePdf single = NoticePdf.read(out.toByteArray());

        // then: no 附件说明 (its line removed), three blank lines between body and signature (room for the seal), the
        // signature centred over the date, 版记 at the bottom of the last page
        NoticePdf.Line last = single.line("现将有关情况通报如下。");
        assertThat(single.bookmarks()).containsOnlyKeys("正文");
        assertThat(single.lines()).noneMatch(line -> line.text().contains("附件"));
        assertThat(single.line("汴环攻坚办").text()).isEqualTo("汴环攻坚办〔2021〕12号");
        NoticePdf.Line date = single.line("2021年11月2日");
        NoticePdf.Line signature = single.lines().stream().filter(line -> line.text().equals("开封市攻坚办"))
                .findFirst().orElseThrow();
        assertThat(date.right()).isCloseTo(RIGHT - 4 * 15.8f, within(MM));
        assertThat((signature.left() + signature.right()) / 2).isCloseTo((date.left() + date.right()) / 2,
                within(8f));
        assertThat(date.y() - signature.y()).isCloseTo(29f, within(1f));
        assertThat(signature.page()).isEqualTo(last.page());
        assertThat(signature.y() - last.y()).isCloseTo(4 * 29f, within(2f));
        NoticePdf.Line copyTo = single.line("抄送：");
        assertThat(copyTo.text()).isEqualTo("抄送：省生态环境厅。");
        assertThat(copyTo.page()).isEqualTo(single.pages());
        assertThat(single.line("印发").page()).isEqualTo(single.pages());
        assertThat(single.line("印发").y()).isGreaterThan(BOTTOM - 15 * MM);
    }

    private static boolean isPageNumber(NoticePdf.Line line) {
        return line.text().matches("—\\d+—");
    }
}
