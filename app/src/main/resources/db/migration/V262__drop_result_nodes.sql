-- Issue 13: after V261 packed them into results.field_results and results.node_results. Portable SQL: H2 2.x and
-- PostgreSQL 15+.
ALTER TABLE results ALTER COLUMN field_results SET NOT NULL;
ALTER TABLE results ALTER COLUMN node_results SET NOT NULL;
DROP TABLE result_nodes;
