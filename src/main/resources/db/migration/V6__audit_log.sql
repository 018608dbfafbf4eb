-- The audit log: one append-only, hash-chained event per state change. Each event's hash is
-- SHA-256 over the previous event's hash and its own content, so changing, removing or
-- reordering any event breaks every link after it, and the verification names the first.

CREATE TABLE audit_event (
    seq             BIGINT        NOT NULL PRIMARY KEY COMMENT '1, 2, 3, ... with no gaps: the order of the chain',
    occurred_at     TIMESTAMP(6)  NOT NULL,
    actor_subject   VARCHAR(64)   NOT NULL COMMENT 'OIDC subject, or "peercert" for the service itself',
    actor_name      VARCHAR(255)  NOT NULL,
    actor_roles     VARCHAR(100)  NOT NULL COMMENT 'the roles the actor held, comma-separated; "system" for jobs',
    client_address  VARCHAR(64)   NOT NULL COMMENT 'where the request came from; "-" for jobs',
    action          VARCHAR(100)  NOT NULL COMMENT 'what happened, e.g. enrolment.created',
    trainee_subject VARCHAR(64)   NULL COMMENT 'whose record it concerns, for filtering',
    course_id       VARCHAR(100)  NULL,
    record_type     VARCHAR(50)   NULL COMMENT 'the table of the record it created',
    record_id       VARCHAR(100)  NULL,
    details         VARCHAR(4000) NOT NULL COMMENT 'JSON: what changed, in words a reviewer can read',
    prev_hash       CHAR(64)      NOT NULL,
    hash            CHAR(64)      NOT NULL,
    INDEX audit_event_time (occurred_at),
    INDEX audit_event_trainee (trainee_subject, occurred_at),
    INDEX audit_event_action (action, occurred_at)
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4 COLLATE = utf8mb4_unicode_ci;

-- Appending takes this row's lock first, so that events are chained one at a time across every
-- node. The row is only ever locked, never changed.
CREATE TABLE audit_chain_lock (
    id TINYINT NOT NULL PRIMARY KEY
) ENGINE = InnoDB;
INSERT INTO audit_chain_lock (id) VALUES (1);

CREATE TRIGGER audit_event_no_update BEFORE UPDATE ON audit_event FOR EACH ROW
    SIGNAL SQLSTATE '45000' SET MESSAGE_TEXT = 'audit events are evidence and cannot be updated';
CREATE TRIGGER audit_event_no_delete BEFORE DELETE ON audit_event FOR EACH ROW
    SIGNAL SQLSTATE '45000' SET MESSAGE_TEXT = 'audit events are evidence and cannot be deleted';
CREATE TRIGGER audit_chain_lock_no_delete BEFORE DELETE ON audit_chain_lock FOR EACH ROW
    SIGNAL SQLSTATE '45000' SET MESSAGE_TEXT = 'the audit chain lock row must stay';
