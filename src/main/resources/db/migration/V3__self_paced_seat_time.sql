-- Self-paced seat time, judged by the server. Each accepted heartbeat is kept with the seconds it
-- credited; a module's credit goes to the ledger once its measured minutes (and knowledge check)
-- are met. Beats, checks and completions are evidence: insert only.

CREATE TABLE activity_beat (
    id              BIGINT       NOT NULL AUTO_INCREMENT PRIMARY KEY,
    trainee_subject VARCHAR(64)  NOT NULL,
    course_id       VARCHAR(100) NOT NULL,
    module_slug     VARCHAR(150) NOT NULL,
    received_at     TIMESTAMP(6) NOT NULL,
    credited_ms     INT          NOT NULL,
    note            VARCHAR(100) NOT NULL COMMENT 'why the beat credited what it did',
    INDEX activity_beat_module (trainee_subject, course_id, module_slug),
    INDEX activity_beat_window (trainee_subject, course_id, received_at)
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4 COLLATE = utf8mb4_unicode_ci;

-- The server's cursor per trainee: the last beat, for one-module-at-a-time and gap judging.
-- This row is state, not evidence (the beats are the evidence); it is locked per beat.
CREATE TABLE activity_clock (
    trainee_subject VARCHAR(64)  NOT NULL PRIMARY KEY,
    course_id       VARCHAR(100) NOT NULL,
    module_slug     VARCHAR(150) NOT NULL,
    last_beat_at    TIMESTAMP(6) NOT NULL
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4 COLLATE = utf8mb4_unicode_ci;

CREATE TABLE knowledge_check_attempt (
    id              BIGINT       NOT NULL AUTO_INCREMENT PRIMARY KEY,
    trainee_subject VARCHAR(64)  NOT NULL,
    course_id       VARCHAR(100) NOT NULL,
    module_slug     VARCHAR(150) NOT NULL,
    correct         INT          NOT NULL,
    questions       INT          NOT NULL,
    passed          BOOLEAN      NOT NULL,
    answers         VARCHAR(4000) NOT NULL COMMENT 'the answers as given, JSON',
    submitted_at    TIMESTAMP(6) NOT NULL,
    INDEX knowledge_check_module (trainee_subject, course_id, module_slug)
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4 COLLATE = utf8mb4_unicode_ci;

-- A module credited once: the primary key refuses a second credit, even under concurrency.
CREATE TABLE module_completion (
    trainee_subject VARCHAR(64)  NOT NULL,
    course_id       VARCHAR(100) NOT NULL,
    module_slug     VARCHAR(150) NOT NULL,
    hours_entry_id  BIGINT       NOT NULL,
    completed_at    TIMESTAMP(6) NOT NULL,
    PRIMARY KEY (trainee_subject, course_id, module_slug),
    CONSTRAINT module_completion_entry FOREIGN KEY (hours_entry_id) REFERENCES hours_entry (id)
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4 COLLATE = utf8mb4_unicode_ci;

CREATE TRIGGER activity_beat_no_update BEFORE UPDATE ON activity_beat FOR EACH ROW
    SIGNAL SQLSTATE '45000' SET MESSAGE_TEXT = 'activity beats are evidence and cannot be updated';
CREATE TRIGGER activity_beat_no_delete BEFORE DELETE ON activity_beat FOR EACH ROW
    SIGNAL SQLSTATE '45000' SET MESSAGE_TEXT = 'activity beats are evidence and cannot be deleted';
CREATE TRIGGER knowledge_check_no_update BEFORE UPDATE ON knowledge_check_attempt FOR EACH ROW
    SIGNAL SQLSTATE '45000' SET MESSAGE_TEXT = 'knowledge-check attempts are evidence and cannot be updated';
CREATE TRIGGER knowledge_check_no_delete BEFORE DELETE ON knowledge_check_attempt FOR EACH ROW
    SIGNAL SQLSTATE '45000' SET MESSAGE_TEXT = 'knowledge-check attempts are evidence and cannot be deleted';
CREATE TRIGGER module_completion_no_update BEFORE UPDATE ON module_completion FOR EACH ROW
    SIGNAL SQLSTATE '45000' SET MESSAGE_TEXT = 'module completions are evidence and cannot be updated';
CREATE TRIGGER module_completion_no_delete BEFORE DELETE ON module_completion FOR EACH ROW
    SIGNAL SQLSTATE '45000' SET MESSAGE_TEXT = 'module completions are evidence and cannot be deleted';
