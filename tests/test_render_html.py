"""``osaid check --format html`` and ``osaid.render_html``: what the page holds, in what order,
and that nothing from the input becomes markup."""

from __future__ import annotations

import html
import re
from html.parser import HTMLParser
from pathlib import Path
from typing import Any

import pytest
from hypothesis import given
from hypothesis import strategies as st

from osaid import AISystem, evaluate, load_manifest
from osaid.cli import main
from osaid.errors import ManifestError, Problem
from osaid.render import escape
from osaid.render_html import (
    CONTENT_SECURITY_POLICY,
    html_entry,
    html_page,
    page_name,
    render_html,
)
from osaid.report import Report
from osaid.strategies import manifests

ROOT = Path(__file__).parent.parent
PYTHIA = str(ROOT / "examples" / "pythia.osaid.yaml")
PHI = str(ROOT / "examples" / "phi-2.osaid.yaml")

TAGS = {
    "html", "head", "meta", "link", "title", "style", "body", "main", "article", "header",
    "footer", "section", "h1", "h2", "h3", "h4", "p", "dl", "dt", "dd", "code", "a", "ol",
    "ul", "li", "span", "table", "thead", "tbody", "tr", "th", "td", "details", "summary",
    "nav",
}  # fmt: skip
"""Every element osaid writes: no script, iframe, img, object, form, base or svg, ever."""
ATTRIBUTES = {
    "lang", "charset", "name", "content", "http-equiv", "rel", "href", "class", "id",
    "scope", "data-label",
}  # fmt: skip


class Page(HTMLParser):
    """The elements, attributes and text of a page, as a browser's tokenizer reads them."""

    def __init__(self, text: str) -> None:
        super().__init__(convert_charrefs=True)
        self.tags: list[str] = []
        self.attrs: list[tuple[str, str, str | None]] = []
        self.text: list[str] = []
        self.style: list[str] = []
        self.in_style = False
        self.feed(text)
        self.close()

    def handle_starttag(self, tag: str, attrs: list[tuple[str, str | None]]) -> None:
        self.tags.append(tag)
        self.in_style = tag == "style"
        self.attrs.extend((tag, key, value) for key, value in attrs)

    def handle_startendtag(self, tag: str, attrs: list[tuple[str, str | None]]) -> None:
        self.handle_starttag(tag, attrs)

    def handle_endtag(self, tag: str) -> None:
        self.in_style = False

    def handle_data(self, data: str) -> None:
        (self.style if self.in_style else self.text).append(data)

    @property
    def words(self) -> str:
        return " ".join(" ".join(self.text).split())


def _assert_safe(text: str) -> Page:
    page = Page(text)
    assert set(page.tags) <= TAGS, set(page.tags) - TAGS
    assert page.tags.count("style") == 1
    for tag, key, value in page.attrs:
        assert key in ATTRIBUTES, (tag, key)
        if key == "href":
            assert value is not None
            relative = re.fullmatch(r"[A-Za-z0-9_-][A-Za-z0-9._%-]*\.html", value)  # index
            assert relative or value.startswith(("https://", "http://", "#", "data:,")), value
            assert tag == "link" or not value.startswith("data:")
    links = [(k, v) for t, k, v in page.attrs if t == "link"]
    assert links == [("rel", "icon"), ("href", "data:,")]  # no favicon request
    assert ("meta", "content", CONTENT_SECURITY_POLICY) in page.attrs
    style = "".join(page.style)
    assert "@import" not in style
    assert "url(" not in style
    assert style.startswith("\n*,*::before")  # osaid's own sheet, and nothing else
    return page


def _system(**fields: Any) -> AISystem:
    data = {"manifest-version": 1, "system": {"name": "T"}, **fields}
    return AISystem.model_validate(data)


# --- what the page says, and in what order -----------------------------------------------------


def test_the_verdict_comes_first_then_blockers_components_permissions_mof_and_clauses() -> None:
    report = evaluate(load_manifest(PHI)).with_source("phi-2.osaid.yaml")
    page = _assert_safe(render_html(report))
    words = page.words
    assert words.index("Phi-2 2.7B (Microsoft): Not Open Source AI") == 0  # the <title>
    body = words[words.index("✗ Not Open Source AI") :]
    order = [
        "✗ Not Open Source AI",
        "Phi-2 2.7B (Microsoft)",
        "Blockers (7)",
        "Elements of the preferred form",
        "Components",
        "What you may do with this release",
        "Model Openness Framework: no class reached",
        "Findings by clause",
        "Policy osaid-1.0",
    ]
    positions = [body.index(heading) for heading in order]
    assert positions == sorted(positions)
    for blocker in report.blockers:
        assert f"{blocker.component} {blocker.kind} {blocker.message}" in body
        assert f"Fix: {blocker.remedy}" in body
    for component in report.components:
        assert component.id in body
    for permission in report.permissions:
        assert permission.asks in body


def test_every_finding_shows_under_its_clause() -> None:
    report = evaluate(load_manifest(PHI))
    text = render_html(report)
    sections = re.findall(r"<details><summary>(.*?) \((\d+)\)</summary><ul>(.*?)</ul>", text, re.S)
    assert sections
    shown = {html.unescape(title): int(count) for title, count, _items in sections}
    expected: dict[str, int] = {}
    findings = [*report.findings, *(f for c in report.components for f in c.findings)]
    findings += [f for e in report.elements.values() for f in e.findings]
    findings += list(report.mof.findings)
    for f in findings:
        key = f.clause.value if f.clause else "Other findings"
        expected[key] = expected.get(key, 0) + 1
    assert shown == expected
    for _title, _count, items in sections:
        assert items.count("<li>") == int(_count)


def test_a_phone_layout_is_asked_for_and_nothing_is_fetched() -> None:
    text = render_html(evaluate(load_manifest(PYTHIA)))
    page = _assert_safe(text)
    assert ("meta", "content", "width=device-width, initial-scale=1") in page.attrs
    assert "@media (max-width:40rem)" in text
    assert "overflow-wrap:anywhere" in text  # long names and URLs wrap, never scroll
    assert "<script" not in text


def test_an_unreadable_input_is_its_located_problems() -> None:
    error = ManifestError(
        [Problem("bad.yaml", 3, 7, "system.nme", "unknown key 'nme'; did you mean 'name'?")]
    )
    page = _assert_safe(render_html(error))
    assert "⚠ Cannot be read" in page.words
    assert "bad.yaml:3:7 system.nme : unknown key 'nme'; did you mean 'name'?" in page.words
    assert "Not Open Source AI" not in page.words  # no verdict on data that was not read


def test_a_problem_with_no_position_names_the_input_alone() -> None:
    error = ManifestError([Problem("hf:org/gated", 0, 0, "", "gated model")])
    page = _assert_safe(render_html(error))
    assert "hf:org/gated gated model" in page.words
    assert ":0:0" not in page.words


def test_several_inputs_get_an_overview_that_links_to_each_section() -> None:
    error = ManifestError([Problem("bad.yaml", 1, 1, "", "invalid YAML")])
    items: list[Report | ManifestError] = [
        evaluate(load_manifest(PYTHIA)).with_source("p.yaml"),
        error,
        evaluate(load_manifest(PHI)).with_source("q.yaml"),
    ]
    text = render_html(items)
    page = _assert_safe(text)
    assert page.tags.count("h1") == 1
    assert page.tags.count("article") == 3
    ids = [v for t, k, v in page.attrs if k == "id"]
    hrefs = [v for t, k, v in page.attrs if k == "href" and v and v.startswith("#")]
    assert ids == ["input-1", "input-2", "input-3"]
    assert hrefs == ["#input-1", "#input-2", "#input-3"]
    words = page.words
    assert "Open Source AI: 1; Cannot be read: 1; Not Open Source AI: 1." in words
    assert words.index("Pythia 12B (EleutherAI) p.yaml ✓ Open Source AI") < words.index(
        "bad.yaml bad.yaml ⚠ Cannot be read"
    )


def test_one_input_is_its_own_page_with_its_name_as_the_first_heading() -> None:
    text = render_html(evaluate(load_manifest(PYTHIA)))
    assert text.count("<h1>") == 1
    assert "<h1>Pythia 12B (EleutherAI)</h1>" in text
    assert "<h2>Components</h2>" in text
    assert "id=" not in text


def test_a_page_of_no_report_says_so() -> None:
    page = _assert_safe(html_page([]))
    assert "No input failed." in page.words


# --- hostile input -----------------------------------------------------------------------------

HOSTILE = [
    "<script>alert(1)</script>",
    '"><img src=https://evil.example/x onerror=alert(1)>',
    "</style><style>body{background:url(https://evil.example/)}</style>",
    "<!--",
    "]]>&lt;&amp;&#x3C;",
    "Tiny\x1b[2J\u202eexe.txt",
    "a" * 400,  # one long word: it must wrap, not widen the page
]


def _hostile_system(text: str) -> AISystem:
    return _system(
        system={"name": text, "producer": text, "version": text, "url": "javascript:alert(1)"},
        license="Apache-2.0",
        components={"training-code": {"status": "not-released", "notes": text}},
        **{"training-data": [{"name": text, "class": "public", "description": text}]},
    )


@pytest.mark.parametrize("text", HOSTILE)
def test_hostile_text_stays_text(text: str) -> None:
    report = evaluate(_hostile_system(text)).with_source(text)
    page = _assert_safe(render_html(report))
    assert escape(text) in " ".join(page.text)
    assert ("a", "href", "javascript:alert(1)") not in page.attrs
    assert "javascript:alert(1)" in page.words  # shown, as words


def test_hostile_paths_of_unreadable_inputs_stay_text() -> None:
    text = HOSTILE[1]
    page = _assert_safe(render_html(ManifestError([Problem(text, 1, 1, text, text)])))
    assert escape(text) in " ".join(page.text)


_NAMES = st.text(min_size=1, max_size=60).filter(lambda s: s.strip())


@given(manifests(), _NAMES)
def test_any_manifest_with_any_name_renders_safe(system: AISystem, name: str) -> None:
    info = system.system.model_copy(update={"name": name, "producer": name})
    report = evaluate(system.model_copy(update={"system": info})).with_source(name)
    page = _assert_safe(render_html(report))
    assert escape(name) in " ".join(page.text)


# --- the command -------------------------------------------------------------------------------


def test_check_writes_one_page_for_several_inputs_with_the_usual_exit_code(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    out = tmp_path / "report.html"
    assert main(["check", PYTHIA, PHI, "--format", "html", "-o", str(out)]) == 1
    page = _assert_safe(out.read_text("utf-8"))
    assert page.tags.count("article") == 2
    assert capsys.readouterr().out == ""


def test_check_of_one_passing_input_exits_0_with_its_page(
    capsys: pytest.CaptureFixture[str],
) -> None:
    assert main(["check", PYTHIA, "--format", "html"]) == 0
    out = capsys.readouterr().out
    assert out.startswith("<!DOCTYPE html>\n")
    assert out.endswith("</html>\n")
    assert out.count("<!DOCTYPE") == 1


def test_an_unreadable_file_is_a_section_and_exit_2(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    broken = tmp_path / "broken.yaml"
    broken.write_text("manifest-version: 1\nsystem: {nme: X}\n", "utf-8")
    assert main(["check", PYTHIA, str(broken), "--format", "html"]) == 2
    captured = capsys.readouterr()
    page = _assert_safe(captured.out)
    assert f"{broken}:2:" in page.words
    assert f"{broken}:2:" in captured.err  # said on standard error too, as for text


def test_only_failing_leaves_the_failing_sections(capsys: pytest.CaptureFixture[str]) -> None:
    assert main(["check", PYTHIA, "--format", "html", "--only-failing"]) == 0
    assert "No input failed." in Page(capsys.readouterr().out).words
    assert main(["check", PYTHIA, PHI, "--format", "html", "--only-failing"]) == 1
    page = Page(capsys.readouterr().out)
    assert page.tags.count("article") == 1
    assert "Phi-2" in page.words
    assert "Pythia" not in page.words


def test_quiet_writes_no_page(capsys: pytest.CaptureFixture[str]) -> None:
    assert main(["check", PHI, "--format", "html", "--quiet"]) == 1
    assert capsys.readouterr().out == ""


def test_worker_processes_give_the_same_page(capsys: pytest.CaptureFixture[str]) -> None:
    assert main(["check", PYTHIA, PHI, "--format", "html"]) == 1
    alone = capsys.readouterr().out
    assert main(["check", PYTHIA, PHI, "--format", "html", "--jobs", "2"]) == 1
    assert capsys.readouterr().out == alone


def test_the_overview_entry_is_small_and_plain() -> None:
    entry = html_entry(evaluate(load_manifest(PYTHIA)).with_source("p.yaml"))
    assert tuple(entry) == ("Pythia 12B (EleutherAI)", "p.yaml", "open")


# --- a folder of pages ---------------------------------------------------------------------------


def test_a_folder_gets_a_page_per_input_and_an_index(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    folder = tmp_path / "pages"
    broken = tmp_path / "broken.yaml"
    broken.write_text("manifest-version: 1\nsystem: {nme: X}\n", "utf-8")
    argv = ["check", PYTHIA, PHI, str(broken), PHI, "--format", "html", "-o", f"{folder}/"]
    assert main(argv) == 2
    assert capsys.readouterr().out == ""
    index = _assert_safe((folder / "index.html").read_text("utf-8"))
    links = [v for t, k, v in index.attrs if t == "a" and k == "href"]
    assert len(links) == 4
    assert len(set(links)) == 4  # the same file twice gets two pages
    assert sorted(p.name for p in folder.iterdir()) == sorted([*links, "index.html"])
    for link, words in zip(links, ["Pythia", "Phi-2", "Cannot be read", "Phi-2"], strict=True):
        page = _assert_safe((folder / link).read_text("utf-8"))
        assert ("a", "href", "index.html") in page.attrs  # back to the overview
        assert page.tags.count("article") == 1
        assert page.tags.count("h1") == 1
        assert words in page.words
    assert "Open Source AI: 1; Not Open Source AI: 2; Cannot be read: 1." in index.words


def test_an_existing_folder_is_a_folder_of_pages_too(tmp_path: Path) -> None:
    assert main(["check", PYTHIA, "--format", "html", "-o", str(tmp_path)]) == 0
    assert {p.name for p in tmp_path.iterdir()} == {
        "index.html",
        page_name(PYTHIA, set()),
    }


@given(st.text(max_size=200))
def test_page_names_are_plain_file_names(source: str) -> None:
    taken = {"a.html"}
    name = page_name(source, taken)
    assert re.fullmatch(r"[A-Za-z0-9_-][A-Za-z0-9._-]*\.html", name)
    assert name != "index.html"
    assert page_name(source, taken) != name


def test_a_folder_that_cannot_be_made_is_a_usage_error(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    blocker = tmp_path / "file"
    blocker.write_text("", "utf-8")
    assert main(["check", PYTHIA, "--format", "html", "-o", f"{blocker}/pages/"]) == 2
    assert "cannot make the folder" in capsys.readouterr().err


def test_json_lines_are_not_a_page(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    lines = tmp_path / "in.jsonl"
    lines.write_text('{"manifest-version": 1, "system": {"name": "T"}}\n', "utf-8")
    assert main(["check", "--jsonl", str(lines), "--format", "html"]) == 2
    assert "not html" in capsys.readouterr().err
