package org.parindex.app.web;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowable;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.parindex.app.accounts.Accounts;
import org.parindex.app.support.Database;
import org.parindex.app.units.Unit;
import org.parindex.app.units.Units;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;
import org.springframework.test.web.servlet.MockMvc;

/** A controller action's change and its audit entry are one: when the audit cannot be written, nothing changes. */
@SpringBootTest(properties = "parindex.demo=true")
@AutoConfigureMockMvc
class AdminChangeAuditTest {

    @Autowired MockMvc mvc;
    @Autowired Units units;
    @Autowired Accounts accounts;
    @Autowired UserDetailsService users;
    @Autowired JdbcClient jdbc;

    @DynamicPropertySource
    static void database(DynamicPropertyRegistry registry) {
        Database.h2(registry);
    }

    @AfterEach
    void auditWritesAgain() {
        jdbc.sql("ALTER TABLE audit_entries DROP CONSTRAINT IF EXISTS audit_fails").update();
    }

    private void auditFailsFor(String action) {
        jdbc.sql("ALTER TABLE audit_entries ADD CONSTRAINT audit_fails CHECK (action <> '" + action + "')").update();
    }

    private long audited(String action) {
        return jdbc.sql("SELECT COUNT(*) FROM audit_entries WHERE action = :a").param("a", action)
                .query(Long.class).single();
    }

    @Test
    void aRenameWhoseAuditEntryCannotBeWrittenIsRolledBack() throws Exception {
        Unit before = units.find("hai-truong").orElseThrow();
        auditFailsFor("unit.rename");

        catchThrowable(() -> mvc.perform(post("/admin/units/hai-truong/rename").param("name", "Tên mới")
                .param("version", Integer.toString(before.version())).with(csrf())
                .with(user(users.loadUserByUsername("admin")))));

        assertThat(units.find("hai-truong").orElseThrow()).isEqualTo(before);
        assertThat(audited("unit.rename")).isZero();

        auditWritesAgain();
        mvc.perform(post("/admin/units/hai-truong/rename").param("name", "Tên mới")
                .param("version", Integer.toString(before.version())).with(csrf())
                .with(user(users.loadUserByUsername("admin"))));
        assertThat(units.find("hai-truong").orElseThrow().name()).isEqualTo("Tên mới");
        assertThat(audited("unit.rename")).isOne();
    }

    @Test
    void aMergeWhoseAuditEntryCannotBeWrittenLeavesEveryUnitAsItWas() throws Exception {
        long before = units.count();
        auditFailsFor("unit.merge");

        catchThrowable(() -> mvc.perform(post("/admin/units/merge").param("merged", "hai-truong", "hai-an")
                .param("code", "hai-moi").param("name", "Xã Hải Mới").param("group", "commune")
                .param("from", "2030-01-01").with(csrf()).with(user(users.loadUserByUsername("admin")))));

        assertThat(units.count()).isEqualTo(before);
        assertThat(units.find("hai-truong").orElseThrow().validTo()).isNull();
    }

    @Test
    void aPasswordResetWhoseAuditEntryCannotBeWrittenKeepsTheOldPassword() throws Exception {
        var viewer = accounts.find("viewer").orElseThrow();
        auditFailsFor("user.password");

        catchThrowable(() -> mvc.perform(post("/admin/users/" + viewer.id() + "/password")
                .param("password", "a-new-password").with(csrf()).with(user(users.loadUserByUsername("admin")))));

        assertThat(accounts.find("viewer").orElseThrow().passwordHash()).isEqualTo(viewer.passwordHash());
    }
}
