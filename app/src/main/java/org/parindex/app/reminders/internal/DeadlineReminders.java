package org.parindex.app.reminders.internal;

import java.time.LocalDate;
import java.time.ZoneId;
import java.util.List;
import net.javacrumbs.shedlock.spring.annotation.SchedulerLock;
import org.parindex.app.accounts.Account;
import org.parindex.app.accounts.Accounts;
import org.parindex.app.assessments.Tasks;
import org.parindex.app.assessments.Tasks.Due;
import org.parindex.app.audit.Audit;
import org.parindex.app.units.Units;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.dao.DataIntegrityViolationException;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Service;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Reminds each unit of open work whose deadline is near: the self-assessment not submitted, explanations not
 * answered. Once a day ({@code parindex.reminders.cron}, 07:00 in Việt Nam by default), on one node only (ShedLock);
 * and even if two nodes ran it at once, a unit gets at most one reminder a day, since each is claimed by a row's key
 * in the transaction that sends it. Every reminder is in the audit.
 */
@Service
class DeadlineReminders {

    /** What one run did: units reminded, e-mails sent. */
    record Run(int units, int mailed) { }

    private static final Logger LOG = LoggerFactory.getLogger(DeadlineReminders.class);

    private final Tasks tasks;
    private final Accounts accounts;
    private final Units units;
    private final Audit audit;
    private final ReminderRows rows;
    private final ReminderMail mail;
    private final TransactionTemplate transaction;
    private final int daysBefore;
    private final ZoneId zone;

    DeadlineReminders(Tasks tasks, Accounts accounts, Units units, Audit audit, ReminderRows rows, ReminderMail mail,
                      TransactionTemplate transaction, @Value("${parindex.reminders.days-before:3}") int daysBefore,
                      @Value("${parindex.zone:Asia/Ho_Chi_Minh}") String zone) {
        this.tasks = tasks;
        this.accounts = accounts;
        this.units = units;
        this.audit = audit;
        this.rows = rows;
        this.mail = mail;
        this.transaction = transaction;
        this.daysBefore = daysBefore;
        this.zone = ZoneId.of(zone);
    }

    int daysBefore() {
        return daysBefore;
    }

    LocalDate today() {
        return LocalDate.now(zone);
    }

    @Scheduled(cron = "${parindex.reminders.cron:0 0 7 * * *}", zone = "${parindex.zone:Asia/Ho_Chi_Minh}")
    @SchedulerLock(name = "deadline-reminders", lockAtMostFor = "PT30M", lockAtLeastFor = "PT5S")
    public void daily() {
        Run run = remind("system", today());
        if (run.units() > 0) {
            LOG.info("Deadline reminders: {} units, {} e-mails", run.units(), run.mailed());
        }
    }

    /** The work that a run today would remind of (the admin's page shows it). */
    List<Due> dueToday() {
        return tasks.dueWithin(today(), daysBefore);
    }

    /** Reminds every unit not yet reminded today of the work it has due within the configured days. */
    Run remind(String actor, LocalDate today) {
        int reminded = 0;
        int mailed = 0;
        for (Due work : tasks.dueWithin(today, daysBefore)) {
            if (rows.sentOn(work, today)) {
                continue;
            }
            try {
                Integer sent = transaction.execute(tx -> remindOne(actor, work, today));
                reminded++;
                mailed += sent == null ? 0 : sent;
            } catch (DataIntegrityViolationException otherNode) {
                LOG.debug("{} of {} was reminded by another node", work.unit(), work.period());
            } catch (RuntimeException failed) {
                LOG.warn("The reminder of {} for {} could not be sent; it is tried again next time: {}",
                        work.unit(), work.period(), failed.getMessage());
            }
        }
        return new Run(reminded, mailed);
    }

    private int remindOne(String actor, Due work, LocalDate today) {
        List<Account> officers = accounts.officersOf(work.unit());
        List<Account> withAddress = mail.canSend()
                ? officers.stream().filter(a -> a.email() != null).toList() : List.of();
        rows.claim(work, today, officers.size(), withAddress.size());
        audit.change(actor, "deadline.remind", work.period(), work.unit(), null, null, work.due().toString(),
                withAddress.size() + "/" + officers.size());
        String name = units.find(work.unit()).map(u -> u.name()).orElse(work.unit());
        for (Account officer : withAddress) {
            mail.send(officer, work, name, today);
        }
        return withAddress.size();
    }
}
