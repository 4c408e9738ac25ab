package org.parindex.app.reminders.internal;

import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.time.temporal.ChronoUnit;
import java.util.Locale;
import org.parindex.app.accounts.Account;
import org.parindex.app.assessments.Tasks.Due;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.context.MessageSource;
import org.springframework.mail.SimpleMailMessage;
import org.springframework.mail.javamail.JavaMailSender;
import org.springframework.stereotype.Component;

/**
 * The reminder as an e-mail, in the language of the site ({@code parindex.reminders.locale}, Vietnamese by default),
 * sent through the mail server of {@code spring.mail.*}; without one, reminders are only recorded and shown.
 */
@Component
class ReminderMail {

    private static final DateTimeFormatter DATE = DateTimeFormatter.ofPattern("dd/MM/yyyy");

    private final ObjectProvider<JavaMailSender> sender;
    private final MessageSource messages;
    private final String from;
    private final String site;
    private final Locale locale;

    ReminderMail(ObjectProvider<JavaMailSender> sender, MessageSource messages,
                 @Value("${parindex.reminders.from:ParIndex <no-reply@parindex.invalid>}") String from,
                 @Value("${parindex.public-url:}") String site,
                 @Value("${parindex.reminders.locale:vi}") String locale) {
        this.sender = sender;
        this.messages = messages;
        this.from = from;
        this.site = site.endsWith("/") ? site.substring(0, site.length() - 1) : site;
        this.locale = Locale.forLanguageTag(locale);
    }

    boolean canSend() {
        return sender.getIfAvailable() != null;
    }

    /** Sends the reminder to the officer; a failure is thrown, so that the reminder is tried again next time. */
    void send(Account officer, Due work, String unitName, LocalDate today) {
        SimpleMailMessage mail = new SimpleMailMessage();
        mail.setFrom(from);
        mail.setTo(officer.email());
        mail.setSubject(subject(work, unitName));
        mail.setText(text(officer, work, unitName, today));
        sender.getObject().send(mail);
    }

    String subject(Due work, String unitName) {
        return messages.getMessage("reminder.mail.subject." + work.stage().name(),
                new Object[] {work.periodName(), unitName, work.due().format(DATE)}, locale);
    }

    String text(Account officer, Due work, String unitName, LocalDate today) {
        long days = ChronoUnit.DAYS.between(today, work.due());
        String left = days == 0 ? messages.getMessage("reminder.mail.today", null, locale)
                : messages.getMessage("reminder.mail.left", new Object[] {days}, locale);
        String where = site.isEmpty() ? messages.getMessage("reminder.mail.signIn", null, locale)
                : messages.getMessage("reminder.mail.open", new Object[] {site + work.link()}, locale);
        return messages.getMessage("reminder.mail.text." + work.stage().name(), new Object[] {officer.displayName(),
                work.periodName(), unitName, work.due().format(DATE), left, where, work.open()}, locale);
    }
}
