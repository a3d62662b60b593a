package org.perfgrade.web;

import java.time.Clock;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;

import jakarta.servlet.http.HttpServletRequest;

import org.perfgrade.ledger.EnterpriseMoves;
import org.perfgrade.reference.County;
import org.perfgrade.reference.ReferenceData;

import org.springframework.http.HttpStatus;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.server.ResponseStatusException;

/**
 * 企业迁移: the city's form for moving an enterprise to another county, as {@code perfgrade enterprise move} does
 * (reason and effective date required; recorded in the enterprise's history and the audit log). Counties and the
 * province may not reach it: a county never changes another county's enterprise.
 */
@Controller
class EnterpriseMoveController {

    private final EnterpriseMoves moves;
    private final ReferenceData reference;
    private final AuditLog audit;
    private final Clock clock;

    EnterpriseMoveController(EnterpriseMoves moves, ReferenceData reference, AuditLog audit, Clock clock) {
        this.moves = moves;
        this.reference = reference;
        this.audit = audit;
        this.clock = clock;
    }

    @GetMapping("/enterprises/move")
    String form(@AuthenticationPrincipal ConsoleUserDetails user, Model model) {
        return page(city(user), model, null, null);
    }

    @PostMapping("/enterprises/move")
    String move(@AuthenticationPrincipal ConsoleUserDetails user, @RequestParam("creditCode") String creditCode,
                @RequestParam("to") String to, @RequestParam("date") String date,
                @RequestParam("reason") String reason, HttpServletRequest request, Model model) {
        city(user);
        County county = reference.county(to.strip()).orElse(null);
        if (county == null) {
            return page(user, model, "没有县区“" + to + "”", null);
        }
        LocalDate effectiveOn;
        try {
            effectiveOn = LocalDate.parse(date.strip());
        }
        catch (DateTimeParseException ex) {
            return page(user, model, "生效日期应为 YYYY-MM-DD：" + date, null);
        }
        EnterpriseMoves.Move move;
        try {
            move = moves.move(creditCode, county.code(), effectiveOn, reason, user.getUsername());
        }
        catch (EnterpriseMoves.MoveRefusedException ex) {
            return page(user, model, ex.getMessage(), null);
        }
        County from = reference.countiesByCode().get(move.fromCounty());
        String done = "企业“" + move.enterpriseName() + "”（" + move.creditCode() + "）由"
                + (from == null ? move.fromCounty() : from.name()) + "迁移到" + county.name() + "，自 " + effectiveOn
                + " 起生效；原因：" + move.reason();
        audit.record(user.getUsername(), AuditAction.ENTERPRISE_MOVE, done, request.getRemoteAddr());
        return page(user, model, null, done);
    }

    private ConsoleUserDetails city(ConsoleUserDetails user) {
        if (user.role() != ConsoleRole.CITY) {
            throw new ResponseStatusException(HttpStatus.FORBIDDEN, "只有市局用户可以迁移企业");
        }
        return user;
    }

    private String page(ConsoleUserDetails user, Model model, String error, String done) {
        model.addAttribute("user", user);
        model.addAttribute("counties", reference.counties());
        model.addAttribute("today", LocalDate.now(clock));
        model.addAttribute("error", error);
        model.addAttribute("done", done);
        return "enterprise-move";
    }
}
