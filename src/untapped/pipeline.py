"""The audit pipeline: read → detect → parse → per-device analyses (in workers) → judge → result.

Workers return compact per-device results (`DeviceWork`), never parsed models: a model is large to
pickle, and the parent only needs channels, findings, line counts and the device's networks.
"""

from __future__ import annotations

import contextlib
import datetime as _dt
import gc
import os
from collections.abc import Callable, Iterable, Iterator
from operator import attrgetter
from pathlib import Path

import msgspec

from untapped import dialects, redact
from untapped.analyses import channels as chan
from untapped.analyses import drift, hardening, mgmt_acl, packets, taps
from untapped.analyses.collector import collector_paused
from untapped.collect.files import Artifact, ReadProblem, list_files, read_artifact
from untapped.detect import AMBIGUOUS_PREFIX, detect, head_scorer
from untapped.errors import InputError, UsageError
from untapped.model.core import Diagnostic, LineCounts, Severity
from untapped.model.device import Device, ParseResult
from untapped.model.results import AuditResult, Channel, DeviceSummary, Finding, Impact
from untapped.policy import Policy, WaiverIndex, load_policy
from untapped.rules import rating
from untapped.rules.catalog import get_rule

PARALLEL_MIN_BYTES = 4 * 1024 * 1024  # below this, a process pool costs more than it saves


class DeviceWork(msgspec.Struct):
    """What a worker sends back for one file."""

    summary: DeviceSummary
    diagnostics: list[Diagnostic]
    channels: list[Channel]
    findings: list[taps.RawFinding]
    networks: list[str]
    addresses: list[str]
    interfaces: list[str]
    controls: dict[str, str] = msgspec.field(default_factory=dict)  # hardening rule -> status
    # Drift facts for the snapshot store (hook: untapped.analyses.drift.device_facts).
    facts: dict[str, list[str]] = msgspec.field(default_factory=dict)


# Per-device analyses that need no cross-device knowledge. Later analyses (hardening...) add
# themselves here; each takes a Device and yields RawFindings.
DEVICE_ANALYSES: list[Callable[[Device], Iterable[taps.RawFinding]]] = [
    taps.device_findings,
    mgmt_acl.device_findings,
]


def parse_artifact(
    artifact: Artifact, dialect: str | None = None
) -> tuple[ParseResult | None, list[str], str]:
    """Detect (unless forced) and parse one artifact. Returns (result or None, evidence, dialect)."""
    if dialect is None:
        det = detect(artifact.text, artifact.origin)
        name, evidence = det.dialect, list(det.evidence)
    else:
        name, evidence = dialect, [f"--dialect {dialect}"]
    if name == "unknown":
        return None, evidence, name
    return dialects.get(name).parse(artifact), evidence, name


def _unknown_lines(text: str) -> LineCounts:
    from untapped.dialects._ioslike.engine import split_lines

    lines = split_lines(text)
    blank = sum(1 for ln in lines if not ln.strip())
    return LineCounts(
        total=len(lines), recognized=0, unrecognized=len(lines) - blank, blank_or_comment=blank
    )


def work_on(path: str, origin: str, dialect: str | None, facts: bool = True) -> DeviceWork:
    """Everything a worker does for one file. Never raises for bad input. `facts`: compute the
    drift facts (`DeviceWork.facts`)."""
    item = read_artifact(Path(path), origin)
    if isinstance(item, ReadProblem):
        summary = DeviceSummary(origin, origin, "unknown", LineCounts())
        return DeviceWork(
            summary, [Diagnostic(origin, 0, "input", item.message)], [], [], [], [], []
        )
    try:
        result, evidence, name = parse_artifact(item, dialect)
    except Exception as exc:  # a parser bug must not stop the other files
        summary = DeviceSummary(origin, origin, dialect or "unknown", _unknown_lines(item.text))
        msg = f"internal error while parsing ({type(exc).__name__}); please report this file"
        return DeviceWork(summary, [Diagnostic(origin, 0, "input", msg)], [], [], [], [], [])
    if result is None:
        summary = DeviceSummary(
            _stem(origin), origin, "unknown", _unknown_lines(item.text), evidence
        )
        diag = Diagnostic(origin, 0, "unsupported", "no supported dialect recognises this file")
        return DeviceWork(summary, [diag], [], [], [], [], [])
    dev = result.device
    summary = DeviceSummary(dev.name, origin, name, result.lines, evidence)
    # a narrow detection is said where the user looks (detect.AMBIGUOUS)
    narrow = [
        Diagnostic(origin, 0, "warning", e) for e in evidence if e.startswith(AMBIGUOUS_PREFIX)
    ]
    channels = chan.extract(dev)
    findings: list[taps.RawFinding] = []
    for analysis in DEVICE_ANALYSES:
        findings.extend(analysis(dev))
    verdicts = hardening.evaluate(dev)
    findings.extend(hardening.findings_of(verdicts))
    return DeviceWork(
        summary,
        [*narrow, *result.diagnostics] if narrow else result.diagnostics,
        channels,
        findings,
        chan.device_network_strings(dev),
        sorted(chan.device_addresses(dev)),
        sorted(dev.interfaces),
        hardening.summarize(verdicts),
        drift.device_facts(dev, item.text) if facts else {},  # store/drift hook
    )


def _stem(origin: str) -> str:
    base = origin.rsplit("/", 1)[-1]
    return base.rsplit(".", 1)[0] if "." in base else base


def _work_star(args: tuple[str, str, str | None, bool]) -> bytes:
    return msgspec.msgpack.encode(work_on(*args))


# Parsing makes many small objects that live until the model is dropped; CPython's default
# collector thresholds then run young-generation collections thousands of times per file, which
# cost about a quarter of the parse (measured: docs/performance.md). Models hold no reference
# cycles that need prompt collection, so the parse runs with higher thresholds, and the
# long-lived grammar tables are frozen out of the collector's scans.
GC_THRESHOLDS = (50_000, 50, 50)


@contextlib.contextmanager
def parsing_gc() -> Iterator[None]:
    old = gc.get_threshold()
    gc.freeze()
    gc.set_threshold(*GC_THRESHOLDS)
    try:
        yield
    finally:
        gc.set_threshold(*old)
        gc.unfreeze()


def _worker_init(salt: str | None) -> None:
    redact.use_salt(salt)
    gc.freeze()  # the inherited grammar tables and modules
    gc.set_threshold(*GC_THRESHOLDS)


def run_workers(
    files: list[tuple[Path, str]], dialect: str | None, jobs: int | None, facts: bool = True
) -> Iterator[DeviceWork]:
    total = 0
    for p, _ in files:
        with contextlib.suppress(OSError):
            total += p.stat().st_size
    ncpu = jobs if jobs is not None else (os.cpu_count() or 1)
    tasks = [(str(p), o, dialect, facts) for p, o in files]
    if ncpu <= 1 or total < PARALLEL_MIN_BYTES or len(files) < 4:
        with parsing_gc():
            for t in tasks:
                yield work_on(*t)
        return
    # imported here: the process pool costs ~40 ms to import, which one core does not need
    import multiprocessing
    from concurrent.futures import ProcessPoolExecutor
    from concurrent.futures.process import BrokenProcessPool

    decoder = msgspec.msgpack.Decoder(DeviceWork)
    # Small chunks keep both cores busy to the end (files differ in size); results come back
    # as msgpack bytes (a DeviceWork is small: channels, findings, counts — never a model).
    chunk = max(1, min(16, len(tasks) // (ncpu * 8)))
    # fork: workers inherit the imported dialects and grammars (tries are built once, here),
    # instead of re-importing them in each worker as spawn/forkserver would.
    for name in {dialect} if dialect else set(dialects.names()):
        dialects.get(name)
    if dialect is None:
        head_scorer()  # detection's compiled line tests, shared with the workers too
    packets.load_backend()  # every worker checks ACLs, and the parent judges with it too
    methods = multiprocessing.get_all_start_methods()
    ctx = multiprocessing.get_context("fork" if "fork" in methods else None)
    done = 0
    try:
        with ProcessPoolExecutor(
            max_workers=ncpu,
            mp_context=ctx,
            initializer=_worker_init,
            initargs=(redact.policy_salt(),),
        ) as pool:
            for blob in pool.map(_work_star, tasks, chunksize=chunk):
                yield decoder.decode(blob)
                done += 1
    except BrokenProcessPool:
        # a worker died (killed, out of memory): finish the remaining files here, one by one
        for t in tasks[done:]:
            yield work_on(*t)


def resolve_policy(root: Path, policy: Policy | str | Path | None) -> Policy:
    if isinstance(policy, Policy):
        return policy
    if policy is not None:
        path = Path(policy)
        if not path.exists():
            raise InputError(f"policy file not found: {policy}")
        return load_policy(path)
    default = (root if root.is_dir() else root.parent) / "untapped.toml"
    if root.is_dir() and default.exists():
        return load_policy(default)
    return Policy()


def audit(
    path: str | Path,
    policy: Policy | str | Path | None = None,
    *,
    dialect: str | None = None,
    jobs: int | None = None,
    today: _dt.date | None = None,
    facts: bool = True,
) -> AuditResult:
    """Audit every configuration under `path` against `policy` (or PATH/untapped.toml).

    `facts=False` leaves `AuditResult.facts` (the snapshot store's drift facts, which no report
    reads) empty: the CLI's `audit` saves their computation and transfer (~5% of its CPU)."""
    root = Path(path)
    if not root.exists():
        raise InputError(f"no such file or directory: {path}")
    if dialect is not None and dialect not in dialects.names():
        raise UsageError(f"unknown dialect {dialect!r} (known: {', '.join(dialects.names())})")
    pol = resolve_policy(root, policy)
    redact.use_salt(pol.salt)  # report.salt (UNTAPPED_SALT still wins): see untapped.redact
    files = list_files(root)
    if not files:
        raise InputError(f"nothing to audit under {path}: no files")
    # the parent too makes many small objects that live to the end (results, findings): the
    # collector's default thresholds cost ~20% of the judge and report (docs/performance.md)
    with parsing_gc():
        return _audit_files(str(path), files, pol, dialect, jobs, today, facts)


def _audit_files(
    path: str,
    files: list[tuple[Path, str]],
    pol: Policy,
    dialect: str | None,
    jobs: int | None,
    today: _dt.date | None,
    facts: bool = True,
) -> AuditResult:
    works = list(run_workers(files, dialect, jobs, facts))
    if all(w.summary.dialect == "unknown" and w.summary.lines.total == 0 for w in works):
        raise InputError(
            f"nothing readable under {path}: "
            + "; ".join(
                f"{w.summary.file}: {w.diagnostics[0].text}" for w in works[:3] if w.diagnostics
            )
        )
    result = judge(path, works, pol, today or _dt.date.today())
    if pol.sensitive:  # tap exposure needs the data plane: computed only when asked for
        from untapped.analyses.forwarding.exposure import apply_to_audit

        try:
            apply_to_audit(result, Path(path), pol, dialect, jobs, today or _dt.date.today())
        except Exception as exc:  # a data-plane bug must not stop the audit: say so instead
            result.diagnostics.append(
                Diagnostic(
                    pol.file or "untapped.toml",
                    0,
                    "warning",
                    f"tap exposure not computed: internal error ({type(exc).__name__})",
                )
            )
    return result


# Findings are sorted by Finding.sort_key (device, file, line, rule) in two steps: the groups of one
# (device, file) by that pair, each group by (line, rule). The same stable order, with fewer and
# cheaper comparisons: sorting 49,509 findings cost 17% of the judgement in one sort.
_LINE_RULE = attrgetter("line", "rule")


def judge(input_: str, works: list[DeviceWork], pol: Policy, today: _dt.date) -> AuditResult:
    """Trust of every channel, findings rated, waived and sorted: the audit's result."""
    # Everything the judgement makes lives on in the result (no garbage to find): collections
    # during it cost 4% of its instructions on 1,000 devices (callgrind, 991 -> 948 M).
    with collector_paused():
        return _judge(input_, works, pol, today)


def _judge(input_: str, works: list[DeviceWork], pol: Policy, today: _dt.date) -> AuditResult:
    # the owner's networks as integer prefixes (chan.Prefix): no ipaddress objects for thousands
    if pol.owner_networks:
        owner = chan.prefixes_of(pol.owner_networks)
        inferred = False
    else:
        seen: set[str] = set()
        for w in works:
            seen.update(w.networks)
        # the same address space in the fewest prefixes (membership unchanged), computed on ints
        owner = chan.collapse_prefixes(seen)
        inferred = True
    judge_ = chan.Judge(pol, chan.NetSet(prefixes=owner))
    owner_check = mgmt_acl.OwnerCheck(owner)
    waiver_index = WaiverIndex(pol.waivers) if pol.waivers else None
    channels: list[Channel] = []
    findings: list[Finding] = []
    waived: list[Finding] = []
    # the same management ACL conditions recur on many devices: one BDD example per distinct set
    outside_of: dict[tuple[str, ...], str | None] = {}
    # (rule, reported severity, exposures) -> (severity, category, title, rating): a pure function
    # of the key (Impact is frozen: shared safely); 49,509 findings have 16 distinct keys
    rated_of: dict[tuple[str, Severity, tuple[str, ...]], tuple[Severity, str, str, Impact]] = {}

    def outside(conditions: tuple[str, ...]) -> str | None:
        if conditions not in outside_of:
            outside_of[conditions] = owner_check.example_outside(conditions)
        return outside_of[conditions]

    by_device: dict[tuple[str, str], list[Finding]] = {}  # (device, file) -> its findings
    for w in works:
        name, file = w.summary.name, w.summary.file
        found = by_device.setdefault((name, file), [])
        local = set(w.addresses)
        ifaces = set(w.interfaces)
        raws: list[taps.RawFinding] = []
        for ch in w.channels:
            ch.id = len(channels)
            ch.trust = judge_.trust(ch, local, ifaces)
            channels.append(ch)
            raws.extend(taps.channel_findings(ch))
        for raw in w.findings:
            if raw.outside_owner:
                example = outside(raw.outside_owner)
                if example is None:
                    continue
                raw = msgspec.structs.replace(raw, message=f"{raw.message} (e.g. {example})")
            raws.append(raw)
        for raw in raws:
            exposures = (
                tuple(
                    "outside-owner" if e.startswith("outside:") else e
                    for e in raw.exposure
                    if not e.startswith("outside:") or outside((e[8:],)) is not None
                )
                if raw.exposure
                else ()
            )
            key = (raw.rule, raw.severity, exposures)
            got = rated_of.get(key)
            if got is None:
                rule = get_rule(raw.rule)
                severity, rated = rating.rate(rule, raw.severity, exposures)
                got = rated_of[key] = (severity, rule.category, rule.title, rated)
            severity, category, title, rated = got
            f = Finding(
                raw.rule,
                severity,
                category,
                name,
                file,
                raw.line,
                title,
                raw.message,
                raw.channel,
                rating=rated,
            )
            waiver = waiver_index.waiver_for(raw.rule, name) if waiver_index else None
            if waiver is not None and not waiver.expired(today):
                f.waived = True
                f.waiver_reason = waiver.reason + (
                    f" (until {waiver.expires})" if waiver.expires else ""
                )
                waived.append(f)
            else:
                found.append(f)
    for wv in pol.waivers:
        if wv.expired(today):
            by_device.setdefault(("*", pol.file or "untapped.toml"), []).append(
                Finding(
                    "POL-001",
                    "medium",
                    "policy",
                    "*",
                    pol.file or "untapped.toml",
                    wv.line,
                    get_rule("POL-001").title,
                    f"Waiver for {wv.rule} on {wv.device} expired on {wv.expires}: {wv.reason}",
                )
            )
    for device in sorted(by_device):
        group = by_device[device]
        group.sort(key=_LINE_RULE)
        findings.extend(group)
    diagnostics = [d for w in works for d in w.diagnostics]
    result = AuditResult(
        input_,
        [w.summary for w in works],
        channels,
        findings,
        diagnostics,
        policy_file=pol.file,
        owner_networks=[chan.prefix_text(p) for p in owner],
        owner_networks_inferred=inferred,
        waived=waived,
        controls={w.summary.file: w.controls for w in works if w.controls},
        facts={w.summary.file: w.facts for w in works if w.facts},
    )
    return result
