-- Webhook deliveries as they arrived: stored before the sender is answered, processed afterwards, so a
-- crash after the answer loses nothing. The body is kept byte for byte (its signature covers those bytes).
CREATE SEQUENCE webhook_event_seq START WITH 50 INCREMENT BY 50;

CREATE TABLE webhook_event (
    id               BIGINT PRIMARY KEY,
    channel_type     VARCHAR(32)  NOT NULL,
    body             BYTEA        NOT NULL,
    status           VARCHAR(16)  NOT NULL,
    attempts         INTEGER      NOT NULL,
    last_error       VARCHAR(2000),
    received_at      TIMESTAMP    NOT NULL,
    next_attempt_at  TIMESTAMP    NOT NULL,
    processed_at     TIMESTAMP
);
-- Workers claim the oldest due events: (status, next_attempt_at, id) serves that scan.
CREATE INDEX ix_webhook_event_due ON webhook_event (status, next_attempt_at, id);
