#!/usr/bin/env bash
# Backs up everything PeerCert keeps: the whole database (every record, the stored certificate
# PDFs and credentials, the audit log, with their triggers) and the signing key's reference.
#
#   docker/backup.sh [file.tar.gz]
#
# The database is read with mariadb-dump in one consistent snapshot (--single-transaction), while
# PeerCert keeps running. Settings (environment): BACKUP_DB_HOST (127.0.0.1), BACKUP_DB_PORT
# (3306), BACKUP_DB_USER (root), BACKUP_DB_PASSWORD (empty), BACKUP_DB_NAME (peercert), and
# LMS_CERTIFICATES_KEYSTORE, the signing key file PeerCert uses in production: the backup records
# its path and SHA-256 but never copies the key; keep the key with your key custodian. In the demo
# (no keystore set) the self-signed key generated under LMS_CERTIFICATES_GENERATED_KEY_DIR
# (data/dev-signing) is copied, so that a restored demo signs with the same key.
set -euo pipefail
out=${1:-peercert-backup-$(date -u +%Y%m%dT%H%M%SZ).tar.gz}
host=${BACKUP_DB_HOST:-127.0.0.1}
port=${BACKUP_DB_PORT:-3306}
user=${BACKUP_DB_USER:-root}
db=${BACKUP_DB_NAME:-peercert}
work=$(mktemp -d)
trap 'rm -rf "$work"' EXIT

export MYSQL_PWD=${BACKUP_DB_PASSWORD:-}
mariadb-dump --host="$host" --port="$port" --user="$user" --single-transaction --routines --triggers --events \
  --hex-blob --default-character-set=utf8mb4 --databases "$db" > "$work/database.sql"

{
  echo "database: $db on $host:$port, dumped $(date -u +%Y-%m-%dT%H:%M:%SZ)"
  if [ -n "${LMS_CERTIFICATES_KEYSTORE:-}" ]; then
    echo "signing key: $LMS_CERTIFICATES_KEYSTORE"
    echo "signing key sha256: $(sha256sum "$LMS_CERTIFICATES_KEYSTORE" | cut -d' ' -f1)"
  else
    keys=${LMS_CERTIFICATES_GENERATED_KEY_DIR:-data/dev-signing}
    echo "signing key: the demo's generated key, copied from $keys"
    [ -d "$keys" ] && cp -r "$keys" "$work/dev-signing"
  fi
} > "$work/signing-key.txt"

(cd "$work" && find . -type f ! -name SHA256SUMS -printf '%P\n' | sort | xargs sha256sum > SHA256SUMS)
tar -czf "$out" -C "$work" .
echo "Backed up $db to $out ($(du -h "$out" | cut -f1))"
