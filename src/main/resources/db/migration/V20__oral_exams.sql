-- Oral exams: slots that instructors publish, trainees' bookings, examiners' rubric scores, and the
-- emails sent about them. Every table is evidence: rows are only ever inserted (triggers at the end
-- refuse UPDATE and DELETE). A cancellation, a reschedule, a no-show, a correction or a
-- reconciliation is a new row saying who and why.
--
-- Double booking is impossible by the database's own keys, under any concurrency:
--
-- 1. An examiner is never in two overlapping slots, across all courses. Slots start and end on
--    five-minute marks (checked below); each examiner on a panel takes every five-minute "cell"
--    of the slot in oral_examiner_time, whose unique key (examiner, cell) admits one slot per
--    examiner per cell. Overlapping slots share a cell, so the second insert fails; back-to-back
--    slots share none. The cells are written by a trigger on oral_examiner, so no code path can
--    put an examiner on a panel without taking the time. Cells are seconds since the epoch / 300:
--    plain numbers, free of time zones and daylight-saving jumps.
--
-- 2. A slot holds one trainee, and a trainee holds one active booking per course, although rows
--    are never deleted or updated. A booking is a claim; it stops being active when a release row
--    (cancelled, rescheduled, no-show or examined) is inserted for it, at most once (primary key).
--    Each booking carries two claim numbers that a trigger sets at insert:
--      slot_claim    = how many releases the slot has had so far,
--      trainee_claim = how many releases the trainee's bookings in the course have had so far,
--    under the unique keys (slot_id, slot_claim) and (trainee_subject, course_id, trainee_claim).
--    The claims of a slot are numbered 0, 1, 2, ... and all but the newest are released, so
--    only the newest can be active, and a new claim can only take the next number once the newest
--    is released. Two concurrent bookings of a free slot compute the same number and the second
--    fails on the key (InnoDB checks uniqueness against uncommitted rows too). A trigger that reads
--    a stale count computes a number that is already taken and fails the same way: a stale view can
--    only refuse a booking, never admit a second one. The same holds per trainee and course. A
--    reschedule releases the old booking and inserts the new one in one transaction.

CREATE TABLE oral_slot (
    id                BIGINT       NOT NULL AUTO_INCREMENT PRIMARY KEY,
    course_id         VARCHAR(100) NOT NULL,
    starts_at         TIMESTAMP(6) NOT NULL,
    ends_at           TIMESTAMP(6) NOT NULL,
    format            VARCHAR(20)  NOT NULL,
    location          VARCHAR(500) NULL,
    video_link        VARCHAR(500) NULL,
    published_by      VARCHAR(64)  NOT NULL,
    published_by_name VARCHAR(255) NOT NULL,
    published_at      TIMESTAMP(6) NOT NULL,
    CONSTRAINT oral_slot_format CHECK (format IN ('in-person', 'live-video')),
    CONSTRAINT oral_slot_place CHECK ((format = 'in-person' AND location IS NOT NULL)
        OR (format = 'live-video' AND video_link IS NOT NULL)),
    CONSTRAINT oral_slot_times CHECK (ends_at > starts_at),
    INDEX oral_slot_course (course_id, starts_at),
    INDEX oral_slot_start (starts_at)
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4 COLLATE = utf8mb4_unicode_ci;

-- The panel: one or two examiners (seat 1 and 2), each an instructor account.
CREATE TABLE oral_examiner (
    slot_id          BIGINT       NOT NULL,
    seat             TINYINT      NOT NULL,
    examiner_subject VARCHAR(64)  NOT NULL,
    examiner_name    VARCHAR(255) NOT NULL,
    PRIMARY KEY (slot_id, seat),
    CONSTRAINT oral_examiner_seat CHECK (seat IN (1, 2)),
    CONSTRAINT oral_examiner_once UNIQUE (slot_id, examiner_subject),
    CONSTRAINT oral_examiner_slot_fk FOREIGN KEY (slot_id) REFERENCES oral_slot (id),
    INDEX oral_examiner_subject (examiner_subject)
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4 COLLATE = utf8mb4_unicode_ci;

-- The examiners' time, in five-minute cells (see 1. above). Written only by the trigger below.
CREATE TABLE oral_examiner_time (
    id               BIGINT      NOT NULL AUTO_INCREMENT PRIMARY KEY,
    examiner_subject VARCHAR(64) NOT NULL,
    cell             BIGINT      NOT NULL COMMENT 'seconds since the epoch / 300',
    slot_id          BIGINT      NOT NULL,
    CONSTRAINT examiner_time_once UNIQUE (examiner_subject, cell),
    CONSTRAINT examiner_time_slot_fk FOREIGN KEY (slot_id) REFERENCES oral_slot (id)
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4 COLLATE = utf8mb4_unicode_ci;

-- A trainee's claim on a slot (see 2. above). uid and sequence are the calendar invitation's:
-- the uid stays the same across reschedules, and each change raises the sequence.
CREATE TABLE oral_booking (
    id               BIGINT       NOT NULL AUTO_INCREMENT PRIMARY KEY,
    slot_id          BIGINT       NOT NULL,
    slot_claim       INT          NOT NULL DEFAULT 0 COMMENT 'set by trigger: releases of the slot before this booking',
    trainee_subject  VARCHAR(64)  NOT NULL,
    course_id        VARCHAR(100) NOT NULL,
    trainee_claim    INT          NOT NULL DEFAULT 0 COMMENT 'set by trigger: releases of the trainee''s bookings in the course before this one',
    legal_name       VARCHAR(255) NOT NULL,
    uid              VARCHAR(120) NOT NULL,
    sequence         INT          NOT NULL,
    rescheduled_from BIGINT       NULL,
    booked_by        VARCHAR(64)  NOT NULL,
    booked_by_name   VARCHAR(255) NOT NULL,
    booked_at        TIMESTAMP(6) NOT NULL,
    CONSTRAINT slot_holds_one UNIQUE (slot_id, slot_claim),
    CONSTRAINT trainee_books_once UNIQUE (trainee_subject, course_id, trainee_claim),
    CONSTRAINT rescheduled_once UNIQUE (rescheduled_from),
    CONSTRAINT oral_booking_slot_fk FOREIGN KEY (slot_id) REFERENCES oral_slot (id),
    CONSTRAINT oral_booking_from_fk FOREIGN KEY (rescheduled_from) REFERENCES oral_booking (id),
    INDEX oral_booking_uid (uid)
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4 COLLATE = utf8mb4_unicode_ci;

-- The end of a booking's claim, once. slot_id, trainee_subject and course_id are copied from the
-- booking by a trigger, for the claim counts.
CREATE TABLE oral_booking_release (
    booking_id       BIGINT        NOT NULL PRIMARY KEY,
    slot_id          BIGINT        NOT NULL DEFAULT 0,
    trainee_subject  VARCHAR(64)   NOT NULL DEFAULT '',
    course_id        VARCHAR(100)  NOT NULL DEFAULT '',
    kind             VARCHAR(20)   NOT NULL,
    reason           VARCHAR(1000) NULL,
    released_by      VARCHAR(64)   NOT NULL,
    released_by_name VARCHAR(255)  NOT NULL,
    released_at      TIMESTAMP(6)  NOT NULL,
    CONSTRAINT oral_release_kind CHECK (kind IN ('cancelled', 'rescheduled', 'no-show', 'examined')),
    CONSTRAINT oral_release_booking_fk FOREIGN KEY (booking_id) REFERENCES oral_booking (id),
    INDEX oral_release_slot (slot_id),
    INDEX oral_release_trainee (trainee_subject, course_id)
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4 COLLATE = utf8mb4_unicode_ci;

-- One examiner's scored rubric. revision is set by a trigger: 0 for the examiner's first score of
-- the booking, n for the n-th correction, which must name the score it corrects and say why.
CREATE TABLE oral_score (
    id               BIGINT        NOT NULL AUTO_INCREMENT PRIMARY KEY,
    booking_id       BIGINT        NOT NULL,
    examiner_subject VARCHAR(64)   NOT NULL,
    examiner_name    VARCHAR(255)  NOT NULL,
    revision         INT           NOT NULL DEFAULT 0,
    corrects_score   BIGINT        NULL,
    reason           VARCHAR(1000) NULL,
    total            INT           NOT NULL,
    max_total        INT           NOT NULL,
    passed           BOOLEAN       NOT NULL,
    feedback         TEXT          NOT NULL,
    content_version  CHAR(64)      NOT NULL COMMENT 'the course content (and so the rubric) scored against',
    submitted_at     TIMESTAMP(6)  NOT NULL,
    CONSTRAINT score_once UNIQUE (booking_id, examiner_subject, revision),
    CONSTRAINT oral_score_booking_fk FOREIGN KEY (booking_id) REFERENCES oral_booking (id),
    CONSTRAINT oral_score_corrects_fk FOREIGN KEY (corrects_score) REFERENCES oral_score (id),
    CONSTRAINT oral_score_total CHECK (total >= 0 AND total <= max_total)
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4 COLLATE = utf8mb4_unicode_ci;

-- The points of one score, per criterion, with the criterion's title as it was.
CREATE TABLE oral_score_point (
    score_id        BIGINT       NOT NULL,
    criterion_id    VARCHAR(100) NOT NULL,
    criterion_title VARCHAR(255) NOT NULL,
    points          INT          NOT NULL,
    max_points      INT          NOT NULL,
    PRIMARY KEY (score_id, criterion_id),
    CONSTRAINT oral_point_score_fk FOREIGN KEY (score_id) REFERENCES oral_score (id),
    CONSTRAINT oral_point_range CHECK (points >= 0 AND points <= max_points)
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4 COLLATE = utf8mb4_unicode_ci;

-- The decision when two examiners' scores disagree on pass or fail, once per pair of scores.
CREATE TABLE oral_reconciliation (
    id                 BIGINT        NOT NULL AUTO_INCREMENT PRIMARY KEY,
    booking_id         BIGINT        NOT NULL,
    first_score_id     BIGINT        NOT NULL,
    second_score_id    BIGINT        NOT NULL,
    passed             BOOLEAN       NOT NULL,
    reason             VARCHAR(1000) NOT NULL,
    reconciled_by      VARCHAR(64)   NOT NULL,
    reconciled_by_name VARCHAR(255)  NOT NULL,
    reconciled_at      TIMESTAMP(6)  NOT NULL,
    CONSTRAINT reconciled_once UNIQUE (booking_id, first_score_id, second_score_id),
    CONSTRAINT oral_reconciliation_reason CHECK (CHAR_LENGTH(TRIM(reason)) > 0),
    CONSTRAINT oral_reconciliation_order CHECK (first_score_id < second_score_id),
    CONSTRAINT oral_reconciliation_booking_fk FOREIGN KEY (booking_id) REFERENCES oral_booking (id),
    CONSTRAINT oral_reconciliation_first_fk FOREIGN KEY (first_score_id) REFERENCES oral_score (id),
    CONSTRAINT oral_reconciliation_second_fk FOREIGN KEY (second_score_id) REFERENCES oral_score (id)
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4 COLLATE = utf8mb4_unicode_ci;

-- An email to send about a booking, written in the booking's own transaction, so that it is never
-- lost; its key makes each kind once per booking row (so the reminder job, on any number of nodes,
-- adds one reminder). 'moved-away' cancels the invitation for examiners of a rescheduled booking's
-- old slot who are not on the new one.
CREATE TABLE oral_notice (
    id         BIGINT       NOT NULL AUTO_INCREMENT PRIMARY KEY,
    booking_id BIGINT       NOT NULL,
    kind       VARCHAR(20)  NOT NULL,
    method     VARCHAR(10)  NOT NULL COMMENT 'the iCalendar METHOD of the invitation attached',
    sequence   INT          NOT NULL COMMENT 'the iCalendar SEQUENCE of the invitation attached',
    created_at TIMESTAMP(6) NOT NULL,
    CONSTRAINT oral_notice_once UNIQUE (booking_id, kind),
    CONSTRAINT oral_notice_kind CHECK (kind IN ('booked', 'rescheduled', 'cancelled', 'moved-away', 'reminder')),
    CONSTRAINT oral_notice_method CHECK (method IN ('REQUEST', 'CANCEL')),
    CONSTRAINT oral_notice_booking_fk FOREIGN KEY (booking_id) REFERENCES oral_booking (id)
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4 COLLATE = utf8mb4_unicode_ci;

-- A notice sent to one person. Inserted in the transaction that sends it, so each goes once.
CREATE TABLE oral_notice_delivery (
    notice_id         BIGINT       NOT NULL,
    recipient_subject VARCHAR(64)  NOT NULL,
    sent_to           VARCHAR(255) NOT NULL,
    sent_at           TIMESTAMP(6) NOT NULL,
    PRIMARY KEY (notice_id, recipient_subject),
    CONSTRAINT oral_delivery_notice_fk FOREIGN KEY (notice_id) REFERENCES oral_notice (id)
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4 COLLATE = utf8mb4_unicode_ci;

DELIMITER $$

-- Slots begin and end on five-minute marks and last at most four hours, so that the cells in
-- oral_examiner_time cover them exactly.
CREATE TRIGGER oral_slot_on_the_grid BEFORE INSERT ON oral_slot FOR EACH ROW
BEGIN
    IF MOD(UNIX_TIMESTAMP(NEW.starts_at), 300) <> 0 OR MOD(UNIX_TIMESTAMP(NEW.ends_at), 300) <> 0 THEN
        SIGNAL SQLSTATE '45000' SET MESSAGE_TEXT = 'oral slots start and end on five-minute marks';
    END IF;
    IF UNIX_TIMESTAMP(NEW.ends_at) - UNIX_TIMESTAMP(NEW.starts_at) > 4 * 3600 THEN
        SIGNAL SQLSTATE '45000' SET MESSAGE_TEXT = 'oral slots last at most four hours';
    END IF;
END$$

-- Putting an examiner on a panel takes their time, cell by cell; an overlap fails the insert.
CREATE TRIGGER oral_examiner_takes_time AFTER INSERT ON oral_examiner FOR EACH ROW
BEGIN
    DECLARE next_cell BIGINT;
    DECLARE end_cell BIGINT;
    SELECT UNIX_TIMESTAMP(starts_at) DIV 300, UNIX_TIMESTAMP(ends_at) DIV 300 INTO next_cell, end_cell
        FROM oral_slot WHERE id = NEW.slot_id;
    WHILE next_cell < end_cell DO
        INSERT INTO oral_examiner_time (examiner_subject, cell, slot_id) VALUES (NEW.examiner_subject, next_cell, NEW.slot_id);
        SET next_cell = next_cell + 1;
    END WHILE;
END$$

-- A booking's course is its slot's; its claim numbers are the releases so far (see 2. above).
CREATE TRIGGER oral_booking_claims BEFORE INSERT ON oral_booking FOR EACH ROW
BEGIN
    IF NOT EXISTS (SELECT 1 FROM oral_slot WHERE id = NEW.slot_id AND course_id = NEW.course_id) THEN
        SIGNAL SQLSTATE '45000' SET MESSAGE_TEXT = 'a booking is for its slot''s course';
    END IF;
    SET NEW.slot_claim = (SELECT COUNT(*) FROM oral_booking_release WHERE slot_id = NEW.slot_id);
    SET NEW.trainee_claim = (SELECT COUNT(*) FROM oral_booking_release
                             WHERE trainee_subject = NEW.trainee_subject AND course_id = NEW.course_id);
END$$

CREATE TRIGGER oral_release_copies_booking BEFORE INSERT ON oral_booking_release FOR EACH ROW
BEGIN
    DECLARE booked_slot BIGINT;
    DECLARE booked_trainee VARCHAR(64);
    DECLARE booked_course VARCHAR(100);
    SELECT slot_id, trainee_subject, course_id INTO booked_slot, booked_trainee, booked_course
        FROM oral_booking WHERE id = NEW.booking_id;
    SET NEW.slot_id = booked_slot, NEW.trainee_subject = booked_trainee, NEW.course_id = booked_course;
END$$

-- Only the slot's examiners score; a second score by the same examiner is a correction, which
-- names the examiner's previous score and gives a reason.
CREATE TRIGGER oral_score_rules BEFORE INSERT ON oral_score FOR EACH ROW
BEGIN
    IF NOT EXISTS (SELECT 1 FROM oral_booking b JOIN oral_examiner e ON e.slot_id = b.slot_id
                   WHERE b.id = NEW.booking_id AND e.examiner_subject = NEW.examiner_subject) THEN
        SIGNAL SQLSTATE '45000' SET MESSAGE_TEXT = 'only the slot''s examiners score its exam';
    END IF;
    SET NEW.revision = (SELECT COUNT(*) FROM oral_score
                        WHERE booking_id = NEW.booking_id AND examiner_subject = NEW.examiner_subject);
    IF NEW.revision = 0 AND NEW.corrects_score IS NOT NULL THEN
        SIGNAL SQLSTATE '45000' SET MESSAGE_TEXT = 'there is no earlier score to correct';
    END IF;
    IF NEW.revision > 0 AND (NEW.reason IS NULL OR CHAR_LENGTH(TRIM(NEW.reason)) = 0 OR NOT EXISTS (
            SELECT 1 FROM oral_score WHERE id = NEW.corrects_score AND booking_id = NEW.booking_id
            AND examiner_subject = NEW.examiner_subject AND revision = NEW.revision - 1)) THEN
        SIGNAL SQLSTATE '45000' SET MESSAGE_TEXT = 'a correction names the examiner''s latest score and gives a reason';
    END IF;
END$$

DELIMITER ;

CREATE TRIGGER oral_slot_no_update BEFORE UPDATE ON oral_slot FOR EACH ROW
    SIGNAL SQLSTATE '45000' SET MESSAGE_TEXT = 'oral slots are evidence and cannot be updated';
CREATE TRIGGER oral_slot_no_delete BEFORE DELETE ON oral_slot FOR EACH ROW
    SIGNAL SQLSTATE '45000' SET MESSAGE_TEXT = 'oral slots are evidence and cannot be deleted';
CREATE TRIGGER oral_examiner_no_update BEFORE UPDATE ON oral_examiner FOR EACH ROW
    SIGNAL SQLSTATE '45000' SET MESSAGE_TEXT = 'oral panels are evidence and cannot be updated';
CREATE TRIGGER oral_examiner_no_delete BEFORE DELETE ON oral_examiner FOR EACH ROW
    SIGNAL SQLSTATE '45000' SET MESSAGE_TEXT = 'oral panels are evidence and cannot be deleted';
CREATE TRIGGER oral_examiner_time_no_update BEFORE UPDATE ON oral_examiner_time FOR EACH ROW
    SIGNAL SQLSTATE '45000' SET MESSAGE_TEXT = 'examiners'' time is evidence and cannot be updated';
CREATE TRIGGER oral_examiner_time_no_delete BEFORE DELETE ON oral_examiner_time FOR EACH ROW
    SIGNAL SQLSTATE '45000' SET MESSAGE_TEXT = 'examiners'' time is evidence and cannot be deleted';
CREATE TRIGGER oral_booking_no_update BEFORE UPDATE ON oral_booking FOR EACH ROW
    SIGNAL SQLSTATE '45000' SET MESSAGE_TEXT = 'oral bookings are evidence and cannot be updated';
CREATE TRIGGER oral_booking_no_delete BEFORE DELETE ON oral_booking FOR EACH ROW
    SIGNAL SQLSTATE '45000' SET MESSAGE_TEXT = 'oral bookings are evidence and cannot be deleted';
CREATE TRIGGER oral_release_no_update BEFORE UPDATE ON oral_booking_release FOR EACH ROW
    SIGNAL SQLSTATE '45000' SET MESSAGE_TEXT = 'booking releases are evidence and cannot be updated';
CREATE TRIGGER oral_release_no_delete BEFORE DELETE ON oral_booking_release FOR EACH ROW
    SIGNAL SQLSTATE '45000' SET MESSAGE_TEXT = 'booking releases are evidence and cannot be deleted';
CREATE TRIGGER oral_score_no_update BEFORE UPDATE ON oral_score FOR EACH ROW
    SIGNAL SQLSTATE '45000' SET MESSAGE_TEXT = 'oral scores are evidence and cannot be updated';
CREATE TRIGGER oral_score_no_delete BEFORE DELETE ON oral_score FOR EACH ROW
    SIGNAL SQLSTATE '45000' SET MESSAGE_TEXT = 'oral scores are evidence and cannot be deleted';
CREATE TRIGGER oral_point_no_update BEFORE UPDATE ON oral_score_point FOR EACH ROW
    SIGNAL SQLSTATE '45000' SET MESSAGE_TEXT = 'oral score points are evidence and cannot be updated';
CREATE TRIGGER oral_point_no_delete BEFORE DELETE ON oral_score_point FOR EACH ROW
    SIGNAL SQLSTATE '45000' SET MESSAGE_TEXT = 'oral score points are evidence and cannot be deleted';
CREATE TRIGGER oral_reconciliation_no_update BEFORE UPDATE ON oral_reconciliation FOR EACH ROW
    SIGNAL SQLSTATE '45000' SET MESSAGE_TEXT = 'reconciliations are evidence and cannot be updated';
CREATE TRIGGER oral_reconciliation_no_delete BEFORE DELETE ON oral_reconciliation FOR EACH ROW
    SIGNAL SQLSTATE '45000' SET MESSAGE_TEXT = 'reconciliations are evidence and cannot be deleted';
CREATE TRIGGER oral_notice_no_update BEFORE UPDATE ON oral_notice FOR EACH ROW
    SIGNAL SQLSTATE '45000' SET MESSAGE_TEXT = 'notices are evidence and cannot be updated';
CREATE TRIGGER oral_notice_no_delete BEFORE DELETE ON oral_notice FOR EACH ROW
    SIGNAL SQLSTATE '45000' SET MESSAGE_TEXT = 'notices are evidence and cannot be deleted';
CREATE TRIGGER oral_delivery_no_update BEFORE UPDATE ON oral_notice_delivery FOR EACH ROW
    SIGNAL SQLSTATE '45000' SET MESSAGE_TEXT = 'sent notices are evidence and cannot be updated';
CREATE TRIGGER oral_delivery_no_delete BEFORE DELETE ON oral_notice_delivery FOR EACH ROW
    SIGNAL SQLSTATE '45000' SET MESSAGE_TEXT = 'sent notices are evidence and cannot be deleted';
