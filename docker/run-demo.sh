#!/usr/bin/env bash
# The README's run command: builds PeerCert, starts the demo Keycloak (port 8180) and PeerCert
# (http://localhost:8080) against the local MariaDB. Ctrl-C stops both.
set -euo pipefail
root=$(cd "$(dirname "$0")/.." && pwd)
cd "$root"
logs="$root/target/demo"

./mvnw -B -q package -DskipTests
mkdir -p "$logs"

keycloak_pid=""
app_pid=""
stop() {
  trap - INT TERM EXIT
  echo "Stopping PeerCert and Keycloak..."
  [ -n "$app_pid" ] && kill "$app_pid" 2>/dev/null || true
  [ -n "$keycloak_pid" ] && kill "$keycloak_pid" 2>/dev/null || true
  wait 2>/dev/null || true
}
trap stop INT TERM EXIT

realm_url=http://localhost:8180/realms/peercert/.well-known/openid-configuration
if curl -fs -o /dev/null "$realm_url"; then
  echo "Keycloak is already running on port 8180: using it."
else
  echo "Starting Keycloak on http://localhost:8180 (log: $logs/keycloak.log)..."
  docker/keycloak/start-dev.sh > "$logs/keycloak.log" 2>&1 &
  keycloak_pid=$!
  for _ in $(seq 1 180); do
    curl -fs -o /dev/null "$realm_url" && break
    kill -0 "$keycloak_pid" 2>/dev/null || { echo "Keycloak failed to start; see $logs/keycloak.log" >&2; exit 1; }
    sleep 1
  done
fi

echo "Starting PeerCert on http://localhost:8080 ..."
java -Dquarkus.profile=dev -jar target/quarkus-app/quarkus-run.jar &
app_pid=$!
wait "$app_pid"
