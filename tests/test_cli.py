"""The console script: every option of `untapped audit` and `untapped rules`, the contract's exit
codes (0 ran, 1 findings at/above --fail-on, 2 usage error, 3 input error), and bad input that
must never stop the other files nor print a traceback."""

from __future__ import annotations

import json
import os
import subprocess
import sys
from pathlib import Path

import pytest
from click.testing import CliRunner, Result

from untapped.cli import main

ROOT = Path(__file__).resolve().parent.parent
SMALL = ROOT / "tests" / "report" / "cases" / "small"

R1 = """!
version 15.2
service password-encryption
service timestamps log datetime msec
no service password-recovery
hostname r1
!
aaa new-model
aaa accounting commands 15 default start-stop group tacacs+
login block-for 120 attempts 3 within 60
no ip source-route
ip access-list standard VTY
 permit 10.1.1.0 0.0.0.255
!
interface GigabitEthernet0/0
 ip address 10.1.1.1 255.255.255.0
!
logging buffered 64000
logging source-interface GigabitEthernet0/0
logging host 10.1.1.50
logging host 10.1.1.51
login on-failure log
archive
 log config
  logging enable
policy-map COPP
 class class-default
  police 64000 conform-action transmit exceed-action drop
control-plane
 service-policy input COPP
ntp authenticate
ntp authentication-key 1 md5 K3y
ntp trusted-key 1
ntp server 10.1.1.60 key 1
ntp server 10.1.1.61 key 1
banner motd ^C Authorized use only ^C
line vty 0 4
 access-class VTY in
 transport input ssh
end
"""
LOW_ONLY = R1  # hardened; syslog + ntp inside the owner's networks, not approved: low only
EXTERNAL = R1.replace("logging host 10.1.1.50", "logging host 198.51.100.7")  # high


def run(*args: str, env: dict[str, str] | None = None) -> Result:
    result = CliRunner().invoke(main, list(args), env=env, catch_exceptions=False)
    assert "Traceback" not in result.output
    return result


def cfg_dir(tmp_path: Path, **files: str | bytes) -> Path:
    d = tmp_path / "cfgs"
    d.mkdir(exist_ok=True)
    for name, content in files.items():
        p = d / name.replace("__", ".")
        if isinstance(content, bytes):
            p.write_bytes(content)
        else:
            p.write_text(content, encoding="utf-8")
    return d


def audit_json(*args: str) -> tuple[int, dict]:  # type: ignore[type-arg]
    result = run("audit", *args, "--format", "json")
    return result.exit_code, json.loads(result.stdout) if result.stdout.strip() else {}


# ---- formats and output ------------------------------------------------------------------------
def test_terminal_is_the_default(tmp_path: Path) -> None:
    result = run("audit", str(cfg_dir(tmp_path, r1__cfg=R1)))
    assert result.exit_code == 0
    assert "untapped audit of" in result.stdout
    assert "Findings by severity" in result.stdout
    assert "\x1b[" not in result.stdout  # not a TTY: no colour


def test_color_and_no_color(tmp_path: Path) -> None:
    d = str(cfg_dir(tmp_path, r1__cfg=R1))
    assert "\x1b[" in run("audit", d, "--color").stdout
    assert "\x1b[" not in run("audit", d, "--no-color").stdout


def test_json_and_sarif(tmp_path: Path) -> None:
    d = str(cfg_dir(tmp_path, r1__cfg=R1))
    code, doc = audit_json(d)
    assert code == 0 and doc["schema"] == "untapped/audit-v1"
    sarif = run("audit", d, "--format", "sarif")
    assert sarif.exit_code == 0
    assert json.loads(sarif.stdout)["version"] == "2.1.0"


def test_html_format(tmp_path: Path) -> None:
    result = run("audit", str(cfg_dir(tmp_path, r1__cfg=R1)), "--format", "html")
    assert result.exit_code == 0
    assert result.stdout.startswith("<!DOCTYPE html>")


def test_unknown_format_is_usage_error(tmp_path: Path) -> None:
    result = run("audit", str(tmp_path), "--format", "pdf")
    assert result.exit_code == 2


def test_output_file(tmp_path: Path) -> None:
    d = cfg_dir(tmp_path, r1__cfg=R1)
    out = tmp_path / "report.json"
    result = run("audit", str(d), "--format", "json", "--output", str(out))
    assert result.exit_code == 0
    assert result.stdout == ""
    assert json.loads(out.read_text())["devices"][0]["name"] == "r1"
    out2 = tmp_path / "report.txt"
    assert run("audit", str(d), "-o", str(out2), "--color").exit_code == 0
    assert "untapped audit of" in out2.read_text()


def test_output_to_stdout_dash(tmp_path: Path) -> None:
    result = run("audit", str(cfg_dir(tmp_path, r1__cfg=R1)), "--format", "json", "-o", "-")
    assert json.loads(result.stdout)["schema"] == "untapped/audit-v1"


def test_unwritable_output_is_input_error(tmp_path: Path) -> None:
    d = cfg_dir(tmp_path, r1__cfg=R1)
    result = run("audit", str(d), "--output", str(tmp_path / "no" / "such" / "dir" / "r.txt"))
    assert result.exit_code == 3
    assert "cannot write" in result.stderr


# ---- --fail-on and exit codes -------------------------------------------------------------------
@pytest.mark.parametrize(
    ("config", "fail_on", "code"),
    [
        (EXTERNAL, "never", 0),
        (EXTERNAL, "critical", 0),
        (EXTERNAL, "high", 1),
        (EXTERNAL, "medium", 1),
        (LOW_ONLY, "high", 0),
        (LOW_ONLY, "medium", 0),
        (LOW_ONLY, "low", 1),
        (LOW_ONLY, "info", 1),
    ],
)
def test_fail_on(tmp_path: Path, config: str, fail_on: str, code: int) -> None:
    d = cfg_dir(tmp_path, r1__cfg=config)
    result = run("audit", str(d), "--fail-on", fail_on, "--format", "json")
    assert result.exit_code == code, result.output
    sevs = {f["severity"] for f in json.loads(result.stdout)["findings"]}
    assert sevs  # the report is written whatever the exit code


def test_fail_on_default_is_never(tmp_path: Path) -> None:
    assert run("audit", str(cfg_dir(tmp_path, r1__cfg=EXTERNAL))).exit_code == 0


def test_fail_on_bad_value_is_usage_error(tmp_path: Path) -> None:
    assert run("audit", str(tmp_path), "--fail-on", "severe").exit_code == 2


def test_waived_findings_do_not_count(tmp_path: Path) -> None:
    d = cfg_dir(
        tmp_path,
        r1__cfg=EXTERNAL,
        untapped__toml='[owner]\nnetworks = ["10.0.0.0/8"]\n[trusted]\n'
        'ntp_servers = ["10.1.1.60", "10.1.1.61"]\nlog_hosts = ["10.1.1.51"]\n'
        '[[waiver]]\nrule = "EXF-008"\ndevice = "r1"\nreason = "partner SOC, contract 42"\n'
        "expires = 2999-12-31\n",
    )
    code, doc = audit_json(str(d), "--fail-on", "info")
    assert code == 0, doc["findings"]
    assert doc["findings"] == []
    assert [w["rule"] for w in doc["waived"]] == ["EXF-008"]
    text = run("audit", str(d)).stdout
    assert "Waived findings (1):" in text and "partner SOC, contract 42" in text


def test_expired_waiver_counts(tmp_path: Path) -> None:
    d = cfg_dir(
        tmp_path,
        r1__cfg=EXTERNAL,
        untapped__toml='[[waiver]]\nrule = "EXF-008"\ndevice = "r1"\nreason = "old"\n'
        "expires = 2001-01-01\n",
    )
    code, doc = audit_json(str(d), "--fail-on", "high")
    assert code == 1
    assert {"EXF-008", "POL-001"} <= {f["rule"] for f in doc["findings"]}


# ---- --policy, --dialect, --show-secrets, --jobs -------------------------------------------------
def test_policy_option_and_default(tmp_path: Path) -> None:
    d = cfg_dir(tmp_path, r1__cfg=EXTERNAL)
    pol = tmp_path / "elsewhere.toml"
    pol.write_text('[trusted]\nlog_hosts = ["198.51.100.7"]\n')
    code, doc = audit_json(str(d), "--policy", str(pol))
    assert code == 0
    [ch] = [c for c in doc["channels"] if c["destination"] == "198.51.100.7"]
    assert ch["trust"] == "trusted"
    (d / "untapped.toml").write_text('[trusted]\nlog_hosts = ["198.51.100.7"]\n')
    code, doc = audit_json(str(d))  # PATH/untapped.toml by default
    assert [c["trust"] for c in doc["channels"] if c["destination"] == "198.51.100.7"] == [
        "trusted"
    ]
    assert "untapped.toml" not in {x["file"] for x in doc["devices"]}  # the policy is skipped


def test_missing_policy_is_input_error(tmp_path: Path) -> None:
    d = cfg_dir(tmp_path, r1__cfg=R1)
    result = run("audit", str(d), "--policy", str(tmp_path / "nope.toml"))
    assert result.exit_code == 3
    assert "policy file not found" in result.stderr


@pytest.mark.parametrize(
    ("policy", "needle"),
    [
        ('[trusted]\ncolectors = ["10.0.0.1"]\n', ":2: key 'trusted.colectors'"),
        ('[owner]\nnetworks = ["10.0.0.0/33"]\n', ":2: key 'owner.networks'"),
        ("[owner\n", "not valid TOML"),
        ('[[waiver]]\nrule = "EXF-008"\n', "key 'waiver.reason'"),
    ],
)
def test_malformed_policy_is_input_error(tmp_path: Path, policy: str, needle: str) -> None:
    d = cfg_dir(tmp_path, r1__cfg=R1, untapped__toml=policy)
    result = run("audit", str(d))
    assert result.exit_code == 3
    assert needle in result.stderr
    assert str(d / "untapped.toml") in result.stderr


def test_dialect_forced_and_unknown(tmp_path: Path) -> None:
    d = cfg_dir(tmp_path, r1__cfg="hostname r1\nlogging host 10.1.1.50\n")
    code, doc = audit_json(str(d), "--dialect", "cisco_ios")
    assert code == 0
    assert doc["devices"][0]["dialect"] == "cisco_ios"
    assert doc["channels"][0]["kind"] == "syslog"
    result = run("audit", str(d), "--dialect", "cisco_catos")
    assert result.exit_code == 2
    assert "unknown dialect 'cisco_catos'" in result.stderr


def test_show_secrets_is_accepted_and_secrets_stay_out_otherwise(tmp_path: Path) -> None:
    d = cfg_dir(
        tmp_path, r1__cfg=R1.replace("end\n", "snmp-server community Sup3rS3cret RO\nend\n")
    )
    for extra in ([], ["--show-secrets"]):
        for fmt in ("terminal", "json", "sarif"):
            result = run("audit", str(d), "--format", fmt, *extra)
            assert result.exit_code == 0
            if not extra:
                assert "Sup3rS3cret" not in result.stdout


def test_jobs(tmp_path: Path) -> None:
    d = str(cfg_dir(tmp_path, r1__cfg=R1))
    assert run("audit", d, "--jobs", "2").exit_code == 0
    assert run("audit", d, "-j", "0").exit_code == 2


def test_help_and_version() -> None:
    assert run("--version").exit_code == 0
    out = run("audit", "--help").stdout
    for opt in ("--policy", "--format", "--output", "--fail-on", "--dialect", "--show-secrets"):
        assert opt in out
    assert run("audit").exit_code == 2  # PATH missing from the command line


# ---- input errors and bad input -----------------------------------------------------------------
def test_missing_path_is_input_error(tmp_path: Path) -> None:
    result = run("audit", str(tmp_path / "nope"))
    assert result.exit_code == 3
    assert "no such file or directory" in result.stderr


def test_empty_dir_is_input_error(tmp_path: Path) -> None:
    (tmp_path / "empty").mkdir()
    result = run("audit", str(tmp_path / "empty"))
    assert result.exit_code == 3
    assert "nothing to audit" in result.stderr


def test_dir_with_only_a_policy_is_input_error(tmp_path: Path) -> None:
    d = cfg_dir(tmp_path, untapped__toml="[owner]\n")
    assert run("audit", str(d)).exit_code == 3


def test_nothing_readable_is_input_error(tmp_path: Path) -> None:
    d = cfg_dir(tmp_path, blob__bin=bytes(range(256)) * 10)
    result = run("audit", str(d))
    assert result.exit_code == 3
    assert "nothing readable" in result.stderr and "binary" in result.stderr


def _device(doc: dict, file: str) -> dict:  # type: ignore[type-arg]
    [dev] = [d for d in doc["devices"] if d["file"] == file]
    return dev  # type: ignore[no-any-return]


def _diags(doc: dict, file: str) -> list[dict]:  # type: ignore[type-arg]
    return [d for d in doc["diagnostics"] if d["file"] == file]


def test_mixed_good_and_bad_files(tmp_path: Path) -> None:
    huge = tmp_path / "cfgs"
    huge.mkdir()
    with (huge / "huge.cfg").open("wb") as fh:  # sparse: over the size limit, no disk used
        fh.truncate(65 * 1024 * 1024)
    d = cfg_dir(
        tmp_path,
        good__cfg=EXTERNAL,
        blob__bin=b"\x7fELF\x00\x01\x02" * 100,
        prose__txt="Dear team,\nthe switches arrive on Monday.\n",
        truncated__cfg=EXTERNAL[: EXTERNAL.index("ntp server") + 7],  # cut mid-line, no newline
        gbk__cfg=R1.replace(
            "hostname r1", "hostname gbk1\ninterface Gi0/9\n description 核心交换机"
        )
        .replace("r1", "gbk1")
        .encode("gbk"),
        crlf__cfg=EXTERNAL.replace("r1", "crlf1").replace("\n", "\r\n"),
    )
    code, doc = audit_json(str(d), "--fail-on", "high")
    assert code == 1  # the good files' findings still count
    files = {x["file"] for x in doc["devices"]}
    assert files == {
        "good.cfg", "blob.bin", "prose.txt", "truncated.cfg", "gbk.cfg", "crlf.cfg", "huge.cfg",
    }  # fmt: skip
    for bad in ("blob.bin", "prose.txt", "huge.cfg"):
        assert _device(doc, bad)["dialect"] == "unknown"
        assert _diags(doc, bad), bad
    assert "binary" in _diags(doc, "blob.bin")[0]["text"]
    assert "limit" in _diags(doc, "huge.cfg")[0]["text"]
    assert _diags(doc, "prose.txt")[0]["kind"] == "unsupported"
    # the good ones were parsed whatever their neighbours
    assert _device(doc, "good.cfg")["dialect"] == "cisco_ios"
    assert _device(doc, "gbk.cfg")["name"] == "gbk1"
    crlf = _device(doc, "crlf.cfg")
    good = _device(doc, "good.cfg")
    assert crlf["name"] == "crlf1" and crlf["lines"] == good["lines"]
    kinds = {(c["file"], c["kind"], c["destination"]) for c in doc["channels"]}
    assert ("crlf.cfg", "syslog", "198.51.100.7") in kinds
    assert ("truncated.cfg", "syslog", "198.51.100.7") in kinds
    assert ("good.cfg", "syslog", "198.51.100.7") in kinds
    truncated = EXTERNAL[: EXTERNAL.index("ntp server") + 7]
    assert _device(doc, "truncated.cfg")["lines"]["total"] == truncated.count("\n") + 1
    # terminal shows the unparsed files too
    text = run("audit", str(d)).stdout
    assert "blob.bin" in text and "not parsed" in text


def test_unreadable_file(tmp_path: Path) -> None:
    d = cfg_dir(tmp_path, good__cfg=R1, secret__cfg=R1.replace("r1", "r2"))
    locked = d / "secret.cfg"
    locked.chmod(0)
    try:
        try:
            locked.read_bytes()
        except PermissionError:
            pass
        else:
            pytest.skip("running as root: chmod 000 does not stop reading")
        code, doc = audit_json(str(d))
        assert code == 0
        assert _device(doc, "secret.cfg")["dialect"] == "unknown"
        assert "cannot read" in _diags(doc, "secret.cfg")[0]["text"]
        assert _device(doc, "good.cfg")["dialect"] == "cisco_ios"
    finally:
        locked.chmod(0o644)


def test_single_file_path(tmp_path: Path) -> None:
    d = cfg_dir(tmp_path, r1__cfg=R1)
    code, doc = audit_json(str(d / "r1.cfg"))
    assert code == 0
    assert doc["devices"][0]["file"] == "r1.cfg"


# ---- untapped rules ----------------------------------------------------------------------------
def test_rules_list_explain_json() -> None:
    listing = run("rules")
    assert listing.exit_code == 0 and "TAP-003" in listing.stdout
    one = run("rules", "tap-003")
    assert one.exit_code == 0 and "Why it matters:" in one.stdout
    doc = json.loads(run("rules", "--format", "json").stdout)
    assert doc["schema"] == "untapped/rules-v1"
    bad = run("rules", "NOPE-999")
    assert bad.exit_code == 2 and "no rule 'NOPE-999'" in bad.stderr
    assert run("rules", "--format", "xml").exit_code == 2


# ---- a real process ------------------------------------------------------------------------------
def _proc(*args: str, cwd: Path | None = None) -> subprocess.CompletedProcess[str]:
    env = dict(os.environ, UNTAPPED_SALT="untapped-tests")
    return subprocess.run(
        [sys.executable, "-m", "untapped", *args],
        capture_output=True,
        text=True,
        timeout=120,
        env=env,
        cwd=cwd,
    )


def test_subprocess_exit_codes(tmp_path: Path) -> None:
    p = _proc("audit", str(SMALL), "--fail-on", "critical", "--format", "sarif")
    assert p.returncode == 1, p.stderr
    assert json.loads(p.stdout)["version"] == "2.1.0"
    p = _proc("audit", str(SMALL), "--fail-on", "never")
    assert p.returncode == 0 and "\x1b[" not in p.stdout  # a pipe is not a TTY
    p = _proc("audit", str(SMALL), "--format", "html", "--output", str(tmp_path / "o.html"))
    assert p.returncode == 0 and p.stdout == ""
    assert "</html>" in (tmp_path / "o.html").read_text(encoding="utf-8")
    p = _proc("audit", str(tmp_path / "missing"))
    assert p.returncode == 3 and "Traceback" not in p.stderr
    p = _proc("audit", str(SMALL), "--format", "json", "--output", str(tmp_path / "o.json"))
    assert p.returncode == 0 and p.stdout == ""
    assert json.loads((tmp_path / "o.json").read_text())["schema"] == "untapped/audit-v1"


def test_subprocess_broken_policy_no_traceback(tmp_path: Path) -> None:
    pol = tmp_path / "p.toml"
    pol.write_text("[[waiver]]\nrule = 'EXF-008'\nreason = 'x'\nexpires = 'soon'\n")
    p = _proc("audit", str(SMALL), "--policy", str(pol))
    assert p.returncode == 3
    assert "waiver.expires" in p.stderr and "Traceback" not in p.stderr


@pytest.mark.skipif(sys.platform == "win32", reason="needs a pseudo-terminal")
def test_colour_on_a_tty_by_default() -> None:
    import pty

    leader, follower = pty.openpty()
    env = dict(os.environ, UNTAPPED_SALT="untapped-tests", COLUMNS="100")
    env.pop("NO_COLOR", None)
    proc = subprocess.Popen(
        [sys.executable, "-m", "untapped", "audit", str(SMALL)],
        stdout=follower,
        stderr=subprocess.PIPE,
        env=env,
    )
    os.close(follower)
    import select
    import time

    chunks = []
    deadline = time.monotonic() + 120
    while time.monotonic() < deadline:
        ready, _, _ = select.select([leader], [], [], 1.0)
        if not ready:
            if proc.poll() is not None:
                break
            continue
        try:
            data = os.read(leader, 65536)
        except OSError:
            break
        if not data:
            break
        chunks.append(data)
    proc.wait(timeout=120)
    os.close(leader)
    out = b"".join(chunks).decode("utf-8", "replace")
    assert proc.returncode == 0
    assert "\x1b[" in out
    assert "untapped audit of" in out
