#!/usr/bin/env bash
# Starts the demo Keycloak in the foreground: realm "peercert" with the demo users, on port 8180
# (KEYCLOAK_PORT). Used by the run command (docker/run-demo.sh) and by the tests.
# The distribution is unpacked by Maven into .tools/ (any ./mvnw package or verify does it).
set -euo pipefail
here=$(cd "$(dirname "$0")" && pwd)
root=$(cd "$here/../.." && pwd)
home=${KEYCLOAK_HOME:-$(ls -d "$root"/.tools/keycloak-* 2>/dev/null | sort -V | tail -n 1)}
port=${KEYCLOAK_PORT:-8180}
realm="$here/demo/peercert-realm.json"

if [ -z "$home" ] || [ ! -x "$home/bin/kc.sh" ]; then
  echo "Keycloak is not unpacked yet: run ./mvnw package -DskipTests first." >&2
  exit 1
fi

# start-dev keeps its data between runs, and --import-realm skips a realm that exists. So when
# the realm file changes, the old data goes and the new realm is imported.
mkdir -p "$home/data/import"
sum=$(sha256sum "$realm" | cut -d' ' -f1)
if [ "$(cat "$home/data/import/.realm-sha256" 2>/dev/null || true)" != "$sum" ]; then
  rm -rf "$home/data/h2"
  cp "$realm" "$home/data/import/peercert-realm.json"
  echo "$sum" > "$home/data/import/.realm-sha256"
fi

# Keycloak 26 refuses concurrent logins of one account while brute-force protection is on. The
# demo's people are shared (a classroom, the tests' parallel requests): let them log in at once.
# Wrong passwords still count toward the realm's lockout.
export KC_SPI_BRUTE_FORCE_PROTECTOR_DEFAULT_BRUTE_FORCE_DETECTOR_ALLOW_CONCURRENT_REQUESTS=${KC_SPI_BRUTE_FORCE_PROTECTOR_DEFAULT_BRUTE_FORCE_DETECTOR_ALLOW_CONCURRENT_REQUESTS:-true}

# The demo's master-realm administrator (Keycloak's own console at http://localhost:8180/admin).
export KC_BOOTSTRAP_ADMIN_USERNAME=${KC_BOOTSTRAP_ADMIN_USERNAME:-admin}
export KC_BOOTSTRAP_ADMIN_PASSWORD=${KC_BOOTSTRAP_ADMIN_PASSWORD:-admin}
exec "$home/bin/kc.sh" start-dev --http-port="$port" --http-management-port=$((port + 1000)) --import-realm
