"""A local Hugging Face Hub for tests: the real ``huggingface_hub`` client talks to it.

It answers the routes osaid's reads take, with the status codes, headers and messages the
Hub sends, so that the client raises its own error classes:

- ``GET /api/models/{id}`` and ``GET /api/models/{id}/revision/{rev}``: the model's record;
- ``HEAD`` and ``GET /{id}/resolve/{rev}/{file}``: a file, with ``X-Repo-Commit``, ``ETag``
  and ``Content-Length`` as ``hf_hub_download`` needs them.

How the Hub fails, as its answers show (the messages are the ones users quote from it, e.g.
github.com/ariG23498/gemma3-object-detection/issues/5 and
github.com/alimama-creative/FLUX-Controlnet-Inpainting/issues/22; the rules are the ones
``huggingface_hub.utils.hf_raise_for_status`` reads):

- a missing repository: ``RepoNotFound``, 401 without a token (the Hub does not tell a
  missing repository from a private one to an anonymous caller), 404 with one;
- a missing revision: 404 ``RevisionNotFound``, ``Invalid rev id: {rev}``;
- a gated repository's files: ``GatedRepo``, 401 without a token, 403 with a token whose
  account has no access; its record stays public, as on the Hub;
- a token the Hub does not know: 401, ``Invalid credentials in Authorization header``;
- a disabled repository: 403, ``Access to this resource is disabled.``;
- a rate limit: 429 with the IETF draft ``RateLimit`` and ``RateLimit-Policy`` headers the
  Hub sends (the client turns them into "Retry after N seconds").
"""

from __future__ import annotations

import hashlib
import json
import re
import threading
import time
from dataclasses import dataclass, field
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer
from pathlib import Path
from typing import Any
from urllib.parse import unquote, urlsplit

__all__ = ["Hub", "Model", "recorded"]


@dataclass
class Model:
    """One repository on the local Hub."""

    record: Any
    """What ``GET /api/models/{id}`` answers (a JSON object, unless a test says otherwise)."""
    files: dict[str, bytes] = field(default_factory=dict)
    """The files the Hub serves (the card, ``README.md``, when the model has one)."""
    granted: frozenset[str] = frozenset()
    """The tokens whose accounts have access to a gated model."""
    disabled: bool = False
    """Disabled by the Hub (for a policy violation, say): nothing of it is served."""

    @property
    def repo_id(self) -> str:
        return str(self.record.get("id") or self.record.get("modelId"))

    @property
    def sha(self) -> str:
        return str(self.record.get("sha", "")) if isinstance(self.record, dict) else ""


def recorded(folder: Path) -> dict[str, Model]:
    """The models recorded under ``folder/models/{org}/{name}.json`` (the API record) with
    their cards in ``{name}.README.md`` beside them."""
    models = {}
    for path in sorted((folder / "models").glob("*/*.json")):
        record = json.loads(path.read_text("utf-8"))
        card = path.with_name(path.name.removesuffix(".json") + ".README.md")
        files = {"README.md": card.read_bytes()} if card.is_file() else {}
        model = Model(record, files)
        models[model.repo_id] = model
    return models


_API = re.compile(r"/api/models/(?P<id>[^/]+/[^/]+)(?:/revision/(?P<rev>[^/]+))?")
_RESOLVE = re.compile(r"/(?P<id>[^/]+/[^/]+)/resolve/(?P<rev>[^/]+)/(?P<file>.+)")


class _AnswerError(Exception):
    """An error answer: status, ``X-Error-Code`` and message."""

    def __init__(self, status: int, code: str | None, message: str) -> None:
        super().__init__(message)
        self.status = status
        self.code = code
        self.message = message


class Hub:
    """A Hub on 127.0.0.1 (a random port) serving ``models``, in a thread; use as a context
    manager. ``tokens`` are the tokens it knows; ``rate_limited`` answers 429 to everything;
    ``broken`` holds ids whose record is served as text that is not JSON."""

    def __init__(self, models: dict[str, Model], tokens: frozenset[str] = frozenset()) -> None:
        self.models = models
        self.tokens = tokens
        self.rate_limited = ""
        """Answer 429 to every request whose path starts with this (``/``: all of them)."""
        self.reset = 42
        """With a 429: the seconds until the next request is let through."""
        self.down = False
        """Answer 503 to everything, as the Hub's front end does while the Hub is down."""
        self.stall = 0.0
        """Seconds to wait before answering (longer than the client's timeout: no answer)."""
        self.broken: set[str] = set()
        self.requests: list[tuple[str, str, str | None]] = []
        """Every request: method, path, and the token it carried."""
        hub = self

        class Handler(BaseHTTPRequestHandler):
            protocol_version = "HTTP/1.1"

            def do_GET(self) -> None:
                hub._answer(self, body=True)

            def do_HEAD(self) -> None:
                hub._answer(self, body=False)

            def log_message(self, format: str, *args: Any) -> None:
                pass  # the tests read ``requests``, not a log on standard error

        self._server = ThreadingHTTPServer(("127.0.0.1", 0), Handler)
        self._server.daemon_threads = True
        # polled often, so that closing it does not cost each test half a second
        self._thread = threading.Thread(
            target=self._server.serve_forever, kwargs={"poll_interval": 0.02}, daemon=True
        )

    @property
    def url(self) -> str:
        host, port = self._server.server_address[:2]
        return f"http://{host!s}:{port}"

    def __enter__(self) -> Hub:
        self._thread.start()
        return self

    def __exit__(self, *_: object) -> None:
        self._server.shutdown()
        self._server.server_close()
        self._thread.join()

    # --- answers ------------------------------------------------------------------------------

    def _answer(self, handler: BaseHTTPRequestHandler, *, body: bool) -> None:
        path = unquote(urlsplit(handler.path).path)
        auth = handler.headers.get("authorization") or ""
        token = auth.removeprefix("Bearer ").strip() or None
        self.requests.append((handler.command, path, token))
        if self.stall:
            time.sleep(self.stall)
        try:
            if self.down:
                raise _AnswerError(503, None, "Service Unavailable")
            if self.rate_limited and path.startswith(self.rate_limited):
                # no request left of 1,000 in a 300 s window
                limits = {
                    "RateLimit": f'"api";r=0;t={self.reset}',
                    "RateLimit-Policy": '"fixed window";"api";q=1000;w=300',
                }
                self._send(handler, 429, limits, b"", body)
                return
            if token is not None and token not in self.tokens:
                raise _AnswerError(401, None, "Invalid credentials in Authorization header")
            api = _API.fullmatch(path)
            if api and handler.command == "GET":
                self._record(handler, api["id"], api["rev"], token, body)
                return
            resolve = _RESOLVE.fullmatch(path)
            if resolve:
                self._file(handler, resolve["id"], resolve["rev"], resolve["file"], token, body)
                return
            raise _AnswerError(404, None, "Sorry, we can't find the page you are looking for.")
        except _AnswerError as answer:
            headers = {"X-Error-Message": answer.message}
            if answer.code:
                headers["X-Error-Code"] = answer.code
            content = json.dumps({"error": answer.message}).encode()
            self._send(handler, answer.status, headers, content, body, "application/json")

    def _model(self, repo_id: str, revision: str | None, token: str | None) -> Model:
        model = self.models.get(repo_id)
        if model is None:
            raise _AnswerError(
                401 if token is None else 404, "RepoNotFound", "Repository not found"
            )
        if model.disabled:
            raise _AnswerError(403, None, "Access to this resource is disabled.")
        if revision is not None and revision not in ("main", model.sha):
            raise _AnswerError(404, "RevisionNotFound", f"Invalid rev id: {revision}")
        return model

    def _record(
        self,
        handler: BaseHTTPRequestHandler,
        repo_id: str,
        revision: str | None,
        token: str | None,
        body: bool,
    ) -> None:
        model = self._model(repo_id, revision, token)
        content = json.dumps(model.record).encode()
        if repo_id in self.broken:
            content = content[: len(content) // 2]
        self._send(handler, 200, {}, content, body, "application/json; charset=utf-8")

    def _file(
        self,
        handler: BaseHTTPRequestHandler,
        repo_id: str,
        revision: str,
        name: str,
        token: str | None,
        body: bool,
    ) -> None:
        model = self._model(repo_id, revision, token)
        if (
            isinstance(model.record, dict)
            and model.record.get("gated")
            and token not in model.granted
        ):
            if token is None:
                message = (
                    f"Access to model {repo_id} is restricted. You must have access to it "
                    "and be authenticated to access it. Please log in."
                )
                raise _AnswerError(401, "GatedRepo", message)
            message = (
                f"Access to model {repo_id} is restricted and you are not in the authorized "
                f"list. Visit {self.url}/{repo_id} to ask for access."
            )
            raise _AnswerError(403, "GatedRepo", message)
        content = model.files.get(name)
        if content is None:
            raise _AnswerError(404, "EntryNotFound", "Entry not found")
        # a file's ETag is its git blob id, as for every file not stored with LFS
        blob = hashlib.sha1(b"blob %d\0" % len(content) + content).hexdigest()  # noqa: S324
        headers = {"X-Repo-Commit": model.sha, "ETag": f'"{blob}"'}
        self._send(handler, 200, headers, content, body, "text/plain; charset=utf-8")

    @staticmethod
    def _send(
        handler: BaseHTTPRequestHandler,
        status: int,
        headers: dict[str, str],
        content: bytes,
        body: bool,
        content_type: str = "text/plain; charset=utf-8",
    ) -> None:
        handler.send_response(status)
        handler.send_header("Content-Type", content_type)
        handler.send_header("Content-Length", str(len(content)))
        for name, value in headers.items():
            handler.send_header(name, value)
        handler.end_headers()
        if body:
            handler.wfile.write(content)
