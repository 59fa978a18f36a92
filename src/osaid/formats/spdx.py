"""SPDX 3.0.1 JSON-LD with the AI and Dataset profiles.

Reading: the ``ai_AIPackage`` (the document's root element if it is one, else the first) is
the system and its model parameters; ``hasConcludedLicense`` (else ``hasDeclaredLicense``)
relationships give licences, as ``simplelicensing_LicenseExpression`` elements or bare
``https://spdx.org/licenses/<ID>`` IRIs; ``trainedOn`` datasets are the ``datasets``
component and ``testedOn`` ones the ``evaluation-data`` component. SPDX does not say which
of OSAID's four classes a data set is in, so training data is not listed (each set is named
in a finding). Packages that osaid itself wrote carry an ``osaid:`` external identifier that
names their component or training-data class, so a written document reads back whole.
"""

from __future__ import annotations

import json
import re
from typing import Any

from osaid._version import __version__
from osaid.components import COMPONENTS, DataClass, Status
from osaid.findings import Finding, Severity
from osaid.formats._common import (
    EXTENSION,
    Collector,
    Patch,
    Tree,
    apply_patch,
    canonical,
    carry,
    combine,
    creation_time,
    document_uuid,
    is_uri,
    load_tree,
    read_license,
    text_of,
)
from osaid.manifest import AISystem

__all__ = ["CONTEXT", "read_spdx", "write_spdx", "written_spdx"]

CONTEXT = "https://spdx.org/rdf/3.0.1/spdx-context.jsonld"
_LICENSES_IRI = re.compile(r"^https?://spdx\.org/licenses/(.+?)(?:\.html|\.json)?$")
_NONE = ("expandedlicensing_NoneLicense", "/ExpandedLicensing/NoneLicense")
_NOASSERTION = ("expandedlicensing_NoAssertionLicense", "/ExpandedLicensing/NoAssertionLicense")
_COMPONENT_ID = "osaid:component:"
_TRAINING_ID = "osaid:training-data:"
_MANIFEST_ID = "osaid:manifest:"
_SYSTEM_ID = "osaid:system"
_PATCH_TYPE = f"application/vnd.osaid.{EXTENSION}+json"
_CARRIED = frozenset(
    {
        "type",
        "spdxId",
        "@id",
        "creationInfo",
        "name",
        "software_packageVersion",
        "software_downloadLocation",
        "software_homePage",
        "suppliedBy",
        "originatedBy",
        "externalIdentifier",
        "externalRef",
        "description",
        "software_primaryPurpose",
        "dataset_datasetType",
    }
)
_PURPOSE = {"code": "source", "data": "data", "document": "documentation"}
_RELATION = {"datasets": "trainedOn", "evaluation-data": "testedOn"}
_COMPOSITION = {"supporting-libraries": "dependsOn"}


def _id(element: dict[str, Any]) -> str | None:
    return text_of(element.get("spdxId")) or text_of(element.get("@id"))


def _osaid_ids(element: dict[str, Any]) -> list[str]:
    found = element.get("externalIdentifier")
    ids: list[str] = []
    for ext in found if isinstance(found, list) else []:
        if isinstance(ext, dict) and (ident := text_of(ext.get("identifier"))):
            ids.append(ident)
    return ids


class _Graph:
    def __init__(self, tree: Tree, out: Collector) -> None:
        graph = tree.data.get("@graph")
        if not isinstance(graph, list):
            raise tree.fail(("@graph",), "an SPDX 3 JSON-LD document has an @graph list")
        self.tree, self.out = tree, out
        self.elements: dict[str, tuple[int, dict[str, Any]]] = {}
        self.relationships: list[tuple[int, dict[str, Any]]] = []
        self.packages: list[tuple[int, dict[str, Any]]] = []
        self.roots: list[str] = []
        self.annotations: list[tuple[int, dict[str, Any]]] = []
        for i, element in enumerate(graph):
            if not isinstance(element, dict):
                continue
            kind = element.get("type")
            if (ident := _id(element)) is not None:
                self.elements[ident] = (i, element)
            if kind == "Relationship":
                self.relationships.append((i, element))
            elif kind == "Annotation":
                self.annotations.append((i, element))
            elif kind in ("ai_AIPackage", "dataset_DatasetPackage", "software_Package"):
                self.packages.append((i, element))
            elif kind in ("SpdxDocument", "software_Sbom", "Bom"):
                roots = element.get("rootElement")
                if isinstance(roots, list):
                    self.roots.extend(r for r in roots if isinstance(r, str))
            elif kind in ("AIPackage", "ai:AIPackage"):
                out.add(
                    "pre-3.0.1-name",
                    Severity.WARNING,
                    f"{kind} is not the SPDX 3.0.1 name (ai_AIPackage): ignored",
                    where=tree.where("@graph", i),
                )

    def related(self, source: str, kind: str) -> list[tuple[int, dict[str, Any], str]]:
        """(relationship index, relationship, target id) for each ``kind`` from ``source``."""
        found = []
        for i, rel in self.relationships:
            if rel.get("from") != source or rel.get("relationshipType") != kind:
                continue
            targets = rel.get("to")
            for target in targets if isinstance(targets, list) else [targets]:
                if isinstance(target, str):
                    found.append((i, rel, target))
        return found

    def ancestors(self, model_id: str) -> list[str]:
        """Ids of the elements ``model_id`` descends from (``descendantOf`` / ``ancestorOf``)."""
        found = [t for _i, _r, t in self.related(model_id, "descendantOf")]
        for _i, rel in self.relationships:
            targets = rel.get("to")
            if rel.get("relationshipType") == "ancestorOf" and model_id in (
                targets if isinstance(targets, list) else [targets]
            ):
                source = rel.get("from")
                if isinstance(source, str):
                    found.append(source)
        return list(dict.fromkeys(found))

    def license_text(self, target: str) -> str | None:
        if target.endswith(_NONE):
            return "NONE"
        if target.endswith(_NOASSERTION):
            return "NOASSERTION"
        if target in self.elements:
            element = self.elements[target][1]
            expression = text_of(element.get("simplelicensing_licenseExpression"))
            if expression is not None:
                return expression
            if element.get("type") in ("expandedlicensing_ListedLicense",):
                match = _LICENSES_IRI.match(target)
                return match.group(1) if match else None
            return None
        match = _LICENSES_IRI.match(target)
        return match.group(1) if match else None

    def license_of(self, source: str, component: str | None, label: str) -> str | None:
        """The licence of ``source``: concluded, else declared; several are their AND.

        ``NOASSERTION`` asserts nothing: a concluded ``NOASSERTION`` leaves the declared
        licence to count, and one that is only ``NOASSERTION`` is no licence stated.
        """
        chosen: str | None = None
        for kind in ("hasConcludedLicense", "hasDeclaredLicense"):
            expressions: list[str] = []
            for i, _rel, target in self.related(source, kind):
                text = self.license_text(target)
                where = self.tree.where("@graph", i, "to")
                if text is not None and text.upper() == "NOASSERTION":
                    continue
                if text is None:
                    self.out.add(
                        "license-unresolved",
                        Severity.WARNING,
                        f"{label}: {kind} points at {target}, which is no licence this reader "
                        "understands (expanded licensing is not read): ignored",
                        component=component,
                        where=where,
                    )
                    continue
                reading = read_license(text, self.out, component=component, where=where)
                if reading.expression is not None:
                    expressions.append(reading.expression)
            combined = combine(
                expressions,
                self.out,
                component=component,
                label=f"{label}: {kind}",
                interpretation=True,
            )
            if combined is None:
                continue
            if chosen is None:
                chosen = combined
            elif combined != chosen:
                self.out.add(
                    "license-declared-differs",
                    Severity.INFO,
                    f"{label}: the declared licence ({combined}) differs from the concluded "
                    f"one ({chosen}); the concluded licence counts",
                    component=component,
                )
        return chosen


def _locations(element: dict[str, Any]) -> list[str]:
    found: list[str] = []
    if (url := text_of(element.get("software_downloadLocation"))) and url not in (
        "NOASSERTION",
        "NONE",
    ):
        found.append(url)
    refs = element.get("externalRef")
    for ref in refs if isinstance(refs, list) else []:
        if isinstance(ref, dict) and ref.get("externalRefType") == "altDownloadLocation":
            locators = ref.get("locator")
            found.extend(
                t
                for loc in (locators if isinstance(locators, list) else [locators])
                if (t := text_of(loc))
            )
    return found


def _agent_names(graph: _Graph, element: dict[str, Any], key: str) -> list[str]:
    agents = element.get(key)
    return [
        name
        for agent in (agents if isinstance(agents, list) else [agents])
        if isinstance(agent, str)
        and agent in graph.elements
        and (name := text_of(graph.elements[agent][1].get("name")))
    ]


def _producer(graph: _Graph, index: int, element: dict[str, Any]) -> str | None:
    """Who made the model: its ``originatedBy`` agents; else, with a finding, its supplier.

    SPDX's ``suppliedBy`` is who distributes the package (often a hub), ``originatedBy`` who
    made it; a model whose document names only a supplier is read as supplied by its maker.
    """
    if names := _agent_names(graph, element, "originatedBy"):
        return ", ".join(dict.fromkeys(names))
    if names := _agent_names(graph, element, "suppliedBy"):
        graph.out.add(
            "producer-from-supplier",
            Severity.INFO,
            f"the ai_AIPackage names no originatedBy: its supplier {names[0]!r} is read as "
            "its producer",
            where=graph.tree.where("@graph", index, "suppliedBy"),
        )
        return names[0]
    return None


def _pick_model(graph: _Graph) -> tuple[int, dict[str, Any]]:
    """The ``ai_AIPackage`` the document is about: a root element, else the first."""
    models = [(i, p) for i, p in graph.packages if p.get("type") == "ai_AIPackage"]
    if not models:
        raise graph.tree.fail(("@graph",), "the document has no ai_AIPackage: no AI system to read")
    rooted = [m for m in models if _id(m[1]) in graph.roots]
    index, model = (rooted or models)[0]
    for i, other in models:
        if i != index and _id(other) not in graph.ancestors(_id(model) or ""):
            graph.out.add(
                "ai-package-ignored",
                Severity.WARNING,
                f"a second ai_AIPackage ({text_of(other.get('name')) or _id(other)}) is not "
                "read: osaid judges one system per document",
                where=graph.tree.where("@graph", i),
            )
    return index, model


def _system_info(graph: _Graph, index: int, model: dict[str, Any]) -> dict[str, Any]:
    model_id = _id(model) or ""
    info: dict[str, Any] = {"name": text_of(model.get("name")) or model_id or "unnamed"}
    if version := text_of(model.get("software_packageVersion")):
        info["version"] = version
    if producer := _producer(graph, index, model):
        info["producer"] = producer
    if url := text_of(model.get("software_homePage")):
        info["url"] = url
    if (base := _base_model(graph, model_id)) is not None:
        info["base-model"] = base
    not_carried = sorted(k for k in model if k not in _CARRIED)
    if not_carried:
        graph.out.add(
            "property-not-carried",
            Severity.INFO,
            f"{', '.join(not_carried)}: not part of an osaid manifest",
            where=graph.tree.where("@graph", index),
        )
    return info


def _base_model(graph: _Graph, model_id: str) -> dict[str, str] | None:
    """The model this one descends from: ``descendantOf`` from it, or ``ancestorOf`` to it."""
    found = graph.ancestors(model_id)
    if not found:
        return None
    first = found[0]
    element = graph.elements.get(first, (-1, {}))[1]
    base: dict[str, str] = {"name": text_of(element.get("name")) or first}
    for ident in _osaid_ids(element):
        if ident.startswith(_MANIFEST_ID):
            base["manifest"] = ident[len(_MANIFEST_ID) :]
    others = f"; the others ({', '.join(found[1:])}) are not carried" if found[1:] else ""
    graph.out.add(
        "base-model",
        Severity.INFO,
        f"the model descends from {base['name']!r}, kept as system.base-model{others}",
    )
    return base


def _model_parameters(graph: _Graph, model: dict[str, Any]) -> dict[str, Any] | None:
    model_id = _id(model) or ""
    params: dict[str, Any] = {}
    if (lic := graph.license_of(model_id, "model-parameters", "the ai_AIPackage")) is not None:
        params["license"] = lic
    if locations := _locations(model):
        params["location"] = locations
    if params or f"{_COMPONENT_ID}model-parameters" in _osaid_ids(model):
        return params
    return None


def _osaid_packages(
    graph: _Graph, model_id: str, components: dict[str, Any], training: list[dict[str, Any]]
) -> set[str]:
    """Packages that osaid wrote, named by their ``osaid:`` identifier; their ids."""
    used = {model_id}
    classes = {c.value for c in DataClass}
    for _i, package in graph.packages:
        pid = _id(package) or ""
        if pid == model_id:
            continue
        for ident in _osaid_ids(package):
            kind, _, value = ident.rpartition(":")
            if f"{kind}:" == _COMPONENT_ID and value in COMPONENTS:
                components[value] = _component_entry(graph, package, value)
                used.add(pid)
            elif f"{kind}:" == _TRAINING_ID and value in classes:
                training.append(_training_entry(graph, package, value))
                used.add(pid)
    return used


def _release(graph: _Graph) -> dict[str, Any] | None:
    """The package osaid wrote for the AI system as released, if the document has one."""
    for _i, package in graph.packages:
        if _SYSTEM_ID in _osaid_ids(package):
            return package
    return None


def _component_entry(graph: _Graph, package: dict[str, Any], cid: str) -> dict[str, Any]:
    entry: dict[str, Any] = {}
    if (lic := graph.license_of(_id(package) or "", cid, cid)) is not None:
        entry["license"] = lic
    if locations := _locations(package):
        entry["location"] = locations
    return entry


def read_spdx(text: str, name: str = "<string>") -> tuple[AISystem, tuple[Finding, ...]]:
    """Read an SPDX 3.0.1 JSON-LD document with an ``ai_AIPackage``.

    Raises:
        ManifestError: for text that is not JSON, has no ``@graph`` or no ``ai_AIPackage``.
    """
    tree = load_tree(text, "json", name, "SPDX document", "@context and @graph")
    out = Collector("spdx")
    context = tree.data.get("@context")
    contexts = context if isinstance(context, list) else [context]
    if CONTEXT not in contexts:
        out.add(
            "context-unexpected",
            Severity.WARNING,
            f"@context is not {CONTEXT}: read as SPDX 3.0.1 anyway",
            where=tree.where("@context"),
        )
    graph = _Graph(tree, out)
    _spec_version(graph)
    index, model = _pick_model(graph)
    model_id = _id(model) or ""
    info = _system_info(graph, index, model)
    components: dict[str, Any] = {}
    if (params := _model_parameters(graph, model)) is not None:
        components["model-parameters"] = params
    training: list[dict[str, Any]] = []
    used = _osaid_packages(graph, model_id, components, training)
    release_licence = None
    if (release := _release(graph)) is not None:
        used.add(_id(release) or "")
        release_licence = graph.license_of(_id(release) or "", None, "the AI system")
    used.update(graph.ancestors(model_id))
    for relation, cid in (("trainedOn", "datasets"), ("testedOn", "evaluation-data")):
        targets = [t for _i, _r, t in graph.related(model_id, relation) if t not in used]
        if targets and cid not in components:
            data_entry = _data_component(graph, targets, relation, cid)
            if data_entry is not None:
                components[cid] = data_entry
    used.update(t for rel in _RELATION.values() for _i, _r, t in graph.related(model_id, rel))
    _unmapped_packages(graph, model_id, used)
    manifest: dict[str, Any] = {"manifest-version": 1, "system": info, "components": components}
    if release_licence is not None:
        manifest["license"] = release_licence
    if training:
        manifest["training-data"] = training
    index, patch = _extension(graph, model_id)
    where = tree.where("@graph", index, "statement") if patch is not None else None
    return apply_patch(manifest, patch, out, name, where), tuple(out.findings)


def _spec_version(graph: _Graph) -> None:
    """A document of another SPDX 3 version is read as 3.0.1, with a finding."""
    graph_list = graph.tree.data["@graph"]
    for i, element in enumerate(graph_list):
        if not isinstance(element, dict) or element.get("type") != "CreationInfo":
            continue
        version = text_of(element.get("specVersion"))
        if version != "3.0.1":
            graph.out.add(
                "version-unexpected",
                Severity.WARNING,
                f"specVersion {version or 'not stated'}: read as SPDX 3.0.1",
                where=graph.tree.where("@graph", i, "specVersion"),
            )
            return


def _containers(graph: _Graph, element_id: str) -> set[str]:
    """The elements that contain ``element_id``, directly or through others."""
    found: set[str] = set()
    todo = [element_id]
    while todo:
        current = todo.pop()
        for _i, rel in graph.relationships:
            targets = rel.get("to")
            source = rel.get("from")
            if (
                rel.get("relationshipType") == "contains"
                and isinstance(source, str)
                and source not in found
                and current in (targets if isinstance(targets, list) else [targets])
            ):
                found.add(source)
                todo.append(source)
    return found


_CODE = frozenset({"source", "library", "application", "framework", "executable", "module"})


def _holds_source(graph: _Graph, package_id: str) -> bool:
    """Whether ``package_id`` contains, directly or through others, a source-code file."""
    seen: set[str] = set()
    todo = [package_id]
    while todo:
        current = todo.pop()
        for _i, _rel, target in graph.related(current, "contains"):
            if target in seen:
                continue
            seen.add(target)
            element = graph.elements.get(target, (-1, {}))[1]
            if text_of(element.get("software_primaryPurpose")) in _CODE:
                return True
            todo.append(target)
    return False


def _unmapped_packages(graph: _Graph, model_id: str, used: set[str]) -> None:
    """Packages the reading did not use, each named in a finding, never dropped silently.

    A package that is the document's root, that contains the model, or that the model
    contains or depends on, is part of the AI system: it is named with its licence and
    location. SPDX does not say which OSAID
    component it is (training, inference or other code; a library; documentation), so it
    is not listed as one. Other packages are named together.
    """
    near = (
        set(graph.roots)
        | _containers(graph, model_id)
        | {t for kind in ("contains", "dependsOn") for _i, _r, t in graph.related(model_id, kind)}
    )
    others: list[str] = []
    for i, package in graph.packages:
        pid = _id(package) or ""
        if pid in used or package.get("type") == "ai_AIPackage":
            continue
        name = text_of(package.get("name")) or pid
        if pid not in near:
            others.append(name)
            continue
        purpose = text_of(package.get("software_primaryPurpose"))
        if purpose is None and _holds_source(graph, pid):
            purpose = "code"
        kind = f"{purpose} package" if purpose else "package"
        lic = graph.license_of(pid, None, f"{kind} {name!r}")
        found = _locations(package)
        graph.out.add(
            "package-not-mapped",
            Severity.INFO,
            f"{kind} {name!r} (licence {lic or 'not stated'}, location "
            f"{found[0] if found else 'not stated'}) is part of the AI system, but SPDX does "
            "not say which OSAID component it is (training, inference or other code, a "
            "library, documentation): it is not listed",
            where=graph.tree.where("@graph", i),
        )
    if others:
        graph.out.add(
            "packages-not-mapped",
            Severity.INFO,
            f"{len(others)} other package(s) are not AI-system components osaid knows: "
            + ", ".join(others[:10])
            + ("…" if len(others) > 10 else ""),
        )


def _extension(graph: _Graph, model_id: str) -> tuple[int, str | None]:
    """osaid's annotation on the model: the facts SPDX has no field for, as JSON."""
    for i, annotation in graph.annotations:
        if annotation.get("subject") == model_id and annotation.get("contentType") == _PATCH_TYPE:
            return i, text_of(annotation.get("statement"))
    return -1, None


def _training_entry(graph: _Graph, package: dict[str, Any], data_class: str) -> dict[str, Any]:
    entry: dict[str, Any] = {
        "name": text_of(package.get("name")) or _id(package),
        "class": data_class,
    }
    if locations := _locations(package):
        entry["location"] = locations[0]
    label = f"training data set {entry['name']!r}"
    if (lic := graph.license_of(_id(package) or "", "training-data", label)) is not None:
        entry["license"] = lic
    if description := text_of(package.get("description")):
        entry["description"] = description
    return entry


def _data_component(
    graph: _Graph, targets: list[str], relation: str, cid: str
) -> dict[str, Any] | None:
    """The data sets a model was trained or tested on, as one component.

    Each data set's licence is named in its own finding; the component's licence is their
    AND, degraded (never refused) where that is longer than an expression may be.
    """
    licences: list[str | None] = []
    locations: list[str] = []
    located = True
    for target in targets:
        i, package = graph.elements.get(target, (-1, {}))
        name = text_of(package.get("name")) or target
        lic = graph.license_of(target, cid, f"data set {name!r}") if package else None
        found = _locations(package)
        licences.append(lic)
        located = located and bool(found)
        locations.extend(found)
        availability = text_of(package.get("dataset_datasetAvailability")) or "not stated"
        graph.out.add(
            "dataset",
            Severity.INFO,
            f"{relation} {name!r}: licence {lic or 'not stated'}, location "
            f"{found[0] if found else 'not stated'}, availability {availability}; SPDX does "
            "not say which OSAID class it is in, so it is not listed as training data",
            component=cid,
            where=graph.tree.where("@graph", i) if i >= 0 else None,
        )
    if not located:
        graph.out.add(
            "datasets-incomplete",
            Severity.WARNING,
            f"some data sets the model was {relation} have no download location: {cid} is "
            "left undeclared",
            component=cid,
        )
        return None
    entry: dict[str, Any] = {"location": list(dict.fromkeys(locations))}
    if all(lic is not None for lic in licences):
        combined = combine(
            [lic for lic in licences if lic is not None],
            graph.out,
            component=cid,
            label=f"the {len(targets)} data sets the model was {relation}",
            interpretation=True,
        )
        if combined is not None:
            entry["license"] = combined
    return entry


# --- writing ----------------------------------------------------------------------------------


def _identifier(identifier: str) -> dict[str, str]:
    return {
        "type": "ExternalIdentifier",
        "externalIdentifierType": "other",
        "identifier": identifier,
        "issuingAuthority": "osaid",
    }


class _Writer:
    """The elements of one SPDX document, added one after another."""

    def __init__(self, system: AISystem) -> None:
        created = creation_time()
        self.ns = f"https://spdx.org/spdxdocs/osaid-{document_uuid(system, created)}"
        self.info = "_:creationinfo"
        agent, tool = f"{self.ns}/agent/osaid", f"{self.ns}/tool/osaid"
        self.graph: list[dict[str, Any]] = [
            {
                "type": "CreationInfo",
                "@id": self.info,
                "specVersion": "3.0.1",
                "created": created,
                # The SBOM's data are osaid's reading of the manifest: osaid, as a software
                # agent, is their author (NTIA's "author of SBOM data"), and the tool used.
                "createdBy": [agent],
                "createdUsing": [tool],
            },
            {"type": "SoftwareAgent", "spdxId": agent, "creationInfo": self.info, "name": "osaid"},
            {
                "type": "Tool",
                "spdxId": tool,
                "creationInfo": self.info,
                "name": f"osaid {__version__}",
            },
        ]
        self.licences: dict[str, str] = {}
        self.relationships: list[dict[str, Any]] = []
        self.supplier: str | None = None
        self.version = system.system.version
        if system.system.producer:
            # Agent, not Organization: a manifest does not say whether its producer is a
            # person or an organisation.
            self.supplier = f"{self.ns}/producer"
            self.graph.append(
                {
                    "type": "Agent",
                    "spdxId": self.supplier,
                    "creationInfo": self.info,
                    "name": system.system.producer,
                }
            )

    def relate(self, source: str, kind: str, targets: list[str]) -> None:
        n = len(self.relationships) + 1
        self.relationships.append(
            {
                "type": "Relationship",
                "spdxId": f"{self.ns}/relationship/{n}",
                "creationInfo": self.info,
                "from": source,
                "relationshipType": kind,
                "to": targets,
            }
        )

    def license(self, source: str, expression: str | None) -> None:
        """The declared and concluded licences of ``source``.

        The declared licence is what the manifest says the thing is released under
        (``NOASSERTION`` where it says nothing). The concluded licence is always
        ``NOASSERTION``: osaid reads the release's declaration and does not look into the
        artifacts, which is what concluding a licence would take.
        """
        if not expression:
            target = _NOASSERTION[0]
        else:
            expression = canonical(expression)
            if expression == "NONE":
                target = _NONE[0]
            elif expression == "NOASSERTION":
                target = _NOASSERTION[0]
            else:
                if expression not in self.licences:
                    self.licences[expression] = f"{self.ns}/license/{len(self.licences) + 1}"
                target = self.licences[expression]
        self.relate(source, "hasDeclaredLicense", [target])
        self.relate(source, "hasConcludedLicense", [_NOASSERTION[0]])

    def package(
        self,
        kind: str,
        pid: str,
        name: str,
        locations: tuple[str, ...] | None,
        *,
        released: bool,
    ) -> dict[str, Any]:
        """A package; one the release ships (``released``) has its producer and version."""
        element: dict[str, Any] = {
            "type": kind,
            "spdxId": pid,
            "creationInfo": self.info,
            "name": name,
        }
        if released and self.version:
            element["software_packageVersion"] = self.version
        if released and self.supplier:
            element["suppliedBy"] = self.supplier
            element["originatedBy"] = [self.supplier]
        # a location that is no URI would make the document invalid: the extension keeps it
        locations = tuple(loc for loc in locations or () if is_uri(loc))
        if locations:
            element["software_downloadLocation"] = locations[0]
            if len(locations) > 1:
                element["externalRef"] = [
                    {
                        "type": "ExternalRef",
                        "externalRefType": "altDownloadLocation",
                        "locator": [loc],
                    }
                    for loc in locations[1:]
                ]
        self.graph.append(element)
        return element

    def document(self, name: str, root: str) -> str:
        self.graph.extend(
            {
                "type": "simplelicensing_LicenseExpression",
                "spdxId": lid,
                "creationInfo": self.info,
                "simplelicensing_licenseExpression": expression,
            }
            for expression, lid in self.licences.items()
        )
        self.graph.extend(self.relationships)
        sbom = f"{self.ns}/sbom"
        elements = [e["spdxId"] for e in self.graph if "spdxId" in e]
        self.graph.append(
            {
                "type": "software_Sbom",
                "spdxId": sbom,
                "creationInfo": self.info,
                "name": name,
                "rootElement": [root],
                "element": elements,
            }
        )
        self.graph.append(
            {
                "type": "SpdxDocument",
                "spdxId": f"{self.ns}/document",
                "creationInfo": self.info,
                "name": name,
                "profileConformance": ["core", "software", "simpleLicensing", "ai", "dataset"],
                "rootElement": [sbom],
            }
        )
        document = {"@context": CONTEXT, "@graph": self.graph}
        return json.dumps(document, indent=2, ensure_ascii=False) + "\n"


def _write_model(w: _Writer, system: AISystem) -> str:
    model_id = f"{w.ns}/model"
    params = system.components.get("model-parameters")
    released = params is not None and params.status is Status.RELEASED
    model = w.package(
        "ai_AIPackage",
        model_id,
        system.system.name,
        params.location if released and params else None,
        released=True,
    )
    model["software_primaryPurpose"] = "model"
    if released:
        model["externalIdentifier"] = [_identifier(f"{_COMPONENT_ID}model-parameters")]
    w.license(
        model_id, ((params.license if params else None) or system.license) if released else None
    )
    if system.system.url and is_uri(system.system.url):
        model["software_homePage"] = system.system.url
    return model_id


def _write_base_model(w: _Writer, system: AISystem, model_id: str) -> None:
    """The base model: an input the model descends from, not a part of this release, so it
    has no supplier or version here and sits outside the SBOM's dependency tree."""
    base = system.system.base_model
    if base is None:
        return
    base_id = f"{w.ns}/base-model"
    element = w.package("ai_AIPackage", base_id, base.name, None, released=False)
    element["software_primaryPurpose"] = "model"
    if base.manifest:
        element["externalIdentifier"] = [_identifier(f"{_MANIFEST_ID}{base.manifest}")]
    w.license(base_id, None)
    w.relate(model_id, "descendantOf", [base_id])


def _write_system(w: _Writer, system: AISystem, model_id: str) -> str:
    """The AI system as released: the SBOM's root, which contains the model.

    OSAID's AI system is more than its model (code, data, documents), so the release is a
    package of its own; its declared licence is the manifest's release-wide ``license``.
    """
    system_id = f"{w.ns}/system"
    element = w.package("software_Package", system_id, system.system.name, None, released=True)
    element["externalIdentifier"] = [_identifier(_SYSTEM_ID)]
    if system.system.url and is_uri(system.system.url):
        element["software_homePage"] = system.system.url
    w.license(system_id, system.license)
    w.relate(system_id, "contains", [model_id])
    return system_id


def _write_components(w: _Writer, system: AISystem, model_id: str, system_id: str) -> None:
    for cid, entry in system.components.items():
        if entry.status is not Status.RELEASED or cid == "model-parameters":
            continue
        spec = COMPONENTS[cid]
        pid = f"{w.ns}/component/{cid}"
        data = spec.content_type.value == "data" and cid != "intermediate-parameters"
        kind = "dataset_DatasetPackage" if data else "software_Package"
        element = w.package(
            kind, pid, f"{system.system.name}: {spec.mof_name}", entry.location, released=True
        )
        element["software_primaryPurpose"] = (
            "model" if cid == "intermediate-parameters" else _PURPOSE[spec.content_type.value]
        )
        if data:
            element["dataset_datasetType"] = ["noAssertion"]
        element["externalIdentifier"] = [_identifier(f"{_COMPONENT_ID}{cid}")]
        w.license(pid, entry.license or system.license)
        # The release ships each component: the system contains it, or (libraries and
        # tools) depends on it; data sets are also what the model was trained or tested on.
        w.relate(system_id, _COMPOSITION.get(cid, "contains"), [pid])
        if cid in _RELATION:
            w.relate(model_id, _RELATION[cid], [pid])


def _write_training_data(w: _Writer, system: AISystem, model_id: str) -> None:
    """Training data sets: inputs the model was ``trainedOn``. Not parts of the release (a
    manifest names no supplier or version for them), so they sit outside the SBOM's
    dependency tree, as in SPDX's own AI examples."""
    if not isinstance(system.training_data, tuple):
        return
    for n, ds in enumerate(system.training_data, start=1):
        pid = f"{w.ns}/training-data/{n}"
        location = (ds.location,) if ds.location else None
        element = w.package("dataset_DatasetPackage", pid, ds.name, location, released=False)
        element["software_primaryPurpose"] = "data"
        element["dataset_datasetType"] = ["noAssertion"]
        if ds.description:
            element["description"] = ds.description
        element["externalIdentifier"] = [_identifier(f"{_TRAINING_ID}{ds.class_.value}")]
        w.license(pid, ds.license)
        w.relate(model_id, "trainedOn", [pid])


def write_spdx(system: AISystem) -> str:
    """An SPDX 3.0.1 JSON-LD document (an SBOM) for ``system``.

    The document's root is a ``software_Sbom`` whose root is the model, an ``ai_AIPackage``
    carrying the model parameters' licence and location. Every other released component is
    a ``software_Package`` (``dataset_DatasetPackage`` for data sets) named by an
    ``osaid:component:<id>`` external identifier, which the model ``contains`` (or, for
    supporting libraries, ``dependsOn``); data sets are also ``trainedOn`` / ``testedOn``.
    The model and its components carry the release's version and its producer as supplier
    and originator. Training data sets are ``dataset_DatasetPackage`` elements the model was
    ``trainedOn``; the base model is an ``ai_AIPackage`` it is a ``descendantOf``. Every
    package has a ``hasDeclaredLicense`` (``NOASSERTION`` where the manifest names none) and
    a ``hasConcludedLicense`` (``NOASSERTION``) relationship. What SPDX has no field for
    (withheld components, notes, data information, claims, …) is an ``Annotation`` on the
    model whose statement osaid reads back. The creation time is now, or
    ``SOURCE_DATE_EPOCH`` when that is set; the ids derive from the release and that time.
    """
    return written_spdx(system)[0]


def written_spdx(system: AISystem) -> tuple[str, Patch]:
    """The SPDX document for ``system``, and the facts only osaid's annotation carries."""
    return carry(system, _write_spdx, lambda text: read_spdx(text)[0])


def _write_spdx(system: AISystem, patch: dict[str, Any] | None) -> str:
    w = _Writer(system)
    model_id = _write_model(w, system)
    system_id = _write_system(w, system, model_id)
    _write_base_model(w, system, model_id)
    _write_components(w, system, model_id, system_id)
    _write_training_data(w, system, model_id)
    if patch:
        w.graph.append(
            {
                "type": "Annotation",
                "spdxId": f"{w.ns}/annotation/{EXTENSION}",
                "creationInfo": w.info,
                "annotationType": "other",
                "subject": model_id,
                "contentType": _PATCH_TYPE,
                "statement": json.dumps(patch, ensure_ascii=False, sort_keys=True),
            }
        )
    return w.document(system.system.name, system_id)
