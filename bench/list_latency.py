#!/usr/bin/env python3
"""Latency and SQL-statement count of LiveDesk's conversation list (GET /api/v1/conversations).

Standard library only (the bench machine has no PyPI). One keep-alive HTTP connection per client, so the figures
are the server's time plus loopback, not TCP set-up.

  list_latency.py latency  ...   p50/p95/p99 per case, one client, requests in sequence
  list_latency.py mixed    ...   the agent cases interleaved from several clients at once (throughput under load)
  list_latency.py sqlcount ...   one request per case while PostgreSQL logs every statement (log_statement = all,
                                 set by run.sh for the bench database only); counts that request's statements and
                                 keeps their text, parameters and auto_explain plans

Each case is a list an agent (or the admin) opens: the first page, or a deep page reached by following nextCursor
the way a client scrolling down would. The deep cursor is fetched once, then the same request is timed N times.
"""
import argparse
import datetime
import http.client
import json
import os
import re
import statistics
import sys
import threading
import time
import urllib.parse


class Client:
    """One keep-alive connection; reconnects if the server closed it."""

    def __init__(self, host, port, token=None):
        self.host, self.port, self.token = host, port, token
        self.conn = http.client.HTTPConnection(host, port, timeout=60)

    def request(self, method, path, body=None):
        headers = {"Accept": "application/json"}
        if self.token:
            headers["Authorization"] = "Bearer " + self.token
        data = None
        if body is not None:
            data = json.dumps(body).encode()
            headers["Content-Type"] = "application/json"
        for attempt in (1, 2):
            try:
                start = time.perf_counter()
                self.conn.request(method, path, body=data, headers=headers)
                response = self.conn.getresponse()
                payload = response.read()
                return response.status, payload, time.perf_counter() - start
            except (http.client.RemoteDisconnected, ConnectionResetError, BrokenPipeError):
                self.conn.close()
                self.conn = http.client.HTTPConnection(self.host, self.port, timeout=60)
                if attempt == 2:
                    raise

    def get_json(self, path):
        status, payload, elapsed = self.request("GET", path)
        if status != 200:
            raise RequestFailed(f"GET {path} -> {status}: {payload[:300]!r}")
        return json.loads(payload), elapsed


class RequestFailed(Exception):
    pass


def attempts(name, run, tries=3):
    """Runs one case, again after a failure: the PostgreSQL cluster is shared and may be restarted under us (the
    pool then hands out dead connections until it purges them). Persistent failures end the benchmark."""
    for attempt in range(1, tries + 1):
        try:
            return run()
        except (RequestFailed, OSError) as e:
            print(f"  {name}: attempt {attempt} failed ({str(e)[:160]}); retrying in 15 s", flush=True)
            time.sleep(15)
    raise SystemExit(f"{name}: failed {tries} times")


def login(host, port, email, password):
    status, payload, _ = Client(host, port).request("POST", "/api/v1/auth/login", {"email": email, "password": password})
    if status != 200:
        raise SystemExit(f"login {email} -> {status}: {payload[:300]!r}")
    return json.loads(payload)["token"]


def cases(args):
    """(name, who, query, page, in_goal). page 1 = first page; deeper pages follow nextCursor page-1 times."""
    d = args.deep_page
    inbox = str(args.inbox)
    all_cases = [
        ("mine, first page", "agent", {"assignee": "mine"}, 1, True),
        (f"mine, page {args.mine_deep_page}", "agent", {"assignee": "mine"}, args.mine_deep_page, True),
        ("unassigned OPEN, first page", "agent", {"assignee": "unassigned", "status": "OPEN"}, 1, True),
        (f"unassigned OPEN, page {d}", "agent", {"assignee": "unassigned", "status": "OPEN"}, d, True),
        (f"inbox {inbox} OPEN, first page", "agent", {"inbox": inbox, "status": "OPEN"}, 1, True),
        (f"inbox {inbox} OPEN, page {d}", "agent", {"inbox": inbox, "status": "OPEN"}, d, True),
        ("admin: OPEN, first page", "admin", {"status": "OPEN"}, 1, True),
        (f"admin: OPEN, page {d}", "admin", {"status": "OPEN"}, d, True),
        # Outside the list, measured because they are the default tabs of a list screen
        # ("All" without a status) and show whether every filter combination has an index to walk.
        ("extra: agent all (no filter), first page", "agent", {}, 1, False),
        ("extra: agent unassigned (any status), first page", "agent", {"assignee": "unassigned"}, 1, False),
        ("extra: admin all (no filter), first page", "admin", {}, 1, False),
    ]
    if args.only:  # diagnostics: a subset, by 1-based case number
        wanted = {int(n) for n in args.only.split(",")}
        return [c for n, c in enumerate(all_cases, start=1) if n in wanted]
    return all_cases


def list_path(query, limit, cursor=None):
    q = dict(query, limit=str(limit))
    if cursor:
        q["cursor"] = cursor
    return "/api/v1/conversations?" + urllib.parse.urlencode(q)


def resolve(client, query, page, limit):
    """Follows nextCursor to the requested page; returns (path, page reached)."""
    cursor, reached = None, 1
    while reached < page:
        body, _ = client.get_json(list_path(query, limit, cursor))
        if not body.get("nextCursor"):
            break  # fewer pages than asked: time the last one
        cursor, reached = body["nextCursor"], reached + 1
    return list_path(query, limit, cursor), reached


def percentile(sorted_values, p):
    """Nearest-rank percentile."""
    if not sorted_values:
        return float("nan")
    rank = max(1, int(-(-p * len(sorted_values) // 100)))
    return sorted_values[min(rank, len(sorted_values)) - 1]


def stats(samples):
    s = sorted(samples)
    total = sum(s)
    return {"n": len(s), "p50_ms": percentile(s, 50) * 1000, "p95_ms": percentile(s, 95) * 1000,
            "p99_ms": percentile(s, 99) * 1000, "mean_ms": statistics.mean(s) * 1000, "max_ms": s[-1] * 1000,
            "req_per_s": len(s) / total if total else 0.0}


class CpuMeter:
    """CPU used during a case, from /proc: by the server JVM, by PostgreSQL's processes, by this client, and by
    everything else on the machine (other builds and servers share the 2 cores and inflate the wall times)."""

    def __init__(self, server_pid, database):
        self.server_pid = server_pid
        self.database = database
        self.hz = os.sysconf("SC_CLK_TCK")

    @staticmethod
    def _proc_ticks(pid):
        try:
            with open(f"/proc/{pid}/stat") as f:
                fields = f.read().rsplit(")", 1)[1].split()
            return int(fields[11]) + int(fields[12])  # utime + stime
        except (OSError, IndexError, ValueError):
            return 0

    def _postgres_ticks(self):
        """The backends serving the bench database (their title is "postgres: <user> <database> <client> ...");
        other databases on the same cluster belong to other people's work."""
        total = 0
        for pid in os.listdir("/proc"):
            if pid.isdigit():
                try:
                    with open(f"/proc/{pid}/cmdline", "rb") as f:
                        title = f.read().replace(b"\0", b" ").decode(errors="replace")
                except OSError:
                    continue
                if title.startswith("postgres: ") and f" {self.database} " in title:
                    total += self._proc_ticks(pid)
        return total

    def sample(self):
        with open("/proc/stat") as f:
            cpu = [int(v) for v in f.readline().split()[1:]]
        busy = sum(cpu) - cpu[3] - cpu[4]  # all but idle and iowait
        return {"wall": time.perf_counter(), "busy": busy, "server": self._proc_ticks(self.server_pid) if self.server_pid else 0,
                "postgres": self._postgres_ticks(), "client": self._proc_ticks(os.getpid())}

    def delta(self, before, after, requests):
        """CPU ms per request for server and PostgreSQL; other processes' load in cores (2.0 = both cores busy)."""
        tick_ms = 1000.0 / self.hz
        wall = after["wall"] - before["wall"]
        d = {k: after[k] - before[k] for k in ("busy", "server", "postgres", "client")}
        other = d["busy"] - d["server"] - d["postgres"] - d["client"]
        return {"server_cpu_ms_per_req": d["server"] * tick_ms / requests if self.server_pid else None,
                "postgres_cpu_ms_per_req": d["postgres"] * tick_ms / requests,  # bench database backends only
                "other_load_cores": max(0.0, other * tick_ms / 1000.0 / wall) if wall else 0.0}


def clients(args):
    tokens = {"agent": login(args.host, args.port, args.agent_email, args.agent_password),
              "admin": login(args.host, args.port, args.admin_email, args.admin_password)}
    return {who: Client(args.host, args.port, token) for who, token in tokens.items()}


def run_latency(args):
    by_who = clients(args)
    meter = CpuMeter(args.server_pid, args.database)
    # A freshly started JVM keeps compiling for minutes (the JIT threads used ~40% of the server's CPU for the
    # first few thousand requests), which would burden whichever case came first: warm up on all cases first.
    first_pages = [(by_who[who], list_path(query, args.limit)) for _, who, query, _, in_goal in cases(args) if in_goal]
    deadline, n = time.perf_counter() + args.global_warmup, 0
    while time.perf_counter() < deadline:
        client, path = first_pages[n % len(first_pages)]
        client.request("GET", path)
        n += 1
    print(f"global warm-up: {n} requests in {args.global_warmup:.0f} s", flush=True)
    results = []
    for name, who, query, page, in_goal in cases(args):
        client = by_who[who]

        def measure():
            path, reached = resolve(client, query, page, args.limit)
            rows = len(client.get_json(path)[0]["items"])
            # Bounded in time as well as in count: a slow case (seconds per request) must not take an hour.
            deadline = time.perf_counter() + args.max_seconds / 3
            for _ in range(args.warmup):
                client.get_json(path)
                if time.perf_counter() > deadline:
                    break
            before = meter.sample()
            deadline = time.perf_counter() + args.max_seconds
            samples = []
            while len(samples) < args.requests and (len(samples) < 20 or time.perf_counter() < deadline):
                samples.append(client.get_json(path)[1])
            cpu = meter.delta(before, meter.sample(), len(samples))
            return dict(case=name, who=who, path=path, page=reached, rows=rows, in_goal=in_goal, **stats(samples), **cpu)

        row = attempts(name, measure)
        results.append(row)
        server_cpu = "-" if row["server_cpu_ms_per_req"] is None else f"{row['server_cpu_ms_per_req']:.1f}"
        print(f"{name:50s} page {row['page']:>3} rows {row['rows']:>2} n {row['n']:>3}  p50 {row['p50_ms']:6.1f}"
              f"  p95 {row['p95_ms']:6.1f}  p99 {row['p99_ms']:6.1f}  max {row['max_ms']:6.1f} ms"
              f"  {row['req_per_s']:5.1f} req/s  CPU/req: server {server_cpu} ms,"
              f" PG {row['postgres_cpu_ms_per_req']:.1f} ms;  other load {row['other_load_cores']:.2f} cores", flush=True)
    write_json(args.out, {"limit": args.limit, "warmup": args.warmup, "requests": args.requests, "cases": results})


def run_mixed(args):
    """Several clients, each cycling through the agent cases of the goal, for a fixed number of requests."""
    by_who = clients(args)
    paths = []
    for name, who, query, page, in_goal in cases(args):
        if in_goal and who == "agent":
            paths.append(attempts(name, lambda: resolve(by_who["agent"], query, page, args.limit))[0])
    token = by_who["agent"].token
    samples, errors, lock = [], [], threading.Lock()
    per_client = args.requests // args.clients

    def worker(offset):
        client = Client(args.host, args.port, token)
        for i in range(args.warmup):
            client.request("GET", paths[(offset + i) % len(paths)])
        mine = []
        for i in range(per_client):
            status, _, elapsed = client.request("GET", paths[(offset + i) % len(paths)])
            if status != 200:
                errors.append(status)
            mine.append(elapsed)
        with lock:
            samples.extend(mine)

    threads = [threading.Thread(target=worker, args=(n,)) for n in range(args.clients)]
    meter = CpuMeter(args.server_pid, args.database)
    before = meter.sample()
    started = time.perf_counter()
    for t in threads:
        t.start()
    for t in threads:
        t.join()
    wall = time.perf_counter() - started
    cpu = meter.delta(before, meter.sample(), len(samples) + args.warmup * args.clients)
    row = dict(clients=args.clients, errors=len(errors), wall_s=wall, **stats(samples), **cpu)
    row["req_per_s"] = len(samples) / wall  # throughput of all clients together
    print(f"mixed agent cases, {args.clients} clients: {row['n']} requests in {wall:.1f} s = {row['req_per_s']:.1f} req/s;"
          f" p50 {row['p50_ms']:.1f}  p95 {row['p95_ms']:.1f}  p99 {row['p99_ms']:.1f} ms; errors {len(errors)}")
    write_json(args.out, row)


# PostgreSQL's stderr log with log_line_prefix '%m [%p] %q%u@%d ': one record per line that starts with a
# timestamp; auto_explain plans continue on following lines.
RECORD = re.compile(r"^(\d{4}-\d\d-\d\d [\d:.]+) UTC \[(\d+)\] (\S*)@(\S*) (LOG|DETAIL|ERROR|STATEMENT|WARNING):  (.*)$")


def read_records(path, offset):
    with open(path, "r", errors="replace") as f:
        f.seek(offset)
        text = f.read()
    text = text[:text.rfind("\n") + 1]  # a line still being written belongs to a later request
    records = []
    for line in text.splitlines():
        m = RECORD.match(line)
        if m:
            at = datetime.datetime.strptime(m.group(1), "%Y-%m-%d %H:%M:%S.%f").replace(tzinfo=datetime.timezone.utc)
            records.append({"at": at.timestamp(), "pid": m.group(2), "db": m.group(4), "level": m.group(5),
                            "text": m.group(6)})
        elif records:
            records[-1]["text"] += "\n" + line
    return records


STATEMENT = re.compile(r"^(?:execute [^:]+|statement): (.*)$", re.S)


def statements_in(records, database, since, until):
    """The statements (with parameters and auto_explain plans) the bench database logged between two instants."""
    statements, plans = [], []
    for r in records:
        if r["db"] != database or not since - 0.002 <= r["at"] <= until + 0.002:
            continue
        if r["level"] == "LOG":
            m = STATEMENT.match(r["text"])
            if m:
                statements.append({"pid": r["pid"], "sql": m.group(1).strip()})
            elif r["text"].startswith("duration:"):
                plans.append(r["text"])
        elif r["level"] == "DETAIL" and statements and r["text"].startswith("parameters:"):
            statements[-1]["parameters"] = r["text"][len("parameters:"):].strip()
    return statements, plans


def run_sqlcount(args):
    """One request per case while PostgreSQL logs every statement. Only statements logged while the request was in
    flight count; the application also runs background work on the same database (a worker polling for webhook
    events twice a second), which can fall into that window, so each case is captured three times and the
    capture with the fewest statements is kept (a background poll does not repeat at the same moment)."""
    by_who = clients(args)
    out_dir = args.out
    os.makedirs(out_dir, exist_ok=True)
    # What the server runs on its own: 3 s with no request in flight. Those statements are not the request's even
    # when one falls into its window (a slow request always overlaps a poll).
    time.sleep(1)
    offset, since = os.path.getsize(args.pg_log), time.time()
    time.sleep(3)
    idle, _ = statements_in(read_records(args.pg_log, offset), args.database, since, time.time())
    background = {s["sql"] for s in idle if s["sql"] and s["sql"].upper() not in ("BEGIN", "COMMIT")}
    print(f"background statements while idle (3 s): {len(idle)}; distinct SQL: "
          + (" | ".join(sorted(b[:70] for b in background)) or "none"), flush=True)
    results = []
    for index, (name, who, query, page, in_goal) in enumerate(cases(args), start=1):
        client = by_who[who]
        path, reached = attempts(name, lambda: resolve(client, query, page, args.limit))

        def capture():
            # Repeat the request first: the plan PostgreSQL settles on for a prepared statement can change after
            # a few executions (custom -> generic plan), and the timed runs see the settled one.
            for _ in range(args.warmup):
                client.get_json(path)
            time.sleep(0.3)
            offset = os.path.getsize(args.pg_log)
            since = time.time()
            _, elapsed = client.get_json(path)
            until = time.time()
            time.sleep(0.5)  # let the backends finish writing the log
            return statements_in(read_records(args.pg_log, offset), args.database, since, until) + (elapsed,)

        captures = [attempts(name, capture) for _ in range(3)]
        statements, plans, elapsed = min(captures, key=lambda c: len(c[0]))
        # BEGIN/COMMIT frame each transaction; "" is the pool's connection validation (pgjdbc isValid).
        real = [s for s in statements if s["sql"] and s["sql"] not in background
                and s["sql"].splitlines()[0].strip().upper() not in ("BEGIN", "COMMIT", "ROLLBACK")]
        excluded = sum(1 for s in statements if s["sql"] in background)
        validations = sum(1 for s in statements if not s["sql"]) - excluded  # each background poll has its own
        row = dict(case=name, who=who, path=path, page=reached, in_goal=in_goal,
                   statements=len(real), validation_queries=validations, background_excluded=excluded,
                   elapsed_ms=elapsed * 1000, captures=[len(c[0]) for c in captures],
                   sql=[s["sql"][:200] for s in real])
        results.append(row)
        with open(os.path.join(out_dir, f"case{index:02d}.log"), "w") as f:
            f.write(f"# {name}\n# GET {path}\n# {len(real)} statements of the request, plus {validations} empty "
                    f"validation queries and BEGIN/COMMIT; {excluded} background statements in the window "
                    "(listed, not counted)\n\n")
            for s in statements:
                f.write(f"[{s['pid']}] {s['sql']}\n")
                if s.get("parameters"):
                    f.write(f"    parameters: {s['parameters']}\n")
            f.write("\n# auto_explain (ANALYZE, BUFFERS) of the statements above\n\n")
            for p in plans:
                f.write(p + "\n\n")
        print(f"{name:50s} {len(real)} SQL statements (+{validations} validation queries, BEGIN/COMMIT; "
              f"{excluded} background excluded): " + " | ".join(s["sql"].splitlines()[0][:30] for s in real),
              flush=True)
    write_json(os.path.join(out_dir, "sqlcount.json"), {"cases": results})


def write_json(path, data):
    os.makedirs(os.path.dirname(os.path.abspath(path)), exist_ok=True)
    with open(path, "w") as f:
        json.dump(data, f, indent=2)


def main():
    p = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    p.add_argument("mode", choices=["latency", "mixed", "sqlcount"])
    p.add_argument("--host", default="127.0.0.1")
    p.add_argument("--port", type=int, default=9280)
    p.add_argument("--agent-email", default="agent1@bench.test")
    p.add_argument("--agent-password", default="bench-agent-password")
    p.add_argument("--admin-email", default="admin@bench.test")
    p.add_argument("--admin-password", default="bench-admin-password")
    p.add_argument("--inbox", type=int, required=True, help="an inbox the agent is a member of")
    p.add_argument("--limit", type=int, default=25)
    p.add_argument("--deep-page", type=int, default=200)
    p.add_argument("--mine-deep-page", type=int, default=40)
    p.add_argument("--warmup", type=int, default=50)
    p.add_argument("--requests", type=int, default=300)
    p.add_argument("--global-warmup", type=float, default=90, help="seconds of requests over all cases first")
    p.add_argument("--max-seconds", type=float, default=60, help="time budget of one case's timed requests")
    p.add_argument("--clients", type=int, default=4)
    p.add_argument("--only", help="run only these cases, e.g. 1,5 (1-based, in the order of cases())")
    p.add_argument("--server-pid", type=int, help="the server JVM, to measure its CPU per request")
    p.add_argument("--pg-log", default="/var/log/postgresql/postgresql-15-main.log")
    p.add_argument("--database", default="livedesk_bench")
    p.add_argument("--out", required=True, help="JSON file (latency, mixed) or directory (sqlcount)")
    args = p.parse_args()
    {"latency": run_latency, "mixed": run_mixed, "sqlcount": run_sqlcount}[args.mode](args)


if __name__ == "__main__":
    sys.exit(main())
