package org.perfgrade.web;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.LocalDate;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.stream.Stream;

import jakarta.servlet.http.HttpServletRequest;

import org.perfgrade.ingest.county.CountyHint;
import org.perfgrade.ingest.HeldDecisions;
import org.perfgrade.ingest.ImportReport;
import org.perfgrade.ingest.IngestLimits;
import org.perfgrade.ingest.SubmissionImporter;
import org.perfgrade.ingest.workplan.WorkPlanIntake;
import org.perfgrade.reference.County;
import org.perfgrade.reference.ReferenceData;

import org.springframework.http.HttpStatus;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.multipart.MultipartFile;
import org.springframework.web.server.ResponseStatusException;

/**
 * 上传报送文件: a county uploads its own workbook (the city any county's); the file goes through the same import as
 * {@code perfgrade import FILE --county 县区} and the page shows the receipt summary. Only {@code .xlsx} and
 * {@code .xls} names are taken, and a county's work plan (a PDF, Word or OFD named 工作计划 or 动员部署, recorded as
 * received), up to {@code perfgrade.ingest.max-file-bytes}. The city also sees the files held for
 * its decision (待市局确认) with the buttons of {@code perfgrade import confirm / reject}.
 */
@Controller
class UploadController {

    private final SubmissionImporter importer;
    private final ReferenceData reference;
    private final IngestLimits limits;
    private final DocumentCatalog catalog;
    private final AuditLog audit;
    private final Clock clock;
    private final HeldDecisions decisions;

    UploadController(SubmissionImporter importer, ReferenceData reference, IngestLimits limits,
                     DocumentCatalog catalog, AuditLog audit, Clock clock, HeldDecisions decisions) {
        this.decisions = decisions;
        this.importer = importer;
        this.reference = reference;
        this.limits = limits;
        this.catalog = catalog;
        this.audit = audit;
        this.clock = clock;
    }

    @GetMapping("/upload")
    String form(@AuthenticationPrincipal ConsoleUserDetails user, Model model) {
        return page(user, model, null, null);
    }

    @PostMapping("/upload")
    String upload(@AuthenticationPrincipal ConsoleUserDetails user,
                  @RequestParam(name = "county", required = false) String countyName,
                  @RequestParam("file") MultipartFile file, HttpServletRequest request, Model model) {
        County county = county(user, countyName);
        String name = fileName(file.getOriginalFilename());
        String lower = name.toLowerCase(Locale.ROOT);
        if (file.isEmpty() || !(lower.endsWith(".xlsx") || lower.endsWith(".xls") || WorkPlanIntake.isWorkPlan(name))) {
            return page(user, model, "只接受 .xlsx 或 .xls 格式的 Excel 文件，或文件名含“工作计划”“动员部署”的 PDF、Word、"
                    + "OFD 文档：" + name, null);
        }
        if (file.getSize() > limits.maxFileBytes()) {
            return page(user, model, String.format("文件 %s 有 %.1f MB，超过上限 %.1f MB", name,
                    file.getSize() / 1048576.0, limits.maxFileBytes() / 1048576.0), null);
        }
        ImportReport report;
        Path dir = null;
        try {
            dir = Files.createTempDirectory("perfgrade-upload");
            Path saved = dir.resolve(name);
            file.transferTo(saved);
            report = importer.importFile(saved, county == null ? null : CountyHint.option(county.name()),
                    LocalDate.now(clock), false, "网页上传（" + user.getUsername() + "）");
        }
        catch (IOException ex) {
            throw new UncheckedIOException("无法保存上传的文件：" + ex.getMessage(), ex);
        }
        finally {
            delete(dir);
        }
        audit.record(user.getUsername(), AuditAction.UPLOAD, name + "（" + (report.county() == null ? "县区未识别"
                : report.county()) + "）" + report.status() + "，" + report.accepted() + "/" + report.rows() + " 行",
                request.getRemoteAddr());
        return page(user, model, null, receipt(name, report));
    }

    /** 市局确认 / 退回: the city's decision on a held file (待市局确认); counties and the province may not. */
    @PostMapping("/upload/held/{id}/{decision}")
    String decide(@AuthenticationPrincipal ConsoleUserDetails user, @PathVariable("id") long id,
                  @PathVariable("decision") String decision, HttpServletRequest request, Model model) {
        if (user.role() != ConsoleRole.CITY) {
            throw new ResponseStatusException(HttpStatus.FORBIDDEN, "只有市局用户可以确认或退回待确认的文件");
        }
        boolean confirm = switch (decision) {
            case "confirm" -> true;
            case "reject" -> false;
            default -> throw new ResponseStatusException(HttpStatus.NOT_FOUND, "没有该操作：" + decision);
        };
        AuditAction action = confirm ? AuditAction.HELD_CONFIRM : AuditAction.HELD_REJECT;
        ImportReport report;
        try {
            report = confirm ? decisions.confirm(id, user.getUsername()) : decisions.reject(id, user.getUsername());
        }
        catch (HeldDecisions.DecisionRefusedException ex) {
            audit.record(user.getUsername(), action, "报送编号 " + id + " 未能" + (confirm ? "确认" : "退回") + "："
                    + ex.getMessage(), request.getRemoteAddr());
            return page(user, model, ex.getMessage(), null);
        }
        audit.record(user.getUsername(), action, "报送编号 " + id + " " + report.file() + "（" + report.county() + "）"
                + (confirm ? "已确认" : "已退回") + "，" + report.status() + "，" + report.accepted() + "/"
                + report.rows() + " 行", request.getRemoteAddr());
        return page(user, model, null, receipt(report.file(), report));
    }

    private Receipt receipt(String name, ImportReport report) {
        return new Receipt(name, report, report.receipt() == null ? null
                : catalog.newestByPath(report.receipt()).map(ConsoleDocument::id).orElse(null));
    }

    /** The county of the upload: a county user's own (another is refused), for the city the one chosen. */
    private County county(ConsoleUserDetails user, String countyName) {
        String chosen = countyName == null || countyName.isBlank() ? null : countyName.strip();
        return switch (user.role()) {
            case PROVINCE -> throw new ResponseStatusException(HttpStatus.FORBIDDEN, "省厅用户不上传县区报送文件");
            case COUNTY -> {
                County own = reference.countiesByCode().get(user.countyCode());
                if (chosen != null && !reference.county(chosen).map(c -> c.code().equals(own.code())).orElse(false)) {
                    throw new ResponseStatusException(HttpStatus.FORBIDDEN, "县区用户只能上传本县区的文件");
                }
                yield own;
            }
            case CITY -> chosen == null ? null : reference.county(chosen).orElseThrow(
                    () -> new ResponseStatusException(HttpStatus.BAD_REQUEST, "没有该县区：" + chosen));
        };
    }

    private String page(ConsoleUserDetails user, Model model, String error, Receipt receipt) {
        if (user.role() == ConsoleRole.PROVINCE) {
            throw new ResponseStatusException(HttpStatus.FORBIDDEN, "省厅用户不上传县区报送文件");
        }
        List<County> counties = user.role() == ConsoleRole.COUNTY
                ? List.of(reference.countiesByCode().get(user.countyCode())) : reference.counties();
        model.addAttribute("user", user);
        model.addAttribute("counties", counties);
        model.addAttribute("error", error);
        model.addAttribute("receipt", receipt);
        model.addAttribute("maxMegabytes", limits.maxFileBytes() / 1048576);
        model.addAttribute("held", user.role() != ConsoleRole.CITY ? List.of() : decisions.held().stream()
                .map(h -> new HeldFile(h.id(), h.fileName(), reference.countiesByCode().containsKey(h.countyCode())
                        ? reference.countiesByCode().get(h.countyCode()).name() : h.countyCode(), h.kind(),
                        h.receivedOn(), h.rowsTotal(), h.rowsAccepted(), h.reason())).toList());
        return "upload";
    }

    /** Only the last part of the browser's name, without anything that could leave the temporary folder. */
    static String fileName(String original) {
        String name = original == null ? "" : original.replace('\\', '/');
        name = name.substring(name.lastIndexOf('/') + 1).replaceAll("[\\p{Cntrl}:*?\"<>|]", "_").strip();
        return name.isEmpty() || name.startsWith(".") ? "上传文件" + name : name;
    }

    private static void delete(Path dir) {
        if (dir == null) {
            return;
        }
        try (Stream<Path> files = Files.walk(dir)) {
            files.sorted(Comparator.reverseOrder()).forEach(p -> p.toFile().delete());
        }
        catch (IOException ignored) {
            // a temporary folder left behind is harmless
        }
    }

    /** What the page shows after an upload: the report and the receipt's archive id (null when none). */
    record Receipt(String fileName, ImportReport report, Long receiptId) {

        public String statusText() {
            return switch (report.status()) {
                case ImportReport.IMPORTED -> "work-plan".equals(report.kind()) ? "已登记收到（工作计划及动员部署情况）"
                        : report.rejected() == 0 ? "已导入"
                        : report.accepted() == 0 ? "已接收，但没有可采用的行（见回执）" : "已导入，部分行被退回（见回执）";
                case ImportReport.DUPLICATE -> "重复报送（与已导入的文件内容相同，未做改动）";
                case ImportReport.HELD -> "待市局确认（在册数据未作改动）：" + report.reason();
                default -> report.reason() == null ? "已退回" : "已退回：" + report.reason();
            };
        }
    }

    /** A held file in the city's list. */
    record HeldFile(long id, String fileName, String county, String kind, LocalDate receivedOn, int rows,
                    int accepted, String reason) {
    }
}
