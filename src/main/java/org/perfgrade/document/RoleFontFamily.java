package org.perfgrade.document;

import java.util.Locale;

import net.sf.jasperreports.engine.fonts.FontFace;
import net.sf.jasperreports.engine.fonts.FontFamily;

/**
 * 角色字体族: a font family named after a {@link FontRole} (e.g. {@code 仿宋}) whose faces are those of the physical
 * family the configuration assigns to the role. It shares the physical family's loaded faces (no second copy of a
 * 10 MB font), and always embeds with Identity-H, whatever the physical family says.
 */
record RoleFontFamily(FontRole role, FontFamily physical) implements FontFamily {

    static final String PDF_ENCODING = "Identity-H";

    @Override
    public String getName() {
        return role.family();
    }

    @Override
    public FontFace getNormalFace() {
        return physical.getNormalFace();
    }

    @Override
    public FontFace getBoldFace() {
        return physical.getBoldFace();
    }

    @Override
    public FontFace getItalicFace() {
        return physical.getItalicFace();
    }

    @Override
    public FontFace getBoldItalicFace() {
        return physical.getBoldItalicFace();
    }

    @Override
    public String getPdfEncoding() {
        return PDF_ENCODING;
    }

    @Override
    public Boolean isPdfEmbedded() {
        return Boolean.TRUE;
    }

    @Override
    public String getExportFont(String key) {
        return physical.getExportFont(key);
    }

    @Override
    public boolean supportsLocale(Locale locale) {
        return true;
    }

    @Override
    public boolean isVisible() {
        return true;
    }
}
