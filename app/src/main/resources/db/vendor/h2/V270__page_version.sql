-- issue 13: the version of everything the public pages show (see db/vendor/postgresql/V270__page_version.sql);
-- on H2 the trigger is a Java class, run once per statement.
CREATE TABLE page_version (
    id          INTEGER PRIMARY KEY CHECK (id = 1),
    version     BIGINT NOT NULL,
    changed_at  TIMESTAMP WITH TIME ZONE NOT NULL
);
INSERT INTO page_version (id, version, changed_at) VALUES (1, 1, CURRENT_TIMESTAMP);
CREATE TRIGGER page_version_units AFTER INSERT, UPDATE, DELETE ON units FOR EACH STATEMENT CALL 'org.parindex.app.results.internal.PageVersionTrigger';
CREATE TRIGGER page_version_unit_predecessors AFTER INSERT, UPDATE, DELETE ON unit_predecessors FOR EACH STATEMENT CALL 'org.parindex.app.results.internal.PageVersionTrigger';
CREATE TRIGGER page_version_unit_groups AFTER INSERT, UPDATE, DELETE ON unit_groups FOR EACH STATEMENT CALL 'org.parindex.app.results.internal.PageVersionTrigger';
CREATE TRIGGER page_version_frameworks AFTER INSERT, UPDATE, DELETE ON frameworks FOR EACH STATEMENT CALL 'org.parindex.app.results.internal.PageVersionTrigger';
CREATE TRIGGER page_version_periods AFTER INSERT, UPDATE, DELETE ON periods FOR EACH STATEMENT CALL 'org.parindex.app.results.internal.PageVersionTrigger';
CREATE TRIGGER page_version_period_units AFTER INSERT, UPDATE, DELETE ON period_units FOR EACH STATEMENT CALL 'org.parindex.app.results.internal.PageVersionTrigger';
CREATE TRIGGER page_version_results AFTER INSERT, UPDATE, DELETE ON results FOR EACH STATEMENT CALL 'org.parindex.app.results.internal.PageVersionTrigger';
CREATE TRIGGER page_version_left_out_units AFTER INSERT, UPDATE, DELETE ON left_out_units FOR EACH STATEMENT CALL 'org.parindex.app.results.internal.PageVersionTrigger';
CREATE TRIGGER page_version_indicator_observations AFTER INSERT, UPDATE, DELETE ON indicator_observations FOR EACH STATEMENT CALL 'org.parindex.app.results.internal.PageVersionTrigger';
CREATE TRIGGER page_version_surveys AFTER INSERT, UPDATE, DELETE ON surveys FOR EACH STATEMENT CALL 'org.parindex.app.results.internal.PageVersionTrigger';
CREATE TRIGGER page_version_survey_responses AFTER INSERT, UPDATE, DELETE ON survey_responses FOR EACH STATEMENT CALL 'org.parindex.app.results.internal.PageVersionTrigger';
CREATE TRIGGER page_version_plan_actions AFTER INSERT, UPDATE, DELETE ON plan_actions FOR EACH STATEMENT CALL 'org.parindex.app.results.internal.PageVersionTrigger';
CREATE TRIGGER page_version_plan_notes AFTER INSERT, UPDATE, DELETE ON plan_notes FOR EACH STATEMENT CALL 'org.parindex.app.results.internal.PageVersionTrigger';
CREATE TRIGGER page_version_settings AFTER INSERT, UPDATE, DELETE ON settings FOR EACH STATEMENT CALL 'org.parindex.app.results.internal.PageVersionTrigger';
CREATE TRIGGER page_version_published_versions AFTER INSERT, UPDATE, DELETE ON published_versions FOR EACH STATEMENT CALL 'org.parindex.app.results.internal.PageVersionTrigger';
