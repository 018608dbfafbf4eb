-- Public verification is rate-limited per client address with a token bucket per address. The
-- buckets live here, not in a node's memory, so every node of PeerCert draws from the same bucket.
-- They are state, not evidence: updated in place, and a bucket idle long enough to be full again
-- is removed. They need sharing, not durability, so the table is a MEMORY table: no redo log and
-- no disk flush on every verification, emptied if MariaDB restarts (every bucket starts full).
-- Addresses are ASCII (IPv4, or an IPv6 /64 prefix), which keeps the rows small.
CREATE TABLE rate_bucket (
    bucket       VARCHAR(80) CHARACTER SET ascii NOT NULL PRIMARY KEY,
    tokens       DOUBLE       NOT NULL,
    allowed      BOOLEAN      NOT NULL COMMENT 'whether the latest request was let through',
    refreshed_at TIMESTAMP(6) NOT NULL,
    INDEX rate_bucket_refreshed USING BTREE (refreshed_at)
) ENGINE = MEMORY;
