-- Enrolments and the training-hours ledger. Every table here is evidence: rows are only ever
-- inserted. A change of state is a new row (a decision, a correction) that says who and why.

-- A trainee's request to join a course that needs approval.
CREATE TABLE enrolment_request (
    id              BIGINT       NOT NULL AUTO_INCREMENT PRIMARY KEY,
    trainee_subject VARCHAR(64)  NOT NULL,
    trainee_name    VARCHAR(255) NOT NULL,
    course_id       VARCHAR(100) NOT NULL,
    requested_at    TIMESTAMP(6) NOT NULL,
    INDEX enrolment_request_course (course_id, requested_at)
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4 COLLATE = utf8mb4_unicode_ci;

-- A trainee in a course, pinned to the content version and legal name of the day they started.
CREATE TABLE enrolment (
    id               BIGINT       NOT NULL AUTO_INCREMENT PRIMARY KEY,
    trainee_subject  VARCHAR(64)  NOT NULL,
    course_id        VARCHAR(100) NOT NULL,
    content_version  CHAR(64)     NOT NULL,
    legal_name       VARCHAR(255) NOT NULL,
    request_id       BIGINT       NULL,
    enrolled_by      VARCHAR(64)  NOT NULL COMMENT 'OIDC subject: the trainee, or the admin who enrolled or approved',
    enrolled_by_name VARCHAR(255) NOT NULL,
    enrolled_at      TIMESTAMP(6) NOT NULL,
    CONSTRAINT enrolment_once UNIQUE (trainee_subject, course_id),
    CONSTRAINT enrolment_request_fk FOREIGN KEY (request_id) REFERENCES enrolment_request (id)
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4 COLLATE = utf8mb4_unicode_ci;

-- One line of the ledger. minutes may be negative only for an adjustment (a correction).
CREATE TABLE hours_entry (
    id              BIGINT       NOT NULL AUTO_INCREMENT PRIMARY KEY,
    trainee_subject VARCHAR(64)  NOT NULL,
    course_id       VARCHAR(100) NOT NULL,
    competency_id   VARCHAR(100) NOT NULL,
    source          VARCHAR(20)  NOT NULL,
    minutes         INT          NOT NULL,
    live_session_id BIGINT       NULL,
    module_slug     VARCHAR(150) NULL,
    evidence        VARCHAR(2000) NOT NULL COMMENT 'what the minutes rest on: attendance times or activity spans',
    reason          VARCHAR(1000) NULL COMMENT 'required for an adjustment',
    corrects_entry  BIGINT       NULL,
    recorded_by     VARCHAR(64)  NOT NULL,
    recorded_by_name VARCHAR(255) NOT NULL,
    recorded_at     TIMESTAMP(6) NOT NULL,
    CONSTRAINT hours_entry_source CHECK (source IN ('live-session', 'self-paced', 'adjustment', 'outside-ce')),
    CONSTRAINT hours_entry_reason CHECK (source <> 'adjustment' OR (reason IS NOT NULL AND CHAR_LENGTH(reason) > 0)),
    CONSTRAINT hours_entry_positive CHECK (source = 'adjustment' OR minutes > 0),
    CONSTRAINT hours_entry_corrects FOREIGN KEY (corrects_entry) REFERENCES hours_entry (id),
    INDEX hours_entry_trainee (trainee_subject, course_id)
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4 COLLATE = utf8mb4_unicode_ci;

CREATE TRIGGER enrolment_request_no_update BEFORE UPDATE ON enrolment_request FOR EACH ROW
    SIGNAL SQLSTATE '45000' SET MESSAGE_TEXT = 'enrolment requests are evidence and cannot be updated';
CREATE TRIGGER enrolment_request_no_delete BEFORE DELETE ON enrolment_request FOR EACH ROW
    SIGNAL SQLSTATE '45000' SET MESSAGE_TEXT = 'enrolment requests are evidence and cannot be deleted';
CREATE TRIGGER enrolment_no_update BEFORE UPDATE ON enrolment FOR EACH ROW
    SIGNAL SQLSTATE '45000' SET MESSAGE_TEXT = 'enrolments are evidence and cannot be updated';
CREATE TRIGGER enrolment_no_delete BEFORE DELETE ON enrolment FOR EACH ROW
    SIGNAL SQLSTATE '45000' SET MESSAGE_TEXT = 'enrolments are evidence and cannot be deleted';
CREATE TRIGGER hours_entry_no_update BEFORE UPDATE ON hours_entry FOR EACH ROW
    SIGNAL SQLSTATE '45000' SET MESSAGE_TEXT = 'hours entries are evidence and cannot be updated';
CREATE TRIGGER hours_entry_no_delete BEFORE DELETE ON hours_entry FOR EACH ROW
    SIGNAL SQLSTATE '45000' SET MESSAGE_TEXT = 'hours entries are evidence and cannot be deleted';

-- A scheduled class, in person or over two-way video, counting toward one competency.
CREATE TABLE live_session (
    id                 BIGINT        NOT NULL AUTO_INCREMENT PRIMARY KEY,
    course_id          VARCHAR(100)  NOT NULL,
    competency_id      VARCHAR(100)  NOT NULL,
    title              VARCHAR(255)  NOT NULL,
    starts_at          TIMESTAMP(6)  NOT NULL,
    ends_at            TIMESTAMP(6)  NOT NULL,
    format             VARCHAR(20)   NOT NULL,
    location           VARCHAR(500)  NULL,
    video_link         VARCHAR(500)  NULL,
    instructor_subject VARCHAR(64)   NOT NULL,
    instructor_name    VARCHAR(255)  NOT NULL,
    created_at         TIMESTAMP(6)  NOT NULL,
    CONSTRAINT live_session_format CHECK (format IN ('in-person', 'live-video')),
    CONSTRAINT live_session_times CHECK (ends_at > starts_at),
    INDEX live_session_course (course_id, starts_at)
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4 COLLATE = utf8mb4_unicode_ci;

-- Who is expected in a session.
CREATE TABLE live_session_roster (
    id              BIGINT       NOT NULL AUTO_INCREMENT PRIMARY KEY,
    session_id      BIGINT       NOT NULL,
    trainee_subject VARCHAR(64)  NOT NULL,
    legal_name      VARCHAR(255) NOT NULL,
    CONSTRAINT roster_once UNIQUE (session_id, trainee_subject),
    CONSTRAINT roster_session_fk FOREIGN KEY (session_id) REFERENCES live_session (id)
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4 COLLATE = utf8mb4_unicode_ci;

-- A trainee's join and leave times in a session, as the instructor recorded them.
CREATE TABLE attendance (
    id               BIGINT       NOT NULL AUTO_INCREMENT PRIMARY KEY,
    session_id       BIGINT       NOT NULL,
    trainee_subject  VARCHAR(64)  NOT NULL,
    joined_at        TIMESTAMP(6) NOT NULL,
    left_at          TIMESTAMP(6) NOT NULL,
    recorded_by      VARCHAR(64)  NOT NULL,
    recorded_by_name VARCHAR(255) NOT NULL,
    recorded_at      TIMESTAMP(6) NOT NULL,
    CONSTRAINT attendance_times CHECK (left_at > joined_at),
    CONSTRAINT attendance_session_fk FOREIGN KEY (session_id) REFERENCES live_session (id),
    INDEX attendance_session (session_id, trainee_subject)
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4 COLLATE = utf8mb4_unicode_ci;

-- Attendance closes once; closing posts the credit to the ledger. The primary key makes it once.
CREATE TABLE attendance_closure (
    session_id     BIGINT       NOT NULL PRIMARY KEY,
    closed_by      VARCHAR(64)  NOT NULL,
    closed_by_name VARCHAR(255) NOT NULL,
    closed_at      TIMESTAMP(6) NOT NULL,
    CONSTRAINT closure_session_fk FOREIGN KEY (session_id) REFERENCES live_session (id)
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4 COLLATE = utf8mb4_unicode_ci;

ALTER TABLE hours_entry ADD CONSTRAINT hours_entry_session_fk FOREIGN KEY (live_session_id) REFERENCES live_session (id);

CREATE TRIGGER live_session_no_update BEFORE UPDATE ON live_session FOR EACH ROW
    SIGNAL SQLSTATE '45000' SET MESSAGE_TEXT = 'live sessions are evidence and cannot be updated';
CREATE TRIGGER live_session_no_delete BEFORE DELETE ON live_session FOR EACH ROW
    SIGNAL SQLSTATE '45000' SET MESSAGE_TEXT = 'live sessions are evidence and cannot be deleted';
CREATE TRIGGER roster_no_update BEFORE UPDATE ON live_session_roster FOR EACH ROW
    SIGNAL SQLSTATE '45000' SET MESSAGE_TEXT = 'rosters are evidence and cannot be updated';
CREATE TRIGGER roster_no_delete BEFORE DELETE ON live_session_roster FOR EACH ROW
    SIGNAL SQLSTATE '45000' SET MESSAGE_TEXT = 'rosters are evidence and cannot be deleted';
CREATE TRIGGER attendance_no_update BEFORE UPDATE ON attendance FOR EACH ROW
    SIGNAL SQLSTATE '45000' SET MESSAGE_TEXT = 'attendance is evidence and cannot be updated';
CREATE TRIGGER attendance_no_delete BEFORE DELETE ON attendance FOR EACH ROW
    SIGNAL SQLSTATE '45000' SET MESSAGE_TEXT = 'attendance is evidence and cannot be deleted';
CREATE TRIGGER closure_no_update BEFORE UPDATE ON attendance_closure FOR EACH ROW
    SIGNAL SQLSTATE '45000' SET MESSAGE_TEXT = 'closures are evidence and cannot be updated';
CREATE TRIGGER closure_no_delete BEFORE DELETE ON attendance_closure FOR EACH ROW
    SIGNAL SQLSTATE '45000' SET MESSAGE_TEXT = 'closures are evidence and cannot be deleted';
