-- A revoked certificate blocks a new one for the same trainee and course until an admin allows a
-- replacement, with a reason: at the revocation (a misspelt name) or later (the trainee retook the
-- exam). One allowance per revoked certificate; like revocations, never updated or deleted.
CREATE TABLE certificate_replacement (
    id              BIGINT        NOT NULL AUTO_INCREMENT PRIMARY KEY,
    certificate_id  BIGINT        NOT NULL,
    reason          VARCHAR(1000) NOT NULL,
    allowed_by      VARCHAR(64)   NOT NULL,
    allowed_by_name VARCHAR(255)  NOT NULL,
    allowed_at      TIMESTAMP(6)  NOT NULL,
    CONSTRAINT certificate_replacement_once UNIQUE (certificate_id),
    CONSTRAINT certificate_replacement_reason CHECK (CHAR_LENGTH(TRIM(reason)) > 0),
    CONSTRAINT certificate_replacement_fk FOREIGN KEY (certificate_id) REFERENCES certificate (id)
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4 COLLATE = utf8mb4_unicode_ci;

CREATE TRIGGER certificate_replacement_no_update BEFORE UPDATE ON certificate_replacement FOR EACH ROW
    SIGNAL SQLSTATE '45000' SET MESSAGE_TEXT = 'replacement allowances are evidence and cannot be updated';
CREATE TRIGGER certificate_replacement_no_delete BEFORE DELETE ON certificate_replacement FOR EACH ROW
    SIGNAL SQLSTATE '45000' SET MESSAGE_TEXT = 'replacement allowances are evidence and cannot be deleted';
