package org.perfgrade.document;

import java.util.EnumMap;
import java.util.Locale;
import java.util.Map;

import com.lowagie.text.pdf.BaseFont;
import net.sf.jasperreports.engine.fonts.FontFamily;
import net.sf.jasperreports.repo.RepositoryUtil;

import org.springframework.stereotype.Component;

/**
 * 公文字体（OpenPDF）: the role fonts of {@link DocumentFonts} (小标宋, 仿宋, 黑体, 楷体, 宋体) as embedded Identity-H OpenPDF
 * fonts, for the documents drawn with OpenPDF directly (the bulk 附件2 list, the filing package's list and 清单). The same files as every
 * JasperReports document, loaded once per run; a font that cannot be loaded is an error, never a substitute.
 */
@Component
public class PdfRoleFonts {

    private final DocumentFonts fonts;
    private final Map<FontRole, BaseFont> loaded = new EnumMap<>(FontRole.class);

    public PdfRoleFonts(DocumentFonts fonts) {
        this.fonts = fonts;
    }

    /** The regular face of the role's font, embedded and subset. */
    public synchronized BaseFont of(FontRole role) {
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
