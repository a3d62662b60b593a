package org.perfgrade.template;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Collectors;

import org.apache.poi.ss.usermodel.DataValidation;
import org.apache.poi.ss.usermodel.DataValidationConstraint.ValidationType;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.xssf.usermodel.XSSFSheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;
import org.perfgrade.ingest.IngestFixtures;
import org.perfgrade.ingest.SubmissionKind;
import org.perfgrade.ingest.header.Column;
import org.perfgrade.ingest.header.DetectedSheet;
import org.perfgrade.ingest.header.SourceRow;
import org.perfgrade.reference.County;
import org.perfgrade.reference.ReferenceData;

class TemplateWorkbookWriterTests {

    private final ReferenceData reference = IngestFixtures.reference();
    private final TemplateWorkbookWriter writer = new TemplateWorkbookWriter(reference);

    @TempDir
    Path dir;

    private Path template(SubmissionKind kind, County county) throws IOException {
        Path file = dir.resolve(kind.code() + ".xlsx");
        try (OutputStream out = Files.newOutputStream(file)) {
            writer.write(kind, county, out);
        }
        return file;
    }

    private static XSSFWorkbook open(Path file) throws IOException {
        try (InputStream in = Files.newInputStream(file)) {
            return new XSSFWorkbook(in);
        }
    }

    /** The validations of the sheet by the header of the column they cover. */
    private static Map<String, DataValidation> validations(XSSFSheet sheet) {
        Row header = sheet.getRow(2);
        return sheet.getDataValidations().stream().collect(Collectors.toMap(
                v -> header.getCell(v.getRegions().getCellRangeAddress(0).getFirstColumn()).getStringCellValue(),
                Function.identity()));
    }

    @ParameterizedTest
    @EnumSource(value = SubmissionKind.class, names = "WORK_PLAN", mode = EnumSource.Mode.EXCLUDE)
    void writesATemplateTheImporterRecognisesAsItsKind(SubmissionKind kind) throws Exception {
        // given the blank template of a kind for 兰考县
        County lankao = reference.county("兰考县").orElseThrow();
        Path file = template(kind, lankao);
        // when detected
        DetectedSheet sheet = IngestFixtures.detect(file);
        // then it is its own kind, header on row 3 with every column of the layout, and no data rows
        assertThat(sheet.kind()).isEqualTo(kind);
        assertThat(sheet.sheetName()).isEqualTo(kind.sheetName());
        assertThat(sheet.headerRowNumber()).isEqualTo(3);
        assertThat(sheet.columnIndex().keySet()).containsExactlyInAnyOrderElementsOf(sheet.layout().columns());
        assertThat(sheet.unknownColumns()).isEmpty();
        assertThat(IngestFixtures.readAll(file)).isEmpty();
        String expectedTitle = kind == SubmissionKind.IMPROVEMENT ? "重点行业绩效分级提升企业清单"
                : "兰考县" + kind.title();
        assertThat(sheet.titleText()).startsWith(expectedTitle + "\n");
        assertThat(sheet.dateText()).isEqualTo(kind == SubmissionKind.IMPROVEMENT ? "日期：    年  月  日"
                : "填报单位：兰考县　　日期：");
    }

    @ParameterizedTest
    @EnumSource(value = SubmissionKind.class, names = "WORK_PLAN", mode = EnumSource.Mode.EXCLUDE)
    void freezesTheHeaderAndPrintsLandscapeOnePageWide(SubmissionKind kind) throws Exception {
        // given a template without county
        try (XSSFWorkbook workbook = open(template(kind, null))) {
            XSSFSheet sheet = workbook.getSheet(kind.sheetName());
            // when read back, then the pane is frozen under row 3, landscape, fit to width, header repeated
            assertThat(workbook.getSheetIndex(sheet)).isZero();
            assertThat(sheet.getPaneInformation().isFreezePane()).isTrue();
            assertThat(sheet.getPaneInformation().getHorizontalSplitTopRow()).isEqualTo((short) 3);
            assertThat(sheet.getPrintSetup().getLandscape()).isTrue();
            assertThat(sheet.getFitToPage()).isTrue();
            assertThat(sheet.getPrintSetup().getFitWidth()).isEqualTo((short) 1);
            assertThat(sheet.getRepeatingRows().formatAsString()).isEqualTo("3:3");
            assertThat(sheet.getRow(0).getCell(0).getStringCellValue()).isEqualTo(kind.title());
            assertThat(sheet.getRow(2).getCell(0).getCellStyle().getFont().getBold()).isTrue();
            assertThat(sheet.getColumnWidth(0)).isGreaterThanOrEqualTo(6 * 256);
            XSSFSheet notes = workbook.getSheet(TemplateWorkbookWriter.NOTES_SHEET);
            assertThat(notes.getRow(1).getCell(0).getStringCellValue())
                    .startsWith("1. 重点行业类型及重点行业分支，应严格对照国家和河南省绩效分级及减排措施技术指南中行业类型规范填报");
        }
    }

    @Test
    void offersDropDownsForIndustryGradesCountyAndDatesOnTheImprovementList() throws Exception {
        // given the improvement template
        try (XSSFWorkbook workbook = open(template(SubmissionKind.IMPROVEMENT, null))) {
            XSSFSheet sheet = workbook.getSheet("提升企业清单");
            Map<String, DataValidation> validations = validations(sheet);
            // when its validations are read back
            // then industries come from the hidden 行业名录 sheet through a name (more than 255 characters)
            DataValidation industry = validations.get("重点行业类型");
            assertThat(industry.getValidationConstraint().getFormula1()).isEqualTo("重点行业类型");
            // (showDropDown="1" would hide Excel's drop-down arrow)
            assertThat(sheet.getCTWorksheet().getDataValidations().getDataValidationArray())
                    .allSatisfy(v -> assertThat(v.getShowDropDown()).isFalse());
            XSSFSheet lists = workbook.getSheet("行业名录");
            assertThat(workbook.isSheetHidden(workbook.getSheetIndex(lists))).isTrue();
            assertThat(workbook.getName("重点行业类型").getRefersToFormula())
                    .isEqualTo("'行业名录'!$A$2:$A$" + (reference.industries().size() + 1));
            assertThat(lists.getRow(1).getCell(0).getStringCellValue()).isEqualTo(reference.industries().get(0).name());
            // and grades, counties and the city are explicit lists, the due date a date check
            assertThat(validations.get("绩效现状").getValidationConstraint().getExplicitListValues())
                    .containsExactly("引领性", "A", "B", "B-", "C", "D", "非引领性", "未评级");
            assertThat(validations.get("绩效提升目标").getValidationConstraint().getExplicitListValues())
                    .doesNotContain("未评级").contains("A", "B-");
            assertThat(validations.get("县、区").getValidationConstraint().getExplicitListValues())
                    .hasSize(reference.counties().size()).contains("兰考县");
            assertThat(validations.get("拟完成时间").getValidationConstraint().getValidationType())
                    .isEqualTo(ValidationType.DATE);
            assertThat(sheet.getRow(3).getCell(11).getCellStyle().getDataFormatString())
                    .isEqualTo("yyyy\"年\"m\"月\"d\"日\"");
            // and 省辖市 is filled in
            assertThat(sheet.getRow(3).getCell(1).getStringCellValue()).isEqualTo("开封市");
        }
    }

    @Test
    void offersTheFixedVocabulariesOfTheLedgerAndTheViolationList() throws Exception {
        // given the ledger and violation templates
        try (XSSFWorkbook ledger = open(template(SubmissionKind.LEDGER, null));
             XSSFWorkbook violation = open(template(SubmissionKind.VIOLATION, null))) {
            // when their validations are read back
            Map<String, DataValidation> ledgerRules = validations(ledger.getSheetAt(0));
            Map<String, DataValidation> violationRules = validations(violation.getSheetAt(0));
            // then each fixed list is offered
            assertThat(ledgerRules.get("绩效级别").getValidationConstraint().getExplicitListValues()).contains("未评级");
            assertThat(ledgerRules.get("保障类企业").getValidationConstraint().getExplicitListValues())
                    .containsExactly("保障类", "民生保障类");
            assertThat(ledgerRules.get("清洁能源替代").getValidationConstraint().getExplicitListValues())
                    .containsExactly("是", "否");
            assertThat(ledgerRules.get("全部使用低VOCs原辅材料").getValidationConstraint().getExplicitListValues())
                    .containsExactly("是", "否");
            assertThat(violationRules.get("违法类型").getValidationConstraint().getExplicitListValues())
                    .containsExactly("超标排放", "偷排偷放", "污染治理设施不正常运行", "其他");
            assertThat(violationRules.get("发现日期").getValidationConstraint().getValidationType())
                    .isEqualTo(ValidationType.DATE);
        }
    }

    @Test
    void readsBackWhatACountyTypesIntoTheTemplate() throws Exception {
        // given the improvement template with two rows filled in below the pre-filled 省辖市
        Path file = template(SubmissionKind.IMPROVEMENT, reference.county("杞县").orElseThrow());
        try (XSSFWorkbook workbook = open(file)) {
            XSSFSheet sheet = workbook.getSheetAt(0);
            for (int r = 3; r < 5; r++) {
                Row row = sheet.getRow(r);
                List<Object> values = IngestFixtures.improvementRow(r - 2, "杞县第" + r + "企业", LocalDate.of(2021, 9, 30));
                for (int c = 0; c < values.size(); c++) {
                    Object value = values.get(c);
                    if (value instanceof Number n) {
                        row.getCell(c).setCellValue(n.doubleValue());
                    } else if (value instanceof LocalDate d) {
                        row.getCell(c).setCellValue(d);
                    } else {
                        row.getCell(c).setCellValue(value.toString());
                    }
                }
            }
            IngestFixtures.save(workbook, file);
        }
        // when read
        List<SourceRow> rows = IngestFixtures.readAll(file);
        // then the two rows come back, the due date as a date; the other prepared rows are not data
        assertThat(rows).extracting(SourceRow::rowNumber).containsExactly(4, 5);
        assertThat(rows.get(0).cell(Column.PLANNED_COMPLETION).date()).isEqualTo(LocalDate.of(2021, 9, 30));
        assertThat(Arrays.asList(rows.get(1).text(Column.CITY), rows.get(1).text(Column.ENTERPRISE_NAME)))
                .containsExactly("开封市", "杞县第4企业");
    }
}
