-- Units of a period that had no result when it was published and were left out of its ranking by an explicit
-- decision of the admin, with the reason shown on the public pages (issue 9). Portable SQL: H2 2.x and PostgreSQL 15+.
CREATE TABLE left_out_units (
    period_code  VARCHAR(50)   NOT NULL,
    unit_code    VARCHAR(100)  NOT NULL,
    reason       VARCHAR(2000) NOT NULL,
    decided_by   VARCHAR(100)  NOT NULL,
    decided_at   TIMESTAMP WITH TIME ZONE NOT NULL,
    PRIMARY KEY (period_code, unit_code)
);
