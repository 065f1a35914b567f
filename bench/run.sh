#!/usr/bin/env bash
# LiveDesk benchmark: the agent's conversation list on 1M conversations / 10M messages in PostgreSQL,
# server start to ready, and idle RSS. One command:   bench/run.sh
#
# What it does (see README.md for the why):
#   1. copies the built server (ear-module/target/liberty/wlp) to /tmp/bench-wlp on ports 9280/9643, so the
#      server a developer runs on 9080 is never touched;
#   2. seeds the PostgreSQL database livedesk_bench unless it already holds this exact data set (the marker is the
#      database comment written by seed.sql in the seeding transaction);
#   3. times server start to /health/ready (PostgreSQL x3 with --clean, x3 without, embedded H2 x3), each once the
#      machine is quiet, with the CPU the JVM used to get there, and measures idle RSS and idle CPU after each;
#   4. counts the SQL statements of one request per list case (log_statement = all and auto_explain, set on the
#      bench database only and reset afterwards);
#   5. times each list case (one client, keep-alive; a global warm-up, then per case a warm-up and N requests) and
#      a mixed run of several clients, with the CPU per request of the server and of PostgreSQL;
#   6. prints a summary (also in bench/results/<timestamp>/summary.md).
#
# Environment (all optional):
#   BENCH_RESEED=1            drop and reseed the bench database even if the marker matches
#   BENCH_CONVERSATIONS=1000000  BENCH_CONTACTS=300000   scale (messages are ~10 per conversation)
#   BENCH_REQUESTS=300  BENCH_WARMUP=50  BENCH_CLIENTS=4  BENCH_STARTS=3
#   BENCH_PHASES="startup sql latency"   run only some of the measurement phases
#   BENCH_SOURCE_WLP=...      another built server to copy
#   BENCH_JVM_ARGS="..."      extra JVM options for the server (appended after jvm.options), to try a tuning
set -euo pipefail

BENCH_DIR=$(cd "$(dirname "${BASH_SOURCE[0]}")" && pwd)
REPO_DIR=$(dirname "$BENCH_DIR")
SOURCE_WLP=${BENCH_SOURCE_WLP:-$REPO_DIR/ear-module/target/liberty/wlp}
WLP=/tmp/bench-wlp
SERVER=livedesk
SERVER_DIR=$WLP/usr/servers/$SERVER
HTTP_PORT=9280
HTTPS_PORT=9643
BASE_URL=http://127.0.0.1:$HTTP_PORT
DB=livedesk_bench
PG="psql -h 127.0.0.1 -U postgres -X -q -v ON_ERROR_STOP=1"

CONVERSATIONS=${BENCH_CONVERSATIONS:-1000000}
CONTACTS=${BENCH_CONTACTS:-300000}
INBOXES=50
AGENTS=200
LOGIN_AGENTS=5                      # created through the API (PBKDF2 hash); the other agents share agent1's hash
AGENT_PASSWORD=bench-agent-password
ADMIN_EMAIL=admin@bench.test
ADMIN_PASSWORD=bench-admin-password
REQUESTS=${BENCH_REQUESTS:-300}
WARMUP=${BENCH_WARMUP:-50}
CLIENTS=${BENCH_CLIENTS:-4}
STARTS=${BENCH_STARTS:-3}
PHASES=${BENCH_PHASES:-startup sql latency}
IDLE_SECONDS=10
MARKER="livedesk-bench-seed v1: inboxes=$INBOXES agents=$AGENTS contacts=$CONTACTS conversations=$CONVERSATIONS"

RESULTS=$BENCH_DIR/results/$(date -u +%Y%m%dT%H%M%SZ)
mkdir -p "$RESULTS"
ln -sfn "$(basename "$RESULTS")" "$BENCH_DIR/results/latest"
exec > >(tee -a "$RESULTS/run.log") 2>&1

log() { printf '[%s] %s\n' "$(date -u +%H:%M:%S)" "$*"; }
die() { log "ERROR: $*" >&2; exit 1; }

# ---------------------------------------------------------------------------------------------------------------
# PostgreSQL

pg_log_file() {
    # The Debian cluster logs to stderr redirected into this file (logging_collector off).
    pg_lsclusters --no-header | awk '$4 == "online" || $4 == "down" { print $7; exit }'
}

ensure_postgres() {
    local i
    # Someone else restarting the shared cluster brings it back within seconds: wait for that first.
    for i in $(seq 1 60); do pg_isready -q -h 127.0.0.1 -p 5432 && return; sleep 1; done
    log "PostgreSQL is down; starting it" >&2
    pg_ctlcluster --skip-systemctl-redirect "$(ls /etc/postgresql)" main start >&2 || true
    for i in $(seq 1 30); do pg_isready -q -h 127.0.0.1 -p 5432 && return; sleep 1; done
    die "PostgreSQL does not answer on 127.0.0.1:5432"
}

db_marker() {
    $PG -At -c "SELECT coalesce(shobj_description(oid, 'pg_database'), '') FROM pg_database WHERE datname = '$DB'"
}

# Statement logging for the bench database only (new connections pick it up, so the server starts after this).
enable_statement_log() {
    $PG -c "ALTER DATABASE $DB SET log_statement = 'all'" \
        -c "ALTER DATABASE $DB SET session_preload_libraries = 'auto_explain'" \
        -c "ALTER DATABASE $DB SET auto_explain.log_min_duration = 0" \
        -c "ALTER DATABASE $DB SET auto_explain.log_analyze = on" \
        -c "ALTER DATABASE $DB SET auto_explain.log_buffers = on"
}

disable_statement_log() {
    $PG -c "ALTER DATABASE $DB RESET ALL" 2>/dev/null || true
}

# ---------------------------------------------------------------------------------------------------------------
# The server copy

server_pid() {
    local file=$WLP/usr/servers/.pid/$SERVER.pid pid
    [ -f "$file" ] || return 1
    pid=$(cat "$file")
    # Only ever our copy: the developer's server runs from another directory under the same server name.
    tr '\0' ' ' < "/proc/$pid/cmdline" 2>/dev/null | grep -q -- "$WLP/" || return 1
    echo "$pid"
}

stop_server() {
    if [ -x "$WLP/bin/server" ] && server_pid >/dev/null; then
        "$WLP/bin/server" stop "$SERVER" >/dev/null || true
    fi
}

prepare_server() {
    [ -d "$SOURCE_WLP/usr/servers/$SERVER" ] || die "no built server at $SOURCE_WLP (build the project first)"
    stop_server
    local attempt ear
    # The source may be rebuilt while we copy (a developer's build writes it): retry until the EAR is a whole zip.
    for attempt in 1 2 3 4 5 6; do
        rm -rf "$WLP"
        cp -a "$SOURCE_WLP" "$WLP" 2>/dev/null || true
        ear=$SERVER_DIR/apps/$SERVER.ear
        if [ -f "$SERVER_DIR/server.xml" ] && [ -f "$ear" ] && python3 -m zipfile -t "$ear" >/dev/null 2>&1; then
            break
        fi
        [ "$attempt" = 6 ] && die "could not take a consistent copy of $SOURCE_WLP"
        log "source server is being rebuilt; copying again in 20 s"
        sleep 20
    done
    # The copy must not carry the source server's runtime state: workarea/.sCommand* would make "server stop" on
    # the copy stop the developer's running server, and the pid file and transaction log are that server's.
    rm -rf "$WLP/usr/servers/.pid" "$SERVER_DIR/workarea" "$SERVER_DIR/logs" "$SERVER_DIR/tranlog" "$SERVER_DIR/apps/expanded"
    # Keystore and LTPA keys are encrypted with passwords from server.env, which the build regenerates: a copy taken
    # between the two is unreadable (CWWKS4106E, then every authenticated call is a 403). Liberty recreates both.
    rm -f "$SERVER_DIR/resources/security/ltpa.keys" "$SERVER_DIR/resources/security/key.p12"
    # bootstrap.properties is generated by the build (it holds only the ports); write ours.
    local props=$SERVER_DIR/bootstrap.properties
    touch "$props"
    sed -i '/^livedesk\.http\.port=/d; /^livedesk\.https\.port=/d' "$props"
    printf 'livedesk.http.port=%s\nlivedesk.https.port=%s\n' "$HTTP_PORT" "$HTTPS_PORT" >> "$props"
    log "server copied from $SOURCE_WLP to $WLP (ports $HTTP_PORT/$HTTPS_PORT; EAR built $(date -u -r "$ear" '+%F %T') UTC)"
}

use_postgres() {
    export LIVEDESK_DB_URL=jdbc:postgresql://127.0.0.1:5432/$DB LIVEDESK_DB_USER=postgres LIVEDESK_DB_PASSWORD=
    export LIVEDESK_SECRET_KEY=bench-secret-key-0123456789abcdef
    export LIVEDESK_ADMIN_EMAIL=$ADMIN_EMAIL LIVEDESK_ADMIN_PASSWORD=$ADMIN_PASSWORD LIVEDESK_DATA_DIR=/tmp/bench-data
    mkdir -p /tmp/bench-data
}

use_h2() {
    # The embedded default: no LIVEDESK_DB_URL, a data directory of its own (fresh each time: first-run path).
    unset LIVEDESK_DB_URL LIVEDESK_DB_USER LIVEDESK_DB_PASSWORD
    export LIVEDESK_SECRET_KEY=bench-secret-key-0123456789abcdef
    export LIVEDESK_ADMIN_EMAIL=$ADMIN_EMAIL LIVEDESK_ADMIN_PASSWORD=$ADMIN_PASSWORD
    export LIVEDESK_DATA_DIR=$1
}

# Starts the server and waits for /health/ready = 200; prints the seconds from "server start" to ready and the
# CPU seconds the server JVM had used by then. The PostgreSQL cluster is shared and may be restarted by others
# while the application starts (it then gives up: CWWKZ0012I); such a start is not a measurement, so try again.
start_server() {
    local clean=${1:---clean} attempt t0 t1 code ticks busy0 busy1
    for attempt in 1 2 3; do
        ensure_postgres
        busy0=$(busy_ticks)
        t0=$(date +%s%N)
        JVM_ARGS="${BENCH_JVM_ARGS:-}" "$WLP/bin/server" start "$SERVER" $clean >/dev/null || die "server start failed"
        code=
        for _ in $(seq 1 3600); do
            code=$(curl -s -o /dev/null -w '%{http_code}' "$BASE_URL/health/ready" || true)
            [ "$code" = 200 ] && break
            grep -q CWWKZ0012I "$SERVER_DIR/logs/messages.log" 2>/dev/null && break  # application not started
            sleep 0.05
        done
        t1=$(date +%s%N)
        if [ "$code" = 200 ]; then
            # CPU used by the server JVM (user + system): on a busy 2-core machine wall time depends on the
            # neighbours, CPU time much less.
            ticks=$(awk '{ print $14 + $15 }' "/proc/$(server_pid)/stat")
            busy1=$(busy_ticks)
            # Third figure: what everything else on the machine used meanwhile (the launcher included), in cores.
            awk -v a="$t0" -v b="$t1" -v t="$ticks" -v hz="$(getconf CLK_TCK)" -v b0="$busy0" -v b1="$busy1" \
                'BEGIN { w = (b - a) / 1e9; o = ((b1 - b0) - t) / hz / w; printf "%.2f %.1f %.2f\n", w, t / hz, (o < 0 ? 0 : o) }'
            return
        fi
        tail -20 "$SERVER_DIR/logs/messages.log" | cut -c1-300 >&2 || true
        log "server did not become ready (attempt $attempt); stopping it and trying again" >&2
        stop_server
        sleep 15
    done
    die "server not ready after 3 attempts"
}

# CPU ticks the whole machine has been busy (user, nice, system, irq, softirq, steal) since boot.
busy_ticks() {
    awk '/^cpu / { print $2 + $3 + $4 + $7 + $8 + $9 }' /proc/stat
}

# Start-to-ready is CPU-bound on 2 cores, so a neighbour's build doubles it: before each timed start, wait (at most
# 2 minutes) until the rest of the machine has used less than 0.3 cores for 3 seconds.
wait_for_quiet() {
    local i b0 b1 busy hz
    hz=$(getconf CLK_TCK)
    for i in $(seq 1 40); do
        b0=$(busy_ticks); sleep 3; b1=$(busy_ticks)
        busy=$(awk -v a="$b0" -v b="$b1" -v hz="$hz" 'BEGIN { printf "%.2f", (b - a) / hz / 3 }')
        awk -v x="$busy" 'BEGIN { exit !(x < 0.3) }' && return
    done
    log "machine still busy ($busy cores) after 2 minutes; measuring anyway" >&2
}

cpu_ticks() {
    awk '{ print $14 + $15 }' "/proc/$(server_pid)/stat"
}

# Waits IDLE_SECONDS without requests; prints the server JVM's CPU use meanwhile, in % of one core.
idle_cpu_percent() {
    local c0 c1
    c0=$(cpu_ticks); sleep $IDLE_SECONDS; c1=$(cpu_ticks)
    awk -v a="$c0" -v b="$c1" -v hz="$(getconf CLK_TCK)" -v s=$IDLE_SECONDS 'BEGIN { printf "%.1f\n", 100 * (b - a) / hz / s }'
}

rss_mb() {
    awk '/^VmRSS:/ { printf "%.0f\n", $2 / 1024 }' "/proc/$(server_pid)/status"
}

api_token() {
    curl -sf -X POST -H 'Content-Type: application/json' -d "{\"email\":\"$1\",\"password\":\"$2\"}" \
        "$BASE_URL/api/v1/auth/login" | python3 -c 'import json, sys; print(json.load(sys.stdin)["token"])'
}

# ---------------------------------------------------------------------------------------------------------------
# Seeding

seed_if_needed() {
    if [ "${BENCH_RESEED:-0}" != 1 ] && [ "$(db_marker 2>/dev/null || true)" = "$MARKER" ]; then
        log "database $DB already seeded ($MARKER)"
        return
    fi
    log "seeding $DB from scratch: $MARKER"
    stop_server
    $PG -c "DROP DATABASE IF EXISTS $DB WITH (FORCE)" -c "CREATE DATABASE $DB"
    # The schema is the application's own: start the server once on the empty database (Flyway + first admin).
    use_postgres
    local secs token i
    secs=$(start_server --clean)
    log "migrated through the server (ready in ${secs%% *} s)"
    token=$(api_token "$ADMIN_EMAIL" "$ADMIN_PASSWORD")
    for i in $(seq 1 $LOGIN_AGENTS); do
        curl -sf -o /dev/null -X POST -H "Authorization: Bearer $token" -H 'Content-Type: application/json' \
            -d "{\"email\":\"agent$i@bench.test\",\"displayName\":\"Agent $i\",\"password\":\"$AGENT_PASSWORD\",\"role\":\"AGENT\"}" \
            "$BASE_URL/api/v1/users" || die "creating agent$i through the API failed"
    done
    stop_server
    log "created $LOGIN_AGENTS agents through the API; bulk seeding (set-based SQL)"
    local t0=$SECONDS
    $PG -d "$DB" -v inboxes=$INBOXES -v agents=$AGENTS -v contacts=$CONTACTS -v conversations=$CONVERSATIONS \
        -v marker="$MARKER" -f "$BENCH_DIR/seed.sql" | tee "$RESULTS/seed.log"
    log "seeded in $((SECONDS - t0)) s"
    [ "$(db_marker)" = "$MARKER" ] || die "seeding did not complete"
}

# ---------------------------------------------------------------------------------------------------------------
# Measurements

# The list cases' inbox: the busiest inbox (by OPEN conversations) agent1 is a member of.
pick_inbox() {
    $PG -d "$DB" -At -c "SELECT m.inbox_id FROM inbox_member m JOIN user_account u ON u.id = m.user_id
        JOIN conversation c ON c.inbox_id = m.inbox_id AND c.status = 'OPEN'
        WHERE u.email = 'agent1@bench.test' GROUP BY m.inbox_id ORDER BY count(*) DESC, m.inbox_id LIMIT 1"
}

phase_startup() {
    local i t rss dir mode idle secs cpu other
    use_postgres
    # One untimed start first: it expands the EAR (apps/expanded), which a restart of a deployed server finds done.
    t=$(start_server --clean); stop_server
    log "priming start (EAR expanded, not counted): ${t%% *} s"
    for mode in postgres-clean postgres-warm h2-fresh-clean; do
        for i in $(seq 1 "$STARTS"); do
            dir=
            if [ "$mode" = h2-fresh-clean ]; then dir=$(mktemp -d /tmp/bench-h2-XXXXXX); use_h2 "$dir"; fi
            wait_for_quiet
            if [ "$mode" = postgres-warm ]; then t=$(start_server ""); else t=$(start_server --clean); fi
            idle=$(idle_cpu_percent)
            rss=$(rss_mb)
            # Liberty's own account of the start, for where the time went.
            local app kernel
            app=$(sed -n 's/.*CWWKZ0001I: Application .* started in \([0-9.]*\) seconds.*/\1/p' "$SERVER_DIR/logs/messages.log" | tail -1)
            kernel=$(sed -n 's/.*CWWKF0011I: .* server started in \([0-9.]*\) seconds.*/\1/p' "$SERVER_DIR/logs/messages.log" | tail -1)
            mkdir -p "$RESULTS/startup"
            cp "$SERVER_DIR/logs/messages.log" "$RESULTS/startup/$mode-$i.messages.log"
            stop_server
            [ -n "$dir" ] && rm -rf "$dir"
            read -r secs cpu other <<< "$t"
            log "start to ready, $mode, run $i: $secs s (server JVM CPU $cpu s; rest of the machine $other cores;" \
                "Liberty: app ${app:-?} s, server ${kernel:-?} s); idle RSS $rss MB, idle CPU $idle% of a core"
            printf '%s\t%s\t%s\t%s\t%s\t%s\t%s\t%s\t%s\n' "$mode" "$i" "$secs" "$rss" "$cpu" "${app:-0}" "${kernel:-0}" \
                "$idle" "$other" >> "$RESULTS/startup.tsv"
        done
        use_postgres
    done
}

phase_sql() {
    local inbox=$1 secs
    use_postgres
    enable_statement_log
    STATEMENT_LOG_ON=1
    secs=$(start_server --clean)
    log "statement log on for $DB; server ready in ${secs%% *} s; one request per case"
    python3 "$BENCH_DIR/list_latency.py" sqlcount --port $HTTP_PORT --inbox "$inbox" --warmup 12 \
        --pg-log "$(pg_log_file)" --database "$DB" --out "$RESULTS/sql"
    stop_server
    disable_statement_log
    STATEMENT_LOG_ON=0
}

phase_latency() {
    local inbox=$1 secs idle
    use_postgres
    secs=$(start_server --clean)
    idle=$(idle_cpu_percent)
    echo "idle_rss_mb=$(rss_mb)" > "$RESULTS/rss.txt"
    echo "idle_cpu_percent=$idle" >> "$RESULTS/rss.txt"
    log "server ready in ${secs%% *} s; idle RSS $(rss_mb) MB; timing $REQUESTS requests per case after $WARMUP warm-up"
    python3 "$BENCH_DIR/list_latency.py" latency --port $HTTP_PORT --inbox "$inbox" --server-pid "$(server_pid)" \
        --warmup "$WARMUP" --requests "$REQUESTS" --out "$RESULTS/latency.json"
    python3 "$BENCH_DIR/list_latency.py" mixed --port $HTTP_PORT --inbox "$inbox" --server-pid "$(server_pid)" \
        --clients "$CLIENTS" --warmup 10 --requests $((REQUESTS * CLIENTS)) --out "$RESULTS/mixed.json"
    echo "after_load_rss_mb=$(rss_mb)" >> "$RESULTS/rss.txt"
    # Idle again, JIT settled: what the server costs when nobody uses it (its background work included).
    idle=$(idle_cpu_percent)
    echo "after_load_idle_cpu_percent=$idle" >> "$RESULTS/rss.txt"
    log "RSS after the load: $(rss_mb) MB; then idle CPU $idle% of a core"
    stop_server
}

cleanup() {
    [ "${STATEMENT_LOG_ON:-0}" = 1 ] && disable_statement_log
    stop_server
}

# ---------------------------------------------------------------------------------------------------------------

trap cleanup EXIT
log "LiveDesk benchmark; results in $RESULTS"
log "machine: $(nproc) cores, $(free -g | awk '/^Mem:/ { print $2 }') GB RAM, load average $(cut -d' ' -f1-3 /proc/loadavg)"
[ -n "${BENCH_JVM_ARGS:-}" ] && log "extra server JVM options: $BENCH_JVM_ARGS"
ensure_postgres
prepare_server
seed_if_needed
INBOX=$(pick_inbox)
log "agent1@bench.test; inbox for the inbox cases: $INBOX"
$PG -d "$DB" -At -F ' ' -c "SELECT 'conversations', count(*) FROM conversation UNION ALL
    SELECT 'messages', count(*) FROM message" | while read -r name n; do log "  $name: $n"; done
{
    echo "date_utc=$(date -u '+%F %H:%M')"
    echo "machine=$(nproc) cores, $(free -g | awk '/^Mem:/ { print $2 }') GB RAM"
    echo "ear_built_utc=$(date -u -r "$SERVER_DIR/apps/$SERVER.ear" '+%F %H:%M')"
    echo "schema_version=$($PG -d "$DB" -At -c 'SELECT max(version::int) FROM flyway_schema_history')"
    echo "data=$($PG -d "$DB" -At -c "SELECT (SELECT count(*) FROM conversation) || ' conversations, ' ||
        (SELECT count(*) FROM message) || ' messages, ' || (SELECT count(*) FROM contact) || ' contacts, ' ||
        (SELECT count(*) FROM inbox) || ' inboxes, ' || (SELECT count(*) FROM user_account WHERE role = 'AGENT') || ' agents'")"
    echo "jvm_args=${BENCH_JVM_ARGS:-}"
} > "$RESULTS/meta.txt"

# The server's own defaults for the bench database: no settings left over from an interrupted run or an experiment.
disable_statement_log

for phase in $PHASES; do
    ensure_postgres  # the cluster is shared; someone may have restarted it
    case $phase in
        startup) phase_startup ;;
        sql) phase_sql "$INBOX" ;;
        latency) phase_latency "$INBOX" ;;
        seed) ;;  # seeding always runs (when needed) before the phases
        *) die "unknown phase $phase" ;;
    esac
done

python3 "$BENCH_DIR/summary.py" "$RESULTS" | tee "$RESULTS/summary.md"
