"""Convert the Phoenix/PETRARCH actor dictionaries (MIT) into eventwire's own data files, reproducibly.

Usage: python scripts/convert_phoenix.py [../shared/knowledge/phoenix-dictionaries]
Writes, in src/eventwire/dictionaries/data/: officeholders-phoenix.json (dated people), organizations-phoenix.json
(institutions, IGOs, NGOs, companies, armed groups), roles-phoenix.json (agent nouns), PHOENIX-LICENSE.txt. The same
input always gives byte-identical files. CAMEO actor codes become the project's codes: the country (ISO alpha-3 as
countries.json has it, CAMEO exceptions mapped: USR→SUN, KSV→KOS, TMP→TLS, dependencies to their state, ...) or
IGO/UNO/EUR/NGO/MNC/IMG, and sectors from the ontology (CAMEO MED "media" → JRN, HLH "health" → MED). Entries whose
country cannot be told (regional codes, placeholders) are kept as uncoded armed groups or dropped; the counts are
printed.
"""

from __future__ import annotations

import json
import re
import sys
from collections import Counter, defaultdict
from dataclasses import dataclass, field
from datetime import date
from pathlib import Path
from typing import Any

ROOT = Path(__file__).resolve().parents[1]
DATA = ROOT / "src/eventwire/dictionaries/data"
FILES = ("Phoenix.Countries.actors.txt", "Phoenix.International.actors.txt", "Phoenix.MilNonState.actors.txt")
SOURCE = "Phoenix/PETRARCH dictionaries (Open Event Data Alliance, 2014; from CountryInfo.140130), MIT licence"
CUTOFF = "2014-01-30"  # CountryInfo.140130: the data's last day; open-ended roles (">date") were held then

# CAMEO country codes that differ from the project's (countries.json): historic states, CAMEO spellings, and
# dependencies folded into their state as PLOVER does; partially recognised entities go to the claimant + PRE
COUNTRY_MAP = {
    "USR": "SUN", "KSV": "KOS", "TMP": "TLS", "ROM": "ROU", "ZAR": "COD", "FRY": "YUG", "SCG": "YUG",
    "BMU": "GBR", "AIA": "GBR", "CYM": "GBR", "GGY": "GBR", "VGB": "GBR", "FLK": "GBR", "GIB": "GBR", "MSR": "GBR",
    "COK": "NZL", "NIU": "NZL", "TKL": "NZL", "ABW": "NLD", "ANT": "NLD", "PRI": "USA", "GUM": "USA", "ASM": "USA",
    "VIR": "USA", "GLP": "FRA", "MTQ": "FRA", "GUF": "FRA", "PYF": "FRA", "NCL": "FRA", "FRO": "DNK", "GRL": "DNK",
}  # fmt: skip
PARTIAL = {"SRP": "BIH", "KRJ": "HRV"}  # Republika Srpska, Serbian Krajina
NONSTATE = {"NGO": "NGO", "MNC": "MNC", "IMG": "IMG"}
NONSTATE_SECTOR = {"NGO": "NGO", "MNC": "BUS"}  # what a company or NGO code keeps with a home country (not IMG)
REGIONS = frozenset(
    [
        "AFR",
        "ASA",
        "BLK",
        "CAS",
        "CAU",
        "CFR",
        "CRB",
        "EAF",
        "EEU",
        "EIN",
        "EUR",
        "INT",
        "LAM",
        "MDT",
        "MEA",
        "NAF",
        "NMR",
        "PGS",
        "SAF",
        "SAM",
        "SAS",
        "SCN",
        "SEA",
        "WAF",
        "WEU",
        "WST",
    ]
)
# CAMEO sector segments → project sectors (None: a CAMEO attribute with no PLOVER sector, dropped)
SECTORS: dict[str, str | None] = {
    "GOV": "GOV", "MIL": "MIL", "REB": "REB", "OPP": "OPP", "PTY": "PTY", "COP": "COP", "JUD": "JUD", "SPY": "SPY",
    "LEG": "LEG", "BUS": "BUS", "ELI": "ELI", "CVL": "CVL", "EDU": "EDU", "LAB": "LAB", "AGR": "AGR", "REF": "REF",
    "CRM": "CRM", "UAF": "UAF", "REL": "REL", "MED": "JRN", "HLH": "MED", "HRI": "SOC", "ENV": "SOC", "PPL": "CVL",
    "INS": "REB", "SEP": "REB", "UNR": "PRE", "IRC": "NGO", "NGO": "NGO", "IGO": "IGO", "MNC": "BUS",
    "DEV": None, "RAD": None, "MOD": None, "OCC": None, "SET": "CVL",
}  # fmt: skip
# religions: the sector REL when the code names the religion first (a cleric), nothing when it qualifies (REBMUS)
RELIGIONS = frozenset(
    [
        "MUS",
        "CHR",
        "CTH",
        "PRO",
        "ORT",
        "JEW",
        "HIN",
        "BUD",
        "SHI",
        "SUN",
        "SIK",
        "TAO",
        "CON",
        "JAN",
        "ZRO",
        "ATH",
        "ITH",
        "DOX",
        "SFI",
        "ALE",
        "BAH",
    ]
)
# words that make a name an institution rather than a person
INSTITUTION_WORDS = frozenset(
    [
        "OF",
        "THE",
        "FOR",
        "AND",
        "ON",
        "IN",
        "TO",
        "ORGANIZATION",
        "ORGANISATION",
        "ASSOCIATION",
        "UNION",
        "COMMITTEE",
        "COUNCIL",
        "FRONT",
        "MOVEMENT",
        "PARTY",
        "BANK",
        "AGENCY",
        "FUND",
        "FOUNDATION",
        "INSTITUTE",
        "INTERNATIONAL",
        "NATIONAL",
        "CENTER",
        "CENTRE",
        "COMMISSION",
        "FEDERATION",
        "LEAGUE",
        "ALLIANCE",
        "GROUP",
        "SOCIETY",
        "NETWORK",
        "PROGRAM",
        "PROGRAMME",
        "PROJECT",
        "TRUST",
        "CAMPAIGN",
        "COALITION",
        "CONFERENCE",
        "OFFICE",
        "MINISTRY",
        "DEPARTMENT",
        "ARMY",
        "FORCE",
        "FORCES",
        "POLICE",
        "BRIGADE",
        "BRIGADES",
        "GUARD",
        "GUARDS",
        "CORPS",
        "COURT",
        "TRIBUNAL",
        "ASSEMBLY",
        "PARLIAMENT",
        "CONGRESS",
        "SENATE",
        "GOVERNMENT",
        "AUTHORITY",
        "BUREAU",
        "SERVICE",
        "SERVICES",
        "UNIVERSITY",
        "COLLEGE",
        "SCHOOL",
        "CHURCH",
        "MISSION",
        "INC",
        "CORP",
        "CORPORATION",
        "COMPANY",
        "LTD",
        "CO",
        "HOLDINGS",
        "INDUSTRIES",
        "AIRLINES",
        "AIRWAYS",
        "PETROLEUM",
        "OIL",
        "GAS",
        "MOTORS",
        "BANKING",
        "CLUB",
        "COOPERATIVE",
        "CONFEDERATION",
        "SECRETARIAT",
        "DIRECTORATE",
        "ADMINISTRATION",
        "UNIT",
        "UNITS",
        "DIVISION",
        "REGIMENT",
        "BATTALION",
        "CELLS",
        "CELL",
        "NUCLEI",
        "COMMANDOS",
        "MILITIA",
        "MILITIAS",
        "REVOLUTIONARY",
        "LIBERATION",
        "RESISTANCE",
        "ISLAMIC",
        "ARMED",
        "WATCH",
        "RIGHTS",
        "PEOPLE",
        "PEOPLE'S",
        "WORKERS",
        "REPUBLIC",
        "STATE",
        "STATES",
        "KINGDOM",
        "EMPIRE",
    ]
)
TITLE_WORDS = frozenset(
    [
        "PRESIDENT",
        "VICE",
        "PRIME",
        "MINISTER",
        "FOREIGN",
        "DEFENSE",
        "DEFENCE",
        "ACTING",
        "INTERIM",
        "FORMER",
        "SECRETARY",
        "GENERAL",
        "SECRETARY-GENERAL",
        "CHAIRMAN",
        "KING",
        "QUEEN",
        "PRINCE",
        "PRINCESS",
        "SHEIKH",
        "SHEIK",
        "EMIR",
        "SULTAN",
        "AYATOLLAH",
        "GRAND",
        "MULLAH",
        "MAULANA",
        "MAWLAWI",
        "DR",
        "DR.",
        "MR",
        "MR.",
        "MRS",
        "MRS.",
        "MS",
        "MS.",
        "SIR",
        "LORD",
        "BARON",
        "JONKHEER",
        "COLONEL",
        "COL.",
        "GEN.",
        "GENERAL",
        "MAJOR",
        "CAPTAIN",
        "ADMIRAL",
        "MARSHAL",
        "FIELD",
        "LIEUTENANT",
        "SENATOR",
        "SEN.",
        "REP.",
        "REPRESENTATIVE",
        "GOVERNOR",
        "GOV.",
        "AMBASSADOR",
        "JUDGE",
        "JUSTICE",
        "CHIEF",
        "DEPUTY",
        "SPEAKER",
        "CARDINAL",
        "BISHOP",
        "ARCHBISHOP",
        "POPE",
        "REVEREND",
        "REV.",
        "FATHER",
        "SHEIKHA",
        "CROWN",
        "EXECUTIVE",
        "DIRECTOR",
        "COMMANDER",
        "LEADER",
        "HEAD",
        "ENVOY",
        "SPOKESMAN",
    ]
)
_CODE = re.compile(r"\[([^\]]*)\]")
_DATE_SPAN = re.compile(r"^(?:(\d{6,8})-(\d{6,8})|>(\d{6,8})|<(\d{6,8}))$")


@dataclass
class Entry:
    """One dictionary entry: its phrase, synonyms and codes as written."""

    phrase: str
    file: str
    synonyms: list[str] = field(default_factory=list)
    codes: list[str] = field(default_factory=list)


@dataclass
class Report:
    counts: Counter[str] = field(default_factory=Counter)

    def add(self, what: str, n: int = 1) -> None:
        self.counts[what] += n


# -- reading ------------------------------------------------------------------------------------------
def read_entries(path: Path) -> list[Entry]:
    """TABARI actor entries: a phrase line, "+" synonym lines, codes on the phrase line or indented lines."""
    entries: list[Entry] = []
    current: Entry | None = None
    for raw in path.read_text(encoding="utf-8", errors="replace").splitlines():
        line = raw.split("#", 1)[0].rstrip()
        if not line.strip():
            continue
        codes = _CODE.findall(line)
        text = _CODE.sub(" ", line).strip()
        if raw[:1] in (" ", "\t") and not text:
            if current is not None:
                current.codes += codes
            continue
        if text.startswith("+"):
            if current is not None:
                current.synonyms += [s for s in text.split("+") if s.strip()]
                current.codes += codes
            continue
        current = Entry(text, path.name, codes=codes)
        entries.append(current)
    return entries


def phoenix_date(text: str) -> date | None:
    """YYMMDD (00-30 → 20YY, else 19YY) or YYYYMMDD; None when malformed."""
    try:
        if len(text) == 6:
            yy = int(text[:2])
            return date(2000 + yy if yy <= 30 else 1900 + yy, int(text[2:4]), int(text[4:6]))
        if len(text) == 8:
            return date(int(text[:4]), int(text[4:6]), int(text[6:8]))
    except ValueError:
        return None
    return None


def words(phrase: str) -> list[str]:
    text = phrase.replace("_", " ").replace("’", "'")
    return [w for w in text.split() if w]


def display(tokens: list[str]) -> str:
    """MOHAMMAD_AL-BARADEI → Mohammad Al-Baradei; acronyms and initials keep their capitals."""
    out = []
    for w in tokens:
        if "." in w or (len(w) <= 4 and not re.search(r"[AEIOUY]", w)):
            out.append(w)
        else:
            out.append(re.sub(r"[A-Z]+", lambda m: m.group()[0] + m.group()[1:].lower(), w.title()))
    return " ".join(out)


# -- codes ----------------------------------------------------------------------------------------------
@dataclass(frozen=True)
class Code:
    country: str | None  # project code; None: the person's own country (a sector-only code)
    sectors: tuple[str, ...]
    start: str | None
    end: str | None
    open_ended: bool = False
    kind: str | None = None  # "company", "ngo": a non-state code with a home country (MNCUSA, NGODEU)


class CodeMapper:
    """CAMEO actor code + date restriction → project code, sectors and ISO dates."""

    def __init__(self, countries: set[str], report: Report) -> None:
        self.countries = countries
        self.report = report

    def country(self, seg: str) -> tuple[str | None, tuple[str, ...], bool]:
        """(project code, extra sectors, known); known False for codes with no country."""
        if seg in self.countries:
            return seg, (), True
        if seg in COUNTRY_MAP:
            return COUNTRY_MAP[seg], (), True
        if seg in PARTIAL:
            return PARTIAL[seg], ("PRE",), True
        if seg in NONSTATE:
            return NONSTATE[seg], (), True
        return None, (), False

    def sectors(self, segs: list[str], first_is_sector: bool) -> tuple[str, ...]:
        out: list[str] = []
        for i, seg in enumerate(segs):
            if seg in RELIGIONS:
                if i == 0 and first_is_sector:
                    out.append("REL")
                continue
            mapped = SECTORS.get(seg)
            if mapped:
                out.append(mapped)
        return tuple(dict.fromkeys(out))

    def parse(self, raw: str) -> Code | None:
        parts = raw.split()
        if not parts or parts[0].strip("-~") == "":
            return None
        code = parts[0].lstrip("~")
        segs = [code[i : i + 3] for i in range(0, len(code), 3)]
        start = end = None
        open_ended = False
        if len(parts) > 1:
            m = _DATE_SPAN.match("".join(parts[1:]))
            if m is None:
                self.report.add("codes with a malformed date (dropped)")
                return None
            a, b = (phoenix_date(x) if x else None for x in (m.group(1) or m.group(3), m.group(2) or m.group(4)))
            if m.group(4):
                a, b = None, phoenix_date(m.group(4))
            if ((m.group(1) or m.group(3)) and a is None) or ((m.group(2) or m.group(4)) and b is None):
                self.report.add("codes with a malformed date (dropped)")
                return None
            start, end = (a.isoformat() if a else None), (b.isoformat() if b else None)
            open_ended = m.group(3) is not None
        head = segs[0]
        if head == "IGO":
            rest = segs[1:]
            country = "UNO" if "UNO" in rest else "EUR" if "EUR" in rest or "EEC" in rest else "IGO"
            return Code(country, ("IGO", *self.sectors(rest, False)), start, end, open_ended)
        country, extra, known = self.country(head)
        if known:
            rest = segs[1:]
            home, _, home_known = self.country(rest[0]) if rest and head in NONSTATE_SECTOR else (None, (), False)
            kind = None
            if home_known and home not in NONSTATE.values():  # MNCUSA, NGODEU: a company's or a national NGO's
                extra, country, rest = (NONSTATE_SECTOR[head],), home, rest[1:]  # home country, as coders code it
                kind = KIND_BY_CODE[head]
            sectors = (*extra, *self.sectors(rest, False))
            if country == "NGO":
                sectors = ("NGO", *sectors)
            return Code(country, tuple(dict.fromkeys(sectors)), start, end, open_ended, kind)
        if head in SECTORS or head in RELIGIONS:
            return Code(None, self.sectors(segs, True), start, end, open_ended)
        if head in REGIONS:
            return Code("", self.sectors(segs[1:], False), start, end, open_ended)  # "": a region, no country
        self.report.add(f"codes with an unknown country ({head}, dropped)")
        return None


# -- classification ---------------------------------------------------------------------------------------
def strip_titles(tokens: list[str]) -> list[str]:
    """PRESIDENT_KARZAI_ → KARZAI; FOREIGN_MINISTER_GHANI_ → GHANI."""
    i = 0
    while i < len(tokens) - 1 and tokens[i] in TITLE_WORDS:
        i += 1
    return tokens[i:]


def is_person(tokens: list[str], codes: list[Code]) -> bool:
    if any(c.country == "MNC" or c.kind == "company" for c in codes) or not tokens:
        return False
    if any(t in INSTITUTION_WORDS or any(ch.isdigit() for ch in t) for t in tokens):
        return False
    dated = any(c.start or c.end for c in codes)
    return dated or 2 <= len(tokens) <= 4


def acronym_aliases(tokens: list[str]) -> tuple[list[str], list[str]]:
    """Tokens without "(ABC)" parts, and those parts as aliases."""
    kept, acronyms = [], []
    for t in tokens:
        if t.startswith("(") and t.endswith(")") and len(t) > 2:
            acronyms.append(t[1:-1])
        else:
            kept.append(t.strip("()"))
    return [t for t in kept if t], acronyms


# -- people -----------------------------------------------------------------------------------------------
def person_rows(found: list[tuple[Entry, list[Code]]], describing: frozenset[str], report: Report) -> list[list[Any]]:
    """One row per person: [name, aliases, country, offices]; an office is [country, sectors, start, end, open]
    (country null: the person's; dates as YYYYMMDD numbers; open 1: '>date' in the source)."""
    by_key: dict[tuple[str, str], list[Any]] = {}
    name_parts: Counter[str] = Counter()
    staged = []
    for entry, codes in found:
        names = []
        for phrase in [entry.phrase, *entry.synonyms]:
            toks, _ = acronym_aliases(words(phrase))
            toks = strip_titles(toks)
            if toks:
                names.append(toks)
        names.sort(key=lambda toks: describes(toks, describing))  # a plain name first: the canonical one
        if not names or describes(names[0], describing):
            report.add("person entries that only describe (dropped)")
            continue
        states = [c.country for c in codes if c.country and c.country not in ("IGO", "UNO", "EUR", "NGO", "")]
        home = Counter(states).most_common(1)[0][0] if states else next((c.country for c in codes if c.country), None)
        if not home:
            report.add("people without a country (dropped)")
            continue
        offices = []
        for c in codes:
            country = c.country or home
            if not c.sectors and country == home:
                continue  # a bare country code on a person says nothing a role does not
            offices.append(
                [None if country == home else country, list(c.sectors), _num(c.start), _num(c.end), int(c.open_ended)]
            )
        if not offices:
            offices = [[None, [], None, None, 0]]
        staged.append((names, home, offices))
        name_parts.update({t for toks in names for t in toks})
    for names, home, offices in staged:
        kept: list[str] = []
        for toks in names:
            if describes(toks, describing):
                report.add("person aliases that describe rather than name (dropped)")
                continue  # "RUSSIAN_FOREIGN_MINISTER_LAVROV", "OBAMA_ADMINISTRATION": the resolver reads those itself
            if len(toks) == 1 and (name_parts[toks[0]] > 1 or len(toks[0]) < 4):
                report.add("one-word person names shared by several entries (dropped)")
                continue  # "KHAN", "ALI", "JOHNSON": only distinctive one-word names identify a person
            if display(toks) not in kept:
                kept.append(display(toks))
        if not kept:
            report.add("people with no distinctive name (dropped)")
            continue
        canonical, aliases = kept[0], kept[1:]
        key = (canonical.lower(), home)
        if key in by_key:
            row = by_key[key]
            row[1] = sorted(set(row[1]) | set(aliases))
            row[3] += [o for o in offices if o not in row[3]]
            report.add("people listed twice (merged)")
            continue
        by_key[key] = [canonical, sorted(aliases), home, offices]
    rows = sorted(by_key.values(), key=lambda r: (r[0], r[2]))
    for row in rows:
        row[3] = sorted(row[3], key=lambda o: (o[2] is None and o[3] is None, o[2] or 0, o[3] or 0, o[0] or "", o[1]))
    return rows


def describes(toks: list[str], describing: frozenset[str]) -> bool:
    return any(t in describing or any(p in describing for p in t.split("-")) for t in toks)


def _num(iso: str | None) -> int | None:
    return int(iso.replace("-", "")) if iso else None


def describing_words(countries: list[dict[str, Any]]) -> frozenset[str]:
    """Upper-case words of titles, institutions and country names or adjectives: they describe, they do not name."""
    out = set(TITLE_WORDS) | INSTITUTION_WORDS | {"ADMINISTRATION", "REGIME", "ELECT", "UNITED", "U.S.", "US", "UK"}
    for c in countries:  # adjectives only: words of country names are also people's names (Costa, Jordan, Salvador)
        for text in c.get("adjectives", []):
            out.update(w.upper() for w in words(text) if len(w) > 2)
    for t in list(out):
        out.update(p for p in t.split("-") if len(p) > 2)
    return frozenset(out)


# -- organisations ----------------------------------------------------------------------------------------
KIND_BY_CODE = {"IGO": "igo", "UNO": "igo", "EUR": "igo", "NGO": "ngo", "MNC": "company", "IMG": "group"}


def org_aliases(names: list[list[str]]) -> list[str]:
    out: list[str] = []
    for toks in names:
        text = display(toks)
        if len(toks) == 1:
            text = toks[0]  # one word: an acronym or name as written in capitals ("IAEA", "HAMAS")
            if len(text) < 3:
                continue
        if text not in out:
            out.append(text)
    return out


def org_rows(found: list[tuple[Entry, list[Code]]], report: Report) -> list[list[Any]]:
    """One row per organisation: [name, aliases, code, sectors, kind]."""
    rows: dict[str, list[Any]] = {}
    for entry, codes in found:
        undated = [c for c in codes if not (c.start or c.end)] or codes
        code = undated[0]
        names: list[list[str]] = []
        for phrase in [entry.phrase, *entry.synonyms]:
            toks, acronyms = acronym_aliases(words(phrase))
            names += [toks] + [[a] for a in acronyms]
        names = [n for n in names if n]
        if not names or code.country is None:
            report.add("organisations without a country (dropped)")
            continue
        country = code.country or None  # "" (a region): an armed group whose country is not one
        if entry.file == "Phoenix.MilNonState.actors.txt":
            kind = "group"
            sectors = list(code.sectors) or ["REB"]
        else:
            kind = code.kind or KIND_BY_CODE.get(country or "", "national")
            sectors = list(code.sectors)
        if country is None and kind != "group":
            report.add("organisations with a regional code (dropped)")
            continue
        aliases = org_aliases(names)
        if not aliases:
            continue
        name = aliases[0]
        if name in rows:
            rows[name][1] = sorted(set(rows[name][1]) | set(aliases[1:]))
            report.add("organisations listed twice (merged)")
            continue
        rows[name] = [name, sorted(a for a in aliases[1:] if a != name), country, sectors, kind]
    return sorted(rows.values(), key=lambda r: r[0])


# -- agents -------------------------------------------------------------------------------------------------
def agent_rows(path: Path, mapper: CodeMapper, report: Report) -> list[list[Any]]:
    """One row per sector set: [terms, sectors]; substitution sets (!PERSON!) expanded, given plurals kept."""
    subst: dict[str, list[str]] = {}
    by_sectors: dict[tuple[str, ...], set[str]] = defaultdict(set)
    for raw in path.read_text(encoding="utf-8", errors="replace").splitlines():
        line = raw.split("#", 1)[0].strip()
        if not line:
            continue
        m = re.match(r"^(![A-Z]+!)\s*=\s*(.+)$", line)
        if m:
            subst[m.group(1)] = [w.strip() for w in m.group(2).split(",") if w.strip()]
            continue
        codes = _CODE.findall(line)
        if not codes:
            continue
        text = _CODE.sub(" ", line)
        plural = re.search(r"\{([^}]*)\}", text)
        text = re.sub(r"\{[^}]*\}", " ", text).strip()
        code = mapper.parse(codes[0])
        if code is None or not code.sectors:
            report.add("agents without a project sector (dropped)")
            continue
        forms = [text] + ([plural.group(1).strip()] if plural and plural.group(1).strip() else [])
        for form in forms:
            for term in expand(form, subst):
                for toks in stems(words(term), subst):
                    if agent_term(toks):
                        by_sectors[code.sectors].add(" ".join(toks).lower())
                    else:
                        report.add("agent phrases that are no agent noun (dropped)")
    return [[sorted(terms), list(sectors)] for sectors, terms in sorted(by_sectors.items())]


# one-word agents that name an activity, a medium or a quality more often than a party in news English
NOT_AGENTS = frozenset(
    ["INTELLIGENCE", "BLOG", "RETIRED", "VIP", "ACTOR", "CHAMBER", "BUSINESS", "INDUSTRY", "AEROSPACE", "DOC"]
)
_FUNCTION = frozenset(["A", "AN", "THE", "OF", "AT", "FOR", "TO", "IN", "ON", "AND", "BY", "WITH"])
_STEMS = {"MINIST": "!MINIST!", "AUTHORIT": ["AUTHORITY", "AUTHORITIES"]}


def stems(toks: list[str], subst: dict[str, list[str]]) -> list[list[str]]:
    """TABARI stems written without their ending ("HEALTH_MINIST") spelled out in full."""
    if toks and toks[-1] in _STEMS:
        full = _STEMS[toks[-1]]
        endings = subst.get(full, []) if isinstance(full, str) else list(full)
        return [[*toks[:-1], e] for e in endings]
    return [toks]


def agent_term(toks: list[str]) -> bool:
    """A plain noun phrase for a party: words only, no article first or preposition last, not a non-agent."""
    if not toks or not all(re.fullmatch(r"[A-Z][A-Z.'-]*", t) for t in toks):
        return False
    return toks[0] not in _FUNCTION and toks[-1] not in _FUNCTION and " ".join(toks) not in NOT_AGENTS


def expand(form: str, subst: dict[str, list[str]]) -> list[str]:
    m = re.search(r"![A-Z]+!", form)
    if m is None:
        return [form]
    values = subst.get(m.group(), [])
    out: list[str] = []
    for v in values:
        out += expand(form[: m.start()] + v + form[m.end() :], subst)
    return out


# -- main ---------------------------------------------------------------------------------------------------
def header(kind: str, columns: list[str], note: str) -> dict[str, Any]:
    return {
        "name": f"eventwire.{kind}.phoenix",
        "version": 2,  # 2: companies and national NGOs keep their home country (MNCUSA: USA, BUS)
        "source": SOURCE,
        "license": "MIT; see PHOENIX-LICENSE.txt beside this file",
        "generated_by": "scripts/convert_phoenix.py",
        "fills_gaps": True,
        "note": note,
        "columns": columns,
    }


def dump(path: Path, head: dict[str, Any], key: str, rows: list[list[Any]]) -> None:
    """JSON with one row a line: compact on disk, readable in a diff."""
    lines = [json.dumps(r, ensure_ascii=False, separators=(",", ":")) for r in rows]
    top = json.dumps(head, ensure_ascii=False, separators=(",", ":"))[:-1]
    path.write_text(f'{top},"{key}":[\n' + ",\n".join(lines) + "\n]}\n", encoding="utf-8")


def convert(src: Path, dest: Path) -> Report:
    report = Report()
    countries = json.loads((DATA / "countries.json").read_text())["countries"]
    known = {c["code"] for c in countries}
    describing = describing_words(countries)
    mapper = CodeMapper(known, report)
    people: list[tuple[Entry, list[Code]]] = []
    orgs: list[tuple[Entry, list[Code]]] = []
    for name in FILES:
        for entry in read_entries(src / name):
            codes = [c for c in (mapper.parse(raw) for raw in entry.codes) if c is not None]
            if not codes:
                report.add("entries without a usable code (dropped)")
                continue
            if all(not c.sectors for c in codes) and name == FILES[0]:
                report.add("country names (countries.json has them)")
                continue
            toks, _ = acronym_aliases(strip_titles(words(entry.phrase)))
            if name != FILES[2] and is_person(toks, codes):
                people.append((entry, codes))
            else:
                orgs.append((entry, codes))
    prows = person_rows(people, describing, report)
    orows = org_rows(orgs, report)
    arows = agent_rows(src / "Phoenix.agents.txt", mapper, report)
    dump(
        dest / "officeholders-phoenix.json",
        header(
            "people",
            ["name", "aliases", "country", "offices"],
            "office = [country, sectors, start, end, open]; start null: since ever; start and end null: the person's "
            f"role at any other time; open true: '>date' in the source, held on {CUTOFF} and not known after",
        ),
        "people",
        prows,
    )
    dump(
        dest / "organizations-phoenix.json",
        header(
            "organizations",
            ["name", "aliases", "code", "sectors", "kind"],
            "code null: an armed group of no one country",
        ),
        "organizations",
        orows,
    )
    dump(dest / "roles-phoenix.json", header("roles", ["terms", "sectors"], "generic agents"), "roles", arows)
    (dest / "PHOENIX-LICENSE.txt").write_text(
        "officeholders-phoenix.json, organizations-phoenix.json and roles-phoenix.json are derived from the\n"
        "Phoenix/PETRARCH actor dictionaries by scripts/convert_phoenix.py, under this licence:\n\n"
        + (src / "LICENSE").read_text(encoding="utf-8"),
        encoding="utf-8",
    )
    report.add("people", len(prows))
    report.add("organisations", len(orows))
    report.add("agent terms", sum(len(r[0]) for r in arows))
    return report


def main() -> None:
    src = Path(sys.argv[1] if len(sys.argv) > 1 else ROOT.parent / "shared/knowledge/phoenix-dictionaries")
    report = convert(src, DATA)
    for what, n in sorted(report.counts.items()):
        print(f"{n:7d}  {what}")


if __name__ == "__main__":
    main()
