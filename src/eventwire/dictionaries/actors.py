"""Actor lexicon: countries (names, adjectives, capitals), organisations, roles → sectors, dated office-holders."""

from __future__ import annotations

import unicodedata
from collections import defaultdict
from dataclasses import dataclass
from datetime import date
from typing import Any

from eventwire.errors import DictionaryError

_CODE_LEN = 3


@dataclass(frozen=True, slots=True)
class CountryHit:
    code: str
    name: str
    how: str  # name | adjective | capital


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


@dataclass(frozen=True, slots=True)
class Office:
    role: str
    start: date
    end: date | None
    country: str | None = None  # when it differs from the person's
    sectors: tuple[str, ...] = ()


@dataclass(frozen=True, slots=True)
class OfficeHolder:
    name: str
    country: str
    sectors: tuple[str, ...]
    offices: tuple[Office, ...]

    def in_office(self, when: date | None) -> bool:
        return self.office_at(when) is not None or (when is None and bool(self.offices))

    def office_at(self, when: date | None) -> Office | None:
        if when is None:
            return self.offices[-1] if len({o.country for o in self.offices}) == 1 else None
        return next((o for o in self.offices if o.start <= when and (o.end is None or when <= o.end)), None)

    def coding_at(self, when: date | None) -> tuple[str, tuple[str, ...]]:
        """Country and sectors of the office held at ``when``."""
        office = self.office_at(when)
        if office is None:
            return self.country, self.sectors
        return office.country or self.country, office.sectors or self.sectors


def _need(entry: dict[str, Any], key: str, kind: type, where: str) -> Any:
    value = entry.get(key)
    if not isinstance(value, kind):
        raise DictionaryError(f'"{key}" must be a {kind.__name__}, found {type(value).__name__}', where=where)
    return value


def fold_accents(text: str) -> str:
    """The text without diacritics ("Erdoğan" → "Erdogan", "Peña Nieto" → "Pena Nieto"), as news often writes names."""
    if text.isascii():
        return text
    return "".join(ch for ch in unicodedata.normalize("NFKD", text) if not unicodedata.combining(ch))


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


def _date(value: object, where: str) -> date:
    try:
        return date.fromisoformat(str(value))
    except ValueError:
        raise DictionaryError(f"bad date {value!r}", hint="use YYYY-MM-DD", where=where) from None


class ActorLexicon:
    """Phrase tables keyed by lowercased surface text (acronyms keep their case)."""

    def __init__(self) -> None:
        self.countries: dict[str, CountryHit] = {}
        self.country_names: dict[str, str] = {}  # code → canonical name
        self.orgs_cased: dict[str, Organization] = {}  # exact alias as written
        self.orgs_upper: dict[str, Organization] = {}  # for ALL-CAPS text (headlines)
        self.orgs: dict[str, Organization] = {}  # lowercase, multi-word aliases only
        self.roles: dict[str, Role] = {}
        self.people: dict[str, list[OfficeHolder]] = defaultdict(list)
        self.max_tokens = 1

    def _width(self, key: str) -> None:
        self.max_tokens = max(self.max_tokens, len(key.split()))

    def add_countries(self, data: dict[str, Any], where: str) -> None:
        for n, entry in enumerate(_need(data, "countries", list, where), start=1):
            w = f"{where}: country {n}"
            code = _code(entry.get("code"), w)
            assert code is not None
            name = _need(entry, "name", str, w)
            self.country_names[code] = name
            for how, key in (("name", "names"), ("adjective", "adjectives"), ("capital", "capitals")):
                for alias in [name] * (how == "name") + list(entry.get(key) or []):
                    k = alias.lower()
                    if how != "name" and k in self.countries and self.countries[k].how == "name":
                        continue
                    self.countries[k] = CountryHit(code, name, how)
                    self._width(k)

    def add_organizations(self, data: dict[str, Any], valid: frozenset[str], where: str) -> None:
        for n, entry in enumerate(_need(data, "organizations", list, where), start=1):
            w = f"{where}: organization {n}"
            name = _need(entry, "name", str, w)
            kind = _need(entry, "kind", str, w)
            code = _code(entry.get("code"), w, nullable=kind == "media")
            org = Organization(name, code, _sectors(entry.get("sectors", []), valid, w), kind)
            for alias in {name, *(entry.get("aliases") or [])}:
                self.orgs_cased[alias] = org
                self.orgs_upper.setdefault(alias.upper(), org)
                if len(alias.split()) > 1:
                    self.orgs.setdefault(alias.lower(), org)
                self._width(alias)

    def add_roles(self, data: dict[str, Any], valid: frozenset[str], where: str) -> None:
        for n, entry in enumerate(_need(data, "roles", list, where), start=1):
            w = f"{where}: role group {n}"
            sectors = _sectors(entry.get("sectors", []), valid, w)
            title = bool(entry.get("person_title", False))
            for term in _need(entry, "terms", list, w):
                k = str(term).lower()
                old = self.roles.get(k)
                merged = tuple(dict.fromkeys((*old.sectors, *sectors))) if old else sectors
                self.roles[k] = Role(k, merged, title or bool(old and old.person_title))
                self._width(k)

    def add_officeholders(self, data: dict[str, Any], where: str) -> None:
        for n, entry in enumerate(_need(data, "people", list, where), start=1):
            w = f"{where}: person {n}"
            name = _need(entry, "name", str, w)
            offices = tuple(
                Office(
                    str(o.get("role", "")),
                    _date(o.get("start"), w),
                    _date(o["end"], w) if o.get("end") else None,
                    _code(o.get("country"), w, nullable=True),
                    tuple(o.get("sectors") or ()),
                )
                for o in _need(entry, "offices", list, w)
            )
            country = _code(entry.get("country"), w)
            assert country is not None
            holder = OfficeHolder(name, country, tuple(entry.get("sectors") or ("GOV",)), offices)
            for alias in {name, *(entry.get("aliases") or [])}:
                self.people[alias.lower()].append(holder)
                if fold_accents(alias) != alias:
                    self.people[fold_accents(alias).lower()].append(holder)

    def proper_forms(self) -> tuple[dict[str, str], dict[str, str]]:
        """UPPER-CASE word → written form, for re-casing headlines: (countries and people, organisations)."""
        strong: dict[str, str] = {}
        for key in list(self.countries) + list(self.people):
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
            found = self.orgs.get(surface.lower())
        return found

    def country(self, surface: str) -> CountryHit | None:
        """A country by name, adjective or capital; the text must be capitalised as a proper name."""
        if not surface[:1].isupper():
            return None
        low = surface.lower()
        hit = self.countries.get(low)
        if hit is None and low.endswith(("'s", "’s")):
            hit = self.countries.get(low[:-2])
        return hit

    def person(self, surface: str, when: date | None) -> OfficeHolder | None:
        """The office-holder known by this name at ``when``; with no date, any holder of that name as long as
        they all served the same country ("Bush"). None when unknown or ambiguous."""
        known = self.people.get(surface.lower()) or self.people.get(fold_accents(surface).lower(), [])
        holders = [h for h in known if h.in_office(when)]
        if len({(h.country, h.name) for h in holders}) == 1:
            return holders[0]
        if when is None and holders and len({h.coding_at(None)[0] for h in holders}) == 1:
            return holders[-1]
        return None
