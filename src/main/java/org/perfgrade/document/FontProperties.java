package org.perfgrade.document;

import java.nio.file.Path;
import java.util.Arrays;
import java.util.EnumMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.stream.Collectors;

import org.springframework.boot.context.properties.ConfigurationProperties;

/**
 * 公文字体设置 ({@code perfgrade.fonts}): which physical font family each {@link FontRole} uses, and font families
 * a bureau adds from its own licensed font files without rebuilding the jar.
 *
 * @param roles    role key ({@code title}, {@code body}, {@code heading}, {@code subheading}, {@code table}) →
 *                 physical family name, from the jar's font extension or from {@code families}
 * @param dir      the folder the files of {@code families} are relative to ({@code PERFGRADE_FONTS_DIR}); blank
 *                 for none
 * @param families extra font families read from font files (.ttf or .otf)
 */
@ConfigurationProperties("perfgrade.fonts")
public record FontProperties(Map<String, String> roles, String dir, List<FontFileFamily> families) {

    public FontProperties {
        roles = roles == null ? Map.of() : java.util.Collections.unmodifiableMap(new LinkedHashMap<>(roles));
        dir = dir == null ? "" : dir.strip();
        families = families == null ? List.of() : List.copyOf(families);
    }

    /** A role mapping without extra families, e.g. for tests. */
    public static FontProperties of(Map<FontRole, String> roles) {
        return new FontProperties(roles.entrySet().stream()
                .collect(Collectors.toMap(e -> e.getKey().key(), Map.Entry::getValue)), "", List.of());
    }

    /**
     * A font family read from files.
     *
     * @param name   the family name roles refer to, e.g. {@code 仿宋_GB2312}
     * @param normal the regular face, relative to {@code dir} (or absolute)
     * @param bold   the bold face, or blank for none
     */
    public record FontFileFamily(String name, String normal, String bold) {

        public FontFileFamily {
            name = name == null ? "" : name.strip();
            normal = normal == null ? "" : normal.strip();
            bold = bold == null || bold.isBlank() ? null : bold.strip();
        }
    }

    /** The folder of the extra font files, if set. */
    public Optional<Path> fontsDir() {
        return dir.isEmpty() ? Optional.empty() : Optional.of(Path.of(dir).toAbsolutePath().normalize());
    }

    /** The physical family of every role; a role without a family or an unknown role key is an error. */
    public Map<FontRole, String> roleFamilies() {
        Map<FontRole, String> result = new EnumMap<>(FontRole.class);
        roles.forEach((key, family) -> {
            FontRole role = FontRole.ofKey(key).orElseThrow(() -> new IllegalStateException(
                    "config/application.yml 中 perfgrade.fonts.roles 的角色 \"" + key + "\" 不存在，可用的角色为 "
                            + Arrays.stream(FontRole.values()).map(r -> r.key() + "（" + r.describe() + "）")
                                    .collect(Collectors.joining("、")) + "。"));
            if (family != null && !family.isBlank()) {
                result.put(role, family.strip());
            }
        });
        for (FontRole role : FontRole.values()) {
            if (!result.containsKey(role)) {
                throw MissingFontException.roleNotConfigured(role);
            }
        }
        return result;
    }
}
