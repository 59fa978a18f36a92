"""The badge and the report page in a real browser: Debian's Chromium, headless.

Each test starts ``chromium`` as a plain subprocess (about a second each): ``--dump-dom``
gives the DOM the browser built, ``--screenshot`` a PNG, which the test decodes itself
(``zlib`` and the five PNG filters) to look at its pixels. Network requests are caught by a
recording HTTP proxy started by the test on 127.0.0.1, which Chromium is told to use for
every URL, loopback included.

Without Chromium these tests are skipped, saying why, except in CI (``CI`` set), where a
missing browser is a failure: ``.ci/run`` installs it.
"""

from __future__ import annotations

import html
import http.server
import os
import shutil
import struct
import subprocess
import threading
import zlib
from collections.abc import Iterator
from pathlib import Path

import pytest

from osaid import evaluate, load_manifest
from osaid.badge import BADGE_COLOURS, badge_svg
from osaid.render_html import render_html
from osaid.verdict import Verdict

ROOT = Path(__file__).parent.parent
PHI = ROOT / "examples" / "phi-2.osaid.yaml"
PYTHIA = ROOT / "examples" / "pythia.osaid.yaml"
HOSTILE = '<img src="http://evil.example/x.png" onerror="alert(1)">' + "W" * 120


@pytest.fixture(scope="module")
def chromium() -> str:
    found = shutil.which("chromium") or shutil.which("chromium-browser")
    if found is None:
        if os.environ.get("CI"):
            pytest.fail("chromium is not installed, and CI must run the browser tests")
        pytest.skip("chromium is not installed (Debian: apt-get install chromium)")
    return found


def _browse(
    chromium: str, tmp_path: Path, url: str, *options: str, proxy: int | None = None
) -> bytes:
    """Run headless Chromium on ``url`` with ``options``; its standard output."""
    profile = tmp_path / f"profile-{len(list(tmp_path.glob('profile-*')))}"
    command = [
        chromium,
        "--headless",
        "--no-sandbox",
        "--disable-gpu",
        "--disable-quic",
        "--no-first-run",
        "--disable-background-networking",
        "--disable-component-update",
        "--disable-sync",
        "--disable-dev-shm-usage",
        # what Chromium itself would fetch at start, whatever the page: the network clock,
        # the search engine's preconnect and AI Mode's eligibility check (www.google.com),
        # and the account check (accounts.google.com), sent to an http URL it then refuses
        "--disable-features=NetworkTimeServiceQuerying,PreconnectToSearch,AimEnabled",
        "--gaia-url=http://127.0.0.1:9/",
        f"--user-data-dir={profile}",
        *options,
    ]
    if proxy is not None:
        command += [f"--proxy-server=http://127.0.0.1:{proxy}", "--proxy-bypass-list=<-loopback>"]
    done = subprocess.run(
        [*command, url], capture_output=True, timeout=120, check=False, cwd=tmp_path
    )
    assert done.returncode == 0, done.stderr.decode("utf-8", "replace")[-2000:]
    return done.stdout


def _page(tmp_path: Path, text: str, name: str = "report.html") -> Path:
    path = tmp_path / name
    path.write_text(text, "utf-8")
    return path


def _hostile_page() -> str:
    system = load_manifest(PHI)
    info = system.system.model_copy(update={"name": HOSTILE})
    return render_html(evaluate(system.model_copy(update={"system": info})).with_source("a.yaml"))


# --- PNG -----------------------------------------------------------------------------------------


def _pixels(png: bytes) -> tuple[int, int, list[list[tuple[int, int, int]]]]:
    """Width, height and RGB rows of an 8-bit RGB or RGBA PNG, as Chromium writes them."""
    assert png[:8] == b"\x89PNG\r\n\x1a\n", "not a PNG"
    at, data, header = 8, b"", b""
    while at < len(png):
        (length,) = struct.unpack(">I", png[at : at + 4])
        kind, body = png[at + 4 : at + 8], png[at + 8 : at + 8 + length]
        if kind == b"IHDR":
            header = body
        elif kind == b"IDAT":
            data += body
        at += 12 + length
    width, height, depth, colour = struct.unpack(">IIBB", header[:10])
    assert depth == 8
    assert colour in (2, 6)
    step = 3 if colour == 2 else 4
    raw = zlib.decompress(data)
    stride = width * step
    rows: list[list[tuple[int, int, int]]] = []
    previous = bytearray(stride)
    for y in range(height):
        kind = raw[y * (stride + 1)]
        line = bytearray(raw[y * (stride + 1) + 1 : (y + 1) * (stride + 1)])
        for i in range(stride):
            left = line[i - step] if i >= step else 0
            up = previous[i]
            corner = previous[i - step] if i >= step else 0
            if kind == 1:
                line[i] = (line[i] + left) & 0xFF
            elif kind == 2:
                line[i] = (line[i] + up) & 0xFF
            elif kind == 3:
                line[i] = (line[i] + (left + up) // 2) & 0xFF
            elif kind == 4:
                p = left + up - corner
                pa, pb, pc = abs(p - left), abs(p - up), abs(p - corner)
                guess = left if pa <= pb and pa <= pc else up if pb <= pc else corner
                line[i] = (line[i] + guess) & 0xFF
        rows.append([tuple(line[x * step : x * step + 3]) for x in range(width)])  # type: ignore[misc]
        previous = line
    return width, height, rows


def _rgb(colour: str) -> tuple[int, int, int]:
    return int(colour[1:3], 16), int(colour[3:5], 16), int(colour[5:7], 16)


def _near(a: tuple[int, int, int], b: tuple[int, int, int]) -> bool:
    return all(abs(x - y) <= 6 for x, y in zip(a, b, strict=True))


# --- the page ------------------------------------------------------------------------------------


def test_the_page_shows_its_words_and_hostile_markup_stays_words(
    chromium: str, tmp_path: Path
) -> None:
    page = _page(tmp_path, _hostile_page())
    dom = _browse(chromium, tmp_path, page.as_uri(), "--dump-dom").decode("utf-8")
    assert "✗ Not Open Source AI" in dom
    assert "Blockers (7)" in dom
    assert "Findings by clause" in dom
    assert "&lt;img src=" in dom  # the name, as text
    assert "<img" not in dom  # and never an element


def test_a_phone_screenshot_shows_the_verdict_first(chromium: str, tmp_path: Path) -> None:
    page = _page(tmp_path, render_html(evaluate(load_manifest(PHI))))
    shot = tmp_path / "phone.png"
    _browse(chromium, tmp_path, page.as_uri(), f"--screenshot={shot}", "--window-size=390,844")
    width, height, rows = _pixels(shot.read_bytes())
    assert (width, height) == (390, 844)
    colours = {pixel for row in rows for pixel in row[::3]}
    assert len(colours) > 20  # text, banner, lines: not a blank page
    red = _rgb(BADGE_COLOURS[Verdict.NOT_OPEN])
    banner = [y for y, row in enumerate(rows) if sum(_near(p, red) for p in row) > 100]
    assert banner
    assert banner[0] < 80  # the verdict is the first thing on the screen


def _measuring(text: str, width: int) -> str:
    """A test page that shows ``text`` in a frame ``width`` px wide and writes, once it is
    laid out, the width of its content and of the frame into its own DOM.

    The frame is a ``srcdoc`` one: it shares the test page's origin, so the test page's
    script may read its layout, while the page inside keeps its own CSP (no script runs in
    it). A frame, because a headless window is never narrower than 500 px.
    """
    return (
        "<!DOCTYPE html><html><body style='margin:0'><script>"
        "function measure(frame) {"
        " const root = frame.contentDocument.documentElement;"
        " document.body.dataset.measure = root.scrollWidth + 'x' + root.clientWidth; }"
        f"</script><iframe width='{width}' height='740' style='border:0' "
        f"onload='measure(this)' srcdoc=\"{html.escape(text, quote=True)}\"></iframe>"
        "</body></html>"
    )


@pytest.mark.parametrize("kind", ["hostile", "several"])
def test_nothing_scrolls_sideways_at_360_px(chromium: str, tmp_path: Path, kind: str) -> None:
    if kind == "hostile":
        text = _hostile_page()
    else:
        reports = [evaluate(load_manifest(p)).with_source(str(p)) for p in (PHI, PYTHIA)]
        text = render_html(reports)
    page = _page(tmp_path, _measuring(text, 360))
    options = ("--dump-dom", "--window-size=600,800", "--hide-scrollbars")  # as on a phone
    dom = _browse(chromium, tmp_path, page.as_uri(), *options)
    measure = dom.decode("utf-8").split('data-measure="', 1)[1].split('"', 1)[0]
    scroll, window = map(int, measure.split("x"))
    assert window == 360
    assert scroll <= window


# --- no request of any kind ---------------------------------------------------------------------


class _Recorder(http.server.ThreadingHTTPServer):
    """A proxy that records every request it gets and serves ``page`` at ``/report.html``."""

    def __init__(self, page: bytes) -> None:
        self.page = page
        self.requests: list[str] = []
        super().__init__(("127.0.0.1", 0), _Handler)


class _Handler(http.server.BaseHTTPRequestHandler):
    server: _Recorder

    def _answer(self) -> None:
        self.server.requests.append(f"{self.command} {self.path}")
        if self.command == "GET" and self.path.endswith("/report.html"):
            body, status = self.server.page, 200
        else:
            body, status = b"", 404
        self.send_response(status)
        self.send_header("Content-Type", "text/html; charset=utf-8")
        self.send_header("Content-Length", str(len(body)))
        self.end_headers()
        self.wfile.write(body)

    do_GET = do_POST = do_HEAD = do_CONNECT = _answer  # noqa: N815 - http.server's names

    def log_message(self, format: str, *args: object) -> None:
        pass


@pytest.fixture
def recorder() -> Iterator[_Recorder]:
    server = _Recorder(b"")
    thread = threading.Thread(target=server.serve_forever, daemon=True)
    thread.start()
    try:
        yield server
    finally:
        server.shutdown()
        server.server_close()


def test_the_recording_proxy_sees_what_a_page_would_fetch(
    chromium: str, tmp_path: Path, recorder: _Recorder
) -> None:
    # the control: without it, "no request recorded" might only mean the proxy was not asked
    page = _page(
        tmp_path,
        '<!DOCTYPE html><title>t</title><link rel="icon" href="data:,">'
        '<img src="http://fetched.example/pixel.png">',
        "control.html",
    )
    port = recorder.server_address[1]
    _browse(chromium, tmp_path, page.as_uri(), "--dump-dom", proxy=port)
    assert "GET http://fetched.example/pixel.png" in recorder.requests


def test_the_page_makes_no_request_from_a_file(
    chromium: str, tmp_path: Path, recorder: _Recorder
) -> None:
    page = _page(tmp_path, _hostile_page())
    port = recorder.server_address[1]
    dom = _browse(chromium, tmp_path, page.as_uri(), "--dump-dom", proxy=port)
    assert b"Not Open Source AI" in dom
    assert recorder.requests == []


def test_the_page_makes_no_request_but_itself_from_a_server(
    chromium: str, tmp_path: Path, recorder: _Recorder
) -> None:
    recorder.page = _hostile_page().encode("utf-8")
    port = recorder.server_address[1]
    url = f"http://127.0.0.1:{port}/report.html"
    dom = _browse(chromium, tmp_path, url, "--dump-dom", proxy=port)
    assert b"Not Open Source AI" in dom
    assert recorder.requests == [f"GET {url}"]  # through the proxy: loopback is not bypassed


# --- the badge -----------------------------------------------------------------------------------


def test_the_badge_shows_its_words_and_colours(chromium: str, tmp_path: Path) -> None:
    badge = _page(tmp_path, badge_svg(evaluate(load_manifest(PHI))), "badge.svg")
    dom = _browse(chromium, tmp_path, badge.as_uri(), "--dump-dom").decode("utf-8")
    assert ">OSAID</text>" in dom
    assert ">not open</text>" in dom
    shot = tmp_path / "badge.png"
    _browse(chromium, tmp_path, badge.as_uri(), f"--screenshot={shot}", "--window-size=200,40")
    width, height, rows = _pixels(shot.read_bytes())
    assert (width, height) == (200, 40)
    label, verdict = _rgb(BADGE_COLOURS["label"]), _rgb(BADGE_COLOURS[Verdict.NOT_OPEN])
    middle = rows[10]
    assert _near(middle[2], label)
    assert any(_near(p, verdict) for p in middle[60:100])
    # the text is drawn: light pixels inside both halves of the badge
    light = [x for row in rows[4:16] for x, p in enumerate(row[:108]) if min(p) > 200 and x > 2]
    assert any(x < 45 for x in light)
    assert any(55 < x < 105 for x in light)
