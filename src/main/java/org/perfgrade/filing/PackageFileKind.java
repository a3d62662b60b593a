package org.perfgrade.filing;

import java.util.Locale;

/**
 * 材料包文件类型: the kinds of file inside a filing package, by the Chinese names the 文件清单 and the checksums list
 * give them (报送函、企业名单、材料缺项清单、申报材料、合并文件、文件清单).
 */
enum PackageFileKind {
    LETTER("报送函"),
    LIST("企业名单"),
    GAP_LIST("材料缺项清单"),
    MATERIAL("申报材料"),
    COMBINED("合并文件"),
    CHECKLIST("文件清单");

    private static final double KIB = 1024.0;

    private final String label;

    PackageFileKind(String label) {
        this.label = label;
    }

    String label() {
        return label;
    }

    /** A file size as the 文件清单 prints it: 12.3 KB below 1 MB, else 1.2 MB. */
    static String size(long bytes) {
        double kb = bytes / KIB;
        if (kb < KIB) {
            return String.format(Locale.ROOT, "%.1f KB", Math.max(kb, 0.1));
        }
        return String.format(Locale.ROOT, "%.1f MB", kb / KIB);
    }
}
