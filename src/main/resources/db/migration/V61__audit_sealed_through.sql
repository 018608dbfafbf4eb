-- The sealer's cursor: every event that committed before this time (the database's clock) is
-- sealed. A pass reads only the events since then, less the look-back; before, it read from the
-- last seal's time, so after a burst of audited changes followed by none (2,000 exam starts, then
-- half an hour of answers) every pass re-read the whole burst, once a second on every node.
-- State, not evidence: the seals are the evidence. NULL until the first pass: then the last seal's time.
ALTER TABLE audit_chain_lock ADD COLUMN sealed_through TIMESTAMP(6) NULL
    COMMENT 'every event committed before this time has its seal';
