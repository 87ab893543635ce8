"""Which versions of a distribution the package index holds.

The index is read through the simple repository API: PEP 691 JSON where the index speaks
it, PEP 503 HTML otherwise, and a folder laid out as the simple API (file://, the way pip
reads one: `<root>/<project>/index.html`). Versions come from the file names, parsed by
packaging's wheel and sdist rules, never by a pattern of our own; a version whose every
file is yanked is left out of a bisection.

The index is the one installers use: `--index-url`, else XLA_MATRIX_INDEX_URL (where the
noxfile puts a --index-url it is given: nox prints every command line it runs, a URL's
password with it), else UV_DEFAULT_INDEX, UV_INDEX_URL or PIP_INDEX_URL, else PyPI. Credentials in its URL (https://user:TOKEN@host/simple) are taken
out of the URL and sent as an Authorization header that is never forwarded on a redirect;
every text bisect prints or writes goes through `Index.redact`.
"""

from __future__ import annotations

import base64
import http.client
import json
import os
import re
import urllib.error
import urllib.parse
import urllib.request
from collections.abc import Iterable, Mapping
from dataclasses import dataclass, field
from datetime import datetime
from html.parser import HTMLParser
from pathlib import Path
from typing import NamedTuple

from packaging.utils import (
    InvalidSdistFilename,
    InvalidWheelFilename,
    canonicalize_name,
    parse_sdist_filename,
    parse_wheel_filename,
)
from packaging.version import InvalidVersion, Version

from harness.config.errors import UsageError
from harness.config.secrets import path_secrets
from harness.config.typed import from_dict

DEFAULT_INDEX = "https://pypi.org/simple"
INDEX_URL_VARIABLE = "XLA_MATRIX_INDEX_URL"  # --index-url, kept off a command line
INDEX_VARIABLES = ("UV_DEFAULT_INDEX", "UV_INDEX_URL", "PIP_INDEX_URL")  # first set wins
EXTRA_INDEX_VARIABLES = ("UV_INDEX", "UV_EXTRA_INDEX_URL", "PIP_EXTRA_INDEX_URL")
JSON_PAGE = "application/vnd.pypi.simple.v1+json"
ACCEPT = f"{JSON_PAGE}, application/vnd.pypi.simple.v1+html;q=0.2, text/html;q=0.01"
MAX_PAGE_BYTES = 64 << 20  # tf-nightly's page on PyPI is a few MiB
TIMEOUT = 120.0

_USERINFO = re.compile(r"(?<=://)[^/\s@]+@")
_MIN_SECRET = 4  # shorter secrets are hidden inside URLs only, not wherever they occur


def url_secrets(url: str) -> list[str]:
    """The credentials in a URL's user part, raw and percent-decoded: the password, or the
    user name when it stands alone (a token given as the user)."""
    netloc = urllib.parse.urlsplit(url.strip()).netloc
    if "@" not in netloc:
        return []
    userinfo = netloc.rpartition("@")[0]
    user, _, password = userinfo.partition(":")
    secret = password or user
    return [s for s in {userinfo, secret, urllib.parse.unquote(secret)} if s]


def environment_secrets(environ: Mapping[str, str]) -> list[str]:
    """Credentials in every index variable the installers read (`UV_INDEX` holds name=url)."""
    found: list[str] = []
    for name in (INDEX_URL_VARIABLE, *INDEX_VARIABLES, *EXTRA_INDEX_VARIABLES):
        for word in environ.get(name, "").split():
            label, sep, rest = word.partition("=")
            url = rest if sep and "://" not in label else word
            found += url_secrets(url) + path_secrets(url)
    return found


def redact(text: str, secrets: Iterable[str] = ()) -> str:
    """`text` with every URL's user part and every known secret replaced by ***."""
    text = _USERINFO.sub("***@", text)
    for secret in sorted(set(secrets), key=len, reverse=True):
        if len(secret) >= _MIN_SECRET:
            text = text.replace(secret, "***")
    return text


class IndexFile(NamedTuple):
    filename: str
    yanked: bool


class Release(NamedTuple):
    version: Version
    yanked: bool  # every file of the version is yanked


@dataclass(frozen=True)
class Index:
    """A package index: its URL without credentials (safe to print) and the credentials."""

    url: str
    with_credentials: str = field(repr=False)
    secrets: tuple[str, ...] = field(default=(), repr=False)

    @classmethod
    def parse(cls, url: str, also_hide: Iterable[str] = ()) -> Index:
        secrets = (*url_secrets(url), *path_secrets(url), *also_hide)
        parts = urllib.parse.urlsplit(url.strip())
        if parts.scheme not in ("http", "https", "file") or not (parts.netloc or parts.path):
            shown = redact(url, secrets)
            raise UsageError(f"index URL {shown!r}: must be an http://, https:// or file:// URL")
        host = parts.netloc.rpartition("@")[2]
        bare = urllib.parse.urlunsplit(parts._replace(netloc=host)).rstrip("/")
        return cls(bare, url.strip().rstrip("/"), tuple(dict.fromkeys(secrets)))

    @classmethod
    def from_environment(
        cls, given: str | None = None, environ: Mapping[str, str] = os.environ
    ) -> Index:
        """`given` (--index-url), else XLA_MATRIX_INDEX_URL, else the installers' variables,
        else PyPI."""
        variables = (INDEX_URL_VARIABLE, *INDEX_VARIABLES)
        chosen = given or next((environ[v] for v in variables if environ.get(v)), None)
        return cls.parse(chosen or DEFAULT_INDEX, environment_secrets(environ))

    def redact(self, text: str) -> str:
        return redact(text, self.secrets)

    @property
    def shown(self) -> str:
        """The URL as it may be printed or written: no credentials, no token in its path."""
        return self.redact(self.url)

    @property
    def authorization(self) -> str | None:
        """The Basic header for the URL's credentials (RFC 7617), as pip and uv send them."""
        netloc = urllib.parse.urlsplit(self.with_credentials).netloc
        if "@" not in netloc:
            return None
        user, _, password = netloc.rpartition("@")[0].partition(":")
        pair = f"{urllib.parse.unquote(user)}:{urllib.parse.unquote(password)}"
        return "Basic " + base64.b64encode(pair.encode()).decode("ascii")

    def installer_environment(self) -> dict[str, str]:
        """Variables that make uv and pip install from this index, credentials included
        (in the environment, not on a command line that `ps` shows)."""
        return {name: self.with_credentials for name in INDEX_VARIABLES}

    def project_files(self, dist: str) -> list[IndexFile]:
        """Every file the index lists for `dist`; a one-line UsageError when it cannot."""
        name = canonicalize_name(dist)
        if self.url.startswith("file:"):
            page = Path(urllib.request.url2pathname(urllib.parse.urlsplit(self.url).path))
            page = page / name / "index.html"
            try:
                with open(page, "rb") as f:
                    body = f.read(MAX_PAGE_BYTES + 1)
            except OSError as exc:
                raise self._cannot(dist, f"{exc.strerror}: {page}") from None
            return self._files(dist, body, "text/html")
        request = urllib.request.Request(f"{self.url}/{name}/", headers={"Accept": ACCEPT})
        if self.authorization:
            request.add_unredirected_header("Authorization", self.authorization)
        try:
            with urllib.request.urlopen(request, timeout=TIMEOUT) as response:
                body = response.read(MAX_PAGE_BYTES + 1)
                content_type = response.headers.get_content_type()
        except urllib.error.HTTPError as exc:
            unknown = " (no such project on the index)" if exc.code == 404 else ""
            raise self._cannot(dist, f"HTTP {exc.code} {exc.reason}{unknown}") from None
        except (OSError, http.client.HTTPException, ValueError) as exc:
            raise self._cannot(dist, str(getattr(exc, "reason", None) or exc)) from None
        return self._files(dist, body, content_type)

    def _files(self, dist: str, body: bytes, content_type: str) -> list[IndexFile]:
        if len(body) > MAX_PAGE_BYTES:
            raise self._cannot(dist, f"the page is larger than {MAX_PAGE_BYTES >> 20} MiB")
        try:
            if content_type == JSON_PAGE or content_type.endswith("json"):
                return json_files(body)
            return html_files(body.decode("utf-8", errors="replace"))
        except ValueError as exc:
            raise self._cannot(dist, f"not a simple API page: {exc}") from None

    def _cannot(self, dist: str, reason: str) -> UsageError:
        return UsageError(self.redact(f"cannot list {dist} versions from {self.shown}: {reason}"))


# --- the two page formats ------------------------------------------------------------------


@dataclass(frozen=True)
class _JsonFile:
    filename: str
    yanked: bool | str = False  # PEP 691: true or the reason


@dataclass(frozen=True)
class _JsonProject:
    files: list[_JsonFile]


def json_files(body: bytes) -> list[IndexFile]:
    """Files of a PEP 691 project page; ValueError (ShapeError is one) when malformed."""
    try:
        data = json.loads(body)
    except RecursionError:
        raise ValueError("nested too deeply") from None
    page = from_dict(_JsonProject, data, "page", strict=False)
    return [IndexFile(f.filename, f.yanked is not False) for f in page.files]


class _Anchors(HTMLParser):
    def __init__(self) -> None:
        super().__init__()
        self.files: list[IndexFile] = []
        self._open: tuple[dict[str, str | None], list[str]] | None = None

    def handle_starttag(self, tag: str, attrs: list[tuple[str, str | None]]) -> None:
        if tag == "a":
            self._open = (dict(attrs), [])

    def handle_data(self, data: str) -> None:
        if self._open is not None:
            self._open[1].append(data)

    def handle_endtag(self, tag: str) -> None:
        if tag != "a" or self._open is None:
            return
        attrs, text = self._open
        self._open = None
        href = urllib.parse.urlsplit(attrs.get("href") or "").path
        name = "".join(text).strip() or urllib.parse.unquote(href.rsplit("/", 1)[-1])
        self.files.append(IndexFile(name, "data-yanked" in attrs))


def html_files(text: str) -> list[IndexFile]:
    """Files of a PEP 503 project page: one anchor per file, `data-yanked` when yanked."""
    parser = _Anchors()
    parser.feed(text)
    parser.close()
    return parser.files


# --- versions from file names --------------------------------------------------------------


def file_version(dist: str, filename: str) -> Version | None:
    """The version of a wheel or sdist of `dist`; None for other projects' files (such as
    tf_nightly_cpu beside tf_nightly) and names that are neither."""
    try:
        if filename.endswith(".whl"):
            name, version, _, _ = parse_wheel_filename(filename)
        else:
            name, version = parse_sdist_filename(filename)
    except (InvalidWheelFilename, InvalidSdistFilename, InvalidVersion):
        return None
    return version if name == canonicalize_name(dist) else None


def releases(dist: str, files: Iterable[IndexFile]) -> list[Release]:
    """Each version of `dist` once, oldest first; yanked when every one of its files is."""
    yanked: dict[Version, bool] = {}
    for f in files:
        version = file_version(dist, f.filename)
        if version is not None:
            yanked[version] = yanked.get(version, True) and f.yanked
    return [Release(v, yanked[v]) for v in sorted(yanked)]


def index_releases(dist: str, index: Index) -> list[Release]:
    return releases(dist, index.project_files(dist))


def release_range(good: str, bad: str) -> tuple[Version, Version, bool]:
    """--good and --bad as (oldest, newest, fix): `fix` when --good is the newer one (the
    change sought is where the cell turned good)."""
    try:
        g, b = Version(good), Version(bad)
    except InvalidVersion as exc:
        raise UsageError(f"not a version: {exc}") from None
    if g == b:
        raise UsageError(f"--good and --bad are the same version ({g}): nothing to bisect")
    return (g, b, False) if g < b else (b, g, True)


def releases_between(
    good: str, bad: str, available: list[Release], pre: bool = False, dist: str = "tensorflow-cpu"
) -> list[str]:
    """The versions from --good to --bad, both included, oldest first (whichever of the two
    is older); yanked ones and (unless `pre`) pre-releases left out, except the endpoints
    themselves (named by the user; installers take an exact pin of a yanked version)."""
    oldest, newest, _ = release_range(good, bad)
    known = {r.version for r in available}
    for name, v in (("--good", Version(good)), ("--bad", Version(bad))):
        if v not in known:
            near = ", ".join(
                str(r.version) for r in available if r.version.release[:2] == v.release[:2]
            )
            raise UsageError(
                f"{name} {v}: no such {dist} release on the index (same minor: {near or 'none'})"
            )
    return [
        str(r.version)
        for r in available
        if r.version in (oldest, newest)
        or (oldest < r.version < newest and not r.yanked and (pre or not r.version.is_prerelease))
    ]


def build_date(version: Version) -> str | None:
    """YYYYMMDD of a nightly such as 2.23.0.dev20261026, else None."""
    dev = version.dev
    return str(dev) if dev is not None and 20000101 <= dev <= 29991231 else None


def _date(option: str, text: str) -> str:
    try:
        if re.fullmatch(r"\d{8}", text):
            datetime.strptime(text, "%Y%m%d")
            return text
    except ValueError:
        pass
    raise UsageError(f"{option} {text!r}: expected YYYYMMDD")


def date_range(good_date: str, bad_date: str) -> tuple[str, str, bool]:
    """--good-date and --bad-date as YYYYMMDD (earliest, latest, fix): `fix` when the good
    date is the later one."""
    good_date, bad_date = _date("--good-date", good_date), _date("--bad-date", bad_date)
    if good_date == bad_date:
        raise UsageError(f"--good-date and --bad-date are the same day ({good_date})")
    return (good_date, bad_date, False) if good_date < bad_date else (bad_date, good_date, True)


def nightlies_between(
    good_date: str, bad_date: str, available: list[Release], dist: str = "tf-nightly"
) -> list[str]:
    """The last unyanked build of each day between the two dates, both included, oldest
    first."""
    first, last, _ = date_range(good_date, bad_date)
    by_date: dict[str, Version] = {}
    for r in available:  # oldest first: the last build of a day wins
        date = build_date(r.version)
        if date and first <= date <= last and not r.yanked:
            by_date[date] = r.version
    versions = [str(by_date[d]) for d in sorted(by_date)]
    if len(versions) < 2:
        raise UsageError(f"fewer than two {dist} builds between {first} and {last}")
    return versions


def builds_between(
    good: str, bad: str, available: list[Release], dist: str = "tf-nightly"
) -> list[str]:
    """The exact builds `good` and `bad` (the ones two runs had, listed or not: an installer
    takes an exact pin) and between them the last unyanked build of each day."""
    try:
        g, b = Version(good), Version(bad)
    except InvalidVersion as exc:
        raise UsageError(f"not a {dist} version: {exc}") from None
    if g >= b:
        raise UsageError(f"{dist} {g} is not older than {b}: no builds between them")
    by_date: dict[str, Version] = {}
    for r in available:  # oldest first: the last build of a day wins
        date = build_date(r.version)
        if date and g < r.version < b and not r.yanked:
            by_date[date] = r.version
    return [str(g), *(str(by_date[d]) for d in sorted(by_date)), str(b)]
