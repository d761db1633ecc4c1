"""People with dated roles from several lists made one: row decoding and the rule that reconciles two lists."""

from __future__ import annotations

import unicodedata
from collections.abc import Callable
from dataclasses import dataclass, field
from datetime import date, timedelta
from typing import Any

from eventwire.errors import DictionaryError

ALWAYS = date.min  # start of a role held "since ever" (Phoenix "<date") or at any other time (an undated role)
RECENT_FORMER = timedelta(days=5 * 365)  # a holder who left office this recently is still known by the name
_DAY = timedelta(days=1)


@dataclass(frozen=True, slots=True)
class Office:
    """A role: who a person acts for (country), as what (sectors), from ``start`` to ``end`` (None: still held).
    A role with start ALWAYS and no end is the person's role at any time no dated role covers."""

    role: str
    start: date
    end: date | None
    country: str | None = None  # when it differs from the person's
    sectors: tuple[str, ...] = ()

    @property
    def default(self) -> bool:
        return self.start == ALWAYS and self.end is None

    def holds(self, when: date) -> bool:
        return self.start <= when and (self.end is None or when <= self.end)


@dataclass(frozen=True, slots=True)
class OfficeHolder:
    """A person with dated roles; ``curated`` when a hand-kept list (not only derived data) knows them."""

    name: str
    country: str
    sectors: tuple[str, ...]
    offices: tuple[Office, ...]
    curated: bool = True

    def in_office(self, when: date | None) -> bool:
        return self.office_at(when) is not None or (when is None and bool(self.offices))

    def office_at(self, when: date | None) -> Office | None:
        """The office held at ``when``. Undated (one country only): the last office a hand-kept list names ("Prime
        Minister"), else the last a derived list dates, not the undated span it gives a former elite."""
        if when is None:
            if len({o.country for o in self.offices}) != 1:
                return None
            named = [o for o in self.offices if o.role] or [o for o in self.offices if not o.default]
            return (named or list(self.offices))[-1]
        return next((o for o in self.offices if o.holds(when)), None)

    def former(self, when: date) -> bool:
        """Out of office at ``when`` after holding one before it."""
        return self.office_at(when) is None and any(o.start <= when for o in self.offices)

    def left_within(self, when: date, span: timedelta) -> bool:
        """Out of office at ``when``, having left the last one no longer than ``span`` before."""
        ends = [o.end for o in self.offices if o.end is not None and o.end <= when]
        return self.former(when) and bool(ends) and when - max(ends) <= span

    def coding_at(self, when: date | None) -> tuple[str, tuple[str, ...]]:
        """Country and sectors of the office held at ``when``; a former office-holder is an elite (ELI, CAMEO)."""
        office = self.office_at(when)
        if office is None:
            return self.country, (("ELI",) if when is not None and self.former(when) else self.sectors)
        return office.country or self.country, office.sectors or self.sectors


def fold_accents(text: str) -> str:
    """The text without diacritics ("Erdoğan" → "Erdogan", "Peña Nieto" → "Pena Nieto"), as news often writes names."""
    if text.isascii():
        return text
    return "".join(ch for ch in unicodedata.normalize("NFKD", text) if not unicodedata.combining(ch))


def name_keys(alias: str) -> list[str]:
    """Look-up keys of a name: lower case, without diacritics when it has some, and without a middle initial
    ("John M. Poindexter" is also "John Poindexter", as news writes him)."""
    low = alias.lower()
    words = low.split()
    bare = " ".join(w for w in words[1:-1] if not _initial(w)) if len(words) > 2 else None
    variants = [low] if bare is None else [low, " ".join(filter(None, (words[0], bare, words[-1])))]
    return list(dict.fromkeys(k for v in variants for k in (v, fold_accents(v))))


def _initial(word: str) -> bool:
    """A middle initial: "m." or "m"."""
    return len(word.rstrip(".")) == 1 and word[0].isalpha()


def ordered(offices: list[Office]) -> tuple[Office, ...]:
    """Dated roles in time order, then the undated ones (looked at only when no dated role holds)."""
    return tuple(sorted(offices, key=lambda o: (o.default, o.start, o.end or date.max)))


_DAYS: dict[object, date] = {}  # many roles share a day (Phoenix cabinets change on the same dates)


def _day(value: object, where: str) -> date | None:
    """An ISO date "YYYY-MM-DD", a number YYYYMMDD, or null."""
    if value is None:
        return None
    known = _DAYS.get(value)
    if known is not None:
        return known
    try:
        if isinstance(value, int):
            day = date(value // 10000, value // 100 % 100, value % 100)
        else:
            day = date.fromisoformat(str(value))
        _DAYS[value] = day
        return day
    except ValueError:
        raise DictionaryError(f"bad date {value!r}", hint="use YYYY-MM-DD or YYYYMMDD", where=where) from None


@dataclass(frozen=True, slots=True)
class RawOffice:
    """An office as a file gives it, before reconciliation: ``open`` when its end was unknown to the source."""

    office: Office
    open: bool = False


def read_office(value: object, where: str) -> RawOffice:
    """An office object {"role","start","end","country","sectors"} or row [country, sectors, start, end, open]."""
    if isinstance(value, dict):
        start = _day(value.get("start"), where)
        if start is None:
            raise DictionaryError('an office needs a "start" date', hint="use YYYY-MM-DD", where=where)
        office = Office(
            str(value.get("role", "")),
            start,
            _day(value.get("end"), where),
            value.get("country"),
            tuple(value.get("sectors") or ()),
        )
        return RawOffice(office)
    if isinstance(value, list) and len(value) == 5 and isinstance(value[1], list):
        country, sectors, start, end, is_open = value
        office = Office("", _day(start, where) or ALWAYS, _day(end, where), country, tuple(sectors))
        return RawOffice(office, bool(is_open) and end is None)
    raise DictionaryError(
        f"an office must be an object or a [country, sectors, start, end, open] row, found {value!r}", where=where
    )


def rows_to_entries(data: dict[str, Any], key: str, where: str) -> list[Any]:
    """The entries of a file: objects as written, or rows turned into objects by the file's "columns"."""
    entries = data.get(key)
    if not isinstance(entries, list):
        raise DictionaryError(f'expected a "{key}" list', where=where)
    columns = data.get("columns")
    if columns is None:
        return entries
    if not (isinstance(columns, list) and all(isinstance(c, str) for c in columns)):
        raise DictionaryError('"columns" must be a list of field names', where=where)
    out = []
    for n, row in enumerate(entries, start=1):
        if not (isinstance(row, list) and len(row) == len(columns)):
            raise DictionaryError(f"row {n} must have {len(columns)} values ({columns}), found {row!r}", where=where)
        out.append(dict(zip(columns, row, strict=True)))
    return out


def clip(known: tuple[Office, ...], extra: list[RawOffice]) -> list[Office]:
    """The reconciliation rule. ``known`` are a person's offices in the list that wins (the office-holder list:
    newer, curated); ``extra`` the same person's roles from another list (Phoenix, data to 2014). An extra role
    keeps only the days no known office covers, and an open-ended one (its end unknown to its source) never
    continues past a known office it overlaps: the known list says when that office ended."""
    out: list[Office] = []
    spans = [(o.start, o.end or date.max) for o in known if not o.default]
    for raw in extra:
        o = raw.office
        if o.default:
            out.append(o)
            continue
        pieces = [(o.start, o.end or date.max)]
        for ks, ke in spans:
            cut: list[tuple[date, date]] = []
            for s, e in pieces:
                if e < ks or s > ke:
                    cut.append((s, e))
                    continue
                if s < ks:
                    cut.append((s, ks - _DAY))
                if e > ke and not raw.open:
                    cut.append((ke + _DAY, e))
            pieces = cut
        for s, e in pieces:
            out.append(Office(o.role, s, None if e == date.max else e, o.country, o.sectors))
    return out


CodeCheck = Callable[[object, str], str | None]


@dataclass(slots=True)
class _Pending:
    """A derived file's person, built on the first look-up of one of its names."""

    entry: Any
    columns: list[str] | None
    where: str
    check: CodeCheck
    valid: frozenset[str]
    done: bool = False


@dataclass
class PeopleIndex:
    """Every person with dated roles, one record a person, by name key. Hand-kept files are built on load;
    derived files ("fills_gaps": true) are indexed by name on load and each person built (validated, reconciled
    with the hand-kept record of the same full name and country by ``clip``) on the first look-up of a name."""

    people: dict[str, list[OfficeHolder]] = field(default_factory=dict)
    pending: dict[str, list[_Pending]] = field(default_factory=dict)
    keys_of: dict[int, set[str]] = field(default_factory=dict)  # id(holder) → its keys
    surnames: dict[str, list[OfficeHolder]] = field(default_factory=dict)  # hand-kept people by last name, on use

    def add(self, data: dict[str, Any], where: str, check: CodeCheck, valid: frozenset[str]) -> None:
        if not data.get("fills_gaps"):
            for n, entry in enumerate(rows_to_entries(data, "people", where), start=1):
                self._build(entry, f"{where}: person {n}", check, valid, derived=False)
            return
        columns = data.get("columns")
        entries = data.get("people")
        if not isinstance(entries, list) or (columns is not None and not isinstance(columns, list)):
            raise DictionaryError('expected a "people" list (and "columns" as a list of names)', where=where)
        at_name = columns.index("name") if columns and "name" in columns else None
        at_aliases = columns.index("aliases") if columns and "aliases" in columns else None
        for n, entry in enumerate(entries, start=1):
            if at_name is not None and isinstance(entry, list) and len(entry) == len(columns or ()):
                names = [entry[at_name], *(entry[at_aliases] if at_aliases is not None else [])]
            elif isinstance(entry, dict):
                names = [entry.get("name"), *(entry.get("aliases") or [])]
            else:
                raise DictionaryError(f"person {n} must be a row of {columns} or an object", where=where)
            pending = _Pending(entry, columns, f"{where}: person {n}", check, valid)
            for name in names:
                if not isinstance(name, str):
                    raise DictionaryError(f"names must be strings, found {name!r}", where=pending.where)
                for key in name_keys(name):
                    self.pending.setdefault(key, []).append(pending)

    def build_all(self) -> int:
        """Build every pending person now (a full validation of the derived files); how many were built."""
        count = 0
        for key in list(self.pending):
            count += self._flush(key)
        return count

    def _flush(self, key: str) -> int:
        count = 0
        for p in self.pending.pop(key, ()):
            if not p.done:
                p.done = True
                entry = dict(zip(p.columns, p.entry, strict=True)) if p.columns else p.entry
                self._build(entry, p.where, p.check, p.valid, derived=True)
                count += 1
        return count

    def get(self, key: str) -> list[OfficeHolder]:
        """The people under this key, with every derived person who may be one of them already merged in (built
        under any full name of theirs), so that a record never depends on the order of look-ups."""
        todo = [key]
        while todo:
            k = todo.pop()
            if self._flush(k):
                todo.append(k)
            for h in self.people.get(k, ()):
                todo += [other for other in self.keys_of.get(id(h), ()) if other in self.pending]
        return self.people.get(key, [])

    def __contains__(self, key: str) -> bool:
        return key in self.people or key in self.pending

    def curated_keys(self) -> list[str]:
        return sorted(k for k, hs in self.people.items() if any(h.curated for h in hs))

    def _build(self, entry: Any, where: str, check: CodeCheck, valid: frozenset[str], *, derived: bool) -> None:
        if not isinstance(entry, dict) or not isinstance(entry.get("name"), str):
            raise DictionaryError('a person needs a "name" string', where=where)
        country = check(entry.get("country"), where)
        offices = entry.get("offices")
        if country is None or not isinstance(offices, list):
            raise DictionaryError('a person needs a "country" code and an "offices" list', where=where)
        raw = [read_office(o, where) for o in offices]
        for r in raw:
            check(r.office.country, where)
            _check_sectors(r.office.sectors, valid, where)
        aliases = [entry["name"], *(entry.get("aliases") or [])]
        known = self._same_person(aliases, country) if derived else None
        if known is not None:
            merged = OfficeHolder(
                known.name, known.country, known.sectors, ordered([*known.offices, *clip(known.offices, raw)])
            )
            self._replace(known, merged, aliases)
            return
        sectors = tuple(entry.get("sectors") or ("GOV",))
        _check_sectors(sectors, valid, where)
        self._register(
            OfficeHolder(entry["name"], country, sectors, ordered([r.office for r in raw]), not derived), aliases
        )

    def _register(self, holder: OfficeHolder, aliases: list[str]) -> None:
        keys = self.keys_of.setdefault(id(holder), set())
        for alias in dict.fromkeys(aliases):
            for key in name_keys(alias):
                if key not in keys:
                    self.people.setdefault(key, []).append(holder)
                    keys.add(key)

    def _same_person(self, aliases: list[str], country: str) -> OfficeHolder | None:
        """A known person with one of these full names (two words or more) serving the same country."""
        for alias in aliases:
            if len(alias.split()) < 2:
                continue
            for key in name_keys(alias):
                for h in self.people.get(key, ()):
                    if h.country == country or any(o.country == country for o in h.offices):
                        return h
        return None

    def _replace(self, old: OfficeHolder, new: OfficeHolder, aliases: list[str]) -> None:
        """One person from two lists: ``new`` takes ``old``'s place under every key, plus the new aliases."""
        keys = self.keys_of.pop(id(old))
        for key in keys:
            self.people[key] = [new if h is old else h for h in self.people[key]]
        self.keys_of[id(new)] = keys
        self._register(new, aliases)

    def leader_called(self, surname: str, when: date, roles: frozenset[str]) -> OfficeHolder | None:
        """The hand-kept office-holder of this last name who held one of ``roles`` (lower case) at ``when`` ("the
        Morales government" in 2008: Evo Morales); None when nobody did, or people of several countries did."""
        if not self.surnames:
            curated = {id(h): h for hs in self.people.values() for h in hs if h.curated}
            for h in curated.values():
                self.surnames.setdefault(fold_accents(h.name.split()[-1]).lower(), []).append(h)
        found = [  # the office of those roles held then (a leader may hold a party office too, listed first)
            (h, o.country or h.country)
            for h in self.surnames.get(fold_accents(surname).lower(), ())
            for o in h.offices
            if o.holds(when) and o.role.lower() in roles
        ]
        return found[0][0] if len({country for _, country in found}) == 1 else None

    def lookup(self, surface: str, when: date | None) -> OfficeHolder | None:
        """The person known by this name at ``when``: first among those holding a dated office then (not as ELI),
        then among those with any role then (an undated one included), then among former holders of the hand-kept
        list (coded ELI by ``coding_at``). In the first group that has anyone: one person, or several of one
        country (the latest to take office); None when they serve different countries. With no date, any holder
        of that name as long as they all served the same country ("Bush")."""
        known = self.get(surface.lower()) or self.get(fold_accents(surface).lower())
        if when is None:
            holders = [h for h in known if h.in_office(None)]
            if len({(h.country, h.name) for h in holders}) == 1 or (
                holders and len({h.coding_at(None)[0] for h in holders}) == 1
            ):
                return holders[-1]
            return None
        at = when
        tiers = (
            [
                h
                for h in known
                if (o := h.office_at(at)) is not None and not o.default and "ELI" not in h.coding_at(at)[1]
            ],
            [h for h in known if h.office_at(at) is not None],
            [h for h in known if h.curated and h.former(at)],
            [h for h in known if h.left_within(at, RECENT_FORMER)],  # "Poindexter" months after he resigned
        )
        for tier in tiers:
            if tier:
                if len({h.country for h in tier}) > 1:
                    return None
                return max(tier, key=lambda h: max((o.start for o in h.offices if o.start <= at), default=ALWAYS))
        return None


def _check_sectors(sectors: tuple[str, ...], valid: frozenset[str], where: str) -> None:
    if not valid.issuperset(sectors):
        bad = [s for s in sectors if s not in valid]
        raise DictionaryError(f"unknown sector codes {bad}", hint=f"use one of {sorted(valid)}", where=where)
