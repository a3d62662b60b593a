package org.perfgrade.web;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.time.LocalDate;

import javax.imageio.ImageIO;

import org.perfgrade.report.BriefingChart;
import org.perfgrade.report.BriefingReport;
import org.perfgrade.snapshot.Snapshot;
import org.perfgrade.snapshot.SnapshotRepository;

import org.springframework.http.CacheControl;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.stereotype.Controller;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.server.ResponseStatusException;

/**
 * 首页图表: the briefing's 图1 (every county's A/B shares against its targets) for a stored snapshot, as a PNG for
 * the front page — drawn by the same {@link BriefingChart} from the same bars as the PDF. It shows aggregate shares
 * only, so whoever may read the briefing may see it ({@link DocumentAccess}): the city and the counties, not the
 * province.
 */
@Controller
class ChartController {

    /** The chart's box in points, as in the briefing. */
    static final int WIDTH = 515;
    static final int HEIGHT = 360;
    /** Pixels per point: 1030 × 720, sharp on a screen. */
    static final int SCALE = 2;

    private final SnapshotRepository snapshots;
    private final BriefingReport briefing;
    private final BriefingChart chart;

    ChartController(SnapshotRepository snapshots, BriefingReport briefing, BriefingChart chart) {
        this.snapshots = snapshots;
        this.briefing = briefing;
        this.chart = chart;
    }

    @GetMapping("/chart/{date}.png")
    ResponseEntity<byte[]> chart(@AuthenticationPrincipal ConsoleUserDetails user, @PathVariable("date") LocalDate date) {
        if (!DocumentAccess.maySeeAggregates(user)) {
            throw new ResponseStatusException(HttpStatus.FORBIDDEN, "省厅用户只查看报省备案材料包");
        }
        Snapshot snapshot = snapshots.find(date)
                .orElseThrow(() -> new ResponseStatusException(HttpStatus.NOT_FOUND, "没有 " + date + " 的进展快照"));
        ByteArrayOutputStream png = new ByteArrayOutputStream();
        try {
            ImageIO.write(chart.draw(briefing.bars(snapshot), WIDTH, HEIGHT, SCALE), "png", png);
        }
        catch (IOException ex) {
            throw new UncheckedIOException(ex);
        }
        return ResponseEntity.ok().contentType(MediaType.IMAGE_PNG).cacheControl(CacheControl.noCache().cachePrivate())
                .body(png.toByteArray());
    }
}
