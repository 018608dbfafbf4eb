-- Staff invitations: who created which account with which role, and when.
-- An invitation is evidence of a role grant: rows are never updated or deleted (enforced below).
CREATE TABLE invitation (
    id               BIGINT       NOT NULL AUTO_INCREMENT PRIMARY KEY,
    username         VARCHAR(255) NOT NULL,
    email            VARCHAR(255) NOT NULL,
    legal_name       VARCHAR(255) NOT NULL,
    role             VARCHAR(32)  NOT NULL,
    keycloak_user_id VARCHAR(64)  NOT NULL,
    invited_by       VARCHAR(64)  NOT NULL COMMENT 'OIDC subject of the admin',
    invited_by_name  VARCHAR(255) NOT NULL,
    invited_at       TIMESTAMP(6) NOT NULL,
    CONSTRAINT invitation_role_known CHECK (role IN ('trainee', 'instructor', 'reviewer', 'admin')),
    INDEX invitation_invited_at (invited_at)
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4 COLLATE = utf8mb4_unicode_ci;

CREATE TRIGGER invitation_is_append_only_update BEFORE UPDATE ON invitation FOR EACH ROW
    SIGNAL SQLSTATE '45000' SET MESSAGE_TEXT = 'invitation rows are evidence and cannot be updated';

CREATE TRIGGER invitation_is_append_only_delete BEFORE DELETE ON invitation FOR EACH ROW
    SIGNAL SQLSTATE '45000' SET MESSAGE_TEXT = 'invitation rows are evidence and cannot be deleted';
