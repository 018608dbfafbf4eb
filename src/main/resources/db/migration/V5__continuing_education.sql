-- Continuing education of certified specialists. Evidence, like the ledger: rows are only ever
-- inserted; a change (a corrected certification date, a new program) is a new row with a reason.

-- What PeerCert knows of a specialist's certification. The newest row for a trainee is current.
CREATE TABLE specialist_record (
    id                   BIGINT        NOT NULL AUTO_INCREMENT PRIMARY KEY,
    trainee_subject      VARCHAR(64)   NOT NULL,
    legal_name           VARCHAR(255)  NOT NULL,
    credential           VARCHAR(255)  NOT NULL,
    certified_on         DATE          NOT NULL COMMENT 'the CE year runs from this date''s anniversary',
    alcohol_drug_program BOOLEAN       NOT NULL COMMENT 'works for a 908 KAR 1:370 program: 10 CE hours a year',
    reason               VARCHAR(1000) NOT NULL,
    recorded_by          VARCHAR(64)   NOT NULL,
    recorded_by_name     VARCHAR(255)  NOT NULL,
    recorded_at          TIMESTAMP(6)  NOT NULL,
    CONSTRAINT specialist_reason CHECK (CHAR_LENGTH(reason) > 0),
    INDEX specialist_trainee (trainee_subject, recorded_at)
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4 COLLATE = utf8mb4_unicode_ci;

-- CE completed elsewhere, claimed by the specialist with the certificate they received.
CREATE TABLE outside_ce_claim (
    id              BIGINT        NOT NULL AUTO_INCREMENT PRIMARY KEY,
    trainee_subject VARCHAR(64)   NOT NULL,
    legal_name      VARCHAR(255)  NOT NULL,
    title           VARCHAR(255)  NOT NULL,
    provider        VARCHAR(255)  NOT NULL,
    hours           DECIMAL(5, 2) NOT NULL,
    completed_on    DATE          NOT NULL,
    file_name       VARCHAR(255)  NOT NULL,
    content_type    VARCHAR(50)   NOT NULL,
    file_sha256     CHAR(64)      NOT NULL,
    file_bytes      MEDIUMBLOB    NOT NULL,
    submitted_at    TIMESTAMP(6)  NOT NULL,
    CONSTRAINT outside_ce_hours CHECK (hours > 0 AND hours <= 40),
    CONSTRAINT outside_ce_type CHECK (content_type IN ('application/pdf', 'image/png', 'image/jpeg')),
    INDEX outside_ce_trainee (trainee_subject, submitted_at)
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4 COLLATE = utf8mb4_unicode_ci;

-- An admin's answer to a claim; the primary key makes it once. A rejection says why.
CREATE TABLE outside_ce_decision (
    claim_id         BIGINT        NOT NULL PRIMARY KEY,
    approved         BOOLEAN       NOT NULL,
    reason           VARCHAR(1000) NULL,
    hours_entry_id   BIGINT        NULL COMMENT 'the ledger line an approval posted',
    decided_by       VARCHAR(64)   NOT NULL,
    decided_by_name  VARCHAR(255)  NOT NULL,
    decided_at       TIMESTAMP(6)  NOT NULL,
    CONSTRAINT outside_ce_decision_claim_fk FOREIGN KEY (claim_id) REFERENCES outside_ce_claim (id),
    CONSTRAINT outside_ce_decision_entry_fk FOREIGN KEY (hours_entry_id) REFERENCES hours_entry (id),
    CONSTRAINT outside_ce_rejection_reason CHECK (approved OR (reason IS NOT NULL AND CHAR_LENGTH(reason) > 0))
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4 COLLATE = utf8mb4_unicode_ci;

-- A reminder sent. The key makes each reminder once per CE year, across every node: a node
-- inserts the row before sending, and a second node's insert fails on the key.
CREATE TABLE ce_reminder (
    trainee_subject VARCHAR(64)  NOT NULL,
    year_ends_on    DATE         NOT NULL,
    days_before     INT          NOT NULL,
    sent_to         VARCHAR(255) NOT NULL,
    sent_at         TIMESTAMP(6) NOT NULL,
    PRIMARY KEY (trainee_subject, year_ends_on, days_before)
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4 COLLATE = utf8mb4_unicode_ci;

CREATE TRIGGER specialist_record_no_update BEFORE UPDATE ON specialist_record FOR EACH ROW
    SIGNAL SQLSTATE '45000' SET MESSAGE_TEXT = 'specialist records are evidence and cannot be updated';
CREATE TRIGGER specialist_record_no_delete BEFORE DELETE ON specialist_record FOR EACH ROW
    SIGNAL SQLSTATE '45000' SET MESSAGE_TEXT = 'specialist records are evidence and cannot be deleted';
CREATE TRIGGER outside_ce_claim_no_update BEFORE UPDATE ON outside_ce_claim FOR EACH ROW
    SIGNAL SQLSTATE '45000' SET MESSAGE_TEXT = 'outside CE claims are evidence and cannot be updated';
CREATE TRIGGER outside_ce_claim_no_delete BEFORE DELETE ON outside_ce_claim FOR EACH ROW
    SIGNAL SQLSTATE '45000' SET MESSAGE_TEXT = 'outside CE claims are evidence and cannot be deleted';
CREATE TRIGGER outside_ce_decision_no_update BEFORE UPDATE ON outside_ce_decision FOR EACH ROW
    SIGNAL SQLSTATE '45000' SET MESSAGE_TEXT = 'outside CE decisions are evidence and cannot be updated';
CREATE TRIGGER outside_ce_decision_no_delete BEFORE DELETE ON outside_ce_decision FOR EACH ROW
    SIGNAL SQLSTATE '45000' SET MESSAGE_TEXT = 'outside CE decisions are evidence and cannot be deleted';
CREATE TRIGGER ce_reminder_no_update BEFORE UPDATE ON ce_reminder FOR EACH ROW
    SIGNAL SQLSTATE '45000' SET MESSAGE_TEXT = 'sent reminders are evidence and cannot be updated';
CREATE TRIGGER ce_reminder_no_delete BEFORE DELETE ON ce_reminder FOR EACH ROW
    SIGNAL SQLSTATE '45000' SET MESSAGE_TEXT = 'sent reminders are evidence and cannot be deleted';
