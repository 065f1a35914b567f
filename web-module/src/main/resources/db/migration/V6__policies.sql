-- What the policies (rules-module) decide from and record.

-- Round-robin: each human assignment takes the next number; the member with the lowest number was assigned
-- longest ago and is next. Kept in the database so the rotation stays fair across restarts and servers.
CREATE TABLE assignment_rotation (
    inbox_id          BIGINT NOT NULL REFERENCES inbox (id) ON DELETE CASCADE,
    user_id           BIGINT NOT NULL REFERENCES user_account (id) ON DELETE CASCADE,
    last_assigned_seq BIGINT NOT NULL,
    PRIMARY KEY (inbox_id, user_id)
);

-- Automatic messages sent at most once (greeting) or once a day (out of office), and the assignment queue:
-- a conversation nobody could take waits here, oldest first.
ALTER TABLE conversation ADD COLUMN greeting_sent_at TIMESTAMP;
ALTER TABLE conversation ADD COLUMN out_of_office_sent_at TIMESTAMP;
ALTER TABLE conversation ADD COLUMN queued_since TIMESTAMP;
CREATE INDEX ix_conversation_queue ON conversation (queued_since, id);

-- Published rule sets: every activation through the API, with who and when, so any can be activated again.
CREATE SEQUENCE rule_set_version_seq START WITH 50 INCREMENT BY 50;

CREATE TABLE rule_set_version (
    id                BIGINT PRIMARY KEY,
    version           VARCHAR(64)   NOT NULL,
    files             VARCHAR(1000000) NOT NULL,
    rule_count        INTEGER       NOT NULL,
    note              VARCHAR(500),
    published_by_id   BIGINT REFERENCES user_account (id) ON DELETE SET NULL,
    published_at      TIMESTAMP     NOT NULL
);
CREATE INDEX ix_rule_set_version_published ON rule_set_version (published_at, id);
