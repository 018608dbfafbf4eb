-- The course evaluation form that CE and specialty courses require before their certificate:
-- Likert ratings (1 strongly disagree .. 5 strongly agree) and comments. Submitted once, kept as evidence.
CREATE TABLE course_evaluation (
    id              BIGINT        NOT NULL AUTO_INCREMENT PRIMARY KEY,
    trainee_subject VARCHAR(64)   NOT NULL,
    course_id       VARCHAR(100)  NOT NULL,
    content_version CHAR(64)      NOT NULL,
    comments        VARCHAR(4000) NULL,
    submitted_at    TIMESTAMP(6)  NOT NULL,
    CONSTRAINT course_evaluation_once UNIQUE (trainee_subject, course_id)
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4 COLLATE = utf8mb4_unicode_ci;

CREATE TABLE course_evaluation_rating (
    evaluation_id BIGINT      NOT NULL,
    item_id       VARCHAR(50) NOT NULL,
    rating        TINYINT     NOT NULL,
    PRIMARY KEY (evaluation_id, item_id),
    CONSTRAINT course_evaluation_rating_range CHECK (rating BETWEEN 1 AND 5),
    CONSTRAINT course_evaluation_rating_fk FOREIGN KEY (evaluation_id) REFERENCES course_evaluation (id)
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4 COLLATE = utf8mb4_unicode_ci;

CREATE TRIGGER course_evaluation_no_update BEFORE UPDATE ON course_evaluation FOR EACH ROW
    SIGNAL SQLSTATE '45000' SET MESSAGE_TEXT = 'course evaluations are evidence and cannot be updated';
CREATE TRIGGER course_evaluation_no_delete BEFORE DELETE ON course_evaluation FOR EACH ROW
    SIGNAL SQLSTATE '45000' SET MESSAGE_TEXT = 'course evaluations are evidence and cannot be deleted';
CREATE TRIGGER course_evaluation_rating_no_update BEFORE UPDATE ON course_evaluation_rating FOR EACH ROW
    SIGNAL SQLSTATE '45000' SET MESSAGE_TEXT = 'course evaluations are evidence and cannot be updated';
CREATE TRIGGER course_evaluation_rating_no_delete BEFORE DELETE ON course_evaluation_rating FOR EACH ROW
    SIGNAL SQLSTATE '45000' SET MESSAGE_TEXT = 'course evaluations are evidence and cannot be deleted';
