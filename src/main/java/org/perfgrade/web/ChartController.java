package org.perfgrade.web;

import java.awt.image.BufferedImage;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.time.LocalDate;

import javax.imageio.ImageIO;

import org.perfgrade.reference.County;
import org.perfgrade.reference.ReferenceData;
import org.perfgrade.report.BriefingChart;
import org.perfgrade.report.BriefingReport;
import org.perfgrade.report.trend.TrendPage;
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
 * province. Beside it 图2 进展趋势 ({@link TrendPage}, the briefing's trend chart) and each county's own trend, which
 * only the city and that county see.
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
    private final TrendPage trend;
    private final ReferenceData reference;

    ChartController(SnapshotRepository snapshots, BriefingReport briefing, BriefingChart chart, TrendPage trend,
                    ReferenceData reference) {
        this.snapshots = snapshots;
        this.briefing = briefing;
        this.chart = chart;
        this.trend = trend;
        this.reference = reference;
    }

    @GetMapping("/chart/{date}.png")
    ResponseEntity<byte[]> chart(@AuthenticationPrincipal ConsoleUserDetails user, @PathVariable("date") LocalDate date) {
        Snapshot snapshot = aggregateSnapshot(user, date);
        return png(chart.draw(briefing.bars(snapshot), WIDTH, HEIGHT, SCALE));
    }

    /** 图2 进展趋势: the city's goal shares up to the date, as in the briefing, for the city and the counties. */
    @GetMapping("/chart/{date}/trend.png")
    ResponseEntity<byte[]> trend(@AuthenticationPrincipal ConsoleUserDetails user,
                                 @PathVariable("date") LocalDate date) {
        Snapshot snapshot = aggregateSnapshot(user, date);
        return png(trend.image(trend.city(snapshot).figure(), SCALE));
    }

    /**
     * A county's own trend (as in its trend-pdf): the city sees every county's, a county only its own, as with the
     * county extracts.
     */
    @GetMapping("/chart/{date}/trend/{county}.png")
    ResponseEntity<byte[]> countyTrend(@AuthenticationPrincipal ConsoleUserDetails user,
                                       @PathVariable("date") LocalDate date, @PathVariable("county") String code) {
        County county = reference.countiesByCode().get(code);
        if (county == null) {
            throw new ResponseStatusException(HttpStatus.NOT_FOUND, "没有代码为 " + code + " 的县区");
        }
        if (user.role() != ConsoleRole.CITY
                && !(user.role() == ConsoleRole.COUNTY && code.equals(user.countyCode()))) {
            throw new ResponseStatusException(HttpStatus.FORBIDDEN, "只能查看本县区的进展趋势");
        }
        Snapshot snapshot = snapshots.find(date)
                .orElseThrow(() -> new ResponseStatusException(HttpStatus.NOT_FOUND, "没有 " + date + " 的统计"));
        return png(trend.image(trend.county(snapshot, county).figure(), SCALE));
    }

    private Snapshot aggregateSnapshot(ConsoleUserDetails user, LocalDate date) {
        if (!DocumentAccess.maySeeAggregates(user)) {
            throw new ResponseStatusException(HttpStatus.FORBIDDEN, "省厅用户只查看报省备案材料包");
        }
        return snapshots.find(date)
                .orElseThrow(() -> new ResponseStatusException(HttpStatus.NOT_FOUND, "没有 " + date + " 的进展快照"));
    }

    private static ResponseEntity<byte[]> png(BufferedImage image) {
        ByteArrayOutputStream png = new ByteArrayOutputStream();
        try {
            ImageIO.write(image, "png", png);
        }
        catch (IOException ex) {
            throw new UncheckedIOException(ex);
        }
        return ResponseEntity.ok().contentType(MediaType.IMAGE_PNG).cacheControl(CacheControl.noCache().cachePrivate())
                .body(png.toByteArray());
    }
}
