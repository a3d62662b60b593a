package org.perfgrade.reliability;

import java.util.ArrayList;
import java.util.List;

import org.perfgrade.reliability.RawXlsx.Cell;

/** 附件2 提升企业清单 rows for the hostile-input corpus: title, date line, header, then data rows of one county. */
final class HostileFiles {

    static final List<String> HEADERS = List.of("序号", "省辖市", "县、区", "企业名称", "重点行业类型", "重点行业分支",
            "绩效现状", "绩效提升目标", "差异化指标", "存在问题", "改造措施", "拟完成时间", "备注");

    /** Column of 企业名称 and 拟完成时间 (0-based). */
    static final int NAME = 3;
    static final int DUE = 11;
    static final int COUNTY = 2;

    private HostileFiles() {
    }

    /** A data row of the county with a text due date. */
    static List<Cell> row(int number, String county, String enterprise) {
        List<Cell> cells = new ArrayList<>();
        for (String value : List.of(String.valueOf(number), "开封市", county, enterprise, "铸造", "黑色金属铸造", "C",
                "B", "颗粒物排放浓度不高于10mg/m³", "无组织排放控制不到位", "建设封闭料棚", "2021年9月30日", "")) {
            cells.add(Cell.text(value));
        }
        cells.set(0, Cell.number(number));
        return cells;
    }

    static List<List<Cell>> sheet(List<List<Cell>> data) {
        List<List<Cell>> rows = new ArrayList<>();
        rows.add(List.of(Cell.text("重点行业绩效分级提升企业清单")));
        rows.add(List.of(Cell.text("日期：2021年6月10日")));
        rows.add(HEADERS.stream().map(Cell::text).toList());
        rows.addAll(data);
        return rows;
    }

    /** n ordinary rows of the county, enterprises named after the prefix. */
    static List<List<Cell>> rows(String county, String prefix, int n) {
        List<List<Cell>> rows = new ArrayList<>();
        for (int i = 1; i <= n; i++) {
            rows.add(row(i, county, prefix + i + "号铸造有限公司"));
        }
        return rows;
    }
}
