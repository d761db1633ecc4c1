"""A participant's coding guessed from its words by the dictionaries: country names, organisations, office-holders
and titles (what an analyst's selected phrase is filled in with unless they say otherwise)."""

from __future__ import annotations

import re
from dataclasses import dataclass
from datetime import date

from eventwire.dictionaries import Dictionaries

_WORD = re.compile(r"[\w'’.-]+")
_MAX_WORDS = 5


@dataclass(frozen=True, slots=True)
class Suggestion:
    name: str | None
    code: str | None
    sector: str | None
    kind: str | None
    resolved_by: str  # which dictionary said so (what "explain" shows)


def _runs(words: list[str]) -> list[str]:
    """Every run of up to _MAX_WORDS consecutive words, longest first."""
    out = []
    for n in range(min(_MAX_WORDS, len(words)), 0, -1):
        out += [" ".join(words[i : i + n]) for i in range(len(words) - n + 1)]
    return out


def suggest(text: str, dicts: Dictionaries, when: date | None = None) -> Suggestion:
    """The likeliest coding of a phrase: an office-holder by name, an organisation, a country (name, adjective or
    capital), with the sector of a title in it ("French President Emmanuel Macron": Macron, FRA, GOV)."""
    lex = dicts.actors
    words = [w for w in map(_bare, _WORD.findall(text)) if w]
    runs = _runs(words)
    sectors = [s for run in runs if (role := lex.roles.get(run.lower())) for s in role.sectors]
    for run in runs:
        if run[:1].isupper() and (holder := lex.person(run, when)) is not None:
            code, held = holder.coding_at(when)
            return Suggestion(holder.name, code, _first(*held, *sectors), "person", "office-holder")
    for run in runs:
        org = lex.org(run)
        if org is not None:
            kind = "organization" if org.kind in ("igo", "ngo", "national", "party", "media") else "group"
            return Suggestion(org.name, org.code, _first(*org.sectors, *sectors), kind, "organization")
    for run in runs:
        hit = lex.country(run)
        if hit is not None:
            whole = run == " ".join(words) and not sectors
            name = lex.country_names.get(hit.code) if whole else text.strip()
            kind = "country" if whole else "person" if _named(words, run) else "group"
            return Suggestion(name, hit.code, _first(*sectors), kind, f"country-{hit.how}")
    return Suggestion(
        text.strip(), None, _first(*sectors), "group" if sectors else None, "title" if sectors else "none"
    )


def _first(*sectors: str) -> str | None:
    return sectors[0] if sectors else None


def _bare(word: str) -> str:
    """A word without a possessive ending or a sentence's full stop ("Iran's" → Iran; "U.S." stays)."""
    word = word[:-2] if word.endswith(("'s", "’s")) else word.rstrip("'’")
    return word if "." in word[:-1] else word.rstrip(".")


def _named(words: list[str], country: str) -> bool:
    """Whether the phrase ends in a capitalised name besides the country word ("French President Macron")."""
    rest = [w for w in words if w not in country.split()]
    return bool(rest) and rest[-1][:1].isupper()
