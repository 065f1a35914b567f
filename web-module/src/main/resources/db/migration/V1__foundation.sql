-- LiveDesk foundation schema. Runs unchanged on PostgreSQL and on the embedded H2 database, so it keeps
-- to the SQL both understand: BIGINT keys from sequences (EclipseLink preallocates 50 at a time, hence
-- INCREMENT BY 50, and START WITH 50 because EclipseLink hands out the 50 ids below each value it draws),
-- VARCHAR rather than TEXT (TEXT is a CLOB in H2), TIMESTAMP (UTC, no zone: how JPA 3.2 maps Instant) for instants.

CREATE SEQUENCE user_account_seq START WITH 50 INCREMENT BY 50;
CREATE SEQUENCE api_token_seq START WITH 50 INCREMENT BY 50;
CREATE SEQUENCE team_seq START WITH 50 INCREMENT BY 50;
CREATE SEQUENCE inbox_seq START WITH 50 INCREMENT BY 50;
CREATE SEQUENCE business_hours_slot_seq START WITH 50 INCREMENT BY 50;
CREATE SEQUENCE facebook_page_channel_seq START WITH 50 INCREMENT BY 50;
CREATE SEQUENCE ai_agent_seq START WITH 50 INCREMENT BY 50;
CREATE SEQUENCE contact_seq START WITH 50 INCREMENT BY 50;
CREATE SEQUENCE contact_identity_seq START WITH 50 INCREMENT BY 50;
CREATE SEQUENCE label_seq START WITH 50 INCREMENT BY 50;
CREATE SEQUENCE conversation_seq START WITH 50 INCREMENT BY 50;
CREATE SEQUENCE message_seq START WITH 50 INCREMENT BY 50;
CREATE SEQUENCE attachment_seq START WITH 50 INCREMENT BY 50;
CREATE SEQUENCE assignment_decision_seq START WITH 50 INCREMENT BY 50;
CREATE SEQUENCE csat_survey_seq START WITH 50 INCREMENT BY 50;

-- People who sign in: administrators and agents.
CREATE TABLE user_account (
    id                BIGINT PRIMARY KEY,
    email             VARCHAR(320) NOT NULL,
    display_name      VARCHAR(200) NOT NULL,
    password_hash     VARCHAR(512) NOT NULL,
    role              VARCHAR(32)  NOT NULL,
    availability      VARCHAR(16)  NOT NULL,
    active            BOOLEAN      NOT NULL,
    created_at        TIMESTAMP NOT NULL,
    updated_at        TIMESTAMP NOT NULL,
    version           BIGINT       NOT NULL
);
CREATE UNIQUE INDEX ux_user_account_email ON user_account (email);

-- Bearer tokens: sessions from a login, and personal API tokens. Only a SHA-256 of the token is kept.
CREATE TABLE api_token (
    id            BIGINT PRIMARY KEY,
    user_id       BIGINT       NOT NULL REFERENCES user_account (id),
    kind          VARCHAR(16)  NOT NULL,
    name          VARCHAR(100) NOT NULL,
    token_hash    VARCHAR(64)  NOT NULL,
    token_prefix  VARCHAR(16)  NOT NULL,
    created_at    TIMESTAMP NOT NULL,
    last_used_at  TIMESTAMP,
    expires_at    TIMESTAMP,
    revoked_at    TIMESTAMP
);
CREATE UNIQUE INDEX ux_api_token_hash ON api_token (token_hash);
CREATE INDEX ix_api_token_user ON api_token (user_id);

CREATE TABLE team (
    id           BIGINT PRIMARY KEY,
    name         VARCHAR(100) NOT NULL,
    description  VARCHAR(1000),
    created_at   TIMESTAMP NOT NULL,
    version      BIGINT NOT NULL
);
CREATE UNIQUE INDEX ux_team_name ON team (name);

CREATE TABLE team_member (
    team_id  BIGINT NOT NULL REFERENCES team (id) ON DELETE CASCADE,
    user_id  BIGINT NOT NULL REFERENCES user_account (id),
    PRIMARY KEY (team_id, user_id)
);
CREATE INDEX ix_team_member_user ON team_member (user_id);

-- One inbox per connected channel, carrying the conversation settings.
CREATE TABLE inbox (
    id                      BIGINT PRIMARY KEY,
    name                    VARCHAR(200)  NOT NULL,
    channel_type            VARCHAR(32)   NOT NULL,
    greeting_enabled        BOOLEAN       NOT NULL,
    greeting_message        VARCHAR(2000),
    csat_enabled            BOOLEAN       NOT NULL,
    business_hours_enabled  BOOLEAN       NOT NULL,
    time_zone               VARCHAR(64)   NOT NULL,
    out_of_office_message   VARCHAR(2000),
    auto_assignment         BOOLEAN       NOT NULL,
    assignment_method       VARCHAR(32)   NOT NULL,
    agent_capacity          INTEGER       NOT NULL,
    created_at              TIMESTAMP NOT NULL,
    updated_at              TIMESTAMP NOT NULL,
    version                 BIGINT        NOT NULL
);

CREATE TABLE business_hours_slot (
    id           BIGINT PRIMARY KEY,
    inbox_id     BIGINT      NOT NULL REFERENCES inbox (id) ON DELETE CASCADE,
    day_of_week  VARCHAR(9)  NOT NULL,
    opens_at     TIME        NOT NULL,
    closes_at    TIME        NOT NULL
);
CREATE INDEX ix_business_hours_slot_inbox ON business_hours_slot (inbox_id);

CREATE TABLE inbox_member (
    inbox_id  BIGINT NOT NULL REFERENCES inbox (id) ON DELETE CASCADE,
    user_id   BIGINT NOT NULL REFERENCES user_account (id),
    PRIMARY KEY (inbox_id, user_id)
);
CREATE INDEX ix_inbox_member_user ON inbox_member (user_id);

-- Channel state, apart from the inbox: which Facebook Page, its token (encrypted) and its webhook subscription.
CREATE TABLE facebook_page_channel (
    id                        BIGINT PRIMARY KEY,
    inbox_id                  BIGINT        NOT NULL REFERENCES inbox (id) ON DELETE CASCADE,
    page_id                   VARCHAR(32)   NOT NULL,
    page_name                 VARCHAR(200)  NOT NULL,
    encrypted_page_token      VARCHAR(4096),
    subscription_state        VARCHAR(32)   NOT NULL,
    subscribed_fields         VARCHAR(1000),
    reauthorization_required  BOOLEAN       NOT NULL,
    last_error_code           INTEGER,
    last_error_subcode        INTEGER,
    last_error_message        VARCHAR(1000),
    connected_by_user_id      BIGINT REFERENCES user_account (id),
    connected_at              TIMESTAMP NOT NULL,
    updated_at                TIMESTAMP NOT NULL,
    version                   BIGINT        NOT NULL
);
CREATE UNIQUE INDEX ux_facebook_page_channel_inbox ON facebook_page_channel (inbox_id);
CREATE UNIQUE INDEX ux_facebook_page_channel_page ON facebook_page_channel (page_id);

CREATE TABLE ai_agent (
    id                 BIGINT PRIMARY KEY,
    inbox_id           BIGINT        NOT NULL REFERENCES inbox (id) ON DELETE CASCADE,
    name               VARCHAR(100)  NOT NULL,
    model              VARCHAR(100)  NOT NULL,
    instructions       VARCHAR(8000),
    encrypted_api_key  VARCHAR(2048),
    enabled            BOOLEAN       NOT NULL,
    created_at         TIMESTAMP NOT NULL,
    updated_at         TIMESTAMP NOT NULL,
    version            BIGINT        NOT NULL
);
CREATE INDEX ix_ai_agent_inbox ON ai_agent (inbox_id);

-- Customers. A contact has one identity per channel (for Facebook, the page-scoped id).
CREATE TABLE contact (
    id                  BIGINT PRIMARY KEY,
    name                VARCHAR(200),
    avatar_url          VARCHAR(2048),
    email               VARCHAR(320),
    phone               VARCHAR(40),
    locale              VARCHAR(16),
    profile_fetched_at  TIMESTAMP,
    created_at          TIMESTAMP NOT NULL,
    updated_at          TIMESTAMP NOT NULL,
    version             BIGINT NOT NULL
);

CREATE TABLE contact_identity (
    id          BIGINT PRIMARY KEY,
    contact_id  BIGINT       NOT NULL REFERENCES contact (id) ON DELETE CASCADE,
    inbox_id    BIGINT       NOT NULL REFERENCES inbox (id) ON DELETE CASCADE,
    source_id   VARCHAR(128) NOT NULL,
    created_at  TIMESTAMP NOT NULL
);
CREATE UNIQUE INDEX ux_contact_identity_source ON contact_identity (inbox_id, source_id);
CREATE INDEX ix_contact_identity_contact ON contact_identity (contact_id);

CREATE TABLE label (
    id           BIGINT PRIMARY KEY,
    title        VARCHAR(64)  NOT NULL,
    description  VARCHAR(500),
    color        VARCHAR(7)   NOT NULL
);
CREATE UNIQUE INDEX ux_label_title ON label (title);

CREATE TABLE conversation (
    id                        BIGINT PRIMARY KEY,
    inbox_id                  BIGINT       NOT NULL REFERENCES inbox (id),
    contact_id                BIGINT       NOT NULL REFERENCES contact (id),
    status                    VARCHAR(16)  NOT NULL,
    priority                  VARCHAR(16)  NOT NULL,
    assignee_user_id          BIGINT REFERENCES user_account (id),
    assignee_ai_agent_id      BIGINT REFERENCES ai_agent (id),
    team_id                   BIGINT REFERENCES team (id),
    snoozed_until             TIMESTAMP,
    last_activity_at          TIMESTAMP NOT NULL,
    last_customer_message_at  TIMESTAMP,
    last_message_preview      VARCHAR(280),
    created_at                TIMESTAMP NOT NULL,
    resolved_at               TIMESTAMP,
    updated_at                TIMESTAMP NOT NULL,
    version                   BIGINT       NOT NULL
);
-- The list screens sort by last activity, newest first, and page by (last_activity_at, id):
-- one index per way an agent narrows the list.
CREATE INDEX ix_conversation_inbox_list ON conversation (inbox_id, status, last_activity_at, id);
CREATE INDEX ix_conversation_assignee_list ON conversation (assignee_user_id, status, last_activity_at, id);
CREATE INDEX ix_conversation_status_list ON conversation (status, last_activity_at, id);
CREATE INDEX ix_conversation_team_list ON conversation (team_id, status, last_activity_at, id);
CREATE INDEX ix_conversation_contact ON conversation (contact_id);
CREATE INDEX ix_conversation_ai_agent ON conversation (assignee_ai_agent_id);

CREATE TABLE conversation_label (
    conversation_id  BIGINT NOT NULL REFERENCES conversation (id) ON DELETE CASCADE,
    label_id         BIGINT NOT NULL REFERENCES label (id) ON DELETE CASCADE,
    PRIMARY KEY (conversation_id, label_id)
);
CREATE INDEX ix_conversation_label_label ON conversation_label (label_id, conversation_id);

CREATE TABLE message (
    id                  BIGINT PRIMARY KEY,
    conversation_id     BIGINT        NOT NULL REFERENCES conversation (id) ON DELETE CASCADE,
    inbox_id            BIGINT        NOT NULL REFERENCES inbox (id),
    message_type        VARCHAR(16)   NOT NULL,
    sender_kind         VARCHAR(16)   NOT NULL,
    sender_user_id      BIGINT REFERENCES user_account (id),
    sender_ai_agent_id  BIGINT REFERENCES ai_agent (id),
    content             VARCHAR(20000),
    content_attributes  VARCHAR(8000),
    external_id         VARCHAR(200),
    delivery_status     VARCHAR(16)   NOT NULL,
    failure_code        INTEGER,
    failure_reason      VARCHAR(1000),
    created_at          TIMESTAMP NOT NULL,
    updated_at          TIMESTAMP NOT NULL,
    version             BIGINT        NOT NULL
);
-- One message per channel message id (Facebook's mid): redelivered webhooks add nothing.
CREATE UNIQUE INDEX ux_message_external_id ON message (inbox_id, external_id);
CREATE INDEX ix_message_conversation ON message (conversation_id, created_at, id);

CREATE TABLE attachment (
    id            BIGINT PRIMARY KEY,
    message_id    BIGINT        NOT NULL REFERENCES message (id) ON DELETE CASCADE,
    kind          VARCHAR(16)   NOT NULL,
    remote_url    VARCHAR(4096),
    storage_key   VARCHAR(512),
    content_type  VARCHAR(200),
    byte_size     BIGINT,
    file_name     VARCHAR(500),
    created_at    TIMESTAMP NOT NULL
);
CREATE INDEX ix_attachment_message ON attachment (message_id);

-- Why a conversation went to whom: the tier, the rule that decided, and the reasoning.
CREATE TABLE assignment_decision (
    id                    BIGINT PRIMARY KEY,
    conversation_id       BIGINT       NOT NULL REFERENCES conversation (id) ON DELETE CASCADE,
    tier                  VARCHAR(16)  NOT NULL,
    rule_id               VARCHAR(64),
    rule_name             VARCHAR(200),
    assignee_user_id      BIGINT REFERENCES user_account (id),
    assignee_ai_agent_id  BIGINT REFERENCES ai_agent (id),
    team_id               BIGINT REFERENCES team (id),
    decided_by_user_id    BIGINT REFERENCES user_account (id),
    explanation           VARCHAR(8000),
    decided_at            TIMESTAMP NOT NULL
);
CREATE INDEX ix_assignment_decision_conversation ON assignment_decision (conversation_id, decided_at);

CREATE TABLE csat_survey (
    id                BIGINT PRIMARY KEY,
    conversation_id   BIGINT       NOT NULL REFERENCES conversation (id) ON DELETE CASCADE,
    inbox_id          BIGINT       NOT NULL REFERENCES inbox (id),
    status            VARCHAR(16)  NOT NULL,
    not_sent_reason   VARCHAR(500),
    rating            SMALLINT,
    feedback          VARCHAR(2000),
    sent_at           TIMESTAMP,
    responded_at      TIMESTAMP,
    created_at        TIMESTAMP NOT NULL
);
CREATE UNIQUE INDEX ux_csat_survey_conversation ON csat_survey (conversation_id);
CREATE INDEX ix_csat_survey_inbox ON csat_survey (inbox_id, responded_at);
