-- PAGE_OUTSIDE_LIVEDESK (a reply typed in Facebook's own Page inbox) has 21 characters; V1 allowed 16.
-- SET DATA TYPE is the spelling both PostgreSQL and H2 accept.
ALTER TABLE message ALTER COLUMN sender_kind SET DATA TYPE VARCHAR(32);
