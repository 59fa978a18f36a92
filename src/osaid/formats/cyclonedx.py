"""CycloneDX 1.6 ML-BOM (JSON).

Reading: the ``machine-learning-model`` component (``metadata.component`` if it is one, else
the first) is the system and its model parameters; its ``licenses`` (``{license: {id}}``,
``{license: {name}}`` or ``{expression}``) are the parameters' licence; the ``data``
components its ``modelCard.modelParameters.datasets`` refer to are the ``datasets``
component. CycloneDX's data ``classification`` is not one of OSAID's four classes, so
training data is not listed (each set is named in a finding). Components osaid itself wrote
carry an ``osaid:component`` or ``osaid:training-data-class`` property, so a written BOM
reads back whole.
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
from osaid.manifest import AISystem, ComponentEntry, TrainingDataSet

__all__ = ["read_cyclonedx", "write_cyclonedx", "written_cyclonedx"]

_COMPONENT = "osaid:component"
_CLASS = "osaid:training-data-class"
_BASE_MANIFEST = "osaid:base-model-manifest"
_PATCH = f"osaid:{EXTENSION}"
_LOCATION_TYPES = ("distribution", "vcs", "distribution-intake")
_TYPE = {"code": "application", "data": "data", "document": "data"}


def _props(component: dict[str, Any]) -> dict[str, str]:
    found = component.get("properties")
    out: dict[str, str] = {}
    for prop in found if isinstance(found, list) else []:
        if isinstance(prop, dict) and (n := text_of(prop.get("name"))):
            out.setdefault(n, text_of(prop.get("value")) or "")
    return out


def _locations(component: dict[str, Any]) -> list[str]:
    refs = component.get("externalReferences")
    return [
        url
        for ref in (refs if isinstance(refs, list) else [])
        if isinstance(ref, dict)
        and ref.get("type") in _LOCATION_TYPES
        and (url := text_of(ref.get("url")))
    ]


def _license(
    tree: Tree, path: tuple[str | int, ...], component: dict[str, Any], cid: str, out: Collector
) -> str | None:
    choices = component.get("licenses")
    if not isinstance(choices, list):
        return None
    expressions: list[str] = []
    for i, choice in enumerate(choices):
        where = tree.where(*path, "licenses", i)
        if not isinstance(choice, dict):
            continue
        text: Any = None
        if "expression" in choice:
            text = choice.get("expression")
        elif isinstance(choice.get("license"), dict):
            lic = choice["license"]
            text = lic.get("id") if lic.get("id") is not None else lic.get("name")
            if lic.get("id") is None and (url := text_of(lic.get("url"))):
                out.add(
                    "license-url",
                    Severity.INFO,
                    f"{cid}: the licence text is at {url} (osaid does not fetch it)",
                    component=cid,
                    where=where,
                )
        reading = read_license(text, out, component=cid, where=where)
        if reading.expression is not None:
            expressions.append(reading.expression)
    return combine(
        expressions,
        out,
        component=cid,
        label=f"{cid}: licenses",
        where=tree.where(*path, "licenses"),
        interpretation=True,
    )


Listed = list[tuple[tuple[str | int, ...], dict[str, Any]]]


def _header(tree: Tree, out: Collector) -> None:
    data = tree.data
    if data.get("bomFormat") != "CycloneDX":
        out.add(
            "format-unexpected",
            Severity.WARNING,
            "bomFormat is not 'CycloneDX': read as CycloneDX anyway",
            where=tree.where("bomFormat"),
        )
    if (spec := text_of(data.get("specVersion"))) != "1.6":
        # 1.7 mixes licence objects and expressions in one list and adds fields this reader
        # does not know; older versions lack the model card: all are read by 1.6's rules.
        out.add(
            "version-unexpected",
            Severity.WARNING,
            f"specVersion {spec or 'not stated'}: read as CycloneDX 1.6; what another version "
            "adds or changes is not read",
            where=tree.where("specVersion"),
        )


def _all_components(data: dict[str, Any]) -> Listed:
    """``metadata.component`` and every top-level component, with their paths."""
    listed: Listed = []
    metadata = data.get("metadata")
    if isinstance(metadata, dict) and isinstance(metadata.get("component"), dict):
        listed.append((("metadata", "component"), metadata["component"]))
    components = data.get("components")
    for i, comp in enumerate(components if isinstance(components, list) else []):
        if isinstance(comp, dict):
            listed.append((("components", i), comp))
    return listed


def _is_model(comp: dict[str, Any]) -> bool:
    return _props(comp).get(_COMPONENT, "model-parameters") == "model-parameters"


def _pick_model(
    tree: Tree, listed: Listed, out: Collector
) -> tuple[tuple[str | int, ...], dict[str, Any]]:
    """The machine-learning-model the BOM is about: osaid's own, else the first."""
    models = [(p, c) for p, c in listed if c.get("type") == "machine-learning-model"]
    models = [(p, c) for p, c in models if _is_model(c)] or models
    if not models:
        raise tree.fail(
            ("components",), "the BOM has no machine-learning-model component: no AI system"
        )
    path, model = models[0]
    for other_path, other in models[1:]:
        if _is_model(other):
            out.add(
                "model-ignored",
                Severity.WARNING,
                f"a second machine-learning-model ({text_of(other.get('name'))}) is not read: "
                "osaid judges one system per BOM",
                where=tree.where(*other_path),
            )
    return path, model


def _system_info(
    tree: Tree, path: tuple[str | int, ...], model: dict[str, Any], out: Collector
) -> dict[str, Any]:
    info: dict[str, Any] = {"name": text_of(model.get("name")) or "unnamed"}
    if version := text_of(model.get("version")):
        info["version"] = version
    if producer := _producer(tree, path, model, out):
        info["producer"] = producer
    refs = model.get("externalReferences")
    for ref in refs if isinstance(refs, list) else []:
        if isinstance(ref, dict) and ref.get("type") == "website" and text_of(ref.get("url")):
            info["url"] = str(text_of(ref.get("url")))
            break
    if (base := _base_model(tree, path, model, out)) is not None:
        info["base-model"] = base
    return info


def _producer(
    tree: Tree, path: tuple[str | int, ...], model: dict[str, Any], out: Collector
) -> str | None:
    """Who made the model: its ``manufacturer``, ``publisher`` or ``authors`` (the deprecated
    ``author`` too); else, with a finding, its ``supplier``, which is who distributes it
    (often a hub, not the maker)."""
    manufacturer = model.get("manufacturer")
    if isinstance(manufacturer, dict) and (name := text_of(manufacturer.get("name"))):
        return name
    if publisher := text_of(model.get("publisher")):
        return publisher
    authors = model.get("authors")
    names = [
        n
        for a in (authors if isinstance(authors, list) else [])
        if isinstance(a, dict) and (n := text_of(a.get("name")))
    ]
    if names:
        return ", ".join(dict.fromkeys(names))
    if author := text_of(model.get("author")):
        return author
    supplier = model.get("supplier")
    if isinstance(supplier, dict) and (name := text_of(supplier.get("name"))):
        out.add(
            "producer-from-supplier",
            Severity.INFO,
            f"the model names no manufacturer, publisher or author: its supplier {name!r} "
            "is read as its producer",
            where=tree.where(*path, "supplier"),
        )
        return name
    return None


def _base_model(
    tree: Tree, path: tuple[str | int, ...], model: dict[str, Any], out: Collector
) -> dict[str, str] | None:
    """The model this one derives from: ``pedigree.ancestors`` (CycloneDX's field for what a
    component is derived from), else a ``base_model`` property."""
    pedigree = model.get("pedigree")
    ancestors = pedigree.get("ancestors") if isinstance(pedigree, dict) else None
    names = [
        n
        for a in (ancestors if isinstance(ancestors, list) else [])
        if isinstance(a, dict) and (n := text_of(a.get("name")))
    ]
    where = tree.where(*path, "pedigree")
    if not names:
        names = [v for k, v in _props(model).items() if _key(k) == "basemodel" and v]
        where = tree.where(*path, "properties")
    if not names:
        return None
    base = {"name": names[0]}
    if manifest := _props(model).get(_BASE_MANIFEST):
        base["manifest"] = manifest
    others = f"; the others ({', '.join(names[1:])}) are not carried" if names[1:] else ""
    out.add(
        "base-model",
        Severity.INFO,
        f"the model derives from {names[0]!r}, kept as system.base-model{others}",
        where=where,
    )
    return base


def _key(name: str) -> str:
    """A property name without namespace, case or punctuation: ``hf:base_model`` → ``basemodel``."""
    return re.sub(r"[^a-z0-9]", "", name.rpartition(":")[2].casefold())


def _model_parameters(
    tree: Tree, path: tuple[str | int, ...], model: dict[str, Any], out: Collector
) -> dict[str, Any] | None:
    params: dict[str, Any] = {}
    if (lic := _license(tree, path, model, "model-parameters", out)) is not None:
        params["license"] = lic
    if locations := _locations(model):
        params["location"] = locations
    if params or _props(model).get(_COMPONENT) == "model-parameters":
        return params
    return None


def _others(
    tree: Tree,
    listed: Listed,
    model: dict[str, Any],
    found: dict[str, Any],
    training: list[dict[str, Any]],
    out: Collector,
) -> dict[str, tuple[tuple[str | int, ...], dict[str, Any]]]:
    """Components besides the model: osaid's own by their property; the rest by bom-ref."""
    by_ref: dict[str, tuple[tuple[str | int, ...], dict[str, Any]]] = {}
    unmapped: list[str] = []
    classes = {c.value for c in DataClass}
    for comp_path, comp in listed:
        if comp is model:
            continue
        if ref := text_of(comp.get("bom-ref")):
            by_ref[ref] = (comp_path, comp)
        props = _props(comp)
        cid = props.get(_COMPONENT, "")
        if cid in COMPONENTS:
            found[cid] = _component_entry(tree, comp_path, comp, cid, out)
        elif props.get(_CLASS) in classes:
            training.append(_training_entry(tree, comp_path, comp, props[_CLASS], out))
        elif comp.get("type") != "data":
            unmapped.append(text_of(comp.get("name")) or "unnamed")
    if unmapped:
        out.add(
            "components-not-mapped",
            Severity.INFO,
            f"{len(unmapped)} component(s) are not AI-system components osaid knows: "
            + ", ".join(unmapped[:10])
            + ("…" if len(unmapped) > 10 else ""),
        )
    return by_ref


def _component_entry(
    tree: Tree, path: tuple[str | int, ...], comp: dict[str, Any], cid: str, out: Collector
) -> dict[str, Any]:
    entry: dict[str, Any] = {}
    if (lic := _license(tree, path, comp, cid, out)) is not None:
        entry["license"] = lic
    if locations := _locations(comp):
        entry["location"] = locations
    return entry


def read_cyclonedx(text: str, name: str = "<string>") -> tuple[AISystem, tuple[Finding, ...]]:
    """Read a CycloneDX 1.6 BOM (JSON) with a ``machine-learning-model`` component.

    Raises:
        ManifestError: for text that is not JSON or has no machine-learning-model component.
    """
    tree = load_tree(text, "json", name, "CycloneDX BOM", "bomFormat and components")
    out = Collector("cyclonedx")
    _header(tree, out)
    listed = _all_components(tree.data)
    path, model = _pick_model(tree, listed, out)
    info = _system_info(tree, path, model, out)
    found: dict[str, Any] = {}
    if (params := _model_parameters(tree, path, model, out)) is not None:
        found["model-parameters"] = params
    training: list[dict[str, Any]] = []
    by_ref = _others(tree, listed, model, found, training, out)
    if "datasets" not in found and not training:
        datasets = _datasets(tree, path, model, by_ref, out)
        if datasets is not None:
            found["datasets"] = datasets
    manifest: dict[str, Any] = {"manifest-version": 1, "system": info, "components": found}
    if training:
        manifest["training-data"] = training
    patch = _props(model).get(_PATCH)
    where = tree.where(*path, "properties") if patch is not None else None
    return apply_patch(manifest, patch, out, name, where), tuple(out.findings)


def _training_entry(
    tree: Tree, path: tuple[str | int, ...], comp: dict[str, Any], data_class: str, out: Collector
) -> dict[str, Any]:
    entry: dict[str, Any] = {"name": text_of(comp.get("name")) or "unnamed", "class": data_class}
    if locations := _locations(comp):
        entry["location"] = locations[0]
    if (lic := _license(tree, path, comp, "training-data", out)) is not None:
        entry["license"] = lic
    if description := text_of(comp.get("description")):
        entry["description"] = description
    return entry


def _datasets(
    tree: Tree,
    path: tuple[str | int, ...],
    model: dict[str, Any],
    by_ref: dict[str, tuple[tuple[str | int, ...], dict[str, Any]]],
    out: Collector,
) -> dict[str, Any] | None:
    card = model.get("modelCard")
    if not isinstance(card, dict):
        return None
    out.add(
        "model-card-inline",
        Severity.INFO,
        "the BOM carries a modelCard: osaid does not count it as a released model card, "
        "whose licence the BOM does not give",
        component="model-card",
        where=tree.where(*path, "modelCard"),
    )
    parameters = card.get("modelParameters")
    sets = parameters.get("datasets") if isinstance(parameters, dict) else None
    if not isinstance(sets, list) or not sets:
        return None
    licences: list[str | None] = []
    locations: list[str] = []
    complete = True
    for i, item in enumerate(sets):
        where = tree.where(*path, "modelCard", "modelParameters", "datasets", i)
        lic: str | None = None
        found: list[str] = []
        label = "inline data set"
        if isinstance(item, dict) and isinstance(item.get("ref"), str) and item["ref"] in by_ref:
            comp_path, comp = by_ref[item["ref"]]
            label = text_of(comp.get("name")) or item["ref"]
            lic = _license(tree, comp_path, comp, "datasets", out)
            found = _locations(comp)
            data_list = comp.get("data")
            for data in data_list if isinstance(data_list, list) else []:
                if isinstance(data, dict) and isinstance(data.get("contents"), dict):
                    found += [u for u in [text_of(data["contents"].get("url"))] if u]
        elif isinstance(item, dict):
            label = text_of(item.get("name")) or label
            contents = item.get("contents")
            if isinstance(contents, dict) and (url := text_of(contents.get("url"))):
                found = [url]
        complete = complete and bool(found)
        licences.append(lic)
        locations.extend(found)
        out.add(
            "dataset",
            Severity.INFO,
            f"trained on {label!r}: licence {lic or 'not stated'}, location "
            f"{found[0] if found else 'not stated'}; CycloneDX does not say which OSAID class "
            "it is in, so it is not listed as training data",
            component="datasets",
            where=where,
        )
    if not complete:
        out.add(
            "datasets-incomplete",
            Severity.WARNING,
            "some training data sets have no location: datasets is left undeclared",
            component="datasets",
        )
        return None
    entry: dict[str, Any] = {"location": list(dict.fromkeys(locations))}
    if all(lic is not None for lic in licences):
        combined = combine(
            [lic for lic in licences if lic is not None],
            out,
            component="datasets",
            label=f"the {len(sets)} training data sets",
            interpretation=True,
        )
        if combined is not None:
            entry["license"] = combined
    return entry


# --- writing ----------------------------------------------------------------------------------


def _licenses(expression: str | None) -> list[dict[str, Any]]:
    return [] if expression is None else [{"expression": canonical(expression)}]


def _released(system: AISystem, component: dict[str, Any]) -> dict[str, Any]:
    """``component``, which the release ships, with the release's producer and version."""
    info = system.system
    if info.producer:
        # the producer made the release and supplies it (the manifest names no distributor)
        component["supplier"] = {"name": info.producer}
        component["manufacturer"] = {"name": info.producer}
    if info.version:
        component["version"] = info.version
    return component


def _write_model(system: AISystem) -> dict[str, Any]:
    info = system.system
    params = system.components.get("model-parameters")
    model = _released(
        system, {"type": "machine-learning-model", "bom-ref": "model", "name": info.name}
    )
    refs: list[dict[str, str]] = []
    if info.url and is_uri(info.url):
        refs.append({"type": "website", "url": info.url})
    properties: list[dict[str, str]] = []
    if params is not None and params.status is Status.RELEASED:
        if licenses := _licenses(params.license or system.license):
            model["licenses"] = licenses
        refs += [{"type": "distribution", "url": u} for u in params.location or () if is_uri(u)]
        properties.append({"name": _COMPONENT, "value": "model-parameters"})
    if refs:
        model["externalReferences"] = refs
    if info.base_model is not None:
        ancestor = {"type": "machine-learning-model", "name": info.base_model.name}
        model["pedigree"] = {"ancestors": [ancestor]}
        if info.base_model.manifest:
            properties.append({"name": _BASE_MANIFEST, "value": info.base_model.manifest})
    if properties:
        model["properties"] = properties
    return model


def _write_component(system: AISystem, cid: str, entry: ComponentEntry) -> dict[str, Any]:
    spec = COMPONENTS[cid]
    kind = "machine-learning-model" if cid == "intermediate-parameters" else None
    comp = _released(
        system,
        {
            "type": kind or _TYPE[spec.content_type.value],
            "bom-ref": f"component-{cid}",
            "name": f"{system.system.name}: {spec.mof_name}",
        },
    )
    if licenses := _licenses(entry.license or system.license):
        comp["licenses"] = licenses
    if locations := [u for u in entry.location or () if is_uri(u)]:
        comp["externalReferences"] = [{"type": "distribution", "url": u} for u in locations]
    comp["properties"] = [{"name": _COMPONENT, "value": cid}]
    return comp


def _write_training_set(n: int, ds: TrainingDataSet) -> dict[str, Any]:
    comp: dict[str, Any] = {"type": "data", "bom-ref": f"training-data-{n}", "name": ds.name}
    if ds.description:
        comp["description"] = ds.description
    if licenses := _licenses(ds.license):
        comp["licenses"] = licenses
    if ds.location and is_uri(ds.location):
        comp["externalReferences"] = [{"type": "distribution", "url": ds.location}]
    comp["properties"] = [{"name": _CLASS, "value": ds.class_.value}]
    return comp


def write_cyclonedx(system: AISystem) -> str:
    """A CycloneDX 1.6 BOM (JSON) for ``system``.

    The model is ``metadata.component``, of type ``machine-learning-model``; every other
    released component and every training data set is a component with an ``osaid:`` property
    naming what it is; the model and the components the release ships carry the release's
    version and its producer as ``manufacturer`` and ``supplier``, and the model
    ``dependsOn`` each of those components in ``dependencies``; the base model is the
    model's ``pedigree.ancestors``. ``serialNumber`` is a UUID derived from the release and
    ``metadata.timestamp`` (now, or ``SOURCE_DATE_EPOCH`` when that is set), so output is
    reproducible; ``metadata.tools`` names osaid. Licences are
    written as one SPDX ``expression`` each (the form that holds any expression,
    ``LicenseRef-``s included). What CycloneDX has no field for (withheld components, notes,
    data information, claims, …) is the model's ``osaid:osaid-manifest-patch`` property,
    which osaid reads back.
    """
    return written_cyclonedx(system)[0]


def written_cyclonedx(system: AISystem) -> tuple[str, Patch]:
    """The BOM for ``system``, and the facts only osaid's property carries in it."""
    return carry(system, _write_cyclonedx, lambda text: read_cyclonedx(text)[0])


def _write_cyclonedx(system: AISystem, patch: dict[str, Any] | None) -> str:
    model = _write_model(system)
    if patch:
        value = json.dumps(patch, ensure_ascii=False, sort_keys=True)
        model.setdefault("properties", []).append({"name": _PATCH, "value": value})
    components = [
        _write_component(system, cid, entry)
        for cid, entry in system.components.items()
        if cid != "model-parameters" and entry.status is Status.RELEASED
    ]
    if isinstance(system.training_data, tuple):
        components += [
            _write_training_set(n, ds) for n, ds in enumerate(system.training_data, start=1)
        ]
    dataset_refs = [
        {"ref": c["bom-ref"]}
        for c in components
        if c["bom-ref"] == "component-datasets" or c["bom-ref"].startswith("training-data-")
    ]
    if dataset_refs:
        model["modelCard"] = {"modelParameters": {"datasets": dataset_refs}}
    created = creation_time()
    parts = [c["bom-ref"] for c in components if not c["bom-ref"].startswith("training-data-")]
    bom: dict[str, Any] = {
        "bomFormat": "CycloneDX",
        "specVersion": "1.6",
        "serialNumber": f"urn:uuid:{document_uuid(system, created)}",
        "version": 1,
        "metadata": {
            "timestamp": created,
            "tools": {
                "components": [{"type": "application", "name": "osaid", "version": __version__}]
            },
            "component": model,
        },
        "components": components,
        # The release ships its components: the model depends on each. Training data sets
        # are what it was trained on (its model card's datasets), not parts of the release.
        # Only the model's own entry is written: CycloneDX reads an entry without dependsOn
        # as "depends on nothing", which osaid does not know of the components.
        "dependencies": [{"ref": "model", "dependsOn": parts}],
    }
    return json.dumps(bom, indent=2, ensure_ascii=False) + "\n"
