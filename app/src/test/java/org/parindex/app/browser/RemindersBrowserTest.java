package org.parindex.app.browser;

import static org.assertj.core.api.Assertions.assertThat;

import com.icegreen.greenmail.junit5.GreenMailExtension;
import com.microsoft.playwright.Locator;
import com.microsoft.playwright.Page;
import com.microsoft.playwright.options.AriaRole;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.List;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.parindex.app.accounts.Accounts;
import org.parindex.app.accounts.Role;
import org.parindex.app.accounts.Viewer;
import org.parindex.app.assessments.PeriodLifecycle;
import org.parindex.app.periods.Periods;
import org.parindex.app.support.MailServer;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;

/**
 * The admin gives an officer an e-mail address (a wrong one is refused and changes nothing), finds the units whose
 * deadline is near from the period page, sends today's reminders, and the officer's mailbox gets one.
 */
class RemindersBrowserTest extends BrowserTest {

    private static final int PORT = MailServer.freePort();

    @RegisterExtension
    static GreenMailExtension smtp = MailServer.on(PORT);

    static final Viewer ADMIN = new Viewer("admin", Role.ADMIN, null);

    @Autowired PeriodLifecycle lifecycle;
    @Autowired Periods periods;
    @Autowired Accounts accounts;

    @DynamicPropertySource
    static void mailServer(DynamicPropertyRegistry registry) {
        registry.add("spring.mail.host", () -> "127.0.0.1");
        registry.add("spring.mail.port", () -> PORT);
        registry.add("parindex.reminders.cron", () -> "-");
    }

    @BeforeAll
    void aPeriodWhoseSelfAssessmentIsDueTomorrow() {
        LocalDate today = LocalDate.now(ZoneId.of("Asia/Ho_Chi_Minh"));
        long framework = periods.find("2023-H1").orElseThrow().frameworkId();
        lifecycle.open(ADMIN, "2026", "Năm 2026", framework, List.of("hai-truong", "hai-an"), today.plusDays(1),
                today.plusDays(14), today.plusDays(10), null);
        lifecycle.advance(ADMIN, "2026", periods.find("2026").orElseThrow().version());
    }

    @Test
    void theAdminSetsAnAddressAndSendsTodaysReminders() throws Exception {
        Visitor admin = visitor().logIn("admin", "admin-demo");
        admin.open("/admin/users");
        Locator address = admin.page.getByLabel("Thư điện tử của can-bo-hai-truong");
        address.fill("canbo@@hai-truong");
        submitRowOf(address);
        assertThat((Boolean) address.evaluate("e => e.validity.valid")).as("the browser says so first").isFalse();
        assertThat(accounts.find("can-bo-hai-truong").orElseThrow().email()).isNull();

        address = admin.page.getByLabel("Thư điện tử của can-bo-hai-truong");
        address.fill("vanthu@haitruong.gov.vn");
        submitRowOf(address);
        assertThat(admin.page.locator(".alert-success").innerText()).contains("Đã lưu địa chỉ thư điện tử");
        assertThat(admin.page.getByLabel("Thư điện tử của can-bo-hai-truong").inputValue())
                .isEqualTo("vanthu@haitruong.gov.vn");
        Screenshots.save(admin.page, "users-email");

        admin.open("/assessments/2026");
        admin.click("Nhắc hạn các đơn vị còn việc");
        assertThat(admin.page.locator("#due").innerText()).contains("Xã Hải Trường").contains("Xã Hải An")
                .contains("Gửi bản tự đánh giá");
        assertThat(admin.page.locator("main").innerText()).contains("Chưa gửi lời nhắc nào.");
        admin.page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Gửi nhắc hạn ngay")).click();
        admin.page.waitForLoadState();

        assertThat(admin.page.locator("[role=status]").innerText()).isEqualTo("Đã nhắc 2 đơn vị (1 thư).");
        String now = java.time.ZonedDateTime.now(ZoneId.of("Asia/Ho_Chi_Minh"))
                .format(java.time.format.DateTimeFormatter.ofPattern("dd/MM/yyyy HH"));
        assertThat(admin.page.locator("#sent").innerText()).contains("Xã Hải Trường").contains("Xã Hải An")
                .contains("Năm 2026 · Đang tự đánh giá").contains("1/1").contains("0/1").as("Việt Nam's time")
                .contains(now);
        assertThat(smtp.getReceivedMessages()).hasSize(1);
        assertThat(smtp.getReceivedMessages()[0].getSubject()).contains("Xã Hải Trường gửi bản tự đánh giá Năm 2026");
        Screenshots.save(admin.page, "reminders");

        admin.page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Gửi nhắc hạn ngay")).click();
        admin.page.waitForLoadState();
        assertThat(admin.page.locator("[role=status]").innerText()).as("once a day")
                .isEqualTo("Đã nhắc 0 đơn vị (0 thư).");
        assertThat(smtp.getReceivedMessages()).hasSize(1);

        Visitor phone = phoneVisitor().logIn("admin", "admin-demo");
        phone.open("/admin/reminders");
        Screenshots.save(phone.page, "reminders-phone");
        phone.open("/admin/users");
        Screenshots.save(phone.page, "users-email-phone");
    }

    private static void submitRowOf(Locator input) {
        input.locator("xpath=ancestor::form").getByRole(AriaRole.BUTTON).click();
        input.page().waitForLoadState();
    }
}
