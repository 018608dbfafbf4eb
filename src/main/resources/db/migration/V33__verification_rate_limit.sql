-- Public verification is rate-limited per client address with a token bucket per address. The
-- buckets live here, not in memory, so every node of PeerCert draws from the same bucket. State,
-- not evidence: updated in place, and buckets idle for a day are removed.
CREATE TABLE rate_bucket (
    bucket       VARCHAR(100) NOT NULL PRIMARY KEY,
    tokens       DOUBLE       NOT NULL,
    allowed      BOOLEAN      NOT NULL COMMENT 'whether the latest request was let through',
    refreshed_at TIMESTAMP(6) NOT NULL,
    INDEX rate_bucket_refreshed (refreshed_at)
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4 COLLATE = utf8mb4_unicode_ci;
