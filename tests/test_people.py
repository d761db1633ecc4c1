"""Actor knowledge from the Phoenix dictionaries: derived files validate, one record a person, the reconciliation
rule with the hand-kept office-holder list, lazy building independent of look-up order, reproducible conversion."""

from __future__ import annotations

import json
import subprocess
import sys
from datetime import date
from pathlib import Path

import pytest

from eventwire.dictionaries.loader import load_from
from eventwire.dictionaries.people import ALWAYS, Office, RawOffice, clip
from eventwire.errors import DictionaryError

ROOT = Path(__file__).resolve().parents[1]
PACKAGED = ROOT / "src/eventwire/dictionaries/data"
DERIVED = ("officeholders-phoenix.json", "organizations-phoenix.json", "roles-phoenix.json")


def test_every_derived_row_validates_and_keeps_the_licence() -> None:
    lex = load_from(()).actors
    rows = json.loads((PACKAGED / "officeholders-phoenix.json").read_text())["people"]
    assert lex.people.build_all() == len(rows) > 15000  # every person checked: codes, sectors, dates
    assert "MIT License" in (PACKAGED / "PHOENIX-LICENSE.txt").read_text()
    for name in DERIVED:
        head = json.loads((PACKAGED / name).read_text())
        assert head["fills_gaps"] is True and "PHOENIX-LICENSE.txt" in head["license"], name


def _day(text: str) -> date:
    return date.fromisoformat(text)


def test_the_hand_kept_list_wins_and_open_roles_end_with_its_office() -> None:
    known = (Office("President", _day("2001-12-22"), _day("2014-09-29")),)
    extra = [
        RawOffice(Office("", _day("2001-12-22"), None, None, ("GOV",)), open=True),  # ">011222" in Phoenix
        RawOffice(Office("", _day("1975-01-01"), _day("2000-01-01"), None, ("ELI",))),
        RawOffice(Office("", ALWAYS, None, None, ("ELI",))),  # the undated role: any other time
        RawOffice(Office("", _day("2010-01-01"), _day("2016-01-01"), None, ("MIL",))),  # known end: kept after
    ]
    got = [(o.start, o.end, o.sectors) for o in clip(known, extra)]
    assert (_day("2001-12-22"), None, ("GOV",)) not in got and all(s != _day("2014-09-30") or e for s, e, _ in got)
    assert (_day("1975-01-01"), _day("2000-01-01"), ("ELI",)) in got and (ALWAYS, None, ("ELI",)) in got
    assert (_day("2014-09-30"), _day("2016-01-01"), ("MIL",)) in got


def test_one_record_a_person_with_dated_roles() -> None:
    lex = load_from(()).actors
    karzai = lex.person("Karzai", date(2010, 1, 1))
    assert karzai is not None and karzai.coding_at(date(2010, 1, 1)) == ("AFG", ("GOV",))
    assert karzai.coding_at(date(2020, 1, 1)) == ("AFG", ("ELI",))  # not president "still" after 2014
    assert [o.role for o in karzai.offices].count("President") == 1  # one record: Phoenix roles merged in
    obama = lex.person("Obama", date(2022, 1, 1))
    assert obama is not None and obama.coding_at(date(2022, 1, 1)) == ("USA", ("ELI",))  # a former president
    bush = lex.person("Bush", date(1990, 6, 1))
    assert bush is not None and bush.name == "George H. W. Bush"
    lavrov = lex.person("Sergey Lavrov", date(2022, 1, 1))  # a Phoenix spelling of a hand-kept minister
    assert lavrov is not None and lavrov.country == "RUS"
    assert lex.person("Abdul Ali", date(2020, 1, 1)) is None  # a common name, in office only 2003-2004


def test_an_undated_mention_takes_the_office_the_hand_kept_list_names() -> None:
    lex = load_from(()).actors
    blair = lex.person("Tony Blair", None)  # Phoenix adds an undated "elite" span after his premiership
    assert blair is not None and blair.coding_at(None) == ("GBR", ("GOV",))
    assert blair.coding_at(date(2015, 1, 1)) == ("GBR", ("ELI",))  # dated: a former prime minister


def test_a_holder_who_left_office_lately_is_still_known_by_the_name_without_initials() -> None:
    lex = load_from(()).actors  # Phoenix: "John M. Poindexter", USA, in office until 1986-11-25
    poindexter = lex.person("John Poindexter", date(1987, 3, 16))
    assert poindexter is not None and poindexter.coding_at(date(1987, 3, 16)) == ("USA", ("ELI",))
    assert lex.person("John Poindexter", date(1999, 1, 1)) is None  # long gone: the name alone says nothing


def test_popes_are_heads_of_the_holy_see_in_their_years() -> None:
    lex = load_from(()).actors
    francis = lex.person("Francis", date(2015, 9, 23))
    assert francis is not None and francis.coding_at(date(2015, 9, 23)) == ("VAT", ("REL", "GOV"))
    benedict = lex.person("Pope Benedict XVI", date(2010, 1, 1))
    assert benedict is not None and benedict.country == "VAT"
    assert lex.person("Francis", date(2005, 1, 1)) is None  # the name alone is his only while he is pope


def test_a_person_does_not_depend_on_the_order_of_look_ups() -> None:
    a, b = load_from(()).actors, load_from(()).actors
    first = a.person("Bush", date(1990, 6, 1))
    b.person("George Herbert Walker Bush", date(1990, 6, 1))
    second = b.person("Bush", date(1990, 6, 1))
    assert first is not None and second is not None and first.offices == second.offices


def test_derived_names_match_only_written_as_names_and_never_override() -> None:
    lex = load_from(()).actors
    found = lex.org("International Solidarity")  # an armed group in Phoenix's non-state list
    assert found is not None and found.kind == "group"
    assert lex.org("international solidarity") is None  # the same words in prose are no actor
    assert lex.roles["official"].sectors == ("GOV",)  # hand-kept sectors stay as they are
    assert lex.roles["sharecropper"].sectors == ("AGR",) and lex.roles["carjacker"].sectors == ("CRM",)  # new nouns
    assert "hope mwesigye" in lex.people and "HOPE" not in lex.proper_forms()[0]  # derived names keep headline
    # words common ("HOPE" stays lower case in a re-cased headline)


def test_an_unknown_country_code_is_named(tmp_path: Path) -> None:
    (tmp_path / "officeholders-x.json").write_text(
        json.dumps({"people": [{"name": "A B", "country": "XXX", "offices": [{"role": "r", "start": "2020-01-01"}]}]})
    )
    with pytest.raises(DictionaryError, match="unknown country code 'XXX'"):
        load_from((tmp_path,))


def test_the_conversion_is_reproducible(shared: Path, tmp_path: Path) -> None:
    src = shared / "knowledge" / "phoenix-dictionaries"
    if not src.exists():
        pytest.skip(f"data tier: {src} is absent")
    code = (
        "import sys; sys.path.insert(0, 'scripts'); import convert_phoenix as c; from pathlib import Path; "
        f"c.convert(Path({str(src)!r}), Path({str(tmp_path)!r}))"
    )
    subprocess.run([sys.executable, "-c", code], cwd=ROOT, check=True)
    for name in (*DERIVED, "PHOENIX-LICENSE.txt"):
        assert (tmp_path / name).read_bytes() == (PACKAGED / name).read_bytes(), name


def test_phrase_scanning_looks_up_only_where_an_entry_may_begin() -> None:
    lex = load_from(()).actors
    assert lex.span_limit("al", "al") >= 3  # "al-Qaeda": three tokens for the tokenizer
    assert lex.span_limit("Ministers", "minister") >= 2  # by the lemma too ("minister of defence")
    assert lex.span_limit("xyzzy", "xyzzy") == 0  # no entry starts here: nothing to look up
