"""Reads what docker/cluster/two-nodes.sh collected and prints the figures; exits 1 if a check fails.

Checks: no 5xx at the proxy; both nodes answered a fair share; each scheduled job ran, never twice
within its interval (less the lock's slack) across the two nodes; the audit chain is unbroken.
"""
import json
import statistics
import sys
from collections import Counter, defaultdict
from datetime import datetime
from pathlib import Path

work, port1, port2, cores = Path(sys.argv[1]), sys.argv[2], sys.argv[3], int(sys.argv[4])
# name -> (interval seconds, the lock's slack: a tenth of the interval, 1 to 5 s; see ClusterLock)
JOBS = {"exam-expiry-sweep": 10, "ce-reminders": 20, "oral-mail": 20, "rate-bucket-cleanup": 60}
TICK = 100  # clock ticks per second (getconf CLK_TCK)
failures = []


def check(ok, what):
    print(("ok    " if ok else "FAIL  ") + what)
    if not ok:
        failures.append(what)


def pct(values, p):
    values = sorted(values)
    return values[max(0, -(-p * len(values) // 100) - 1)] if values else float("nan")


# ---- the proxy's log: one line per request, with the node that answered it ----
access = [line.split() for line in (work / "nginx-access.log").read_text().splitlines()]
snap = {}
for line in (work / "snapshots.txt").read_text().splitlines():
    phase, kind, *rest = line.split()
    snap.setdefault(phase, {})[kind] = rest
bounds = {p: int(snap[p]["at"][2]) for p in snap}  # requests logged before each snapshot
phases = [("exam benchmark", "before-exam", "after-exam"), ("booking races", "after-exam", "after-booking"),
          ("browser sessions", "after-booking", "after-sessions")]

by_node = Counter(fields[3] for fields in access)
total = sum(by_node.values())
print(f"requests through the proxy: {total}; per node: " + ", ".join(f"{n} {c} ({100 * c / total:.1f} %)" for n, c in by_node.items()))
n1, n2 = by_node.get(f"127.0.0.1:{port1}", 0), by_node.get(f"127.0.0.1:{port2}", 0)
check(min(n1, n2) >= 0.25 * total, f"both nodes answered (node1 {n1}, node2 {n2})")
errors = [f for f in access if f[2].startswith("5")]
check(not errors, f"no 5xx at the proxy ({len(errors)})")

for name, start, end in phases:
    lines = access[bounds[start]:bounds[end]]
    times = [float(f[4]) * 1000 for f in lines]
    nodes = Counter(f[3] for f in lines)
    print(f"{name}: {len(lines)} requests, at the proxy p50 {pct(times, 50):.0f} ms, p95 {pct(times, 95):.0f} ms, "
          f"p99 {pct(times, 99):.0f} ms; per node " + ", ".join(f"{n} {c}" for n, c in sorted(nodes.items())))

# Each browser login: GET /login on one node, then Keycloak's return (GET /login?...code=...) on the other.
starts = [f[3] for f in access if f[-2] == "/login"]
returns = [f[3] for f in access if f[-2].startswith("/login?") and "code=" in f[-2]]
crossed = sum(1 for a, b in zip(starts, returns) if a != b)
print(f"browser logins: {len(returns)} returns from Keycloak, {crossed} of them on the other node than the login began")
check(crossed >= 1, "a login begun on one node was finished on the other")

# ---- the database: statements of the nodes' own account, and CPU ----
for name, start, end in phases:
    a, b = snap[start], snap[end]
    requests = int(b["at"][2]) - int(a["at"][2])
    seconds = int(b["at"][0]) - int(a["at"][0])
    db = [float(y) - float(x) for x, y in zip(a["db"], b["db"])]
    select, update, other, commit, rollback, busy, cpu, rows_read, rows_changed = db
    statements = select + update + other
    cpu_a, cpu_b = a["cpu"], b["cpu"]
    mariadb = (int(cpu_b[1]) - int(cpu_a[1])) / TICK
    node1 = (int(cpu_b[3]) - int(cpu_a[3])) / TICK
    node2 = (int(cpu_b[5]) - int(cpu_a[5])) / TICK
    print(f"{name}: {seconds} s, {requests} requests; the nodes' database account: {statements:.0f} statements "
          f"({select:.0f} SELECT, {update:.0f} INSERT/UPDATE/DELETE, {other:.0f} other), {commit:.0f} commits, "
          f"{rollback:.0f} rollbacks, {rows_read:.0f} rows read, {rows_changed:.0f} rows written; "
          f"per request {statements / max(1, requests):.1f} statements, {commit / max(1, requests):.2f} commits")
    print(f"{name}: CPU seconds: mariadbd {mariadb:.1f} ({100 * mariadb / seconds / cores:.1f} % of {cores} cores; "
          f"userstat busy {busy:.1f} s, cpu {cpu:.1f} s), node1 {node1:.1f}, node2 {node2:.1f}")

# ---- the scheduled jobs, from both nodes' logs ----
runs = defaultdict(list)
ticks = Counter()
for node in ("node1", "node2"):
    for line in (work / f"{node}.log").read_text().splitlines():
        try:
            entry = json.loads(line)
        except ValueError:
            continue
        words = str(entry.get("message", "")).split()
        if len(words) >= 4 and words[:2] == ["cluster", "job"]:
            ticks[words[2]] += 1
            if words[3] == "started":
                # The lock is held from the instant in the message (taken before it asked the
                # database) for at least the interval less the slack; the run starts once it has it.
                counted_from = datetime.fromisoformat(words[-1].replace("Z", "+00:00")).timestamp()
                started = datetime.fromisoformat(entry["timestamp"].replace("Z", "+00:00")).timestamp()
                runs[words[2]].append((counted_from, started, node))
for job, every in JOBS.items():
    slack = min(5, max(1, every / 10))
    times = sorted(runs[job])
    # A run may start only once the previous run's lock has run out: its start, less the lock's beginning.
    gaps = [b[1] - a[0] for a, b in zip(times, times[1:])]
    per_node = Counter(n for _, _, n in times)
    print(f"{job} (every {every} s): started {len(times)} times ({dict(per_node)}) of {ticks[job]} ticks on the two nodes; "
          f"shortest time from one run's lock to the next run's start {min(gaps) if gaps else float('nan'):.1f} s")
    check(len(times) >= 1, f"{job} ran")
    check(not gaps or min(gaps) >= every - slack - 0.5, f"{job} never ran twice within {every - slack:.0f} s")

# ---- the audit chain ----
audit = (work / "audit-verification.txt").read_text().splitlines()
verification = json.loads(audit[0])
# seals, highest seal number, distinct numbers, events (an event written by a job after the
# verification sealed the rest waits for the next sealing pass, a second later)
count, top, distinct, events = (int(v) for v in audit[1].split())
print(f"audit chain: {verification}; {count} events sealed, highest seq {top}, {distinct} distinct, {events} written")
check(verification.get("intact") is True and count == top == distinct and events >= count, "one unbroken audit chain")

# ---- the machine ----
loads = [float(line.split()[1]) for line in (work / "load.txt").read_text().splitlines() if line.strip()]
if loads:
    print(f"load average (1 min) during the run: mean {statistics.mean(loads):.1f}, max {max(loads):.1f}, on {cores} cores")
sys.exit(1 if failures else 0)
