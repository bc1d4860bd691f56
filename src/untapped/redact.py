"""Salted, stable redaction of secrets (contract §3).

A secret is shown as `<redacted:HASH8>`: the first 8 hex digits of HMAC-SHA256(salt, value), so
that equal secrets still compare equal in shared reports while the values stay hidden.

The salt, first that applies:

1. the `UNTAPPED_SALT` environment variable: the operator's override, for one run or a CI job
   (it wins over the policy so that a pipeline can pin tokens without editing `untapped.toml`);
2. `report.salt` of the policy file (`untapped.toml`), installed by the audit with `use_salt()`:
   a team that shares reports puts the same salt in its policy so that tokens compare across
   machines;
3. a random per-user salt in a file created once in the user data directory (so that hashes of
   weak values cannot be looked up in a public table), or a fixed fallback when that directory
   cannot be written.
"""

from __future__ import annotations

import hashlib
import hmac
import os
import re
import secrets as _secrets
from functools import lru_cache
from pathlib import Path

from untapped.model.core import Secret

_SALT_ENV = "UNTAPPED_SALT"
_policy_salt: str | None = None


def use_salt(value: str | None) -> None:
    """Install the policy's `report.salt` (None: none). `UNTAPPED_SALT` still takes precedence."""
    global _policy_salt
    if value != _policy_salt:
        _policy_salt = value
        salt.cache_clear()


def policy_salt() -> str | None:
    """The salt installed by `use_salt()` (for handing on to worker processes)."""
    return _policy_salt


@lru_cache(maxsize=1)
def salt() -> bytes:
    env = os.environ.get(_SALT_ENV)
    if env:
        return env.encode()
    if _policy_salt:
        return _policy_salt.encode()
    try:
        import platformdirs

        path = Path(platformdirs.user_data_dir("untapped")) / "salt"
        if path.exists():
            return path.read_bytes().strip()
        path.parent.mkdir(parents=True, exist_ok=True)
        value = _secrets.token_hex(16).encode()
        path.write_bytes(value)
        return value
    except OSError:
        return b"untapped-default-salt"


def token(value: str) -> str:
    digest = hmac.new(salt(), value.encode("utf-8", "surrogateescape"), hashlib.sha256)
    return f"<redacted:{digest.hexdigest()[:8]}>"


def show(secret: Secret | str | None, show_secrets: bool = False) -> str | None:
    if secret is None:
        return None
    value = secret.value if isinstance(secret, Secret) else secret
    return value if show_secrets else token(value)


# Keywords after which the next value token is a secret, in any dialect. Used to redact free text
# (diagnostics, evidence lines, stored configuration) where no parser modelled the line.
SECRET_WORDS = frozenset(
    {
        "password",
        "passwd",
        "secret",
        "key-string",
        "key",
        "community",
        "pre-shared-key",
        "psk",
        "auth-key",
        "authentication-key",
        "md5",
        "sha",
        "sha1",
        "sha256",
        "sha-256",
        "aes",
        "aes128",
        "aes-128",
        "des",
        "3des",
        "cipher",
        "irreversible-cipher",
        "simple",
        "encrypted-password",
        "plain-text-password",
        "shared-secret",
        "server-key",
        "ikev1-psk",
        "ikev2-psk",
        "wpa-psk",
        "passphrase",
        "snmp-community",
        "read-community",
        "write-community",
        "hash",
        "encrypted",
        "authentication-password",
        "privacy-password",
        "auth-password",
        "priv-password",
        "local-key",
        "priv",
        "shared-key",
    }
)
# Tokens between a secret keyword and its value that are options, not the value.
OPTION_WORDS = frozenset(
    {
        "0",
        "4",
        "5",
        "6",
        "7",
        "8",
        "9",
        "128",
        "192",
        "256",
        "encrypted",
        "unencrypted",
        "cipher",
        "irreversible-cipher",
        "simple",
        "md5",
        "sha",
        "sha1",
        "sha-1",
        "sha256",
        "sha-256",
        "sha384",
        "sha512",
        "sha-512",
        "aes",
        "aes128",
        "aes-128",
        "aes192",
        "aes256",
        "des",
        "3des",
        "des56",
        "priv",
        "auth",
        "level",
        "hidden",
        "key-string",
        "string",
        "type",
        "plain",
        "plain-text",
        "ascii",
        "hex",
        "hmac-sha-1",
        "hmac-md5",
        "localizedkey",
        "localized-key",
        "auth-md5",
        "auth-sha",
        "priv-des",
        "priv-aes",
        "kc",
        "key",
        "read",
        "write",
        "hash",
        "ascii-text",
        "hexadecimal",
    }
)
# Keywords whose next token names something (not a secret) even though they look like one.
_NOT_A_VALUE = frozenset(
    {
        "chain",
        "config-key",
        "recovery-encryption",
        "encryption",
        "required",
        "authentication",
        "mode",
        "message-digest",
        "message-digest-key",
        "keychain",
        "key-chain",
        "group",
        "local",
        "tacacs+",
        "radius",
        "ro",
        "rw",
        "view",
        "none",
        "text",
        "exchange",
        "generate",
        "pubkey-chain",
        "server",
        "length",
        "min-length",
        "lifetime",
        "send-lifetime",
        "accept-lifetime",
        "algorithm",
        "id",
        "interval",
        "source-interface",
        "timeout",
        "retransmit",
        "trusted-key",
        "authenticate",
        "mgmt",
        "default",
        "rsa",
        "dsa",
        "ecdsa",
        "ed25519",
        "crypto",
        "zeroize",
        "import",
        "export",
        "storage",
        "config",
        "exec",
        "access-list",
        "address",
        "hostname",
    }
)
_TOKEN_RE = re.compile(r"\"[^\"]*\"|'[^']*'|\S+")
# Values that are secrets whatever keyword precedes them: crypt(3) hashes ($1$ $5$ $6$ $8$ $9$),
# Junos $9$ obfuscation, Huawei %^%# / %@%@ and $1c$ ciphers, Comware $c$ / $h$ ciphers.
_SECRET_VALUE_RE = re.compile(r"^(?:\$(?:1c?|5|6|8|9|c|h|sha\d*)\$\S+|%\^%#\S+|%@%@\S+)")
# Free-text statements: their words are the owner's prose, not keywords (never redacted by
# keyword; a hash-shaped token in them still is).
_FREE_TEXT = frozenset({"description", "remark", "alias", "banner", "motd", "comment"})
# After these keywords, these tokens are options, not the value.
_OPTIONS_AFTER = {
    "pre-shared-key": frozenset({"local", "remote"}),
}
# `priv`/`auth` introduce a secret only when a value follows (SNMPv3 users), not in groups.
_GROUP_WORDS = frozenset({"read", "write", "notify", "access", "context", "match"})


def _redact_token(tok: str) -> str:
    return token(tok.strip("\"'"))


def redact_text(text: str) -> str:
    """Redact anything that looks like a secret in one line of configuration text.

    A value is redacted when it follows a secret keyword (`password`, `secret`, `key`,
    `community`, `cipher`, `simple`, `md5`...; option tokens such as `7`, `sha512`, `local` in
    between are skipped) or when it has the shape of a stored secret (`$9$...`, `$6$...`,
    `%^%#...%^%#`, `$c$...`). Numeric key ids (`authentication-key 1 md5 X`, `key 1` in a key
    chain, `level 3 simple X`) are not values. Free-text statements (description, remark) keep
    their words."""
    lower = text.lower()
    for w in _QUICK:  # a plain loop: about 2.5x faster than any() on the common no-match line
        if w in lower:
            break
    else:
        return text
    tokens = list(_TOKEN_RE.finditer(text))
    n = len(tokens)
    words = [t.group(0).lower() for t in tokens]
    first = 1 if n > 1 and words[0] in ("no", "undo", "set", "delete") else 0
    free = n > first and words[first] in _FREE_TEXT
    out: list[str] = []
    pos = 0

    def replace(k: int) -> None:
        nonlocal pos
        m = tokens[k]
        out.append(text[pos : m.start()])
        out.append(_redact_token(m.group(0)))
        pos = m.end()

    i = 0
    while i < n:
        word = words[i]
        bare_word = word.strip("\"'")
        if _SECRET_VALUE_RE.match(bare_word) or _SECRET_VALUE_RE.match(tokens[i].group(0)):
            replace(i)
            i += 1
            continue
        if free or word not in SECRET_WORDS:
            i += 1
            continue
        extra = _OPTIONS_AFTER.get(word, frozenset())
        j = i + 1
        while j < n and (words[j] in OPTION_WORDS or words[j] in extra):
            j += 1
        if j >= n or j - i > 4:
            i += 1
            continue
        val = tokens[j].group(0).strip("\"'")
        if word in ("priv", "auth") and words[i + 1] in _GROUP_WORDS:
            i = j + 1
            continue
        if val.isdigit() and (
            (j + 1 < n and (words[j + 1] in SECRET_WORDS or words[j + 1] in OPTION_WORDS))
            or (word == "key" and j == n - 1 and i == first)
        ):
            i = j + 1  # a key id or level, not the value: go on after it
            continue
        if val.lower() not in _NOT_A_VALUE and not val.startswith("<redacted:"):
            replace(j)
        i = j + 1
    out.append(text[pos:])
    return "".join(out)


_QUICK = (
    "pass",
    "secret",
    "key",
    "community",
    "psk",
    "md5",
    "sha",
    "aes",
    "des",
    "cipher",
    "simple",
    "hash",
    "encrypted",
    "phrase",
    "priv",
    "$",
    "%^%#",
    "%@%@",
)
