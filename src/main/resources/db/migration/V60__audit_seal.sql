-- The audit chain moves out of the request. A change now appends its event with a plain insert,
-- in its own transaction as before; a sealing pass (every second, one node at a time) then
-- chains the committed events that have no seal yet. Before, every audited change held the
-- chain's one row lock from its append until its commit, disk flush included, so audited
-- changes committed one at a time across all nodes, and a burst of exam starts queued behind it
-- for seconds (README, "Where a single MariaDB tops out").
--
-- An event keeps its number: the old chain order becomes the event id and seal sequence alike,
-- and the old links and hashes move to the seals unchanged, so the chain verifies as it did.

ALTER TABLE audit_event CHANGE seq id BIGINT NOT NULL AUTO_INCREMENT
    COMMENT 'the order events were written in; the chain''s order is audit_seal.seq';

CREATE TABLE audit_seal (
    seq       BIGINT       NOT NULL PRIMARY KEY COMMENT '1, 2, 3, ... with no gaps: the order of the chain',
    event_id  BIGINT       NOT NULL,
    prev_hash CHAR(64)     NOT NULL COMMENT 'the hash of seal seq - 1; zeros for the first',
    hash      CHAR(64)     NOT NULL COMMENT 'SHA-256 over prev_hash, seq and the event''s content',
    sealed_at TIMESTAMP(6) NOT NULL COMMENT 'when the sealing pass that wrote it began',
    UNIQUE KEY audit_seal_event (event_id),
    CONSTRAINT audit_seal_event_fk FOREIGN KEY (event_id) REFERENCES audit_event (id)
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4 COLLATE = utf8mb4_unicode_ci;

INSERT INTO audit_seal (seq, event_id, prev_hash, hash, sealed_at)
    SELECT id, id, prev_hash, hash, occurred_at FROM audit_event;

ALTER TABLE audit_event DROP COLUMN prev_hash, DROP COLUMN hash;

CREATE TRIGGER audit_seal_no_update BEFORE UPDATE ON audit_seal FOR EACH ROW
    SIGNAL SQLSTATE '45000' SET MESSAGE_TEXT = 'audit seals are evidence and cannot be updated';
CREATE TRIGGER audit_seal_no_delete BEFORE DELETE ON audit_seal FOR EACH ROW
    SIGNAL SQLSTATE '45000' SET MESSAGE_TEXT = 'audit seals are evidence and cannot be deleted';
