"""Credentials in URLs: what a requirement or an index URL may carry and nothing may print.

A requirement such as `pkg @ https://__token__:SECRET@host/pkg.whl` (matrix.toml's
`requires`, `--with`) or an index URL such as `https://user:TOKEN@host/simple` or
`https://pypi.fury.io/TOKEN/user/` holds a secret. Everything the harness writes or prints
of one (records, plans, results.jsonl, install lines, installer reasons) goes through
`redact`; the secret reaches the installer only in a file or its environment.
"""

from __future__ import annotations

import re
import urllib.parse

# the user part of a URL: user:password@ or token@
_USERINFO = re.compile(r"(?<=://)[^/\s@]+@")
# a path segment that looks like a credential (Gemfury's https://pypi.fury.io/TOKEN/user/,
# a proxy's /basic/TOKEN/simple): long, with letters and digits mixed, as a project or
# folder name seldom is
_TOKEN_SEGMENT = re.compile(r"(?=[^/]*[0-9])(?=[^/]*[A-Za-z])[A-Za-z0-9_~.%+=-]{16,}")
_URL = re.compile(r"[A-Za-z][A-Za-z0-9+.-]*://[^\s'\"<>]+")


def path_secrets(url: str) -> list[str]:
    """Segments of a URL's path that look like tokens, raw and percent-decoded (a file
    name, the last segment, is not one: a wheel's name is long and mixed too)."""
    path = urllib.parse.urlsplit(url.strip()).path
    folders = path.split("/")[:-1] if not path.endswith("/") else path.split("/")
    found = [seg for seg in folders if _TOKEN_SEGMENT.fullmatch(seg)]
    return [s for seg in found for s in dict.fromkeys([seg, urllib.parse.unquote(seg)])]


def redact(text: str) -> str:
    """`text` with the user part of every URL in it and every token-looking folder of its
    path replaced by ***."""

    def one(match: re.Match[str]) -> str:
        url = _USERINFO.sub("***@", match.group(0))
        for secret in path_secrets(url):
            url = url.replace(f"/{secret}/", "/***/")
        return url

    return _URL.sub(one, text) if "://" in text else text


def has_secret(text: str) -> bool:
    return redact(text) != text
