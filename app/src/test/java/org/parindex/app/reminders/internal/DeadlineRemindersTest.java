package org.parindex.app.reminders.internal;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.flash;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import com.icegreen.greenmail.junit5.GreenMailExtension;
import jakarta.mail.internet.MimeMessage;
import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.parindex.app.accounts.Accounts;
import org.parindex.app.accounts.Role;
import org.parindex.app.accounts.Viewer;
import org.parindex.app.assessments.PeriodLifecycle;
import org.parindex.app.assessments.Tasks.Due;
import org.parindex.app.periods.PeriodStatus;
import org.parindex.app.periods.Periods;
import org.parindex.app.support.Database;
import org.parindex.app.support.MailServer;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;

/**
 * Deadline reminders on a real SMTP server (GreenMail): who is reminded, what the e-mail says, at most once a day,
 * and a reminder whose e-mail could not be sent is not recorded, so that the next run sends it.
 */
@SpringBootTest(properties = {"parindex.demo=true", "parindex.reminders.cron=-",
    "parindex.public-url=https://cchc.example.gov.vn/"})
@AutoConfigureMockMvc
class DeadlineRemindersTest {

    private static final int PORT = MailServer.freePort();

    @RegisterExtension
    static GreenMailExtension smtp = MailServer.on(PORT);

    private static final Viewer ADMIN = new Viewer("admin", Role.ADMIN, null);

    @Autowired DeadlineReminders reminders;
    @Autowired ReminderMail mail;
    @Autowired PeriodLifecycle lifecycle;
    @Autowired Periods periods;
    @Autowired Accounts accounts;
    @Autowired JdbcClient jdbc;

    @DynamicPropertySource
    static void settings(DynamicPropertyRegistry registry) {
        Database.h2(registry);
        registry.add("spring.mail.host", () -> "127.0.0.1");
        registry.add("spring.mail.port", () -> PORT);
    }

    private LocalDate today;

    @BeforeEach
    void aPeriodInSelfAssessmentDueInTwoDays() {
        today = reminders.today();
        if (periods.find("2026").isEmpty()) {
            long framework = periods.find("2023-H1").orElseThrow().frameworkId();
            lifecycle.open(ADMIN, "2026", "Năm 2026", framework, List.of("hai-an", "hai-truong"), today.plusDays(2),
                    today.plusDays(20), today.plusDays(12), null);
            lifecycle.advance(ADMIN, "2026", periods.find("2026").orElseThrow().version());
            accounts.setEmail(accounts.find("can-bo-hai-an").orElseThrow().id(), "canbo@haian.gov.vn");
        }
        jdbc.sql("DELETE FROM deadline_reminders").update();
        jdbc.sql("DELETE FROM audit_entries WHERE action = 'deadline.remind'").update();
        smtp.reset();
    }

    @Test
    void eachUnitWithWorkDueSoonIsRemindedOnceADayAndOfficersWithAnAddressGetAnEmail() throws Exception {
        assertThat(periods.find("2026").orElseThrow().status()).isEqualTo(PeriodStatus.SELF_ASSESSMENT);
        assertThat(reminders.dueToday()).extracting(Due::unit).containsExactlyInAnyOrder("hai-an", "hai-truong");

        assertThat(reminders.remind("system", today)).isEqualTo(new DeadlineReminders.Run(2, 1));

        MimeMessage[] sent = smtp.getReceivedMessages();
        assertThat(sent).hasSize(1);
        assertThat(sent[0].getAllRecipients()[0]).hasToString("canbo@haian.gov.vn");
        String due = String.format("%02d/%02d/%d", today.plusDays(2).getDayOfMonth(),
                today.plusDays(2).getMonthValue(), today.plusDays(2).getYear());
        assertThat(sent[0].getSubject())
                .isEqualTo("[ParIndex] Nhắc hạn: Xã Hải An gửi bản tự đánh giá Năm 2026 trước " + due);
        assertThat((String) sent[0].getContent())
                .contains("Cán bộ Xã Hải An")
                .contains("Hạn chót: " + due + " (còn 2 ngày)")
                .contains("https://cchc.example.gov.vn/assessments/2026/units/hai-an");
        assertThat(audited()).isEqualTo(2);

        assertThat(reminders.remind("system", today)).as("the same day again: nobody")
                .isEqualTo(new DeadlineReminders.Run(0, 0));
        assertThat(smtp.getReceivedMessages()).hasSize(1);

        assertThat(reminders.remind("system", today.plusDays(2))).as("the deadline's day")
                .isEqualTo(new DeadlineReminders.Run(2, 1));
        assertThat((String) smtp.getReceivedMessages()[1].getContent()).contains("hôm nay là hạn chót");
        assertThat(reminders.remind("system", today.plusDays(3))).as("after the deadline: the council decides")
                .isEqualTo(new DeadlineReminders.Run(0, 0));
        assertThat(audited()).isEqualTo(4);
    }

    @Test
    void aReminderWhoseEmailCouldNotBeSentIsTriedAgainNextTime() {
        smtp.stop();
        assertThat(reminders.remind("system", today)).as("Hải Trường has no address: reminded; Hải An: not yet")
                .isEqualTo(new DeadlineReminders.Run(1, 0));
        assertThat(reminders.dueToday()).hasSize(2);
        assertThat(audited()).as("no audit entry for the reminder that was not sent").isEqualTo(1);

        smtp.start();
        assertThat(reminders.remind("system", today)).isEqualTo(new DeadlineReminders.Run(1, 1));
        assertThat(smtp.getReceivedMessages()).hasSize(1);
        assertThat(audited()).isEqualTo(2);
    }

    @Test
    void theExplanationsReminderSaysHowManyRequestsWaitInEnglishToo() {
        Due work = new Due("2026", "Năm 2026", "hai-an", PeriodStatus.EXPLANATIONS, today.plusDays(1), 3);
        var officer = accounts.find("can-bo-hai-an").orElseThrow();
        assertThat(mail.text(officer, work, "Xã Hải An", today))
                .contains("Hội đồng thẩm định đang chờ Xã Hải An trả lời 3 đề nghị giải trình của Năm 2026")
                .contains("còn 1 ngày");
        ReminderMail english = new ReminderMail(null, messages, "x@y.z", "", "en");
        assertThat(english.subject(work, "Hai An commune"))
                .startsWith("[ParIndex] Reminder: Hai An commune to answer the explanation requests of Năm 2026 by");
        assertThat(english.text(officer, work, "Hai An commune", today))
                .contains("Sign in to ParIndex to open the assessment.");
    }

    @Autowired org.springframework.context.MessageSource messages;
    @Autowired org.parindex.app.assessments.Tasks tasks;
    @Autowired org.parindex.app.assessments.Explanations explanations;

    @Test
    void unansweredExplanationsAreDueWithTheUnitsOwnExtension() {
        long framework = periods.find("2023-H1").orElseThrow().frameworkId();
        lifecycle.open(ADMIN, "2027", "Năm 2027", framework, List.of("hai-an", "hai-truong"), today.plusDays(2),
                today.plusDays(20), today.plusDays(12), null);
        lifecycle.advance(ADMIN, "2027", periods.find("2027").orElseThrow().version(), true);
        lifecycle.advance(ADMIN, "2027", periods.find("2027").orElseThrow().version(), true);
        Viewer council = new Viewer("appraiser", Role.APPRAISER, null);
        explanations.ask(council, "2027", "hai-an", "1.1.1", "Đề nghị bổ sung kế hoạch");
        explanations.ask(council, "2027", "hai-an", "1.1.2", "Đề nghị bổ sung báo cáo");
        lifecycle.advance(ADMIN, "2027", periods.find("2027").orElseThrow().version(), true);
        assertThat(periods.find("2027").orElseThrow().status()).isEqualTo(PeriodStatus.EXPLANATIONS);

        assertThat(tasks.dueWithin(today, 30)).filteredOn(d -> d.period().equals("2027")).containsExactly(
                new Due("2027", "Năm 2027", "hai-an", PeriodStatus.EXPLANATIONS, today.plusDays(20), 2));
        lifecycle.extend(ADMIN, "2027", "hai-an", today.plusDays(25), "Chờ số liệu của huyện");
        assertThat(tasks.dueWithin(today, 30)).filteredOn(d -> d.period().equals("2027")).extracting(Due::due)
                .containsExactly(today.plusDays(25));
        assertThat(tasks.dueWithin(today, 21)).filteredOn(d -> d.period().equals("2027")).as("beyond the days")
                .isEmpty();
    }
    @Autowired MockMvc mvc;
    @Autowired UserDetailsService users;

    @Test
    void theServerRefusesAnythingButOnePlainAddressAndChangesNothing() throws Exception {
        var officer = accounts.find("can-bo-hai-truong").orElseThrow();
        for (String wrong : List.of("canbo@@haitruong.vn", "Cán bộ <canbo@haitruong.vn>", "a@b.vn, c@d.vn",
                "canbo", "x".repeat(250) + "@b.vn")) {
            mvc.perform(post("/admin/users/" + officer.id() + "/email").param("email", wrong).with(csrf())
                            .with(user(users.loadUserByUsername("admin"))))
                    .andExpect(flash().attribute("failed", "users.emailInvalid"));
        }
        assertThat(accounts.find("can-bo-hai-truong").orElseThrow()).isEqualTo(officer);
        mvc.perform(post("/admin/users/" + officer.id() + "/email").param("email", " vanthu@haitruong.gov.vn ")
                .with(csrf()).with(user(users.loadUserByUsername("admin"))))
                .andExpect(flash().attribute("done", "users.emailSaved"));
        assertThat(accounts.find("can-bo-hai-truong").orElseThrow().email()).isEqualTo("vanthu@haitruong.gov.vn");
        assertThat(jdbc.sql("SELECT COUNT(*) FROM audit_entries WHERE action = 'user.email'").query(Long.class)
                .single()).isOne();
        mvc.perform(post("/admin/users/" + officer.id() + "/email").param("email", "")
                .with(csrf()).with(user(users.loadUserByUsername("can-bo-hai-truong"))))
                .andExpect(status().isForbidden());
        mvc.perform(post("/admin/users/" + officer.id() + "/email").param("email", "")
                .with(csrf()).with(user(users.loadUserByUsername("admin"))));
        assertThat(accounts.find("can-bo-hai-truong").orElseThrow().email()).as("blank removes it").isNull();
    }

    private long audited() {
        return jdbc.sql("SELECT COUNT(*) FROM audit_entries WHERE action = 'deadline.remind'").query(Long.class)
                .single();
    }
}
