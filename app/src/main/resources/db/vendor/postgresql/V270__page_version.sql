-- issue 13: the version of everything the public pages show, one row that every application node reads (O(1)) and
-- that a trigger bumps in the same transaction as any change to a table those pages are made from (results
-- computed or corrected, a period published or edited, units, frameworks, imports...), whatever code made it.
-- A new table that public pages show gets the same trigger (result_nodes has none: it changes only with results, and
-- a branch drops it). PostgreSQL: statement-level triggers (one bump per
-- INSERT/UPDATE/DELETE/TRUNCATE statement, however many rows); the row lock is held to the commit, so writers of
-- these tables commit one after another (they are administrative changes and survey answers, never sheet saves).
CREATE TABLE page_version (
    id          INTEGER PRIMARY KEY CHECK (id = 1),
    version     BIGINT NOT NULL,
    changed_at  TIMESTAMP WITH TIME ZONE NOT NULL
);
INSERT INTO page_version (id, version, changed_at) VALUES (1, 1, CURRENT_TIMESTAMP);

CREATE FUNCTION bump_page_version() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
    UPDATE page_version SET version = version + 1, changed_at = clock_timestamp() WHERE id = 1;
    RETURN NULL;
END
$$;
CREATE TRIGGER page_version_units AFTER INSERT OR UPDATE OR DELETE OR TRUNCATE ON units FOR EACH STATEMENT EXECUTE FUNCTION bump_page_version();
CREATE TRIGGER page_version_unit_predecessors AFTER INSERT OR UPDATE OR DELETE OR TRUNCATE ON unit_predecessors FOR EACH STATEMENT EXECUTE FUNCTION bump_page_version();
CREATE TRIGGER page_version_unit_groups AFTER INSERT OR UPDATE OR DELETE OR TRUNCATE ON unit_groups FOR EACH STATEMENT EXECUTE FUNCTION bump_page_version();
CREATE TRIGGER page_version_frameworks AFTER INSERT OR UPDATE OR DELETE OR TRUNCATE ON frameworks FOR EACH STATEMENT EXECUTE FUNCTION bump_page_version();
CREATE TRIGGER page_version_periods AFTER INSERT OR UPDATE OR DELETE OR TRUNCATE ON periods FOR EACH STATEMENT EXECUTE FUNCTION bump_page_version();
CREATE TRIGGER page_version_period_units AFTER INSERT OR UPDATE OR DELETE OR TRUNCATE ON period_units FOR EACH STATEMENT EXECUTE FUNCTION bump_page_version();
CREATE TRIGGER page_version_results AFTER INSERT OR UPDATE OR DELETE OR TRUNCATE ON results FOR EACH STATEMENT EXECUTE FUNCTION bump_page_version();
CREATE TRIGGER page_version_left_out_units AFTER INSERT OR UPDATE OR DELETE OR TRUNCATE ON left_out_units FOR EACH STATEMENT EXECUTE FUNCTION bump_page_version();
CREATE TRIGGER page_version_indicator_observations AFTER INSERT OR UPDATE OR DELETE OR TRUNCATE ON indicator_observations FOR EACH STATEMENT EXECUTE FUNCTION bump_page_version();
CREATE TRIGGER page_version_surveys AFTER INSERT OR UPDATE OR DELETE OR TRUNCATE ON surveys FOR EACH STATEMENT EXECUTE FUNCTION bump_page_version();
CREATE TRIGGER page_version_survey_responses AFTER INSERT OR UPDATE OR DELETE OR TRUNCATE ON survey_responses FOR EACH STATEMENT EXECUTE FUNCTION bump_page_version();
CREATE TRIGGER page_version_plan_actions AFTER INSERT OR UPDATE OR DELETE OR TRUNCATE ON plan_actions FOR EACH STATEMENT EXECUTE FUNCTION bump_page_version();
CREATE TRIGGER page_version_plan_notes AFTER INSERT OR UPDATE OR DELETE OR TRUNCATE ON plan_notes FOR EACH STATEMENT EXECUTE FUNCTION bump_page_version();
CREATE TRIGGER page_version_settings AFTER INSERT OR UPDATE OR DELETE OR TRUNCATE ON settings FOR EACH STATEMENT EXECUTE FUNCTION bump_page_version();
CREATE TRIGGER page_version_published_versions AFTER INSERT OR UPDATE OR DELETE OR TRUNCATE ON published_versions FOR EACH STATEMENT EXECUTE FUNCTION bump_page_version();
