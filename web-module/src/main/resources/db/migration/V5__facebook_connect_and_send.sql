-- "Log in with Facebook" in progress: the state sent to the dialog (its hash), the administrator it is bound to,
-- and, once Facebook sent the administrator back, the (encrypted) user token and the Pages to choose from.
CREATE SEQUENCE facebook_login_seq START WITH 50 INCREMENT BY 50;

CREATE TABLE facebook_login (
    id                     BIGINT PRIMARY KEY,
    state_hash             VARCHAR(64)   NOT NULL,
    administrator_id       BIGINT        NOT NULL REFERENCES user_account (id) ON DELETE CASCADE,
    status                 VARCHAR(24)   NOT NULL,
    encrypted_user_token   VARCHAR(4096),
    pages                  VARCHAR(20000),
    problem                VARCHAR(2000),
    inbox_id               BIGINT REFERENCES inbox (id) ON DELETE SET NULL,
    created_at             TIMESTAMP     NOT NULL,
    expires_at             TIMESTAMP     NOT NULL,
    updated_at             TIMESTAMP     NOT NULL,
    version                BIGINT        NOT NULL
);
CREATE UNIQUE INDEX ux_facebook_login_state ON facebook_login (state_hash);

-- The outbox: queued outgoing messages are claimed by senders in order of (next_send_at, id); a long text goes
-- out in parts, and parts_sent says how many Facebook has already taken, so a retry never sends one twice.
ALTER TABLE message ADD COLUMN send_attempts INTEGER DEFAULT 0 NOT NULL;
ALTER TABLE message ADD COLUMN next_send_at TIMESTAMP;
ALTER TABLE message ADD COLUMN parts_sent INTEGER DEFAULT 0 NOT NULL;
-- When the channel took it: delivery and read watermarks are compared with this, not with when it was written.
ALTER TABLE message ADD COLUMN sent_at TIMESTAMP;
CREATE INDEX ix_message_outbox ON message (delivery_status, next_send_at, id);

-- Where the customer came from (an m.me link, an ad): kept on the conversation for agents and routing rules.
ALTER TABLE conversation ADD COLUMN referral VARCHAR(2000);

-- LiveDesk's own copies of files Facebook links to (attachments, profile pictures): Facebook's links expire.
-- Served at /files/<id>/<access key>: the random key makes the link unguessable, like Facebook's own CDN links.
-- An attachment names its copy by storage key ("stored-file:<id>:<key>"); a copy that could not be made says why.
CREATE SEQUENCE stored_file_seq START WITH 50 INCREMENT BY 50;

CREATE TABLE stored_file (
    id            BIGINT PRIMARY KEY,
    access_key    VARCHAR(64)  NOT NULL,
    content_type  VARCHAR(200) NOT NULL,
    byte_size     BIGINT       NOT NULL,
    content       BYTEA        NOT NULL,
    created_at    TIMESTAMP    NOT NULL
);

ALTER TABLE contact ADD COLUMN avatar_file_id BIGINT REFERENCES stored_file (id) ON DELETE SET NULL;
ALTER TABLE attachment ADD COLUMN copy_problem VARCHAR(500);
