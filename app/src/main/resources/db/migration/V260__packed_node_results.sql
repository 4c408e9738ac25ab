-- Issue 13: a unit's node results are one row of results instead of one row per node in result_nodes (195 rows a
-- unit on the national framework): field_results holds the fields (top-level nodes), node_results the nodes below,
-- both in the format of the results module's PackedNodeResults. V261 (a Java migration, PackedNodeResultsMigration)
-- packs the rows of result_nodes into them; V262 drops result_nodes. Portable SQL: H2 2.x and PostgreSQL 15+.
ALTER TABLE results ADD COLUMN field_results BYTEA;
ALTER TABLE results ADD COLUMN node_results BYTEA;

-- no query reads scores by (period, stage): the unique key (period_code, unit_code, node_code, stage) serves every
-- look-up by period, and this index only cost time on every insert
DROP INDEX scores_by_period;
