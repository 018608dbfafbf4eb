#!/usr/bin/env bash
# Restores a backup made by docker/backup.sh into an empty database, then checks it.
#
#   docker/restore.sh file.tar.gz
#
# Settings (environment): RESTORE_DB_HOST (127.0.0.1), RESTORE_DB_PORT (3306), RESTORE_DB_USER
# (root), RESTORE_DB_PASSWORD (empty), RESTORE_DB_NAME (the backed-up name). The target database
# must not hold tables yet: a restore never overwrites records. The backup's SHA256SUMS are checked
# first. In the demo, the generated signing key is put back under LMS_CERTIFICATES_GENERATED_KEY_DIR
# (data/dev-signing); in production, point LMS_CERTIFICATES_KEYSTORE at the key the backup names.
# Then start PeerCert on the restored database: its audit log check (GET /api/audit/verification)
# and any certificate's verification show that nothing was lost or changed.
set -euo pipefail
backup=${1:?usage: docker/restore.sh file.tar.gz}
host=${RESTORE_DB_HOST:-127.0.0.1}
port=${RESTORE_DB_PORT:-3306}
user=${RESTORE_DB_USER:-root}
work=$(mktemp -d)
trap 'rm -rf "$work"' EXIT
export MYSQL_PWD=${RESTORE_DB_PASSWORD:-}
sql() { mariadb --host="$host" --port="$port" --user="$user" "$@"; }

tar -xzf "$backup" -C "$work"
(cd "$work" && sha256sum --quiet -c SHA256SUMS)
source_db=$(sed -n 's/^database: \([^ ]*\) on .*/\1/p' "$work/signing-key.txt")
db=${RESTORE_DB_NAME:-$source_db}
tables=$(sql -N -e "SELECT COUNT(*) FROM information_schema.tables WHERE table_schema = '$db'")
if [ "$tables" != "0" ]; then
  echo "Database $db already holds $tables tables: restore into an empty database (set RESTORE_DB_NAME)." >&2
  exit 1
fi
sql -e "CREATE DATABASE IF NOT EXISTS \`$db\` CHARACTER SET utf8mb4 COLLATE utf8mb4_unicode_ci"
# The dump names its own database; load it into the target one instead.
sed -e "s/^CREATE DATABASE .*\`$source_db\`.*;$//" -e "s/^USE \`$source_db\`;$/USE \`$db\`;/" "$work/database.sql" | sql "$db"

if [ -d "$work/dev-signing" ]; then
  keys=${LMS_CERTIFICATES_GENERATED_KEY_DIR:-data/dev-signing}
  mkdir -p "$keys" && cp -r "$work/dev-signing/." "$keys/"
fi
echo "Restored into $db: $(sql -N -e "SELECT COUNT(*) FROM \`$db\`.certificate") certificates, $(sql -N -e "SELECT COUNT(*) FROM \`$db\`.audit_event") audit events."
grep '^signing key' "$work/signing-key.txt"
