package org.perfgrade.ingest.county;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.stream.Collectors;

import org.perfgrade.ingest.header.DetectedSheet;
import org.perfgrade.ingest.header.RowCursor;
import org.perfgrade.ingest.problem.FileRejectedException;
import org.perfgrade.ingest.problem.ProblemCode;
import org.perfgrade.ingest.sheet.HeaderText;
import org.perfgrade.ingest.sheet.SpreadsheetFile;
import org.perfgrade.reference.County;
import org.perfgrade.reference.ReferenceData;

/**
 * 报送县区: decides which county a file is from, in the order of the issue — the {@code --county} option, the
 * inbox sub-folder, a county named in the title rows (标题、填报单位) or in the file name, and last the most
 * frequent value of the 县、区 column. Names are matched with their aliases (兰考 → 兰考县) after
 * {@link HeaderText#normalize}; in a title or file name the longest name found wins, and two different counties
 * there make that clue ambiguous. When nothing decides, or an option or folder names no county, F11 says what was
 * tried.
 */
public final class CountyResolver {

    /** Where the county came from. */
    public static final String OPTION = "OPTION";
    public static final String FOLDER = "FOLDER";
    public static final String TITLE = "TITLE";
    public static final String FILE_NAME = "FILE_NAME";
    public static final String COLUMN = "COLUMN";

    /** The county of a file and which clue gave it ({@link #OPTION}, {@link #FOLDER}, … {@link #COLUMN}). */
    public record ResolvedCounty(County county, String source) {
    }

    private final ReferenceData reference;
    private final Map<String, County> byName = new LinkedHashMap<>();
    private final Map<String, County> mentionNames = new LinkedHashMap<>();

    public CountyResolver(ReferenceData reference) {
        this.reference = Objects.requireNonNull(reference, "reference");
        for (County county : reference.counties()) {
            mentionNames.putIfAbsent(HeaderText.normalize(county.name()), county);
            county.aliases().forEach(alias -> mentionNames.putIfAbsent(HeaderText.normalize(alias), county));
        }
        byName.putAll(mentionNames);
        for (County county : reference.counties()) {
            byName.putIfAbsent(HeaderText.normalize(county.code()), county);
        }
    }

    /**
     * Resolves the county of a detected file; the 县、区 column is read (a streaming pass) only when no other clue
     * decides.
     *
     * @param option the {@code --county} option, or null
     * @param folder the name of the inbox sub-folder holding the file, or null when it lies in the inbox itself
     */
    public ResolvedCounty resolve(String option, String folder, SpreadsheetFile file, DetectedSheet sheet)
            throws FileRejectedException {
        CountyCounts counts = () -> RowCursor.countyColumnCounts(file, sheet);
        return resolve(option, folder, sheet.titleText(), file.fileName(), counts);
    }

    /** Resolves from the clues themselves; {@code columnCounts} is asked only when it is needed. */
    public ResolvedCounty resolve(String option, String folder, String titleText, String fileName,
                                  CountyCounts columnCounts) throws FileRejectedException {
        if (option != null && !option.isBlank()) {
            return new ResolvedCounty(named(option, "--county 指定的县区“" + option.strip() + "”"), OPTION);
        }
        if (folder != null && !folder.isBlank()) {
            return new ResolvedCounty(named(folder, "收件箱子文件夹“" + folder.strip() + "”"), FOLDER);
        }
        List<String> tried = new ArrayList<>();
        Optional<County> county = mentioned(titleText, "标题行", tried);
        if (county.isPresent()) {
            return new ResolvedCounty(county.get(), TITLE);
        }
        county = mentioned(stripExtension(fileName), "文件名", tried);
        if (county.isPresent()) {
            return new ResolvedCounty(county.get(), FILE_NAME);
        }
        county = majority(columnCounts.get(), tried);
        if (county.isPresent()) {
            return new ResolvedCounty(county.get(), COLUMN);
        }
        throw new FileRejectedException(ProblemCode.F11_COUNTY_UNKNOWN, "无法确定文件“" + fileName
                + "”是哪个县区报送的：" + String.join("；", tried) + "。请把文件放在以县区命名的子文件夹中，或用 --county 指定（"
                + validNames() + "）。");
    }

    private County named(String text, String what) throws FileRejectedException {
        County county = byName.get(HeaderText.normalize(text));
        if (county == null) {
            throw new FileRejectedException(ProblemCode.F11_COUNTY_UNKNOWN, what + "不是" + reference.city().name()
                    + "的县区；有效的县区为：" + validNames() + "。");
        }
        return county;
    }

    /** The one county named in a text (the longest name found), empty when none or two different counties. */
    private Optional<County> mentioned(String text, String where, List<String> tried) {
        String normalized = HeaderText.normalize(text);
        Map<County, String> found = new LinkedHashMap<>();
        mentionNames.forEach((name, county) -> {
            if (!normalized.isEmpty() && normalized.contains(name)) {
                found.merge(county, name, (a, b) -> a.length() >= b.length() ? a : b);
            }
        });
        if (found.size() == 1) {
            return Optional.of(found.keySet().iterator().next());
        }
        if (found.isEmpty()) {
            tried.add(where + "中没有县区名称");
            return Optional.empty();
        }
        int longest = found.values().stream().mapToInt(String::length).max().orElse(0);
        List<County> best = found.entrySet().stream().filter(e -> e.getValue().length() == longest)
                .map(Map.Entry::getKey).toList();
        if (best.size() == 1) {
            return Optional.of(best.get(0));
        }
        tried.add(where + "中出现了多个县区（" + found.keySet().stream().map(County::name)
                .collect(Collectors.joining("、")) + "）");
        return Optional.empty();
    }

    private Optional<County> majority(Map<String, Long> counts, List<String> tried) {
        Map<County, Long> byCounty = new LinkedHashMap<>();
        counts.forEach((value, n) -> {
            County county = byName.get(HeaderText.normalize(value));
            if (county != null) {
                byCounty.merge(county, n, Long::sum);
            }
        });
        if (byCounty.isEmpty()) {
            tried.add("“县、区”列中没有可识别的县区");
            return Optional.empty();
        }
        long top = byCounty.values().stream().mapToLong(Long::longValue).max().orElse(0);
        List<County> leaders = byCounty.entrySet().stream().filter(e -> e.getValue() == top).map(Map.Entry::getKey)
                .sorted(Comparator.comparingInt(County::order)).toList();
        if (leaders.size() == 1) {
            return Optional.of(leaders.get(0));
        }
        tried.add("“县、区”列中" + leaders.stream().map(County::name).collect(Collectors.joining("、"))
                + "出现次数相同（各 " + top + " 行）");
        return Optional.empty();
    }

    private String validNames() {
        return reference.counties().stream().map(County::name).collect(Collectors.joining("、"));
    }

    private static String stripExtension(String fileName) {
        if (fileName == null) {
            return "";
        }
        int dot = fileName.lastIndexOf('.');
        return dot > 0 ? fileName.substring(0, dot) : fileName;
    }

    /** The 县、区 column's value counts, computed only when needed. */
    @FunctionalInterface
    public interface CountyCounts {
        Map<String, Long> get() throws FileRejectedException;
    }
}
