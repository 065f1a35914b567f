#!/usr/bin/env python3
"""Turns a bench/webhook results directory into a Markdown summary, with the goals of issue 3 checked."""
import glob
import json
import os
import sys


def load(path):
    try:
        with open(path) as f:
            return json.load(f)
    except (OSError, ValueError):
        return None


def main(results):
    meta = open(os.path.join(results, "meta.txt")).read().strip().splitlines()
    print(f"# LiveDesk webhook benchmark, run {os.path.basename(os.path.normpath(results))}\n")
    for line in meta:
        print(f"* {line}")
    print()
    print("| phase | load | acked/s | ack p50 ms | ack p99 ms | non-200 | cores: server + PG + generator + rest |"
          " backlog at end | drain s | processed/s | lost | duplicated | failed | webhook->conversation p50 / p99 ms |"
          " sent->processed p50 / p99 ms |")
    print("|---|---|---:|---:|---:|---:|---|---:|---:|---:|---:|---:|---:|---|---|")
    names = sorted({os.path.basename(p)[:-5] for p in glob.glob(os.path.join(results, "*.json"))
                    if p.count(".") == 1})
    rows = {}
    for name in names:
        g = load(os.path.join(results, name + ".json"))
        if not g or "mode" not in g:
            continue
        cpu = load(os.path.join(results, name + ".cpu.json")) or {}
        dr = load(os.path.join(results, name + ".drain.json")) or {}
        db = load(os.path.join(results, name + ".db.json")) or {}
        gen = round(g.get("client_cpu_s", 0) / cpu["wall_s"], 2) if cpu.get("wall_s") else ""
        rest = round(cpu["other_cores"] - gen, 2) if gen != "" else ""
        bad = sum(v for k, v in g["statuses"].items() if k != "200")
        lost = dup = ""
        if db:
            lost = max(0, g["ok"] - db["stored"])
            dup = (db["messages"] - db["distinct_mids"]) + max(0, db["messages"] - db["distinct_events"])
        load_desc = (f'{g["connections"]} conns' if g["mode"] == "closed" else f'{g["rate_asked"]:.0f}/s open') + \
            (" GET favicon" if g["path"] != "/webhooks/facebook" else "")
        rows[name] = dict(g=g, db=db, dr=dr, lost=lost, dup=dup)
        print(f'| {name} | {load_desc} | {g["ok_per_s"]} | {g["p50_ms"]} | {g["p99_ms"]} | {bad} | '
              f'{cpu.get("server_cores", "")} + {cpu.get("pg_cores", "")} + {gen} + {rest} | '
              f'{dr.get("backlog_at_end", "")} | {dr.get("drain_s", "")} | {db.get("processed_per_s", "")} | '
              f'{lost} | {dup} | {db.get("failed", "")} | '
              f'{db.get("p50_ms", "")} / {db.get("p99_ms", "")} | {db.get("sent_p50_ms", "")} / {db.get("sent_p99_ms", "")} |')
    print()

    def spread(kind, key, src="g"):
        vals = [r[src][key] for n, r in rows.items() if n.startswith("r") and n.endswith(kind) and r[src]]
        vals = [float(v) for v in vals if v is not None and v != ""]
        return (min(vals), max(vals)) if vals else None

    def fmt(s):
        return "n/a" if s is None else (f"{s[0]:g}" if s[0] == s[1] else f"{s[0]:g}–{s[1]:g}")

    tp, tp99 = spread("-throughput", "ok_per_s"), spread("-throughput", "p99_ms")
    fast, fast99 = spread("-fast", "ok_per_s"), spread("-fast", "p99_ms")
    ceil = spread("-ceiling", "ok_per_s")
    slow99 = spread("-slow", "p99_ms", "db")
    losses = sum(r["lost"] or 0 for r in rows.values() if r["db"])
    dups = sum(r["dup"] or 0 for r in rows.values() if r["db"])
    print("## Goals\n")
    ok_fast = fast and fast99 and fast[0] >= 0.98 * 2000 and fast99[1] <= 50
    verdict = "not measured" if fast is None else ("met" if ok_fast else "missed")
    print(f"* ≥ 2,000 events/s acknowledged with p99 ≤ 50 ms: **{verdict}** — "
          f"open loop at 2,000/s: {fmt(fast)} acked/s, p99 {fmt(fast99)} ms; closed loop: {fmt(tp)} acked/s, "
          f"p99 {fmt(tp99)} ms; ceiling (static GET) {fmt(ceil)} req/s")
    print(f"* nothing lost or duplicated: **{'met' if losses == 0 and dups == 0 else 'missed'}** "
          f"(lost {losses}, duplicated {dups}, over every webhook phase)")
    ok_slow = slow99 is not None and slow99[1] <= 250
    print(f"* webhook → conversation p99 ≤ 250 ms at 200 events/s: **{'met' if ok_slow else 'missed'}** "
          f"(p99 {fmt(slow99)} ms, processed_at − received_at)")


if __name__ == "__main__":
    main(sys.argv[1])
