"""Actor lexicon: countries (names, adjectives, capitals), organisations, roles → sectors, dated office-holders."""

from __future__ import annotations

import re
from dataclasses import dataclass
from datetime import date
from typing import Any

from eventwire.dictionaries.people import OfficeHolder as OfficeHolder  # re-exported: the resolvers import it here
from eventwire.dictionaries.people import PeopleIndex, rows_to_entries
from eventwire.dictionaries.people import fold_accents as fold_accents
from eventwire.errors import DictionaryError

_CODE_LEN = 3
_PIECES = re.compile(r"[^\W_]+|[^\w\s]|_")  # runs of letters or digits, single punctuation marks


@dataclass(frozen=True, slots=True)
class CountryHit:
    code: str
    name: str
    how: str  # name | adjective | capital | combining


@dataclass(frozen=True, slots=True)
class Organization:
    name: str
    code: str | None
    sectors: tuple[str, ...]
    kind: str  # igo | ngo | national | group | party | media


@dataclass(frozen=True, slots=True)
class Role:
    term: str
    sectors: tuple[str, ...]
    person_title: bool


def _need(entry: dict[str, Any], key: str, kind: type, where: str) -> Any:
    value = entry.get(key)
    if not isinstance(value, kind):
        raise DictionaryError(f'"{key}" must be a {kind.__name__}, found {type(value).__name__}', where=where)
    return value


def _code(value: object, where: str, *, nullable: bool = False) -> str | None:
    if value is None and nullable:
        return None
    if not (isinstance(value, str) and len(value) == _CODE_LEN and value.isupper()):
        raise DictionaryError(f"code must be 3 capital letters, found {value!r}", where=where)
    return value


def _sectors(value: object, valid: frozenset[str], where: str) -> tuple[str, ...]:
    if not isinstance(value, list):
        raise DictionaryError('"sectors" must be a list', where=where)
    bad = [s for s in value if s not in valid]
    if bad:
        raise DictionaryError(f"unknown sector codes {bad}", hint=f"use one of {sorted(valid)}", where=where)
    return tuple(value)


# words that may stay lower case inside a proper name ("Free People of Galilee")
_NAME_GLUE = frozenset({"of", "the", "and", "for", "de", "del", "la", "el", "al", "in", "on", "&", "-"})


def _titled(surface: str) -> bool:
    """Written as a proper name: every word but the glue words starts with a capital."""
    return all(w[:1].isupper() or w.lower() in _NAME_GLUE or not w[:1].isalpha() for w in surface.split())


class ActorLexicon:
    """Phrase tables keyed by lowercased surface text (acronyms keep their case). Files marked "fills_gaps"
    (derived data, e.g. the Phoenix conversion) only add what the hand-kept files do not already say."""

    def __init__(self, nonstate: frozenset[str] = frozenset()) -> None:
        self.countries: dict[str, CountryHit] = {}
        self.country_names: dict[str, str] = {}  # code → canonical name
        self.with_capital: set[str] = set()  # codes of countries with a capital of another name (not Singapore)
        self.combining: dict[str, CountryHit] = {}  # "franco" of "Franco-German": only before a hyphen
        self.nonstate = nonstate  # codes valid besides countries (IGO, UNO, EUR, NGO, MNC, IMG, ...)
        self.orgs_cased: dict[str, Organization] = {}  # exact alias as written
        self.orgs_upper: dict[str, Organization] = {}  # for ALL-CAPS text (headlines)
        self.orgs: dict[str, Organization] = {}  # lowercase, multi-word aliases only
        self.orgs_titled: dict[str, Organization] = {}  # lowercase, derived multi-word names written as names
        self.roles: dict[str, Role] = {}
        self.people = PeopleIndex()
        self.first: dict[str, int] = {}  # first word of an entry → the most words such an entry spans

    def _width(self, key: str) -> None:
        """Index an entry by its first word: how many words (at most: each run of letters or digits and each
        punctuation mark, as the tokenizer may split them) an entry starting with it spans."""
        pieces = _PIECES.findall(key.lower())
        if pieces:
            self.first[pieces[0]] = max(self.first.get(pieces[0], 0), len(pieces))

    def span_limit(self, text: str, lemma: str) -> int:
        """The most words an entry starting with this word (as written, or its lemma) can span; 0 when none
        starts with it, so that scanning a phrase looks up only where an entry may begin."""
        out = 0
        for form in (text, lemma):
            pieces = _PIECES.findall(form.lower())
            if pieces:
                out = max(out, self.first.get(pieces[0], 0))
        return out

    def _known_code(self, value: object, where: str, *, nullable: bool = False) -> str | None:
        """A 3-letter code that countries.json or the ontology's non-state codes define."""
        if isinstance(value, str) and (value in self.country_names or value in self.nonstate):
            return value
        code = _code(value, where, nullable=nullable)
        if code is not None and self.nonstate and code not in self.country_names and code not in self.nonstate:
            raise DictionaryError(
                f"unknown country code {code!r}",
                hint="use a code from countries.json (or add the country there) or one of "
                + " ".join(sorted(self.nonstate)),
                where=where,
            )
        return code

    def add_countries(self, data: dict[str, Any], where: str) -> None:
        for n, entry in enumerate(_need(data, "countries", list, where), start=1):
            w = f"{where}: country {n}"
            code = _code(entry.get("code"), w)
            assert code is not None
            name = _need(entry, "name", str, w)
            self.country_names[code] = name
            if entry.get("capitals"):
                self.with_capital.add(code)
            for form in entry.get("combining") or []:
                self.combining[form.lower()] = CountryHit(code, name, "combining")
            for how, key in (("name", "names"), ("adjective", "adjectives"), ("capital", "capitals")):
                for alias in [name] * (how == "name") + list(entry.get(key) or []):
                    k = alias.lower()
                    if how != "name" and k in self.countries and self.countries[k].how == "name":
                        continue
                    self.countries[k] = CountryHit(code, name, how)
                    self._width(k)

    def add_organizations(self, data: dict[str, Any], valid: frozenset[str], where: str) -> None:
        """Organisations; derived ones add only aliases not yet known, and match only written as names (a
        one-word alias in its own case, a longer one with capitals: "International Solidarity", not "international
        solidarity"). Media, and armed groups of no one country, may have a null code."""
        derived = bool(data.get("fills_gaps"))
        for n, entry in enumerate(rows_to_entries(data, "organizations", where), start=1):
            w = f"{where}: organization {n}"
            name = _need(entry, "name", str, w)
            kind = _need(entry, "kind", str, w)
            code = self._known_code(entry.get("code"), w, nullable=kind in ("media", "group"))
            org = Organization(name, code, _sectors(entry.get("sectors", []), valid, w), kind)
            for alias in dict.fromkeys([name, *(entry.get("aliases") or [])]):
                if derived and (alias in self.orgs_cased or alias.lower() in self.orgs):
                    continue
                self.orgs_cased[alias] = org
                self.orgs_upper.setdefault(alias.upper(), org)
                if len(alias.split()) > 1:
                    (self.orgs_titled if derived else self.orgs).setdefault(alias.lower(), org)
                self._width(alias)

    def add_roles(self, data: dict[str, Any], valid: frozenset[str], where: str) -> None:
        """Role terms → sectors; a term listed twice gets both sectors, except that derived files add new terms only."""
        derived = bool(data.get("fills_gaps"))
        for n, entry in enumerate(rows_to_entries(data, "roles", where), start=1):
            w = f"{where}: role group {n}"
            sectors = _sectors(entry.get("sectors", []), valid, w)
            title = bool(entry.get("person_title", False))
            for term in _need(entry, "terms", list, w):
                k = str(term).lower()
                old = self.roles.get(k)
                if derived and old is not None:
                    continue
                merged = tuple(dict.fromkeys((*old.sectors, *sectors))) if old else sectors
                self.roles[k] = Role(k, merged, title or bool(old and old.person_title))
                self._width(k)

    def add_officeholders(self, data: dict[str, Any], valid: frozenset[str], where: str) -> None:
        """People with dated roles (see ``people.PeopleIndex.add``)."""
        self.people.add(data, where, lambda value, w: self._known_code(value, w, nullable=True), valid)

    def proper_forms(self) -> tuple[dict[str, str], dict[str, str]]:
        """UPPER-CASE word → written form, for re-casing headlines: (countries and people, organisations)."""
        strong: dict[str, str] = {}
        for key in list(self.countries) + self.people.curated_keys():  # derived names hold common words (Grant)
            for word in key.split():
                if word[:1].isalpha():
                    strong.setdefault(word.upper(), word.capitalize())
        weak: dict[str, str] = {}
        for alias in self.orgs_cased:
            for word in alias.split():
                if word[:1].isalpha():
                    weak.setdefault(word.upper(), word)
        return strong, weak

    # -- lookups -----------------------------------------------------------------------------------
    def org(self, surface: str) -> Organization | None:
        """An organisation by alias: exact case, or any case for ALL-CAPS text and multi-word names."""
        found = self.orgs_cased.get(surface)
        if found is None and surface.isupper():
            found = self.orgs_upper.get(surface)
        if found is None and " " in surface:
            low = surface.lower()
            found = self.orgs.get(low) or (self.orgs_titled.get(low) if _titled(surface) else None)
        return found

    def combining_form(self, surface: str) -> CountryHit | None:
        """A country by the form that opens a hyphenated pair ("Franco" of "Franco-German talks"), capitalised."""
        return self.combining.get(surface.lower()) if surface[:1].isupper() else None

    def country(self, surface: str) -> CountryHit | None:
        """A country by name, adjective or capital; the text must be capitalised as a proper name."""
        if not (surface[:1].isupper() or (surface.startswith("the ") and surface[4:5].isupper())):
            return None  # "turkey", "the times"; "authorities in the Dominican Republic" is a name after "the"
        low = surface.lower()
        hit = self.countries.get(low)
        if hit is None and low.endswith(("'s", "’s")):
            hit = self.countries.get(low[:-2])
        if hit is None and "." in low and not low.endswith("."):  # "U.S" for "U.S.", as headlines write it
            hit = self.countries.get(low + ".")
        if hit is None and low.startswith("the "):  # "The People's Republic of China", "the Dominican Republic"
            hit = self.country(surface[4:])
        return hit

    def person(self, surface: str, when: date | None) -> OfficeHolder | None:
        """The office-holder known by this name at ``when`` (see ``people.PeopleIndex.lookup``)."""
        return self.people.lookup(surface, when)

    def leader(self, surname: str, when: date, roles: frozenset[str]) -> OfficeHolder | None:
        """The leader of this last name in one of ``roles`` at ``when`` (see ``people.PeopleIndex.leader_called``)."""
        return self.people.leader_called(surname, when, roles)
