package org.parindex.app.web;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestBuilders.formLogin;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;

import org.junit.jupiter.api.Test;
import org.parindex.app.accounts.Accounts;
import org.parindex.app.accounts.Role;
import org.parindex.app.periods.PeriodStages;
import org.parindex.app.periods.PeriodStatus;
import org.parindex.app.periods.Periods;
import org.parindex.app.support.Database;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;
import org.springframework.test.web.servlet.MockMvc;

/** A first start on an empty database: the Hải Lăng demo, demo accounts, login, lockout, language. */
@SpringBootTest(properties = "parindex.demo=true")
@AutoConfigureMockMvc
class FirstStartAndLoginTest {

    @Autowired MockMvc mvc;
    @Autowired Accounts accounts;
    @Autowired Periods periods;
    @Autowired PeriodStages stages;
    @Autowired UserDetailsService users;
    @Autowired org.springframework.jdbc.core.simple.JdbcClient jdbc;

    @DynamicPropertySource
    static void database(DynamicPropertyRegistry registry) {
        Database.h2(registry);
    }

    @Test
    void theDemoShowsHaiTruongSixthWith73Point9In2023H1() throws Exception {
        assertThat(accounts.find("admin").orElseThrow().role()).isEqualTo(Role.ADMIN);
        assertThat(accounts.find("appraiser").orElseThrow().role()).isEqualTo(Role.APPRAISER);
        assertThat(accounts.find("viewer").orElseThrow().role()).isEqualTo(Role.VIEWER);
        assertThat(accounts.find("can-bo-hai-truong").orElseThrow().unitCode()).isEqualTo("hai-truong");
        String json = mvc.perform(get("/api/v1/units/hai-truong").param("period", "2023-H1")
                .with(user(users.loadUserByUsername("can-bo-hai-truong")))).andReturn().getResponse()
                .getContentAsString();
        assertThat(json).contains("\"rank\":6", "\"of\":16", "\"index\":73.9", "\"bandName\":\"Khá\"");
    }

    @Test
    void demoAccountsLogInWithTheirListedPasswords() throws Exception {
        for (String[] login : new String[][] {{"admin", "admin-demo"}, {"appraiser", "appraiser-demo"},
            {"viewer", "viewer-demo"}, {"can-bo-hai-truong", "can-bo-demo"}}) {
            String target = mvc.perform(formLogin("/login").user(login[0]).password(login[1])).andReturn()
                    .getResponse().getRedirectedUrl();
            assertThat(target).as(login[0]).isEqualTo("/");
        }
    }

    @Test
    void fiveFailedLoginsFromOneSourceLockTheAccountThereOnlyUntilAnAdminUnlocksIt() throws Exception {
        var a = accounts.create("thu-nghiem", "Thử nghiệm", "right-password", Role.VIEWER, null);
        for (int i = 0; i < 5; i++) {
            assertThat(login("thu-nghiem", "wrong", "10.0.0.1")).isEqualTo("/login?error");
        }
        assertThat(login("thu-nghiem", "right-password", "10.0.0.1")).isEqualTo("/login?error");
        assertThat(login("thu-nghiem", "right-password", "10.0.0.2")).as("another source").isEqualTo("/");
        mvc.perform(post("/admin/users/" + a.id() + "/unlock").with(csrf())
                .with(user(users.loadUserByUsername("admin")))).andReturn();
        assertThat(login("thu-nghiem", "right-password", "10.0.0.1")).isEqualTo("/");
    }

    @Test
    void anUnknownAccountGetsTheSameAnswerAndASourceIsThrottledAcrossAccounts() throws Exception {
        for (int i = 0; i < 5; i++) {
            assertThat(login("admin", "wrong", "10.0.1.1")).isEqualTo("/login?error");
            assertThat(login("khong-ton-tai", "wrong", "10.0.1.1")).isEqualTo("/login?error");
        }
        assertThat(login("admin", "admin-demo", "10.0.1.1")).isEqualTo("/login?error");
        assertThat(login("khong-ton-tai", "admin-demo", "10.0.1.1")).isEqualTo("/login?error");
        for (int i = 0; i < 10; i++) {
            login("ten-" + i, "wrong", "10.0.1.1");
        }
        assertThat(login("viewer", "viewer-demo", "10.0.1.1")).as("20 failures from one source").isEqualTo("/login?error");
        assertThat(login("admin", "admin-demo", "10.0.1.9")).as("the admin elsewhere").isEqualTo("/");
        String longName = "x".repeat(5000);
        assertThat(login(longName, "wrong", "10.0.1.2")).isEqualTo("/login?error");
    }

    @Test
    void loginsTheServerCouldNotCheckAreNotCountedAgainstTheSource() throws Exception {
        jdbc.sql("ALTER TABLE users RENAME TO users_away").update();   // the accounts cannot be read
        try {
            for (int i = 0; i < 25; i++) {
                assertThat(login("viewer", "viewer-demo", "10.0.3.1")).isEqualTo("/login?unavailable");
            }
        } finally {
            jdbc.sql("ALTER TABLE users_away RENAME TO users").update();
        }
        assertThat(mvc.perform(get("/login").param("unavailable", "")).andReturn().getResponse()
                .getContentAsString()).contains("Hệ thống đang bận nên chưa kiểm tra được mật khẩu");
        assertThat(login("viewer", "viewer-demo", "10.0.3.1")).as("not locked out").isEqualTo("/");
    }

    private String login(String user, String password, String source) throws Exception {
        return mvc.perform(post("/login").param("username", user).param("password", password).with(csrf()).with(r -> {
            r.setRemoteAddr(source);
            return r;
        })).andReturn().getResponse().getRedirectedUrl();
    }

    @Test
    void resultsOfAnUnpublishedPeriodAreForTheCouncilOnly() throws Exception {
        stages.apply(periods.find("2023-H1").orElseThrow().reopened());
        try {
            assertThat(status("/api/v1/periods/2023-H1/results", null)).isEqualTo(401);
            assertThat(status("/api/v1/periods/2023-H1/results", "can-bo-hai-truong")).isEqualTo(403);
            assertThat(status("/api/v1/periods/2023-H1/results", "viewer")).isEqualTo(200);
            assertThat(status("/api/v1/periods/2023-H1/results", "appraiser")).isEqualTo(200);
            assertThat(mvc.perform(get("/api/v1/periods")).andReturn().getResponse().getContentAsString())
                    .doesNotContain("\"2023-H1\"");
        } finally {
            var p = periods.find("2023-H1").orElseThrow();
            while (p.nextStatus() != PeriodStatus.LOCKED) {
                p = stages.apply(p.advanced());
            }
            stages.apply(stages.apply(p.locked()).published());
        }
    }

    @Test
    void pagesAreVietnameseByDefaultAndEnglishOnRequest() throws Exception {
        String vi = mvc.perform(get("/login")).andReturn().getResponse().getContentAsString();
        assertThat(vi).contains("Đăng nhập", "Mật khẩu", "_csrf");
        String en = mvc.perform(get("/login").param("lang", "en")).andReturn().getResponse().getContentAsString();
        assertThat(en).contains("Log in", "Password");
        String home = mvc.perform(get("/")).andReturn().getResponse().getContentAsString();
        assertThat(home).contains("6 tháng đầu năm 2023", "dữ liệu minh họa");
    }

    private int status(String path, String username) throws Exception {
        var request = get(path);
        if (username != null) {
            request = request.with(user(users.loadUserByUsername(username)));
        }
        return mvc.perform(request).andReturn().getResponse().getStatus();
    }
}
