-- The reviewer's evidence packets, when large, are built as background jobs of the certificate
-- job tables (V32): same leases, items, outcomes and stored ZIP parts. A packet job concerns one
-- trainee (named on its items), not a course, so its course is empty.
ALTER TABLE certificate_job MODIFY course_id VARCHAR(100) NULL;
ALTER TABLE certificate_job DROP CONSTRAINT certificate_job_kind;
ALTER TABLE certificate_job ADD CONSTRAINT certificate_job_kind CHECK (kind IN ('issue', 'download', 'packet'));
