-- Scheduled jobs run once across every node of PeerCert: a node runs a job only while it holds
-- the job's row here (ShedLock's table, its default name and columns). A lock is state, not
-- evidence: updated in place, one row per job name. lock_until is when another node may take it:
-- at the earliest one job interval after the run began, at the latest when a node that died
-- mid-run is given up on. Explicit defaults keep MariaDB from adding ON UPDATE CURRENT_TIMESTAMP.
CREATE TABLE shedlock (
    name       VARCHAR(64)  CHARACTER SET ascii NOT NULL PRIMARY KEY,
    lock_until TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP(3),
    locked_at  TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP(3),
    locked_by  VARCHAR(255) NOT NULL
);
