package org.perfgrade.consistency;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import org.perfgrade.consistency.PdfLayout.Glyph;
import org.perfgrade.consistency.PdfLayout.Line;

/**
 * 表格行: the row of each county in a table section, read as a reader does even where cells wrap. A row is anchored
 * on the county's name (its middle, when the name wraps over two lines); every glyph below the header belongs to the
 * nearest anchor of its page. Within a row, glyphs whose widths overlap form one cell, read top to bottom.
 */
final class TableRows {

    private TableRows() {
    }

    /** One county's row: its cells left to right, each with its left and right edge. */
    record Row(String county, List<Cell> cells) {

        /** The cells' text, left to right. */
        String text() {
            StringBuilder text = new StringBuilder();
            cells.forEach(c -> text.append(c.text()).append(' '));
            return text.toString().strip();
        }

        /** The cell under the x position (a column's header), if any. */
        Optional<Cell> cellAt(float x) {
            return cells.stream().filter(c -> c.left() - 2 <= x && x <= c.right() + 2).findFirst();
        }
    }

    record Cell(float left, float right, String text) {
    }

    /**
     * The middle of a column header that starts with {@code first} and goes on with {@code then}, set across or down
     * (排名 or 排/名): a glyph that begins its cell (nothing just left of it), so that a note such as "按…排名" under
     * the title is not taken for the header.
     */
    static Optional<Float> headerX(PdfLayout section, String first, String then) {
        List<Line> lines = section.lines();
        for (int i = 0; i < lines.size(); i++) {
            List<Glyph> glyphs = lines.get(i).glyphs();
            for (int k = 0; k < glyphs.size(); k++) {
                Glyph g = glyphs.get(k);
                if (!g.text().equals(first) || k > 0 && g.x() - glyphs.get(k - 1).right() < 2) {
                    continue;
                }
                boolean across = k + 1 < glyphs.size() && glyphs.get(k + 1).text().equals(then);
                boolean down = lines.subList(i + 1, Math.min(lines.size(), i + 4)).stream()
                        .flatMap(l -> l.glyphs().stream())
                        .anyMatch(h -> h.text().equals(then) && Math.abs(h.x() - g.x()) < 2 && h.page() == g.page());
                if (across) {
                    // the middle of the header as set across, where a centred cell sits under it
                    return Optional.of((g.x() + glyphs.get(k + 1).right()) / 2);
                }
                if (down) {
                    return Optional.of(g.x() + g.width() / 2);
                }
            }
        }
        return Optional.empty();
    }

    private record Anchor(String county, int page, float y, int firstLine) {
    }

    /** The rows of the counties found in the section, in the order given. */
    static Map<String, Row> of(PdfLayout section, List<String> counties) {
        List<Line> lines = section.lines();
        List<Anchor> anchors = new ArrayList<>();
        for (String county : counties) {
            anchor(lines, county).ifPresent(anchors::add);
        }
        float lineHeight = (float) lines.stream().mapToDouble(Line::height).average().orElse(10);
        Map<String, List<Glyph>> glyphs = new LinkedHashMap<>();
        anchors.forEach(a -> glyphs.put(a.county(), new ArrayList<>()));
        for (Anchor a : anchors) {
            List<Anchor> page = anchors.stream().filter(b -> b.page() == a.page())
                    .sorted(Comparator.comparing(Anchor::y)).toList();
            int at = page.indexOf(a);
            Float above = at > 0 ? (a.y() - page.get(at - 1).y()) / 2 : null;
            Float below = at < page.size() - 1 ? (page.get(at + 1).y() - a.y()) / 2 : null;
            float top = a.y() - (above != null ? above : below != null ? below : 1.5f * lineHeight);
            float bottom = a.y() + (below != null ? below : above != null ? above : 1.5f * lineHeight);
            for (Line line : lines) {
                for (Glyph g : line.glyphs()) {
                    if (g.page() == a.page() && g.y() > top && g.y() <= bottom) {
                        glyphs.get(a.county()).add(g);
                    }
                }
            }
        }
        Map<String, Row> rows = new LinkedHashMap<>();
        glyphs.forEach((county, gs) -> rows.put(county, new Row(county, cells(gs))));
        return rows;
    }

    /** The line holding the county's name, or the two lines it wraps over (then the middle between them). */
    private static Optional<Anchor> anchor(List<Line> lines, String county) {
        for (int i = 0; i < lines.size(); i++) {
            if (lines.get(i).text().contains(county)) {
                return Optional.of(new Anchor(county, lines.get(i).page(), lines.get(i).y(), i));
            }
        }
        for (int cut = county.length() - 1; cut >= 2; cut--) {
            String head = county.substring(0, cut);
            String tail = county.substring(cut);
            for (int i = 0; i < lines.size(); i++) {
                Line line = lines.get(i);
                if (!line.text().contains(head)) {
                    continue;
                }
                for (int j = i + 1; j < lines.size() && lines.get(j).page() == line.page()
                        && lines.get(j).y() - line.y() < 3 * line.height(); j++) {
                    if (lines.get(j).text().startsWith(tail) || lines.get(j).text().contains(tail)) {
                        return Optional.of(new Anchor(county, line.page(), (line.y() + lines.get(j).y()) / 2, i));
                    }
                }
            }
        }
        return Optional.empty();
    }

    /** Glyphs whose horizontal extents overlap (or nearly touch) form a cell; its text is read top to bottom. */
    private static List<Cell> cells(List<Glyph> glyphs) {
        List<Glyph> byX = new ArrayList<>(glyphs);
        byX.sort(Comparator.comparing(Glyph::x));
        List<List<Glyph>> columns = new ArrayList<>();
        float right = Float.NEGATIVE_INFINITY;
        for (Glyph g : byX) {
            if (g.x() > right + 2.5f) {
                columns.add(new ArrayList<>());
                right = g.right();
            }
            columns.get(columns.size() - 1).add(g);
            right = Math.max(right, g.right());
        }
        List<Cell> cells = new ArrayList<>();
        for (List<Glyph> column : columns) {
            column.sort(Comparator.comparing((Glyph g) -> Math.round(g.y())).thenComparing(Glyph::x));
            StringBuilder text = new StringBuilder();
            column.forEach(g -> text.append(g.text()));
            float left = (float) column.stream().mapToDouble(Glyph::x).min().orElse(0);
            float r = (float) column.stream().mapToDouble(Glyph::right).max().orElse(0);
            cells.add(new Cell(left, r, text.toString()));
        }
        return cells;
    }
}
