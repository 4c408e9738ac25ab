package org.parindex.app.reminders.internal;

import java.util.Map;
import java.util.stream.Collectors;
import org.parindex.app.accounts.Access;
import org.parindex.app.periods.Period;
import org.parindex.app.periods.Periods;
import org.parindex.app.units.Unit;
import org.parindex.app.units.Units;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/** Admin: the deadline reminders: what is due soon, what was sent, and sending today's now. */
@Controller
@RequestMapping("/admin/reminders")
class ReminderAdminController {

    static final int SHOWN = 200;

    private final DeadlineReminders reminders;
    private final ReminderRows rows;
    private final ReminderMail mail;
    private final Units units;
    private final Periods periods;
    private final String cron;

    ReminderAdminController(DeadlineReminders reminders, ReminderRows rows, ReminderMail mail, Units units,
                            Periods periods, @Value("${parindex.reminders.cron:0 0 7 * * *}") String cron) {
        this.reminders = reminders;
        this.rows = rows;
        this.mail = mail;
        this.units = units;
        this.periods = periods;
        this.cron = cron;
    }

    @GetMapping
    String page(Model model) {
        Map<String, String> names = units.all().stream().collect(Collectors.toMap(Unit::code, Unit::name,
                (a, b) -> a));
        model.addAttribute("due", reminders.dueToday());
        model.addAttribute("sent", rows.latest(SHOWN));
        model.addAttribute("names", names);
        model.addAttribute("periodNames", periods.all().stream().collect(Collectors.toMap(Period::code,
                Period::name)));
        model.addAttribute("today", reminders.today());
        model.addAttribute("daysBefore", reminders.daysBefore());
        model.addAttribute("daily", !"-".equals(cron));
        model.addAttribute("mailing", mail.canSend());
        return "reminders/reminders";
    }

    @PostMapping("/send")
    String send(RedirectAttributes redirect) {
        DeadlineReminders.Run run = reminders.remind(Access.viewer().username(), reminders.today());
        redirect.addFlashAttribute("sentUnits", run.units());
        redirect.addFlashAttribute("sentMails", run.mailed());
        return "redirect:/admin/reminders";
    }
}
