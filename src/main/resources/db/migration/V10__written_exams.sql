-- Written exams and post-tests. Every table here is evidence and insert-only (triggers below):
-- an attempt holds its draw and deadline from the start; answers are appended as they are given
-- (the latest per question wins); the submission is one row per attempt, written once, after the
-- marks of its questions; a change of accommodation is a new row (the latest wins).

-- An admin's extra-time accommodation for a trainee. It applies to attempts started after it.
CREATE TABLE exam_accommodation (
    id               BIGINT        NOT NULL AUTO_INCREMENT PRIMARY KEY,
    trainee_subject  VARCHAR(64)   NOT NULL,
    trainee_name     VARCHAR(255)  NOT NULL,
    time_multiplier  DECIMAL(4, 2) NOT NULL,
    reason           VARCHAR(1000) NOT NULL,
    granted_by       VARCHAR(64)   NOT NULL,
    granted_by_name  VARCHAR(255)  NOT NULL,
    granted_at       TIMESTAMP(6)  NOT NULL,
    CONSTRAINT exam_accommodation_multiplier CHECK (time_multiplier >= 1 AND time_multiplier <= 10),
    CONSTRAINT exam_accommodation_reason CHECK (CHAR_LENGTH(reason) > 0),
    INDEX exam_accommodation_trainee (trainee_subject, id)
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4 COLLATE = utf8mb4_unicode_ci;

-- One sitting. The draw (questions with their shuffled, opaque option ids and their keys) and the
-- rules of the day (time, multiplier, grace, pass mark) are fixed here when it starts.
CREATE TABLE exam_attempt (
    id                 BIGINT        NOT NULL AUTO_INCREMENT PRIMARY KEY,
    trainee_subject    VARCHAR(64)   NOT NULL,
    legal_name         VARCHAR(255)  NOT NULL,
    course_id          VARCHAR(100)  NOT NULL,
    exam_kind          VARCHAR(20)   NOT NULL,
    attempt_number     INT           NOT NULL,
    content_version    CHAR(64)      NOT NULL,
    started_at         TIMESTAMP(6)  NOT NULL,
    deadline           TIMESTAMP(6)  NOT NULL,
    grace_seconds      INT           NOT NULL,
    time_limit_minutes INT           NOT NULL,
    time_multiplier    DECIMAL(4, 2) NOT NULL,
    pass_percent       INT           NOT NULL,
    show_answers       BOOLEAN       NOT NULL,
    question_count     INT           NOT NULL,
    draw               MEDIUMTEXT    NOT NULL COMMENT 'the drawn questions as JSON, keys included; never sent to a browser',
    CONSTRAINT exam_attempt_kind CHECK (exam_kind IN ('written-exam', 'post-test')),
    CONSTRAINT exam_attempt_times CHECK (deadline > started_at),
    -- Two parallel starts cannot both become attempt n.
    CONSTRAINT exam_attempt_number_once UNIQUE (trainee_subject, course_id, attempt_number),
    INDEX exam_attempt_course (course_id, started_at),
    INDEX exam_attempt_deadline (deadline)
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4 COLLATE = utf8mb4_unicode_ci;

-- An answer as it was given (autosave); the latest row per question of an attempt is the answer.
CREATE TABLE exam_answer (
    id           BIGINT        NOT NULL AUTO_INCREMENT PRIMARY KEY,
    attempt_id   BIGINT        NOT NULL,
    item_key     VARCHAR(32)   NOT NULL COMMENT 'the opaque question id of the draw',
    answer       VARCHAR(4000) NOT NULL COMMENT 'JSON: chosen option ids, typed text or matches',
    received_at  TIMESTAMP(6)  NOT NULL,
    CONSTRAINT exam_answer_attempt_fk FOREIGN KEY (attempt_id) REFERENCES exam_attempt (id),
    INDEX exam_answer_attempt (attempt_id, id)
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4 COLLATE = utf8mb4_unicode_ci;

-- How each drawn question was marked, written just before the submission row.
CREATE TABLE exam_item_mark (
    attempt_id     BIGINT        NOT NULL,
    position       INT           NOT NULL,
    question_id    VARCHAR(200)  NOT NULL,
    competency_id  VARCHAR(100)  NOT NULL,
    correct        BOOLEAN       NOT NULL,
    given          TEXT          NOT NULL COMMENT 'JSON: the answer in the bank''s terms (option numbers, text)',
    PRIMARY KEY (attempt_id, position),
    CONSTRAINT exam_item_mark_attempt_fk FOREIGN KEY (attempt_id) REFERENCES exam_attempt (id),
    INDEX exam_item_mark_question (question_id)
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4 COLLATE = utf8mb4_unicode_ci;

-- The end of an attempt: submitted by the trainee, or finalised at the deadline. Once per attempt.
CREATE TABLE exam_submission (
    attempt_id      BIGINT        NOT NULL PRIMARY KEY,
    finalised_at    TIMESTAMP(6)  NOT NULL,
    how             VARCHAR(20)   NOT NULL,
    correct         INT           NOT NULL,
    questions       INT           NOT NULL,
    score_percent   DECIMAL(5, 2) NOT NULL,
    passed          BOOLEAN       NOT NULL,
    by_competency   VARCHAR(4000) NOT NULL COMMENT 'JSON: correct and questions per competency',
    CONSTRAINT exam_submission_how CHECK (how IN ('submitted', 'deadline')),
    CONSTRAINT exam_submission_attempt_fk FOREIGN KEY (attempt_id) REFERENCES exam_attempt (id)
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4 COLLATE = utf8mb4_unicode_ci;

CREATE TRIGGER exam_accommodation_no_update BEFORE UPDATE ON exam_accommodation FOR EACH ROW
    SIGNAL SQLSTATE '45000' SET MESSAGE_TEXT = 'accommodations are evidence and cannot be updated';
CREATE TRIGGER exam_accommodation_no_delete BEFORE DELETE ON exam_accommodation FOR EACH ROW
    SIGNAL SQLSTATE '45000' SET MESSAGE_TEXT = 'accommodations are evidence and cannot be deleted';
CREATE TRIGGER exam_attempt_no_update BEFORE UPDATE ON exam_attempt FOR EACH ROW
    SIGNAL SQLSTATE '45000' SET MESSAGE_TEXT = 'exam attempts are evidence and cannot be updated';
CREATE TRIGGER exam_attempt_no_delete BEFORE DELETE ON exam_attempt FOR EACH ROW
    SIGNAL SQLSTATE '45000' SET MESSAGE_TEXT = 'exam attempts are evidence and cannot be deleted';
CREATE TRIGGER exam_answer_no_update BEFORE UPDATE ON exam_answer FOR EACH ROW
    SIGNAL SQLSTATE '45000' SET MESSAGE_TEXT = 'exam answers are evidence and cannot be updated';
CREATE TRIGGER exam_answer_no_delete BEFORE DELETE ON exam_answer FOR EACH ROW
    SIGNAL SQLSTATE '45000' SET MESSAGE_TEXT = 'exam answers are evidence and cannot be deleted';
CREATE TRIGGER exam_item_mark_no_update BEFORE UPDATE ON exam_item_mark FOR EACH ROW
    SIGNAL SQLSTATE '45000' SET MESSAGE_TEXT = 'exam marks are evidence and cannot be updated';
CREATE TRIGGER exam_item_mark_no_delete BEFORE DELETE ON exam_item_mark FOR EACH ROW
    SIGNAL SQLSTATE '45000' SET MESSAGE_TEXT = 'exam marks are evidence and cannot be deleted';
CREATE TRIGGER exam_submission_no_update BEFORE UPDATE ON exam_submission FOR EACH ROW
    SIGNAL SQLSTATE '45000' SET MESSAGE_TEXT = 'exam submissions are evidence and cannot be updated';
CREATE TRIGGER exam_submission_no_delete BEFORE DELETE ON exam_submission FOR EACH ROW
    SIGNAL SQLSTATE '45000' SET MESSAGE_TEXT = 'exam submissions are evidence and cannot be deleted';

-- A submitted attempt can no longer change, and no answer counts after the deadline and its grace.
-- (Marks need no such trigger: they are written in the submission's own transaction, once, under
-- the attempt's row lock; a trigger reading exam_submission there takes gap locks that deadlock
-- parallel submissions.)
DELIMITER $$
CREATE TRIGGER exam_answer_only_while_open BEFORE INSERT ON exam_answer FOR EACH ROW
BEGIN
    IF EXISTS (SELECT 1 FROM exam_submission s WHERE s.attempt_id = NEW.attempt_id) THEN
        SIGNAL SQLSTATE '45000' SET MESSAGE_TEXT = 'this exam attempt is submitted and can no longer change';
    END IF;
    IF EXISTS (SELECT 1 FROM exam_attempt a WHERE a.id = NEW.attempt_id
               AND NEW.received_at > a.deadline + INTERVAL a.grace_seconds SECOND) THEN
        SIGNAL SQLSTATE '45000' SET MESSAGE_TEXT = 'this exam attempt is past its deadline';
    END IF;
END$$

DELIMITER ;
