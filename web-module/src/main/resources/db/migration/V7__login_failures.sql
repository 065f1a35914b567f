-- Failed logins, counted by every server alike (LoginThrottle): one row per failure and per key ("email:..." and
-- "client:..."), kept for the throttle's window only.
CREATE TABLE login_failure (
    throttle_key VARCHAR(400) NOT NULL,
    failed_at    TIMESTAMP    NOT NULL
);
CREATE INDEX ix_login_failure_key ON login_failure (throttle_key, failed_at);
CREATE INDEX ix_login_failure_age ON login_failure (failed_at);
