package org.perfgrade.web;

import java.util.Arrays;

import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestParam;

/**
 * 审计日志: the city reads who signed in (and who failed or was locked out), downloaded, uploaded or started a job —
 * the newest first, optionally one kind of action. Only the city role reaches it (see SecurityConfiguration).
 */
@Controller
class AuditController {

    /** The most entries a page shows. */
    static final int LIMIT = 500;

    private final AuditLog log;

    AuditController(AuditLog log) {
        this.log = log;
    }

    @GetMapping("/audit")
    String audit(@AuthenticationPrincipal ConsoleUserDetails user,
                 @RequestParam(name = "action", required = false) AuditAction action, Model model) {
        model.addAttribute("user", user);
        model.addAttribute("actions", Arrays.asList(AuditAction.values()));
        model.addAttribute("action", action);
        model.addAttribute("entries", log.latest(LIMIT).stream()
                .filter(e -> action == null || e.action() == action).toList());
        return "audit";
    }
}
