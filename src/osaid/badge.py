"""A README badge for a report: a flat, shields-style SVG, and the Markdown that shows it.

The badge reads ``OSAID | open · MOF Class I`` (or ``not open``, ``undetermined``; the MOF
class only when there is one). It is a pure function of the report: the same report gives
the same bytes. It holds no script, no font file and no reference to anything outside
itself; screen readers read its ``<title>`` and ``aria-label``.

Text is laid out from ``_badge_widths.WIDTHS``, the advance widths of DejaVu Sans at 11px
read from the font's own ``hmtx`` table (``scripts/generate_badge_widths.py``); each
``<text>`` carries its computed ``textLength``, so that whichever font of the stack the
viewer has, the text fills exactly the space laid out for it.
"""

from __future__ import annotations

import math
from html import escape
from typing import TYPE_CHECKING
from urllib.parse import quote

from osaid.verdict import Verdict

if TYPE_CHECKING:
    from osaid.report import Report

__all__ = ["BADGE_COLOURS", "badge_markdown", "badge_svg", "badge_text", "text_width"]

BADGE_COLOURS = {
    "label": "#555555",
    Verdict.OPEN: "#1a7f37",
    Verdict.NOT_OPEN: "#b42318",
    Verdict.UNDETERMINED: "#8a6100",
}
"""Background colours; the text on each is white (#ffffff). Contrast of white text, by the
WCAG 2.1 relative-luminance formula: label 7.46:1, open 5.08:1, not open 6.57:1,
undetermined 5.54:1; each is above the 4.5:1 that WCAG AA asks of normal text (a test
computes them). The verdict is also written out, so colour is never the only signal."""

_TEXT_COLOUR = "#ffffff"
_WORDS = {Verdict.OPEN: "open", Verdict.NOT_OPEN: "not open", Verdict.UNDETERMINED: "undetermined"}
_FONTS = "DejaVu Sans,Verdana,Geneva,sans-serif"
_HEIGHT = 20
_PADDING = 6
_BASELINE = 14
_RADIUS = 3
_DEFAULT_POLICY = "osaid-1.0"
_MAX_LABEL = 32
_UNKNOWN_WIDTH = 11.0
"""A character the table lacks is given one em: wide enough for CJK, a little generous for
the rest (``textLength`` then spaces the text out to fit)."""


def text_width(text: str) -> float:
    """The width of ``text`` in px at 11px, from the built-in width table.

    >>> text_width("OSAID")
    34.879
    """
    from osaid._badge_widths import WIDTHS

    return round(sum(WIDTHS.get(char, _UNKNOWN_WIDTH) for char in text), 3)


def badge_text(report: Report) -> tuple[str, str]:
    """The badge's (label, message): ``OSAID`` and the verdict with the MOF class.

    Under a policy other than ``osaid-1.0`` the label is the policy's name, since the
    verdict is that policy's, not the definition's.

    >>> from osaid import evaluate, loads_manifest
    >>> badge_text(evaluate(loads_manifest("manifest-version: 1\\nsystem: {name: Tiny}\\n")))
    ('OSAID', 'undetermined')
    """
    label = "OSAID"
    if report.policy.name != _DEFAULT_POLICY:
        label = _cut(f"policy {report.policy.name}")
    message = _WORDS[report.verdict]
    if report.mof.class_ is not None:
        message += f" · MOF Class {report.mof.class_}"
    return label, message


def _cut(text: str) -> str:
    """``text`` on one line and at most ``_MAX_LABEL`` characters, an ellipsis marking a cut."""
    text = " ".join(text.split())
    return text if len(text) <= _MAX_LABEL else text[: _MAX_LABEL - 1] + "…"


def _number(value: float) -> str:
    """A coordinate as SVG text: at most one decimal, no trailing ``.0``."""
    return f"{round(value, 1):g}"


def badge_svg(report: Report) -> str:
    """The badge of ``report`` as an SVG document (UTF-8 text, ending in a newline).

    >>> from osaid import evaluate, loads_manifest
    >>> svg = badge_svg(evaluate(loads_manifest("manifest-version: 1\\nsystem: {name: Tiny}\\n")))
    >>> svg.startswith("<svg") and 'role="img"' in svg and "<title>OSAID: undetermined" in svg
    True
    """
    label, message = badge_text(report)
    label_text, message_text = text_width(label), text_width(message)
    left = math.ceil(label_text) + 2 * _PADDING
    right = math.ceil(message_text) + 2 * _PADDING
    width = left + right
    spoken = f"{label}: {message}"
    subject = report.subject
    about = subject.name + (f" {subject.version}" if subject.version else "")
    about += f" ({subject.producer})" if subject.producer else ""
    desc = f"{about}, checked by osaid under policy {report.policy.name}"
    r = _RADIUS
    left_shape = (
        f"M{r} 0H{left}V{_HEIGHT}H{r}A{r} {r} 0 0 1 0 {_HEIGHT - r}V{r}A{r} {r} 0 0 1 {r} 0Z"
    )
    right_shape = (
        f"M{left} 0H{width - r}A{r} {r} 0 0 1 {width} {r}V{_HEIGHT - r}"
        f"A{r} {r} 0 0 1 {width - r} {_HEIGHT}H{left}Z"
    )
    colour = BADGE_COLOURS[report.verdict]
    return (
        f'<svg xmlns="http://www.w3.org/2000/svg" width="{width}" height="{_HEIGHT}" '
        f'viewBox="0 0 {width} {_HEIGHT}" role="img" aria-label="{_attr(spoken)}">'
        f"<title>{_text(spoken)}</title>"
        f"<desc>{_text(desc)}</desc>"
        f'<path fill="{BADGE_COLOURS["label"]}" d="{left_shape}"/>'
        f'<path fill="{colour}" d="{right_shape}"/>'
        f'<g fill="{_TEXT_COLOUR}" font-family="{_FONTS}" font-size="11">'
        f'<text x="{_PADDING}" y="{_BASELINE}" textLength="{_number(label_text)}">'
        f"{_text(label)}</text>"
        f'<text x="{left + _PADDING}" y="{_BASELINE}" textLength="{_number(message_text)}">'
        f"{_text(message)}</text>"
        "</g></svg>\n"
    )


def _xml_safe(text: str) -> str:
    """``text`` without the characters XML 1.0 cannot hold at all (C0 controls but tab and
    line breaks, lone surrogates, U+FFFE/U+FFFF): each becomes U+FFFD."""
    return "".join("\ufffd" if _not_xml(c) else c for c in text)


def _not_xml(char: str) -> bool:
    code = ord(char)
    control = code < 0x20 and char not in "\t\n\r"
    return control or 0xD800 <= code <= 0xDFFF or code in (0xFFFE, 0xFFFF)


def _text(text: str) -> str:
    return escape(_xml_safe(text), quote=True)


def _attr(text: str) -> str:
    # a line break in an attribute would be normalised to a blank by the XML parser anyway
    return escape(" ".join(_xml_safe(text).split()), quote=True)


_MARKDOWN_SPECIAL = str.maketrans({c: "\\" + c for c in "\\[]()*_`<>!#|"})


def badge_markdown(report: Report, image: str, link: str | None = None) -> str:
    """The Markdown that shows the badge saved at ``image`` (a path or URL), linked to
    ``link`` when one is given (e.g. the model's page), with the badge's words as alt text.

    >>> from osaid import evaluate, loads_manifest
    >>> report = evaluate(loads_manifest("manifest-version: 1\\nsystem: {name: Tiny}\\n"))
    >>> badge_markdown(report, "docs/osaid badge.svg")
    '![OSAID: undetermined](docs/osaid%20badge.svg)'
    """
    label, message = badge_text(report)
    alt = f"{label}: {message}".translate(_MARKDOWN_SPECIAL)
    shown = f"![{alt}]({_destination(image)})"
    return f"[{shown}]({_destination(link)})" if link else shown


def _destination(target: str) -> str:
    """``target`` as a Markdown link destination: blanks, brackets, parentheses and control
    characters percent-encoded (a URL's own ``%`` escapes are kept)."""
    return quote(target, safe="/:@!$&'*+,;=?#%~.-_")
