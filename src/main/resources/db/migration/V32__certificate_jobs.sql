-- Bulk issue and bulk download, run in the background by whichever node holds the job's lease.
-- A job, its items and each item's outcome are insert-only, so progress is counted from rows and
-- survives a page reload or a node's restart. The lease is state, not evidence, and is updated.
CREATE TABLE certificate_job (
    id                BIGINT       NOT NULL AUTO_INCREMENT PRIMARY KEY,
    kind              VARCHAR(10)  NOT NULL,
    course_id         VARCHAR(100) NOT NULL,
    item_count        INT          NOT NULL,
    requested_by      VARCHAR(64)  NOT NULL,
    requested_by_name VARCHAR(255) NOT NULL,
    requested_at      TIMESTAMP(6) NOT NULL,
    CONSTRAINT certificate_job_kind CHECK (kind IN ('issue', 'download')),
    INDEX certificate_job_requested (requested_at)
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4 COLLATE = utf8mb4_unicode_ci;

-- What a job works through: trainees to issue to, or certificates to put in the ZIP.
CREATE TABLE certificate_job_item (
    id              BIGINT      NOT NULL AUTO_INCREMENT PRIMARY KEY,
    job_id          BIGINT      NOT NULL,
    trainee_subject VARCHAR(64) NULL,
    certificate_id  BIGINT      NULL,
    CONSTRAINT certificate_job_item_job_fk FOREIGN KEY (job_id) REFERENCES certificate_job (id),
    CONSTRAINT certificate_job_item_certificate_fk FOREIGN KEY (certificate_id) REFERENCES certificate (id)
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4 COLLATE = utf8mb4_unicode_ci;

-- Each item's outcome, once: issued, skipped (with the reason), failed, or added to the ZIP.
CREATE TABLE certificate_job_outcome (
    item_id        BIGINT        NOT NULL PRIMARY KEY,
    job_id         BIGINT        NOT NULL,
    outcome        VARCHAR(10)   NOT NULL,
    detail         VARCHAR(2000) NULL,
    certificate_id BIGINT        NULL,
    at             TIMESTAMP(6)  NOT NULL,
    CONSTRAINT certificate_job_outcome_kind CHECK (outcome IN ('issued', 'skipped', 'failed', 'added')),
    CONSTRAINT certificate_job_outcome_item_fk FOREIGN KEY (item_id) REFERENCES certificate_job_item (id),
    INDEX certificate_job_outcome_job (job_id, outcome)
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4 COLLATE = utf8mb4_unicode_ci;

-- A finished job; for a download, which attempt's ZIP parts make the file.
CREATE TABLE certificate_job_finish (
    job_id      BIGINT       NOT NULL PRIMARY KEY,
    zip_attempt CHAR(36)     NULL,
    zip_parts   INT          NULL,
    zip_bytes   BIGINT       NULL,
    finished_at TIMESTAMP(6) NOT NULL,
    CONSTRAINT certificate_job_finish_fk FOREIGN KEY (job_id) REFERENCES certificate_job (id)
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4 COLLATE = utf8mb4_unicode_ci;

-- The ZIP of a download job in parts of at most 4 MiB (under max_allowed_packet), any node can serve it.
CREATE TABLE certificate_job_file (
    job_id  BIGINT     NOT NULL,
    attempt CHAR(36)   NOT NULL,
    part    INT        NOT NULL,
    bytes   MEDIUMBLOB NOT NULL,
    PRIMARY KEY (job_id, attempt, part),
    CONSTRAINT certificate_job_file_fk FOREIGN KEY (job_id) REFERENCES certificate_job (id)
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4 COLLATE = utf8mb4_unicode_ci;

-- Which node runs a job, until when. State: taken over when it expires.
CREATE TABLE certificate_job_lease (
    job_id     BIGINT       NOT NULL PRIMARY KEY,
    node       VARCHAR(100) NOT NULL,
    expires_at TIMESTAMP(6) NOT NULL
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4 COLLATE = utf8mb4_unicode_ci;

CREATE TRIGGER certificate_job_no_update BEFORE UPDATE ON certificate_job FOR EACH ROW
    SIGNAL SQLSTATE '45000' SET MESSAGE_TEXT = 'certificate jobs cannot be updated';
CREATE TRIGGER certificate_job_no_delete BEFORE DELETE ON certificate_job FOR EACH ROW
    SIGNAL SQLSTATE '45000' SET MESSAGE_TEXT = 'certificate jobs cannot be deleted';
CREATE TRIGGER certificate_job_item_no_update BEFORE UPDATE ON certificate_job_item FOR EACH ROW
    SIGNAL SQLSTATE '45000' SET MESSAGE_TEXT = 'certificate job items cannot be updated';
CREATE TRIGGER certificate_job_item_no_delete BEFORE DELETE ON certificate_job_item FOR EACH ROW
    SIGNAL SQLSTATE '45000' SET MESSAGE_TEXT = 'certificate job items cannot be deleted';
CREATE TRIGGER certificate_job_outcome_no_update BEFORE UPDATE ON certificate_job_outcome FOR EACH ROW
    SIGNAL SQLSTATE '45000' SET MESSAGE_TEXT = 'certificate job outcomes cannot be updated';
CREATE TRIGGER certificate_job_outcome_no_delete BEFORE DELETE ON certificate_job_outcome FOR EACH ROW
    SIGNAL SQLSTATE '45000' SET MESSAGE_TEXT = 'certificate job outcomes cannot be deleted';
CREATE TRIGGER certificate_job_finish_no_update BEFORE UPDATE ON certificate_job_finish FOR EACH ROW
    SIGNAL SQLSTATE '45000' SET MESSAGE_TEXT = 'finished jobs cannot be updated';
CREATE TRIGGER certificate_job_finish_no_delete BEFORE DELETE ON certificate_job_finish FOR EACH ROW
    SIGNAL SQLSTATE '45000' SET MESSAGE_TEXT = 'finished jobs cannot be deleted';
CREATE TRIGGER certificate_job_file_no_update BEFORE UPDATE ON certificate_job_file FOR EACH ROW
    SIGNAL SQLSTATE '45000' SET MESSAGE_TEXT = 'ZIP parts cannot be updated';
