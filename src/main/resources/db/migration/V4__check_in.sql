-- Trainees checking in and out of a live session with the instructor's rotating code. Each try,
-- right or wrong, is kept: the wrong ones limit guessing, the right ones are attendance evidence.
CREATE TABLE check_in (
    id              BIGINT       NOT NULL AUTO_INCREMENT PRIMARY KEY,
    session_id      BIGINT       NOT NULL,
    trainee_subject VARCHAR(64)  NOT NULL,
    direction       VARCHAR(3)   NOT NULL,
    accepted        BOOLEAN      NOT NULL,
    at              TIMESTAMP(6) NOT NULL,
    client_address  VARCHAR(64)  NULL,
    CONSTRAINT check_in_direction CHECK (direction IN ('in', 'out')),
    CONSTRAINT check_in_session_fk FOREIGN KEY (session_id) REFERENCES live_session (id),
    INDEX check_in_trainee (session_id, trainee_subject, at)
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4 COLLATE = utf8mb4_unicode_ci;

CREATE TRIGGER check_in_no_update BEFORE UPDATE ON check_in FOR EACH ROW
    SIGNAL SQLSTATE '45000' SET MESSAGE_TEXT = 'check-ins are evidence and cannot be updated';
CREATE TRIGGER check_in_no_delete BEFORE DELETE ON check_in FOR EACH ROW
    SIGNAL SQLSTATE '45000' SET MESSAGE_TEXT = 'check-ins are evidence and cannot be deleted';
