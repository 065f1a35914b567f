#!/usr/bin/env bash
# LiveDesk webhook benchmark (issue 3): signed Facebook deliveries from many customers against the built server on
# PostgreSQL. One command:   bench/webhook/run.sh
#
# What it does (see ../README.md, section "Webhook benchmark", for the why):
#   1. copies the built server (ear-module/target/liberty/wlp) to /tmp/bench-webhook-wlp on ports 9290/9653;
#   2. recreates the database livedesk_bench_webhook, lets the server migrate it, and connects BENCH_PAGES Facebook
#      Pages (inbox + facebook_page_channel, the Page token encrypted with the server's LIVEDESK_SECRET_KEY exactly as
#      SecretCipher does, so the background profile fetch can decrypt it);
#   3. starts a Graph API stub on 127.0.0.1:9295 that answers a customer profile (a name, no picture) to everything (LIVEDESK_FACEBOOK_GRAPH_URL points at
#      it): after each customer message the server fetches the customer's profile in the background;
#   4. BENCH_REPEATS times (once the machine is quiet): the ceiling (GET /assets/favicon.svg, closed loop), webhook
#      throughput (closed loop, BENCH_CONNECTIONS connections), webhook at a fixed 2,000 events/s (open loop), and
#      webhook at 200 events/s (open loop); after each webhook phase it waits until the server has processed every
#      stored event and counts in the database: stored vs acknowledged (lost), messages vs distinct mids (duplicated),
#      and webhook -> conversation latency (processed_at - received_at);
#   5. once: 200 events/s with Page tokens that cannot be decrypted (what a bogus token costs);
#   6. prints a summary (also bench/webhook/results/<UTC timestamp>/summary.md; results/ is git-ignored).
#
# Environment (all optional):
#   BENCH_REPEATS=3  BENCH_CONNECTIONS=16  BENCH_OPEN_CONNECTIONS=64  BENCH_DURATION=10  BENCH_WARMUP=5
#   BENCH_SLOW_RATE=200  BENCH_SLOW_DURATION=30  BENCH_FAST_RATE=2000  BENCH_FAST_DURATION=10  BENCH_CUSTOMERS=20000
#   BENCH_PAGES=4  BENCH_JIT_WARMUP=30 (seconds of untimed load on a new server, half webhooks, half static)
#   BENCH_PG_ASYNC_COMMIT=1   an experiment, not the product: synchronous_commit = off for the bench database
#   BENCH_PENDING_INDEX=1     an experiment, not the product: adds the index the worker's claim needs (see README)
#   BENCH_PHASES="ceiling throughput fast slow"  (per repetition)   BENCH_BOGUS=1 (the bogus-token phase; 0: skip)
#   BENCH_QUIET_WAIT=0  do not wait (at most 2 minutes per phase) for the rest of the machine to use < 0.3 cores
#   BENCH_SOURCE_WLP=...   another built server      BENCH_JVM_ARGS="..."   extra server JVM options
set -euo pipefail

WEBHOOK_DIR=$(cd "$(dirname "${BASH_SOURCE[0]}")" && pwd)
REPO_DIR=$(cd "$WEBHOOK_DIR/../.." && pwd)
SOURCE_WLP=${BENCH_SOURCE_WLP:-$REPO_DIR/ear-module/target/liberty/wlp}
WLP=/tmp/bench-webhook-wlp
SERVER=livedesk
SERVER_DIR=$WLP/usr/servers/$SERVER
HTTP_PORT=9290
HTTPS_PORT=9653
STUB_PORT=9295
BASE_URL=http://127.0.0.1:$HTTP_PORT
DB=livedesk_bench_webhook
PG="psql -h 127.0.0.1 -U postgres -X -q -v ON_ERROR_STOP=1"
DATA_DIR=/tmp/bench-webhook-data

REPEATS=${BENCH_REPEATS:-3}
CONNECTIONS=${BENCH_CONNECTIONS:-16}
OPEN_CONNECTIONS=${BENCH_OPEN_CONNECTIONS:-64}
DURATION=${BENCH_DURATION:-10}
WARMUP=${BENCH_WARMUP:-5}
SLOW_RATE=${BENCH_SLOW_RATE:-200}
SLOW_DURATION=${BENCH_SLOW_DURATION:-30}
FAST_RATE=${BENCH_FAST_RATE:-2000}
FAST_DURATION=${BENCH_FAST_DURATION:-10}
JIT_WARMUP=${BENCH_JIT_WARMUP:-30}
ASYNC_COMMIT=${BENCH_PG_ASYNC_COMMIT:-0}
PENDING_INDEX=${BENCH_PENDING_INDEX:-0}
CUSTOMERS=${BENCH_CUSTOMERS:-20000}
PAGE_COUNT=${BENCH_PAGES:-4}
PHASES=${BENCH_PHASES:-ceiling throughput fast slow}
BOGUS=${BENCH_BOGUS:-1}
DRAIN_TIMEOUT=${BENCH_DRAIN_TIMEOUT:-900}

APP_SECRET=bench-webhook-app-secret-5f2c9a
SECRET_KEY=bench-webhook-secret-key-0123456789abcdef
PAGE_BASE=104857362918000

RESULTS=$WEBHOOK_DIR/results/$(date -u +%Y%m%dT%H%M%SZ)
mkdir -p "$RESULTS"
ln -sfn "$(basename "$RESULTS")" "$WEBHOOK_DIR/results/latest"
exec > >(tee -a "$RESULTS/run.log") 2>&1

log() { printf '[%s] %s\n' "$(date -u +%H:%M:%S)" "$*"; }
die() { log "ERROR: $*" >&2; exit 1; }

PAGES=$(seq -s, $((PAGE_BASE + 1)) $((PAGE_BASE + PAGE_COUNT)))

# ---------------------------------------------------------------------------------------------------------------
# PostgreSQL, the server copy, the machine (as in bench/run.sh)

ensure_postgres() {
    local i
    for i in $(seq 1 60); do pg_isready -q -h 127.0.0.1 -p 5432 && return; sleep 1; done
    die "PostgreSQL does not answer on 127.0.0.1:5432"
}

server_pid() {
    local file=$WLP/usr/servers/.pid/$SERVER.pid pid
    [ -f "$file" ] || return 1
    pid=$(cat "$file")
    # Only ever our copy: other servers run from other directories under the same server name.
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
    # No runtime state of the source server in the copy (see bench/run.sh).
    rm -rf "$WLP/usr/servers/.pid" "$SERVER_DIR/workarea" "$SERVER_DIR/logs" "$SERVER_DIR/tranlog" "$SERVER_DIR/apps/expanded"
    rm -f "$SERVER_DIR/resources/security/ltpa.keys" "$SERVER_DIR/resources/security/key.p12"
    local props=$SERVER_DIR/bootstrap.properties
    touch "$props"
    sed -i '/^livedesk\.http\.port=/d; /^livedesk\.https\.port=/d' "$props"
    printf 'livedesk.http.port=%s\nlivedesk.https.port=%s\n' "$HTTP_PORT" "$HTTPS_PORT" >> "$props"
    log "server copied from $SOURCE_WLP to $WLP (ports $HTTP_PORT/$HTTPS_PORT; EAR built $(date -u -r "$ear" '+%F %T') UTC)"
}

server_env() {
    export LIVEDESK_DB_URL=jdbc:postgresql://127.0.0.1:5432/$DB LIVEDESK_DB_USER=postgres LIVEDESK_DB_PASSWORD=
    export LIVEDESK_SECRET_KEY=$SECRET_KEY LIVEDESK_DATA_DIR=$DATA_DIR
    export LIVEDESK_ADMIN_EMAIL=admin@bench.test LIVEDESK_ADMIN_PASSWORD=bench-admin-password
    export LIVEDESK_FACEBOOK_SANDBOX=false LIVEDESK_FACEBOOK_APP_ID=100000000000777
    export LIVEDESK_FACEBOOK_APP_SECRET=$APP_SECRET LIVEDESK_FACEBOOK_VERIFY_TOKEN=bench-verify-token
    export LIVEDESK_FACEBOOK_GRAPH_URL=http://127.0.0.1:$STUB_PORT
    mkdir -p "$DATA_DIR"
}

start_server() {
    local attempt t0 code
    for attempt in 1 2 3; do
        ensure_postgres
        t0=$(date +%s%N)
        JVM_ARGS="${BENCH_JVM_ARGS:-}" "$WLP/bin/server" start "$SERVER" --clean >/dev/null || die "server start failed"
        code=
        for _ in $(seq 1 3600); do
            code=$(curl -s -o /dev/null -w '%{http_code}' "$BASE_URL/health/ready" || true)
            [ "$code" = 200 ] && break
            grep -q CWWKZ0012I "$SERVER_DIR/logs/messages.log" 2>/dev/null && break
            sleep 0.1
        done
        if [ "$code" = 200 ]; then
            log "server ready in $(( ($(date +%s%N) - t0) / 1000000 )) ms (pid $(server_pid))"
            return
        fi
        tail -20 "$SERVER_DIR/logs/messages.log" | cut -c1-300 >&2 || true
        log "server did not become ready (attempt $attempt)"
        stop_server
        sleep 15
    done
    die "server not ready after 3 attempts"
}

busy_ticks() { awk '/^cpu / { print $2 + $3 + $4 + $7 + $8 + $9 }' /proc/stat; }
proc_ticks() { awk '{ print $14 + $15 }' "/proc/$1/stat" 2>/dev/null || echo 0; }

# PostgreSQL backends serving the bench database: their CPU ticks summed (pids listed at the start of a phase and
# read again at its end; the server's pool keeps its connections).
pg_pids() { $PG -d "$DB" -At -c "SELECT pid FROM pg_stat_activity WHERE datname = '$DB' AND pid <> pg_backend_pid()"; }
pg_ticks() { local p s=0; for p in $1; do s=$((s + $(proc_ticks "$p"))); done; echo $s; }

wait_for_quiet() {
    local i b0 b1 busy hz
    [ "${BENCH_QUIET_WAIT:-1}" = 1 ] || return 0
    hz=$(getconf CLK_TCK)
    for i in $(seq 1 40); do
        b0=$(busy_ticks); sleep 3; b1=$(busy_ticks)
        busy=$(awk -v a="$b0" -v b="$b1" -v hz="$hz" 'BEGIN { printf "%.2f", (b - a) / hz / 3 }')
        awk -v x="$busy" 'BEGIN { exit !(x < 0.3) }' && { log "machine quiet ($busy cores busy)"; return; }
    done
    log "machine still busy ($busy cores) after 2 minutes; measuring anyway"
}

# ---------------------------------------------------------------------------------------------------------------
# Database: fresh, migrated by the server, Pages connected

prepare_database() {
    log "recreating $DB"
    stop_server
    $PG -c "DROP DATABASE IF EXISTS $DB WITH (FORCE)" -c "CREATE DATABASE $DB"
    if [ "$ASYNC_COMMIT" = 1 ]; then
        # Experiment only: commits stop waiting for the WAL flush (fsync), for every connection to the bench database.
        $PG -c "ALTER DATABASE $DB SET synchronous_commit = off"
        log "EXPERIMENT: synchronous_commit = off for $DB"
    fi
    server_env
    start_server                                          # Flyway migrates, the first administrator is created
    local i page token
    for i in $(seq 1 "$PAGE_COUNT"); do
        page=$((PAGE_BASE + i))
        token=$(java -cp "$CLASSES" Bench encrypt --key "$SECRET_KEY" --plain "EAABench${page}PageToken")
        # Ids from the application's sequences (EclipseLink hands out the 49 ids below a value it draws, so a
        # value drawn here is never handed out again).
        $PG -d "$DB" -c "
            WITH i AS (
                INSERT INTO inbox (id, name, channel_type, greeting_enabled, greeting_message, csat_enabled,
                                   business_hours_enabled, time_zone, out_of_office_message, auto_assignment,
                                   assignment_method, agent_capacity, created_at, updated_at, version)
                VALUES (nextval('inbox_seq'), 'Bench Page $i', 'FACEBOOK_PAGE', false, NULL, false, false, 'UTC', NULL,
                        false, 'LOAD_BASED', 20, now() AT TIME ZONE 'UTC', now() AT TIME ZONE 'UTC', 0)
                RETURNING id)
            INSERT INTO facebook_page_channel (id, inbox_id, page_id, page_name, encrypted_page_token,
                                               subscription_state, subscribed_fields, reauthorization_required,
                                               connected_at, updated_at, version)
            SELECT nextval('facebook_page_channel_seq'), i.id, '$page', 'Bench Page $i', '$token', 'SUBSCRIBED',
                   'messages', false, now() AT TIME ZONE 'UTC', now() AT TIME ZONE 'UTC', 0 FROM i"
    done
    log "connected $PAGE_COUNT Pages ($PAGES), tokens encrypted under LIVEDESK_SECRET_KEY"
    if [ "$PENDING_INDEX" = 1 ]; then
        # Experiment only: the claim (ORDER BY id LIMIT 1 among PENDING) then reads one index entry instead of every
        # pending row; the application's query is unchanged.
        $PG -d "$DB" -c "CREATE INDEX bench_webhook_event_pending ON webhook_event (id) WHERE status = 'PENDING'"
        log "EXPERIMENT: partial index webhook_event (id) WHERE status = 'PENDING'"
    fi
}

# ---------------------------------------------------------------------------------------------------------------
# Phases

STUB_PID=
start_stub() {
    java -cp "$CLASSES" Bench stub --port $STUB_PORT > "$RESULTS/stub.log" 2>&1 &
    STUB_PID=$!
    for _ in $(seq 1 50); do curl -sf -o /dev/null "http://127.0.0.1:$STUB_PORT/_calls" && break; sleep 0.1; done
    log "Graph stub on 127.0.0.1:$STUB_PORT (pid $STUB_PID)"
}
stub_calls() { curl -sf "http://127.0.0.1:$STUB_PORT/_calls" || echo 0; }

# Runs the generator for one phase with the CPU accounting around it. $1 = name (file stem), rest = generator args.
PHASE_INDEX=0
load() {
    local name=$1; shift
    local hz pid pids s0 s1 p0 p1 b0 b1 c0 c1 t0 t1
    hz=$(getconf CLK_TCK)
    pid=$(server_pid); pids=$(pg_pids)
    s0=$(proc_ticks "$pid"); p0=$(pg_ticks "$pids"); b0=$(busy_ticks); c0=$(stub_calls); t0=$(date +%s%N)
    java -Xss512k -XX:+UseSerialGC -XX:TieredStopAtLevel=1 -cp "$CLASSES" Bench "$@" \
        --port $HTTP_PORT --out "$RESULTS/$name.json" > /dev/null
    t1=$(date +%s%N); s1=$(proc_ticks "$pid"); p1=$(pg_ticks "$pids"); b1=$(busy_ticks); c1=$(stub_calls)
    # Cores used over the whole phase (warm-up included): server JVM, PostgreSQL backends of the bench database,
    # and everything else (the generator, the stub, other people's work).
    awk -v s="$((s1 - s0))" -v p="$((p1 - p0))" -v b="$((b1 - b0))" -v w="$(( (t1 - t0) / 1000000 ))" -v hz="$hz" \
        -v g="$((c1 - c0))" 'BEGIN { w /= 1000; printf "{\"wall_s\":%.1f,\"server_cores\":%.2f,\"pg_cores\":%.2f,\"other_cores\":%.2f,\"graph_calls\":%d}\n",
            w, s / hz / w, p / hz / w, (b - s - p) / hz / w, g }' > "$RESULTS/$name.cpu.json"
    log "$name: $(cat "$RESULTS/$name.json")"
    log "$name: CPU $(cat "$RESULTS/$name.cpu.json")"
}

pending() { $PG -d "$DB" -At -c "SELECT count(*) FROM webhook_event WHERE status = 'PENDING'"; }

# Waits until every stored event is processed; writes the backlog at the end of the load and the time to drain it.
drain() {
    local name=$1 t0 n left
    left=$(pending); t0=$(date +%s%N)
    # The worker's sweep as it runs each second, with the backlog there is (the drains fetch events by id).
    $PG -d "$DB" -c "EXPLAIN (ANALYZE, BUFFERS) SELECT id FROM webhook_event WHERE status = 'PENDING'
        AND next_attempt_at >= now() AT TIME ZONE 'UTC' - interval '1 minute'
        AND next_attempt_at <= now() AT TIME ZONE 'UTC' ORDER BY next_attempt_at, id LIMIT 1000" \
        > "$RESULTS/$name.claim-plan.txt" 2>&1 || true
    for n in $(seq 1 $((DRAIN_TIMEOUT * 2))); do
        [ "$(pending)" = 0 ] && break
        sleep 0.5
    done
    printf '{"backlog_at_end":%d,"drain_s":%.1f,"pending_after":%d}\n' "$left" \
        "$(awk -v a="$t0" -v b="$(date +%s%N)" 'BEGIN { print (b - a) / 1e9 }')" "$(pending)" > "$RESULTS/$name.drain.json"
    log "$name: backlog $left events at the end of the load; $(cat "$RESULTS/$name.drain.json")"
}

# Counts one phase's events in the database (by the tag in their mids) and the webhook -> conversation latency:
# processed_at - received_at of each event (the server's own clocks: stored -> message written and event done), and
# processed_at - the event's timestamp (the generator's clock when it sent the event; LiveDesk dates the message
# with it), which adds the way in and the acknowledgement.
count() {
    local name=$1 tag=$2
    $PG -d "$DB" -At -c "
        WITH e AS (
            SELECT id, status, attempts, received_at, processed_at,
                   substring(convert_from(body, 'UTF8') FROM '\"mid\":\"([^\"]+)\"') AS mid
            FROM webhook_event WHERE position(convert_to('\"mid\":\"m_${tag}_', 'UTF8') in body) > 0),
        m AS (
            SELECT external_id, created_at, conversation_id FROM message
            WHERE left(external_id, length('m_${tag}_')) = 'm_${tag}_'),
        lat AS (
            SELECT extract(epoch FROM processed_at - received_at) * 1000 AS ms FROM e WHERE status = 'PROCESSED'),
        e2e AS (
            SELECT extract(epoch FROM e.processed_at - m.created_at) * 1000 AS ms
            FROM e JOIN m ON m.external_id = e.mid WHERE e.status = 'PROCESSED'),
        span AS (SELECT min(received_at) AS r0, max(received_at) AS r1, min(processed_at) AS p0,
                        max(processed_at) AS p1 FROM e)
        SELECT json_build_object(
            'stored', (SELECT count(*) FROM e),
            'distinct_events', (SELECT count(DISTINCT mid) FROM e),
            'processed', (SELECT count(*) FROM e WHERE status = 'PROCESSED'),
            'failed', (SELECT count(*) FROM e WHERE status = 'FAILED'),
            'pending', (SELECT count(*) FROM e WHERE status = 'PENDING'),
            'retried', (SELECT count(*) FROM e WHERE attempts > 1),
            'messages', (SELECT count(*) FROM m),
            'distinct_mids', (SELECT count(DISTINCT external_id) FROM m),
            'conversations', (SELECT count(DISTINCT conversation_id) FROM m),
            'p50_ms', (SELECT round(percentile_disc(0.5) WITHIN GROUP (ORDER BY ms)::numeric, 1) FROM lat),
            'p90_ms', (SELECT round(percentile_disc(0.9) WITHIN GROUP (ORDER BY ms)::numeric, 1) FROM lat),
            'p99_ms', (SELECT round(percentile_disc(0.99) WITHIN GROUP (ORDER BY ms)::numeric, 1) FROM lat),
            'max_ms', (SELECT round(max(ms)::numeric, 1) FROM lat),
            'sent_p50_ms', (SELECT round(percentile_disc(0.5) WITHIN GROUP (ORDER BY ms)::numeric, 1) FROM e2e),
            'sent_p99_ms', (SELECT round(percentile_disc(0.99) WITHIN GROUP (ORDER BY ms)::numeric, 1) FROM e2e),
            'received_per_s', (SELECT round((count(*) / nullif(extract(epoch FROM r1 - r0), 0))::numeric, 1) FROM e, span GROUP BY r0, r1),
            'processed_per_s', (SELECT round((count(*) / nullif(extract(epoch FROM p1 - p0), 0))::numeric, 1) FROM e, span GROUP BY p0, p1)
        )" > "$RESULTS/$name.db.json"
    log "$name: database $(cat "$RESULTS/$name.db.json")"
}

# A webhook phase: load, wait until processed, count. $1 = name, $2 = tag, $3 = PSID base, rest = generator args.
webhook_phase() {
    local name=$1 tag=$2 psids=$3; shift 3
    load "$name" "$@" --tag "$tag" --secret "$APP_SECRET" --pages "$PAGES" --customers "$CUSTOMERS" --psid-base "$psids"
    drain "$name"
    count "$name" "$tag"
}

repetition() {
    local r=$1 phase
    for phase in $PHASES; do
        ensure_postgres
        wait_for_quiet
        case $phase in
            ceiling)    load "r$r-ceiling" closed --path /assets/favicon.svg --connections "$CONNECTIONS" \
                            --warmup "$WARMUP" --duration "$DURATION" ;;
            throughput) webhook_phase "r$r-throughput" "r${r}t" $((7291846500000000 + r * 10000000 + 1000000)) \
                            closed --connections "$CONNECTIONS" --warmup "$WARMUP" --duration "$DURATION" ;;
            fast)       webhook_phase "r$r-fast" "r${r}f" $((7291846500000000 + r * 10000000 + 2000000)) \
                            open --rate "$FAST_RATE" --connections "$OPEN_CONNECTIONS" --warmup 2 --duration "$FAST_DURATION" ;;
            slow)       webhook_phase "r$r-slow" "r${r}s" $((7291846500000000 + r * 10000000 + 3000000)) \
                            open --rate "$SLOW_RATE" --connections "$OPEN_CONNECTIONS" --warmup "$WARMUP" --duration "$SLOW_DURATION" ;;
            *) die "unknown phase $phase" ;;
        esac
    done
}

# The Pages' tokens replaced by a value SecretCipher cannot decrypt (the shared cache is off, so the server reads it
# at the next message): every customer message's background profile fetch then fails. Tokens restored afterwards.
bogus_phase() {
    local warnings0 warnings1
    $PG -d "$DB" -c "UPDATE facebook_page_channel SET encrypted_page_token = 'bogus-token-' || page_id"
    warnings0=$(profile_warnings)
    wait_for_quiet
    webhook_phase "bogus-slow" "bogus" $((7291846500000000 + 90000000)) \
        open --rate "$SLOW_RATE" --connections "$OPEN_CONNECTIONS" --warmup "$WARMUP" --duration "$SLOW_DURATION"
    warnings1=$(profile_warnings)
    echo "{\"profile_warnings\":$((warnings1 - warnings0)),\"log_bytes\":$(cat "$SERVER_DIR"/logs/messages*.log | wc -c)}" \
        > "$RESULTS/bogus-slow.log.json"
    grep -h -m1 -A12 'profile of contact .* could not be refreshed' "$SERVER_DIR"/logs/messages*.log \
        > "$RESULTS/bogus-slow.warning.txt" || true
    log "bogus tokens: $(cat "$RESULTS/bogus-slow.log.json")"
}

# Liberty rolls messages.log over at 20 MB: count in every file.
profile_warnings() {
    cat "$SERVER_DIR"/logs/messages*.log 2>/dev/null | grep -c 'profile of contact .* could not be refreshed' || true
}

cleanup() {
    stop_server
    [ -n "$STUB_PID" ] && kill "$STUB_PID" 2>/dev/null || true
}

# ---------------------------------------------------------------------------------------------------------------

trap cleanup EXIT
trap 'exit 130' INT TERM
log "LiveDesk webhook benchmark; results in $RESULTS"
log "machine: $(nproc) cores, $(free -g | awk '/^Mem:/ { print $2 }') GB RAM, load average $(cut -d' ' -f1-3 /proc/loadavg)"
CLASSES=$RESULTS/classes
javac -d "$CLASSES" "$WEBHOOK_DIR/Bench.java"
ensure_postgres
prepare_server
start_stub
prepare_database
{
    echo "date_utc=$(date -u '+%F %H:%M')"
    echo "machine=$(nproc) cores, $(free -g | awk '/^Mem:/ { print $2 }') GB RAM"
    echo "ear_built_utc=$(date -u -r "$SERVER_DIR/apps/$SERVER.ear" '+%F %H:%M')"
    echo "commit=$(git -C "$REPO_DIR" rev-parse --short HEAD)"
    echo "jvm_args=${BENCH_JVM_ARGS:-}"
    echo "pending_index_experiment=$PENDING_INDEX"
    echo "synchronous_commit=$($PG -d "$DB" -At -c 'SHOW synchronous_commit')"
    echo "connections=$CONNECTIONS open_connections=$OPEN_CONNECTIONS duration=$DURATION warmup=$WARMUP"
    echo "slow_rate=$SLOW_RATE slow_duration=$SLOW_DURATION fast_rate=$FAST_RATE customers=$CUSTOMERS pages=$PAGE_COUNT"
} > "$RESULTS/meta.txt"

# A new JVM compiles for minutes; the first phase would pay for it. Untimed load first, then the queue drained.
if [ "$JIT_WARMUP" -gt 0 ]; then
    log "JIT warm-up: $JIT_WARMUP s of untimed load"
    webhook_phase "warmup" "w" 7291846500000000 closed --connections "$CONNECTIONS" --duration $((JIT_WARMUP / 2))
    load "warmup-static" closed --path /assets/favicon.svg --connections "$CONNECTIONS" --duration $((JIT_WARMUP / 2))
fi

for r in $(seq 1 "$REPEATS"); do
    log "=== repetition $r of $REPEATS"
    repetition "$r"
done
[ "$BOGUS" = 1 ] && bogus_phase
$PG -d "$DB" -At -c "SELECT 'totals: ' || (SELECT count(*) FROM webhook_event) || ' events, ' ||
    (SELECT count(*) FROM contact) || ' contacts, ' || (SELECT count(*) FROM conversation) || ' conversations, ' ||
    (SELECT count(*) FROM message) || ' messages'" | while read -r line; do log "$line"; done
tail -c 2000000 "$SERVER_DIR/logs/messages.log" > "$RESULTS/server-messages-tail.log" 2>/dev/null || true
python3 "$WEBHOOK_DIR/summary.py" "$RESULTS" | tee "$RESULTS/summary.md"
