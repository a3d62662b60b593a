package org.perfgrade.filing;

import java.nio.file.Path;

import org.perfgrade.reference.County;

/**
 * 申报材料扫描件: one PDF a county supplied for an enterprise ({@code materials/<统一社会信用代码>/} beside its
 * submissions), checked readable, and where it goes in the package.
 *
 * @param entry the path inside the ZIP: {@code 03-申报材料/<县区>/<企业名称>-<代码>/<文件名>}
 */
record FilingMaterial(County county, String enterpriseName, String creditCode, Path source, String entry, long size) {

    /** The file's name, for bookmarks. */
    String fileName() {
        return source.getFileName().toString();
    }
}
