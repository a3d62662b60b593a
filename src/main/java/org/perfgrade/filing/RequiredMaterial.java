package org.perfgrade.filing;

import java.util.List;
import java.util.Locale;

/**
 * 必备材料: one material every enterprise of a filing package must have (方案三(三)、五(二): 申报材料及专家意见, the
 * signed opinions on the 申报材料 and on the 现场核查). A scanned PDF in the enterprise's materials folder is this
 * material when its name (without extension) contains one of {@code files} and none of {@code except}; with
 * {@code registered} the 申报及评审结果 must also name the signing experts and the opinion date.
 *
 * @param name       what the gap list calls it, e.g. 经专家签字的现场核查意见
 * @param files      words a file name of this material contains (any of them)
 * @param except     words that make a file another material
 * @param registered the ledger must record the opinion (评审专家, 专家意见日期) too
 */
public record RequiredMaterial(String name, List<String> files, List<String> except, boolean registered) {

    public RequiredMaterial {
        if (name == null || name.isBlank()) {
            throw new IllegalArgumentException("perfgrade.filing.required-materials：材料名称不能为空");
        }
        files = files == null ? List.of() : List.copyOf(files);
        except = except == null ? List.of() : List.copyOf(except);
        if (files.isEmpty()) {
            throw new IllegalArgumentException("perfgrade.filing.required-materials：“" + name
                    + "”须给出文件名所含的词（files）");
        }
    }

    /** The plan's three: the 申报材料 scan and the two signed expert opinions. */
    static List<RequiredMaterial> defaults() {
        return List.of(
                new RequiredMaterial("申报材料扫描件", List.of("申报书", "申报材料", "申报表"),
                        List.of("意见", "核查"), false),
                new RequiredMaterial("经专家签字的申报材料审核意见", List.of("专家意见", "审核意见", "评审意见"),
                        List.of("现场", "核查"), true),
                new RequiredMaterial("经专家签字的现场核查意见", List.of("现场核查", "现场检查"), List.of(), false));
    }

    /** Whether a scanned file of this name is this material. */
    boolean matches(String fileName) {
        String stem = fileName.toLowerCase(Locale.ROOT).endsWith(".pdf")
                ? fileName.substring(0, fileName.length() - 4) : fileName;
        return files.stream().anyMatch(stem::contains) && except.stream().noneMatch(stem::contains);
    }
}
