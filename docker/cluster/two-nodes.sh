#!/usr/bin/env bash
# Two PeerCert nodes behind nginx, sharing one MariaDB database, and the load through the proxy:
# the exam benchmark (ExamClusterRun) and the booking races (BookingClusterRun). Then it checks
# that requests reached both nodes, each scheduled job ran once per interval across the two, and
# the audit chain is unbroken, and prints the figures. Everything it starts is stopped at the end,
# on failure too. It never starts or stops Keycloak (it expects the demo realm on localhost:8180)
# and builds the jar only if target/quarkus-app is missing.
#
#   bash docker/cluster/two-nodes.sh                                  # about 5 minutes
#   EXAM_TRAINEES=2000 EXAM_ANSWERS=50 EXAM_CADENCE=30 bash docker/cluster/two-nodes.sh   # the full benchmark
#
# Settings: NODE1_PORT, NODE2_PORT (8091, 8092), PROXY_PORT (8088), CLUSTER_DB (peercert_cluster,
# dropped and created anew), EXAM_TRAINEES (200), EXAM_ANSWERS (20), EXAM_CADENCE (5 s),
# EXAM_START_WINDOW (30 s), BOOKING_ROUNDS (5). Logs and figures stay in target/cluster/.
set -euo pipefail

ROOT=$(cd "$(dirname "$0")/../.." && pwd)
cd "$ROOT"
NODE1_PORT=${NODE1_PORT:-8091}
NODE2_PORT=${NODE2_PORT:-8092}
PROXY_PORT=${PROXY_PORT:-8088}
CLUSTER_DB=${CLUSTER_DB:-peercert_cluster}
EXAM_TRAINEES=${EXAM_TRAINEES:-200}
EXAM_ANSWERS=${EXAM_ANSWERS:-20}
EXAM_CADENCE=${EXAM_CADENCE:-5}
EXAM_START_WINDOW=${EXAM_START_WINDOW:-30}
BOOKING_ROUNDS=${BOOKING_ROUNDS:-5}
KEYCLOAK=http://localhost:8180
# localhost, not 127.0.0.1: Keycloak sends browsers back only to the registered http://localhost:PORT/*.
PROXY=http://localhost:$PROXY_PORT
DB_USER=peercert_cluster
DB_PASSWORD=$(openssl rand -hex 12)
SQL="mariadb -uroot -h127.0.0.1 -N -B"

WORK=$(mktemp -d /tmp/peercert-cluster.XXXXXX)
OUT=$ROOT/target/cluster
PIDS=()
FAILED=()
USERSTAT_BEFORE=$($SQL -e 'SELECT @@userstat')

say() { printf '[two-nodes] %s\n' "$*"; }

stop_all() {
    local status=$?
    for pid in "${PIDS[@]}"; do
        kill "$pid" 2>/dev/null || true
    done
    for pid in "${PIDS[@]}"; do
        for _ in $(seq 1 30); do kill -0 "$pid" 2>/dev/null || break; sleep 0.5; done
        kill -9 "$pid" 2>/dev/null || true
    done
    $SQL -e "SET GLOBAL userstat = $USERSTAT_BEFORE" || true
    mkdir -p "$OUT"
    cp "$WORK"/*.log "$WORK"/*.txt "$OUT"/ 2>/dev/null || true
    say "stopped what it started; logs and figures in $OUT"
    rm -rf "$WORK"
    exit "$status"
}
trap stop_all EXIT INT TERM

curl -sf "$KEYCLOAK/realms/peercert/.well-known/openid-configuration" >/dev/null \
    || { say "Keycloak with the demo realm is not answering on $KEYCLOAK (start it with docker/keycloak/start-dev.sh)"; exit 1; }
# The browser logins come back through the proxy: its address must be a redirect URI of
# peercert-web. docker/keycloak/demo/peercert-realm.json has it for fresh starts; a running
# Keycloak gets it here through the admin API (never restarted).
allow_proxy_redirect() {
    local admin client id uri="http://localhost:$PROXY_PORT/*"
    admin=$(curl -sf -d grant_type=password -d client_id=admin-cli -d username=admin -d password=admin \
        "$KEYCLOAK/realms/master/protocol/openid-connect/token" | jq -r .access_token)
    client=$(curl -sf -H "Authorization: Bearer $admin" "$KEYCLOAK/admin/realms/peercert/clients?clientId=peercert-web" | jq '.[0]')
    id=$(jq -r .id <<<"$client")
    if ! jq -e --arg u "$uri" '.redirectUris | index($u)' <<<"$client" >/dev/null; then
        jq --arg u "$uri" '.redirectUris += [$u]' <<<"$client" | curl -sf -X PUT -H "Authorization: Bearer $admin" \
            -H 'Content-Type: application/json' --data @- "$KEYCLOAK/admin/realms/peercert/clients/$id"
        say "added $uri to peercert-web's redirect URIs"
    fi
}
allow_proxy_redirect
if [ ! -f target/quarkus-app/quarkus-run.jar ]; then
    say "building the jar (target/quarkus-app is missing)"
    ./mvnw -B -q package -DskipTests
fi
say "compiling the load generators"
./mvnw -B -q -Pcluster test-compile
COURSES=$(java -cp target/test-classes org.peercert.cluster.ClusterCourses)

say "database $CLUSTER_DB, anew, with an account of its own (its statements are counted apart)"
$SQL <<SQL
DROP DATABASE IF EXISTS $CLUSTER_DB;
CREATE DATABASE $CLUSTER_DB CHARACTER SET utf8mb4 COLLATE utf8mb4_unicode_ci;
CREATE USER IF NOT EXISTS '$DB_USER'@'127.0.0.1';
CREATE USER IF NOT EXISTS '$DB_USER'@'localhost';
ALTER USER '$DB_USER'@'127.0.0.1' IDENTIFIED BY '$DB_PASSWORD';
ALTER USER '$DB_USER'@'localhost' IDENTIFIED BY '$DB_PASSWORD';
GRANT ALL ON $CLUSTER_DB.* TO '$DB_USER'@'127.0.0.1';
GRANT ALL ON $CLUSTER_DB.* TO '$DB_USER'@'localhost';
SET GLOBAL userstat = 1;
SQL

# The same secrets and signing key on both nodes, as production would give every replica.
keytool -genkeypair -alias peercert -keyalg RSA -keysize 3072 -storetype PKCS12 -keystore "$WORK/signing.p12" \
    -storepass cluster-pass -dname "CN=PeerCert two-node check" -validity 30 2>/dev/null
SESSION_SECRET=$(openssl rand -hex 24)
CHECK_IN_SECRET=$(openssl rand -hex 24)

start_node() { # name port
    env LMS_DB_URL="jdbc:mariadb://127.0.0.1:3306/$CLUSTER_DB" LMS_DB_USER=$DB_USER LMS_DB_PASSWORD="$DB_PASSWORD" \
        LMS_OIDC_SECRET=peercert-demo-secret LMS_SESSION_SECRET="$SESSION_SECRET" LMS_CHECK_IN_SECRET="$CHECK_IN_SECRET" \
        LMS_CERTIFICATES_KEYSTORE="$WORK/signing.p12" LMS_CERTIFICATES_KEYSTORE_PASSWORD=cluster-pass \
        LMS_PROVIDER_APPROVAL_NUMBER=KY-CLUSTER-0001 \
        LMS_COURSES_DIR="$COURSES" LMS_PUBLIC_URL="$PROXY" QUARKUS_HTTP_PORT="$2" QUARKUS_MAILER_MOCK=true \
        LMS_CE_REMINDER_INTERVAL=20s LMS_ORAL_MAIL_INTERVAL=20s LMS_EXAM_SWEEP_INTERVAL=10S \
        QUARKUS_LOG_CATEGORY__ORG_PEERCERT_CLUSTER__LEVEL=DEBUG \
        QUARKUS_HTTP_PROXY_PROXY_ADDRESS_FORWARDING=true QUARKUS_HTTP_PROXY_ALLOW_X_FORWARDED=true \
        java -Xmx1g -jar target/quarkus-app/quarkus-run.jar >"$WORK/$1.log" 2>&1 &
    PIDS+=($!)
    echo $! >"$WORK/$1.pid"
}

wait_ready() { # url what
    for _ in $(seq 1 240); do
        if curl -sf -o /dev/null "$1/q/health/ready"; then return 0; fi
        sleep 0.5
    done
    say "$2 was not ready within two minutes"; return 1
}

say "starting two nodes on $NODE1_PORT and $NODE2_PORT (both at once: Flyway migrates once, under its lock)"
start_node node1 "$NODE1_PORT"
start_node node2 "$NODE2_PORT"
wait_ready "http://127.0.0.1:$NODE1_PORT" node1
wait_ready "http://127.0.0.1:$NODE2_PORT" node2

say "starting nginx on $PROXY_PORT"
mkdir -p "$WORK/nginx-tmp"
sed -e "s|@WORK@|$WORK|g" -e "s|@NODE1_PORT@|$NODE1_PORT|g" -e "s|@NODE2_PORT@|$NODE2_PORT|g" -e "s|@PROXY_PORT@|$PROXY_PORT|g" \
    docker/cluster/nginx.conf.template >"$WORK/nginx.conf"
nginx -c "$WORK/nginx.conf" -p "$WORK" -e "$WORK/nginx-error.log" -g 'daemon off;' &
PIDS+=($!)
wait_ready "$PROXY" nginx
STARTED_AT=$(date +%s)

( while true; do echo "$(date +%s) $(cut -d' ' -f1-3 /proc/loadavg)"; sleep 5; done ) >"$WORK/load.txt" &
PIDS+=($!)

cpu_ticks() { # pid: user + system clock ticks so far
    awk '{print $14 + $15}' "/proc/$1/stat"
}
MARIADB_PID=$(pgrep -o -x mariadbd || pgrep -o -x mysqld)
snapshot() { # phase name: what the database did for the nodes' account, and CPU so far
    {
        echo "$1 at $(date +%s) requests $(wc -l <"$WORK/nginx-access.log")"
        echo "$1 cpu mariadbd $(cpu_ticks "$MARIADB_PID") node1 $(cpu_ticks "$(cat "$WORK/node1.pid")") node2 $(cpu_ticks "$(cat "$WORK/node2.pid")")"
        $SQL -e "SELECT CONCAT('$1 db ', SUM(SELECT_COMMANDS), ' ', SUM(UPDATE_COMMANDS), ' ', SUM(OTHER_COMMANDS), ' ',
                 SUM(COMMIT_TRANSACTIONS), ' ', SUM(ROLLBACK_TRANSACTIONS), ' ', SUM(BUSY_TIME), ' ', SUM(CPU_TIME), ' ',
                 SUM(ROWS_READ), ' ', SUM(ROWS_INSERTED) + SUM(ROWS_UPDATED) + SUM(ROWS_DELETED))
                 FROM information_schema.USER_STATISTICS WHERE USER = '$DB_USER'"
    } >>"$WORK/snapshots.txt"
}

run_load() { # test class, extra properties...
    local class=$1; shift
    ./mvnw -B -Pcluster test -Dtest="$class" -Dsurefire.failIfNoSpecifiedTests=false -Dcluster.url="$PROXY" \
        -Dcluster.db-url="jdbc:mariadb://127.0.0.1:3306/$CLUSTER_DB" "$@" >"$WORK/$class.log" 2>&1 \
        || { grep -E "ClusterRun|Tests run|FAIL|expected" "$WORK/$class.log" | tail -30; say "$class failed"; FAILED+=("$class"); return 0; }
    grep -E "^(ExamClusterRun|BookingClusterRun|SessionClusterRun|start |answer |submit |all |errors)" "$WORK/$class.log" || true
}

snapshot before-exam
say "exam benchmark through the proxy: $EXAM_TRAINEES trainees, $EXAM_ANSWERS answers every $EXAM_CADENCE s"
run_load ExamClusterRun -Dexam.bench.trainees="$EXAM_TRAINEES" -Dexam.bench.answers="$EXAM_ANSWERS" \
    -Dexam.bench.cadence="$EXAM_CADENCE" -Dexam.bench.start-window="$EXAM_START_WINDOW"
snapshot after-exam
say "booking races through the proxy: $BOOKING_ROUNDS rounds of 20 trainees for one slot, one trainee for ten"
run_load BookingClusterRun -Dcluster.booking.rounds="$BOOKING_ROUNDS"
snapshot after-booking
say "browser sessions through the proxy: logins begun on one node, finished and read on the other"
run_load SessionClusterRun
snapshot after-sessions

# Let the 60-second rate-bucket clean-up tick a few times across both nodes before judging the jobs.
while [ $(( $(date +%s) - STARTED_AT )) -lt 150 ]; do sleep 5; done

say "audit chain, as reviewer1, through the proxy"
REVIEWER=$(curl -sf -d grant_type=password -d client_id=peercert-cli -d username=reviewer1 -d password=peercert \
    "$KEYCLOAK/realms/peercert/protocol/openid-connect/token" | jq -r .access_token)
{ curl -sf -H "Authorization: Bearer $REVIEWER" "$PROXY/api/audit/verification" || echo '{"intact": "no answer"}'; echo; } \
    >"$WORK/audit-verification.txt"
$SQL -e "SELECT COUNT(*), MAX(seq), COUNT(DISTINCT seq), (SELECT COUNT(*) FROM $CLUSTER_DB.audit_event) FROM $CLUSTER_DB.audit_seal" >>"$WORK/audit-verification.txt"

python3 docker/cluster/figures.py "$WORK" "$NODE1_PORT" "$NODE2_PORT" "$(nproc)" | tee "$WORK/figures.txt"
[ "${PIPESTATUS[0]}" -eq 0 ] || FAILED+=(figures)
if [ ${#FAILED[@]} -gt 0 ]; then say "FAILED: ${FAILED[*]}"; exit 1; fi
say "passed"
