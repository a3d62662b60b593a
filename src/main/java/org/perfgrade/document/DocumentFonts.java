package org.perfgrade.document;

import java.awt.Font;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collections;
import java.util.EnumMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;

import net.sf.jasperreports.engine.DefaultJasperReportsContext;
import net.sf.jasperreports.engine.JasperReportsContext;
import net.sf.jasperreports.engine.SimpleJasperReportsContext;
import net.sf.jasperreports.engine.fonts.FontFace;
import net.sf.jasperreports.engine.fonts.FontFamily;
import net.sf.jasperreports.engine.fonts.SimpleFontFace;
import net.sf.jasperreports.engine.fonts.SimpleFontFamily;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import org.perfgrade.document.FontProperties.FontFileFamily;

import org.springframework.stereotype.Component;

/**
 * 公文字体: the fonts every report is filled and exported with. At start-up it registers one family per
 * {@link FontRole} (小标宋, 仿宋, 黑体, 楷体, 宋体) pointing at the physical family configured in
 * {@code perfgrade.fonts.roles} — from the jar's font extension or from the bureau's own files in
 * {@code perfgrade.fonts.families} — and checks that every role's font file loads and shows Chinese. A missing or
 * unusable font stops the start-up with a {@link MissingFontException}; no other font is ever substituted.
 */
@Component
public class DocumentFonts {

    /** 检查字样: every role's font must be able to display it. */
    public static final String SAMPLE = "开封市重点行业绩效分级";

    private static final Logger log = LoggerFactory.getLogger(DocumentFonts.class);

    private final SimpleJasperReportsContext context;
    private final Map<FontRole, FontFamily> physical = new EnumMap<>(FontRole.class);
    private final List<FontFamily> roleFamilies;

    public DocumentFonts(FontProperties properties) {
        JasperReportsContext parent = DefaultJasperReportsContext.getInstance();
        Map<FontRole, String> mapping = properties.roleFamilies();
        List<FontFamily> extra = loadExtraFamilies(properties, parent);
        Map<String, FontFamily> available = new LinkedHashMap<>();
        extra.forEach(family -> available.putIfAbsent(family.getName(), family));
        // invisible families are JasperReports' own (its icon font), not for text
        builtInFamilies(parent).stream().filter(FontFamily::isVisible)
                .forEach(family -> available.putIfAbsent(family.getName(), family));
        List<FontFamily> aliases = new ArrayList<>();
        for (FontRole role : FontRole.values()) {
            String name = mapping.get(role);
            FontFamily family = available.get(name);
            if (family == null) {
                throw MissingFontException.unknownFamily(role, name, available.keySet());
            }
            verify(role, family);
            physical.put(role, family);
            aliases.add(new RoleFontFamily(role, family));
        }
        List<FontFamily> own = new ArrayList<>(aliases);
        own.addAll(extra);
        // the jar's physical families stay visible through the parent context
        this.context = new SimpleJasperReportsContext(parent);
        this.context.setExtensions(FontFamily.class, own);
        this.roleFamilies = List.copyOf(aliases);
        log.debug("公文字体：{}", physical.entrySet().stream()
                .map(e -> e.getKey().describe() + " → " + e.getValue().getName()).collect(Collectors.joining("，")));
    }

    /** The context every fill, compile and export must use, so that the role families resolve. */
    public JasperReportsContext context() {
        return context;
    }

    /** The physical family behind a role, e.g. {@code FandolFang} for {@link FontRole#BODY}. */
    public String family(FontRole role) {
        return physical.get(role).getName();
    }

    /** The regular face of a role's font as an AWT font of size 1 (derive the size), e.g. for chart labels. */
    public Font font(FontRole role) {
        return physical.get(role).getNormalFace().getFont();
    }

    /** The role families (小标宋, 仿宋, 黑体, 楷体, 宋体), in {@link FontRole} order. */
    public List<FontFamily> roleFamilies() {
        return roleFamilies;
    }

    private static List<FontFamily> builtInFamilies(JasperReportsContext parent) {
        try {
            List<FontFamily> families = parent.getExtensions(FontFamily.class);
            return families == null ? List.of() : families;
        }
        catch (RuntimeException ex) {
            throw MissingFontException.brokenExtension(ex);
        }
    }

    private static List<FontFamily> loadExtraFamilies(FontProperties properties, JasperReportsContext parent) {
        Set<String> roleNames = new HashSet<>();
        for (FontRole role : FontRole.values()) {
            roleNames.add(role.family());
        }
        Set<String> names = new HashSet<>();
        List<FontFamily> result = new ArrayList<>();
        for (FontFileFamily spec : properties.families()) {
            if (spec.name().isEmpty() || spec.normal().isEmpty()) {
                throw new IllegalStateException("config/application.yml 中 perfgrade.fonts.families 的每个字体族都要有 "
                        + "name（字体族名称）和 normal（常规字形的字体文件），请补全：" + spec);
            }
            if (roleNames.contains(spec.name())) {
                throw new IllegalStateException("perfgrade.fonts.families 中的字体族名称“" + spec.name()
                        + "”与公文字体角色名称相同，请改用字体本身的名称（如 仿宋_GB2312、方正小标宋简体），"
                        + "再在 perfgrade.fonts.roles 中把角色指向它。");
            }
            if (!names.add(spec.name())) {
                throw new IllegalStateException("perfgrade.fonts.families 中的字体族“" + spec.name() + "”登记了两次。");
            }
            SimpleFontFamily family = new SimpleFontFamily(parent);
            family.setName(spec.name());
            family.setNormalFace(loadFace(spec.name(), resolve(properties, spec.name(), spec.normal()), parent));
            if (spec.bold() != null) {
                family.setBoldFace(loadFace(spec.name(), resolve(properties, spec.name(), spec.bold()), parent));
            }
            family.setPdfEncoding(RoleFontFamily.PDF_ENCODING);
            family.setPdfEmbedded(true);
            result.add(family);
        }
        return Collections.unmodifiableList(result);
    }

    private static Path resolve(FontProperties properties, String family, String file) {
        Path path = Path.of(file);
        if (path.isAbsolute()) {
            return path.normalize();
        }
        return properties.fontsDir().map(dir -> dir.resolve(path).normalize())
                .orElseThrow(() -> MissingFontException.unusableFile(family, path,
                        "是相对路径，但没有设置字体目录 PERFGRADE_FONTS_DIR（perfgrade.fonts.dir）", null));
    }

    private static SimpleFontFace loadFace(String family, Path file, JasperReportsContext parent) {
        if (!isFontFile(file.toString())) {
            throw MissingFontException.unusableFile(family, file, "不是 .ttf 或 .otf 字体文件（不支持 .ttc 字体集）", null);
        }
        if (!Files.isRegularFile(file) || !Files.isReadable(file)) {
            throw MissingFontException.unusableFile(family, file, "不存在或不可读", null);
        }
        SimpleFontFace face = new SimpleFontFace(parent);
        try {
            face.setTtf(file.toString());
        }
        catch (RuntimeException ex) {
            throw MissingFontException.unusableFile(family, file, "无法作为字体加载（" + ex.getMessage() + "）", ex);
        }
        return face;
    }

    private static void verify(FontRole role, FontFamily family) {
        if (family.getNormalFace() == null) {
            throw MissingFontException.unusableFace(role, family.getName(), "（未登记）", "缺失：字体族没有常规字形", null);
        }
        verifyFace(role, family, family.getNormalFace());
        if (family.getBoldFace() != null) {
            verifyFace(role, family, family.getBoldFace());
        }
    }

    private static void verifyFace(FontRole role, FontFamily family, FontFace face) {
        String file = face.getTtf();
        if (file == null || !isFontFile(file)) {
            throw MissingFontException.unusableFace(role, family.getName(), String.valueOf(file),
                    "不是 .ttf 或 .otf 字体文件，无法嵌入 PDF", null);
        }
        Font font;
        try {
            font = face.getFont();
            if (font == null && face instanceof SimpleFontFace simple) {
                simple.loadFont();
                font = simple.getFont();
            }
        }
        catch (RuntimeException ex) {
            throw MissingFontException.unusableFace(role, family.getName(), file,
                    "无法加载（" + ex.getMessage() + "）", ex);
        }
        if (font == null) {
            throw MissingFontException.unusableFace(role, family.getName(), file, "无法加载", null);
        }
        int missing = font.canDisplayUpTo(SAMPLE);
        if (missing >= 0) {
            throw MissingFontException.unusableFace(role, family.getName(), file, "缺少汉字“"
                    + SAMPLE.charAt(missing) + "”的字形，不能显示检查字样“" + SAMPLE + "”", null);
        }
    }

    private static boolean isFontFile(String file) {
        String lower = file.strip().toLowerCase(Locale.ROOT);
        return lower.endsWith(".ttf") || lower.endsWith(".otf");
    }
}
