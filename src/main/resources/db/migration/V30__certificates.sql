-- Certificates: issued once, never regenerated. Every table here is evidence (insert only, enforced
-- by the triggers below); a revocation is a new row, and a corrected certificate is a new one
-- issued after the old one's revocation.

-- The name a trainee confirmed for printing. The latest row wins; the first comes before any certificate.
CREATE TABLE name_confirmation (
    id              BIGINT       NOT NULL AUTO_INCREMENT PRIMARY KEY,
    trainee_subject VARCHAR(64)  NOT NULL,
    legal_name      VARCHAR(255) NOT NULL,
    confirmed_at    TIMESTAMP(6) NOT NULL,
    INDEX name_confirmation_trainee (trainee_subject, confirmed_at)
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4 COLLATE = utf8mb4_unicode_ci;

-- What a certificate says and who issued it. issue_seq counts the trainee's earlier certificates in
-- the course (all revoked): the unique key makes a double issue fail even when two requests race.
CREATE TABLE certificate (
    id                   BIGINT        NOT NULL AUTO_INCREMENT PRIMARY KEY,
    number               CHAR(16)      NOT NULL COMMENT 'without hyphens; the last character is the check character',
    trainee_subject      VARCHAR(64)   NOT NULL,
    legal_name           VARCHAR(255)  NOT NULL COMMENT 'as printed',
    name_confirmation_id BIGINT        NOT NULL,
    course_id            VARCHAR(100)  NOT NULL,
    course_title         VARCHAR(255)  NOT NULL,
    credential           VARCHAR(500)  NOT NULL,
    content_version      CHAR(64)      NOT NULL,
    credit_hours         DECIMAL(6, 2) NOT NULL,
    hour_minutes         INT           NOT NULL,
    delivery_formats     VARCHAR(100)  NOT NULL COMMENT 'format codes, comma-separated',
    training_started_on  DATE          NOT NULL,
    training_ended_on    DATE          NOT NULL,
    completed_on         DATE          NOT NULL,
    issued_on            DATE          NOT NULL COMMENT 'in the provider time zone',
    expires_on           DATE          NULL,
    ce_due_on            DATE          NULL,
    provider_name        VARCHAR(255)  NOT NULL,
    approval_number      VARCHAR(100)  NOT NULL,
    issue_seq            INT           NOT NULL,
    job_id               BIGINT        NULL COMMENT 'the bulk-issue job, if any',
    sha256               CHAR(64)      NOT NULL COMMENT 'of the stored PDF bytes',
    issued_by            VARCHAR(64)   NOT NULL,
    issued_by_name       VARCHAR(255)  NOT NULL,
    issued_at            TIMESTAMP(6)  NOT NULL,
    CONSTRAINT certificate_number UNIQUE (number),
    CONSTRAINT certificate_once UNIQUE (trainee_subject, course_id, issue_seq),
    CONSTRAINT certificate_confirmation_fk FOREIGN KEY (name_confirmation_id) REFERENCES name_confirmation (id),
    INDEX certificate_course (course_id, issued_at)
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4 COLLATE = utf8mb4_unicode_ci;

-- The issued bytes, in the same transaction as the row above: a failed write issues nothing.
CREATE TABLE certificate_document (
    certificate_id BIGINT     NOT NULL PRIMARY KEY,
    pdf            MEDIUMBLOB NOT NULL,
    credential_jwt MEDIUMTEXT NOT NULL COMMENT 'the Open Badges 3.0 credential, signed',
    CONSTRAINT certificate_document_fk FOREIGN KEY (certificate_id) REFERENCES certificate (id)
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4 COLLATE = utf8mb4_unicode_ci;

-- A certificate is revoked once, with who, why and when.
CREATE TABLE certificate_revocation (
    id              BIGINT        NOT NULL AUTO_INCREMENT PRIMARY KEY,
    certificate_id  BIGINT        NOT NULL,
    reason          VARCHAR(1000) NOT NULL,
    revoked_by      VARCHAR(64)   NOT NULL,
    revoked_by_name VARCHAR(255)  NOT NULL,
    revoked_at      TIMESTAMP(6)  NOT NULL,
    CONSTRAINT certificate_revocation_once UNIQUE (certificate_id),
    CONSTRAINT certificate_revocation_reason CHECK (CHAR_LENGTH(TRIM(reason)) > 0),
    CONSTRAINT certificate_revocation_fk FOREIGN KEY (certificate_id) REFERENCES certificate (id)
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4 COLLATE = utf8mb4_unicode_ci;

CREATE TRIGGER name_confirmation_no_update BEFORE UPDATE ON name_confirmation FOR EACH ROW
    SIGNAL SQLSTATE '45000' SET MESSAGE_TEXT = 'name confirmations are evidence and cannot be updated';
CREATE TRIGGER name_confirmation_no_delete BEFORE DELETE ON name_confirmation FOR EACH ROW
    SIGNAL SQLSTATE '45000' SET MESSAGE_TEXT = 'name confirmations are evidence and cannot be deleted';
CREATE TRIGGER certificate_no_update BEFORE UPDATE ON certificate FOR EACH ROW
    SIGNAL SQLSTATE '45000' SET MESSAGE_TEXT = 'certificates are evidence and cannot be updated';
CREATE TRIGGER certificate_no_delete BEFORE DELETE ON certificate FOR EACH ROW
    SIGNAL SQLSTATE '45000' SET MESSAGE_TEXT = 'certificates are evidence and cannot be deleted';
CREATE TRIGGER certificate_document_no_update BEFORE UPDATE ON certificate_document FOR EACH ROW
    SIGNAL SQLSTATE '45000' SET MESSAGE_TEXT = 'issued certificate documents cannot be updated';
CREATE TRIGGER certificate_document_no_delete BEFORE DELETE ON certificate_document FOR EACH ROW
    SIGNAL SQLSTATE '45000' SET MESSAGE_TEXT = 'issued certificate documents cannot be deleted';
CREATE TRIGGER certificate_revocation_no_update BEFORE UPDATE ON certificate_revocation FOR EACH ROW
    SIGNAL SQLSTATE '45000' SET MESSAGE_TEXT = 'revocations are evidence and cannot be updated';
CREATE TRIGGER certificate_revocation_no_delete BEFORE DELETE ON certificate_revocation FOR EACH ROW
    SIGNAL SQLSTATE '45000' SET MESSAGE_TEXT = 'revocations are evidence and cannot be deleted';
