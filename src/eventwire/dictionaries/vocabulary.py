"""The codes a filter may name or an event may carry (PLOVER types, CAMEO codes and prefixes, country and
organisation codes), with suggestions."""

from __future__ import annotations

import difflib

from eventwire.dictionaries.loader import Dictionaries
from eventwire.errors import UsageError


def country_codes(dicts: Dictionaries) -> frozenset[str]:
    """Every actor code the coder can give: countries, IGO/NGO-style codes, organisations' codes."""
    orgs = {o.code for o in dicts.actors.orgs_cased.values() if o.code}
    return frozenset({*dicts.actors.country_names, *dicts.ontology.nonstate_codes, *orgs})


def _nearest(value: str, known: frozenset[str] | list[str]) -> str:
    close = difflib.get_close_matches(value, sorted(known), n=3, cutoff=0.5)
    return f"did you mean {' or '.join(close)}?" if close else f"known: {', '.join(sorted(known)[:12])}, ..."


def check_country(dicts: Dictionaries, code: str | None) -> None:
    """Refuse a country filter no event can have (it would silently match nothing)."""
    if not code or code.upper() in country_codes(dicts):
        return
    named = dicts.actors.country(code.strip().title())  # "Iran" → IRN
    hint = f"did you mean {named.code} ({named.name})?" if named else _nearest(code.upper(), country_codes(dicts))
    raise UsageError(f"unknown country code {code!r}", hint=hint)


def check_type(dicts: Dictionaries, value: str | None, *, cameo_only: bool = False) -> None:
    """Refuse a type filter that is neither a PLOVER type nor the prefix of a CAMEO code (only the latter when
    ``cameo_only``)."""
    if not value:
        return
    if value[:1].isdigit() or cameo_only:
        if not any(code.startswith(value) for code in dicts.ontology.cameo):
            roots = sorted({code[:2] for code in dicts.ontology.cameo})
            raise UsageError(f"no CAMEO code starts with {value!r}", hint=f"CAMEO roots are {', '.join(roots)}")
    elif value.upper() not in dicts.ontology.plover:
        raise UsageError(
            f"unknown event type {value!r}",
            hint=f"{_nearest(value.upper(), list(dicts.ontology.plover))} (a PLOVER type, or a CAMEO prefix such "
            "as 04)",
        )


def cameo_codes_for(dicts: Dictionaries, event: str) -> list[str]:
    """The CAMEO codes an event of this PLOVER type may carry: those under one of the type's CAMEO roots in the
    ontology or in the trigger patterns of the type (REQUEST reads appeals, 02, as well as demands, 10), and those
    the ontology maps to the type."""
    onto = dicts.ontology
    kind = onto.plover.get(event)
    if kind is None:
        return []
    roots = {*kind.cameo_roots, *(p.cameo[:2] for p in dicts.triggers.patterns if p.event == event)}
    return sorted(c.code for c in onto.cameo.values() if c.code.startswith(tuple(roots)) or c.plover == event)
