"""The report as a self-contained HTML page: ``osaid check --format html``.

A page holds everything it shows: inline CSS, no script, no font, no image, no request of
any kind (its Content-Security-Policy forbids them, and its icon is an empty ``data:`` URL,
so that a browser does not even ask for ``/favicon.ico``). It reads top to bottom as a
person asks: the verdict, what blocks it and how to fix that, the components, what a user
may do, the MOF class, and every finding under the clause of the definition it rests on.
It is laid out for a phone first (no horizontal scrolling at 360 CSS px), and for print.

Every text that comes from the input (names, licence expressions, paths, messages) is
written through ``_h``: first made visible as ``render.escape`` makes it for a terminal
(control and bidirectional characters shown as escapes, so that a name cannot reorder the
line it stands on), then escaped for HTML with ``html.escape(..., quote=True)``.
"""

from __future__ import annotations

import html
import re
from collections.abc import Iterable, Sequence
from typing import TYPE_CHECKING, NamedTuple
from urllib.parse import quote

from osaid.errors import ManifestError
from osaid.findings import Clause, Finding
from osaid.render import (
    _MARK,
    _interpretations,
    _mof_line,
    _notes,
    _outcome,
    _permission_lines,
    _policy_line,
    _profile_rows,
    _title,
    escape,
)
from osaid.verdict import Verdict

if TYPE_CHECKING:
    from osaid.report import Report

__all__ = [
    "CONTENT_SECURITY_POLICY",
    "HtmlEntry",
    "html_entry",
    "html_index",
    "html_page",
    "html_section",
    "page_name",
    "render_html",
]

CONTENT_SECURITY_POLICY = "default-src 'none'; style-src 'unsafe-inline'; img-src data:"
"""What the page may load: nothing but its own inline style (and ``data:`` images)."""

_WORDS = {
    Verdict.OPEN: "Open Source AI",
    Verdict.NOT_OPEN: "Not Open Source AI",
    Verdict.UNDETERMINED: "Undetermined",
}

# Colours: the verdict banners are white text on the badge's colours (contrast 5.08:1 green,
# 6.57:1 red, 5.54:1 amber, WCAG AA needs 4.5:1); body text #1f2328 on #ffffff is 15.8:1,
# muted text #59636e on #ffffff is 6.1:1, and links #0b57d0 on #ffffff 6.6:1.
_STYLE = """
*,*::before,*::after{box-sizing:border-box}
html{-webkit-text-size-adjust:100%;text-size-adjust:100%}
body{margin:0;padding:1rem;font:1rem/1.5 system-ui,-apple-system,"Segoe UI",Roboto,
"DejaVu Sans",Arial,sans-serif;color:#1f2328;background:#fff;overflow-wrap:anywhere}
main{max-width:56rem;margin:0 auto}
h1{font-size:1.5rem;line-height:1.25;margin:.5rem 0}
h2{font-size:1.25rem;margin:1.5rem 0 .5rem}
h3{font-size:1.05rem;margin:1rem 0 .25rem}
h4{font-size:1rem;margin:.75rem 0 .25rem}
article{margin:0 0 2.5rem}
article+article{border-top:2px solid #d0d7de;padding-top:1rem}
.verdict{display:inline-block;margin:0;padding:.35rem .75rem;border-radius:.35rem;
color:#fff;font-weight:700;font-size:1.25rem}
.v-open{background:#1a7f37}.v-not-open{background:#b42318}.v-undetermined{background:#8a6100}
.v-error{background:#b42318}
.t-open{color:#1a7f37}.t-not-open{color:#b42318}.t-undetermined{color:#8a6100}
.muted,footer{color:#59636e}
a{color:#0b57d0}
code{font-family:ui-monospace,"DejaVu Sans Mono",monospace;font-size:.9em}
table{border-collapse:collapse;width:100%;margin:.25rem 0}
th,td{text-align:left;vertical-align:top;padding:.3rem .5rem;border-bottom:1px solid #d0d7de}
ol,ul{padding-left:1.25rem}
li{margin:.25rem 0}
.fix{display:block;color:#59636e}
.kind{font-size:.85em;padding:0 .3rem;border:1px solid #d0d7de;border-radius:.25rem}
details{margin:.25rem 0}
summary{cursor:pointer}
dl{display:grid;grid-template-columns:minmax(6rem,max-content) 1fr;gap:.25rem 1rem}
dt{font-weight:600}dd{margin:0}
@media (max-width:40rem){
body{padding:.75rem}
table.stack thead{position:absolute;width:1px;height:1px;overflow:hidden;clip:rect(0 0 0 0)}
table.stack tr{display:block;border-bottom:1px solid #d0d7de;padding:.35rem 0}
table.stack td{display:block;border:0;padding:.1rem 0}
table.stack td::before{content:attr(data-label) ": ";font-weight:600}
dl{grid-template-columns:1fr}dd{margin:0 0 .5rem}
}
@media print{body{padding:0}.verdict{border:1px solid #000}}
"""


def _h(text: object) -> str:
    """``text`` safe in HTML text and in a quoted attribute value."""
    shown = escape(text)  # control and bidirectional characters, made visible
    shown = "".join("\ufffd" if 0xD800 <= ord(c) <= 0xDFFF else c for c in shown)
    return html.escape(shown, quote=True)


def _heading(depth: int, text: str) -> str:
    level = min(depth, 6)
    return f"<h{level}>{text}</h{level}>"


def _link(url: str | None) -> str:
    """``url`` as a link when it is an http(s) URL, else as text (no other scheme is ever
    made a link: a ``javascript:`` URL stays words)."""
    if not url:
        return ""
    if url.lower().startswith(("https://", "http://")) and not any(c.isspace() for c in url):
        return f'<a href="{_h(url)}" rel="noopener noreferrer nofollow">{_h(url)}</a>'
    return f"<code>{_h(url)}</code>"


# --- a report -----------------------------------------------------------------------------------


def _header(report: Report, depth: int) -> list[str]:
    verdict = report.verdict
    subject = report.subject
    lines = [
        "<header>",
        f'<p class="verdict v-{verdict.value}">{_MARK[verdict]} {_WORDS[verdict]}</p>',
        _heading(depth, _h(_title(report))),
        f"<p>{_h(subject.name)} {_h(_outcome(report))}.</p>",
    ]
    facts = []
    if report.source:
        facts.append(f"<dt>Source</dt><dd><code>{_h(report.source)}</code></dd>")
    if subject.url:
        facts.append(f"<dt>Home</dt><dd>{_link(subject.url)}</dd>")
    facts.append(f"<dt>MOF class</dt><dd>{_h(_mof_line(report))}</dd>")
    lines.append("<dl>" + "".join(facts) + "</dl>")
    lines.append("</header>")
    return lines


def _elements(report: Report, depth: int) -> list[str]:
    rows = "".join(
        f'<tr><td data-label="element">{element.value}</td>'
        f'<td data-label="verdict" class="t-{result.verdict.value}">'
        f"{_MARK[result.verdict]} {result.verdict.value}</td></tr>"
        for element, result in report.elements.items()
    )
    return [
        "<section>",
        _heading(depth, "Elements of the preferred form"),
        '<table><thead><tr><th scope="col">element</th><th scope="col">verdict</th></tr></thead>',
        f"<tbody>{rows}</tbody></table>",
        "</section>",
    ]


def _blockers(report: Report, depth: int) -> list[str]:
    if not report.blockers:
        return []
    items = []
    for b in report.blockers:
        fix = f'<span class="fix">Fix: {_h(b.remedy)}</span>' if b.remedy else ""
        items.append(
            f'<li><code>{_h(b.component)}</code> <span class="kind">{_h(b.kind)}</span> '
            f"{_h(b.message)}{fix}</li>"
        )
    return [
        "<section>",
        _heading(depth, f"Blockers ({len(report.blockers)})"),
        "<ol>",
        *items,
        "</ol>",
        "</section>",
    ]


def _notes_section(report: Report, depth: int) -> list[str]:
    notes = _notes(report)
    if not notes:
        return []
    return [
        "<section>",
        _heading(depth, "Claims and notes"),
        "<ul>",
        *(f"<li>{_h(note)}</li>" for note in notes),
        "</ul>",
        "</section>",
    ]


def _components(report: Report, depth: int) -> list[str]:
    rows = []
    for c in report.components:
        role = c.element.value if c.element else "optional"
        licence = f"<code>{_h(c.license)}</code>" if c.license else '<span class="muted">—</span>'
        if c.license and c.license_from == "default":
            licence += ' <span class="muted">(default)</span>'
        rows.append(
            f'<tr><td data-label="component"><code>{_h(c.id)}</code></td>'
            f'<td data-label="element">{role}{" (required)" if c.required else ""}</td>'
            f'<td data-label="status">{_h(c.status.value)}</td>'
            f'<td data-label="licence">{licence}</td>'
            f'<td data-label="verdict" class="t-{c.verdict.value}">'
            f"{_MARK[c.verdict]} {c.verdict.value}</td></tr>"
        )
    return [
        "<section>",
        _heading(depth, "Components"),
        '<table class="stack"><thead><tr><th scope="col">component</th>'
        '<th scope="col">element</th><th scope="col">status</th><th scope="col">licence</th>'
        '<th scope="col">verdict</th></tr></thead>',
        "<tbody>",
        *rows,
        "</tbody></table>",
        "</section>",
    ]


def _permissions(report: Report, depth: int) -> list[str]:
    lines = _permission_lines(report)
    if not lines:
        return []
    rows = "".join(
        f'<tr><td data-label="question">{_h(asks)}</td>'
        f'<td data-label="answer">{_h(mark)} {_h(answer)}</td></tr>'
        for mark, asks, answer in lines
    )
    return [
        "<section>",
        _heading(depth, "What you may do with this release"),
        '<table><thead><tr><th scope="col">question</th><th scope="col">answer</th></tr></thead>',
        f"<tbody>{rows}</tbody></table>",
        "</section>",
    ]


def _profile(report: Report, depth: int) -> list[str]:
    rows = _profile_rows(report)
    if not rows:
        return []
    items = "".join(f"<dt>{_h(name)}</dt><dd>{_h(value)}</dd>" for name, value in rows)
    return ["<section>", _heading(depth, "Profile"), f"<dl>{items}</dl>", "</section>"]


def _mof(report: Report, depth: int) -> list[str]:
    mof = report.mof
    shown = f"Class {mof.class_}" if mof.class_ else "no class reached"
    items = []
    for name, gaps in mof.lacks.items():
        if gaps:
            lacks = ", ".join(f"<code>{_h(g.component)}</code> ({_h(g.reason)})" for g in gaps)
            items.append(f"<li>Class {name} lacks {lacks}</li>")
        else:
            items.append(f"<li>Class {name}: complete</li>")
    return [
        "<section>",
        _heading(depth, f"Model Openness Framework: {shown}"),
        "<ul>",
        *items,
        "</ul>",
        "</section>",
    ]


def _all_findings(report: Report) -> Iterable[tuple[str | None, Finding]]:
    """Every finding of the report, each with the component or element it is about."""
    for f in report.findings:
        yield None, f
    for element, result in report.elements.items():
        for f in result.findings:
            yield element.value, f
    for c in report.components:
        for f in c.findings:
            yield c.id, f
    for f in report.mof.findings:
        yield "MOF", f


def _finding_item(about: str | None, f: Finding) -> str:
    subject = f.component or about
    where = f"<code>{_h(subject)}</code>: " if subject else ""
    tags = [f"<code>{_h(f.code)}</code>", _h(f.severity.value)]
    if f.interpretation:
        tags.append("interpretation")
    if f.source:
        tags.append(f"from <code>{_h(f.source)}</code>")
    fix = f'<span class="fix">Fix: {_h(f.remedy)}</span>' if f.remedy else ""
    return f'<li>{where}{_h(f.message)} <span class="muted">({"; ".join(tags)})</span>{fix}</li>'


def _clauses(report: Report, depth: int) -> list[str]:
    grouped: dict[Clause | None, list[str]] = {}
    for about, f in _all_findings(report):
        grouped.setdefault(f.clause, []).append(_finding_item(about, f))
    if not grouped:
        return []
    order = [*Clause, None]
    lines = ["<section>", _heading(depth, "Findings by clause")]
    for clause in order:
        items = grouped.get(clause)
        if not items:
            continue
        title = _h(clause.value) if clause else "Other findings"
        lines.append(f"<details><summary>{title} ({len(items)})</summary><ul>")
        lines.extend(items)
        lines.append("</ul></details>")
    interpretations = _interpretations(report)
    if interpretations:
        codes = ", ".join(f"<code>{_h(code)}</code>" for code in interpretations)
        lines.append(f"<p>Interpretations applied: {codes}</p>")
    lines.append("</section>")
    return lines


def _report(report: Report, depth: int) -> list[str]:
    inner = depth + 1
    return [
        _ARTICLE,
        *_header(report, depth),
        *_blockers(report, inner),
        *_elements(report, inner),
        *_notes_section(report, inner),
        *_components(report, inner),
        *_permissions(report, inner),
        *_profile(report, inner),
        *_mof(report, inner),
        *_clauses(report, inner),
        f"<footer><p>{_h(_policy_line(report))}</p></footer>",
        "</article>",
    ]


def _error(error: ManifestError, depth: int) -> list[str]:
    problems = []
    for p in error.problems:
        field = f"<code>{_h(p.field)}</code>: " if p.field else ""
        # line 0: the problem concerns the whole input (a Hub model that cannot be read)
        where = _h(p.path) if p.line == 0 else f"{_h(p.path)}:{p.line}:{p.column}"
        problems.append(f"<li><code>{where}</code> {field}{_h(p.message)}</li>")
    return [
        _ARTICLE,
        "<header>",
        f'<p class="verdict v-error">⚠ {_ERROR_WORDS}</p>',
        _heading(depth, f"<code>{_h(error.path)}</code>"),
        f"<p>{len(error.problems)} problem{'s' if len(error.problems) != 1 else ''} "
        "keep osaid from reading this input; no verdict is given on it.</p>",
        "</header>",
        "<ol>",
        *problems,
        "</ol>",
        "</article>",
    ]


def html_section(item: Report | ManifestError) -> str:
    """One input's ``<article>``: its report, or the located problems that keep it unread,
    its name a second-level heading (``html_page`` makes it the first on a page alone).

    >>> from osaid import evaluate, loads_manifest
    >>> section = html_section(evaluate(loads_manifest("manifest-version: 1\\nsystem: {name: T}")))
    >>> print("\\n".join(section.splitlines()[:4]))
    <article class="report">
    <header>
    <p class="verdict v-undetermined">? Undetermined</p>
    <h2>T</h2>
    """
    if isinstance(item, ManifestError):
        return "\n".join(_error(item, 2)) + "\n"
    return "\n".join(_report(item, 2)) + "\n"


class HtmlEntry(NamedTuple):
    """What a page's overview says of one input: its name, source and verdict."""

    name: str
    source: str
    verdict: str
    """``open``, ``not-open``, ``undetermined``, or ``error`` for an input not read."""


def html_entry(item: Report | ManifestError) -> HtmlEntry:
    """The overview's facts about ``item`` (small: it travels back from a worker process).

    >>> from osaid.errors import Problem
    >>> html_entry(ManifestError([Problem("bad.yaml", 1, 1, "", "invalid YAML")]))
    HtmlEntry(name='bad.yaml', source='bad.yaml', verdict='error')
    """
    if isinstance(item, ManifestError):
        return HtmlEntry(item.path, item.path, "error")
    return HtmlEntry(_title(item), item.source or "", item.verdict.value)


# --- the page -----------------------------------------------------------------------------------

_ERROR_WORDS = "Cannot be read"
_LEVEL = re.compile(r"<(/?)h([2-6])\b")
_ARTICLE = '<article class="report">'


def _words(verdict: str) -> str:
    return _ERROR_WORDS if verdict == "error" else _WORDS[Verdict(verdict)]


def _page(title: str, body: str) -> str:
    return (
        "<!DOCTYPE html>\n"
        '<html lang="en">\n<head>\n<meta charset="utf-8">\n'
        '<meta name="viewport" content="width=device-width, initial-scale=1">\n'
        f'<meta http-equiv="Content-Security-Policy" content="{CONTENT_SECURITY_POLICY}">\n'
        '<meta name="referrer" content="no-referrer">\n'
        '<link rel="icon" href="data:,">\n'
        f"<title>{title}</title>\n"
        f"<style>{_STYLE}</style>\n"
        f"</head>\n<body>\n<main>\n{body}</main>\n</body>\n</html>\n"
    )


def _promoted(section: str) -> str:
    """``section`` with each heading one level up (``h2`` → ``h1``): the page's own heading.

    Rewriting the markup as text is safe because every text from the input is escaped: a
    ``<h2`` in a section is always osaid's own tag.
    """
    return _LEVEL.sub(lambda m: f"<{m[1]}h{int(m[2]) - 1}", section)


def _row(href: str, entry: HtmlEntry) -> str:
    mark = "⚠" if entry.verdict == "error" else _MARK[Verdict(entry.verdict)]
    css = "not-open" if entry.verdict == "error" else entry.verdict
    return (
        f'<tr><td data-label="release"><a href="{_h(href)}">{_h(entry.name)}</a></td>'
        f'<td data-label="source"><code>{_h(entry.source)}</code></td>'
        f'<td data-label="verdict" class="t-{css}">{mark} {_words(entry.verdict)}</td></tr>'
    )


def _overview(links: Sequence[tuple[str, HtmlEntry]]) -> tuple[str, list[str]]:
    """The title and the opening of a page about several inputs: how many got each verdict,
    and a table of them, each linked to its ``href``."""
    counts: dict[str, int] = {}
    for _href, entry in links:
        counts[_words(entry.verdict)] = counts.get(_words(entry.verdict), 0) + 1
    said = "; ".join(f"{words}: {n}" for words, n in counts.items())
    title = f"osaid: {len(links)} releases checked"
    body = [
        f"<h1>{title}</h1>",
        f"<p>{said}.</p>",
        '<table class="stack"><thead><tr><th scope="col">release</th>'
        '<th scope="col">source</th><th scope="col">verdict</th></tr></thead>',
        "<tbody>",
        *(_row(href, entry) for href, entry in links),
        "</tbody></table>",
    ]
    return title, body


def _no_report() -> str:
    return _page("osaid: no report", "<h1>osaid: no report</h1>\n<p>No input failed.</p>\n")


def html_page(parts: Sequence[tuple[str, HtmlEntry]], *, index: str | None = None) -> str:
    """The page around each input's (``html_section``, ``html_entry``), in input order.

    One input: its section alone, as the page (with a link back to ``index``, the overview
    of a folder of pages, when given). Several: an overview (a count of verdicts, and a
    table linking to each section, ``#input-1`` onwards), then each section. None (every
    input passed ``--only-failing``): a page that says so.

    >>> from osaid.errors import Problem
    >>> error = ManifestError([Problem("bad.yaml", 1, 1, "", "invalid YAML")])
    >>> page = html_page([(html_section(error), html_entry(error))] * 2)
    >>> "<h1>osaid: 2 releases checked</h1>" in page and 'id="input-2"' in page
    True
    """
    if len(parts) == 1:
        section, entry = parts[0]
        back = f'<nav><a href="{_h(quote(index))}">← all releases</a></nav>\n' if index else ""
        return _page(f"{_h(entry.name)}: {_words(entry.verdict)}", back + _promoted(section))
    if not parts:
        return _no_report()
    links = [(f"#input-{number}", entry) for number, (_s, entry) in enumerate(parts, 1)]
    title, body = _overview(links)
    body.extend(
        section.replace(_ARTICLE, f'<article class="report" id="input-{number}">', 1)
        for number, (section, _entry) in enumerate(parts, 1)
    )
    return _page(title, "\n".join(body))


def html_index(pages: Sequence[tuple[str, HtmlEntry]]) -> str:
    """The index of a folder of pages: the overview of ``html_page``, each input linked to
    its own page (``pages``: each page's file name, relative to the index, and its entry).

    >>> entry = HtmlEntry("Tiny", "tiny.yaml", "open")
    >>> '<a href="tiny.yaml.html">Tiny</a>' in html_index([("tiny.yaml.html", entry)])
    True
    """
    if not pages:
        return _no_report()
    title, body = _overview([(quote(name), entry) for name, entry in pages])
    return _page(title, "\n".join(body) + "\n")


_UNSAFE_NAME = re.compile(r"[^A-Za-z0-9._-]+")


def page_name(source: str, taken: set[str]) -> str:
    """A file name for the page of the input read from ``source``, unlike any in ``taken``
    (compared without case, as some file systems do), which it joins.

    >>> taken = set()
    >>> page_name("pythia/osaid.yaml", taken), page_name("Pythia/osaid.yaml", taken)
    ('pythia-osaid.yaml.html', 'Pythia-osaid.yaml-2.html')
    """
    stem = _UNSAFE_NAME.sub("-", source).strip(".-")[:100] or "input"
    name, number = stem, 1
    while name.lower() in taken or name.lower() == "index":
        number += 1
        name = f"{stem}-{number}"
    taken.add(name.lower())
    return f"{name}.html"


def render_html(items: Report | ManifestError | Sequence[Report | ManifestError]) -> str:
    """A self-contained HTML page of one report (or unreadable input), or of several.

    >>> from osaid import evaluate, loads_manifest
    >>> report = evaluate(loads_manifest("manifest-version: 1\\nsystem: {name: Tiny}\\n"))
    >>> page = render_html(report)
    >>> page.startswith("<!DOCTYPE html>") and "<script" not in page
    True
    >>> "<h1>Tiny</h1>" in page and "Undetermined" in page
    True
    """
    listed = list(items) if isinstance(items, Sequence) else [items]
    return html_page([(html_section(item), html_entry(item)) for item in listed])
