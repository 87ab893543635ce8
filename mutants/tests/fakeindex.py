"""A package index of our own for tests: a folder laid out as the simple API, on 127.0.0.1.

    index = FakeIndex(tmp_path / "index")
    index.add_file("tensorflow-cpu", "tensorflow_cpu-2.15.1-cp311-cp311-manylinux_2_17_x86_64.whl")
    index.add_wheel("flipper", "1.0.dev20261001", {"flipper/__init__.py": "FLIPPED = False\\n"})
    index.add_nightlies("flipper", "1.0", ["20261001", "20261002"], lambda day: {...})
    url = index.serve()                       # http://127.0.0.1:PORT/simple
    url = index.serve(auth=("user", "TOKEN")) # 401 without that Basic header

`add_file` lists a name (an empty file: enough to list versions); `add_wheel` builds a real
pure-Python wheel that pip and uv install; a project named in `index.unavailable` answers 503
(a registry's outage) until it is taken out again. Each project gets both page formats, served by
content negotiation as PyPI does: PEP 691 JSON (simple/<project>/index.json) to clients
that ask for it, PEP 503 HTML (simple/<project>/index.html) otherwise; the same folder is a
file:// index too (`index.file_url`). The server records each request's path and headers
(`index.requests`), answers only below its root, and stops with the test (`close`).
"""

from __future__ import annotations

import base64
import hashlib
import html
import http.server
import json
import re
import threading
import zipfile
from collections.abc import Callable
from dataclasses import dataclass
from pathlib import Path

JSON_PAGE = "application/vnd.pypi.simple.v1+json"


def normalize(name: str) -> str:
    """PEP 503 project name."""
    return re.sub(r"[-_.]+", "-", name).lower()


def build_wheel(
    out_dir: Path, name: str, version: str, files: dict[str, str], requires: tuple[str, ...] = ()
) -> Path:
    """A real wheel (py3-none-any) of `files` (path in the wheel -> text)."""
    stem = f"{normalize(name).replace('-', '_')}-{version}"
    dist_info = f"{stem}.dist-info"
    contents = {path: text.encode() for path, text in files.items()}
    contents[f"{dist_info}/METADATA"] = (
        f"Metadata-Version: 2.1\nName: {name}\nVersion: {version}\n"
        + "".join(f"Requires-Dist: {r}\n" for r in requires)
    ).encode()
    contents[f"{dist_info}/WHEEL"] = (
        b"Wheel-Version: 1.0\nGenerator: fakeindex\nRoot-Is-Purelib: true\nTag: py3-none-any\n"
    )
    record = []
    for path, data in contents.items():
        digest = base64.urlsafe_b64encode(hashlib.sha256(data).digest()).rstrip(b"=").decode()
        record.append(f"{path},sha256={digest},{len(data)}")
    record.append(f"{dist_info}/RECORD,,")
    contents[f"{dist_info}/RECORD"] = ("\n".join(record) + "\n").encode()
    out_dir.mkdir(parents=True, exist_ok=True)
    wheel = out_dir / f"{stem}-py3-none-any.whl"
    with zipfile.ZipFile(wheel, "w", zipfile.ZIP_DEFLATED) as z:
        for path, data in contents.items():
            z.writestr(path, data)
    return wheel


@dataclass
class _File:
    filename: str
    sha256: str
    yanked: bool | str


class FakeIndex:
    def __init__(self, root: Path) -> None:
        self.root = root
        self.files_dir = root / "files"
        self.files_dir.mkdir(parents=True, exist_ok=True)
        (root / "simple").mkdir(exist_ok=True)
        self.projects: dict[str, list[_File]] = {}
        self.requests: list[tuple[str, dict[str, str]]] = []
        # projects whose pages answer 503, as a registry in an outage does (the rest answer)
        self.unavailable: set[str] = set()
        self._servers: list[http.server.ThreadingHTTPServer] = []

    @property
    def file_url(self) -> str:
        return (self.root / "simple").as_uri()

    def add_file(
        self, project: str, filename: str, content: bytes = b"", yanked: bool | str = False
    ) -> Path:
        path = self.files_dir / filename
        path.write_bytes(content)
        return self._register(project, path, yanked)

    def add_wheel(
        self,
        name: str,
        version: str,
        files: dict[str, str],
        requires: tuple[str, ...] = (),
        yanked: bool | str = False,
    ) -> Path:
        wheel = build_wheel(self.files_dir, name, version, files, requires)
        return self._register(name, wheel, yanked)

    def add_nightlies(
        self, name: str, release: str, days: list[str], files_for: Callable[[str], dict[str, str]]
    ) -> list[str]:
        """One real wheel per day (YYYYMMDD), versioned as tf-nightly is (`<release>.devYYYYMMDD`),
        its files from `files_for(day)`: a package that changes behaviour on a known day."""
        versions = [f"{release}.dev{day}" for day in days]
        for day, version in zip(days, versions, strict=True):
            self.add_wheel(name, version, files_for(day))
        return versions

    def _register(self, project: str, path: Path, yanked: bool | str) -> Path:
        sha = hashlib.sha256(path.read_bytes()).hexdigest()
        entries = self.projects.setdefault(normalize(project), [])
        entries[:] = [f for f in entries if f.filename != path.name]
        entries.append(_File(path.name, sha, yanked))
        self._write_pages(normalize(project))
        return path

    def _write_pages(self, project: str) -> None:
        folder = self.root / "simple" / project
        folder.mkdir(exist_ok=True)
        files = self.projects[project]
        anchors = []
        for f in files:
            yanked = ""
            if f.yanked is not False:
                reason = f.yanked if isinstance(f.yanked, str) else ""
                yanked = f' data-yanked="{html.escape(reason)}"'
            href = f"../../files/{f.filename}#sha256={f.sha256}"
            anchors.append(f'<a href="{html.escape(href)}"{yanked}>{html.escape(f.filename)}</a>')
        page = "<!DOCTYPE html><html><body>\n" + "<br>\n".join(anchors) + "\n</body></html>\n"
        (folder / "index.html").write_text(page)
        data = {
            "meta": {"api-version": "1.1"},
            "name": project,
            "files": [
                {
                    "filename": f.filename,
                    "url": f"../../files/{f.filename}",
                    "hashes": {"sha256": f.sha256},
                    "yanked": f.yanked,
                }
                for f in files
            ],
        }
        (folder / "index.json").write_text(json.dumps(data))
        listing = "".join(f'<a href="{p}/">{p}</a>\n' for p in sorted(self.projects))
        (self.root / "simple" / "index.html").write_text(f"<html><body>\n{listing}</body></html>")

    def serve(self, auth: tuple[str, str] | None = None, redirect_to: str | None = None) -> str:
        """Serve the folder on 127.0.0.1 (a free port) until `close`; the index URL.
        `auth`: answer 401 without this user and password as a Basic header.
        `redirect_to`: answer every authorised request with a redirect to that URL + path."""
        index = self
        expected = "Basic " + base64.b64encode(":".join(auth).encode()).decode() if auth else None

        class Handler(http.server.BaseHTTPRequestHandler):
            def do_HEAD(self) -> None:
                self.do_GET(body=False)

            def do_GET(self, body: bool = True) -> None:
                index.requests.append((self.path, dict(self.headers.items())))
                if expected and self.headers.get("Authorization") != expected:
                    self.send_response(401)
                    self.send_header("WWW-Authenticate", 'Basic realm="fakeindex"')
                    self.send_header("Content-Length", "0")
                    self.end_headers()
                    return
                project = self.path.split("?", 1)[0].strip("/").split("/")
                if len(project) > 1 and normalize(project[1]) in index.unavailable:
                    self.send_error(503)
                    return
                if redirect_to:
                    self.send_response(302)
                    self.send_header("Location", redirect_to.rstrip("/") + self.path)
                    self.send_header("Content-Length", "0")
                    self.end_headers()
                    return
                found = index._resolve(self.path, self.headers.get("Accept", ""))
                if found is None:
                    self.send_error(404)
                    return
                path, content_type = found
                data = path.read_bytes()
                self.send_response(200)
                self.send_header("Content-Type", content_type)
                self.send_header("Content-Length", str(len(data)))
                self.end_headers()
                if body:
                    self.wfile.write(data)

            def log_message(self, format: str, *args: object) -> None:
                pass

        server = http.server.ThreadingHTTPServer(("127.0.0.1", 0), Handler)
        threading.Thread(target=server.serve_forever, args=(0.02,), daemon=True).start()
        self._servers.append(server)
        return f"http://127.0.0.1:{server.server_address[1]}/simple"

    def _resolve(self, url_path: str, accept: str) -> tuple[Path, str] | None:
        """The file behind a request path and its content type; None outside the root."""
        path = url_path.split("?", 1)[0].split("#", 1)[0]
        target = (self.root / path.lstrip("/")).resolve()
        if not target.is_relative_to(self.root.resolve()):
            return None
        if target.is_dir():
            if wants_json(accept) and (target / "index.json").is_file():
                return target / "index.json", JSON_PAGE
            target = target / "index.html"
            return (target, "text/html") if target.is_file() else None
        return (target, "application/octet-stream") if target.is_file() else None

    def close(self) -> None:
        for server in self._servers:
            server.shutdown()
            server.server_close()
        self._servers.clear()


def wants_json(accept: str) -> bool:
    """True when the client ranks PEP 691 JSON at least as high as any HTML type."""
    ranks: dict[str, float] = {}
    for part in accept.split(","):
        media, *params = (p.strip() for p in part.split(";"))
        q = next((float(p[2:]) for p in params if p.startswith("q=")), 1.0)
        ranks[media] = q
    json_q = ranks.get(JSON_PAGE, 0.0)
    html_q = max(
        (q for m, q in ranks.items() if m in ("application/vnd.pypi.simple.v1+html", "text/html")),
        default=0.0,
    )
    return json_q > 0 and json_q >= html_q
