"""Loads and validates every dictionary file once; users can add files of their own in extra folders."""

from __future__ import annotations

import gc
import json
import os
from dataclasses import dataclass
from functools import lru_cache
from importlib import resources
from pathlib import Path
from typing import Any

from eventwire.dictionaries.actors import ActorLexicon
from eventwire.dictionaries.ontology import Ontology
from eventwire.dictionaries.triggers import TriggerIndex, TriggerPattern, load_triggers
from eventwire.errors import DictionaryError

DATA = "eventwire.dictionaries.data"
FILES = ("ontology", "triggers", "countries", "organizations", "roles", "officeholders")


@dataclass(frozen=True)
class Dictionaries:
    """Everything the coder and resolvers look up, with the versioned names of the files used."""

    ontology: Ontology
    triggers: TriggerIndex
    actors: ActorLexicon
    versions: tuple[str, ...]


def _read(path: Path | Any, where: str) -> dict[str, Any]:
    try:
        data = json.loads(path.read_text(encoding="utf-8"))
    except json.JSONDecodeError as exc:
        raise DictionaryError(f"invalid JSON at line {exc.lineno}: {exc.msg}", where=where) from None
    if not isinstance(data, dict):
        raise DictionaryError("a dictionary file must hold a JSON object", where=where)
    return data


def _version(data: dict[str, Any], default: str) -> str:
    return f"{data.get('name', default)}.v{data.get('version', 0)}"


def _extra_dirs() -> list[Path]:
    value = os.environ.get("EVENTWIRE_DICTIONARIES", "")
    return [Path(p) for p in value.split(os.pathsep) if p]


def load_from(extra: tuple[Path, ...] = ()) -> Dictionaries:
    """Build dictionaries from the packaged data plus ``<kind>*.json`` files in each extra folder."""
    paused = gc.isenabled()
    gc.disable()  # tens of thousands of small records: the cyclic collector would rescan them again and again
    try:
        return _load(extra)
    finally:
        if paused:
            gc.enable()


def _load(extra: tuple[Path, ...]) -> Dictionaries:
    base = resources.files(DATA)
    raw: dict[str, list[tuple[str, dict[str, Any]]]] = {}
    packaged = sorted((p.name for p in base.iterdir() if p.name.endswith(".json")), key=lambda n: (n.count("-"), n))
    for kind in FILES:  # "<kind>.json" (hand-kept) first, then derived "<kind>-<source>.json" files
        names = [n for n in packaged if n == f"{kind}.json" or n.startswith(f"{kind}-")]
        raw[kind] = [(n, _read(base / n, n)) for n in names]
        for folder in extra:
            for path in sorted(folder.glob(f"{kind}*.json")):
                raw[kind].append((str(path), _read(path, str(path))))
    if not raw["ontology"]:
        raise DictionaryError("the packaged ontology.json is missing", hint="reinstall eventwire")
    ontology = Ontology(raw["ontology"][0][1])
    patterns: list[TriggerPattern] = []
    seen: dict[str, str] = {}
    for where, data in reversed(raw["triggers"]):  # a user's files first: they win ties with packaged patterns
        for pattern in load_triggers(data, ontology, where).patterns:
            if pattern.id in seen:
                raise DictionaryError(f"pattern id {pattern.id!r} is also in {seen[pattern.id]}", where=where)
            seen[pattern.id] = where
            patterns.append(pattern)
    actors = ActorLexicon(ontology.nonstate_codes)
    valid = ontology.sectors
    for where, data in raw["countries"]:
        actors.add_countries(data, where)
    for where, data in raw["organizations"]:
        actors.add_organizations(data, valid, where)
    for where, data in raw["roles"]:
        actors.add_roles(data, valid, where)
    for where, data in raw["officeholders"]:
        actors.add_officeholders(data, valid, where)
    versions = tuple(_version(d, k) for k in FILES for _, d in raw[k])
    return Dictionaries(ontology, TriggerIndex(patterns), actors, versions)


@lru_cache(maxsize=2)
def _cached(extra: tuple[Path, ...]) -> Dictionaries:
    return load_from(extra)


def load_dictionaries() -> Dictionaries:
    """The dictionaries for this process (packaged data plus $EVENTWIRE_DICTIONARIES folders), cached."""
    return _cached(tuple(_extra_dirs()))
