#!/usr/bin/env python3
"""Prints the benchmark summary (Markdown) of one results directory written by run.sh, with each goal checked.

Goals (from the issue): list p95 <= 50 ms, <= 3 SQL statements per list request, start to ready <= 10 s,
idle RSS <= 450 MB.
"""
import json
import os
import sys

P95_GOAL_MS = 50
STATEMENTS_GOAL = 3
READY_GOAL_S = 10
RSS_GOAL_MB = 450


def load(path):
    try:
        with open(path) as f:
            return json.load(f)
    except FileNotFoundError:
        return None


def verdict(ok):
    return "met" if ok else "**MISSED**"


def main(results):
    out = [f"# LiveDesk benchmark summary ({os.path.basename(os.path.normpath(results))})", ""]
    meta_path = os.path.join(results, "meta.txt")
    if os.path.exists(meta_path):
        with open(meta_path) as f:
            meta = dict(line.rstrip("\n").split("=", 1) for line in f if "=" in line)
        out += [f"{meta.get('date_utc', '?')} UTC; {meta.get('machine', '?')}; EAR built {meta.get('ear_built_utc', '?')} "
                f"UTC, schema V{meta.get('schema_version', '?')}; {meta.get('data', '?')}; extra JVM options: "
                f"{meta.get('jvm_args') or 'none'}.", ""]

    latency = load(os.path.join(results, "latency.json"))
    sql = load(os.path.join(results, "sql", "sqlcount.json"))
    counts = {c["case"]: c for c in (sql or {}).get("cases", [])}
    if latency or sql:
        rows = latency["cases"] if latency else sql["cases"]
        out += ["## Conversation list (GET /api/v1/conversations, limit 25)", ""]
        if latency:
            out += [f"One client, keep-alive; {latency['warmup']} warm-up then up to {latency['requests']} timed "
                    "requests per case (n; fewer when a case exceeds its time budget). CPU ms/req: CPU time of the "
                    "server JVM and of the bench database's PostgreSQL backends per request. Other load: CPU used "
                    "meanwhile by everything else on the machine, in cores (of 2). SQL: statements of one request "
                    "(token lookup + list + label batch), not counting BEGIN/COMMIT and the pool's empty validation "
                    "query.", ""]
        out += ["| case | page | n | p50 ms | p95 ms | p99 ms | req/s | CPU ms/req server + PG | other load | SQL "
                "| p95 goal | SQL goal |",
                "|---|---:|---:|---:|---:|---:|---:|---|---:|---:|---|---|"]
        for row in rows:
            name = row["case"]
            n = counts.get(name, {}).get("statements")
            if latency:
                server_cpu = row.get("server_cpu_ms_per_req")
                figures = (f"{row['n']} | {row['p50_ms']:.1f} | {row['p95_ms']:.1f} | {row['p99_ms']:.1f} | "
                           f"{row['req_per_s']:.0f} | {'-' if server_cpu is None else f'{server_cpu:.1f}'} + "
                           f"{row['postgres_cpu_ms_per_req']:.1f} | {row['other_load_cores']:.2f}")
                p95_ok = verdict(row["p95_ms"] <= P95_GOAL_MS)
            else:
                figures, p95_ok = "- | - | - | - | - | - | -", "-"
            sql_ok = "-" if n is None else verdict(n <= STATEMENTS_GOAL)
            out.append(f"| {name} | {row['page']} | {figures} | {'-' if n is None else n} | {p95_ok} | {sql_ok} |")
        out.append("")

    mixed = load(os.path.join(results, "mixed.json"))
    if mixed:
        out += [f"Mixed agent cases from {mixed['clients']} concurrent clients: {mixed['n']} requests, "
                f"{mixed['req_per_s']:.0f} req/s, p50 {mixed['p50_ms']:.1f} / p95 {mixed['p95_ms']:.1f} / "
                f"p99 {mixed['p99_ms']:.1f} ms, {mixed['errors']} errors; CPU per request: server "
                f"{mixed['server_cpu_ms_per_req']:.1f} ms + PostgreSQL {mixed['postgres_cpu_ms_per_req']:.1f} ms; "
                f"other load {mixed['other_load_cores']:.2f} cores.", ""]

    startup = os.path.join(results, "startup.tsv")
    if os.path.exists(startup):
        labels = {"postgres-clean": "PostgreSQL (seeded), `server start --clean`",
                  "postgres-warm": "PostgreSQL (seeded), `server start` (no --clean)",
                  "h2-fresh-clean": "embedded H2, fresh data dir, `--clean`"}
        runs = {}
        with open(startup) as f:
            for line in f:
                mode, _, secs, rss, cpu, app, kernel, idle, other = line.split()
                runs.setdefault(mode, []).append((float(secs), int(rss), float(cpu), float(app), float(kernel),
                                                  float(idle), float(other)))
        out += ["## Start to ready and idle RSS", "",
                f"Start to ready: from `server start` to the first 200 of /health/ready (goal <= {READY_GOAL_S} s); "
                "CPU: user + system seconds the server JVM had used when ready; other load: CPU used meanwhile by the rest "
                "of the machine (the `server` launcher included), in cores of 2; Liberty's own log lines "
                "(CWWKZ0001I \"Application ... started in\", CWWKF0011I \"server started in\"). "
                f"Idle RSS: VmRSS of the server JVM after 10 s idle following ready (goal <= {RSS_GOAL_MB} MB); "
                "idle CPU: the JVM's CPU use during those 10 s.", "",
                "| server | start to ready, s (each run) | goal | JVM CPU, s | other load, cores | Liberty app / server, s "
                "| idle RSS, MB (each run) | goal | idle CPU, % of a core |",
                "|---|---|---|---|---|---|---|---|---|"]
        for mode, values in runs.items():
            secs = ", ".join(f"{v[0]:.1f}" for v in values)
            rss = ", ".join(str(v[1]) for v in values)
            cpu = ", ".join(f"{v[2]:.0f}" for v in values)
            liberty = ", ".join(f"{v[3]:.1f} / {v[4]:.1f}" for v in values)
            out.append(f"| {labels.get(mode, mode)} | {secs} | {verdict(max(v[0] for v in values) <= READY_GOAL_S)} "
                       f"| {cpu} | {', '.join(f'{v[6]:.2f}' for v in values)} | {liberty} | {rss} "
                       f"| {verdict(max(v[1] for v in values) <= RSS_GOAL_MB)} "
                       f"| {', '.join(f'{v[5]:.1f}' for v in values)} |")
        out.append("")

    rss = os.path.join(results, "rss.txt")
    if os.path.exists(rss):
        with open(rss) as f:
            values = dict(line.strip().split("=") for line in f if "=" in line)
        out += [f"The latency run's server: idle RSS {values.get('idle_rss_mb', '?')} MB (idle CPU "
                f"{values.get('idle_cpu_percent', '?')}% of a core), RSS after the load "
                f"{values.get('after_load_rss_mb', '?')} MB, idle CPU after the load "
                f"{values.get('after_load_idle_cpu_percent', '?')}% of a core.", ""]
    print("\n".join(out))


if __name__ == "__main__":
    main(sys.argv[1] if len(sys.argv) > 1 else os.path.join(os.path.dirname(os.path.abspath(__file__)), "results", "latest"))
