"""``osaid badge`` and ``osaid.badge``: the SVG, its words, colours, widths and safety."""

from __future__ import annotations

import xml.etree.ElementTree as ET
from pathlib import Path
from typing import Any

import pytest
from hypothesis import given
from hypothesis import strategies as st

from osaid import AISystem, evaluate
from osaid.badge import BADGE_COLOURS, badge_markdown, badge_svg, badge_text, text_width
from osaid.cli import main
from osaid.mof import MOF_CLASSES
from osaid.report import Report
from osaid.verdict import Verdict

SVG = "{http://www.w3.org/2000/svg}"
ROOT = Path(__file__).parent.parent
PYTHIA = str(ROOT / "examples" / "pythia.osaid.yaml")
PHI = str(ROOT / "examples" / "phi-2.osaid.yaml")


def _report(name: str = "T", *, everything: bool = False, **system: Any) -> Report:
    components = {c: {} for c in MOF_CLASSES["I"]} if everything else {}
    data: dict[str, Any] = {
        "manifest-version": 1,
        "system": {"name": name, **system},
        "license": "Apache-2.0",
        "components": components,
    }
    return evaluate(AISystem.model_validate(data))


def _tree(svg: str) -> ET.Element:
    return ET.fromstring(svg)  # noqa: S314 - our own output, parsed to prove it well-formed


def _texts(svg: str) -> list[str]:
    return [t.text or "" for t in _tree(svg).iter(f"{SVG}text")]


# --- words and colours ---------------------------------------------------------------------------


def test_an_open_release_of_mof_class_i_reads_open_with_its_class() -> None:
    report = _report(everything=True)
    assert report.mof.class_ == "I"
    words = {Verdict.OPEN: "open", Verdict.NOT_OPEN: "not open"}.get(report.verdict, "undetermined")
    assert _texts(badge_svg(report)) == ["OSAID", f"{words} · MOF Class I"]
    assert badge_text(report) == ("OSAID", f"{words} · MOF Class I")


@pytest.mark.parametrize(
    ("path", "words", "colour"),
    [(PYTHIA, "open", BADGE_COLOURS[Verdict.OPEN]), (PHI, "not open", "#b42318")],
)
def test_each_verdict_has_its_words_and_colour(path: str, words: str, colour: str) -> None:
    from osaid import load_manifest

    svg = badge_svg(evaluate(load_manifest(path)))
    root = _tree(svg)
    assert _texts(svg) == ["OSAID", words]  # neither reaches a MOF class
    fills = [p.get("fill") for p in root.iter(f"{SVG}path")]
    assert fills == [BADGE_COLOURS["label"], colour]


def test_undetermined_reads_undetermined_in_amber() -> None:
    svg = badge_svg(_report())
    assert _texts(svg) == ["OSAID", "undetermined"]
    assert BADGE_COLOURS[Verdict.UNDETERMINED] in svg


def test_another_policy_names_itself_instead_of_osaid() -> None:
    from osaid.policy import resolve_policy

    system = AISystem.model_validate({"manifest-version": 1, "system": {"name": "T"}})
    report = evaluate(system, resolve_policy("mof-1.0"))
    assert badge_text(report)[0] == "policy mof-1.0"


def _luminance(colour: str) -> float:
    """WCAG 2.1 relative luminance of an sRGB colour ``#rrggbb``."""
    channels = [int(colour[i : i + 2], 16) / 255 for i in (1, 3, 5)]
    linear = [c / 12.92 if c <= 0.04045 else ((c + 0.055) / 1.055) ** 2.4 for c in channels]
    return 0.2126 * linear[0] + 0.7152 * linear[1] + 0.0722 * linear[2]


@pytest.mark.parametrize("background", list(BADGE_COLOURS))
def test_white_text_meets_wcag_aa_on_every_background(background: Any) -> None:
    colour = BADGE_COLOURS[background]
    ratio = (_luminance("#ffffff") + 0.05) / (_luminance(colour) + 0.05)
    assert ratio >= 4.5, (background, colour, ratio)


def test_the_verdict_colours_differ_from_each_other_and_from_the_label() -> None:
    assert len(set(BADGE_COLOURS.values())) == len(BADGE_COLOURS)


# --- layout ------------------------------------------------------------------------------------


def test_widths_come_from_the_table_and_add_up() -> None:
    from osaid._badge_widths import WIDTHS

    assert all(chr(c) in WIDTHS for c in range(0x20, 0x7F))
    assert text_width("OSAID") == pytest.approx(sum(WIDTHS[c] for c in "OSAID"))
    assert text_width("W") > text_width("i")  # a proportional font, not a fixed guess
    assert text_width("漢") == 11.0  # a character the table lacks counts one em


def test_the_badge_is_as_wide_as_its_text_and_each_text_fills_its_part() -> None:
    for report in (_report(), _report(everything=True)):
        root = _tree(badge_svg(report))
        label, message = badge_text(report)
        texts = list(root.iter(f"{SVG}text"))
        assert [float(t.get("textLength", "0")) for t in texts] == [
            pytest.approx(text_width(label), abs=0.05),
            pytest.approx(text_width(message), abs=0.05),
        ]
        width = int(root.get("width", "0"))
        assert root.get("viewBox") == f"0 0 {width} 20"
        assert width >= text_width(label) + text_width(message) + 4 * 6
        assert width <= text_width(label) + text_width(message) + 4 * 6 + 2
        assert float(texts[1].get("x", "0")) > float(texts[0].get("x", "0")) + text_width(label)


def test_the_same_report_gives_the_same_bytes() -> None:
    assert badge_svg(_report("Same")) == badge_svg(_report("Same"))


# --- safety and accessibility ------------------------------------------------------------------


def _assert_self_contained(svg: str) -> None:
    root = _tree(svg)
    assert root.tag == f"{SVG}svg"
    assert root.get("role") == "img"
    title = root.find(f"{SVG}title")
    assert title is not None
    assert title.text == root.get("aria-label")
    tags = {element.tag.removeprefix(SVG) for element in root.iter()}
    assert tags <= {"svg", "title", "desc", "path", "g", "text"}
    for element in root.iter():
        for key, value in element.attrib.items():
            assert "href" not in key
            assert not key.startswith("on")
            assert "url(" not in value
    assert "@import" not in svg
    assert "<script" not in svg.lower()
    font = next(root.iter(f"{SVG}g")).get("font-family", "")
    assert font.endswith("sans-serif")  # a generic family ends the stack: no font is fetched


HOSTILE = [
    "</desc><script>alert(1)</script><desc>",
    "\"><image href='https://evil.example/x.png'/>",
    "]]><!ENTITY x SYSTEM 'file:///etc/passwd'>&x;",
    "Tiny\x00\x1b[2J\u202eGNP.exe",
    "&amp;&lt;&#x3C;",
]


@pytest.mark.parametrize("name", HOSTILE)
def test_hostile_names_stay_text(name: str) -> None:
    svg = badge_svg(_report(name, producer=name, version=name))
    _assert_self_contained(svg)
    desc = _tree(svg).find(f"{SVG}desc")
    assert desc is not None
    assert desc.text is not None
    assert name.split("\x00", maxsplit=1)[0][:4] in desc.text


@given(st.text(min_size=1).filter(lambda s: s.strip()))
def test_any_name_gives_a_well_formed_self_contained_badge(name: str) -> None:
    svg = badge_svg(_report(name))
    _assert_self_contained(svg)
    desc = _tree(svg).find(f"{SVG}desc")
    assert desc is not None
    # XML cannot hold most C0 controls: each is shown as U+FFFD; a parser reads CR as LF
    legal = "".join(
        "\ufffd" if (ord(c) < 0x20 and c not in "\t\n\r") or c in "\ufffe\uffff" else c
        for c in name
    )
    assert legal.replace("\r\n", "\n").replace("\r", "\n") in (desc.text or "")


def test_markdown_escapes_the_alt_text_and_the_destination() -> None:
    report = _report()
    assert badge_markdown(report, "a b/(c).svg") == "![OSAID: undetermined](a%20b/%28c%29.svg)"
    linked = badge_markdown(report, "b.svg", "https://huggingface.co/org/m")
    assert linked == "[![OSAID: undetermined](b.svg)](https://huggingface.co/org/m)"


# --- the command -------------------------------------------------------------------------------


def test_the_badge_goes_to_a_file_and_the_snippet_to_standard_output(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    out = tmp_path / "badge.svg"
    assert main(["badge", PYTHIA, "-o", str(out)]) == 0
    captured = capsys.readouterr()
    assert captured.out == f"![OSAID: open]({out})\n"
    assert captured.err == ""
    assert out.read_text("utf-8") == badge_svg(evaluate(_load(PYTHIA)).with_source(PYTHIA))


def _load(path: str) -> AISystem:
    from osaid import load_manifest

    return load_manifest(path)


def test_without_a_file_the_svg_goes_to_standard_output_and_the_snippet_to_standard_error(
    capsys: pytest.CaptureFixture[str],
) -> None:
    assert main(["badge", PHI, "--link", "https://example.org/phi"]) == 1
    captured = capsys.readouterr()
    assert captured.out.startswith("<svg ")
    _assert_self_contained(captured.out)
    assert captured.err == "[![OSAID: not open](badge.svg)](https://example.org/phi)\n"


def test_an_unreadable_input_writes_no_badge_and_keeps_the_old_one(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    out = tmp_path / "badge.svg"
    out.write_text("old", "utf-8")
    broken = tmp_path / "broken.yaml"
    broken.write_text("manifest-version: 1\nsystem: {nme: X}\n", "utf-8")
    assert main(["badge", str(broken), "-o", str(out)]) == 2
    captured = capsys.readouterr()
    assert captured.out == ""
    assert captured.err.startswith(f"{broken}:2:")
    assert out.read_text("utf-8") == "old"
    assert {p.name for p in tmp_path.iterdir()} == {"badge.svg", "broken.yaml"}


def test_a_hub_input_links_to_its_model_page_by_default(
    monkeypatch: pytest.MonkeyPatch, capsys: pytest.CaptureFixture[str]
) -> None:
    from osaid import _check

    monkeypatch.setattr(_check, "load", lambda path, **_: (_load(PYTHIA), None, ()))
    assert main(["badge", "hf:EleutherAI/pythia-1b@main"]) == 0
    link = "https://huggingface.co/EleutherAI/pythia-1b/tree/main"
    assert capsys.readouterr().err == f"[![OSAID: open](badge.svg)]({link})\n"


def test_a_badge_that_cannot_be_written_is_a_located_error(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    assert main(["badge", PYTHIA, "-o", str(tmp_path / "missing" / "badge.svg")]) == 2
    assert "cannot write" in capsys.readouterr().err


def test_a_model_on_a_local_hub_gets_its_badge(tmp_path: Path) -> None:
    """End to end through the real ``huggingface_hub`` client and the local Hub of the Hub
    tests (``tests/hub_server.py``, with the recorded models of ``tests/fixtures/hub``)."""
    hub_server = pytest.importorskip("hub_server", reason="the local Hub comes with hf: inputs")
    pytest.importorskip("huggingface_hub")
    import os
    import subprocess
    import sys

    environ = {k: v for k, v in os.environ.items() if not k.startswith(("HF_", "HUGGING"))}
    out = tmp_path / "badge.svg"
    with hub_server.Hub(hub_server.recorded(ROOT / "tests" / "fixtures" / "hub")) as hub:
        environ |= {"HF_ENDPOINT": hub.url, "HF_HOME": str(tmp_path / "home")}
        environ["HF_HUB_CACHE"] = str(tmp_path / "cache")
        ran = subprocess.run(
            [sys.executable, "-m", "osaid", "badge", "hf:bigscience/bloom-560m", "-o", str(out)],
            capture_output=True,
            text=True,
            env=environ,
            check=False,
            timeout=120,
        )
        missing = subprocess.run(
            [sys.executable, "-m", "osaid", "badge", "hf:nobody/missing"],
            capture_output=True,
            text=True,
            env=environ,
            check=False,
            timeout=120,
        )
    page = "https://huggingface.co/bigscience/bloom-560m"
    assert (ran.returncode, ran.stderr) == (1, "")
    assert ran.stdout == f"[![OSAID: not open]({out})]({page})\n"
    assert _texts(out.read_text("utf-8")) == ["OSAID", "not open"]
    assert (missing.returncode, missing.stdout) == (2, "")
    assert missing.stderr.startswith("hf:nobody/missing: ")
