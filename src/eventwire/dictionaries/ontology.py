"""CAMEO codes and PLOVER types (facts from the ontologies) and the Coding they give an event."""

from __future__ import annotations

from dataclasses import dataclass
from typing import Any

from eventwire.errors import DictionaryError
from eventwire.records import Coding


@dataclass(frozen=True, slots=True)
class CameoCode:
    code: str
    label: str
    root: str
    goldstein: float
    quad_class: int
    plover: str | None = None  # the PLOVER type the ontology maps this code to, if any


@dataclass(frozen=True, slots=True)
class PloverType:
    name: str
    quad_code: int
    plover_score: float
    modes: tuple[str, ...]
    mode_scores: dict[str, float]
    cameo_roots: tuple[str, ...] = ()  # the CAMEO codes (prefixes) of this type

    # PLOVER's quad codes: 1 verbal cooperation, 2 material cooperation, 3 verbal conflict, 4 material conflict
    @property
    def conflict(self) -> bool:
        """Is the type one of conflict (verbal or material: ACCUSE ... ASSAULT)?"""
        return self.quad_code >= 3

    @property
    def spoken(self) -> bool:
        """Is the type one of words (verbal cooperation or verbal conflict)?"""
        return self.quad_code in (1, 3)


class Ontology:
    """Lookups over CAMEO codes, PLOVER types, contexts and sectors."""

    def __init__(self, data: dict[str, Any], where: str = "ontology.json") -> None:
        try:
            self.cameo = {
                code: CameoCode(
                    code,
                    c["label"],
                    c["root"],
                    float(c["goldstein"]),
                    int(c["quad_class"]),
                    (c.get("plover") or {}).get("event") or None,
                )
                for code, c in data["cameo"].items()
            }
            self.plover = {
                name: PloverType(
                    name,
                    int(t["quad_code"]),
                    float(t["plover_score"]),
                    tuple(t["modes"]),
                    {k: float(v) for k, v in t["mode_scores"].items()},
                    tuple(t.get("cameo_roots") or ()),
                )
                for name, t in data["plover"].items()
            }
            self.contexts = frozenset(data["contexts"])
            self.sectors = frozenset(data["sectors"])
            self.nonstate_codes = frozenset(data["nonstate_codes"])
        except (KeyError, TypeError, ValueError) as exc:
            raise DictionaryError(f"malformed ontology data: {exc!r}", where=where) from None

    def coding(self, event: str, cameo: str, mode: tuple[str, ...] = (), context: tuple[str, ...] = ()) -> Coding:
        """The full coding of an event: quad class and Goldstein both from the CAMEO code (the CAMEO/ICEWS quad
        classes: 1 verbal cooperation 01-05, 2 material cooperation 06-09, 3 verbal conflict 10-14, 4 material
        conflict 15-20), score from PLOVER (and mode)."""
        c = self.cameo[cameo]
        t = self.plover[event]
        score = max((t.mode_scores.get(m, t.plover_score) for m in mode), default=t.plover_score)
        return Coding(
            event=event,
            cameo=cameo,
            quad_code=c.quad_class,
            goldstein=c.goldstein,
            plover_score=score,
            mode=mode,
            context=context,
        )
