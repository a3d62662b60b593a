package org.perfgrade.web;

import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.HashMap;
import java.util.Map;

import jakarta.servlet.http.HttpServletRequest;

import org.springframework.http.HttpStatus;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.ResponseBody;
import org.springframework.web.server.ResponseStatusException;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/**
 * 作业: the city starts a console job for a business date ({@code POST /jobs/{kind}}) and watches it on
 * {@code /jobs/{executionId}}, which refreshes itself until the run ends and then links the documents of the date.
 * Only the city role reaches these pages (see SecurityConfiguration).
 */
@Controller
class JobController {

    /** Runs listed on {@code /jobs}. */
    static final int RECENT = 20;
    /** Seconds between refreshes of a running job's page. */
    static final int REFRESH_SECONDS = 2;

    private final ConsoleJobs jobs;
    private final JobRuns runs;

    JobController(ConsoleJobs jobs, JobRuns runs) {
        this.jobs = jobs;
        this.runs = runs;
    }

    @GetMapping("/jobs")
    String list(@AuthenticationPrincipal ConsoleUserDetails user, Model model) {
        model.addAttribute("user", user);
        model.addAttribute("launchers", jobs.starters());
        model.addAttribute("runs", runs.recent(RECENT));
        return "jobs";
    }

    @PostMapping("/jobs/{kind}")
    String start(@AuthenticationPrincipal ConsoleUserDetails user, @PathVariable("kind") String kind,
                 @RequestParam Map<String, String> form, HttpServletRequest request, RedirectAttributes redirect) {
        ConsoleJobStarter starter = jobs.starter(kind)
                .orElseThrow(() -> new ResponseStatusException(HttpStatus.NOT_FOUND, "没有这类作业：" + kind));
        try {
            JobRequest job = new JobRequest(date(form.get("date")), options(starter, form));
            long id = jobs.start(starter, job, user.getUsername(), request.getRemoteAddr());
            return "redirect:/jobs/" + id;
        }
        catch (JobRefusedException ex) {
            redirect.addFlashAttribute("error", ex.getMessage());
            redirect.addFlashAttribute("blocking", ex.runningExecutionId());
            return "redirect:/jobs";
        }
    }

    @GetMapping("/jobs/{executionId:\\d+}")
    String progress(@AuthenticationPrincipal ConsoleUserDetails user, @PathVariable("executionId") long executionId,
                    Model model) {
        JobProgress progress = find(executionId);
        model.addAttribute("user", user);
        model.addAttribute("job", progress);
        model.addAttribute("refreshSeconds", REFRESH_SECONDS);
        model.addAttribute("documentKind", jobs.starter(progress.kind()).map(ConsoleJobStarter::documentKind)
                .orElse(null));
        return "job";
    }

    /** The same progress as JSON, for a script or a page that polls. */
    @GetMapping("/jobs/{executionId:\\d+}/progress")
    @ResponseBody
    JobProgress progressJson(@PathVariable("executionId") long executionId) {
        return find(executionId);
    }

    private JobProgress find(long executionId) {
        return runs.progress(executionId).orElseThrow(() -> new ResponseStatusException(HttpStatus.NOT_FOUND,
                "没有执行编号为 " + executionId + " 的控制台作业"));
    }

    private static LocalDate date(String text) {
        try {
            return LocalDate.parse(text == null ? "" : text.strip());
        }
        catch (DateTimeParseException ex) {
            throw new JobRefusedException("业务日期应写成 2021-08-16 的形式：" + (text == null ? "（未填写）" : text), null);
        }
    }

    /** The kind's own fields only: the date, the CSRF token and anything else sent along are left out. */
    private static Map<String, String> options(ConsoleJobStarter starter, Map<String, String> form) {
        Map<String, String> options = new HashMap<>();
        for (JobOption option : starter.options()) {
            String value = form.get(option.name());
            if (value != null) {
                options.put(option.name(), value);
            }
        }
        return options;
    }
}
