package org.perfgrade.ingest.rules;

import java.util.Optional;
import java.util.stream.Collectors;

import org.perfgrade.ingest.header.Column;
import org.perfgrade.ingest.problem.ProblemCode;
import org.perfgrade.reference.City;
import org.perfgrade.reference.County;
import org.perfgrade.reference.CreditCode;
import org.perfgrade.reference.ReferenceData;

/**
 * 企业身份与属地: the cells that say who and where — 统一社会信用代码 (GB 32100-2015: wrong length or character R09,
 * wrong check character only a warning R10), 企业名称, 县、区 (one of the configured units, and the county that sent
 * the file: R02, R03; an alias of config/counties.yml — 兰考, 示范区 — its GB/T 2260 code 410225 or the name with the
 * city in front, 开封市兰考县, is read as the configured name with a correction, R32) and 省辖市 (the configured
 * city: R17).
 */
final class EnterpriseCells {

    private final ReferenceData reference;
    private final County submitting;

    EnterpriseCells(ReferenceData reference, County submitting) {
        this.reference = reference;
        this.submitting = submitting;
    }

    /** The normalised credit code, null when blank (R01 when required) or invalid (R09; R10 keeps the code). */
    String creditCode(RowContext row, boolean required) {
        if (!row.present(Column.CREDIT_CODE, required)) {
            return null;
        }
        String code = CreditCode.normalize(TextNormalizer.code(row.cell(Column.CREDIT_CODE).text()));
        CreditCode.Check check = CreditCode.check(code);
        if (check.isError()) {
            row.report(ProblemCode.R09_CREDIT_CODE_INVALID, Column.CREDIT_CODE,
                    row.quoted(Column.CREDIT_CODE) + "有误："
                            + check.message().replaceFirst("^统一社会信用代码", ""));
            return null;
        }
        if (check.isWarning()) {
            row.report(ProblemCode.R10_CREDIT_CODE_CHECK, Column.CREDIT_CODE,
                    row.quoted(Column.CREDIT_CODE) + "的" + check.message() + "（行已接收）");
        }
        return code;
    }

    /** 企业名称, always required; whitespace collapsed. */
    String name(RowContext row) {
        return row.name(Column.ENTERPRISE_NAME, true);
    }

    /**
     * The county code of the row: the county written in 县、区 (R32 when written other than as configured), or the
     * submitting county when the cell is blank and not required. Null only when the written county is unknown.
     */
    String county(RowContext row, boolean required) {
        if (!row.present(Column.COUNTY, required)) {
            return submitting == null ? null : submitting.code();
        }
        String written = TextNormalizer.name(row.cell(Column.COUNTY).text()).replace(" ", "");
        Optional<County> county = find(written);
        if (county.isEmpty()) {
            row.report(ProblemCode.R02_COUNTY_UNKNOWN, Column.COUNTY, row.quoted(Column.COUNTY) + "不是"
                    + reference.city().name() + "的县区（可选：" + reference.counties().stream().map(County::name)
                    .collect(Collectors.joining("、")) + "）");
            return null;
        }
        if (!written.equals(county.get().name())) {
            row.correct(ProblemCode.R32_COUNTY_READ, Column.COUNTY, county.get().name(), row.original(Column.COUNTY)
                    + "按“" + county.get().name() + "”读取");
        }
        if (submitting != null && !county.get().code().equals(submitting.code())) {
            row.report(ProblemCode.R03_COUNTY_MISMATCH, Column.COUNTY, row.quoted(Column.COUNTY) + "与报送县区“"
                    + submitting.name() + "”不一致，本文件只能报送本县区的企业");
        }
        return county.get().code();
    }

    /** 省辖市: informative, but when written it must be the configured city (R17). */
    void city(RowContext row) {
        if (row.isBlank(Column.CITY)) {
            return;
        }
        City city = reference.city();
        String written = TextNormalizer.name(row.cell(Column.CITY).text()).replace(" ", "");
        String bare = city.name().endsWith("市") ? city.name().substring(0, city.name().length() - 1) : city.name();
        boolean same = written.equals(city.name()) || written.equals(bare) || written.equals(city.code())
                || written.equals(city.province() + city.name());
        if (!same) {
            row.report(ProblemCode.R17_CITY_MISMATCH, Column.CITY, row.quoted(Column.CITY) + "不是本市，应为“"
                    + city.name() + "”");
        }
    }

    private Optional<County> find(String written) {
        Optional<County> county = reference.county(written);
        String cityName = reference.city().name();
        if (county.isEmpty() && written.startsWith(cityName)) {
            county = reference.county(written.substring(cityName.length()));
        }
        String province = reference.city().province();
        if (county.isEmpty() && province != null && written.startsWith(province + cityName)) {
            county = reference.county(written.substring(province.length() + cityName.length()));
        }
        return county;
    }
}
