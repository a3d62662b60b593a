package org.perfgrade.web;

import java.time.LocalDate;
import java.util.List;
import java.util.Optional;

import org.perfgrade.reference.County;
import org.perfgrade.reference.ReferenceData;
import org.perfgrade.report.trend.CountyTrendReport;
import org.perfgrade.report.trend.TrendPage;
import org.perfgrade.snapshot.Snapshot;
import org.perfgrade.snapshot.SnapshotRepository;

import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;

/**
 * 首页 and 登录页: the latest briefing one click away, the per-county table, the briefing's chart (图1) and trend
 * chart (图2, and for a county user its own trend) of the latest stored snapshot — for the province, which reads
 * filing packages only, the latest filing package instead.
 */
@Controller
class HomeController {

    private final DocumentCatalog catalog;
    private final SnapshotRepository snapshots;
    private final ReferenceData reference;

    HomeController(DocumentCatalog catalog, SnapshotRepository snapshots, ReferenceData reference) {
        this.catalog = catalog;
        this.snapshots = snapshots;
        this.reference = reference;
    }

    @GetMapping("/")
    String home(@AuthenticationPrincipal ConsoleUserDetails user, Model model) {
        model.addAttribute("user", user);
        boolean aggregates = DocumentAccess.maySeeAggregates(user);
        model.addAttribute("aggregates", aggregates);
        if (!aggregates) {
            model.addAttribute("filing", catalog.latest(DocumentAccess.FILING)
                    .filter(d -> DocumentAccess.maySee(user, d)).orElse(null));
            return "home";
        }
        Optional<ConsoleDocument> briefing = catalog.latest("briefing-pdf").filter(d -> DocumentAccess.maySee(user, d));
        List<LocalDate> dates = snapshots.dates();
        Optional<Snapshot> snapshot = dates.isEmpty() ? Optional.empty()
                : snapshots.find(dates.get(dates.size() - 1));
        model.addAttribute("briefing", briefing.orElse(null));
        model.addAttribute("asOf", snapshot.map(Snapshot::asOf).orElse(null));
        model.addAttribute("rows", snapshot.map(CountyRow::of).orElse(List.of()));
        model.addAttribute("trendCaption", TrendPage.CAPTION);
        County own = user.role() == ConsoleRole.COUNTY ? reference.countiesByCode().get(user.countyCode()) : null;
        model.addAttribute("ownCounty", own);
        model.addAttribute("ownCaption", own == null ? null : CountyTrendReport.caption(own));
        return "home";
    }

    @GetMapping("/login")
    String login() {
        return "login";
    }
}
