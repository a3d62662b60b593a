package org.perfgrade.report;

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
 * 公文字体（OpenPDF）: the role fonts of {@link DocumentFonts} (小标宋, 仿宋, 黑体, 楷体, 宋体) as embedded Identity-H OpenPDF
 * fonts, for the documents this package draws with OpenPDF directly (the bulk 附件2 list). The same files as every
 * JasperReports document, loaded once per run; a font that cannot be loaded is an error, never a substitute.
 */
@Component
class ReportPdfFonts {

    private final DocumentFonts fonts;
    private final Map<FontRole, BaseFont> loaded = new EnumMap<>(FontRole.class);

    ReportPdfFonts(DocumentFonts fonts) {
        this.fonts = fonts;
    }

    /** The regular face of the role's font, embedded and subset. */
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
