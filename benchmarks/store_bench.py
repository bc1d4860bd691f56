"""Benchmark of the snapshot store: save a 1,000-device snapshot, diff two of them, database size.

    .venv/bin/python benchmarks/store_bench.py [--devices 1000] [--db URL] [--keep DIR]

Generates ~700-line IOS configurations (its own simple generator), audits them once, then times:
  - save: writing the snapshot (one transaction) into a fresh database (SQLite by default);
  - a second save after 10 devices changed (config texts deduplicated by content);
  - diff: loading both snapshots from the database and diffing them (what `untapped diff A B` does);
and reports the database size per snapshot. A script, not a timed test.
"""

from __future__ import annotations

import argparse
import os
import shutil
import sys
import tempfile
import time
from pathlib import Path

os.environ.setdefault("UNTAPPED_SALT", "bench")


def device_config(i: int, changed: bool = False) -> str:
    name = f"dist{i:04d}"
    a, b = i // 250, i % 250
    out = [
        "!",
        "version 17.6",
        "service timestamps log datetime msec",
        "service password-encryption",
        f"hostname {name}",
        "!",
        "enable secret 9 $9$Qm1nAbCdEfGh$abcdefghijklmnopqrstuvwxyz0123456789ABCDE",
        "username netops privilege 15 secret 9 $9$nfW2q3e4r5t6y7$ZYXWVUTSRQPONMLKJIHGFEDCBA98",
        "aaa new-model",
        "aaa authentication login default group tacacs+ local",
        "aaa authorization exec default group tacacs+ local",
        "aaa accounting exec default start-stop group tacacs+",
        "!",
        "ip domain name example.net",
        "ip name-server 10.9.0.53",
        "no ip http server",
        "!",
    ]
    if changed:
        out.append("username helpdesk privilege 15 secret 5 $1$mERr$hx5rVt7rPNoS4wqbXKX7m0")
    for v in range(10, 40):
        out += [f"vlan {v}", f" name users-{v}", "!"]
    for k in range(96):
        out += [
            f"interface GigabitEthernet1/0/{k + 1}",
            f" description access port {k + 1} of {name}",
            " switchport mode access",
            f" switchport access vlan {10 + k % 30}",
            " spanning-tree portfast",
            "!",
        ]
    for v in range(10, 20):
        out += [
            f"interface Vlan{v}",
            f" ip address 10.{a}.{b}.{(v - 10) * 16 + 1} 255.255.255.240",
            " ip access-group EDGE-IN in",
            "!",
        ]
    out += ["ip access-list extended EDGE-IN"]
    for n in range(40):
        out.append(f" permit tcp 10.{a}.0.0 0.0.255.255 host 10.9.1.{n + 1} eq {1000 + n}")
    if changed:
        out.append(" permit ip host 203.0.113.44 any")
    out += [" deny ip any any log", "!"]
    syslog = "198.51.100.23" if changed else "10.9.0.20"
    out += [
        f"logging host {syslog}",
        "logging trap informational",
        "snmp-server community Zq7ReadOnlyCommunity RO 10",
        "snmp-server host 10.9.0.30 version 2c TrapC0mmStr1ng",
        "ntp server 10.9.0.50",
        "tacacs server TAC1",
        " address ipv4 10.9.0.40",
        " key 7 060506324F41584B56",
        "!",
    ]
    if changed:
        out += [
            "monitor session 3 type erspan-source",
            " source interface GigabitEthernet1/0/1 both",
            " destination",
            "  erspan-id 3",
            "  ip address 192.0.2.99",
            f"  origin ip address 10.{a}.{b}.1",
            "!",
        ]
    out += ["line vty 0 4", " transport input ssh", "!", "end"]
    return "\n".join(out) + "\n"


def write(root: Path, n: int, changed: set[int]) -> int:
    root.mkdir(parents=True, exist_ok=True)
    lines = 0
    for i in range(n):
        text = device_config(i, i in changed)
        lines += text.count("\n")
        (root / f"dist{i:04d}.cfg").write_text(text)
    (root / "untapped.toml").write_text(
        '[owner]\nnetworks = ["10.0.0.0/8"]\n\n[trusted]\nlog_hosts = ["10.9.0.20"]\n'
        'snmp_managers = ["10.9.0.30"]\naaa_servers = ["10.9.0.40"]\nntp_servers = ["10.9.0.50"]\n'
        'dns_servers = ["10.9.0.53"]\n'
    )
    return lines


def main() -> int:
    ap = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawTextHelpFormatter)
    ap.add_argument("--devices", type=int, default=1000)
    ap.add_argument("--db", default=None, help="database URL (default: a fresh SQLite file)")
    ap.add_argument("--keep", default=None, help="work folder to keep (default: a temp dir)")
    args = ap.parse_args()

    from untapped.analyses import drift
    from untapped.store import capture, open_store

    work = Path(args.keep) if args.keep else Path(tempfile.mkdtemp(prefix="untapped-store-bench-"))
    try:
        n = args.devices
        lines = write(work / "v1", n, set())
        write(work / "v2", n, set(range(0, n, max(1, n // 10))[:10]))
        print(f"{n} devices, {lines} lines ({lines // n} per device)")
        db_file = work / "bench.db"
        url = args.db or f"sqlite:///{db_file}"
        store = open_store(url)

        t = time.perf_counter()
        cap1 = capture(work / "v1")
        t_cap = time.perf_counter() - t
        t = time.perf_counter()
        info1 = store.save(cap1, "v1")
        t_save = time.perf_counter() - t
        size1 = _size(db_file) if args.db is None else None
        cap2 = capture(work / "v2")
        t = time.perf_counter()
        info2 = store.save(cap2, "v2")
        t_save2 = time.perf_counter() - t
        size2 = _size(db_file) if args.db is None else None

        t = time.perf_counter()
        a = store.load("v1", diagnostics=False)  # as `untapped diff` loads them
        b = store.load("v2", diagnostics=False)
        t_load = time.perf_counter() - t
        t = time.perf_counter()
        d = drift.diff(a.side("v1"), b.side("v2"))
        t_diff = time.perf_counter() - t
        counts = store.counts()
        store.close()

        print(f"audit + redact ({n} devices):         {t_cap:6.2f} s")
        print(f"save snapshot 1 (one transaction):     {t_save:6.2f} s")
        print(f"save snapshot 2 (10 devices changed):  {t_save2:6.2f} s")
        print(f"load both snapshots:                   {t_load:6.2f} s")
        print(f"diff:                                  {t_diff:6.2f} s")
        print(f"load + diff:                           {t_load + t_diff:6.2f} s")
        print(
            f"rows per snapshot: devices {info1.devices}, channels {info1.channels}, findings "
            f"{info1.findings + info1.waived}, facts {counts['device_fact'] // 2}"
        )
        print(f"drift: {len(d.drift)} findings, {drift.count_by_severity(d.drift)}")
        print(f"snapshot 2: {info2.devices} devices, {info2.channels} channels")
        if size1 is not None and size2 is not None:
            print(f"database size after snapshot 1:        {size1 / 1e6:6.1f} MB")
            print(
                f"database size after snapshot 2:        {size2 / 1e6:6.1f} MB (+{(size2 - size1) / 1e6:.1f} MB)"
            )
    finally:
        if not args.keep:
            shutil.rmtree(work, ignore_errors=True)
    return 0


def _size(db: Path) -> int:
    """Database bytes after a checkpoint (main file; WAL folded in)."""
    import sqlite3

    with sqlite3.connect(db) as conn:
        conn.execute("PRAGMA wal_checkpoint(TRUNCATE)")
    return db.stat().st_size


if __name__ == "__main__":
    sys.exit(main())
