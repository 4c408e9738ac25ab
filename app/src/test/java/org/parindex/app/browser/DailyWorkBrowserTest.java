package org.parindex.app.browser;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;
import static org.assertj.core.api.Assertions.assertThat;

import com.microsoft.playwright.Locator;
import com.microsoft.playwright.Page;
import com.microsoft.playwright.options.FilePayload;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.parindex.app.accounts.Role;
import org.parindex.app.accounts.Viewer;
import org.parindex.app.assessments.ItemInput;
import org.parindex.app.assessments.PeriodLifecycle;
import org.parindex.app.assessments.ScoreEntry;
import org.parindex.app.periods.Periods;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;

/**
 * Issue 9, daily work: nothing typed on a sheet is lost by an upload, a question or an answer (none reloads the
 * page), leaving with unsaved input asks first, and a stage change, the lock and publication show what is still
 * open and need the admin's confirmation; units without a result are left out of the public ranking only with a
 * reason shown there, and ranks are compared only with a comparable ranking.
 */
class DailyWorkBrowserTest extends BrowserTest {

    static final Viewer ADMIN = new Viewer("admin", Role.ADMIN, null);
    static final byte[] PDF = "%PDF-1.4\n1 0 obj << >> endobj\ntrailer << >>\n%%EOF\n".getBytes(StandardCharsets.ISO_8859_1);

    @Autowired PeriodLifecycle lifecycle;
    @Autowired Periods periods;
    @Autowired ScoreEntry entry;

    @DynamicPropertySource
    static void evidence(DynamicPropertyRegistry registry) {
        registry.add("parindex.evidence.dir", () -> System.getProperty("java.io.tmpdir") + "/parindex-i9-evidence");
    }

    @Test
    void uploadsQuestionsAndAnswersKeepWhatWasTyped() {
        String code = "nhap-9a";
        String sheet = "/assessments/" + code + "/units/hai-truong";
        openPeriod(code, List.of("hai-truong", "hai-an"));
        lifecycle.advance(ADMIN, code, version(code));

        Visitor officer = visitor().logIn("can-bo-hai-truong", "can-bo-demo");
        Page page = officer.page;
        officer.open(sheet);
        markPage(page);
        assertThat(page.locator("#self-share")).containsText("Phần đơn vị tự chấm");
        assertThat(page.locator("#self-share")).containsText("chưa tính ở cột tự chấm");
        assertThat(page.locator("#item-1\\.1\\.2 .hint").first()).containsText("Nhập số đo");
        Locator number = page.locator("input.score:not(.na)").first();
        String numberName = number.getAttribute("name");
        number.fill("1");
        Locator note = page.locator("textarea[name^='n.']").first();
        note.fill("Ghi chú chưa lưu");

        Locator zone = page.locator(".dropzone").nth(1);
        zone.locator("button").click();
        assertThat(zone.locator(".progress-list li.text-danger")).containsText("Chưa chọn tệp");
        zone.locator("input[type=file]").setInputFiles(new FilePayload("ke-hoach.pdf", "application/pdf", PDF));
        zone.locator("button").click();
        assertThat(zone.locator(".progress-list li.text-success")).containsText("ke-hoach.pdf");
        assertThat(zone.locator("xpath=ancestor::td").locator(".files")).containsText("ke-hoach.pdf");
        assertNotReloaded(page);
        assertThat(page.locator("[name='" + numberName + "']")).hasValue("1");
        assertThat(note).hasValue("Ghi chú chưa lưu");
        Screenshots.save(page, "daily-work/01-officer-upload-keeps-typing");

        List<String> dialogs = leaveWithUnsavedInput(page);
        assertThat(dialogs).containsExactly("beforeunload");
        assertNotReloaded(page);

        page.locator("#save").click();
        page.waitForLoadState();
        assertThat(page.locator("#info")).containsText("Đã lưu");
        assertThat(page.locator("[name='" + numberName + "']")).hasValue("1");

        lifecycle.advance(ADMIN, code, version(code));
        Visitor appraiser = visitor().logIn("appraiser", "appraiser-demo");
        Page council = appraiser.page;
        appraiser.open(sheet);
        markPage(council);
        Locator round1 = council.locator("input.score:not(.na)").nth(1);
        String round1Name = round1.getAttribute("name");
        String before = council.locator("#stage-points").textContent();
        council.waitForResponse(r -> r.url().endsWith("/preview"), () -> round1.fill("0"));
        council.waitForTimeout(300);
        String live = council.locator("#stage-points").textContent();
        List<Locator> asks = new ArrayList<>();
        Locator details = council.locator("details:has(form.ask-form)");
        for (int i = 0; i < 2; i++) {
            Locator ask = details.nth(i);
            ask.locator("summary").click();
            ask.locator("textarea[name=question]").fill("Câu hỏi " + (i + 1) + ": đề nghị bổ sung tài liệu");
            ask.locator("button.ask").click();
            assertThat(council.locator("#info")).containsText("Đã gửi đề nghị giải trình");
            asks.add(ask);
        }
        assertThat(asks.get(0).locator("xpath=ancestor::tr").locator(".explanation"))
                .containsText("Câu hỏi của hội đồng: Câu hỏi 1");
        assertNotReloaded(council);
        assertThat(council.locator("[name='" + round1Name + "']")).hasValue("0");
        Screenshots.save(council, "daily-work/02-appraiser-asks-without-reload");
        council.locator("#save").click();
        council.waitForLoadState();
        assertThat(council.locator("#info")).containsText("Đã lưu");
        assertThat(council.locator("#stage-points")).hasText(live);   // the live total before saving = the saved one
        assertThat(live).as("the item the unit scored still counts").isEqualTo(before);
        assertThat(council.locator(".accept-field").first()).isVisible();
        council.locator("#accept-all").click();
        council.waitForLoadState();
        assertThat(council.locator("#info")).containsText("Đã chấp nhận điểm hiện có cho");
        assertThat(council.locator(".accept-field")).hasCount(0);   // nothing left to accept in any field
        assertThat(council.locator("#accept-all")).hasCount(0);

        lifecycle.advance(ADMIN, code, version(code));
        officer.open(sheet);
        markPage(page);
        Locator answers = page.locator("form.answer-form");
        assertThat(answers).hasCount(2);
        answers.nth(1).locator("textarea").fill("Giải trình thứ hai, chưa gửi");
        Locator first = answers.nth(0);
        first.locator("textarea").fill("Đã bổ sung biên bản");
        first.locator("button.answer").click();
        assertThat(page.locator("#info")).containsText("Đã gửi giải trình");
        assertThat(page.locator(".explanation .text-success").first()).hasText("Đã bổ sung biên bản");
        assertThat(page.locator("form.answer-form textarea")).hasValue("Giải trình thứ hai, chưa gửi");
        assertNotReloaded(page);
        assertThat(leaveWithUnsavedInput(page)).as("an answer typed but not sent").containsExactly("beforeunload");
        Screenshots.save(page, "daily-work/03-officer-answers-without-reload");
    }

    @Test
    void publishingAnIncompletePeriodAsksAndThePublicRankingSaysWhoIsLeftOut() {
        String code = "nhap-9b";
        openPeriod(code, List.of("hai-truong", "hai-an"));
        lifecycle.advance(ADMIN, code, version(code));
        Viewer officer = new Viewer("can-bo-hai-truong", Role.UNIT_OFFICER, "hai-truong");
        entry.save(officer, code, "hai-truong", 0, List.of(new ItemInput("1.1.1", "yes", "")), null);

        Visitor admin = visitor().logIn("admin", "admin-demo");
        Page page = admin.page;
        admin.open("/assessments/" + code);
        assertThat(page.locator("#open-work .not-submitted")).containsText("2 đơn vị chưa gửi bản tự đánh giá");
        assertThat(page.locator("#open-work .not-submitted")).containsText("Xã Hải An");
        page.locator("#confirm-advance").evaluate("box => box.removeAttribute('required')");
        page.locator("#advance").click();
        page.waitForLoadState();
        assertThat(page.locator("#error")).containsText("còn việc dở");
        assertThat(page.locator("#period-status")).containsText("Đang tự đánh giá");

        for (String stage : List.of("Thẩm định vòng 1", "Giải trình")) {
            page.locator("#confirm-advance").check();
            page.locator("#advance").click();
            page.waitForLoadState();
            assertThat(page.locator("#period-status")).containsText(stage);
        }
        page.locator("#confirm-lock").check();
        page.locator("#lock").click();
        page.waitForLoadState();
        assertThat(page.locator("#period-status")).containsText("Đã khóa");
        assertThat(page.locator("#open-work .without-result")).containsText("1 đơn vị chưa có kết quả: Xã Hải An");
        Screenshots.save(page, "daily-work/04-admin-sees-what-is-open-before-publishing");

        page.locator("#confirm-publish").check();
        page.locator("#leave-out-reason").evaluate("box => box.removeAttribute('required')");
        page.locator("#publish").click();
        page.waitForLoadState();
        assertThat(page.locator("#error")).containsText("hãy ghi lý do");
        page.locator("#confirm-publish").check();
        page.locator("#leave-out-reason").fill("Xã Hải An không gửi bản tự đánh giá đúng hạn");
        page.locator("#publish").click();
        page.waitForLoadState();
        assertThat(page.locator("#period-status")).containsText("Đã công bố");

        Visitor anonymous = visitor();
        anonymous.open("/results/" + code);
        Page pub = anonymous.page;
        assertThat(pub.locator("#left-out")).containsText("Không xếp hạng 1 đơn vị");
        assertThat(pub.locator("#left-out")).containsText("Xã Hải An: Xã Hải An không gửi bản tự đánh giá đúng hạn");
        assertThat(pub.locator("#ranking tbody tr")).hasCount(1);
        assertThat(pub.locator("#ranking .change-up, #ranking .change-down, #ranking .change-same")).hasCount(0);
        assertThat(pub.locator("#no-rank-change")).containsText("không gồm cùng các đơn vị");
        // a published unit page is public: the ranking links to it
        assertThat(pub.locator("#ranking a.unit-link")).hasCount(1);
        Screenshots.save(pub, "daily-work/05-public-ranking-says-who-is-left-out");
        anonymous.open("/results/" + code + "/overview");
        assertThat(pub.locator("#left-out")).containsText("Xã Hải An không gửi bản tự đánh giá đúng hạn");

        admin.open("/assessments/" + code + "/audit");
        String audit = page.locator("#audit, table").first().innerText();
        assertThat(audit).contains("Chuyển giai đoạn", "Đã khóa", "Công bố kết quả", "Không xếp hạng đơn vị chưa có kết quả")
                .doesNotContain("period.", "score.", "LOCKED", "APPRAISAL_1", "SELF_ASSESSMENT", "PUBLISHED");
        admin.open("/assessments/" + code + "/units/hai-truong/items/1.1.1/history");
        assertThat(page.locator("#history")).containsText("Điểm tự chấm");
        assertThat(page.locator("#history")).containsText("Có");
        assertThat(page.locator("#history")).not().containsText("score.self");
        Screenshots.save(page, "daily-work/05d-history-in-words");

        Visitor phone = phoneVisitor();
        phone.open("/results/" + code);
        assertThat(Accessibility.overflow(phone.page)).as("the ranking of a long-named period at 390 px").isLessThanOrEqualTo(0);
        Screenshots.save(phone.page, "daily-work/05b-public-ranking-phone");
        phone.logIn("viewer", "viewer-demo");
        phone.open("/units/hai-truong?period=" + code);
        assertThat(Accessibility.overflow(phone.page)).as("the unit page at 390 px").isLessThanOrEqualTo(0);
        assertThat(phone.page.locator("#left-out")).containsText("Xã Hải An");   // "thứ 1 trong tổng số 1 xã" explained
        Screenshots.save(phone.page, "daily-work/05c-unit-page-phone");

        admin.open("/units/hai-truong?period=" + code);
        assertThat(page.locator("#rank-change")).hasCount(0);
        admin.open("/units/hai-truong?period=2023-H1");
        assertThat(page.locator("#rank-change")).containsText("trong 16 đơn vị");
    }

    @Test
    void thePeriodFormNamesEachProblemBesideItsFieldKeepsTheInputAndADraftCanBeDeleted() {
        Visitor admin = visitor().logIn("admin", "admin-demo");
        Page page = admin.page;
        admin.open("/assessments");
        LocalDate today = LocalDate.now(ZoneId.of("Asia/Ho_Chi_Minh"));
        assertThat(page.locator("#open-framework option:checked")).containsText("2023-2025");   // the newest
        page.locator("#open-code").fill("Năm 2025/I");
        page.locator("#open-name").fill("Năm 2025 (đợt I)");
        page.locator("#open-selfDue").fill(today.plusDays(10).toString());
        page.locator("#open-round1Due").fill(today.plusDays(5).toString());
        page.locator("#open-explanationsDue").fill(today.plusDays(20).toString());
        page.locator("#open-period button.btn-primary").click();
        page.waitForLoadState();
        assertThat(page.locator("#open-problems")).isVisible();
        assertThat(page.locator("#open-code-problem")).containsText("Gợi ý: nam-2025-i");
        assertThat(page.locator("#open-round1Due-problem")).containsText("sau hạn của giai đoạn trước");
        assertThat(page.locator("#open-units-problem")).containsText("ít nhất một đơn vị");
        assertThat(page.locator("#open-code")).hasValue("Năm 2025/I");
        assertThat(page.locator("#open-name")).hasValue("Năm 2025 (đợt I)");
        assertThat(page.locator("#open-selfDue")).hasValue(today.plusDays(10).toString());
        Screenshots.save(page, "daily-work/06-period-form-problems-beside-fields");

        page.locator("#open-code").fill("2023-H1");
        page.locator("#open-round1Due").fill(today.plusDays(12).toString());
        page.locator("#open-all-units").check();
        assertThat(page.locator(".unit-choice:not(:checked)")).hasCount(0);
        page.locator("#open-period button.btn-primary").click();
        page.waitForLoadState();
        assertThat(page.locator("#open-code-problem")).containsText("Đã có kỳ đánh giá mã 2023-H1");
        assertThat(page.locator(".unit-choice:not(:checked)")).hasCount(0);

        page.locator("#open-code").fill("nam-2025-i");
        page.locator("#open-period button.btn-primary").click();
        page.waitForURL("**/assessments/nam-2025-i");
        assertThat(page.locator("#period-status")).containsText("Dự thảo");
        page.onceDialog(com.microsoft.playwright.Dialog::accept);
        page.locator("#delete-draft").click();
        page.waitForURL("**/assessments");
        assertThat(page.locator("#info")).containsText("Đã xóa kỳ đánh giá nháp nam-2025-i");
        assertThat(periods.find("nam-2025-i")).isEmpty();
    }

    @Test
    void onAPhoneEachItemIsOneBlockAndSavingIsAlwaysAtHand() {
        String code = "nhap-9c";
        openPeriod(code, List.of("hai-truong"));
        lifecycle.advance(ADMIN, code, version(code));
        Visitor officer = phoneVisitor().logIn("can-bo-hai-truong", "can-bo-demo");
        Page page = officer.page;
        officer.open("/assessments/" + code + "/units/hai-truong");
        page.waitForSelector("body[data-sheet-ready]");
        assertThat(Accessibility.overflow(page)).isLessThanOrEqualTo(0);
        Locator item = page.locator("#item-1\\.1\\.2");
        var box = item.boundingBox();
        assertThat(box.width).isLessThanOrEqualTo(390);
        var name = item.locator("td").first().boundingBox();
        var input = item.locator(".score").first().boundingBox();
        assertThat(input.y).as("the input is below its name, in the same block").isGreaterThan(name.y);
        assertThat(input.x + input.width).isLessThanOrEqualTo(390);
        page.locator("#item-4\\.1\\.1").scrollIntoViewIfNeeded();
        var save = page.locator("#save").boundingBox();
        assertThat(save.y + save.height).as("Lưu nháp stays in the window").isLessThanOrEqualTo(844);
        assertThat(save.y).isGreaterThanOrEqualTo(0);
        page.screenshot(new Page.ScreenshotOptions().setPath(Screenshots.folder().resolve("daily-work/07-phone-sheet.png")));
        Screenshots.save(page, "daily-work/07-phone-sheet-full");
    }

    private void openPeriod(String code, List<String> units) {
        LocalDate today = LocalDate.now(ZoneId.of("Asia/Ho_Chi_Minh"));
        long framework = periods.find("2023-H1").orElseThrow().frameworkId();
        lifecycle.open(ADMIN, code, "Kỳ đánh giá Chỉ số cải cách hành chính năm 2025 (bản nháp " + code + ")",
                framework, units, today.plusDays(7), today.plusDays(14),
                today.plusDays(10), null);
    }

    private int version(String code) {
        return periods.find(code).orElseThrow().version();
    }

    /** A mark on the page's window: it survives only as long as the page is not reloaded. */
    private static void markPage(Page page) {
        page.waitForSelector("body[data-sheet-ready]");
        page.evaluate("window.__notReloaded = true");
    }

    private static void assertNotReloaded(Page page) {
        assertThat(page.evaluate("window.__notReloaded === true")).isEqualTo(true);
    }

    /** Clicks the home link with unsaved input: the page asks (beforeunload), the test answers "stay". */
    private static List<String> leaveWithUnsavedInput(Page page) {
        List<String> dialogs = new ArrayList<>();
        java.util.function.Consumer<com.microsoft.playwright.Dialog> stay = d -> {
            dialogs.add(d.type());
            d.dismiss();
        };
        page.onDialog(stay);
        page.locator("a.navbar-brand").click();
        page.waitForTimeout(300);
        page.offDialog(stay);
        return dialogs;
    }
}
