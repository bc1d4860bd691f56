"""`audit --format html`: golden report, escaping of everything taken from configurations,
redaction of secrets in configuration excerpts, self-containment, and the CLI wiring.

The real-browser checks (scripts from the input never run, printing, PDF) are in
test_html_browser.py; the hostile inputs they share are written by `write_hostile` below."""

from __future__ import annotations

import base64
import datetime as dt
import hashlib
import re
from html.parser import HTMLParser
from pathlib import Path

import pytest
from click.testing import CliRunner

from untapped.cli import main
from untapped.model.core import LineCounts
from untapped.model.results import AuditResult, DeviceSummary, Finding, Impact
from untapped.pipeline import audit
from untapped.report import html

GOLDEN = Path(__file__).resolve().parent / "golden"
TODAY = dt.date(2026, 11, 1)

SCRIPT_DESC = "<script>window.__pwned=1</script>"
IMG_DESC = 'uplink <img src=x onerror="window.__pwned=2;console.error(\'pwned\')"> & "quotes"'
IMG_LINE = '<img src=x onerror="window.__pwned=3">'
EDGE_FILE = "edge&<b>1.cfg"
NOTES_FILE = "x<i>y&.txt"

# Every secret of EDGE below, as configured: none may appear in a report made without
# --show-secrets (plain texts, type-7 strings, hashes).
SECRETS = (
    "$9$nhEmQVczB7dqsO$X.HsgL6x1il0RxkOSSvyQYwucySCSuZcb.Lx1RwmpdI",
    "Plain3nable!",
    "$1$mERr$hx5rVt7rPNoS4wqbXKX7m0",
    "0822455D0A165A4B0A",
    "070C285F4D06485744",
    "Rad1usShar3d",
    "0sPfK3yStr1ng",
    "IsakmpPSK!42",
    "13061E010803",
    "Sup3rS3cretRO",
    "Wr1teC0mmunity",
    "AuthPassw0rd1",
    "PrivPassw0rd1",
    "NtpK3y!Secret",
    "104D000A061843",
)

EDGE = f"""!
version 17.3
service password-encryption
hostname edge-1
!
enable secret 9 {SECRETS[0]}
enable password {SECRETS[1]}
username admin privilege 15 secret 5 {SECRETS[2]}
username oper password 7 {SECRETS[3]}
!
aaa new-model
aaa authentication login default group tacacs+ local
tacacs server TAC1
 address ipv4 10.9.0.40
 key 7 {SECRETS[4]}
radius server RAD1
 address ipv4 10.9.0.41 auth-port 1812 acct-port 1813
 key {SECRETS[5]}
!
key chain OSPF-KEYS
 key 1
  key-string {SECRETS[6]}
!
crypto isakmp key {SECRETS[7]} address 203.0.113.9
!
interface Tunnel0
 ip address 10.200.0.1 255.255.255.252
 description {SCRIPT_DESC}
 tunnel source GigabitEthernet0/0
 tunnel destination 198.51.100.9
!
interface GigabitEthernet0/0
 ip address 10.10.0.1 255.255.255.252
 ip ospf authentication-key 7 {SECRETS[8]}
 description {IMG_DESC}
{IMG_LINE}
logging host 203.0.113.77
snmp-server community {SECRETS[9]} RO
snmp-server community {SECRETS[10]} RW
snmp-server user u1 g1 v3 auth sha {SECRETS[11]} priv aes 128 {SECRETS[12]}
ntp authentication-key 1 md5 {SECRETS[13]} 7
ntp server 10.9.0.50
line vty 0 4
 password 7 {SECRETS[14]}
 transport input telnet ssh
end
"""
NOTES = "Notes <script>alert(1)</script>\n"


def write_hostile(root: Path) -> Path:
    """A two-file network whose texts and file names hold markup and secrets."""
    root.mkdir(parents=True, exist_ok=True)
    (root / EDGE_FILE).write_text(EDGE, encoding="utf-8")
    (root / NOTES_FILE).write_text(NOTES, encoding="utf-8")
    return root


@pytest.fixture
def hostile(tmp_path: Path) -> AuditResult:
    return audit(write_hostile(tmp_path / "net"), today=TODAY, jobs=1)


class Tags(HTMLParser):
    """Every start tag with its attributes, and the text of each <script>."""

    def __init__(self) -> None:
        super().__init__(convert_charrefs=True)
        self.tags: list[tuple[str, dict[str, str | None]]] = []
        self.scripts: list[str] = []
        self._in_script = False
        self.text: list[str] = []

    def handle_starttag(self, tag: str, attrs: list[tuple[str, str | None]]) -> None:
        self.tags.append((tag, dict(attrs)))
        self._in_script = tag == "script"
        if self._in_script:
            self.scripts.append("")

    def handle_endtag(self, tag: str) -> None:
        if tag == "script":
            self._in_script = False

    def handle_data(self, data: str) -> None:
        if self._in_script:
            self.scripts[-1] += data
        else:
            self.text.append(data)


def parse(doc: str) -> Tags:
    p = Tags()
    p.feed(doc)
    p.close()
    return p


ALLOWED_TAGS = {
    "html", "head", "meta", "title", "style", "body", "header", "nav", "a", "div", "main",
    "section", "h1", "h2", "h3", "h4", "table", "thead", "tbody", "tr", "th", "td", "span", "p",
    "em", "strong", "code", "ul", "li", "article", "pre", "details", "summary", "dl", "dt", "dd",
    "footer", "script",
}  # fmt: skip


# ---- golden ------------------------------------------------------------------------------------
def test_small_report_matches_golden(small: AuditResult, update_golden: bool) -> None:
    doc = html.render(small, framework="cis")
    path = GOLDEN / "small.html"
    if update_golden:
        path.write_text(doc, encoding="utf-8")
    assert path.exists(), f"{path} missing: run pytest --update-golden and review it"
    assert doc == path.read_text(encoding="utf-8"), (
        f"html output differs from {path} (review, then --update-golden)"
    )


def test_same_audit_same_bytes(small: AuditResult) -> None:
    assert html.render(small) == html.render(small)
    assert "generated" not in html.render(small).split("</header>")[0]
    assert "generated 2026-11-27 03:00 UTC" in html.render(small, generated="2026-11-27 03:00 UTC")


# ---- escaping ----------------------------------------------------------------------------------
def test_nothing_from_the_input_becomes_markup(hostile: AuditResult) -> None:
    doc = html.render(hostile, framework="stig")
    p = parse(doc)
    # one <script>: ours, the last element; no tag or event handler from the input
    assert [t for t, _ in p.tags].count("script") == 1
    assert p.scripts == [html._script()[0]]
    assert doc.lower().count("<script") == 1
    assert "<img" not in doc.lower() and "<b>" not in doc and "<i>" not in doc
    for tag, attrs in p.tags:
        assert tag in ALLOWED_TAGS, tag
        for name in attrs:
            assert not name.startswith("on"), (tag, attrs)
        for name in ("href", "id"):
            value = attrs.get(name) or ""
            assert re.fullmatch(r"#?[A-Za-z0-9_.:-]*", value), (tag, name, value)
    # ... while the texts show literally
    text = "".join(p.text)
    for literal in (SCRIPT_DESC, IMG_DESC, IMG_LINE, EDGE_FILE, NOTES_FILE, "x<i>y&"):
        assert literal in text, literal
    assert "&lt;script&gt;window.__pwned=1&lt;/script&gt;" in doc


def test_title_and_input_path_are_escaped(tmp_path: Path) -> None:
    root = write_hostile(tmp_path / "a<script>b&c")
    doc = html.render(audit(root, today=TODAY, jobs=1))
    assert doc.lower().count("<script") == 1
    assert "a&lt;script&gt;b&amp;c" in doc
    assert "<title>untapped audit of " in doc


# ---- secrets -----------------------------------------------------------------------------------
def test_no_secret_in_the_report(hostile: AuditResult) -> None:
    doc = html.render(hostile, framework="cis")
    assert "<redacted:" not in doc and "&lt;redacted:" in doc
    text = "".join(parse(doc).text)
    for secret in SECRETS:
        assert secret not in text, secret
        assert secret not in doc, secret


def test_every_line_of_an_excerpt_is_redacted(hostile: AuditResult) -> None:
    """Whatever lines a finding points at, an excerpt never shows a secret."""
    src = html.Sources(hostile, show_secrets=False)
    n = len(EDGE.splitlines())
    shown = []
    for first in range(1, n + 1, html.MAX_EVIDENCE):
        ex = src.excerpt(EDGE_FILE, range(first, first + html.MAX_EVIDENCE))
        assert ex is not None
        shown += [text for _, text, _ in ex["rows"]]
    assert len(shown) >= n
    for secret in SECRETS:
        assert not any(secret in line for line in shown), secret


def test_show_secrets_shows_them_and_says_so(hostile: AuditResult) -> None:
    doc = html.render(hostile, show_secrets=True)
    assert "made with <code>--show-secrets</code>" in doc
    assert "Sup3rS3cretRO" in doc and "Wr1teC0mmunity" in doc
    assert "--show-secrets" not in html.render(hostile).split("<footer>")[0]


def test_policy_salt_is_never_shown(tmp_path: Path) -> None:
    root = write_hostile(tmp_path / "net")
    (root / "untapped.toml").write_text(
        '[report]\nsalt = "S4ltValue!"\n\n[[waiver]]\nrule = "MGMT-012"\ndevice = "edge-*"\n'
        'reason = "lab"\nexpires = 2020-01-01\n',
        encoding="utf-8",
    )
    result = audit(root, today=TODAY, jobs=1)
    assert any(f.rule == "POL-001" for f in result.findings)
    doc = html.render(result)
    assert "POL-001" in doc and "S4ltValue!" not in doc


# ---- structure ---------------------------------------------------------------------------------
def test_sections_and_excerpts(small: AuditResult) -> None:
    doc = html.render(small)
    for anchor in ("summary", "tap-map", "findings", "waived", "devices", "rules"):
        assert f'<section id="{anchor}">' in doc, anchor
    assert 'id="compliance"' not in doc
    assert "sev-critical" in doc and 'href="#rule-TAP-003"' in doc and 'id="rule-TAP-003"' in doc
    assert "nightly backup applet, reviewed in change CHG-1234 (until 2027-06-30)" in doc
    # the ERSPAN finding shows its block header and context, the hit line marked
    assert '<span class="l hit"><span class="n">31</span>   ip address 198.51.100.20' in doc
    assert '<span class="n">27</span> monitor session 2 type erspan-source' in doc
    # per-device detail: detection evidence, unrecognized lines, controls
    assert "this line is not ios at all" in doc
    assert "&#39;version 1x.y&#39; header" in doc
    assert "Hardening controls" in doc
    # the tap map marks channels by trust
    assert '<span class="trust trust-external">external</span>' in doc


def test_compliance_section_with_a_framework(small: AuditResult) -> None:
    doc = html.render(small, framework="mlps2")
    assert '<section id="compliance">' in doc
    assert "MLPS 2.0" in doc and "L3-CES1-" in doc


def test_inactive_channels_are_marked(tmp_path: Path) -> None:
    (tmp_path / "r1.cfg").write_text(
        "version 15.2\nhostname r1\n!\ninterface Tunnel5\n shutdown\n"
        " ip address 10.0.5.1 255.255.255.252\n tunnel source 10.0.0.1\n"
        " tunnel destination 198.51.100.50\n!\nend\n",
        encoding="utf-8",
    )
    doc = html.render(audit(tmp_path, today=TODAY, jobs=1))
    assert '<tr id="ch-0" class="inactive">' in doc
    assert '<span class="tag">inactive: shut down</span>' in doc


def test_self_contained(small: AuditResult) -> None:
    doc = html.render(small)
    p = parse(doc)
    for tag, attrs in p.tags:
        assert tag not in ("link", "img", "iframe", "object", "embed"), tag
        assert "src" not in attrs, tag
        href = attrs.get("href")
        assert href is None or href.startswith("#"), href
    assert "@import" not in doc and "url(" not in doc
    assert "http://" not in doc and "https://" not in doc
    # the CSP lets the inline script run by its hash, and nothing else
    [csp] = [a["content"] for t, a in p.tags if t == "meta" and a.get("http-equiv")]
    assert csp is not None and "default-src 'none'" in csp
    digest = base64.b64encode(hashlib.sha256(p.scripts[0].encode()).digest()).decode()
    assert f"script-src 'sha256-{digest}'" in csp
    assert "@media print" in doc


def test_rating_is_rendered_when_the_finding_has_one() -> None:
    class RatedFinding(Finding):
        rating: Impact | None = None

    dev = DeviceSummary("r1", "r1.cfg", "cisco_ios", LineCounts(3, 3, 0, 0))
    f = RatedFinding(
        "EXF-008", "high", "exfiltration", "r1", "r1.cfg", 2, "t", "m", None,
        rating=Impact("high", "easy", "quick"),
    )  # fmt: skip
    plain = Finding("EXF-008", "low", "exfiltration", "r1", "r1.cfg", 3, "t", "m2")
    result = AuditResult("/nonexistent/dir", [dev], [], [f, plain], [])
    doc = html.render(result)
    assert "impact: <strong>high</strong>" in doc
    assert "ease: <strong>easy</strong>" in doc and "fix: <strong>quick</strong>" in doc
    assert doc.count('class="rating"') == 1
    # the files are gone: the findings still render, saying so
    assert "could not be read" in doc


def test_excerpt_windows_and_parents() -> None:
    lines = ["a", "b {", "  c {", "    d;", "  }", "}", "e", "f", "g", "h", "i"]
    assert html._parents(lines, 4) == [3, 2]
    assert html._parents(lines, 7) == []
    rows = html.excerpt_html([(1, "<x>", False), (None, "", False), (10, "y", True)])
    assert '<span class="n"> 1</span> &lt;x&gt;' in rows
    assert '<span class="l hit"><span class="n">10</span> y' in rows
    assert "\u22ee" in rows


def test_a_one_line_gap_is_shown(tmp_path: Path) -> None:
    lines = ["interface Tunnel9", " description far end", " ip address 10.0.0.1 255.0.0.0"]
    lines += [" tunnel source 10.0.0.1", " tunnel destination 192.0.2.1", "!"]
    (tmp_path / "r.cfg").write_text("\n".join(lines) + "\n", encoding="utf-8")
    result = AuditResult(
        str(tmp_path), [DeviceSummary("r", "r.cfg", "cisco_ios", LineCounts())], [], [], []
    )
    ex = html.Sources(result, False).excerpt("r.cfg", [5])
    assert ex is not None
    assert [n for n, _, _ in ex["rows"]] == [1, 2, 3, 4, 5, 6]


# ---- CLI ---------------------------------------------------------------------------------------
def test_cli_html_output_file(tmp_path: Path) -> None:
    root = write_hostile(tmp_path / "net")
    out = tmp_path / "report.html"
    res = CliRunner().invoke(
        main,
        ["audit", str(root), "--format", "html", "--output", str(out), "--framework", "cis"],
    )
    assert res.exit_code == 0, res.output
    doc = out.read_text(encoding="utf-8")
    assert doc.startswith("<!DOCTYPE html>") and '<section id="compliance">' in doc
    assert re.search(r"generated \d{4}-\d\d-\d\d \d\d:\d\d UTC", doc)
    assert "Sup3rS3cretRO" not in doc
    res = CliRunner().invoke(
        main, ["audit", str(root), "--format", "html", "--show-secrets", "--fail-on", "high"]
    )
    assert res.exit_code == 1 and "Sup3rS3cretRO" in res.stdout


def test_single_file_input_has_excerpts(tmp_path: Path) -> None:
    root = write_hostile(tmp_path / "net")
    result = audit(root / EDGE_FILE, today=TODAY, jobs=1)
    doc = html.render(result)
    assert '<pre class="excerpt">' in doc and "could not be read" not in doc
    assert "&lt;script&gt;window.__pwned=1&lt;/script&gt;" in doc


def test_show_snapshot_as_html_uses_the_stored_configs(tmp_path: Path) -> None:
    """A stored audit's excerpts come from the stored configurations, not from files that may
    have changed (or gone) since the snapshot."""
    root = write_hostile(tmp_path / "net")
    db = f"sqlite:///{tmp_path / 'store.db'}"
    runner = CliRunner()
    res = runner.invoke(main, ["snapshot", "save", str(root), "--name", "base", "--db", db])
    assert res.exit_code == 0, res.output
    (root / EDGE_FILE).write_text("changed since\n" * 60, encoding="utf-8")
    res = runner.invoke(main, ["show", "base", "--db", db, "--format", "html"])
    assert res.exit_code == 0, res.output
    assert "tunnel destination 198.51.100.9" in res.stdout
    assert "changed since" not in res.stdout
    assert "Sup3rS3cretRO" not in res.stdout
