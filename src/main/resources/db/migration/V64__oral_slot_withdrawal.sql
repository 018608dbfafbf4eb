-- An instructor or admin withdraws a published slot that nobody holds, with a reason: a new row
-- (slots stay, as evidence). A withdrawn slot takes no booking, and gives its examiners' time
-- back: their time cells carry a claim number, the count of withdrawn slots that held the same
-- cell before, so a new slot claims the next number and two live slots still cannot share a cell.
CREATE TABLE oral_slot_withdrawal (
    slot_id           BIGINT        NOT NULL PRIMARY KEY,
    reason            VARCHAR(1000) NOT NULL,
    withdrawn_by      VARCHAR(64)   NOT NULL,
    withdrawn_by_name VARCHAR(255)  NOT NULL,
    withdrawn_at      TIMESTAMP(6)  NOT NULL,
    CONSTRAINT oral_slot_withdrawal_reason CHECK (CHAR_LENGTH(TRIM(reason)) > 0),
    CONSTRAINT oral_slot_withdrawal_fk FOREIGN KEY (slot_id) REFERENCES oral_slot (id)
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4 COLLATE = utf8mb4_unicode_ci;

ALTER TABLE oral_examiner_time ADD COLUMN claim INT NOT NULL DEFAULT 0;
ALTER TABLE oral_examiner_time DROP INDEX examiner_time_once, ADD CONSTRAINT examiner_time_once UNIQUE (examiner_subject, cell, claim);

DELIMITER $$

DROP TRIGGER oral_examiner_takes_time$$
CREATE TRIGGER oral_examiner_takes_time AFTER INSERT ON oral_examiner FOR EACH ROW
BEGIN
    DECLARE next_cell BIGINT;
    DECLARE end_cell BIGINT;
    DECLARE claim_no INT;
    SELECT UNIX_TIMESTAMP(starts_at) DIV 300, UNIX_TIMESTAMP(ends_at) DIV 300 INTO next_cell, end_cell
        FROM oral_slot WHERE id = NEW.slot_id;
    WHILE next_cell < end_cell DO
        SELECT COUNT(*) INTO claim_no FROM oral_examiner_time t JOIN oral_slot_withdrawal w ON w.slot_id = t.slot_id
            WHERE t.examiner_subject = NEW.examiner_subject AND t.cell = next_cell;
        INSERT INTO oral_examiner_time (examiner_subject, cell, slot_id, claim)
            VALUES (NEW.examiner_subject, next_cell, NEW.slot_id, claim_no);
        SET next_cell = next_cell + 1;
    END WHILE;
END$$

-- A booking and a withdrawal of the same slot exclude each other, with locking reads so that two
-- at once are serialised: whichever comes second sees the first and is refused.
CREATE TRIGGER oral_booking_not_withdrawn BEFORE INSERT ON oral_booking FOR EACH ROW
BEGIN
    DECLARE withdrawn INT;
    SELECT COUNT(*) INTO withdrawn FROM oral_slot_withdrawal WHERE slot_id = NEW.slot_id LOCK IN SHARE MODE;
    IF withdrawn > 0 THEN
        SIGNAL SQLSTATE '45000' SET MESSAGE_TEXT = 'this oral exam slot was withdrawn';
    END IF;
END$$

CREATE TRIGGER oral_withdrawal_of_a_free_slot BEFORE INSERT ON oral_slot_withdrawal FOR EACH ROW
BEGIN
    DECLARE held INT;
    SELECT COUNT(*) INTO held FROM oral_booking b WHERE b.slot_id = NEW.slot_id
        AND NOT EXISTS (SELECT 1 FROM oral_booking_release r WHERE r.booking_id = b.id) LOCK IN SHARE MODE;
    IF held > 0 THEN
        SIGNAL SQLSTATE '45000' SET MESSAGE_TEXT = 'a booked oral exam slot cannot be withdrawn';
    END IF;
END$$

CREATE TRIGGER oral_slot_withdrawal_no_update BEFORE UPDATE ON oral_slot_withdrawal FOR EACH ROW
    SIGNAL SQLSTATE '45000' SET MESSAGE_TEXT = 'slot withdrawals are evidence and cannot be updated'$$
CREATE TRIGGER oral_slot_withdrawal_no_delete BEFORE DELETE ON oral_slot_withdrawal FOR EACH ROW
    SIGNAL SQLSTATE '45000' SET MESSAGE_TEXT = 'slot withdrawals are evidence and cannot be deleted'$$

DELIMITER ;
