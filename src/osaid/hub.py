"""Checking a model where it lives: ``hf:ORG/NAME[@REVISION]`` on the Hugging Face Hub.

The model's API record (what ``GET /api/models/{id}`` answers) and its card (``README.md``,
at the commit the record names) are read through ``huggingface_hub``, the optional ``hub``
extra, so that ``HF_TOKEN``, the saved token, ``HF_ENDPOINT``, ``HF_HUB_OFFLINE`` and the
client's timeouts and cache work as they do for every other Hub tool. ``huggingface_hub`` is
imported only when a model is read, never by ``import osaid`` or a check of files.

Whatever stops the record or the card from being read is a :class:`HubError`, located at the
reference (``hf:ORG/NAME: message``) and carrying the Hub's own message: there is no verdict
on data that was not read.

>>> ref = parse_hub_ref("hf:EleutherAI/pythia-1b@main")
>>> ref
HubRef(repo_id='EleutherAI/pythia-1b', revision='main')
>>> ref.location
'hf:EleutherAI/pythia-1b@main'
"""

from __future__ import annotations

import inspect
import json
import re
import socket
import sys
from collections.abc import Iterator
from typing import TYPE_CHECKING, Any, NamedTuple
from urllib.parse import quote

from osaid._files import HUB_PREFIX as PREFIX
from osaid._files import is_hub_ref
from osaid.errors import ManifestError, Problem

if TYPE_CHECKING:
    from osaid.formats import Imported

__all__ = ["PREFIX", "HubError", "HubRef", "fetch_hub", "is_hub_ref", "load_hub", "parse_hub_ref"]

CARD = "README.md"
"""The file that holds a model's card on the Hub."""

INSTALL = "reading the Hub needs huggingface_hub: pip install 'osaid[hub]'"

# The Hub's own rule for a repository id (huggingface_hub's validate_repo_id): an optional
# namespace, then a name, each of letters, digits, '-', '_' and '.', at most 96 characters in
# all, with no '--' or '..' and neither starting nor ending with '-' or '.'.
_PART = r"[A-Za-z0-9_](?:[A-Za-z0-9_.-]*[A-Za-z0-9_])?"
_REPO_ID = re.compile(rf"(?:{_PART}/)?{_PART}")
_MAX_REPO_ID = 96
# A revision is a branch, a tag, a commit or a ref such as refs/pr/1: git forbids spaces and
# control characters in all of them.
_REVISION = re.compile(r"[^\s\x00-\x1f\x7f~^:?*\[\\]+")
_MAX_REVISION = 255
_COMMIT = re.compile(r"[0-9a-f]{40}")


class HubRef(NamedTuple):
    """A model on the Hub, as ``hf:ORG/NAME[@REVISION]`` names it."""

    repo_id: str
    revision: str | None = None
    """A branch, tag or commit; ``None``: the repository's default branch."""

    @property
    def location(self) -> str:
        """The reference as findings and errors are located at: ``hf:ORG/NAME[@REVISION]``."""
        at = f"@{self.revision}" if self.revision is not None else ""
        return f"{PREFIX}{self.repo_id}{at}"

    @property
    def url(self) -> str:
        """The model's page on the public Hub, at its revision when one is named.

        >>> HubRef("EleutherAI/pythia-1b", "refs/pr/1").url
        'https://huggingface.co/EleutherAI/pythia-1b/tree/refs%2Fpr%2F1'
        """
        tree = f"/tree/{quote(self.revision, safe='')}" if self.revision is not None else ""
        return f"https://huggingface.co/{self.repo_id}{tree}"


class HubError(ManifestError):
    """A model on the Hub that could not be read, located at its reference.

    Attributes:
        status: the HTTP status the Hub answered, or ``None`` (no answer, or no request).
        code: the Hub's ``X-Error-Code`` (``RepoNotFound``, ``GatedRepo``,
            ``RevisionNotFound``...), or ``None``.
    """

    def __init__(
        self, location: str, message: str, *, status: int | None = None, code: str | None = None
    ) -> None:
        # line 0: a reference has no lines; the problem concerns the whole model
        super().__init__([Problem(location, 0, 0, "", message)])
        self.status = status
        self.code = code


def parse_hub_ref(text: str) -> HubRef:
    """The model ``text`` names: ``hf:ORG/NAME``, optionally ``@REVISION``.

    Raises:
        HubError: located at ``text``, when it is not such a reference.

    >>> parse_hub_ref("hf:meta-llama/Llama-3.1-8B@refs/pr/1").revision
    'refs/pr/1'
    >>> try:
    ...     parse_hub_ref("hf:org/name@")
    ... except HubError as exc:
    ...     print(exc)
    hf:org/name@: no revision after '@': give hf:ORG/NAME or hf:ORG/NAME@REVISION
    """
    shown = text
    if not is_hub_ref(text):
        raise HubError(shown, f"not a Hub reference: give {PREFIX}ORG/NAME[@REVISION]")
    repo_id, at, revision = text[len(PREFIX) :].partition("@")
    if not repo_id:
        raise HubError(shown, f"no model id: give {PREFIX}ORG/NAME[@REVISION]")
    if (
        len(repo_id) > _MAX_REPO_ID
        or not _REPO_ID.fullmatch(repo_id)
        or "--" in repo_id
        or ".." in repo_id
    ):
        raise HubError(
            shown,
            f"not a model id: {repo_id!r}; a Hub id is ORG/NAME, each of letters, digits, "
            f"'-', '_' and '.' (no '--' or '..', at most {_MAX_REPO_ID} characters)",
        )
    if not at:
        return HubRef(repo_id)
    if not revision:
        raise HubError(
            shown, f"no revision after '@': give {PREFIX}ORG/NAME or {PREFIX}ORG/NAME@REVISION"
        )
    if len(revision) > _MAX_REVISION or not _REVISION.fullmatch(revision):
        raise HubError(
            shown,
            f"not a revision: {revision!r}; give a branch, a tag or a commit "
            "(no spaces or control characters)",
        )
    return HubRef(repo_id, revision)


class HubDocuments(NamedTuple):
    """What the Hub holds about one model: its API record and its card."""

    record: dict[str, Any]
    card: str | None
    """The text of ``README.md``; ``None`` when the repository has none."""


def load_hub(
    ref: str | HubRef, *, token: str | bool | None = None, endpoint: str | None = None
) -> Imported:
    """The release a model on the Hub describes: its record and card, read as osaid reads them.

    Args:
        ref: ``hf:ORG/NAME[@REVISION]``, or a parsed :class:`HubRef`.
        token: a Hub token; ``None`` uses the one ``huggingface_hub`` finds (``HF_TOKEN``,
            then the saved token), ``False`` sends none.
        endpoint: the Hub's URL; ``None`` uses ``HF_ENDPOINT`` (default
            ``https://huggingface.co``).

    Returns:
        The system and every finding reading it left, located at ``hf:ORG/NAME[@REVISION]``.

    Raises:
        HubError: when the reference is not valid, ``huggingface_hub`` is not installed, or
            the Hub does not give the record or the card (missing model or revision, a gate
            the token does not open, a rate limit, no connection, offline mode), with the
            Hub's own message.
        ManifestError: when what the Hub gave is not a model record osaid can read.
    """
    hub_ref = ref if isinstance(ref, HubRef) else parse_hub_ref(ref)
    documents = fetch_hub(hub_ref, token=token, endpoint=endpoint)
    from osaid.formats.hub import read_hub_record

    # the files are where they were read: a mirror's HF_ENDPOINT gives the mirror's address
    return read_hub_record(
        documents.record,
        card=documents.card,
        name=hub_ref.location,
        endpoint=_endpoint(endpoint),
    )


def fetch_hub(
    ref: HubRef, *, token: str | bool | None = None, endpoint: str | None = None
) -> HubDocuments:
    """The API record and the card of a model, read from the Hub (see :func:`load_hub`).

    The card is read at the commit the record names (its ``sha``), so that both describe
    the same state of the repository.

    Raises:
        HubError: as :func:`load_hub` says.
    """
    where = ref.location
    _require_client(where)
    try:
        record = _record(ref, token, endpoint)
        card = _card(ref, record, token, endpoint)
    except HubError:
        raise
    except Exception as exc:
        error = _failure(where, ref, exc)
        if error is None:
            raise
        raise error from None
    return HubDocuments(record, card)


# --- the client -------------------------------------------------------------------------------


def _require_client(where: str) -> None:
    try:
        import huggingface_hub  # noqa: F401
    except ImportError:
        raise HubError(where, INSTALL) from None


def _version() -> str:
    """osaid's version, which the client puts in its user agent beside its own."""
    from osaid._version import __version__

    return __version__


def _endpoint(endpoint: str | None) -> str:
    """The Hub's address: ``endpoint``, else the client's (``HF_ENDPOINT``, or the Hub)."""
    from huggingface_hub import constants

    return (endpoint or constants.ENDPOINT).rstrip("/")


def _timeout() -> float:
    """The client's own timeout for metadata calls (``HF_HUB_ETAG_TIMEOUT``, default 10 s)."""
    from huggingface_hub import constants

    return float(getattr(constants, "HF_HUB_ETAG_TIMEOUT", constants.DEFAULT_ETAG_TIMEOUT))


def _record(ref: HubRef, token: str | bool | None, endpoint: str | None) -> dict[str, Any]:
    """The body of ``GET /api/models/{id}[/revision/{rev}]``, as JSON gives it.

    ``HfApi.model_info`` would turn it into a ``ModelInfo`` and drop what that class has no
    field for; the same request through the client's session, headers and status check keeps
    the record whole.
    """
    # the names huggingface_hub.utils has offered since 0.x (it re-exports them implicitly)
    from huggingface_hub.utils import (  # type: ignore[attr-defined]
        build_hf_headers,
        get_session,
        hf_raise_for_status,
    )

    from osaid.loader import MAX_BYTES

    url = f"{_endpoint(endpoint)}/api/models/{ref.repo_id}"
    if ref.revision is not None:
        url += f"/revision/{quote(ref.revision, safe='')}"
    headers = build_hf_headers(token=token, library_name="osaid", library_version=_version())
    response = get_session().get(url, headers=headers, timeout=_timeout())
    hf_raise_for_status(response)
    body = response.content
    if len(body) > MAX_BYTES:
        msg = f"the Hub's record is more than {MAX_BYTES // (1024 * 1024)} MiB: refused"
        raise _RefusedError(msg)
    try:
        record = json.loads(body)
    except (ValueError, RecursionError) as exc:
        msg = f"the Hub answered {url} with what is not JSON ({_reason(exc)})"
        raise _RefusedError(msg) from None
    if not isinstance(record, dict):
        msg = f"the Hub answered {url} with JSON that is not a model record (not an object)"
        raise _RefusedError(msg)
    return record


def _card(
    ref: HubRef, record: dict[str, Any], token: str | bool | None, endpoint: str | None
) -> str | None:
    """The card's text at the record's commit; ``None`` when the repository has no card."""
    from huggingface_hub import hf_hub_download

    from osaid import loader

    siblings = record.get("siblings")
    listed = isinstance(siblings, list)
    if isinstance(siblings, list) and not any(
        isinstance(s, dict) and s.get("rfilename") == CARD for s in siblings
    ):
        return None  # the record lists the repository's files: no card among them
    sha = record.get("sha")
    # only a commit id pins the card: anything else from the server would name a path in the
    # client's cache (refs/{revision}), so the revision asked for stands instead
    revision = sha if isinstance(sha, str) and _COMMIT.fullmatch(sha) else ref.revision
    options: dict[str, Any] = {}
    if "tqdm_class" in inspect.signature(hf_hub_download).parameters:  # huggingface_hub >= 1
        # a card is a few kilobytes: a progress bar would only flash between the reports
        options["tqdm_class"] = _silent_bar()
    try:
        path = hf_hub_download(
            ref.repo_id,
            CARD,
            revision=revision,
            token=token,
            endpoint=_endpoint(endpoint),  # the Hub the record came from, whatever it is
            library_name="osaid",
            library_version=_version(),
            **options,
        )
    except Exception as exc:
        if not listed and _is_missing_entry(exc):
            return None  # a record without its file list, for a repository without a card
        raise
    name = f"{ref.location}/{CARD}"
    return loader.decode(loader.read_bounded(path, name=name), name)


def _silent_bar() -> type[Any]:
    """The client's progress bar, never drawn."""
    from huggingface_hub.utils import tqdm  # type: ignore[attr-defined]

    class SilentBar(tqdm):
        def __init__(self, *args: Any, **kwargs: Any) -> None:
            super().__init__(*args, **{**kwargs, "disable": True})  # type: ignore[no-untyped-call]

    return SilentBar


def _is_missing_entry(exc: BaseException) -> bool:
    """Whether the Hub said the file is not there (not: it could not be asked)."""
    from huggingface_hub import errors

    missing = getattr(errors, "RemoteEntryNotFoundError", errors.EntryNotFoundError)
    return isinstance(exc, missing) and not isinstance(exc, errors.LocalEntryNotFoundError)


# --- the Hub's failures as located errors -----------------------------------------------------


class _RefusedError(Exception):
    """The Hub answered, but not with a model record osaid reads."""


def _network_errors() -> tuple[type[BaseException], ...]:
    """What the client raises when the Hub cannot be reached: the transport errors of the
    HTTP library it uses, and the socket's own (not every ``OSError``: a cache that cannot
    be written is no network failure)."""
    found: list[type[BaseException]] = [ConnectionError, TimeoutError, socket.gaierror]
    for name, error_name in (
        ("httpx2", "TransportError"),
        ("httpx", "TransportError"),
        ("requests", "RequestException"),
    ):
        module = sys.modules.get(name)  # only a library the client imported
        error = getattr(getattr(module, "exceptions", module), error_name, None)
        if isinstance(error, type) and issubclass(error, BaseException):
            found.append(error)
    return tuple(found)


def _failure(where: str, ref: HubRef, exc: Exception) -> HubError | None:
    """The located error for what the client raised, or ``None`` for anything else (a bug,
    which should surface as it is)."""
    from huggingface_hub import errors

    if isinstance(exc, _RefusedError):
        return HubError(where, str(exc))
    http = _http_error(exc)
    if http is not None:
        return _from_http(where, ref, http)
    if any(isinstance(e, errors.OfflineModeIsEnabled) for e in _chain(exc)):
        return HubError(
            where,
            "offline mode is on (HF_HUB_OFFLINE), and osaid reads a model's record from the "
            "Hub each time: unset HF_HUB_OFFLINE to check a model on the Hub",
        )
    network = [e for e in _chain(exc) if isinstance(e, _network_errors())]
    if network:
        # the deepest one says why (a failed download wraps a refused connection)
        return HubError(where, f"cannot reach the Hub: {_reason(network[-1])}")
    if isinstance(exc, OSError) and exc.filename:
        # the card is kept in the client's cache (HF_HUB_CACHE) before it is read
        what = exc.strerror or _reason(exc)
        return HubError(where, f"cannot use the Hub client's cache: {what}: {exc.filename}")
    return None


def _chain(exc: BaseException) -> Iterator[BaseException]:
    seen: set[int] = set()
    current: BaseException | None = exc
    while current is not None and id(current) not in seen:
        seen.add(id(current))
        yield current
        current = current.__cause__ or current.__context__


def _http_error(exc: BaseException) -> Any:
    """The client's error for an answer of the Hub behind ``exc``, if any (a failed download
    wraps it in an error without an answer, itself an ``HfHubHTTPError`` before 1.0)."""
    from huggingface_hub import errors

    return next(
        (
            e
            for e in _chain(exc)
            if isinstance(e, errors.HfHubHTTPError) and getattr(e, "response", None) is not None
        ),
        None,
    )


def _reason(exc: BaseException) -> str:
    """One line saying what ``exc`` says (its lines joined), else its kind."""
    text = " ".join(line.strip() for line in str(exc).splitlines() if line.strip())
    return text or type(exc).__name__


_RATE_LIMIT_RESET = re.compile(r";\s*t\s*=\s*(\d+)")


def _retry_after(headers: Any) -> int | None:
    """When the Hub lets the next request through, in seconds: the ``t`` of its ``RateLimit``
    header (the IETF draft it follows), else a ``Retry-After`` of seconds."""
    found = _RATE_LIMIT_RESET.search(headers.get("RateLimit") or "")
    if found:
        return int(found[1])
    after = (headers.get("Retry-After") or "").strip()
    return int(after) if after.isdigit() else None


def _from_http(where: str, ref: HubRef, exc: Any) -> HubError:
    """The located error for an HTTP error the client raised, with the Hub's own message."""
    from huggingface_hub import errors

    response = getattr(exc, "response", None)
    status = getattr(response, "status_code", None)
    headers = getattr(response, "headers", None) or {}
    code = headers.get("X-Error-Code")
    said = getattr(exc, "server_message", None) or ""
    hub = " ".join(line.strip() for line in said.splitlines() if line.strip())
    answered = f"the Hub answered {status}" + (f": {hub}" if hub else "")
    if isinstance(exc, errors.GatedRepoError):
        advice = (
            "set HF_TOKEN (or log in with hf auth login) to a token whose account has access"
            if status == 401
            else "ask for access on the model's page, or use a token whose account has it"
        )
        message = f"gated model: its files cannot be read without access ({answered}); {advice}"
    elif isinstance(exc, errors.RevisionNotFoundError):
        revision = repr(ref.revision) if ref.revision is not None else "of the record's commit"
        message = f"no revision {revision} in this model ({answered})"
    elif isinstance(exc, errors.RepositoryNotFoundError):
        message = f"no such model on the Hub, or a private one the token cannot see ({answered})"
    elif isinstance(exc, getattr(errors, "DisabledRepoError", ())):
        message = f"the Hub has disabled this repository ({answered})"
    elif status == 429:
        wait = _retry_after(headers)
        message = f"rate-limited by the Hub ({answered})" + (
            f"; retry after {wait} seconds" if wait is not None else "; retry later"
        )
    elif status in (401, 403):
        message = f"the Hub refused the request ({answered}); check HF_TOKEN"
    else:
        message = answered if hub else _reason(exc)
    return HubError(where, message, status=status, code=code)
