"""``hf:ORG/NAME[@REVISION]``: models read from the Hub through the real ``huggingface_hub``
client, which talks to a local Hub (``hub_server.py``) on 127.0.0.1 and never to the
internet."""

from __future__ import annotations

import json
import os
import re
import shlex
import socket
import subprocess
import sys
from collections.abc import Iterator
from pathlib import Path

import pytest

from hub_server import Hub, Model, recorded
from osaid.hub import INSTALL, HubError, HubRef, fetch_hub, parse_hub_ref

ROOT = Path(__file__).parent.parent
PYTHIA_MANIFEST = str(ROOT / "examples" / "pythia.osaid.yaml")

FIXTURES = ROOT / "tests" / "fixtures" / "hub"

OPEN = "EleutherAI/pythia-1b"
RAIL = "bigscience/bloom-560m"
GATED = "meta-llama/Llama-3.2-3B-Instruct"  # gated: "manual"
AUTO = "black-forest-labs/FLUX.1-schnell"  # gated: "auto"
NO_CARD = "EleutherAI/pythia-1b-nocard"
UNLISTED = "EleutherAI/pythia-1b-unlisted"
GRANTED, OTHER, REVOKED = "hf_granted_token", "hf_other_token", "hf_revoked_token"


def _models() -> dict[str, Model]:
    """The recorded models (tests/fixtures/hub), and two variants of Pythia's record: one
    whose repository has no card, one whose record leaves out the file list."""
    models = recorded(FIXTURES)
    for model in models.values():
        model.granted = frozenset({GRANTED})
    pythia = models[OPEN].record
    no_card = {**pythia, "id": NO_CARD, "modelId": NO_CARD}
    no_card["siblings"] = [s for s in pythia["siblings"] if s["rfilename"] != "README.md"]
    unlisted = {k: v for k, v in pythia.items() if k != "siblings"}
    unlisted.update(id=UNLISTED, modelId=UNLISTED)
    models[NO_CARD] = Model(no_card)
    models[UNLISTED] = Model(unlisted)
    return models


def _card(repo_id: str) -> str:
    return _models()[repo_id].files["README.md"].decode()


def _sha(repo_id: str) -> str:
    return str(_models()[repo_id].record["sha"])


@pytest.fixture
def hub() -> Iterator[Hub]:
    with Hub(_models(), tokens=frozenset({GRANTED, OTHER})) as server:
        yield server


@pytest.fixture
def cache(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> Path:
    """The client's file cache in ``tmp_path`` (for the calls made in this process)."""
    from huggingface_hub import constants

    monkeypatch.setattr(constants, "HF_HUB_CACHE", str(tmp_path / "hub"))
    return tmp_path / "hub"


def fetch(hub: Hub, ref: str, token: str | bool = False) -> object:
    return fetch_hub(parse_hub_ref(ref), token=token, endpoint=hub.url)


# --- references -------------------------------------------------------------------------------


@pytest.mark.parametrize(
    ("text", "repo_id", "revision"),
    [
        ("hf:EleutherAI/pythia-1b", "EleutherAI/pythia-1b", None),
        ("hf:gpt2", "gpt2", None),
        ("hf:EleutherAI/pythia-1b@step3000", "EleutherAI/pythia-1b", "step3000"),
        ("hf:org/name@refs/pr/1", "org/name", "refs/pr/1"),
        ("hf:org/model_v1.5@" + "0f" * 20, "org/model_v1.5", "0f" * 20),
    ],
)
def test_a_reference_names_a_model_and_a_revision(
    text: str, repo_id: str, revision: str | None
) -> None:
    ref = parse_hub_ref(text)
    assert ref == HubRef(repo_id, revision)
    assert ref.location == text


@pytest.mark.parametrize(
    ("text", "said"),
    [
        ("hf:", "no model id"),
        ("hf:@main", "no model id"),
        ("hf:a/b/c", "not a model id"),
        ("hf:Eleuther AI/pythia", "not a model id"),
        ("hf:-org/name", "not a model id"),
        ("hf:org/name.", "not a model id"),
        ("hf:org--x/name", "not a model id"),
        ("hf:org/na..me", "not a model id"),
        ("hf:org/" + "n" * 100, "at most 96 characters"),
        ("hf:org/name@", "no revision after '@'"),
        ("hf:org/name@main branch", "not a revision"),
        ("hf:org/name@a\x1bb", "not a revision"),
        ("EleutherAI/pythia-1b", "not a Hub reference"),
    ],
)
def test_a_bad_reference_is_a_located_error(text: str, said: str) -> None:
    with pytest.raises(HubError) as caught:
        parse_hub_ref(text)
    assert str(caught.value).startswith(f"{text}: ")
    assert said in str(caught.value)
    assert caught.value.status is None


# --- reading a model --------------------------------------------------------------------------


def test_the_record_is_read_whole_and_the_card_at_its_commit(hub: Hub, cache: Path) -> None:
    documents = fetch(hub, f"hf:{OPEN}")
    assert documents == (_models()[OPEN].record, _card(OPEN))
    assert ("GET", f"/api/models/{OPEN}", None) in hub.requests
    # the card is read at the commit the record names, not at whatever main is by then
    assert ("GET", f"/{OPEN}/resolve/{_sha(OPEN)}/README.md", None) in hub.requests
    assert any(cache.rglob("README.md"))


def test_a_revision_is_asked_for_by_name(hub: Hub, cache: Path) -> None:
    fetch(hub, f"hf:{OPEN}@main")
    assert ("GET", f"/api/models/{OPEN}/revision/main", None) in hub.requests


def test_a_record_whose_sha_is_no_commit_does_not_pick_the_cards_revision(
    hub: Hub, cache: Path
) -> None:
    hub.models[OPEN].record["sha"] = "refs-outside"
    assert fetch(hub, f"hf:{OPEN}@main").card == _card(OPEN)
    assert ("GET", f"/{OPEN}/resolve/main/README.md", None) in hub.requests


def test_a_model_without_a_card_is_its_record_alone(hub: Hub, cache: Path) -> None:
    assert fetch(hub, f"hf:{NO_CARD}") == (_models()[NO_CARD].record, None)
    # its file list says there is no card: it is not asked for
    assert [path for _, path, _ in hub.requests] == [f"/api/models/{NO_CARD}"]


def test_a_record_without_a_file_list_asks_for_the_card(hub: Hub, cache: Path) -> None:
    assert fetch(hub, f"hf:{UNLISTED}") == (_models()[UNLISTED].record, None)
    assert any(path.endswith("/README.md") for _, path, _ in hub.requests)


def test_a_gated_model_is_read_with_a_token_that_has_access(hub: Hub, cache: Path) -> None:
    documents = fetch(hub, f"hf:{GATED}", token=GRANTED)
    assert documents == (_models()[GATED].record, _card(GATED))
    assert {token for _, _, token in hub.requests} == {GRANTED}


# --- the library function -------------------------------------------------------------------


def test_load_hub_reads_the_release_a_model_on_the_hub_describes(hub: Hub, cache: Path) -> None:
    import osaid

    imported = osaid.load_hub(f"hf:{OPEN}", token=False, endpoint=hub.url)
    parameters = imported.system.components["model-parameters"]
    assert parameters.license == "Apache-2.0"
    # the weights are where they were read, at the commit read
    assert parameters.location == (f"{hub.url}/{OPEN}/tree/{_sha(OPEN)}",)
    assert imported.system.access.gated is False
    # the findings are located at the reference: the record's, and the card's lines
    sources = {finding.source.partition(":")[2].partition(":")[0] for finding in imported.findings}
    assert sources == {OPEN, f"{OPEN}/README.md"}
    assert osaid.evaluate(imported.system).elements["parameters"].verdict.value == "open"


def test_load_hub_reads_the_gate_as_the_hub_states_it(hub: Hub, cache: Path) -> None:
    from osaid import load_hub

    manual = load_hub(f"hf:{GATED}", token=GRANTED, endpoint=hub.url).system.access
    automatic = load_hub(HubRef(AUTO), token=GRANTED, endpoint=hub.url).system.access
    assert (manual.gated, manual.approval) == (True, "manual")
    assert (automatic.gated, automatic.approval) == (True, "automatic")


def test_load_hub_at_a_revision_locates_at_it(hub: Hub, cache: Path) -> None:
    from osaid import load_hub

    sha = _sha(RAIL)
    imported = load_hub(f"hf:{RAIL}@{sha}", token=False, endpoint=hub.url)
    assert ("GET", f"/api/models/{RAIL}/revision/{sha}", None) in hub.requests
    assert all(f.source.startswith(f"hf:{RAIL}@{sha}") for f in imported.findings)


# --- what the Hub refuses ---------------------------------------------------------------------


def failure(hub: Hub, ref: str, token: str | bool = False) -> HubError:
    with pytest.raises(HubError) as caught:
        fetch(hub, ref, token)
    assert len(caught.value.problems) == 1
    assert str(caught.value).startswith(f"{ref}: ")
    assert "\n" not in str(caught.value)
    return caught.value


def test_a_gated_model_without_a_token_is_an_error_with_the_hubs_message(
    hub: Hub, cache: Path
) -> None:
    error = failure(hub, f"hf:{GATED}")
    assert (error.status, error.code) == (401, "GatedRepo")
    assert f"Access to model {GATED} is restricted. You must have access" in str(error)
    assert "HF_TOKEN" in str(error)
    # the record was read, the card was refused: no verdict on the record alone
    assert next(path for _, path, _ in hub.requests) == f"/api/models/{GATED}"


def test_a_gated_model_with_a_token_without_access_is_an_error(hub: Hub, cache: Path) -> None:
    error = failure(hub, f"hf:{GATED}", token=OTHER)
    assert (error.status, error.code) == (403, "GatedRepo")
    assert "you are not in the authorized list" in str(error)


@pytest.mark.parametrize(("token", "status"), [(False, 401), (OTHER, 404)])
def test_a_missing_model_is_an_error(hub: Hub, cache: Path, token: str | bool, status: int) -> None:
    error = failure(hub, "hf:nobody/no-such-model", token)
    assert (error.status, error.code) == (status, "RepoNotFound")
    assert "no such model on the Hub" in str(error)
    assert "Repository not found" in str(error)


def test_a_missing_revision_is_an_error(hub: Hub, cache: Path) -> None:
    error = failure(hub, f"hf:{OPEN}@no-such-branch")
    assert (error.status, error.code) == (404, "RevisionNotFound")
    assert "Invalid rev id: no-such-branch" in str(error)


def test_a_token_the_hub_does_not_know_is_an_error(hub: Hub, cache: Path) -> None:
    error = failure(hub, f"hf:{OPEN}", token=REVOKED)
    assert error.status == 401
    assert "Invalid credentials in Authorization header" in str(error)


def test_a_disabled_model_is_an_error(hub: Hub, cache: Path) -> None:
    hub.models[RAIL].disabled = True
    error = failure(hub, f"hf:{RAIL}", token=OTHER)
    assert str(error) == (
        f"hf:{RAIL}: the Hub has disabled this repository "
        "(the Hub answered 403: Access to this resource is disabled.)"
    )


def test_a_rate_limit_on_the_card_is_an_error_too(hub: Hub, cache: Path) -> None:
    hub.rate_limited = f"/{OPEN}/resolve/"
    # the client retries a file the Hub rate-limits, waiting as long as the Hub says
    hub.reset = 0
    error = failure(hub, f"hf:{OPEN}")
    assert error.status == 429
    assert str(error).endswith("retry after 0 seconds")


def test_a_rate_limit_is_an_error_saying_when_to_retry(hub: Hub, cache: Path) -> None:
    hub.rate_limited = "/"
    error = failure(hub, f"hf:{OPEN}")
    assert error.status == 429
    assert (
        str(error)
        == f"hf:{OPEN}: rate-limited by the Hub (the Hub answered 429); retry after 42 seconds"
    )


def test_a_record_that_is_not_json_is_an_error(hub: Hub, cache: Path) -> None:
    hub.broken.add(OPEN)
    assert "is not JSON" in str(failure(hub, f"hf:{OPEN}"))


def test_json_that_is_not_a_record_is_an_error(hub: Hub, cache: Path) -> None:
    hub.models["org/array"] = Model(["not", "a", "record"])
    assert "not a model record" in str(failure(hub, "hf:org/array"))


def test_a_hub_that_is_down_is_an_error_with_its_status(hub: Hub, cache: Path) -> None:
    hub.down = True
    error = failure(hub, f"hf:{OPEN}")
    assert error.status == 503
    assert "the Hub answered 503: Service Unavailable" in str(error)


def test_a_hub_that_does_not_answer_in_time_is_an_error(
    hub: Hub, cache: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    from huggingface_hub import constants

    monkeypatch.setattr(constants, "HF_HUB_ETAG_TIMEOUT", 0.2)
    hub.stall = 1.0
    error = failure(hub, f"hf:{OPEN}")
    assert str(error).startswith(f"hf:{OPEN}: cannot reach the Hub: ")
    assert "timed out" in str(error)


def test_a_cache_that_cannot_be_written_is_an_error_of_its_own(
    hub: Hub, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    from huggingface_hub import constants

    (tmp_path / "a-file").write_text("not a folder")
    monkeypatch.setattr(constants, "HF_HUB_CACHE", str(tmp_path / "a-file"))
    error = failure(hub, f"hf:{OPEN}")
    assert "cannot use the Hub client's cache: Not a directory" in str(error)
    assert str(tmp_path / "a-file") in str(error)


def _closed_port() -> int:
    with socket.socket() as sock:
        sock.bind(("127.0.0.1", 0))
        return int(sock.getsockname()[1])


def test_a_hub_that_cannot_be_reached_is_an_error(cache: Path) -> None:
    with pytest.raises(HubError) as caught:
        fetch_hub(parse_hub_ref(f"hf:{OPEN}"), endpoint=f"http://127.0.0.1:{_closed_port()}")
    assert str(caught.value).startswith(f"hf:{OPEN}: cannot reach the Hub: ")


# --- the command ------------------------------------------------------------------------------


def osaid(*argv: str, env: dict[str, str]) -> subprocess.CompletedProcess[str]:
    """The installed ``osaid`` command, run as a user runs it."""
    command = Path(sys.executable).with_name("osaid")
    argv0 = [str(command)] if command.exists() else [sys.executable, "-m", "osaid"]
    return subprocess.run(
        [*argv0, *argv], capture_output=True, text=True, env=env, check=False, timeout=120
    )


@pytest.fixture
def env(hub: Hub, tmp_path: Path) -> dict[str, str]:
    """The environment of a user whose Hub is the local one: no token, a fresh cache."""
    environ = {k: v for k, v in os.environ.items() if not k.startswith(("HF_", "HUGGING"))}
    return {
        **environ,
        "HF_ENDPOINT": hub.url,
        "HF_HOME": str(tmp_path / "hf-home"),  # no saved token, whatever the machine has
        "HF_HUB_CACHE": str(tmp_path / "hub"),
        "HF_HUB_DISABLE_TELEMETRY": "1",
    }


def test_the_command_checks_a_model_on_the_hub(env: dict[str, str]) -> None:
    result = osaid("check", f"hf:{OPEN}", env=env)
    # what the recorded card and record declare leaves the data and code undetermined
    assert (result.returncode, result.stderr) == (1, "")
    assert result.stdout.startswith(f"hf:{OPEN}: UNDETERMINED")
    assert "✓ parameters        open" in result.stdout


def test_the_command_checks_a_gated_model_with_a_token_that_has_access(
    env: dict[str, str],
) -> None:
    result = osaid("check", f"hf:{GATED}", "--format", "json", env={**env, "HF_TOKEN": GRANTED})
    assert (result.returncode, result.stderr) == (1, "")
    report = json.loads(result.stdout)
    assert (report["source"], report["verdict"]) == (f"hf:{GATED}", "not-open")
    # read with access, the manual approval gate the record states is judged
    assert "access" in {blocker["kind"] for blocker in report["blockers"]}


def test_models_files_and_folders_are_checked_in_order_on_workers(
    env: dict[str, str], tmp_path: Path
) -> None:
    folder = tmp_path / "models"
    folder.mkdir()
    (folder / "osaid.yaml").write_bytes(Path(PYTHIA_MANIFEST).read_bytes())
    inputs = [f"hf:{OPEN}", PYTHIA_MANIFEST, f"hf:{GATED}", str(folder), f"hf:{RAIL}"]
    result = osaid("check", *inputs, "--jobs", "2", "--format", "json", env=env)
    assert result.returncode == 2  # the gated model could not be read
    reports = json.loads(result.stdout)
    assert [r["source"] for r in reports] == [*inputs[:3], str(folder / "osaid.yaml"), inputs[4]]
    assert [r["verdict"] for r in reports] == ["undetermined", "open", None, "open", "not-open"]
    assert reports[2]["errors"][0]["message"].startswith("gated model")
    # the run's summary counts the models with the files
    assert "5 inputs: 1 not-open, 2 open, 1 undetermined, 1 invalid" in result.stderr


def test_convert_writes_what_the_hub_says_as_an_sbom(env: dict[str, str]) -> None:
    result = osaid("convert", f"hf:{OPEN}", "--to", "spdx", env=env)
    assert result.returncode == 0
    document = json.loads(result.stdout)
    names = {node.get("name") for node in document["@graph"]}
    assert OPEN in names
    # what the conversion read from the record is said, located at the model
    assert any(
        line.startswith(f"hf:{OPEN}:") and "info: the repository holds weights files" in line
        for line in result.stderr.splitlines()
    )


def test_the_command_fails_well_on_a_gated_model_without_a_token(env: dict[str, str]) -> None:
    result = osaid("check", f"hf:{GATED}", env=env)
    assert result.returncode == 2
    assert result.stdout == ""
    assert result.stderr.startswith(f"hf:{GATED}: gated model")
    assert "You must have access to it and be authenticated" in result.stderr
    assert "Traceback" not in result.stderr


def test_the_command_fails_well_on_a_missing_model_among_files(env: dict[str, str]) -> None:
    result = osaid(
        "check", "hf:nobody/nothing", PYTHIA_MANIFEST, "hf:bad id", "--format", "compact", env=env
    )
    assert result.returncode == 2
    lines = [json.loads(line) for line in result.stdout.splitlines()]
    # one line per input, in the order given
    assert [line["source"] for line in lines] == ["hf:nobody/nothing", PYTHIA_MANIFEST, "hf:bad id"]
    assert lines[1]["verdict"] == "open"
    assert result.stderr.splitlines()[0].startswith("hf:nobody/nothing: no such model")
    assert result.stderr.splitlines()[1].startswith("hf:bad id: not a model id")


def test_the_command_fails_well_offline(env: dict[str, str]) -> None:
    result = osaid("check", f"hf:{OPEN}", env={**env, "HF_HUB_OFFLINE": "1"})
    assert result.returncode == 2
    assert result.stderr.startswith(f"hf:{OPEN}: offline mode is on (HF_HUB_OFFLINE)")


def test_convert_fails_well_on_a_missing_model(env: dict[str, str]) -> None:
    result = osaid("convert", "hf:nobody/nothing", "--to", "spdx", env=env)
    assert (result.returncode, result.stdout) == (2, "")
    assert result.stderr.startswith("hf:nobody/nothing: no such model")


def test_without_the_hub_extra_the_command_says_how_to_install_it(tmp_path: Path) -> None:
    # a huggingface_hub that cannot be imported, as when the extra is not installed
    (tmp_path / "huggingface_hub.py").write_text("raise ImportError('not installed')\n")
    env = {**os.environ, "PYTHONPATH": str(tmp_path)}
    result = osaid("check", "hf:EleutherAI/pythia-1b", PYTHIA_MANIFEST, env=env)
    assert result.returncode == 2
    assert result.stderr == f"hf:EleutherAI/pythia-1b: {INSTALL}\n"
    assert "OPEN SOURCE AI" in result.stdout  # the file beside it is still checked


def _bar_can_be_silenced() -> bool:
    import inspect

    from huggingface_hub import hf_hub_download

    return "tqdm_class" in inspect.signature(hf_hub_download).parameters


@pytest.mark.skipif(
    not _bar_can_be_silenced(), reason="huggingface_hub < 1 draws its bar whatever the caller asks"
)
def test_a_terminal_sees_no_progress_bar_for_the_card(env: dict[str, str]) -> None:
    leader, follower = os.openpty()
    command = Path(sys.executable).with_name("osaid")
    argv = [str(command), "check", f"hf:{OPEN}", "--format", "compact"]
    process = subprocess.Popen(argv, stdout=follower, stderr=follower, env=env)
    os.close(follower)
    seen = []
    while True:
        try:
            chunk = os.read(leader, 65536)
        except OSError:  # the terminal closed with the process
            break
        if not chunk:
            break
        seen.append(chunk)
    os.close(leader)
    assert process.wait(timeout=60) == 1
    assert b"".join(seen).startswith(b'{"source":"hf:EleutherAI/pythia-1b"')


def _doc_commands() -> list[tuple[str, str]]:
    """The ``$ osaid …`` blocks of docs/hub.md, with the output they show."""
    text = (ROOT / "docs" / "hub.md").read_text("utf-8")
    blocks = re.findall(r"^```text\n(\$ osaid .*?)^```", text, re.DOTALL | re.MULTILINE)
    return [tuple(block.partition("\n")[::2]) for block in blocks]  # type: ignore[misc]


def _as_on_the_hub(text: str, hub: Hub) -> str:
    """Output read from the local Hub as it reads from the Hub: the same but its address."""
    return text.replace(hub.url, "https://huggingface.co")


def test_the_docs_show_what_the_command_prints(
    env: dict[str, str], hub: Hub, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.chdir(tmp_path)  # where the badge and the page are written
    commands = _doc_commands()
    assert len(commands) >= 6
    for command, shown in commands:
        result = osaid(*shlex.split(command.removeprefix("$ osaid ")), env=env)
        assert _as_on_the_hub(result.stdout + result.stderr, hub) == shown, command
    assert (tmp_path / "badge.svg").read_text("utf-8").startswith("<svg")
    assert "EleutherAI/pythia-1b" in (tmp_path / "pythia-1b.html").read_text("utf-8")


def test_the_docs_python_example_runs(env: dict[str, str]) -> None:
    text = (ROOT / "docs" / "hub.md").read_text("utf-8")
    (example,) = re.findall(r"^```text\n(>>> .*?)^```", text, re.DOTALL | re.MULTILINE)
    code = (
        "import doctest, sys\n"
        "test = doctest.DocTestParser().get_doctest(sys.argv[1], {}, 'hub.md', None, 0)\n"
        "sys.exit(doctest.DocTestRunner().run(test).failed)\n"
    )
    result = subprocess.run(
        [sys.executable, "-c", code, example], capture_output=True, text=True, env=env, check=False
    )
    assert result.returncode == 0, result.stdout


@pytest.mark.parametrize(
    ("fmt", "shows"),
    [
        ("text", f"hf:{OPEN}: UNDETERMINED"),
        ("json", f'"source": "hf:{OPEN}"'),
        ("markdown", f"`hf:{OPEN}`"),
        ("sarif", f'"uri": "https://huggingface.co/{OPEN}"'),
        ("compact", f'{{"source":"hf:{OPEN}"'),
        ("summary", '"inputs": 2'),
    ],
)
def test_every_format_shows_a_model_on_the_hub_and_its_failure(
    env: dict[str, str], fmt: str, shows: str
) -> None:
    result = osaid("check", f"hf:{OPEN}", "hf:nobody/nothing", "--format", fmt, env=env)
    out, err = result.stdout, result.stderr
    assert result.returncode == 2
    assert shows in out
    assert err.startswith("hf:nobody/nothing: no such model on the Hub")
    if fmt not in ("text", "summary"):  # the failure is in the output too, as for a file
        assert "hf:nobody/nothing" in out or "huggingface.co/nobody/nothing" in out
