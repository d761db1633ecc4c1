"""One event per happening: compatible mentions merge, different counterparts do not."""

from __future__ import annotations

from dataclasses import replace
from datetime import date

from eventwire.dictionaries.loader import load_from
from eventwire.records import ActorRef, EventDate, EventMention, Place, Provenance, Sentence, Span
from eventwire.resolve.merge import merge_mentions

DICTS = load_from(())
ONTO, LEX = DICTS.ontology, DICTS.lexicon


def _ref(name: str | None, code: str, kind: str = "person", sectors: tuple[str, ...] = ("GOV",)) -> ActorRef:
    return ActorRef(
        text=name or code,
        start=0,
        end=1,
        name=name,
        code=code,
        sector=sectors[0] if sectors else None,
        sectors=sectors,
        kind=kind,
    )


def _mention(start: int, actors: list[ActorRef], recipients: list[ActorRef], day: int | None = None) -> EventMention:
    when = EventDate(date(2022, 4, day), "day") if day else EventDate(date(2022, 4, 28), "day", inferred=True)
    return EventMention(
        article_id="a",
        sentence=Sentence(start, start + 10, "s"),
        trigger=Span(start, start + 3, "met"),
        coding=ONTO.coding("CONSULT", "040"),
        actors=tuple(actors),
        recipients=tuple(recipients),
        provenance=Provenance("c", "p", start, start + 3, start, start + 10),
        date=when,
    )


def test_same_meeting_reported_three_times_is_one_event() -> None:
    raisi, wei = _ref("Raisi", "IRN"), _ref("Wei Fenghe", "CHN", sectors=("GOV", "MIL"))
    unnamed = _ref(None, "CHN", sectors=("GOV", "MIL"))
    events = merge_mentions(
        [
            _mention(0, [raisi], [unnamed]),
            _mention(50, [raisi], [wei], day=27),
            _mention(100, [_ref("Ebrahim Raisi", "IRN")], [wei]),
        ],
        article_key="k",
        coder="c",
        lexicon=LEX,
    )
    assert len(events) == 1
    assert len(events[0].mentions) == 3 and events[0].date is not None and events[0].date.value == date(2022, 4, 27)


def test_separate_counterparts_stay_separate() -> None:
    wei = _ref("Wei", "CHN")
    events = merge_mentions(
        [
            _mention(0, [wei], [_ref("Mohammad Bagheri", "IRN")]),
            _mention(0, [wei], [_ref("Mohammad Reza Ashtiani", "IRN")]),
        ],
        article_key="k",
        coder="c",
        lexicon=LEX,
    )
    assert len(events) == 2


def test_different_explicit_days_stay_separate() -> None:
    a, b = _ref("A", "USA"), _ref("B", "RUS")
    events = merge_mentions(
        [_mention(0, [a], [b], day=20), _mention(9, [a], [b], day=27)], article_key="k", coder="c", lexicon=LEX
    )
    assert len(events) == 2


def test_events_of_one_trigger_get_distinct_ids() -> None:
    """Regression (issue 11.4): two unnamed counterparts of one country on one trigger that do not merge had the same
    id, and the store kept only one of them. Here the police are met again in a later sentence, where the crowd is
    not: the crowd's mention cannot join that event."""
    raisi = _ref("Raisi", "IRN")
    police, crowd = _ref(None, "IRN", "organization", ("COP",)), _ref(None, "IRN", "group", ("CVL",))
    mentions = [_mention(0, [raisi], [police]), _mention(50, [raisi], [police]), _mention(0, [raisi], [crowd])]
    events = merge_mentions(mentions, article_key="k", coder="c", lexicon=LEX)
    assert len(events) == 2 and len({e.id for e in events}) == 2
    again = merge_mentions(mentions, article_key="k", coder="c", lexicon=LEX)
    assert [e.id for e in again] == [e.id for e in events]  # still stable


def test_one_trigger_told_to_several_parties_of_one_country_is_one_event() -> None:
    raisi = _ref("Raisi", "IRN")
    police, crowd = _ref(None, "IRN", "organization", ("COP",)), _ref(None, "IRN", "group", ("CVL",))
    crowd = replace(crowd, start=5, end=9)
    (event,) = merge_mentions(
        [_mention(0, [raisi], [police]), _mention(0, [raisi], [crowd])], article_key="k", coder="c", lexicon=LEX
    )
    assert event.recipients == (police, crowd)  # both counterparts kept on the one event


def test_one_attack_told_by_two_verbs_of_one_sentence_is_one_event() -> None:
    gunmen, convoy = _ref(None, "HND", "group", ("UAF",)), _ref(None, "HND", "group", ("MIL",))
    soldiers = _ref(None, "HND", "group", ("CVL",))  # the parse gives the convoy as the injurer: sides disagree
    ambush = replace(_mention(0, [gunmen], [convoy]), coding=ONTO.coding("ASSAULT", "193"))
    injure = replace(_mention(0, [convoy], [soldiers]), trigger=Span(6, 9, "injuring"))
    injure = replace(injure, coding=ONTO.coding("ASSAULT", "180"))
    assert len(merge_mentions([ambush, injure], article_key="k", coder="c", lexicon=LEX)) == 1
    arrest = replace(ambush, coding=ONTO.coding("COERCE", "173"))
    raid = replace(injure, coding=ONTO.coding("COERCE", "171"))  # other acts of one sentence stay apart
    assert len(merge_mentions([arrest, raid], article_key="k", coder="c", lexicon=LEX)) == 2


def test_one_act_told_against_two_groups_of_one_country_is_two_events() -> None:
    police = _ref(None, "MEX", "organization", ("COP",))
    zetas, members = _ref("Zetas", "MEX", "organization", ("CRM",)), _ref(None, "MEX", "group", ("CRM",))
    members = replace(members, start=5, end=9)
    arrests = [replace(_mention(0, [police], [r]), coding=ONTO.coding("COERCE", "173")) for r in (zetas, members)]
    assert len(merge_mentions(arrests, article_key="k", coder="c", lexicon=LEX)) == 2  # "..., as were 12 Zetas"


def test_an_office_holder_and_the_body_of_that_office_may_be_one_participant() -> None:
    wei = _ref("Wei Fenghe", "CHN")
    government = _ref(None, "IRN", kind="organization")  # "the Iranian government met Wei"; "Raisi met Wei"
    police = _ref(None, "IRN", kind="organization", sectors=("COP",))
    merged = merge_mentions(
        [_mention(0, [government], [wei]), _mention(50, [_ref("Raisi", "IRN")], [wei])],
        article_key="k",
        coder="c",
        lexicon=LEX,
    )
    apart = merge_mentions(
        [_mention(0, [police], [wei]), _mention(50, [_ref("Raisi", "IRN")], [wei])],
        article_key="k",
        coder="c",
        lexicon=LEX,
    )
    assert len(merged) == 1 and len(apart) == 2


def test_two_groups_named_apart_in_one_sentence_stay_two_events() -> None:
    zetas = _ref("Los Zetas", "MEX", kind="organization", sectors=("CRM",))
    members = _ref(None, "MEX", kind="person", sectors=("CRM",))  # "eight members of this group"
    navy = _ref(None, "MEX", kind="organization", sectors=("MIL",))
    events = merge_mentions(
        [_mention(0, [navy], [members]), _mention(0, [navy], [zetas])], article_key="k", coder="c", lexicon=LEX
    )
    assert len(events) == 2


def _placed(m: EventMention, name: str, geonameid: int, source: str) -> EventMention:
    return replace(m, place=Place(name, geonameid=geonameid, country_code="IRN", source=source))


def test_a_dateline_place_is_only_a_default_but_two_told_places_keep_reports_apart() -> None:
    raisi, wei = _ref("Raisi", "IRN"), _ref("Wei Fenghe", "CHN")
    dated, told = _mention(0, [raisi], [wei]), _mention(50, [raisi], [wei])
    one = [_placed(dated, "Washington", 1, "dateline"), _placed(told, "Tehran", 2, "sentence")]
    assert len(merge_mentions(one, article_key="k", coder="c", lexicon=LEX)) == 1
    two = [_placed(dated, "Geneva", 1, "sentence"), _placed(told, "Tehran", 2, "sentence")]
    assert len(merge_mentions(two, article_key="k", coder="c", lexicon=LEX)) == 2
