package org.perfgrade.ingest.receipt;

import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;

import org.apache.poi.ss.usermodel.CellStyle;
import org.apache.poi.ss.usermodel.Sheet;
import org.perfgrade.ingest.problem.ProblemCode;

/**
 * 回执说明: the receipt's 说明 sheet — how to read the receipt, and for every problem code what it means and what the
 * county should do, in plain Chinese. A correction (更正, R26–R32) says that the row was taken as read, or, when the
 * city asks its counties to fix such cells themselves (strict mode), that it was refused.
 */
final class ReceiptNotes {

    /** One code explained: its meaning and what to do. */
    record Note(ProblemCode code, String kind, String meaning, String action) {
    }

    static final String CORRECTION_ACTION = "已按读取结果接收，如读取有误请改正后重新报送。";

    private static final Map<ProblemCode, String[]> TEXTS = new EnumMap<>(ProblemCode.class);

    static {
        file(ProblemCode.F01_NOT_SPREADSHEET, "文件不是 Excel 表格（可能是改了扩展名的其他文件）。",
                "请用 Excel 打开后另存为 .xlsx 或 .xls，重新报送。");
        file(ProblemCode.F02_CORRUPT, "文件已损坏或没有完整上传，无法读取。", "请用 Excel 打开确认内容完整，另存后重新报送。");
        file(ProblemCode.F03_ENCRYPTED, "文件设有打开密码或工作簿保护，无法读取。", "请取消密码和保护后重新报送。");
        file(ProblemCode.F04_EMPTY, "文件中的可见工作表都是空的。", "请确认报送的是填好的表格，数据填在可见的工作表中。");
        file(ProblemCode.F05_TOO_LARGE, "文件超过允许的大小。", "请删除图片、多余的工作表和空白格式后另存；仍然过大的，请分成几个文件报送。");
        file(ProblemCode.F06_TOO_MANY_ROWS, "表格的行数超过一次报送的上限。", "请分成几个文件报送。");
        file(ProblemCode.F07_EXPANDS_TOO_FAR, "文件内部结构异常（解压后体积远超正常表格）。", "请用 Excel 打开后另存为新文件再报送。");
        file(ProblemCode.F08_HEADER_NOT_FOUND, "在表格前几十行中找不到表头行（列名）。", "请使用市生态环境局下发的模板，保留表头的列名。");
        file(ProblemCode.F09_MISSING_COLUMNS, "表头缺少必须有的列（回执中列出了缺少的列名）。", "请按模板补齐这些列后重新报送。");
        file(ProblemCode.F10_KIND_UNKNOWN, "从列名看不出是哪一类报送表格。", "请使用对应类型的模板，不要改动列名。");
        file(ProblemCode.F11_COUNTY_UNKNOWN, "无法确定是哪个县（区）报送的文件。", "请在文件名或表格标题中写明县（区）名称，或在“县、区”列中填写。");
        warning(ProblemCode.F12_UNKNOWN_COLUMN, "表头中有模板以外的列，这一列的内容没有录入。",
                "如该列是需要报送的内容，请把列名改成模板中的列名后重新报送；否则无需处理。");
        row(ProblemCode.R01_REQUIRED_MISSING, "必须填写的单元格是空的。", "请补填后重新报送。");
        row(ProblemCode.R02_COUNTY_UNKNOWN, "“县、区”不是本市的县（区）。", "请填写本市县（区）的名称。");
        row(ProblemCode.R03_COUNTY_MISMATCH, "这一行的县（区）与报送的县（区）不同。", "一个文件只填写本县（区）的企业；其他县（区）的企业由该县（区）报送。");
        row(ProblemCode.R04_INDUSTRY_UNKNOWN, "重点行业类型不在国家和河南省技术指南的行业名录中，也无法确定指哪个行业。",
                "请按技术指南中的行业名称填写（回执中给出了最接近的名称）。");
        row(ProblemCode.R05_BRANCH_UNKNOWN, "重点行业分支不属于所填的行业。", "请按技术指南填写该行业下的分支名称。");
        row(ProblemCode.R06_GRADE_NOT_IN_SCHEME, "绩效级别不在该行业（分支）的分级方案中。", "请按该行业的分级方案填写级别。");
        row(ProblemCode.R07_TARGET_NOT_ABOVE_CURRENT, "绩效提升目标不高于绩效现状。", "请核对现状和目标后重新报送。");
        row(ProblemCode.R08_DATE_INVALID, "日期无法确定是哪一天（如“尽快”“下个月”）。",
                "请填写日期，如 2021年8月15日。拟完成时间可以写到月（如 2021年9月）；认定日期、专家意见日期、发现日期等须写到日。");
        row(ProblemCode.R09_CREDIT_CODE_INVALID, "统一社会信用代码的位数或字符不对。", "请按营业执照填写 18 位统一社会信用代码。");
        warning(ProblemCode.R10_CREDIT_CODE_CHECK, "统一社会信用代码最后一位（校验位）与前面的字符对不上，可能抄错了。",
                "该行已接收。请对照营业执照核对代码，如有误请改正后重新报送。");
        row(ProblemCode.R11_DUPLICATE_LINE, "同一企业的同一行业在本文件中填了不止一行。", "请只保留一行，删除重复的行后重新报送。");
        row(ProblemCode.R12_NAME_MISMATCH, "企业名称与已登记的名称不同。", "请按营业执照填写；企业确已更名的，请联系市生态环境局更新登记。");
        warning(ProblemCode.R13_REMARKS_COMPLETED, "企业涉及多个行业，但备注中没有写其他行业，系统已补充。", "该行已接收，请核对备注。");
        warning(ProblemCode.R14_ENTERPRISE_ADDED, "企业原来不在清单台账中，已按这一行新增。", "该行已接收。请确认这是新纳入的企业，而不是名称或代码写错。");
        row(ProblemCode.R15_NUMBER_INVALID, "应填数字的单元格无法读出数字。", "请只填数字，不要带单位或文字。");
        row(ProblemCode.R16_VALUE_INVALID, "填写的内容不是可选的值之一。", "请从模板的下拉列表中选择。");
        row(ProblemCode.R17_CITY_MISMATCH, "“省辖市”不是本市。", "请填写本市名称。");
        row(ProblemCode.R18_TEXT_TOO_LONG, "单元格内容超过允许的长度。", "请精简内容后重新报送。");
        row(ProblemCode.R19_NOT_IN_LEDGER, "企业或其行业不在清单台账中。", "请先在清单台账中报送该企业及行业，再报送本表。");
        warning(ProblemCode.R20_INDUSTRY_NOT_IN_LEDGER, "该行业不在企业的清单台账中，已按企业登记的情况录入。",
                "该行已接收。请核对行业，并在清单台账中补报该行业。");
        warning(ProblemCode.R21_BATCH_CORRECTED, "审核批次与行动方案的安排不符，已按行业类别更正。", "该行已接收，请核对审核批次。");
        row(ProblemCode.R22_EXPERT_OPINION_MISSING, "A、B级（含B-）和引领性申请没有经专家签字的意见。", "请补充评审专家和专家意见日期后重新报送。");
        row(ProblemCode.R23_EXPERT_BARRED, "签字专家处于禁入期（全市通报批评），其意见不予采用。", "请另请不在禁入期的专家评审后重新报送。");
        warning(ProblemCode.R24_EXPERT_NOT_REGISTERED, "签字专家不在本县（区）报送的专家（第三方）名单中。",
                "该行已接收。请核对专家姓名，或先报送专家（第三方）名单。");
        warning(ProblemCode.R25_GRADE_HELD_AFTER_VIOLATION, "企业因环境违法问题已降级，所填的更高级别暂不生效。",
                "该行已接收。须重新评审后方可恢复级别。");
        correction(ProblemCode.R26_BRANCH_INFERRED, "重点行业分支没有填，按所填的绩效级别只可能是一个分支，已按该分支录入。");
        correction(ProblemCode.R27_BRANCH_PENDING, "重点行业分支没有填，也无法确定，已按行业录入，分支待补充。",
                "该行已接收。按附件2说明1的要求，请补填重点行业分支后重新报送。");
        correction(ProblemCode.R28_GRADE_READ, "绩效级别的写法与规范不同（如“B级企业”“b”“B－”），意思明确，已按规范级别录入。");
        correction(ProblemCode.R29_INDUSTRY_READ, "重点行业名称的写法与技术指南不同（如“铸造行业”“铸造（黑色金属铸造）”），意思明确，已按技术指南名称录入。");
        correction(ProblemCode.R30_PLANNED_DATE_READ, "拟完成时间不是具体日期（如“2021年9月”“9月底”“9月中旬前”），已按所指日期录入："
                + "只写到月、月底、月末、下旬按当月最后一天，上旬按10日，中旬按20日，时间段按结束时间，没写年份的按本次行动的年份。");
        correction(ProblemCode.R31_DATE_READ, "日期的写法不规范（如中文数字、Excel 日期序号），意思明确，已按所指日期录入。");
        correction(ProblemCode.R32_COUNTY_READ, "县（区）的写法与规范名称不同（如简称、行政区划代码），已按规范名称录入。");
        row(ProblemCode.R33_OTHER_COUNTY_ENTERPRISE, "该企业已登记在其他县（区），本县（区）的文件不能改动它。",
                "如企业确需迁移到本县（区），请联系市生态环境局办理。");
        for (ProblemCode code : ProblemCode.values()) {
            if (!TEXTS.containsKey(code)) {
                throw new IllegalStateException("回执说明缺少问题代码 " + code.code() + " 的解释");
            }
        }
    }

    private ReceiptNotes() {
    }

    private static void file(ProblemCode code, String meaning, String action) {
        TEXTS.put(code, new String[] { "整个文件未接收", meaning, action });
    }

    private static void row(ProblemCode code, String meaning, String action) {
        TEXTS.put(code, new String[] { "错误：该行未接收", meaning, action });
    }

    private static void warning(ProblemCode code, String meaning, String action) {
        TEXTS.put(code, new String[] { "提示：该行已接收", meaning, action });
    }

    private static void correction(ProblemCode code, String meaning) {
        correction(code, meaning, CORRECTION_ACTION);
    }

    private static void correction(ProblemCode code, String meaning, String action) {
        TEXTS.put(code, new String[] { "更正：已按读取结果接收", meaning, action });
    }

    /** How to read the receipt, as numbered paragraphs; {@code strict}: the city has corrections refused. */
    static List<String> paragraphs(boolean strict) {
        List<String> lines = new ArrayList<>();
        lines.add("“汇总”是文件的处理结果；“逐行回执”逐行列出每个数据行的状态和问题，问题说明中写明了单元格位置；"
                + "“已跳过”列出不是数据的行（表尾的填报人、联系电话，合计、小计行，分页打印时重复的表头，空行等），"
                + "这些行既不计入数据行数，也不算拒收。");
        lines.add("状态“已接收”表示该行已录入；“已接收（有提示）”表示已录入，但请核对提示的内容；"
                + "“未接收”表示该行有错误没有录入，请改正后重新报送整个文件（重新报送的文件会替换本次的内容）。");
        lines.add("“更正”（代码 R26 至 R32）是指单元格的写法不规范，但意思明确，例如拟完成时间写成“8月底”、"
                + "绩效级别写成“B级企业”。这时“逐行回执”的“原文”列是原来的写法，“读取为”列是录入的值。"
                + CORRECTION_ACTION);
        lines.add(strict
                ? "市生态环境局要求各县（区）自行改正不规范的写法：本次报送中的“更正”都按错误处理，相应的行没有录入，"
                        + "请按“读取为”列的写法改正后重新报送。"
                : "市生态环境局也可以要求各县（区）自行改正不规范的写法，那时“更正”将按错误处理，相应的行不予录入。"
                        + "本次报送中的“更正”均已按读取结果录入。");
        lines.add("下表逐一说明回执中可能出现的问题代码：它的意思，以及应当怎么做。");
        return lines;
    }

    /** Every code explained, in code order; a correction is marked an error in strict mode. */
    static List<Note> notes(boolean strict) {
        List<Note> notes = new ArrayList<>();
        TEXTS.forEach((code, text) -> {
            String kind = strict && code.correction() ? "更正：严格要求时按错误处理，该行未接收" : text[0];
            String action = strict && code.correction() ? "请改正写法后重新报送。" : text[2];
            notes.add(new Note(code, kind, text[1], action));
        });
        return notes;
    }

    /** The 说明 sheet: the paragraphs, then one line per code (代码, 类别, 含义, 怎么办). */
    static void write(Sheet sheet, boolean strict, CellStyle header, CellStyle wrap, CellStyle quoted) {
        int r = 0;
        ReceiptWorkbookWriter.row(sheet, r++, header, quoted, "回执说明");
        List<String> paragraphs = paragraphs(strict);
        for (int i = 0; i < paragraphs.size(); i++) {
            ReceiptWorkbookWriter.row(sheet, r++, wrap, quoted, (i + 1) + ".", paragraphs.get(i));
            sheet.addMergedRegion(new org.apache.poi.ss.util.CellRangeAddress(r - 1, r - 1, 1, 3));
        }
        r++;
        ReceiptWorkbookWriter.row(sheet, r++, header, quoted, "代码", "类别", "含义", "怎么办");
        for (Note note : notes(strict)) {
            ReceiptWorkbookWriter.row(sheet, r++, wrap, quoted, note.code().code(), note.kind(), note.meaning(),
                    note.action());
        }
        sheet.setColumnWidth(0, 8 * 256);
        sheet.setColumnWidth(1, 24 * 256);
        sheet.setColumnWidth(2, 60 * 256);
        sheet.setColumnWidth(3, 50 * 256);
    }
}
