package org.perfgrade.filing;

import java.util.EnumMap;
import java.util.Locale;
import java.util.Map;

import com.lowagie.text.pdf.BaseFont;
import net.sf.jasperreports.engine.fonts.FontFamily;
import net.sf.jasperreports.repo.RepositoryUtil;

import org.perfgrade.document.DocumentFonts;
import org.perfgrade.document.FontRole;
import org.perfgrade.document.ReportException;

import org.springframework.stereotype.Component;

/**
 * The document fonts (宋体 for tables, 黑体 for headers, 小标宋 for titles) as embedded Identity-H OpenPDF fonts, for
 * the tables the package draws directly with OpenPDF (list, 清单). The same files as every other document: a missing
 * font is an error, never a substitute.
 */
@Component
class FilingFonts {

    private final DocumentFonts fonts;
    private final Map<FontRole, BaseFont> loaded = new EnumMap<>(FontRole.class);

    FilingFonts(DocumentFonts fonts) {
        this.fonts = fonts;
    }

    synchronized BaseFont of(FontRole role) {
        BaseFont font = loaded.get(role);
        if (font == null) {
            FontFamily family = fonts.roleFamilies().get(role.ordinal());
            String location = family.getNormalFace().getTtf();
            try {
                byte[] bytes = RepositoryUtil.getInstance(fonts.context()).getBytesFromLocation(location);
                String name = role.key() + (location.toLowerCase(Locale.ROOT).endsWith(".otf") ? ".otf" : ".ttf");
                font = BaseFont.createFont(name, BaseFont.IDENTITY_H, BaseFont.EMBEDDED, false, bytes, null);
            }
            catch (Exception ex) {
                throw new ReportException("无法加载" + role.label() + "字体 " + fonts.family(role) + "（" + location + "）："
                        + ex.getMessage(), ex);
            }
            loaded.put(role, font);
        }
        return font;
    }
}
