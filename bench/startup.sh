#!/usr/bin/env bash
# Start to ready and idle memory of the built server on its embedded default (H2), without the 1,000,000-conversation
# seed that bench/run.sh needs.   bench/startup.sh            (BENCH_STARTS=3 of each kind)
#
#   first    a fresh data directory and `server start --clean`: migration, the first administrator (600,000
#            PBKDF2 iterations), Liberty's feature cache rebuilt; what a newcomer's first start does
#   restart  the same data directory, `server start`: what every later start does
#
# Each start is timed from `server start` to the first 200 of /health/ready (polled every 50 ms); then, after 10 s
# without requests, the server JVM's resident memory (VmRSS) and the CPU seconds it used. Before each start it waits
# (at most 2 minutes) until the rest of the machine uses less than 0.3 cores. Touches only /tmp/bench-startup-wlp (a
# copy of the built server on ports 9380/9743, without the source's runtime state) and /tmp/bench-startup-data.
set -euo pipefail

REPO_DIR=$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)
SOURCE_WLP=${BENCH_SOURCE_WLP:-$REPO_DIR/ear-module/target/liberty/wlp}
WLP=/tmp/bench-startup-wlp
SERVER=livedesk
SERVER_DIR=$WLP/usr/servers/$SERVER
DATA=/tmp/bench-startup-data
STARTS=${BENCH_STARTS:-3}

die() { echo "startup bench: $*" >&2; exit 1; }
[ -f "$SOURCE_WLP/usr/servers/$SERVER/apps/$SERVER.ear" ] || die "no built server at $SOURCE_WLP (./mvnw -DskipTests package)"

pid_of_copy() {
    local file=$WLP/usr/servers/.pid/$SERVER.pid pid
    [ -f "$file" ] || return 1
    pid=$(cat "$file")
    tr '\0' ' ' < "/proc/$pid/cmdline" 2>/dev/null | grep -q -- "$WLP/" || return 1
    echo "$pid"
}
stop_copy() { if pid_of_copy >/dev/null; then "$WLP/bin/server" stop "$SERVER" >/dev/null || true; fi; }
trap stop_copy EXIT

stop_copy
rm -rf "$WLP" && cp -a "$SOURCE_WLP" "$WLP"
# The copy keeps none of the source server's runtime state (its stop would otherwise reach the source server).
rm -rf "$WLP/usr/servers/.pid" "$SERVER_DIR/workarea" "$SERVER_DIR/logs" "$SERVER_DIR/tranlog" \
    "$SERVER_DIR/resources/security/ltpa.keys" "$SERVER_DIR/resources/security/key.p12"
sed -i '/^livedesk\.http\.port=/d; /^livedesk\.https\.port=/d' "$SERVER_DIR/bootstrap.properties" 2>/dev/null || true
printf 'livedesk.http.port=9380\nlivedesk.https.port=9743\n' >> "$SERVER_DIR/bootstrap.properties"
unset LIVEDESK_DB_URL LIVEDESK_DB_USER LIVEDESK_DB_PASSWORD LIVEDESK_SECRET_KEY
export LIVEDESK_DATA_DIR=$DATA

busy_cores() {
    local b0 b1
    b0=$(awk '/^cpu / { print $2 + $3 + $4 + $7 + $8 + $9 }' /proc/stat); sleep 2
    b1=$(awk '/^cpu / { print $2 + $3 + $4 + $7 + $8 + $9 }' /proc/stat)
    awk -v a="$b0" -v b="$b1" -v hz="$(getconf CLK_TCK)" 'BEGIN { printf "%.2f", (b - a) / hz / 2 }'
}
wait_for_quiet() {
    local i busy
    for i in $(seq 1 60); do
        busy=$(busy_cores)
        awk -v x="$busy" 'BEGIN { exit !(x < 0.3) }' && return 0
    done
    echo "  (machine still busy: $busy cores)"
}

start_once() { # first|restart
    local clean= t0 code pid ms
    if [ "$1" = first ]; then rm -rf "$DATA" "$SERVER_DIR/resources/security/ltpa.keys" "$SERVER_DIR/resources/security/key.p12"; clean=--clean; fi
    wait_for_quiet
    t0=$(date +%s%N)
    "$WLP/bin/server" start "$SERVER" $clean >/dev/null
    for _ in $(seq 1 2400); do
        code=$(curl -s -o /dev/null -w '%{http_code}' http://127.0.0.1:9380/health/ready || true)
        [ "$code" = 200 ] && break
        sleep 0.05
    done
    ms=$(( ($(date +%s%N) - t0) / 1000000 ))
    [ "$code" = 200 ] || die "not ready after 2 minutes"
    pid=$(pid_of_copy)
    sleep 10
    printf '%-8s ready %6d ms   idle RSS %4d MB   JVM CPU %5.1f s\n' "$1" "$ms" \
        "$(awk '/VmRSS/ { print int($2 / 1024) }' "/proc/$pid/status")" \
        "$(awk -v hz="$(getconf CLK_TCK)" '{ print ($14 + $15) / hz }' "/proc/$pid/stat")"
    stop_copy
}

echo "start to ready, $(nproc) cores, $(java -version 2>&1 | head -1); JVM options: $(grep -v '^#' "$SERVER_DIR/jvm.options" | tr '\n' ' ')"
for _ in $(seq 1 "$STARTS"); do start_once first; done
for _ in $(seq 1 "$STARTS"); do start_once restart; done
