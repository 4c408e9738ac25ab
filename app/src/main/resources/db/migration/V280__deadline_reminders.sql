-- issue 13: deadline reminders, sent by one application node only.
-- An account's e-mail address, where its reminders go (optional).
ALTER TABLE users ADD COLUMN email VARCHAR(254);

-- ShedLock's lock table: a scheduled job runs on one node at a time (net.javacrumbs.shedlock, JdbcTemplate provider).
CREATE TABLE shedlock (
    name       VARCHAR(64)  NOT NULL PRIMARY KEY,
    lock_until TIMESTAMP(3) NOT NULL,
    locked_at  TIMESTAMP(3) NOT NULL,
    locked_by  VARCHAR(255) NOT NULL
);

-- One reminder a day at most for a unit's open work of a stage; the key makes a second node's attempt fail.
CREATE TABLE deadline_reminders (
    period_code  VARCHAR(50)  NOT NULL REFERENCES periods (code),
    unit_code    VARCHAR(100) NOT NULL REFERENCES units (code),
    period_stage VARCHAR(30)  NOT NULL,
    reminded_on  DATE         NOT NULL,
    due_on       DATE         NOT NULL,
    recipients   INTEGER      NOT NULL,
    mailed       INTEGER      NOT NULL,
    created_at   TIMESTAMP WITH TIME ZONE NOT NULL,
    PRIMARY KEY (period_code, unit_code, period_stage, reminded_on)
);
