-- The open portal (issue 12). Portable SQL: H2 2.x and PostgreSQL 15+.

-- Append-only: each publication of a period's open data, chained by the previous entry's hash
-- (core's PublicationEntry says what is hashed). Rows are only ever inserted.
CREATE TABLE publication_log (
    seq            BIGINT       NOT NULL PRIMARY KEY,
    period_code    VARCHAR(50)  NOT NULL,
    kind           VARCHAR(20)  NOT NULL,
    recorded_at    TIMESTAMP WITH TIME ZONE NOT NULL,
    bundle_sha256  CHAR(64)     NOT NULL,
    results_sha256 CHAR(64)     NOT NULL,
    previous_hash  CHAR(64)     NOT NULL,
    entry_hash     CHAR(64)     NOT NULL,
    CONSTRAINT publication_log_kind CHECK (kind IN ('published', 'republished', 'imported')),
    CONSTRAINT publication_log_chain UNIQUE (previous_hash),
    CONSTRAINT publication_log_hash UNIQUE (entry_hash)
);
CREATE INDEX publication_log_period ON publication_log (period_code, seq);

-- one row every append updates first: its row lock makes concurrent publications append one after the other
CREATE TABLE publication_log_head (
    id       INTEGER NOT NULL PRIMARY KEY,
    appends  BIGINT  NOT NULL
);
INSERT INTO publication_log_head (id, appends) VALUES (1, 0);

-- the bytes published with each entry, served as they were (their SHA-256 is the entry's)
CREATE TABLE open_data_files (
    seq          BIGINT NOT NULL PRIMARY KEY,
    bundle_zip   BYTEA  NOT NULL,
    results_csv  BYTEA  NOT NULL
);

-- visits of public pages: a count per page and day, nothing about the visitor
CREATE TABLE page_visits (
    page    VARCHAR(200) NOT NULL,
    visit_day DATE       NOT NULL,
    visits  BIGINT       NOT NULL,
    PRIMARY KEY (page, visit_day)
);
