"""Dictionary files load and validate; a malformed pattern file is rejected with the file and entry named."""

from __future__ import annotations

import json
from pathlib import Path

import pytest

from eventwire.dictionaries.loader import load_from
from eventwire.errors import DictionaryError


def test_packaged_dictionaries_load() -> None:
    d = load_from(())
    assert d.triggers.patterns, "the packaged trigger patterns are empty"
    assert d.actors.country("Iranian") is not None and d.actors.country("Iranian").code == "IRN"  # type: ignore[union-attr]
    assert d.actors.country("Beijing").how == "capital"  # type: ignore[union-attr]
    assert d.actors.country("The People's Republic of China").code == "CHN"  # type: ignore[union-attr]
    assert d.actors.country("The Times") is None and d.actors.country("turkey") is None  # lower case: no
    assert d.actors.country("the Dominican Republic").code == "DOM"  # type: ignore[union-attr]  # "in the ..."
    assert d.actors.country("the times") is None and d.actors.country("the Times") is None
    assert d.actors.org("United Nations") is not None
    assert d.actors.roles["defense minister"].sectors[:2] == ("GOV", "MIL")
    assert all(v.startswith("eventwire.") for v in d.versions)


def test_every_cameo_root_has_patterns() -> None:
    d = load_from(())
    roots = {p.cameo[:2] for p in d.triggers.patterns}
    missing = {f"{i:02d}" for i in range(2, 21)} - roots
    assert not missing, f"no trigger patterns for CAMEO roots {sorted(missing)}"


def _write(tmp: Path, patterns: list[object]) -> Path:
    (tmp / "triggers-user.json").write_text(json.dumps({"name": "user.triggers", "version": 1, "patterns": patterns}))
    return tmp


@pytest.mark.parametrize(
    ("entry", "message"),
    [
        ({"id": "x.bad", "verb": ["meet"], "cameo": "999", "event": "CONSULT"}, "unknown CAMEO code"),
        ({"id": "x.bad", "verb": ["meet"], "cameo": "040", "event": "MEET"}, "unknown PLOVER event type"),
        ({"id": "x.bad", "verb": ["meet"], "noun": ["talk"], "cameo": "040", "event": "CONSULT"}, "exactly one of"),
        ({"id": "x.bad", "verb": ["meet"], "cameo": "040", "event": "CONSULT", "mode": ["arrest"]}, "not modes"),
        ({"id": "x.bad", "verb": ["meet"], "cameo": "040", "event": "CONSULT", "colour": 1}, "unknown keys"),
        ({"verb": ["meet"], "cameo": "040", "event": "CONSULT"}, 'no "id"'),
        ({"id": "x.bad", "construction": "wish", "cameo": "100", "event": "REQUEST"}, "unknown construction 'wish'"),
        (
            {"id": "x.bad", "verb": ["tell"], "clause": ["whether"], "cameo": "020", "event": "REQUEST"},
            '"clause" takes',
        ),
        (
            {"id": "x.bad", "verb": ["say"], "construction": "obligation", "cameo": "100", "event": "REQUEST"},
            "exactly one",
        ),
        (
            {"id": "x.bad", "verb": ["gather"], "subject": "protester", "cameo": "141", "event": "PROTEST"},
            '"subject" must be a list',
        ),
        (
            {"id": "x.bad", "noun": ["permit"], "party_subject": True, "cameo": "080", "event": "CONCEDE"},
            "apply to verb patterns only",
        ),
    ],
)
def test_malformed_pattern_is_named(tmp_path: Path, entry: dict[str, object], message: str) -> None:
    good = {"id": "x.good", "verb": ["meet"], "cameo": "040", "event": "CONSULT"}
    folder = _write(tmp_path, [good, entry])
    with pytest.raises(DictionaryError) as err:
        load_from((folder,))
    text = str(err.value)
    assert message in text and "triggers-user.json" in text and "entry 2" in text


def test_user_patterns_are_added(tmp_path: Path) -> None:
    folder = _write(tmp_path, [{"id": "user.xyzzy", "verb": ["xyzzy"], "cameo": "040", "event": "CONSULT"}])
    d = load_from((folder,))
    assert [p.id for p in d.triggers.verbs["xyzzy"]] == ["user.xyzzy"]
    assert "user.triggers.v1" in d.versions


def test_the_obligation_construction_is_a_pattern_of_the_file() -> None:
    """ "Russia said Sudan must return ...": the reported-obligation pattern is data (triggers.json), found by its
    construction, never by lemma, and its id names a pattern that exists."""
    d = load_from(())
    (must,) = d.triggers.constructions["obligation"]
    assert (must.id, must.event, must.cameo, must.recipient) == ("request.must", "REQUEST", "100", ("ccomp-subject",))
    assert must in d.triggers.patterns and not any(must in ps for ps in d.triggers.verbs.values())


def test_office_holders_are_found_with_or_without_diacritics() -> None:
    from datetime import date

    from eventwire.dictionaries.actors import fold_accents

    assert fold_accents("Erdoğan") == "Erdogan" and fold_accents("Peña Nieto") == "Pena Nieto"
    lex = load_from(()).actors
    for written in ("Erdogan", "Erdoğan"):
        holder = lex.person(written, date(2020, 1, 1))
        assert holder is not None and holder.country == "TUR", written


def test_quad_class_and_goldstein_follow_the_cameo_code() -> None:
    """Regression (issue 11.8): the quad class came from the PLOVER type (REQUEST is verbal conflict there), the
    Goldstein score from CAMEO; a CAMEO 020 appeal (+3.0) got quad 3. Both follow CAMEO now."""
    onto = load_from(()).ontology
    appeal = onto.coding("REQUEST", "020")
    assert (appeal.quad_code, appeal.goldstein) == (1, 3.0)
    assert onto.coding("ACCUSE", "112").quad_code == 3
    assert onto.coding("COERCE", "173").quad_code == 4
    assert onto.coding("AID", "070").quad_code == 2


def test_a_hosts_swap_of_sides_belongs_to_the_visit_it_reads() -> None:
    from eventwire.extract.extractor import recoded_pattern

    welcome = next(p for p in load_from(()).triggers.patterns if p.id == "consult.welcome")
    assert welcome.swap  # "Beijing welcomed the visiting minister": the visitor acts
    assert not recoded_pattern(welcome, "SUPPORT", "051", "model").swap  # "welcomes contact with": the welcomer acts
    assert recoded_pattern(welcome, "CONSULT", "042", "model").swap


def test_parties_are_known_by_their_adjectives_too() -> None:
    orgs = load_from(()).actors
    for alias, name in (
        ("Tory", "Conservative Party"),
        ("Lib Dem", "Liberal Democrats"),
        ("UKIP", "UK Independence Party"),
    ):
        found = orgs.org(alias)
        assert found is not None and (found.name, found.code, found.sectors) == (name, "GBR", ("PTY",)), alias


def test_news_outlets_are_media_whatever_their_spelling() -> None:
    orgs = load_from(()).actors
    for alias in ("Wikinews", "Itar-Tass", "Ansa"):
        found = orgs.org(alias)
        assert found is not None and found.kind == "media", alias
