"""The coder on the parse: triggers, roles, modality, actors, dates, places, merging (model tier)."""

from __future__ import annotations

import json
from datetime import date
from pathlib import Path
from typing import Any

import pytest

from eventwire.extract.triggers import match_triggers, subject_of
from eventwire.ingest import make_article
from eventwire.pipeline import process

pytestmark = pytest.mark.model
DATA = Path(__file__).parent / "data"


def _events(
    nlp: Any, coder: Any, text: str, published: date | None = date(2024, 5, 9), **kw: Any
) -> list[dict[str, Any]]:
    article = make_article(text, origin="test", id="t", published=published, **kw)
    (result,) = list(process([article], nlp=nlp, coder=coder))
    assert result.error is None, result.error
    return [e.to_json() for e in result.events]


def _types(nlp: Any, coder: Any, text: str) -> list[str]:
    """The types of the events the coder finds in the text, sorted (published 2015-09-10)."""
    return sorted(e["event"] for e in _events(nlp, coder, text, date(2015, 9, 10)))


def _codes(refs: list[dict[str, Any]]) -> set[str]:
    return {r["code"] for r in refs}


def _fires(nlp: Any, coder: Any, text: str, event: str) -> bool:
    """Does the coder find an event of this type in the text?"""
    return any(e["event"] == event for e in _events(nlp, coder, text))


def test_trigger_examples_fire(nlp: Any, coder: Any) -> None:
    rows = [json.loads(line) for line in (DATA / "trigger_examples.jsonl").read_text().splitlines() if line.strip()]
    misses = []
    for row in rows:
        found = {
            m.pattern.event
            for s in nlp(row["text"]).sents
            for m in match_triggers(s, coder.extractor.dicts.triggers, coder.extractor.lex)
        }
        if row["event"] not in found:
            misses.append(row["text"])
    assert len(misses) <= len(rows) // 20, misses


def test_meeting_with_weekday_place_and_visit(nlp: Any, coder: Any) -> None:
    (ev,) = _events(
        nlp,
        coder,
        "Kenyan President William Ruto met with visiting French Foreign Minister Jean Dupont in Nairobi on Tuesday.",
    )
    assert ev["event"] == "CONSULT" and ev["date"] == "2024-05-07" and ev["date_precision"] == "day"
    assert ev["mode"] == ["visit"] and _codes(ev["actor"]) == {"FRA"} and _codes(ev["recipient"]) == {"KEN"}
    assert ev["event_loc"]["name"] == "Nairobi" and ev["event_loc"]["country_code"] == "KEN"
    visitor = ev["actor"][0]
    assert visitor["name"] == "Jean Dupont" and visitor["sector"] == "GOV"


def test_negated_and_hypothetical_are_left_out_unless_asked(nlp: Any, coder: Any) -> None:
    from eventwire.coding import CoderOptions, build_coder

    text = "Russia did not attack Ukraine on Monday. Peru may expel Chilean diplomats."
    assert _events(nlp, coder, text) == []
    keep = build_coder(CoderOptions(keep_negated=True, keep_hypothetical=True))
    flags = {(e["event"], e["negated"], e["hypothetical"]) for e in _events(nlp, keep, text)}
    assert ("ASSAULT", True, False) in flags and ("SANCTION", False, True) in flags


def test_reported_speech_speaker_is_actor(nlp: Any, coder: Any) -> None:
    (ev,) = _events(nlp, coder, "Brazil firmly supports Argentina in the dispute, said Brazilian President Luiz Lula.")
    assert ev["event"] == "SUPPORT" and ev["actor"][0]["name"] == "Luiz Lula" and _codes(ev["recipient"]) == {"ARG"}


def test_separate_meetings_are_separate_events(nlp: Any, coder: Any) -> None:
    evs = _events(
        nlp,
        coder,
        "Indian Foreign Minister Ravi Kumar held separate meetings with Japanese Defense Minister Taro Sato "
        "and South Korean Foreign Minister Lee Min on Friday.",
    )
    assert len(evs) == 2 and {tuple(sorted(_codes(e["actor"] + e["recipient"]))) for e in evs} == {
        ("IND", "JPN"),
        ("IND", "KOR"),
    }


def test_future_intent_is_agree(nlp: Any, coder: Any) -> None:
    (ev,) = _events(nlp, coder, "Germany will provide humanitarian aid to Sudan, the German government said on Monday.")
    assert ev["event"] == "AGREE" and ev["cameo"].startswith("03")


def test_pronoun_and_surname_coreference(nlp: Any, coder: Any) -> None:
    text = (
        "Chilean Interior Minister Carla Reyes visited Lima on Monday.\n\n"
        "Reyes met with Peruvian President Ana Flores.\n\nShe praised Peru for its cooperation."
    )
    evs = _events(nlp, coder, text)
    praise = next(e for e in evs if e["event"] == "SUPPORT")
    assert praise["actor"][0]["name"] == "Carla Reyes" and _codes(praise["recipient"]) == {"PER"}


def test_publisher_and_photo_credit_are_never_actors(nlp: Any, coder: Any) -> None:
    text = (
        "Police arrest protesters in Quito\nReuters\n\nPolice arrested 20 protesters in Quito on Sunday. (Photo: AFP)"
    )
    for ev in _events(nlp, coder, text):
        names = {(r.get("name") or r["text"]) for r in ev["actor"] + ev["recipient"]}
        assert not names & {"Reuters", "AFP"}


def test_background_clause_is_not_a_new_event(nlp: Any, coder: Any) -> None:
    evs = _events(nlp, coder, "Colombia and Ecuador have expanded cooperation in recent years.")
    assert evs == []


@pytest.mark.shared
def test_founding_example_acceptance(nlp: Any, coder: Any, example: Path) -> None:
    from eventwire.eval.run import evaluate, load_gold

    score, outputs = evaluate(load_gold(example), nlp=nlp, coder=coder)
    s = score.summary()
    assert s["matched_required"] == s["required"] == 7
    assert s["precision"] >= 0.85 and s["duplicates"] == 0 and s["forbidden"] == 0
    assert s["date_accuracy"] == 1.0 and s["sector_accuracy"] >= 0.9
    events = next(iter(outputs.values()))
    meeting = next(e for e in events if e["event"] == "CONSULT" and len(e["mentions"]) >= 3)
    assert meeting["event_loc"]["geonameid"] == 112931 and meeting["date"] == "2022-04-27"
    assert [m["zone"] for m in meeting["mentions"]][:3] == ["headline", "caption", "dateline"]


def test_an_overlong_article_is_reported_and_the_batch_goes_on(nlp: Any, coder: Any) -> None:
    short = make_article("Police in Lima arrested four protest leaders on Sunday.", origin="t", id="short",
                         published=date(2024, 5, 6))  # fmt: skip
    huge = make_article("word " * (nlp.max_length // 5 + 10), origin="big.txt", id="huge")
    results = {r.article.id: r for r in process([huge, short], nlp=nlp, coder=coder)}
    assert results["short"].error is None
    assert results["huge"].error is not None and results["huge"].error.code == "E202"


def test_target_named_inside_a_demanded_clause(nlp: Any, coder: Any) -> None:
    text = "The Kenyan teachers' union demanded that the Tanzanian government release the detained teachers."
    (ev,) = _events(nlp, coder, text)
    assert ev["event"] == "REQUEST" and _codes(ev["actor"]) == {"KEN"} and _codes(ev["recipient"]) == {"TZA"}


def test_refusals_are_rejections(nlp: Any, coder: Any) -> None:
    for text in (
        "Hungary said on Friday it would not accept any more refugees from Serbia.",
        "Kenya's finance minister declined to resign despite pressure from the Ethics and Anti-Corruption Commission.",
    ):
        (ev,) = _events(nlp, coder, text)
        assert ev["event"] == "REJECT" and ev["cameo"].startswith("12") and not ev["negated"], text
        assert ev["mentions"][0]["pattern"].endswith("+refused")


def test_unnamed_bomber_is_coded_to_the_place(nlp: Any, coder: Any) -> None:
    (ev,) = _events(nlp, coder, "A roadside bomb killed three soldiers near the Afghan city of Kandahar on Monday.")
    assert ev["event"] == "ASSAULT" and ev["actor"][0]["name"] == "unidentified attackers"
    assert _codes(ev["actor"]) == {"AFG"}


def test_opposed_to_is_active_and_announced_sanction_stays_a_sanction(nlp: Any, coder: Any) -> None:
    (ev,) = _events(nlp, coder, "Brazil is opposed to Argentine mediation in the dispute.")
    assert ev["event"] == "REJECT" and _codes(ev["actor"]) == {"BRA"} and _codes(ev["recipient"]) == {"ARG"}
    (ev,) = _events(nlp, coder, "Turkey will impose sanctions on Syria, the foreign minister said.")
    assert ev["event"] == "SANCTION" and _codes(ev["recipient"]) == {"SYR"}


def test_a_year_ahead_is_a_plan_and_a_past_year_background(nlp: Any, coder: Any) -> None:
    (ev,) = _events(nlp, coder, "Canada will accept 40,000 refugees from Syria in 2025, the Canadian government said.")
    assert ev["event"] == "AGREE" and _codes(ev["actor"]) == {"CAN"}
    assert _events(nlp, coder, "In 2019, Canada accepted 40,000 refugees from Syria.") == []


def test_troop_movements_are_not_visits_and_peacekeepers_are_aid(nlp: Any, coder: Any) -> None:
    (ev,) = _events(nlp, coder, "Russian troops arrived in Belarus on Monday for joint drills.")
    assert ev["event"] == "MOBILIZE" and ev["mentions"][0]["pattern"].endswith("+troops")
    (ev,) = _events(nlp, coder, "Japan is sending troops to the United Nations peacekeeping force in South Sudan.")
    assert ev["event"] == "AID" and ev["cameo"] == "074"
    assert _events(nlp, coder, "Japan is considering sending aid to Nepal after the floods.") == []


def test_failed_agreement_is_a_rejection_and_released_prisoners_have_a_releaser(nlp: Any, coder: Any) -> None:
    (ev,) = _events(nlp, coder, "Ukraine and Russia failed to reach agreement on a prisoner exchange on Monday.")
    assert ev["event"] == "REJECT" and _codes(ev["actor"] + ev["recipient"]) == {"UKR", "RUS"}
    evs = _events(nlp, coder, "Hundreds of political prisoners were released in Myanmar on Monday.")
    assert [e["event"] for e in evs] == ["RETREAT"] and _codes(evs[0]["actor"]) == {"MMR"}
    assert _events(nlp, coder, "The band's new album was released in Britain on Friday.") == []  # no one freed


def test_a_reported_obligation_is_a_demand(nlp: Any, coder: Any) -> None:
    (ev,) = _events(nlp, coder, "The Kenyan foreign minister said Somalia should withdraw its troops from the border.")
    assert ev["event"] == "REQUEST" and ev["mentions"][0]["pattern"] == "request.must"
    assert _codes(ev["actor"]) == {"KEN"} and _codes(ev["recipient"]) == {"SOM"}
    assert _events(nlp, coder, "We must defend ourselves, the Iranian president said.") == []


def test_people_named_by_nationality_are_coded_where_they_live(nlp: Any, coder: Any, unfiltered: Any) -> None:
    (ev,) = _events(nlp, coder, "The Serbs of northern Kosovo are demanding autonomy from the Kosovo government.")
    assert ev["event"] == "REQUEST" and _codes(ev["actor"]) == {"KOS"}
    (ev,) = _events(nlp, coder, "Hundreds of ethnic Albanians demonstrated on Tuesday in Serbia.")
    assert ev["event"] == "PROTEST" and _codes(ev["actor"]) == {"SRB"}
    (ev,) = _events(nlp, unfiltered, "Ethnic Albanian rebels in Macedonia have vowed to fight the army.")
    assert ev["event"] == "THREATEN" and _codes(ev["actor"]) == {"MKD"}  # the filter's learned doubt aside


def test_no_guessed_attacker_for_economic_hits_and_no_demand_without_a_party(nlp: Any, coder: Any) -> None:
    text = "Chrysler was hardest hit among American carmakers, the U.S. Commerce Department said."
    assert not any(e["event"] == "ASSAULT" for e in _events(nlp, coder, text))
    text = "Democrats in the United States claimed the election should determine who chooses the next justice."
    assert not any(e["mentions"][0]["pattern"] == "request.must" for e in _events(nlp, coder, text))
    text = "The head of NATO, Jaap de Hoop Scheffer, said NATO must protect pipelines in Europe."
    assert not any(e["mentions"][0]["pattern"] == "request.must" for e in _events(nlp, coder, text))


def test_an_attack_between_politicians_is_verbal(nlp: Any, coder: Any) -> None:
    (ev,) = _events(nlp, coder, "Joe Biden attacked Donald Trump on Tuesday for his handling of the pandemic.")
    assert ev["event"] == "ACCUSE" and ev["mentions"][0]["pattern"] == "assault.attack+verbal"
    (ev,) = _events(nlp, coder, "Gunmen attacked a police station in Kabul on Tuesday.")
    assert ev["event"] == "ASSAULT"


def test_the_lead_city_locates_events_in_its_country_only(nlp: Any, coder: Any) -> None:
    text = (
        "Mexican Navy Arrests Gang Members in Veracruz\n\n"
        "Mexican marines arrested eight suspected members of the gang on Thursday.\n\n"
        "Mexican President Andres Lopez met with U.S. President Joe Biden on Friday."
    )
    evs = _events(nlp, coder, text)
    arrest = next(e for e in evs if e["event"] == "COERCE")
    assert arrest["event_loc"]["name"] == "Veracruz"
    meeting = next(e for e in evs if e["event"] == "CONSULT")
    assert meeting["event_loc"] is None or meeting["event_loc"]["name"] != "Veracruz"


def test_a_country_acting_is_its_government(nlp: Any, coder: Any) -> None:
    (ev,) = _events(nlp, coder, "Japan imposed new sanctions on North Korea on Monday.")
    assert ev["event"] == "SANCTION" and ev["actor"][0]["sector"] == "GOV"


def test_the_wielder_of_a_weapon_subject_is_the_actor(nlp: Any, coder: Any) -> None:
    (ev,) = _events(nlp, coder, "Rockets fired by Hezbollah hit a military base in northern Israel on Monday.")
    assert ev["event"] == "ASSAULT" and ev["actor"][0]["text"] == "Hezbollah"


def test_a_named_actor_of_unknown_country_stays_uncoded(nlp: Any, coder: Any) -> None:
    from eventwire.coding import build_coder

    unfiltered = build_coder(event_filter=False)  # the event filter may drop such an event; the resolver keeps it
    (ev,) = _events(nlp, unfiltered, "Marek Zielinski condemned Iran on Monday.")
    (actor,) = ev["actor"]
    assert actor["code"] is None and actor["text"] == "Marek Zielinski"  # not Iran, the article's only country
    assert _codes(ev["recipient"]) == {"IRN"}
    (ev,) = _events(nlp, coder, "Police arrested five men on Monday in Kenya.")
    assert _codes(ev["actor"]) == {"KEN"}  # a generic agent is of the country the article is about


def test_who_claims_responsibility_for_an_act_is_its_actor(nlp: Any) -> None:
    from eventwire.coding import build_coder

    unfiltered = build_coder(event_filter=False)
    text = "Islamic State claimed responsibility for killing nine border guards in Iran on Monday."
    (ev,) = [e for e in _events(nlp, unfiltered, text) if e["event"] == "ASSAULT"]
    assert ev["actor"][0]["text"] == "Islamic State" and _codes(ev["recipient"]) == {"IRN"}
    text = "Islamic State denied responsibility for killing nine border guards in Iran on Monday."
    assert not any(e["actor"] for e in _events(nlp, unfiltered, text) if e["event"] == "ASSAULT")


def test_finding_weapons_or_drugs_is_a_seizure(nlp: Any, coder: Any) -> None:
    (ev,) = _events(nlp, coder, "Afghan soldiers discovered a large cache of weapons in a farmhouse on Monday.")
    assert (ev["event"], ev["cameo"], ev["mode"]) == ("COERCE", "1711", ["seize"]) and _codes(ev["actor"]) == {"AFG"}
    assert not _events(nlp, coder, "A Swedish study found that arms sales rose sharply on Monday.")


def test_an_article_that_names_no_country_is_about_the_country_of_its_places(nlp: Any, coder: Any) -> None:
    text = "Crowds gathered in Guwahati on Sunday.\n\nPolice arrested five men on Monday."
    (ev,) = [e for e in _events(nlp, coder, text) if e["event"] == "COERCE"]
    assert _codes(ev["actor"]) == {"IND"}  # a city the gazetteer knows
    text = "Storms hit Texas on Sunday.\n\nPolice arrested five men on Monday."
    (ev,) = [e for e in _events(nlp, coder, text) if e["event"] == "COERCE"]
    assert _codes(ev["actor"]) == {"USA"}  # a first-level region


def test_with_no_country_anywhere_a_generic_agent_keeps_its_event_by_sector(nlp: Any) -> None:
    from eventwire.coding import build_coder

    unfiltered = build_coder(event_filter=False)
    text = "Dozens of militants arrived on motorcycles on Thursday and opened fire on the village."
    (ev,) = _events(nlp, unfiltered, text)
    (actor,) = ev["actor"]
    assert ev["event"] == "ASSAULT" and actor["code"] is None and actor["sector"] == "REB"
    assert not _events(nlp, unfiltered, "Marek Zielinski opened fire on the village on Thursday.")  # named, no sector


def test_with_no_country_anywhere_an_arrest_still_has_the_police_as_actor(nlp: Any, coder: Any) -> None:
    (ev,) = _events(nlp, coder, "Nine activists were arrested near the university on Thursday.")
    (actor,) = ev["actor"]
    assert ev["event"] == "COERCE" and actor["code"] is None and actor["sector"] == "COP" and actor["text"] == ""
    assert not _events(nlp, coder, "The club has been criticised for its stance on Thursday.")  # no authority implied


def test_nationality_from_a_description_anywhere_in_the_article(nlp: Any, coder: Any) -> None:
    text = (
        "Marek Zielinski condemned Iran on Monday.\n\n"
        "A photograph showed the Polish foreign minister Marek Zielinski with students."
    )
    (ev,) = [e for e in _events(nlp, coder, text) if _codes(e["recipient"]) == {"IRN"}]
    assert _codes(ev["actor"]) == {"POL"} and ev["actor"][0]["sector"] == "GOV"


def test_every_pattern_id_on_an_event_names_a_known_pattern_or_model(nlp: Any, coder: Any, shared: Path) -> None:
    from eventwire.eval.run import gold_article, load_gold
    from eventwire.pipeline import process

    golds = load_gold(shared / "eval" / "articles-gold-dev.jsonl")
    ids = {m.provenance.pattern_id for r in process(map(gold_article, golds), nlp=nlp, coder=coder) for e in r.events
           for m in e.mentions}  # fmt: skip
    assert ids and all(coder.extractor.knows(i) for i in ids), sorted(i for i in ids if not coder.extractor.knows(i))
    assert not coder.extractor.knows("assault.no-such-pattern") and not coder.extractor.knows("coerce.arrest+whim")


@pytest.fixture(scope="module")
def unfiltered() -> Any:
    from eventwire.coding import build_coder

    return build_coder(event_filter=False)


@pytest.fixture(scope="module")
def rules() -> Any:
    """The rules alone: what the patterns read, whatever the learned parts (refitted on each change) make of it."""
    from eventwire.coding import CoderOptions, build_coder

    return build_coder(CoderOptions(models=False))


def test_a_threat_that_names_its_act_needs_no_target(nlp: Any, unfiltered: Any) -> None:
    (ev,) = _events(nlp, unfiltered, "Iran threatened on Thursday to close the Strait of Hormuz.")
    assert ev["event"] == "THREATEN" and _codes(ev["actor"]) == {"IRN"} and not ev["recipient"]
    assert not _events(nlp, unfiltered, "Iran threatened on Thursday.")  # neither an act nor a target


def test_exercises_held_together_are_military_cooperation(nlp: Any, unfiltered: Any) -> None:
    (ev,) = _events(nlp, unfiltered, "China and Russia held joint naval exercises on Thursday.")
    assert ev["event"] == "COOPERATE" and ev["cameo"] == "062"
    assert _codes(ev["actor"]) == {"CHN"} and _codes(ev["recipient"]) == {"RUS"}
    (ev,) = _events(nlp, unfiltered, "Iran held military drills on Thursday.")
    assert ev["event"] == "MOBILIZE"  # one country's exercises: a show of force


def test_sport_is_not_violence_unless_a_side_is_armed(nlp: Any, unfiltered: Any) -> None:
    text = "Rangers striker Tom Hale has been ruled out of Tuesday's Champions League clash with Porto."
    assert not [e for e in _events(nlp, unfiltered, text) if e["event"] == "ASSAULT"]
    (ev,) = _events(nlp, unfiltered, "Turkish police clashed with Kurdish fans after the match on Thursday.")
    assert ev["event"] == "ASSAULT" and _codes(ev["actor"]) == {"TUR"}
    text = "Wales led 20-15 after a late penalty, but France launched an attack in the last minute of the match."
    assert not [e for e in _events(nlp, unfiltered, text) if e["event"] == "ASSAULT"]


def test_a_patterns_preposition_may_sit_on_its_object(nlp: Any, unfiltered: Any) -> None:
    text = "Saudi Crown Prince Abdullah paid a courtesy call on President Reagan on Thursday."
    (ev,) = _events(nlp, unfiltered, text)
    assert ev["event"] == "CONSULT" and _codes(ev["actor"]) == {"SAU"} and _codes(ev["recipient"]) == {"USA"}


def test_a_target_of_no_country_gives_way_to_a_party_named_inside_it(nlp: Any, unfiltered: Any) -> None:
    text = "Venezuela rejected the Tier 3 classification by the U.S. on Thursday."
    (ev,) = _events(nlp, unfiltered, text)
    assert ev["event"] == "REJECT" and _codes(ev["recipient"]) == {"USA"}
    text = "Venezuela criticised the United States over the Colombian deal on Thursday."
    (ev,) = _events(nlp, unfiltered, text)  # a coded target keeps its place
    assert _codes(ev["recipient"]) == {"USA"}

    text = "Alan Grey, the head of a defunct exchange, was charged with embezzlement in Japan on Monday."
    (ev,) = _events(nlp, unfiltered, text)  # a place said on the act itself is where, not against whom
    assert ev["event"] == "ACCUSE" and _codes(ev["actor"]) == {"JPN"}
    assert [r["text"] for r in ev["recipient"]] != ["Japan"]


def test_deaths_in_an_accident_are_no_attack(nlp: Any, unfiltered: Any) -> None:
    text = "Around 140,000 people were killed in Indonesia on Thursday after an earthquake below the Indian Ocean."
    assert not _events(nlp, unfiltered, text)
    assert not _events(nlp, unfiltered, "New Hampshire crash kills seven on Thursday.")
    (ev,) = _events(nlp, unfiltered, "Five people were killed in Kabul on Thursday when a bomb exploded.")
    assert ev["event"] == "ASSAULT" and _codes(ev["recipient"]) == {"AFG"}


def test_who_joins_another_in_an_act_does_it_too(nlp: Any, unfiltered: Any) -> None:
    events = _events(nlp, unfiltered, "The EC was joined by the United States in condemning Brazil on Thursday.")
    assert {frozenset(_codes(e["actor"])) for e in events if e["event"] == "ACCUSE"} == {
        frozenset({"EUR"}),
        frozenset({"USA"}),
    }
    assert all(_codes(e["recipient"]) == {"BRA"} for e in events)


def test_a_noun_a_copula_describes_is_no_event(nlp: Any, unfiltered: Any) -> None:
    text = "The radar project is an agreement between the U.S., Italy and France to build new systems."
    assert not _events(nlp, unfiltered, text)  # what the program is, not something that happened
    (ev,) = _events(nlp, unfiltered, "The U.S. signed an agreement with France on Thursday.")
    assert ev["event"] in ("AGREE", "COOPERATE", "SUPPORT") and _codes(ev["recipient"]) == {"FRA"}


def test_an_evaluation_of_a_partys_act_is_criticism_or_praise(nlp: Any, unfiltered: Any) -> None:
    for text in (
        "Russia called the US decision unjustified on Thursday.",
        "Russia said on Thursday that the American move was unacceptable.",
        "Russia described the American move as a gross interference on Thursday.",  # "as" hung on the object
    ):
        (ev,) = _events(nlp, unfiltered, text)
        assert ev["event"] == "ACCUSE" and _codes(ev["actor"]) == {"RUS"} and _codes(ev["recipient"]) == {"USA"}
    (ev,) = _events(nlp, unfiltered, "Russia called the American proposal constructive on Thursday.")
    assert ev["event"] == "SUPPORT" and _codes(ev["recipient"]) == {"USA"}
    assert not _events(nlp, unfiltered, "Russia said on Thursday that the weather was unacceptable.")  # no party
    assert not _events(nlp, unfiltered, "The minister described the weather as a disgrace.")  # no party


def test_a_reaction_drawn_from_a_party_is_that_partys(nlp: Any, unfiltered: Any) -> None:
    (ev,) = _events(nlp, unfiltered, "The Israeli raid faced sharp criticism from Egypt on Thursday.")
    assert ev["event"] == "ACCUSE" and _codes(ev["actor"]) == {"EGY"} and _codes(ev["recipient"]) == {"ISR"}
    (ev,) = _events(nlp, unfiltered, "The Israeli raid drew condemnation from Egypt on Thursday.")
    assert _codes(ev["actor"]) == {"EGY"} and _codes(ev["recipient"]) == {"ISR"}
    events = _events(nlp, unfiltered, "Statements of condemnation of the Israeli raid came from Egypt on Thursday.")
    assert any(e["event"] == "ACCUSE" and _codes(e["actor"]) == {"EGY"} for e in events)
    assert not _events(nlp, unfiltered, "The Israeli raid drew crowds from Egypt on Thursday.")  # no reaction


def test_parties_named_together_act_with_each_other_only_in_mutual_acts(nlp: Any, unfiltered: Any) -> None:
    events = _events(nlp, unfiltered, "France and Germany condemned the attack on Thursday.")
    assert not [e for e in events if _codes(e["actor"]) == {"FRA"} and _codes(e["recipient"]) == {"DEU"}]
    (ev,) = _events(nlp, unfiltered, "Kenya and Ethiopia held talks on Thursday.")
    assert _codes(ev["actor"]) == {"KEN"} and _codes(ev["recipient"]) == {"ETH"}


def test_relations_are_between_the_parties_named_together(nlp: Any, unfiltered: Any) -> None:
    (ev,) = _events(nlp, unfiltered, "Angola and Uruguay established diplomatic relations on Thursday.")
    assert ev["event"] == "SUPPORT" and _codes(ev["actor"]) == {"AGO"} and _codes(ev["recipient"]) == {"URY"}
    (ev,) = _events(nlp, unfiltered, "Mexico and Cuba broke off relations on Monday.")
    assert ev["event"] == "SANCTION" and _codes(ev["actor"]) == {"MEX"} and _codes(ev["recipient"]) == {"CUB"}


def test_the_articles_full_name_outranks_a_namesake_in_the_dictionary(nlp: Any, unfiltered: Any) -> None:
    when = date(2005, 2, 1)  # John Howard was Australia's prime minister
    (ev,) = _events(nlp, unfiltered, "Mr Howard criticised Gordon Brown on Monday.", when)
    assert _codes(ev["actor"]) == {"AUS"}  # nothing else in the article: the dictionary decides
    text = "Michael Howard unveiled his tax plans on Sunday.\n\nMr Howard criticised Gordon Brown on Monday."
    (ev,) = [e for e in _events(nlp, unfiltered, text, when) if e["event"] == "ACCUSE"]
    assert (
        ev["actor"][0]["text"] == "Mr Howard" and ev["actor"][0]["code"] is None and _codes(ev["recipient"]) == {"GBR"}
    )
    text = "Michael Howard criticised Gordon Brown on Monday.\n\nMr Howard spoke to John Howard on Tuesday."
    (ev,) = [e for e in _events(nlp, unfiltered, text, when) if e["event"] == "ACCUSE"]
    assert ev["actor"][0]["code"] is None  # not John Howard's country by his surname


def test_a_named_charity_or_rights_group_is_nongovernmental(nlp: Any, unfiltered: Any) -> None:
    (ev,) = _events(nlp, unfiltered, "Aid charity Actionaid criticised Kenya on Monday.")
    assert _codes(ev["actor"]) == {"NGO"}
    (ev,) = _events(nlp, unfiltered, "Mexican rights group Centro Prodh accused Honduras of torture on Monday.")
    assert _codes(ev["actor"]) == {"MEX"}  # a country named is its country
    (ev,) = _events(nlp, unfiltered, "Human rights defender Juan Perez accused Honduras of torture on Monday.")
    assert ev["actor"][0]["code"] is None  # a person so called is no organisation


def test_a_verb_that_carries_an_act_on_makes_its_noun_the_subjects_act(nlp: Any, unfiltered: Any) -> None:
    (ev,) = _events(nlp, unfiltered, "Israel completed its withdrawal from Gaza on Monday.")
    assert ev["event"] == "RETREAT" and _codes(ev["actor"]) == {"ISR"}
    events = _events(nlp, unfiltered, "Israel ended its boycott of the talks on Monday.")
    assert {e["event"] for e in events} <= {"RETREAT"}  # an act called off is no boycott
    events = _events(nlp, unfiltered, "Israel's withdrawal was discussed on Monday.")
    assert not [e for e in events if e["event"] == "RETREAT"]  # a noun in passing


def test_a_past_participle_reads_the_noun_it_modifies_as_its_object(nlp: Any, unfiltered: Any) -> None:
    text = "Diplomats studied the proposals released on Monday by the European Commission."
    assert not [e for e in _events(nlp, unfiltered, text) if e["event"] == "RETREAT"]  # proposals are no captives


def test_the_objects_own_clause_names_the_target(nlp: Any, unfiltered: Any) -> None:
    (ev,) = _events(nlp, unfiltered, "The EU eased the sanctions it imposed on Iran on Monday.")
    assert ev["event"] == "RETREAT" and _codes(ev["actor"]) == {"EUR"} and _codes(ev["recipient"]) == {"IRN"}


def test_a_that_clause_hung_on_the_object_of_told_is_what_was_told(nlp: Any, unfiltered: Any) -> None:
    text = "The Iraqi minister told the BBC's Today programme that the American plans were unacceptable."
    (ev,) = _events(nlp, unfiltered, text)  # the parser makes "were" a clause of "programme"
    assert ev["event"] == "ACCUSE" and _codes(ev["actor"]) == {"IRQ"} and _codes(ev["recipient"]) == {"USA"}


def test_a_region_of_several_countries_is_no_country(nlp: Any, unfiltered: Any) -> None:
    events = _events(nlp, unfiltered, "Latin American leaders criticised the United States on Monday.")
    assert not [e for e in events if "USA" in _codes(e["actor"])]  # not Americans criticising America
    (ev,) = _events(nlp, unfiltered, "American officials criticised Iran on Monday.")
    assert _codes(ev["actor"]) == {"USA"}


def test_a_conjunct_with_its_own_object_is_active(nlp: Any, unfiltered: Any) -> None:
    text = "The Honduran rebel commander was jailed on Thursday and accused Mexico of torture."
    events = _events(nlp, unfiltered, text)  # not accused by someone unnamed: he accuses Mexico
    (ev,) = [e for e in events if e["event"] == "ACCUSE"]
    assert ev["actor"][0]["text"] == "The Honduran rebel commander" and _codes(ev["recipient"]) == {"MEX"}


def test_a_generic_agent_takes_the_country_its_clause_names(nlp: Any, unfiltered: Any) -> None:
    text = (
        "Mexico demands answers after shooting\n\nMexico's foreign minister said Mexico would take legal action. "
        "Mexican officials said six Mexicans were among the dead.\n\nPolice arrested a gunman in El Paso on Saturday."
    )
    (ev,) = [e for e in _events(nlp, unfiltered, text) if e["event"] == "COERCE"]
    assert _codes(ev["actor"]) == {"USA"} and _codes(ev["recipient"]) == {"USA"}  # not Mexico, the article's country


def test_the_maker_of_the_attack_a_victims_clause_names_is_the_attacker(nlp: Any, unfiltered: Any) -> None:
    (ev,) = _events(nlp, unfiltered, "Three civilians were killed in an Israeli air strike in Gaza on Monday.")
    assert ev["event"] == "ASSAULT" and _codes(ev["actor"]) == {"ISR"} and _codes(ev["recipient"]) == {"PSE"}
    (ev,) = _events(nlp, unfiltered, "Ten people were killed in a Saudi-led coalition airstrike in Sanaa on Monday.")
    assert _codes(ev["actor"]) == {"SAU"}
    (ev,) = _events(nlp, unfiltered, "Two soldiers were killed in an attack by Boko Haram in Borno on Monday.")
    assert ev["actor"][0]["text"] == "Boko Haram"
    (ev,) = _events(nlp, unfiltered, "Two soldiers were killed in an attack in Maiduguri on Monday.")
    assert ev["actor"][0]["name"] == "unidentified attackers"  # an attack that names no maker


def test_victims_of_an_attack_already_told_are_that_attack(nlp: Any, unfiltered: Any) -> None:
    text = (
        "Taliban fighters attacked an army checkpoint in Helmand province on Tuesday. "
        "Six soldiers were killed in the attack, officials said."
    )
    (ev,) = _events(nlp, unfiltered, text)  # one happening, not a second attack by unidentified attackers
    assert ev["event"] == "ASSAULT" and ev["actor"][0]["text"] == "Taliban fighters" and len(ev["mentions"]) == 2


def test_a_political_actor_criticising_or_asking_stands_with_its_country_alone(nlp: Any, unfiltered: Any) -> None:
    text = "Liberal Democrat leader Charles Kennedy criticised unfair taxes on Tuesday."
    (ev,) = _events(nlp, unfiltered, text)  # the taxes are no party: a domestic criticism, coded to Britain
    assert ev["event"] == "ACCUSE" and _codes(ev["actor"]) == {"GBR"} and ev["recipient"] == []
    (ev,) = _events(nlp, unfiltered, "British MPs urged a tightening of regulations on betting on Monday.")
    assert ev["event"] == "REQUEST" and _codes(ev["actor"]) == {"GBR"}
    assert _events(nlp, unfiltered, "Iran and China support each other, Raisi said on Monday.") == []  # no content
    (ev,) = _events(nlp, unfiltered, "British MPs have called for a tightening of regulations on betting.")
    assert ev["event"] == "REQUEST" and _codes(ev["actor"]) == {"GBR"}  # the preposition's object is the content
    text = "Raisi called for closer cooperation between the two countries on Monday."
    assert not any(e["event"] == "REQUEST" for e in _events(nlp, unfiltered, text))  # a proposal to the other side
    (ev,) = _events(nlp, unfiltered, "British MPs called for the two-day talks to resume on Monday.")
    assert ev["event"] == "REQUEST"  # "the two-day talks" names no two sides
    (ev,) = _events(nlp, unfiltered, "Labour spokesman Dai Lloyd called the announcement disappointing.")
    assert ev["event"] == "ACCUSE" and _codes(ev["actor"]) == {"GBR"}  # an evaluated act, no party named
    assert _events(nlp, unfiltered, "Italy fly-half Luca Moretti praised his side after the game.") == []


def test_i_in_a_quote_after_a_colon_is_its_speaker(nlp: Any, unfiltered: Any) -> None:
    text = 'Cuban Foreign Minister Bruno Rodriguez responded on Twitter: "I strongly reject the new US sanctions."'
    (ev,) = [e for e in _events(nlp, unfiltered, text) if e["event"] == "REJECT"]
    assert ev["actor"][0]["name"] == "Bruno Rodriguez" and _codes(ev["actor"]) == {"CUB"}
    assert _codes(ev["recipient"]) == {"USA"}


def test_a_titled_state_official_is_of_the_one_country_the_article_names(nlp: Any, unfiltered: Any) -> None:
    text = "Rebels attacked an oil pipeline in Colombia.\n\nDefense Minister Rafael Samudio condemned the attack."
    (ev,) = [e for e in _events(nlp, unfiltered, text) if e["event"] == "ACCUSE"]
    assert ev["actor"][0]["name"] == "Rafael Samudio" and _codes(ev["actor"]) == {"COL"}
    text = "Colombia and Peru signed a deal.\n\nDefense Minister Rafael Samudio criticised Peru."
    (ev,) = [e for e in _events(nlp, unfiltered, text) if e["event"] == "ACCUSE"]
    assert ev["actor"][0]["code"] is None  # two countries named: nothing says whose minister he is
    text = "Rebels attacked an oil pipeline in Colombia.\n\nSinger Rafael Samudio condemned the attack."
    assert not any(e["actor"][0]["code"] for e in _events(nlp, unfiltered, text) if e["event"] == "ACCUSE")


def test_the_places_an_article_names_vote_for_its_country(nlp: Any, unfiltered: Any) -> None:
    text = (
        "A gunman killed 22 people at a store in El Paso, Texas, on Saturday. Six of them were Mexicans.\n\n"
        "Police arrested the gunman on Saturday."
    )
    (ev,) = [e for e in _events(nlp, unfiltered, text) if e["event"] == "COERCE"]
    assert _codes(ev["actor"]) == {"USA"}  # El Paso and Texas outweigh the one nationality named


def test_a_doer_who_is_its_own_victim_is_no_attack(nlp: Any, unfiltered: Any) -> None:
    text = "Former Peruvian president Alan Garcia killed himself on Wednesday when police arrived at his home."
    assert not _fires(nlp, unfiltered, text, "ASSAULT")
    assert _fires(nlp, unfiltered, "In Texas, the gunman shot three police officers on Wednesday.", "ASSAULT")


def test_a_participle_on_a_prepositional_phrase_has_the_verbs_subject_as_actor(nlp: Any, unfiltered: Any) -> None:
    text = "US Secretary of State Rex Tillerson posted a note on Facebook on Monday blaming Iran for the bombings."
    (ev,) = [e for e in _events(nlp, unfiltered, text) if e["event"] == "ACCUSE"]
    assert _codes(ev["actor"]) == {"USA"} and _codes(ev["recipient"]) == {"IRN"}


def test_speaking_with_someone_is_a_meeting(nlp: Any, unfiltered: Any) -> None:
    (ev,) = [e for e in _events(nlp, unfiltered, "Raab spoke with Pompeo about the case on Monday.") if e["event"]]
    assert ev["event"] == "CONSULT"
    assert not _events(nlp, unfiltered, "Raab spoke to reporters about the case on Monday.")


def test_what_a_film_depicts_is_no_event(nlp: Any, unfiltered: Any) -> None:
    text = "The BBC drama, screened in Britain on Monday, depicts a dirty bomb attack by al-Qaeda on London."
    assert not _fires(nlp, unfiltered, text, "ASSAULT")
    assert _fires(nlp, unfiltered, "Al-Qaeda carried out a bomb attack on London on Monday.", "ASSAULT")


def test_a_present_relative_clause_describes_and_tells_no_news(nlp: Any, unfiltered: Any) -> None:
    text = "The British charity, which supports Syrian refugees, opened a shop in London on Monday."
    assert not _fires(nlp, unfiltered, text, "SUPPORT")
    text = "The British charity, which condemned Syria on Monday, opened a shop in London."
    assert _fires(nlp, unfiltered, text, "ACCUSE")  # a dated act is news


def test_telling_a_party_to_act_is_an_appeal_and_telling_reporters_is_not(nlp: Any, unfiltered: Any) -> None:
    (ev,) = _events(nlp, unfiltered, "The Kenyan president told Uganda on Monday to withdraw its troops.")
    assert ev["event"] == "REQUEST" and _codes(ev["actor"]) == {"KEN"} and _codes(ev["recipient"]) == {"UGA"}
    assert not _events(nlp, unfiltered, "The Kenyan president told reporters on Monday that Uganda had withdrawn.")


def test_an_announced_resignation_is_the_speakers_own(nlp: Any, unfiltered: Any) -> None:
    (ev,) = _events(nlp, unfiltered, "The Peruvian president announced his resignation on Monday.")
    assert ev["event"] == "RETREAT" and _codes(ev["actor"]) == {"PER"}


def test_an_act_called_a_violation_or_a_mistake_is_criticised(nlp: Any, unfiltered: Any) -> None:
    for text in (
        "The French foreign minister described the Israeli strike as a violation of international law.",
        "The Chinese spokesman said on Monday the American sanctions were a mistake.",
    ):
        (ev,) = [e for e in _events(nlp, unfiltered, text) if e["event"] == "ACCUSE"]
        assert _codes(ev["actor"]) | _codes(ev["recipient"]) in ({"FRA", "ISR"}, {"CHN", "USA"})
    assert not _events(nlp, unfiltered, "The goalkeeper made a mistake in the match on Saturday.")


def test_a_later_description_gives_a_named_person_his_country(nlp: Any, unfiltered: Any) -> None:
    text = "Charles Kennedy criticised the Tories on Monday. The Lib Dem leader later spoke in Leeds."
    (ev,) = _events(nlp, unfiltered, text)
    assert ev["event"] == "ACCUSE" and _codes(ev["actor"]) == {"GBR"} and ev["actor"][0]["name"] == "Charles Kennedy"
    (ev,) = _events(nlp, unfiltered, "Charles Kennedy criticised the Tories on Monday. The weather was bad.")
    assert ev["actor"][0]["code"] is None  # nothing says whose politician he is


def test_parties_of_a_mutual_act_named_together_are_one_event(nlp: Any, unfiltered: Any) -> None:
    text = "The governments of Mexico, the United States and Guatemala agreed on Monday to share information."
    (ev,) = _events(nlp, unfiltered, text)
    assert ev["event"] == "AGREE" and _codes(ev["actor"]) | _codes(ev["recipient"]) == {"MEX", "USA", "GTM"}
    (ev,) = _events(nlp, unfiltered, "Kenya and Ethiopia signed a security agreement in Addis Ababa on Monday.")
    assert _codes(ev["actor"]) == {"KEN"} and _codes(ev["recipient"]) == {"ETH"}  # the city is where, not with whom


def test_a_participle_on_a_headlines_root_is_its_news(nlp: Any, unfiltered: Any) -> None:
    text = "MP attacked by muggers in Kenya\n\nThe attack happened on Monday."
    assert _fires(nlp, unfiltered, text, "ASSAULT")


def test_a_headline_lists_its_subjects_with_a_comma(nlp: Any, unfiltered: Any) -> None:
    for text in ("Kenya, Ethiopia sign security agreement\n\nThe deal covers border patrols.",
                 "Japan, U.S. agree on chip pact\n\nThe pact covers exports."):  # fmt: skip
        (ev,) = [e for e in _events(nlp, unfiltered, text) if e["event"] in ("SUPPORT", "AGREE")]
        assert len(_codes(ev["actor"]) | _codes(ev["recipient"])) == 2
    (ev,) = _events(nlp, unfiltered, "Paris, France, hosted a summit with Germany on Monday.")
    assert _codes(ev["actor"]) == {"FRA"} and _codes(ev["recipient"]) == {"DEU"}  # a city and its country


def test_last_year_is_background_even_in_an_undated_article(nlp: Any, unfiltered: Any) -> None:
    text = "Last year, Argentine police arrested a Peruvian drug trafficker in Buenos Aires."
    assert not [e for e in _events(nlp, unfiltered, text, published=None) if e["event"] == "COERCE"]
    assert [e for e in _events(nlp, unfiltered, text.replace("Last year", "On Monday"), published=None)]


def test_dying_is_no_act(nlp: Any, unfiltered: Any) -> None:
    for text in (
        "The former Liberian president succumbed to a lung disorder on Monday.",
        "Peter Deng Malual, the South Sudanese minister of Regional Affairs, died in Juba on Monday.",
    ):
        assert not _events(nlp, unfiltered, text)
    assert _fires(nlp, unfiltered, "The Liberian government bowed to pressure from Nigeria on Monday.", "CONCEDE")


def test_hit_singles_are_no_attack(nlp: Any, unfiltered: Any) -> None:
    assert not _fires(nlp, unfiltered, "The British singer has had 12 UK hit singles since 2001.", "ASSAULT")


def test_an_act_called_for_has_not_happened(nlp: Any, unfiltered: Any) -> None:
    from eventwire.extract.modality import modality

    lex = unfiltered.extractor.lex
    doc = nlp("The group condemned lyrics that call for the killing of gay people.")
    assert modality(next(t for t in doc if t.lower_ == "killing"), lex).hypothetical
    doc = nlp("The group condemned the killing of gay people.")
    assert not modality(next(t for t in doc if t.lower_ == "killing"), lex).hypothetical


@pytest.mark.parametrize(
    ("reading", "not_an_event", "an_event", "event"),
    [
        (
            "an arrest told in a clause on a past year is background",
            "Castillo had been in hiding since 2011, when he was arrested in Callao, Peru, on similar charges.",
            "Castillo was arrested in Callao, Peru, on Monday.",
            "COERCE",
        ),
        (
            "teams that meet in a qualifier play",
            "Ireland met the Swiss in their final Euro 2004 qualifier on Saturday, losing 2-0 away in Basel.",
            "The Irish premier met the Swiss president in Basel on Saturday.",
            "CONSULT",
        ),
        (
            "rapped is criticised, raped is an assault",
            "The British regulator rapped the channel on Monday for the ad.",
            "Soldiers raped two women in the village on Monday, the Congolese army said.",
            "ASSAULT",
        ),
        (
            "an act only likely is not told",
            "By 2014, Brazilian male youths were 13 times more likely to be murdered than females.",
            "Brazilian police killed 13 youths in Rio on Monday.",
            "ASSAULT",
        ),
        (
            "what a speaker hopes another will do has not happened",
            '"I hope now that the government will scrap this law and release us," a detainee said on Monday.',
            "The British government released the nine detainees on Monday.",
            "RETREAT",
        ),
        (
            "a case taken to a court is no march",
            "The nine prisoners took their case to the House of Lords on Monday.",
            "Thousands of Kenyans took to the streets of Nairobi on Monday.",
            "PROTEST",
        ),
        (
            "an act whose object is 'no' thing did not happen",
            "Iran sought no talks with Iraq on Monday.",
            "Iran sought talks with Iraq on Monday.",
            "REQUEST",
        ),
        (
            "the year of the verb an act completes is the act's: background",
            "In 2015, Saudi Arabia started supporting the Yemeni government against the Houthi insurgency.",
            "On Monday, Saudi Arabia started supporting the Yemeni government against the Houthi insurgency.",
            "SUPPORT",
        ),
        (
            "talks welcomed are not held",
            "Iran welcomed talks with the United States on Monday.",
            "Iran held talks with the United States on Monday.",
            "CONSULT",
        ),
        (
            "a disease is no attacker",
            "Cholera killed 30 people in Haiti on Monday.",
            "Gunmen killed 30 people in Haiti on Monday.",
            "ASSAULT",
        ),
        (
            "what it would take for a party to act has not happened",
            "Analysts say the sole option is for Washington to join forces with Beijing against Iran.",
            "Experts say Washington joined forces with Moscow against Iran on Monday.",
            "COOPERATE",
        ),
        (
            "what is done every month is habitual, not news",
            "Colombian police arrest hundreds of gang members in Bogota every month.",
            "Colombian police arrested hundreds of gang members in Bogota on Monday.",
            "COERCE",
        ),
    ],
)
def test_a_reading_that_is_no_event_beside_one_that_is(
    nlp: Any, unfiltered: Any, reading: str, not_an_event: str, an_event: str, event: str
) -> None:
    assert not _fires(nlp, unfiltered, not_an_event, event), reading
    assert _fires(nlp, unfiltered, an_event, event), reading


def test_a_treaty_told_in_the_headline_and_the_body_is_one_event(nlp: Any, unfiltered: Any) -> None:
    text = (
        "Dominican Republic, Mexico Sign Crime-Fighting Agreement\n\n"
        "The governments of the Dominican Republic and Mexico signed a new security treaty on Monday."
    )
    (ev,) = [e for e in _events(nlp, unfiltered, text) if e["event"] == "SUPPORT"]
    assert _codes(ev["actor"]) | _codes(ev["recipient"]) == {"DOM", "MEX"}


def test_authorities_in_a_country_named_with_the_are_of_that_country(nlp: Any, unfiltered: Any) -> None:
    text = "Weeks later, authorities in the Dominican Republic captured two Italian mobsters on Monday."
    (ev,) = _events(nlp, unfiltered, text)
    assert _codes(ev["actor"]) == {"DOM"} and ev["event_loc"] is None  # no town called Republic


def test_a_party_that_should_be_pressured_is_asked_to_act(nlp: Any, unfiltered: Any) -> None:
    text = "Senator Walsh said Taiwan and South Korea should be pressured to let their currencies rise."
    evs = [e for e in _events(nlp, unfiltered, text) if e["event"] == "REQUEST"]
    assert {c for e in evs for c in _codes(e["recipient"])} == {"KOR", "TWN"}
    assert not _fires(nlp, unfiltered, "The minister said on Monday the charges should be dropped.", "REQUEST")


def test_the_group_is_the_group_the_article_named(nlp: Any, unfiltered: Any) -> None:
    text = (
        "Nicaraguan police arrested 18 Mexican nationals on Monday.\n\nThe group had killed two policemen in Honduras."
    )
    (ev,) = [e for e in _events(nlp, unfiltered, text) if e["event"] == "ASSAULT"]
    assert _codes(ev["actor"]) == {"MEX"}
    text = (
        "Russian oil company Yukos sued Deutsche Bank in a US court in Houston on Monday, US lawyers said.\n\n"
        "The company has also accused two American firms of fraud in the United States."
    )
    (ev,) = [e for e in _events(nlp, unfiltered, text) if "also accused" in e["mentions"][0]["sentence"]]
    assert _codes(ev["actor"]) == {"RUS"}  # the company the text called one: not the bank, not the article's US
    text = (
        "Rebel group Ansar Dine raided a village in Mali on Monday.\n\nFrench energy firm Total said it would fly its"
        " staff home.\n\nThe group later abducted two nurses."
    )
    (ev,) = [e for e in _events(nlp, unfiltered, text) if e["event"] == "ASSAULT"]
    assert _codes(ev["actor"]) == {"MLI"}  # the group the text called a group, not the firm named since
    text = "Nicaraguan officials arrested a Kazakh close on Monday.\n\nThe group had killed two policemen in Honduras."
    assert "KAZ" not in {
        c for e in _events(nlp, unfiltered, text) if e["event"] == "ASSAULT" for c in _codes(e["actor"])
    }


def test_a_court_that_tells_of_a_charge_is_the_court_that_charged(nlp: Any, unfiltered: Any) -> None:
    text = "A judge in Managua said on Monday that the 18 Mexicans had been charged with money laundering."
    (ev,) = _events(nlp, unfiltered, text)
    assert (_codes(ev["actor"]), _codes(ev["recipient"])) == ({"NIC"}, {"MEX"})  # not Mexico charging its own
    text = "A Nicaraguan diplomat said on Monday that the 18 Mexicans had been charged with money laundering."
    (ev,) = _events(nlp, unfiltered, text)
    assert _codes(ev["actor"]) == {"MEX"}  # a diplomat is no court: the charge stays with the accused's country


def test_north_and_south_korea_are_two_countries(nlp: Any, unfiltered: Any) -> None:
    (ev,) = _events(nlp, unfiltered, "North and South Korea exchanged artillery fire on Monday.")
    assert _codes(ev["actor"]) | _codes(ev["recipient"]) == {"PRK", "KOR"}
    assert {a["text"] for a in ev["actor"] + ev["recipient"]} == {"North", "South Korea"}  # each its own characters
    (ev,) = _events(nlp, unfiltered, "North Korea and Japan held talks on Monday.")
    assert [a["text"] for a in ev["actor"] + ev["recipient"]] == ["North Korea", "Japan"]  # two names: no pair


def test_people_taken_hostage_are_the_objects_of_a_kidnapping(nlp: Any, unfiltered: Any) -> None:
    text = "Inmates at a prison in western Honduras took nine employees hostage on Monday."
    (ev,) = [e for e in _events(nlp, unfiltered, text) if e["event"] == "ASSAULT"]  # "hostage": parsed as a clause
    assert ev["mentions"][0]["pattern"] == "assault.take-hostage" and [r["text"] for r in ev["recipient"]] == [
        "nine employees"
    ]


def test_a_state_s_own_institutions_say_which_country_an_article_is_about(nlp: Any, unfiltered: Any) -> None:
    text = (
        "Senate investigators criticised the plan on Monday.\n\nThe White House and the Pentagon defended the arms "
        "sales to Iran, which Congress and the Justice Department are investigating. Iran denied any deal."
    )
    (ev,) = [e for e in _events(nlp, unfiltered, text) if e["event"] == "ACCUSE"]
    assert _codes(ev["actor"]) == {"USA"}  # not Iran, the country named most


def test_the_embassy_is_the_one_embassy_the_article_names(nlp: Any, unfiltered: Any) -> None:
    text = (
        "The police chief wrote to the US Embassy in London on Monday.\n\n"
        "Home Secretary Priti Patel urged the embassy to reconsider on Monday."
    )
    (ev,) = [e for e in _events(nlp, unfiltered, text) if e["event"] == "REQUEST"]
    assert (_codes(ev["actor"]), _codes(ev["recipient"])) == ({"GBR"}, {"USA"})  # not the article's Britain
    two = text.replace("London on Monday.", "London and to the French Embassy in London on Monday.")
    (ev,) = [e for e in _events(nlp, unfiltered, two) if e["event"] == "REQUEST"]
    assert "USA" not in _codes(ev["recipient"])  # two embassies named: "the embassy" says not which


def test_his_government_is_the_speaker_s(nlp: Any, unfiltered: Any) -> None:
    text = (
        "Venezuelan President Hugo Chavez spoke on Monday. Colombian President Juan Manuel Santos said on Tuesday "
        "that his government would extradite the trafficker to Venezuela."
    )
    (ev,) = [e for e in _events(nlp, unfiltered, text) if e["event"] == "AGREE"]
    assert _codes(ev["actor"]) == {"COL"}  # not the last person before the sentence, nor the article's Venezuela


def test_a_group_is_the_members_it_lists(nlp: Any, unfiltered: Any) -> None:
    text = "Kuwait has asked four countries, including Britain and China, for tankers on Monday."
    evs = [e for e in _events(nlp, unfiltered, text) if e["event"] == "REQUEST"]
    assert {c for e in evs for c in _codes(e["recipient"])} == {"GBR", "CHN"}


def test_a_pronoun_named_in_parentheses_is_the_name(nlp: Any, unfiltered: Any) -> None:
    text = '"They (the Kuwaitis) have asked Britain for tankers," an American official said on Monday.'
    (ev,) = [e for e in _events(nlp, unfiltered, text) if e["event"] == "REQUEST"]
    assert _codes(ev["actor"]) == {"KWT"} and _codes(ev["recipient"]) == {"GBR"}


def test_a_meeting_the_clause_is_told_after_has_the_clauses_subject(nlp: Any, unfiltered: Any) -> None:
    text = "The Canadian minister told reporters on Monday after talks with Japanese ministers that gains were made."
    (ev,) = [e for e in _events(nlp, unfiltered, text) if e["event"] == "CONSULT"]
    assert _codes(ev["actor"]) | _codes(ev["recipient"]) == {"CAN", "JPN"}
    from eventwire.extract.arguments import roles

    lex, triggers = unfiltered.extractor.lex, unfiltered.extractor.dicts.triggers
    for occasion, actors in (("after", ["The Canadian minister"]), ("before", [])):  # not yet held
        sent = next(nlp(text.replace("after", occasion)).sents)
        (talks,) = [m for m in match_triggers(sent, triggers, lex) if m.token.lower_ == "talks"]
        assert [p.text for p in roles(talks, lex).actors] == actors


def test_purchases_and_domestic_proposals_are_no_events(nlp: Any, unfiltered: Any) -> None:
    assert not _fires(nlp, unfiltered, "The Japanese government buys Canadian wheat for its consumers.", "COOPERATE")
    text = "The Belgian budget minister proposed a plan on Monday to sell shares in state firms."
    assert not _fires(nlp, unfiltered, text, "AGREE")


def test_a_piece_of_a_list_of_counterparts_with_no_country_is_no_counterpart(nlp: Any, unfiltered: Any) -> None:
    text = (
        "The Canadian minister held talks on Monday with the Japanese, U.S. and European Community (EC) "
        "trade ministers."
    )
    evs = [e for e in _events(nlp, unfiltered, text) if e["event"] == "CONSULT"]
    assert evs and all(_codes(e["recipient"]) - {None} for e in evs)


def test_a_verb_of_its_own_tense_is_not_under_its_conjuncts_negation(nlp: Any, unfiltered: Any) -> None:
    text = "Kenyan workers did not want to go on strike and called on the government to hold talks on Monday."
    (ev,) = [e for e in _events(nlp, unfiltered, text) if e["event"] == "REQUEST"]
    assert ev["actor"][0]["text"] == "Kenyan workers"


def test_a_proposal_meeting_with_disapproval_is_criticised_not_met(nlp: Any, unfiltered: Any) -> None:
    text = "The Kenyan cabinet's plans have met with disapproval from rights groups in Nairobi."
    assert not _fires(nlp, unfiltered, text, "CONSULT") and _fires(nlp, unfiltered, text, "ACCUSE")


def test_a_speaker_of_no_named_country_does_not_replace_the_named_actor(nlp: Any, unfiltered: Any) -> None:
    text = "Saudi Arabia has mobilized pressure groups in the United States, a top minister said on Thursday."
    (ev,) = [e for e in _events(nlp, unfiltered, text) if e["event"] == "MOBILIZE"]
    assert _codes(ev["actor"]) == {"SAU"}


def test_a_country_run_on_to_a_persons_title_is_not_that_person(nlp: Any, unfiltered: Any) -> None:
    text = 'Officials said Vice President Bush had assured the Saudi Crown Prince the United States would "stay".'
    (ev,) = [e for e in _events(nlp, unfiltered, text) if e["event"] == "AGREE"]
    assert _codes(ev["recipient"]) == {"SAU"} and ev["recipient"][0]["text"] == "the Saudi Crown Prince"


def test_parties_meeting_together_meet_each_other_not_the_place(nlp: Any, unfiltered: Any) -> None:
    from dataclasses import replace

    from eventwire.nlp.pipeline import parse_articles
    from eventwire.records import Option

    text = "Kenyan President William Ruto and Ethiopian Prime Minister Abiy Ahmed met in a Paris hotel on Monday."
    article = make_article(text, origin="test", id="t", published=date(2024, 5, 9))
    doc = next(iter(parse_articles(nlp, [article], recase=unfiltered.recase)))[1]
    extraction = unfiltered.extractor.extract(article, doc)
    (meeting,) = [c for s in extraction.sentences for c in s.candidates if c.lemma == "meet"]
    hotel = next(p for p in (*meeting.embedded, *meeting.recipients, *meeting.actors) if "Paris" in p.text)
    meeting = replace(meeting, options=(Option(hotel, 0.1, 0.9),))  # the scorer rating the place a counterpart
    resolver = unfiltered.resolver
    actors, recipients = resolver._sides(meeting, resolver._memory(article, extraction))
    assert {a.code for a in (*actors, *recipients)} == {"KEN", "ETH"}


def test_a_country_the_tagger_calls_an_organisation_still_places_the_act(nlp: Any, unfiltered: Any) -> None:
    text = (
        "More than 600 kilos of cocaine hidden in sacks of sugar were confiscated in Paraguay, near the borders with"
        " Brazil and Argentina, in the biggest drug seizure of the year."
    )
    (ev,) = [e for e in _events(nlp, unfiltered, text) if e["event"] == "COERCE"]
    assert _codes(ev["actor"]) == {"PRY"}


def test_as_did_and_as_were_add_a_party_to_the_act(nlp: Any, unfiltered: Any) -> None:
    evs = _events(nlp, unfiltered, "Russia condemned the attack on Ukraine on Monday, as did France.")
    assert {c for e in evs if e["event"] == "ACCUSE" for c in _codes(e["actor"])} == {"RUS", "FRA"}
    text = "Five Kenyan soldiers were killed in the ambush on Monday, as was a Somali civilian."
    evs = _events(nlp, unfiltered, text)
    assert {c for e in evs if e["event"] == "ASSAULT" for c in _codes(e["recipient"])} == {"KEN", "SOM"}


def test_a_party_inside_a_relative_clause_of_the_object_is_not_its_target(nlp: Any, unfiltered: Any) -> None:
    text = "Canada has championed the cause of developing nations which have suffered from the EC's farm policies."
    assert not any("EUR" in _codes(e["recipient"]) for e in _events(nlp, unfiltered, text))


def test_what_is_hoped_for_is_not_told_though_the_tagger_reads_hopes_as_hop(nlp: Any, unfiltered: Any) -> None:
    text = "The American minister said he hopes the Japanese premier will make proposals at a meeting with Biden."
    assert not [e for e in _events(nlp, unfiltered, text) if e["event"] in ("AGREE", "CONSULT")]


def test_a_loan_received_from_a_lender_is_the_lender_s_aid(nlp: Any, unfiltered: Any) -> None:
    (ev,) = _events(nlp, unfiltered, "Egypt received a 300 million dollar loan from the World Bank on Monday.")
    assert ev["event"] == "AID" and ev["mentions"][0]["pattern"] == "aid.receive-aid"
    assert _codes(ev["actor"]) == {"IGO"} and _codes(ev["recipient"]) == {"EGY"}  # the giver acts
    assert not [e for e in _events(nlp, unfiltered, "Egypt received new loans on Monday.") if e["event"] == "AID"]


def test_a_passive_verb_with_two_objects_gives_its_retained_object(nlp: Any, unfiltered: Any) -> None:
    (ev,) = _events(nlp, unfiltered, "Kenya was given aid by Britain on Monday.")  # gives aid, to Kenya
    assert ev["event"] == "AID" and _codes(ev["actor"]) == {"GBR"} and _codes(ev["recipient"]) == {"KEN"}


def test_a_place_in_apposition_says_where_the_clause_happened(nlp: Any, unfiltered: Any) -> None:
    text = (
        "Uganda's president said on Sunday that Uganda would stay calm.\n\nPolice arrested two Ugandan men in the "
        "Kenyan capital Nairobi on Monday."
    )
    (ev,) = [e for e in _events(nlp, unfiltered, text) if e["event"] == "COERCE"]
    assert _codes(ev["actor"]) == {"KEN"}  # Kenya's police, though the article is about Uganda


def test_a_violent_participle_hung_on_the_object_is_the_doer_s_own_act(nlp: Any, unfiltered: Any) -> None:
    text = "Taliban insurgents storm a prison in the Afghan province of Ghazni killing four prison officers."
    (ev,) = [e for e in _events(nlp, unfiltered, text) if e["event"] == "ASSAULT"]  # "killing": parsed on "prison"
    assert [a["text"] for a in ev["actor"]] == ["Taliban insurgents"]
    assert [r["text"] for r in ev["recipient"]] == ["four prison officers"]


def test_the_party_a_paper_quotes_is_the_speaker_and_the_doer(nlp: Any, unfiltered: Any) -> None:
    text = "The newspaper quoted Iranian Foreign Minister Ali Akbar Velayati as condemning the United States on Monday."
    (ev,) = _events(nlp, unfiltered, text)
    assert ev["event"] == "ACCUSE" and _codes(ev["actor"]) == {"IRN"}  # not the paper
    text = "The newspaper quoted Iran's foreign minister as saying on Monday that Iran would never talk to Israel."
    (ev,) = [e for e in _events(nlp, unfiltered, text) if e["actor"]]
    assert _codes(ev["actor"]) == {"IRN"} and "foreign minister" in ev["actor"][0]["text"]  # the speaker acts


def test_a_bare_past_participle_clause_is_passive(nlp: Any, unfiltered: Any) -> None:
    text = "Brenton Tarrant, an Australian, appeared in a court in New Zealand on Monday, charged with murder."
    (ev,) = [e for e in _events(nlp, unfiltered, text) if e["event"] == "ACCUSE"]
    assert [r["text"] for r in ev["recipient"]] == ["Brenton Tarrant, an Australian"]  # charged, not charging
    assert _codes(ev["actor"]) == {"NZL"}  # the authorities where the clause puts it, before the accused's own


def test_those_a_relative_clause_says_were_arrested_are_its_head(nlp: Any, unfiltered: Any) -> None:
    text = "A group of Mexican cash smugglers who were arrested last week in Nicaragua had traveled from Honduras."
    (ev,) = [e for e in _events(nlp, unfiltered, text) if e["event"] == "COERCE"]
    assert _codes(ev["recipient"]) == {"MEX"} and _codes(ev["actor"]) == {"NIC"}  # not "who"


def test_a_headline_s_reduced_passive_has_its_by_phrase_as_doer(nlp: Any, unfiltered: Any) -> None:
    text = "Oil facilities in Saudi Arabia hit by Yemeni rebels\n\nThe attack happened on Monday."
    (ev,) = [e for e in _events(nlp, unfiltered, text) if e["event"] == "ASSAULT"]  # "facilities": parsed as subject
    assert _codes(ev["actor"]) == {"YEM"}


def test_an_arrest_a_paper_reports_is_the_arrest_not_a_report(nlp: Any, unfiltered: Any) -> None:
    text = (
        "Six Argentines were arrested on Monday, four of them in Porto, while the gang's alleged boss was "
        "detained in Madrid, reported El Pais."
    )
    events = [e for e in _events(nlp, unfiltered, text) if e["event"] == "COERCE"]
    assert {e["mentions"][0]["pattern"] for e in events} == {"coerce.arrest"}  # not "reported ... arrested"
    assert any(_codes(e["recipient"]) == {"ARG"} for e in events)


def test_a_participle_that_is_no_violence_stays_inside_its_object(nlp: Any, unfiltered: Any) -> None:
    events = _events(nlp, unfiltered, "Iran and Iraq signed an agreement ending the fighting on Monday.")
    assert [e["event"] for e in events] == ["SUPPORT"]  # "ending the fighting" is the agreement's content


def test_a_present_participle_clause_stays_active(nlp: Any, unfiltered: Any) -> None:
    text = "Gunmen attacked a bus in Kabul, Afghanistan on Monday, killing four passengers."
    (ev,) = _events(nlp, unfiltered, text)
    assert [a["text"] for a in ev["actor"]] == ["Gunmen"] and [r["text"] for r in ev["recipient"]] == [
        "four passengers"
    ]


def test_the_accused_is_the_person_last_charged_or_arrested(nlp: Any, unfiltered: Any) -> None:
    text = (
        "Brenton Tarrant, an Australian, was charged with murder in New Zealand on Monday. "
        "Police had arrested the accused near the mosque on Friday."
    )
    (ev,) = [e for e in _events(nlp, unfiltered, text) if e["event"] == "COERCE"]
    assert _codes(ev["recipient"]) == {"AUS"} and ev["recipient"][0]["text"] == "the accused"
    text = "Police had arrested the accused near the mosque in New Zealand on Friday."
    assert not any(  # with no one charged or arrested before, "the accused" is no one
        r["text"] == "the accused" and r["code"] for e in _events(nlp, unfiltered, text) for r in e["recipient"]
    )


def test_a_learned_reading_of_criticism_needs_no_named_target(nlp: Any, unfiltered: Any) -> None:
    from dataclasses import replace

    from eventwire.nlp.pipeline import parse_articles

    art = make_article(
        "The Labour Party criticised strongly on Monday.", origin="test", id="t", published=date(2024, 5, 9)
    )
    doc = next(iter(parse_articles(nlp, [art], recase=unfiltered.recase)))[1]
    extraction, resolver = unfiltered.extractor.extract(art, doc), unfiltered.resolver
    memory = resolver._memory(art, extraction)
    (c,) = [c for cues in extraction.sentences for c in cues.candidates if c.coding.event == "ACCUSE"]
    actors, recipients = resolver._sides(c, memory)
    assert not recipients and not resolver._enough(c, actors, recipients, c.sentence.zone)  # a pattern: names none
    learned = replace(c, pattern=replace(c.pattern, id="model:eventwire.model.event-detector.v1"))
    assert resolver._enough(learned, actors, recipients, c.sentence.zone)  # the detector read the whole clause


def test_a_visit_to_a_place_is_a_visit_to_its_country(nlp: Any, unfiltered: Any) -> None:
    text = "Britain's finance minister Gordon Brown visited slums in the Kenyan capital on Wednesday."
    (ev,) = [e for e in _events(nlp, unfiltered, text) if e["event"] == "CONSULT"]
    assert _codes(ev["actor"]) == {"GBR"} and _codes(ev["recipient"]) == {"KEN"}  # the host


def test_clashes_that_erupt_between_two_sides_are_between_them(nlp: Any, unfiltered: Any) -> None:
    text = "Violent clashes erupted between Israeli settlers and Palestinians in East Jerusalem on Monday."
    (ev,) = _events(nlp, unfiltered, text)  # the parties hang on the verb the noun is the subject of
    assert ev["event"] == "ASSAULT" and _codes(ev["actor"]) == {"ISR"} and _codes(ev["recipient"]) == {"PSE"}
    text = "Clashes between Israeli settlers and Palestinians erupted in East Jerusalem on Monday."
    (ev,) = _events(nlp, unfiltered, text)  # the noun's own parties: one side against the other
    assert _codes(ev["actor"]) == {"ISR"} and _codes(ev["recipient"]) == {"PSE"}
    assert not _events(nlp, unfiltered, "Violent clashes erupted in East Jerusalem on Monday.")  # no sides
    text = "Statements of condemnation came from France, Germany and Britain."
    assert not any(e["recipient"] for e in _events(nlp, unfiltered, text))  # one-directed: no side against another


def test_a_verb_does_not_negate_what_a_time_of_it_names(nlp: Any, unfiltered: Any) -> None:
    from eventwire.extract.modality import modality

    lex = unfiltered.extractor.lex
    doc = nlp("Some 500,000 workers stopped work on the first day of an open-ended strike on Monday.")
    assert not modality(next(t for t in doc if t.lower_ == "strike"), lex).negated  # the strike's day, not its end
    doc = nlp("The union stopped the strike on Monday.")
    assert modality(next(t for t in doc if t.lower_ == "strike"), lex).negated  # what "stopped" governs


def test_protesters_gathering_is_a_protest_and_journalists_gathering_is_not(nlp: Any, unfiltered: Any) -> None:
    text = "Hundreds of protesters gathered outside the US embassy in Manila on Monday."
    (ev,) = _events(nlp, unfiltered, text)  # the pattern's subject condition: who gathers
    assert ev["event"] == "PROTEST" and _codes(ev["recipient"]) == {"USA"}
    assert not _events(nlp, unfiltered, "Journalists gathered outside the US embassy in Manila on Monday.")


def test_the_purpose_of_a_rally_is_its_holders(nlp: Any, unfiltered: Any) -> None:
    text = "Thousands of Kenyans were gathering Friday for a rally in Nairobi to protest the new tax law."
    (ev,) = [e for e in _events(nlp, unfiltered, text) if e["event"] == "PROTEST"]
    assert _codes(ev["actor"]) == {"KEN"} and "Kenyans" in ev["actor"][0]["text"]  # not "a rally"
    text = "The Scottish government had an immense amount to offer the unions, the minister said."
    assert not _fires(nlp, unfiltered, text, "AGREE")  # what one has to offer is no offer made


def test_an_intergovernmental_bodys_members_meet_with_each_other(nlp: Any, unfiltered: Any) -> None:
    (ev,) = _events(nlp, unfiltered, "Leaders of African Union member states met in Niamey on Sunday for a summit.")
    assert ev["event"] == "CONSULT" and _codes(ev["actor"]) == {"IGO"} and not ev["recipient"]
    assert not _fires(nlp, unfiltered, "Kenyan officials met in Nairobi on Monday.", "CONSULT")  # with no one named


def test_a_round_or_wave_of_acts_is_the_acts(nlp: Any, unfiltered: Any) -> None:
    (ev,) = _events(nlp, unfiltered, "Iran held a new round of talks with Russia on Monday.")
    assert ev["event"] == "CONSULT" and _codes(ev["actor"]) == {"IRN"} and _codes(ev["recipient"]) == {"RUS"}
    text = "Police carried out a wave of arrests against opposition activists in Caracas."
    assert [e["event"] for e in _events(nlp, unfiltered, text)] == ["COERCE"]
    assert _fires(nlp, unfiltered, "India and Japan began three days of naval exercises on Monday.", "COOPERATE")
    assert not _events(nlp, unfiltered, "Iran held a new round of elections on Monday.")  # the noun after "of" counts


def test_a_records_dateline_places_events_whose_clause_names_no_place(nlp: Any, unfiltered: Any) -> None:
    text, day = "U.S. Attorney General Edwin Meese criticised the Senate on Monday.", date(1987, 3, 26)
    (ev,) = _events(nlp, unfiltered, text, day, dateline="WASHINGTON, March 26 -")
    assert ev["event_loc"]["name"] == "Washington" and ev["event_loc"]["country_code"] == "USA"
    assert _events(nlp, unfiltered, text, day)[0]["event_loc"] is None  # no dateline, no place
    text = "U.S. Attorney General Edwin Meese criticised the Senate in Chicago on Monday."
    (ev,) = _events(nlp, unfiltered, text, day, dateline="WASHINGTON, March 26 -")
    assert ev["event_loc"]["name"] == "Chicago"  # the clause's own place first


def test_a_persons_surname_is_no_place(nlp: Any, unfiltered: Any) -> None:
    text = (
        "The journalist Carlos Toledo was shot dead in October. Shortly after Toledo's death, Mexico's interior "
        "minister denounced the influence of Colombian drug traffickers."
    )
    events = _events(nlp, unfiltered, text)
    assert events and not any(e["event_loc"] for e in events)  # Toledo is the journalist, not the city
    text = "Mexico's interior minister denounced the influence of Colombian drug traffickers in Toledo."
    assert [e["event_loc"]["name"] for e in _events(nlp, unfiltered, text)] == ["Toledo"]  # no such person named


def test_putting_someone_on_trial_is_an_accusation(nlp: Any, unfiltered: Any) -> None:
    (ev,) = _events(nlp, unfiltered, "Egypt brought the former Sudanese minister to trial on Monday.")
    assert ev["event"] == "ACCUSE" and _codes(ev["actor"]) == {"EGY"} and _codes(ev["recipient"]) == {"SDN"}
    (ev,) = _events(nlp, unfiltered, "Three Kenyan journalists were put on trial in Nairobi on Monday.")
    assert ev["event"] == "ACCUSE" and _codes(ev["recipient"]) == {"KEN"}  # by the state that tries them
    assert not _events(nlp, unfiltered, "The Kenyan band brought the song to life on Monday.")  # no trial


def test_a_weapon_or_a_target_makes_a_strike_an_attack(nlp: Any, unfiltered: Any) -> None:
    from eventwire.extract.triggers import match_triggers

    def noun_event(text: str) -> str:
        doc = nlp(text)
        (m,) = [m for m in match_triggers(doc[:], unfiltered.extractor.dicts.triggers, unfiltered.extractor.lex)
                if m.token.lower_ == "strike"]  # fmt: skip
        return m.pattern.event

    assert noun_event("He said it responded to a Russian missile strike against the depot.") == "ASSAULT"
    assert noun_event("He said it responded to the Israeli air strike.") == "ASSAULT"
    assert noun_event("He said it responded to a Kenyan strike on the port.") == "ASSAULT"  # a target's preposition
    assert noun_event("He said it responded to a strike by Kenyan doctors against the law.") == "PROTEST"
    assert noun_event("He said it responded to a Kenyan strike on Monday.") == "PROTEST"  # a date is no target


def test_allowing_a_party_to_act_is_a_concession(nlp: Any, unfiltered: Any) -> None:
    (ev,) = _events(nlp, unfiltered, "The Kenyan government allowed Somali refugees to stay in Dadaab on Monday.")
    assert ev["event"] == "CONCEDE" and _codes(ev["actor"]) == {"KEN"} and _codes(ev["recipient"]) == {"SOM"}
    text = "The Pakistani interior minister allowed the opposition party to hold a march in Lahore on Monday."
    assert [e["event"] for e in _events(nlp, unfiltered, text)] == ["CONCEDE"]  # the march is what is allowed
    assert not _events(nlp, unfiltered, "The new law allows police to detain suspects for 14 days.")  # no party
    text = "The Kenyan minister said she allowed the photographs to be published on Monday."
    assert not _events(nlp, unfiltered, text)  # no party was allowed anything (the pattern is targeted)


def test_a_noun_events_party_may_be_named_by_its_owner(nlp: Any, unfiltered: Any) -> None:
    text = "After talks with Iran's foreign minister, the Qatari emir flew home on Monday."
    (ev,) = [e for e in _events(nlp, unfiltered, text) if e["event"] == "CONSULT"]
    assert _codes(ev["actor"]) == {"QAT"} and _codes(ev["recipient"]) == {"IRN"}
    assert not _events(nlp, unfiltered, "After talks with his counterpart, the minister flew home on Monday.")


def test_hitting_back_at_a_party_is_criticism(nlp: Any, unfiltered: Any) -> None:
    (ev,) = _events(nlp, unfiltered, "Iran hit back at the United States over the sanctions on Monday.")
    assert ev["event"] == "ACCUSE" and _codes(ev["recipient"]) == {"USA"}  # "back" hung as an adverb: a particle
    (ev,) = _events(nlp, unfiltered, "Iranian missiles hit the US base at Ain al-Asad on Monday.")
    assert ev["event"] == "ASSAULT"


def test_its_forces_in_what_a_party_says_are_the_speakers(nlp: Any, unfiltered: Any) -> None:
    (ev,) = _events(nlp, unfiltered, "Iran said its forces captured Iraqi positions near Basra on Monday.")
    assert _codes(ev["actor"]) == {"IRN"} and _codes(ev["recipient"]) == {"IRQ"}
    (ev,) = _events(nlp, unfiltered, "Iran said Iraqi forces shelled Basra on Monday.")
    assert _codes(ev["actor"]) == {"IRQ"}  # a phrase that names its country keeps it
    (ev,) = _events(nlp, unfiltered, "Iran said Iraqi forces attacked its troops near Basra on Monday.")
    assert _codes(ev["actor"]) == {"IRQ"}  # a target's "its" is left alone: it may be the doer's


def test_encouraging_a_party_to_act_is_an_appeal_and_being_encouraged_by_news_is_not(nlp: Any, unfiltered: Any) -> None:
    (ev,) = _events(nlp, unfiltered, "The United States encouraged Israel to show restraint on Monday.")
    assert ev["event"] == "REQUEST" and _codes(ev["recipient"]) == {"ISR"}
    text = "The Kenyan minister said he had been encouraged by Ethiopia's support for the plan."
    assert not _fires(nlp, unfiltered, text, "REQUEST")  # heartened: the pattern wants a to-clause


def test_dying_from_gunfire_or_torture_is_an_attack_by_someone_unnamed(nlp: Any, unfiltered: Any) -> None:
    text = "Three students died from gunfire during a rally in Kenya's Nairobi on Tuesday."
    (ev,) = [e for e in _events(nlp, unfiltered, text) if e["event"] != "PROTEST"]  # the rally is one of its own
    assert ev["event"] == "ASSAULT" and _codes(ev["recipient"]) == {"KEN"} and _codes(ev["actor"]) == {"KEN"}
    assert not _events(nlp, unfiltered, "The former Kenyan president died of cancer in Nairobi on Monday.")


def test_a_gerund_subject_is_read_as_its_noun(nlp: Any, unfiltered: Any) -> None:
    (ev,) = _events(nlp, unfiltered, "Fighting between Eritrea and Djibouti flared along the border on Monday.")
    assert ev["event"] == "ASSAULT" and _codes(ev["actor"]) == {"ERI"} and _codes(ev["recipient"]) == {"DJI"}


def test_two_sides_of_one_country_fighting_are_told_apart_by_sector(nlp: Any, unfiltered: Any) -> None:
    (ev,) = _events(nlp, unfiltered, "Heavy fighting broke out between the Chadian army and rebels near Abeche.")
    assert ev["event"] == "ASSAULT" and [a["sector"] for a in ev["actor"]] == ["MIL"]
    assert [r["sector"] for r in ev["recipient"]] == ["REB"]


def test_coordinated_nationalities_share_their_noun(nlp: Any, unfiltered: Any) -> None:
    (ev,) = _events(nlp, unfiltered, "Clashes between Eritrean and Ethiopian troops killed nine soldiers on Monday.")
    assert _codes(ev["actor"]) == {"ERI"} and _codes(ev["recipient"]) == {"ETH"}
    assert [r["text"] for r in ev["recipient"]] == ["Ethiopian troops"] and ev["recipient"][0]["sector"] == "MIL"


def test_readiness_in_reported_speech_belongs_to_the_speaker(nlp: Any, unfiltered: Any) -> None:
    (ev,) = _events(nlp, unfiltered, "Venezuela said on Monday it was ready to resume talks with Guyana.")
    assert ev["event"] == "AGREE" and _codes(ev["actor"]) == {"VEN"} and _codes(ev["recipient"]) == {"GUY"}


def test_an_evaluation_the_parser_hangs_the_object_on(nlp: Any, unfiltered: Any) -> None:
    (ev,) = _events(nlp, unfiltered, "The Zambian opposition called the new law unconstitutional on Monday.")
    assert ev["event"] == "ACCUSE" and _codes(ev["actor"]) == {"ZMB"}
    (ev,) = _events(nlp, unfiltered, "The Cuban embassy described the report as a malicious smear.")
    assert ev["event"] == "ACCUSE" and _codes(ev["actor"]) == {"CUB"}


def test_protests_with_no_one_named_have_the_people_of_the_place(nlp: Any, unfiltered: Any) -> None:
    (ev,) = _events(nlp, unfiltered, "Protests broke out in several Bolivian cities on Saturday.")
    assert ev["event"] == "PROTEST" and _codes(ev["actor"]) == {"BOL"} and ev["actor"][0]["sector"] == "CVL"
    (ev,) = _events(nlp, unfiltered, "Thousands marched through central Quito on Sunday to protest against the tax.")
    assert ev["event"] == "PROTEST" and _codes(ev["actor"]) == {"ECU"}
    assert not _events(nlp, unfiltered, "Protests broke out in several cities on Saturday.")  # no country at all


def test_a_weapon_striking_a_party_is_an_attack_by_someone_unnamed(nlp: Any, unfiltered: Any) -> None:
    (ev,) = _events(nlp, unfiltered, "A Malian army base near Gao was targeted by rockets on Tuesday.")
    assert ev["event"] == "ASSAULT" and _codes(ev["recipient"]) == {"MLI"}
    assert not _events(nlp, unfiltered, "The strike hit car production in Turin on Tuesday.")


def test_a_progressive_the_parser_reads_as_an_attribute_keeps_its_subject(nlp: Any, unfiltered: Any) -> None:
    evs = _events(nlp, unfiltered, "Bahrain is mediating between Iran and Qatar.")  # "is" the root, "mediating" attr
    assert {e["event"] for e in evs} == {"CONSULT"} and all(_codes(e["actor"]) == {"BHR"} for e in evs)


def test_shells_landing_on_a_place_are_an_attack_there(nlp: Any, unfiltered: Any) -> None:
    (ev,) = _events(nlp, unfiltered, "Three mortar shells landed on a market in the Syrian town of Homs on Sunday.")
    assert ev["event"] == "ASSAULT" and _codes(ev["recipient"]) == {"SYR"}
    assert not _events(nlp, unfiltered, "A delivery van slammed into a shop front in Lyon on Sunday.")


def test_a_preposition_hung_on_the_object_still_completes_the_pattern(nlp: Any, unfiltered: Any) -> None:
    (ev,) = _events(nlp, unfiltered, "The Belarusian government stripped 20 exiled journalists of their citizenship.")
    assert ev["event"] == "COERCE" and _codes(ev["actor"]) == {"BLR"}


def test_a_fire_that_kills_is_a_blaze_and_fire_from_troops_is_shooting(nlp: Any, unfiltered: Any) -> None:
    assert not _events(nlp, unfiltered, "A fire at a hostel in Lagos killed eleven people on Sunday.")
    (ev,) = _events(nlp, unfiltered, "Israeli fire killed two Palestinians near Jenin on Sunday.")
    assert ev["event"] == "ASSAULT" and _codes(ev["actor"]) == {"ISR"}


def test_giving_something_to_someone_is_no_concession(nlp: Any, unfiltered: Any) -> None:
    assert not _fires(nlp, unfiltered, "The Kenyan president's daughter gave birth to twins in Nairobi.", "CONCEDE")
    assert not _fires(nlp, unfiltered, "The Peruvian ministry submitted its budget to Congress.", "CONCEDE")
    assert _fires(nlp, unfiltered, "The Peruvian government bowed to pressure from the miners' unions.", "CONCEDE")


def test_backing_and_accusations_drawn_from_a_party_are_its_acts(nlp: Any, unfiltered: Any, rules: Any) -> None:
    (ev,) = _events(nlp, unfiltered, "The Kenyan plan won the backing of Ethiopia on Monday.")
    assert ev["event"] == "SUPPORT" and _codes(ev["actor"]) == {"ETH"} and _codes(ev["recipient"]) == {"KEN"}
    (ev,) = _events(nlp, rules, "The Nigerian minister faced accusations from Ghana over the border closure.")
    assert ev["event"] == "ACCUSE" and _codes(ev["actor"]) == {"GHA"} and _codes(ev["recipient"]) == {"NGA"}
    (ev,) = _events(nlp, unfiltered, "The Kenyan plan drew the condemnation of Ethiopia on Monday.")
    assert ev["event"] == "ACCUSE" and _codes(ev["actor"]) == {"ETH"} and _codes(ev["recipient"]) == {"KEN"}


def test_a_visit_the_subject_is_on_is_the_subjects(nlp: Any, unfiltered: Any) -> None:
    (ev,) = _events(nlp, unfiltered, "The Ghanaian president is on a three-day state visit to Togo.")
    assert ev["event"] == "CONSULT" and _codes(ev["actor"]) == {"GHA"} and _codes(ev["recipient"]) == {"TGO"}


def test_agents_of_several_countries_never_take_the_articles_country(nlp: Any, unfiltered: Any) -> None:
    (ev,) = _events(nlp, unfiltered, "Western diplomats criticised the Zimbabwean government's crackdown on Monday.")
    assert [a["code"] for a in ev["actor"]] == [None] and _codes(ev["recipient"]) == {"ZWE"}
    evs = _events(nlp, unfiltered, "The Zimbabwean plan drew criticism from European allies on Monday.")
    assert not any(e["event"] == "ACCUSE" for e in evs)  # no critic coded, and no authority implied in its place


def test_a_country_after_anti_or_pro_is_a_cause_not_the_actors_country(nlp: Any, unfiltered: Any) -> None:
    (ev,) = _events(nlp, unfiltered, "Pro-Serbian separatists attacked a Kosovar police post near Zubin Potok.")
    assert ev["actor"][0]["code"] != "SRB"
    (ev,) = _events(nlp, unfiltered, "An anti-French cleric was arrested in Bamako on Monday.")
    assert _codes(ev["recipient"]) == {"MLI"}


def test_an_intent_takes_its_target_from_what_it_promises(nlp: Any, rules: Any) -> None:
    (ev,) = _events(nlp, rules, "Norway pledged on Monday to send medical aid to Malawi.")
    assert ev["event"] == "AGREE" and _codes(ev["actor"]) == {"NOR"} and _codes(ev["recipient"]) == {"MWI"}
    (ev,) = _events(nlp, rules, "Chile agreed on Monday to hold talks with Bolivia.")
    assert _codes(ev["recipient"]) == {"BOL"}
    (ev,) = _events(nlp, rules, "Chile agreed on Monday to hold a referendum in October.")
    assert ev["event"] == "AGREE" and not ev["recipient"]  # an intent stands without a target


def test_trading_accusations_is_criticism_of_each_other(nlp: Any, rules: Any) -> None:
    (ev,) = _events(nlp, rules, "Sudan and Chad traded accusations over the border raid on Monday.")
    assert ev["event"] == "ACCUSE" and _codes(ev["actor"]) | _codes(ev["recipient"]) == {"SDN", "TCD"}


def test_a_vowed_attack_is_a_threat_to_its_target_and_a_promised_inquiry_is_none(nlp: Any, rules: Any) -> None:
    (ev,) = _events(nlp, rules, "The rebels vowed on Monday to attack Malian forces in Kidal.")
    assert ev["event"] == "THREATEN" and _codes(ev["recipient"]) == {"MLI"}
    (ev,) = _events(
        nlp, rules, "The Chilean minister promised on Monday to investigate the killing of a Peruvian trader."
    )
    assert ev["event"] == "AGREE"


def test_troops_sent_to_a_partys_border_are_a_mobilisation_against_it(nlp: Any, rules: Any) -> None:
    (ev,) = _events(nlp, rules, "Eritrea deployed more troops to the border with Ethiopia on Monday.")
    assert ev["event"] == "MOBILIZE" and _codes(ev["recipient"]) == {"ETH"}
    (ev,) = _events(nlp, rules, "Eritrea held live-fire drills near the border with Ethiopia on Monday.")
    assert ev["event"] == "MOBILIZE"  # no partner: a show of force, not joint exercises


def test_dismantling_a_criminal_network_is_police_coercion(nlp: Any, rules: Any) -> None:
    (ev,) = _events(nlp, rules, "Chilean police dismantled a car theft network in Santiago on Monday.")
    assert ev["event"] == "COERCE" and _codes(ev["actor"]) == {"CHL"}
    (ev,) = _events(nlp, rules, "Kenyan police broke up a poaching ring near Tsavo on Monday.")
    assert ev["event"] == "COERCE"
    assert not _events(nlp, rules, "The Kenyan prime minister dismantled the cabinet on Monday.")


def test_drones_launched_at_a_place_are_an_air_attack_and_delivery_drones_are_not(nlp: Any, rules: Any) -> None:
    (ev,) = _events(nlp, rules, "Sudan's army launched drones at Omdurman overnight, officials said on Monday.")
    assert ev["event"] == "ASSAULT" and ev["mode"] == ["aerial"]
    assert not _events(nlp, rules, "A Kenyan company launched drones to deliver medicines in Nairobi on Monday.")


def test_armed_men_attacking_a_politicians_convoy_is_no_war_of_words(nlp: Any, rules: Any) -> None:
    text = "Islamic State (IS) militants attacked the convoy of Syrian Interior Minister Mohammad al-Shaar near Homs."
    (ev,) = _events(nlp, rules, text)
    assert ev["event"] == "ASSAULT"


def test_a_compound_object_written_as_two_words_and_gaza_as_a_place_of_palestine(nlp: Any, rules: Any) -> None:
    (ev,) = _events(nlp, rules, "Greek and Cypriot warships began war games off Crete on Monday.")
    assert ev["event"] == "COOPERATE" and _codes(ev["actor"]) | _codes(ev["recipient"]) == {"GRC", "CYP"}
    (ev,) = _events(nlp, rules, "Israeli jets carried out air strikes on Gaza on Monday.")
    assert ev["event"] == "ASSAULT" and _codes(ev["recipient"]) == {"PSE"}


def test_the_suspects_are_the_people_arrested_and_are_charged_where_they_are_held(nlp: Any, rules: Any) -> None:
    text = "Ghanaian police arrested four Togolese nationals in Accra on Monday. The suspects were charged on Tuesday."
    (charge,) = [e for e in _events(nlp, rules, text) if e["event"] == "ACCUSE"]
    assert _codes(charge["recipient"]) == {"TGO"} and _codes(charge["actor"]) == {"GHA"}


def test_readings_of_this_stop_leave_their_neighbours_alone(nlp: Any, rules: Any) -> None:
    (ev,) = _events(nlp, rules, "China condemned the visit to Taiwan by the American speaker on Monday.")
    assert ev["event"] == "ACCUSE"  # an object's "to" completes no "condemned to" sentence
    evs = _events(nlp, rules, "Russian missiles destroyed hundreds of homes in Kharkiv on Monday.")
    assert all(r["sector"] != "CVL" for e in evs for r in e["recipient"])  # homes are no people
    evs = _events(nlp, rules, "The Kenyan plan drew criticism of Ethiopia's role from Uganda on Monday.")
    assert all("ETH" not in _codes(e["actor"]) for e in evs)  # "criticism of" names the target, not the critic


def test_coming_under_fire_is_an_attack_by_armed_men_and_words_from_politicians(nlp: Any, rules: Any) -> None:
    (ev,) = _events(nlp, rules, "A police patrol came under attack by gunmen in Tamaulipas on Monday.")
    assert ev["event"] == "ASSAULT" and {r["sector"] for r in ev["recipient"]} == {"COP"}
    (ev,) = _events(nlp, rules, "Ukrainian positions near Bakhmut came under heavy shelling by Russian forces.")
    assert ev["event"] == "ASSAULT" and _codes(ev["actor"]) == {"RUS"} and _codes(ev["recipient"]) == {"UKR"}
    text = "Prime Minister Boris Johnson came under fire from Labour over the parties on Monday."
    (ev,) = _events(nlp, rules, text)
    assert ev["event"] == "ACCUSE" and _codes(ev["actor"]) == {"GBR"}
    assert not _events(nlp, rules, "The French president came under fire over his pension reform on Monday.")
    (ev,) = _events(nlp, rules, "Gaza came under fire from Israel on Monday.")
    assert ev["event"] == "ASSAULT"  # countries on both sides: no war of words
    for text in ("A government convoy came under fire near Mogadishu on Monday.",
                 "The presidential palace in Khartoum came under rocket fire on Monday."):  # fmt: skip
        (ev,) = _events(nlp, rules, text)
        assert ev["event"] == "ASSAULT"


def test_a_target_inside_the_content_after_an_article_and_with_those_joined_to_it(nlp: Any, rules: Any) -> None:
    text = "China warned on Monday that it would take countermeasures if the United States sold more arms to Taiwan."
    (ev,) = _events(nlp, rules, text)
    assert ev["event"] == "THREATEN" and _codes(ev["recipient"]) == {"USA"}
    text = "Al-Qaeda threatened on Monday to deliver devastating blows to the United States and Israel."
    evs = _events(nlp, rules, text)
    assert {c for e in evs for c in _codes(e["recipient"])} == {"USA", "ISR"}
    assert all("USA" not in _codes(e["actor"]) for e in evs)
    text = "Saudi Arabia mobilized lobby groups in Britain to support the rights of Palestinians."
    (ev,) = _events(nlp, rules, text)
    assert _codes(ev["recipient"]) == {"PSE"}  # Britain is where the groups are, not whom they serve


def test_where_the_actors_are_and_a_patrols_place_are_no_targets(nlp: Any, rules: Any) -> None:
    (ev,) = _events(nlp, rules, "Rebels ambushed an army patrol in northern Mali on Monday.")
    assert {r["sector"] for r in ev["recipient"]} == {"MIL"} and _codes(ev["recipient"]) == {"MLI"}
    text = "The decision provoked strong protests from farmers' unions in France."
    assert all("FRA" not in _codes(e["recipient"]) for e in _events(nlp, rules, text))
    (ev,) = _events(nlp, rules, "Chadian troops fought Boko Haram in cooperation with Nigeria on Monday.")
    assert ev["recipient"][0]["text"] == "Boko Haram"  # Nigeria is a partner, not the enemy


def test_a_resignation_demanded_by_its_owner_a_sit_in_and_a_crowd_dispersed(nlp: Any, rules: Any) -> None:
    text = "Students staged a sit-in outside the parliament in Bangkok demanding the prime minister's resignation."
    evs = _events(nlp, rules, text)
    assert {e["event"] for e in evs} == {"PROTEST", "REQUEST"}
    (demand,) = [e for e in evs if e["event"] == "REQUEST"]
    assert {r["sector"] for r in demand["recipient"]} == {"GOV"}
    (ev,) = _events(nlp, rules, "Riot police used water cannon to disperse thousands of protesters in Tbilisi.")
    assert {r["sector"] for r in ev["recipient"]} == {"CVL"} and _codes(ev["recipient"]) == {"GEO"}
    (ev,) = _events(nlp, rules, "India summoned Pakistan's high commissioner on Monday over the shelling.")
    assert ev["event"] == "ACCUSE" and ev["cameo"] == "114"


def test_a_small_towns_other_name_is_no_place_outside_the_articles_countries() -> None:
    from eventwire.resolve.places import ALTERNATE_MIN_POPULATION, default_gazetteer

    g = default_gazetteer()
    other = g.lookup("Borno")  # a Nigerian state to a reader; the Sorbian name of Borna, Saxony, to GeoNames
    assert other is None
    found = g.lookup("Borno", frozenset({"DEU"}))
    assert found is not None and found.country == "DEU" and found.population < ALTERNATE_MIN_POPULATION
    kyiv = g.lookup("Kiev")  # a big city's other name still counts anywhere
    assert kyiv is not None and kyiv.country == "UKR"


def test_a_city_far_bigger_than_its_namesakes_is_meant_in_any_article() -> None:
    from eventwire.resolve.places import default_gazetteer

    g, us = default_gazetteer(), frozenset({"USA"})
    country = {name: (e.country if (e := g.lookup(name, us)) else None) for name in ("Geneva", "Birmingham")}
    assert country == {"Geneva": "CHE", "Birmingham": "USA"}  # not Geneva, Illinois; a big namesake at home wins


def test_drug_crops_and_labs_destroyed_a_broker_between_sides_and_schoolgirls(nlp: Any, rules: Any) -> None:
    (ev,) = _events(nlp, rules, "Colombian soldiers destroyed 12 cocaine labs in Narino on Monday.")
    assert ev["event"] == "COERCE" and ev["cameo"] == "171"
    (ev,) = _events(nlp, rules, "Peruvian police eradicated 20,000 hectares of coca crops in the Vraem this year.")
    assert ev["event"] == "COERCE" and _codes(ev["actor"]) == {"PER"}
    evs = _events(nlp, rules, "Egypt brokered a ceasefire between Israel and Hamas on Monday.")
    assert {e["event"] for e in evs} == {"CONSULT"}
    assert {c for e in evs for c in _codes(e["recipient"])} == {"ISR", "PSE"}
    assert not _events(nlp, rules, "The Swiss bank brokered the takeover deal on Monday.")  # no sides, no meeting
    (ev,) = _events(nlp, rules, "Boko Haram militants abducted 20 schoolgirls in Nigeria on Monday.")
    assert {r["sector"] for r in ev["recipient"]} == {"EDU"}


def test_a_town_makes_no_civilian_of_its_mayor_and_a_driver_is_a_civilian(nlp: Any, rules: Any) -> None:
    (ev,) = _events(nlp, rules, "Police in Honduras arrested the mayor of a small town on Monday.")
    assert ev["recipient"][0]["sector"] == "GOV"
    (ev,) = _events(nlp, rules, "Gunmen shot dead a bus driver in San Salvador on Monday.")
    assert {r["sector"] for r in ev["recipient"]} == {"CVL"} and _codes(ev["recipient"]) == {"SLV"}


def test_a_headlines_full_stop_leaves_its_last_word_common() -> None:
    from eventwire.dictionaries import load_dictionaries
    from eventwire.extract.casing import HeadlineCaser

    caser = HeadlineCaser(load_dictionaries())
    assert caser.recase("Italy, France Break Up Albanian Heroin Trafficking Ring.").endswith("trafficking ring.")


def test_meeting_an_act_or_a_crowd_with_force_is_no_meeting(nlp: Any, rules: Any) -> None:
    text = "China said on Monday it would meet any provocation from Taiwan with force."
    (ev,) = _events(nlp, rules, text)
    assert ev["event"] == "THREATEN" and _codes(ev["recipient"]) == {"TWN"}
    (ev,) = _events(nlp, rules, "Soldiers greeted the marchers with live fire in Yangon on Monday.")
    assert ev["event"] == "ASSAULT" and ev["cameo"] == "175"
    (ev,) = _events(nlp, rules, "Putin met Erdogan with his advisers in Sochi on Monday.")
    assert ev["event"] == "CONSULT"
    (ev,) = _events(nlp, rules, "Israel answered the attack by Hamas with airstrikes on Monday.")
    assert ev["event"] == "ASSAULT" and _codes(ev["recipient"]) == {"PSE"}  # done, not threatened
    (ev,) = _events(nlp, rules, "President Maduro met the opposition in Oslo on Monday.")
    assert ev["event"] == "CONSULT"


def test_where_an_act_asked_for_would_happen_and_a_place_the_tagger_missed(nlp: Any, rules: Any) -> None:
    text = "The Kenyan president invited the Ugandan leader on Monday to speak at a summit in Rome."
    (ev,) = _events(nlp, rules, text)
    assert ev["event_loc"] is None or ev["event_loc"]["country_code"] != "ITA"
    text = "Speaking in Damascus, Assad ordered troops to attack rebels in Aleppo on Monday."
    (attack,) = [e for e in _events(nlp, rules, text) if e["event"] == "ASSAULT"]
    assert attack["event_loc"] is not None and attack["event_loc"]["name"] == "Aleppo"  # the act keeps its place
    text = "Eight people were killed on Monday in an airstrike on a government building in a suburb of Sana'a."
    (ev,) = _events(nlp, rules, text)
    assert _codes(ev["recipient"]) == {"YEM"}


def test_a_building_is_a_city_only_by_the_citys_own_name(nlp: Any, rules: Any) -> None:
    (ev,) = _events(nlp, rules, "President Obama met the Dalai Lama at the White House on Monday.")
    assert ev["event_loc"] is None or ev["event_loc"]["country_code"] == "USA"  # not Casablanca ("Dar el Beida")


def test_the_pope_is_the_holy_see(nlp: Any, rules: Any) -> None:
    (ev,) = _events(nlp, rules, "The Pope condemned the attack on a church in Nice on Monday.")
    assert _codes(ev["actor"]) == {"VAT"} and ev["actor"][0]["sector"] == "REL"
    evs = _events(nlp, rules, "Coptic Pope Tawadros condemned the attack on a church in Egypt on Monday.")
    assert all("VAT" not in _codes(e["actor"]) for e in evs)


def test_a_nationality_that_is_only_an_origin_is_not_the_groups_country(nlp: Any, rules: Any) -> None:
    (ev,) = _events(
        nlp, rules, "Hundreds of plantation workers of Indian origin went on strike on Monday in Sri Lanka."
    )
    assert ev["event"] == "PROTEST" and _codes(ev["actor"]) == {"LKA"}
    (ev,) = _events(nlp, rules, "Indian workers went on strike on Monday in Sri Lanka.")
    assert _codes(ev["actor"]) == {"IND"}
    (ev,) = _events(nlp, rules, "Hundreds of workers of South Korean descent went on strike on Monday in Japan.")
    assert _codes(ev["actor"]) == {"JPN"}


def test_an_offensive_towards_a_place_is_against_its_country(nlp: Any, rules: Any) -> None:
    (ev,) = _events(nlp, rules, "Iran launched a major offensive towards the southern Iraqi port of Basra on Monday.")
    assert ev["event"] == "ASSAULT" and _codes(ev["recipient"]) == {"IRQ"}


def test_held_in_detention_and_coca_crops_found_are_coercion(nlp: Any, rules: Any) -> None:
    (ev,) = _events(nlp, rules, "Police in Honduras held the former mayor in preventive detention on Monday.")
    assert ev["event"] == "COERCE" and ev["cameo"] == "173" and _codes(ev["recipient"]) == {"HND"}
    (ev,) = _events(nlp, rules, "Cambodian police placed opposition leader Kem Sokha under house arrest on Monday.")
    assert ev["event"] == "COERCE" and _codes(ev["actor"]) == {"KHM"}
    (ev,) = _events(nlp, rules, "Ecuadorean soldiers discovered coca crops in Sucumbios province on Monday.")
    assert ev["event"] == "COERCE" and _codes(ev["actor"]) == {"ECU"}


def test_a_demand_that_names_its_content_stands_with_a_public_actor(nlp: Any, rules: Any) -> None:
    (ev,) = _events(nlp, rules, "In Ottawa, the opposition demanded a public inquiry into the contract on Monday.")
    assert ev["event"] == "REQUEST" and _codes(ev["actor"]) == {"CAN"} and ev["recipient"] == []
    assert not _events(nlp, rules, "In Ottawa, the opposition demanded more on Monday.")


def test_release_needs_something_released(nlp: Any, rules: Any) -> None:
    text = "The central bank on Tuesday released growth figures showing Kenya's economy expanded 5% in 2023."
    assert not any(e["event"] == "RETREAT" for e in _events(nlp, rules, text))
    (ev,) = _events(nlp, rules, "Iran released the French-Iranian academic on Monday.")
    assert ev["event"] == "RETREAT" and _codes(ev["actor"]) == {"IRN"}


def test_an_act_done_without_demanding_is_not_a_demand(nlp: Any, rules: Any) -> None:
    text = "China supplied Pakistan with fighter jets without demanding payment, officials said on Monday."
    assert not any(e["event"] == "REQUEST" for e in _events(nlp, rules, text))


def test_a_named_journalist_of_a_publisher_is_a_participant(nlp: Any, rules: Any) -> None:
    (ev,) = _events(nlp, rules, "Ethiopia detained Reuters journalist Abebe Kebede on Monday.")
    assert ev["event"] == "COERCE" and ev["recipient"][0]["sector"] == "JRN"
    assert "Reuters" not in [
        a["text"]
        for e in _events(nlp, rules, "Reuters reported that Ethiopia arrested two men.")
        for a in (*e["actor"], *e["recipient"])
    ]


def test_a_plural_religious_noun_is_a_participant(nlp: Any, rules: Any) -> None:
    (ev,) = _events(nlp, rules, "Gunmen abducted 12 Christians in northern Burkina Faso on Monday.")
    assert ev["event"] == "ASSAULT" and [r["sector"] for r in ev["recipient"]] == ["REL"]


def test_refusing_to_comply_is_a_rejection_and_complying_a_concession(nlp: Any, rules: Any) -> None:
    evs = _events(nlp, rules, "Iran said on Monday it would not comply with the IAEA resolution.")
    assert [(e["event"], e["cameo"]) for e in evs] == [("REJECT", "124")]
    assert _codes(evs[0]["actor"]) == {"IRN"} and _codes(evs[0]["recipient"]) == {"UNO"}
    (ev,) = _events(nlp, rules, "Serbia said on Monday it would abide by the ruling of the international court.")
    assert (ev["event"], ev["cameo"]) == ("AGREE", "035") and _codes(ev["actor"]) == {"SRB"}  # a concession intended


def test_an_adjective_on_the_evaluating_noun_is_an_evaluation(nlp: Any, rules: Any) -> None:
    (ev,) = _events(nlp, rules, "Turkey called the Greek decision a dangerous act on Monday.")
    assert ev["event"] == "ACCUSE" and _codes(ev["recipient"]) == {"GRC"}
    (ev,) = _events(nlp, rules, "The African Union described the ruling as a disappointing step on Monday.")
    assert ev["event"] == "ACCUSE" and ev["recipient"] == []


def test_reported_wrongdoing_is_criticism_by_the_speaker(nlp: Any, rules: Any) -> None:
    (ev,) = _events(
        nlp, rules, "Canada's opposition leader said on Monday that the Liberal government had misled voters."
    )
    assert ev["event"] == "ACCUSE" and ev["mentions"][0]["pattern"] == "accuse.said-wrongdoing"
    assert ev["recipient"][0]["text"] == "the Liberal government" and _codes(ev["actor"]) == {"CAN"}
    assert not _events(nlp, rules, "In Ottawa, the prime minister said he had not misled Canadians.")
    assert not _events(nlp, rules, "In Ottawa, the minister said the negotiations had failed.")
    assert not _events(nlp, rules, "The Liberal leader said on Monday the Liberal government had failed Canadians.")
    assert not _events(nlp, rules, "US officials said on Monday that Iran could cheat on the nuclear deal.")
    (ev,) = _events(nlp, rules, "Russian officials said on Monday that the US had deceived the world.")
    assert _codes(ev["actor"]) == {"RUS"} and _codes(ev["recipient"]) == {"USA"}


def test_a_burned_flag_is_a_protest_against_its_country(nlp: Any, rules: Any) -> None:
    (ev,) = _events(nlp, rules, "Protesters burned a French flag outside the embassy in Niamey on Monday.")
    assert ev["event"] == "PROTEST" and _codes(ev["actor"]) == {"NER"} and _codes(ev["recipient"]) == {"FRA"}


def test_a_bomber_who_blew_himself_up_carried_out_a_suicide_bombing(nlp: Any, rules: Any) -> None:
    (ev,) = _events(nlp, rules, "A suicide bomber blew himself up at an army checkpoint in Mogadishu on Monday.")
    assert (ev["event"], ev["cameo"]) == ("ASSAULT", "1831") and _codes(ev["actor"]) == {"SOM"}
    assert not _events(nlp, rules, "The gunman later shot himself at his home in Texas on Monday.")


def test_a_town_named_after_a_settlement_noun_is_a_place(nlp: Any, rules: Any) -> None:
    (ev,) = _events(nlp, rules, "M23 rebels seized the town of Goma on Monday.")
    assert ev["event"] == "COERCE" and _codes(ev["actor"]) == {"COD"}
    assert all(r["code"] == "COD" and r.get("name") != "Goma" for r in ev["recipient"])  # the town's country, not a
    # person called Goma


def test_territory_taken_from_a_party_is_taken_from_that_party(nlp: Any, rules: Any) -> None:
    (ev,) = _events(nlp, rules, "Ukrainian troops recaptured the village of Robotyne from Russian forces on Monday.")
    assert ev["event"] == "COERCE" and _codes(ev["recipient"]) == {"RUS"}


def test_an_accord_named_by_a_capital_is_no_party_and_no_longer_is_a_refusal(nlp: Any, rules: Any) -> None:
    (ev,) = _events(nlp, rules, "Serbia said on Monday it would no longer abide by the Brussels agreement.")
    assert ev["event"] == "REJECT" and _codes(ev["actor"]) == {"SRB"} and "BEL" not in _codes(ev["recipient"])
    (ev,) = _events(nlp, rules, "Iran criticised the Vienna talks on Monday.")
    assert ev["event"] == "ACCUSE" and "AUT" not in _codes(ev["recipient"])


def test_an_act_in_an_adjunct_of_time_is_an_event_of_its_own(nlp: Any, rules: Any) -> None:
    text = "After the arrest of two Chinese nationals in Manila, Beijing summoned the Philippine ambassador on Monday."
    evs = {e["event"]: e for e in _events(nlp, rules, text)}
    assert set(evs) == {"ACCUSE", "COERCE"}
    assert _codes(evs["COERCE"]["actor"]) == {"PHL"} and _codes(evs["COERCE"]["recipient"]) == {"CHN"}


def test_withdrawing_or_releasing_players_in_sport_is_no_retreat(nlp: Any, rules: Any) -> None:
    assert not _events(nlp, rules, "Most Ireland players have been released for provincial duty on Monday.")
    assert not _events(nlp, rules, "The two Greek sprinters withdrew from the Olympics on Monday, the coach said.")
    (ev,) = _events(nlp, rules, "Egypt released 30 prisoners on Monday.")
    assert ev["event"] == "RETREAT"


def test_deaths_in_a_capsized_boat_are_no_attack(nlp: Any, rules: Any) -> None:
    assert not _events(nlp, rules, "At least 40 migrants were killed when their boat capsized off Libya on Monday.")


def test_a_bomb_that_exploded_near_a_target_is_an_attack_on_it(nlp: Any, rules: Any) -> None:
    (ev,) = _events(nlp, rules, "A roadside bomb exploded near an army convoy in Helmand, Afghanistan, on Monday.")
    assert (ev["event"], ev["cameo"]) == ("ASSAULT", "183") and ev["recipient"][0]["sector"] == "MIL"
    assert not _events(nlp, rules, "A gas cylinder exploded in a restaurant in Nairobi, Kenya, on Monday.")


def test_a_warning_with_no_one_warned_is_no_threat(nlp: Any, rules: Any) -> None:
    text = "Macron's pension reform must not be rushed through parliament, the French opposition warned on Monday."
    assert not _events(nlp, rules, text)
    (ev,) = _events(nlp, rules, "China warned the United States on Monday against selling arms to Taiwan.")
    assert ev["event"] == "THREATEN" and _codes(ev["recipient"]) == {"USA"}


def test_a_protest_with_no_target_is_against_the_authorities_of_its_place(nlp: Any, rules: Any) -> None:
    (ev,) = _events(nlp, rules, "Hundreds of women marched in Kabul on Monday demanding the right to work.")
    assert ev["event"] == "PROTEST" and _codes(ev["recipient"]) == {"AFG"} and ev["recipient"][0]["sector"] == "GOV"
    (ev,) = _events(nlp, rules, "Thousands rallied in Budapest on Monday against the government's new media law.")
    assert ev["recipient"][0]["text"] == "the government's new media law"
    (ev,) = _events(nlp, rules, "Hundreds of Iranian exiles demonstrated in Paris on Monday.")
    assert ev["recipient"] == []


def test_will_not_tolerate_is_a_warning_to_whoever_would_act(nlp: Any, rules: Any) -> None:
    (ev,) = _events(nlp, rules, "China said on Monday it will not tolerate any interference by the United States.")
    assert (ev["event"], ev["cameo"]) == ("THREATEN", "130") and _codes(ev["recipient"]) == {"USA"}
    assert not _events(nlp, rules, "The Chinese government tolerates small protests by students, the report said.")


def test_civilians_held_as_human_shields_are_attacked(nlp: Any, rules: Any) -> None:
    (ev,) = _events(nlp, rules, "The Syrian army has been holding Kurdish villagers as human shields, activists said.")
    assert (ev["event"], ev["cameo"]) == ("ASSAULT", "184") and _codes(ev["actor"]) == {"SYR"}


def test_a_participle_saying_what_an_agreement_does_is_no_second_event(nlp: Any, rules: Any) -> None:
    text = "Kenya and Ethiopia signed a new defence pact on Monday, agreeing to exchange radar data on smugglers."
    (ev,) = _events(nlp, rules, text)
    assert _codes(ev["actor"]) | _codes(ev["recipient"]) == {"KEN", "ETH"}
    evs = _events(nlp, rules, "Russia and Ukraine met in Istanbul on Monday, agreeing to a prisoner swap.")
    assert {e["event"] for e in evs} == {"CONSULT", "AGREE"}


def test_a_hostile_act_in_a_warning_is_a_threat(nlp: Any, rules: Any) -> None:
    (ev,) = _events(nlp, rules, "North Korea warned on Monday that it would strike the United States.")
    assert (ev["event"], ev["cameo"]) == ("THREATEN", "138") and _codes(ev["recipient"]) == {"USA"}
    assert not _events(nlp, rules, "Economists in Kenya warned on Monday that inflation would rise.")


def test_a_reaction_to_an_act_told_before_is_to_its_makers(nlp: Any, rules: Any) -> None:
    text = "Israel launched airstrikes on Gaza on Monday. France condemned the strikes on Tuesday."
    react = next(e for e in _events(nlp, rules, text) if e["event"] == "ACCUSE")
    assert _codes(react["recipient"]) == {"ISR"} and react["recipient"][0]["text"] == "the strikes"
    text = "Britain accused Iran on Monday of supplying drones to Russia. Tehran rejected the accusations."
    react = next(e for e in _events(nlp, rules, text) if e["event"] == "REJECT")
    assert _codes(react["actor"]) == {"IRN"} and _codes(react["recipient"]) == {"GBR"}
    text = (
        "Israel launched airstrikes on Gaza on Monday. Hamas fired rockets at Tel Aviv. The US condemned the strikes."
    )
    react = next(e for e in _events(nlp, rules, text) if e["event"] == "ACCUSE")
    assert _codes(react["recipient"]) == {"ISR"}  # the act the noun names, not the last act of its type
    text = (
        "Britain accused Iran on Monday of arming Russia. Russia accused Ukraine of terror. Iran rejected the claims."
    )
    react = next(e for e in _events(nlp, rules, text) if e["event"] == "REJECT")
    assert react["recipient"] == []  # two accusers, neither told with the noun's word: none is meant for sure
    text = "Israel launched airstrikes on Gaza on Monday. Israel defended the strikes on Tuesday."
    assert all(e["recipient"] == [] for e in _events(nlp, rules, text) if e["event"] == "SUPPORT")


def test_an_evaluation_parsed_as_a_second_object_or_an_adverb_is_criticism(nlp: Any, rules: Any) -> None:
    (ev,) = _events(nlp, rules, "Russia branded the British sanctions a provocation.")
    assert ev["event"] == "ACCUSE" and _codes(ev["actor"]) == {"RUS"} and _codes(ev["recipient"]) == {"GBR"}
    (ev,) = _events(nlp, rules, "The Kenyan president on Monday described the Somali raid as cowardly.")
    assert ev["event"] == "ACCUSE" and _codes(ev["recipient"]) == {"SOM"}
    assert not _events(nlp, rules, "The court on Monday called him a hero.")


def test_assurances_sought_from_a_party_and_a_push_for_an_act_are_appeals(nlp: Any, rules: Any) -> None:
    (ev,) = _events(nlp, rules, "Japan on Monday sought assurances from China over the islands.")
    assert ev["event"] == "REQUEST" and _codes(ev["recipient"]) == {"CHN"}
    (ev,) = _events(nlp, rules, "Germany on Monday pushed Greece for deeper pension cuts.")
    assert ev["event"] == "REQUEST" and _codes(ev["recipient"]) == {"GRC"}


def test_a_city_attacked_by_name_alone_is_its_country(nlp: Any, rules: Any) -> None:
    (ev,) = _events(nlp, rules, "Russian forces pounded Kharkiv on Monday, Ukraine said.")
    assert ev["event"] == "ASSAULT" and _codes(ev["recipient"]) == {"UKR"} and ev["recipient"][0]["text"] == "Kharkiv"
    (ev,) = _events(nlp, rules, "A Ukrainian drone struck an oil depot in Russia's Belgorod region on Monday.")
    assert _codes(ev["recipient"]) == {"RUS"}
    (ev,) = _events(nlp, rules, "Russian forces attacked a train carrying refugees to Poland on Monday.")
    assert ev["recipient"] == []  # where the target was going is not the target
    text = "Egypt warned Israel on Monday. Israeli tanks shelled Rafah on Tuesday."  # a Rafah in Egypt and in Gaza
    assert all(e["recipient"][0]["code"] is None for e in _events(nlp, rules, text) if e["event"] == "ASSAULT")


def test_speaking_by_phone_is_a_consultation(nlp: Any, rules: Any) -> None:
    (ev,) = _events(nlp, rules, "Erdogan and Putin spoke by phone on Monday about the grain deal.")
    assert (ev["event"], ev["mode"]) == ("CONSULT", ["phone"]) and _codes(ev["actor"]) | _codes(ev["recipient"]) == {
        "TUR",
        "RUS",
    }
    assert not _events(nlp, rules, "The minister spoke on television on Monday.")


def test_agreeing_to_send_forces_is_no_threat(nlp: Any, rules: Any) -> None:
    (ev,) = _events(nlp, rules, "Kenya agreed on Monday to send 1,000 police officers to Haiti to fight the gangs.")
    assert ev["event"] == "AGREE" and _codes(ev["recipient"]) == {"HTI"}
    (ev,) = _events(nlp, rules, "The rebels vowed to deploy fighters to the Malian capital.")
    assert ev["event"] == "THREATEN"


def test_a_sum_given_in_aid_is_aid_of_that_kind(nlp: Any, rules: Any) -> None:
    (ev,) = _events(nlp, rules, "The US gave Ukraine $1 billion in military aid on Monday.")
    assert (ev["event"], ev["cameo"]) == ("AID", "072") and _codes(ev["recipient"]) == {"UKR"}
    (ev,) = _events(nlp, rules, "The EU gave Greece $3 billion in loans on Monday.")
    assert (ev["event"], ev["cameo"]) == ("AID", "071")


def test_a_charge_the_accused_denies_is_still_an_accusation_and_a_swipe_is_criticism(nlp: Any, rules: Any) -> None:
    evs = _events(nlp, rules, "Turkey accused Sweden of harbouring terrorists, a charge Stockholm denies.")
    assert {(e["event"], *sorted(_codes(e["actor"])), *sorted(_codes(e["recipient"]))) for e in evs} == {
        ("ACCUSE", "TUR", "SWE"),
        ("REJECT", "SWE", "TUR"),
    }
    (ev,) = _events(nlp, rules, "Labour took a swipe at the Tories on Monday over the NHS.")
    assert ev["event"] == "ACCUSE" and ev["recipient"][0]["text"] == "the Tories"
    assert all(
        e["event"] != "ACCUSE"
        for e in _events(nlp, rules, "Russian forces took aim at Ukrainian positions near Bakhmut on Monday.")
    )


def test_a_party_said_to_be_untrustworthy_is_criticised_and_a_shared_honorific_is_no_own_side(
    nlp: Any, rules: Any
) -> None:
    text = "The Conservatives said on Monday that Labour could not be trusted with the economy."
    (ev,) = _events(nlp, rules, text)
    assert ev["event"] == "ACCUSE" and ev["recipient"][0]["text"] == "Labour"
    (ev,) = _events(nlp, rules, "Mr Howard said on Monday that Mr Blair had misled voters.")
    assert ev["event"] == "ACCUSE" and ev["recipient"][0]["text"] == "Mr Blair"
    (ev,) = _events(nlp, rules, "The shadow chancellor on Monday questioned Gordon Brown's figures.")
    assert (ev["event"], ev["cameo"]) == ("ACCUSE", "110") and ev["recipient"][0]["text"].startswith("Gordon Brown")
    assert not _events(nlp, rules, "Officials said on Monday that Iran was not believed to have enriched uranium.")
    assert not _events(nlp, rules, "Kenya's Eliud Kipchoge will challenge Kenenisa Bekele's world record on Sunday.")


def test_consequences_a_party_is_told_it_will_face_are_a_threat_by_the_speaker(nlp: Any, rules: Any) -> None:
    (ev,) = _events(nlp, rules, "Russia will face severe consequences if it invades Ukraine, Biden warned on Monday.")
    assert (ev["event"], ev["cameo"]) == ("THREATEN", "130") and _codes(ev["actor"]) == {"USA"}
    assert _codes(ev["recipient"]) == {"RUS"}
    assert not _events(nlp, rules, "Russia faced sanctions last year, the report said on Monday.")
    assert not _events(nlp, rules, "Johnson said on Monday that Britain would face consequences for a no-deal Brexit.")


def test_an_act_wanted_of_another_party_is_a_request_not_the_act(nlp: Any, rules: Any) -> None:
    (ev,) = _events(nlp, rules, "Washington wants Beijing to release the detained journalists, officials said Monday.")
    assert (ev["event"], ev["cameo"]) == ("REQUEST", "020") and _codes(ev["recipient"]) == {"CHN"}
    assert not _events(nlp, rules, "Moscow expects Kyiv to withdraw its troops from the region, officials said Monday.")
    (ev,) = _events(nlp, rules, "Russia wants to hold talks with Ukraine on Monday.")
    assert ev["event"] != "REQUEST" and _codes(ev["actor"]) == {"RUS"}
    assert not _events(nlp, rules, "The British MEP wants his new group to change the face of UK politics.")
    assert not _events(nlp, rules, "Venezuela wants Makled to be extradited to the United States, officials said.")
    assert not _events(nlp, rules, "Beijing wants Hong Kong to remain stable, officials said on Monday.")


def test_a_sanction_or_strike_promised_on_a_condition_is_a_threat(nlp: Any, rules: Any) -> None:
    text = "The United States will impose sanctions on Moscow if it invades Ukraine, Biden said on Monday."
    (ev,) = _events(nlp, rules, text)
    assert (ev["event"], ev["cameo"]) == ("THREATEN", "1312") and _codes(ev["recipient"]) == {"RUS"}
    (ev,) = _events(nlp, rules, "The United States will impose sanctions on Moscow, Biden said on Monday.")
    assert ev["event"] == "SANCTION"  # announced, not conditioned: the sanction itself
    text = "The EU will impose sanctions on Belarus, even if Hungary objects, officials said on Monday."
    assert {e["event"] for e in _events(nlp, rules, text)} == {"SANCTION"}  # a concession is no condition
    (ev,) = _events(nlp, rules, "Unions will strike if the government raises the pension age, leaders said on Monday.")
    assert (ev["event"], ev["cameo"]) == ("THREATEN", "133")


def test_workers_who_strike_stop_work_and_gunmen_who_strike_attack(nlp: Any, rules: Any) -> None:
    (ev,) = _events(nlp, rules, "Doctors in Kenya struck on Monday over unpaid wages.")
    assert (ev["event"], ev["cameo"]) == ("PROTEST", "143")
    (ev,) = _events(nlp, rules, "Gunmen struck a village in Zamfara, Nigeria, on Monday.")
    assert ev["event"] == "ASSAULT"
    (ev,) = _events(nlp, rules, "Israeli pilots struck Hezbollah positions in southern Lebanon overnight.")
    assert ev["event"] == "ASSAULT"  # an object: no stoppage of work
    (ev,) = _events(nlp, rules, "Teachers struck a deal with the government of Kenya on Monday.")
    assert ev["event"] == "AGREE"


def test_a_bloc_taking_a_member_and_rescuers_sent_abroad(nlp: Any, rules: Any) -> None:
    (ev,) = _events(nlp, rules, "Hungary approved Sweden's accession to NATO on Monday.")
    assert (ev["event"], ev["cameo"]) == ("SUPPORT", "050") and _codes(ev["recipient"]) == {"SWE"}
    (ev,) = _events(nlp, rules, "Turkey sent rescue teams to Syria after the earthquake on Monday.")
    assert (ev["event"], ev["cameo"]) == ("AID", "073") and _codes(ev["recipient"]) == {"SYR"}
    assert not _events(nlp, rules, "Kenyan police sent a team of investigators to the scene on Monday.")


def test_a_refused_act_is_read_as_refused_with_its_own_recipient(nlp: Any, rules: Any) -> None:
    (ev,) = _events(nlp, rules, "Niger's junta refused to meet ECOWAS envoys on Monday.")
    assert (ev["event"], ev["cameo"]) == ("REJECT", "125") and _codes(ev["recipient"]) == {"IGO"}
    (ev,) = _events(nlp, rules, "Russia refused to withdraw its troops from Moldova on Monday.")
    assert (ev["event"], ev["cameo"]) == ("REJECT", "124") and _codes(ev["recipient"]) == {"MDA"}
    assert not _events(nlp, rules, "The Jamaican music industry is to refuse to record or promote such songs.")
    (ev,) = _events(nlp, rules, "Israel's president refused to meet Jordan's visiting king on Monday.")
    assert ev["event"] == "REJECT" and _codes(ev["actor"]) == {"ISR"} and _codes(ev["recipient"]) == {"JOR"}


def test_a_warning_of_retaliation_is_a_threat_and_of_an_invasion_is_not(nlp: Any, rules: Any) -> None:
    (ev,) = _events(nlp, rules, "North Korea warned of retaliation against South Korea on Monday.")
    assert (ev["event"], ev["cameo"]) == ("THREATEN", "138") and _codes(ev["recipient"]) == {"KOR"}
    assert not _events(nlp, rules, "The UN warned of a Russian invasion of Ukraine on Monday.")
    text = "The UN chief warned of the humanitarian consequences of Israel's attack on Gaza on Monday."
    assert any(e["event"] == "ASSAULT" for e in _events(nlp, rules, text))  # the attack was made


def test_a_main_verb_misread_as_a_participle_still_has_its_doer(nlp: Any, rules: Any) -> None:
    (ev,) = _events(nlp, rules, "The Saudi-led coalition bombed Sanaa on Monday.")
    assert ev["event"] == "ASSAULT" and _codes(ev["actor"]) == {"SAU"} and _codes(ev["recipient"]) == {"YEM"}
    (ev,) = _events(nlp, rules, "The rebels handed over their weapons to UN peacekeepers in Colombia on Monday.")
    assert ev["event"] == "RETREAT" and _codes(ev["actor"]) == {"COL"}
    (ev,) = _events(nlp, rules, "Five soldiers were killed in an attack by rebels in Mali on Monday.")
    assert ev["event"] == "ASSAULT" and _codes(ev["recipient"]) == {"MLI"}


def test_struck_targets_are_an_attack_on_the_place_they_are_in(nlp: Any, rules: Any) -> None:
    (ev,) = _events(nlp, rules, "The Israeli army said it struck Hezbollah targets in southern Lebanon on Monday.")
    assert ev["event"] == "ASSAULT" and _codes(ev["actor"]) == {"ISR"} and _codes(ev["recipient"]) == {"LBN"}
    (ev,) = _events(nlp, rules, "Israeli jets pounded targets in Gaza on Monday.")
    assert ev["event"] == "ASSAULT" and _codes(ev["recipient"]) == {"PSE"}
    assert not _events(nlp, rules, "The Kenyan company hit its sales targets on Monday.")


def test_restrictions_imposed_an_official_protest_and_an_accord_named_by_its_city(nlp: Any, rules: Any) -> None:
    (ev,) = _events(nlp, rules, "Beijing tightened restrictions on Hong Kong's opposition on Monday.")
    assert (ev["event"], ev["cameo"]) == ("COERCE", "172") and _codes(ev["recipient"]) == {"HKG"}
    (ev,) = _events(nlp, rules, "China protested to Japan over the shrine visit on Monday.")
    assert (ev["event"], ev["cameo"]) == ("ACCUSE", "114") and _codes(ev["recipient"]) == {"JPN"}
    evs = _events(nlp, rules, "The United States withdrew from the Paris climate agreement on Wednesday.")
    assert all("FRA" not in _codes(e["recipient"]) for e in evs)


def test_no_reports_of_an_act_tell_of_none(nlp: Any, rules: Any) -> None:
    assert not _events(
        nlp, rules, "There were no reports of clashes between police and protesters in Nairobi on Monday."
    )
    text = "There were no immediate reports of casualties from the Israeli air strike on Gaza City on Monday."
    assert any(e["event"] == "ASSAULT" for e in _events(nlp, rules, text))  # no casualties; the strike was made
    (ev,) = _events(nlp, rules, "There were reports of clashes between police and protesters in Nairobi on Monday.")
    assert ev["event"] == "ASSAULT"


def test_a_boycott_announced_is_a_boycott(nlp: Any, rules: Any) -> None:
    (ev,) = _events(nlp, rules, "Saudi Arabia launched a boycott of Qatar on Monday.")
    assert (ev["event"], ev["mode"]) == ("PROTEST", ["boycott"]) and _codes(ev["recipient"]) == {"QAT"}


def test_a_plot_told_by_another_party_is_an_accusation_not_a_threat(nlp: Any, rules: Any) -> None:
    (ev,) = _events(nlp, rules, "US officials said on Monday that Iran was planning attacks on Israel.")
    assert (ev["event"], ev["cameo"]) == ("ACCUSE", "112") and _codes(ev["actor"]) == {"USA"}
    assert _codes(ev["recipient"]) == {"IRN"}
    (ev,) = _events(nlp, rules, "Iran said on Monday that it would attack Israel.")
    assert ev["event"] == "THREATEN" and _codes(ev["actor"]) == {"IRN"}
    text = "The Pentagon said on Monday that US forces were preparing strikes on Houthi targets in Yemen."
    assert all(e["event"] != "ACCUSE" for e in _events(nlp, rules, text))  # one's own side: no accusation
    assert all(
        e["event"] not in ("ACCUSE", "COERCE")
        for e in _events(nlp, rules, "Kenyan officials said police were preparing to arrest the protesters on Monday.")
    )


def test_a_violation_told_by_another_party_is_an_accusation(nlp: Any, rules: Any) -> None:
    evs = _events(nlp, rules, "Abbas said on Monday that Israel had violated the Oslo accords.")
    assert any(
        e["event"] == "ACCUSE" and _codes(e["actor"]) == {"PSE"} and _codes(e["recipient"]) == {"ISR"} for e in evs
    )


def test_a_subject_the_parser_hangs_on_the_auxiliary_is_still_the_actor(nlp: Any, rules: Any) -> None:
    evs = _events(nlp, rules, "Egypt and Qatar are mediating between Israel and Hamas.")
    assert {(e["event"], *sorted(_codes(e["actor"]))) for e in evs} == {("CONSULT", "EGY"), ("CONSULT", "QAT")}


def test_a_sum_given_in_aid_is_aid_whether_the_parser_hangs_in_aid_on_the_sum_or_the_verb(nlp: Any, rules: Any) -> None:
    (ev,) = _events(
        nlp, rules, "West Germany will provide 100 million marks in aid to Poland, the ministry said Monday."
    )
    assert ev["event"] == "AGREE" and ev["cameo"] == "033" and _codes(ev["recipient"]) == {"POL"}


def test_a_finite_verb_the_parser_joins_to_an_infinitive_is_an_act_of_its_own(nlp: Any, rules: Any) -> None:
    text = "Raab urged the US embassy to reconsider and spoke with Pompeo about the case on Monday."
    assert {e["event"] for e in _events(nlp, rules, text)} == {"REQUEST", "CONSULT"}


def test_a_clause_set_in_a_first_level_region_is_set_in_its_country(nlp: Any, rules: Any) -> None:
    from eventwire.resolve.places import default_gazetteer

    g = default_gazetteer()
    assert g.subdivision_country("Kandahar") == "AFG" and g.subdivision_country("Borno") == "NGA"
    assert g.subdivision_country("Punjab") is None  # a province of Pakistan and a state of India
    (ev,) = _events(nlp, rules, "Gunmen killed five soldiers in Balochistan on Monday.")
    assert _codes(ev["actor"]) == {"PAK"} and _codes(ev["recipient"]) == {"PAK"}
    assert g.subdivision_country("Scotland") == "GBR"  # a country of the United Kingdom
    (ev,) = _events(nlp, rules, "Police arrested two men in Scotland on Monday.")
    assert _codes(ev["actor"]) == {"GBR"}
    assert g.subdivision_country("Gulf") == "PNG"  # a province of Papua New Guinea, and a word: not after "the"
    evs = _events(nlp, rules, "Gunmen fired rockets at a ship in the Gulf on Monday.")
    assert evs and all("PNG" not in _codes(e["actor"]) | _codes(e["recipient"]) for e in evs)


def test_networks_breached_are_a_cyber_intrusion_on_their_owner(nlp: Any, rules: Any) -> None:
    (ev,) = _events(nlp, rules, "Russian hackers compromised the Ukrainian ministry's email servers on Monday.")
    assert (ev["event"], ev["mode"]) == ("COERCE", ["cyber"]) and _codes(ev["recipient"]) == {"UKR"}
    assert not any(e["event"] == "COERCE" for e in _events(nlp, rules, "Russia breached the ceasefire in Ukraine."))
    text = "Kenyan investigators accessed the suspect's email account with a court warrant on Monday."
    assert not any(e["event"] == "COERCE" for e in _events(nlp, rules, text))


def test_praise_for_an_agreement_is_support_for_its_parties(nlp: Any, rules: Any) -> None:
    evs = _events(nlp, rules, "The UN chief hailed the agreement between Ethiopia and Eritrea on Monday.")
    assert {(e["event"], *sorted(_codes(e["recipient"]))) for e in evs} == {("SUPPORT", "ETH"), ("SUPPORT", "ERI")}


def test_a_vessel_blocked_targets_its_flag(nlp: Any, rules: Any) -> None:
    (ev,) = _events(nlp, rules, "China's coast guard blocked a Philippine supply boat near the shoal on Monday.")
    assert (ev["event"], ev["cameo"]) == ("COERCE", "191") and _codes(ev["recipient"]) == {"PHL"}


def test_a_visitor_in_a_place_for_talks_or_on_a_visit_attends_them(nlp: Any, rules: Any) -> None:
    (ev,) = _events(
        nlp, rules, "Chinese Foreign Minister Wang Yi was in Moscow on Monday for talks with Sergei Lavrov."
    )
    assert ev["event"] == "CONSULT" and _codes(ev["actor"]) == {"CHN"} and _codes(ev["recipient"]) == {"RUS"}
    (ev,) = _events(nlp, rules, "The Turkish president is in Berlin on a two-day visit.")
    assert (ev["event"], ev["cameo"]) == ("CONSULT", "042") and _codes(ev["recipient"]) == {"DEU"}
    text = "Union leader Dave Prentis called for talks between unions and the Labour government."
    assert all(e["event"] != "CONSULT" for e in _events(nlp, rules, text))  # asked for, not attended
    assert not _events(nlp, rules, "Trump is for talks with Kim Jong Un, the White House said.")  # in favour
    assert not _events(nlp, rules, "Macron was in Paris during the state visit.")  # someone else's visit


def test_what_is_released_must_be_a_party(nlp: Any, rules: Any) -> None:
    assert not _events(nlp, rules, "Samsung released a new phone in China on Friday.")
    assert not _events(nlp, rules, "The new phones were released in China on Friday.")
    assert _events(nlp, rules, "Hamas released the rest of the hostages on Monday.")
    assert not _events(nlp, rules, "The ministry released the last of its reserves on Monday.")
    (ev,) = _events(nlp, rules, "Houthi rebels freed the crew of a Saudi tanker on Monday.")
    assert ev["event"] == "RETREAT" and _codes(ev["recipient"]) == {"SAU"}


def test_deaths_in_a_road_accident_are_no_attack(nlp: Any, rules: Any) -> None:
    assert not _events(nlp, rules, "Twelve people were killed when a train derailed in Nepal on Monday.")
    text = "Two soldiers were killed in Mali in a lightning assault on their base on Monday."
    assert any(e["event"] == "ASSAULT" for e in _events(nlp, rules, text))
    (ev,) = _events(nlp, rules, "Two soldiers were killed when a roadside bomb exploded in Kandahar on Monday.")
    assert ev["event"] == "ASSAULT"


def test_ready_for_talks_is_an_offer_to_meet_by_whoever_is_ready(nlp: Any, rules: Any) -> None:
    (ev,) = _events(nlp, rules, "Israel is ready for talks with Lebanon, Netanyahu said on Monday.")
    assert (ev["event"], ev["cameo"]) == ("AGREE", "036")
    assert _codes(ev["actor"]) == {"ISR"} and _codes(ev["recipient"]) == {"LBN"}


def test_arms_given_with_the_recipient_as_object_are_military_aid(nlp: Any, rules: Any) -> None:
    (ev,) = _events(nlp, rules, "Iran armed the Houthis with missiles, the report said.")
    assert (ev["event"], ev["cameo"]) == ("AID", "072") and _codes(ev["recipient"]) == {"YEM"}
    (ev,) = _events(nlp, rules, "Russia sent troops with tanks and artillery to the Ukrainian border.")
    assert ev["event"] == "MOBILIZE"  # sent with them, not given
    (ev,) = _events(nlp, rules, "The United States will supply Ukraine with F-16 jets.")
    assert (ev["event"], ev["cameo"]) == ("AGREE", "033") and _codes(ev["recipient"]) == {"UKR"}


def test_a_seized_vessel_targets_its_flag_and_only_a_flag_named(nlp: Any, rules: Any) -> None:
    (ev,) = _events(nlp, rules, "Iran seized a Greek oil tanker in the Gulf on Friday.")
    assert ev["event"] == "COERCE" and _codes(ev["actor"]) == {"IRN"} and _codes(ev["recipient"]) == {"GRC"}
    (ev,) = _events(nlp, rules, "Iran seized a tanker in the Gulf of Oman on Friday.")
    assert ev["event"] == "COERCE" and not ev["recipient"]  # no flag named: not Iran's own


def test_a_protest_against_a_thing_is_against_the_authorities_where_it_is_held(nlp: Any, rules: Any) -> None:
    (ev,) = _events(nlp, rules, "Thousands of people protested in Lagos against a new tax law on Monday.")
    assert ev["event"] == "PROTEST" and _codes(ev["recipient"]) == {"NGA"}
    (ev,) = _events(nlp, rules, "Demonstrators in Baghdad rallied against the US military presence on Monday.")
    assert _codes(ev["recipient"]) == {"USA"}  # a party named: that party
    (ev,) = _events(nlp, rules, "Thousands of people protested in London against the war in Ukraine on Monday.")
    assert "GBR" not in _codes(ev["recipient"])  # a thing of another place: not the host's authorities


def test_a_place_named_with_a_compass_word_is_in_its_country(nlp: Any, rules: Any) -> None:
    (ev,) = _events(nlp, rules, "Vietnamese forces captured a village in Western Cambodia on Monday.")
    assert _codes(ev["actor"]) == {"VNM"} and _codes(ev["recipient"]) == {"KHM"}
    evs = _events(nlp, rules, "Gunmen killed five police officers in Central America on Monday.")
    assert all("USA" not in _codes(e["actor"]) | _codes(e["recipient"]) for e in evs)


def test_what_is_offered_to_a_party_or_given_it_as_indirect_object_targets_that_party(nlp: Any, rules: Any) -> None:
    (ev,) = _events(nlp, rules, "Syria has again offered its troops to Lebanon's new President Elias Hrawi.")
    assert ev["event"] == "AGREE" and _codes(ev["recipient"]) == {"LBN"}
    (ev,) = _events(nlp, rules, "Russia offered Ukraine a prisoner exchange on Monday.")
    assert ev["event"] == "AGREE" and _codes(ev["recipient"]) == {"UKR"}


def test_whoever_survived_or_repelled_an_attack_was_its_target(nlp: Any, rules: Any) -> None:
    (ev,) = _events(nlp, rules, "The Afghan governor survived an assassination attempt in Kandahar on Monday.")
    assert ev["event"] == "ASSAULT" and _codes(ev["recipient"]) == {"AFG"} and ev["actor"][0]["text"] == ""
    (ev,) = _events(nlp, rules, "The Ukrainian army repelled a Russian attack near Bakhmut on Monday.")
    assert _codes(ev["actor"]) == {"RUS"} and _codes(ev["recipient"]) == {"UKR"}


def test_parties_that_clashed_fought_each_other(nlp: Any, rules: Any) -> None:
    (ev,) = _events(nlp, rules, "Indian and Chinese troops clashed in the Galwan Valley on Monday.")
    assert ev["event"] == "ASSAULT" and _codes(ev["actor"]) | _codes(ev["recipient"]) == {"IND", "CHN"}
    assert ev["actor"] and ev["recipient"]


def test_an_agreement_to_act_is_coded_as_the_intent_to_do_that_act(nlp: Any, rules: Any) -> None:
    (ev,) = _events(nlp, rules, "Germany agreed to send Leopard tanks to Ukraine on Monday.")
    assert (ev["event"], ev["cameo"]) == ("AGREE", "033") and _codes(ev["recipient"]) == {"UKR"}


def test_a_city_seized_by_name_is_its_countrys(nlp: Any, rules: Any) -> None:
    (ev,) = _events(nlp, rules, "The Taliban seized control of Kunduz in Afghanistan on Monday.")
    assert (ev["event"], ev["cameo"]) == ("COERCE", "192") and _codes(ev["recipient"]) == {"AFG"}


def test_parading_captives_is_no_march_and_proceedings_opened_against_someone_accuse_them(nlp: Any, rules: Any) -> None:
    assert not _events(nlp, rules, "Houthi militants paraded captured Saudi soldiers on television on Monday.")
    assert _events(nlp, rules, "Thousands of protesters marched the streets of Santiago on Monday.")
    assert any(e["event"] == "PROTEST" for e in _events(nlp, rules, "Thousands marched on parliament in Tbilisi."))
    (ev,) = _events(nlp, rules, "Ukraine started proceedings against Russia at the International Court of Justice.")
    assert ev["event"] == "ACCUSE" and _codes(ev["recipient"]) == {"RUS"}


def test_a_search_is_a_manhunt_only_for_someone(nlp: Any, rules: Any) -> None:
    assert not _events(nlp, rules, "A large search operation was launched in Seoul, involving 500 police officers.")
    (ev,) = _events(nlp, rules, "Police in Kenya launched a search for the gunmen on Monday.")
    assert (ev["event"], ev["cameo"]) == ("MOBILIZE", "153")


def test_sums_in_pounds_are_no_events(nlp: Any, rules: Any) -> None:
    text = "Tory MP Peter Hale also commanded a fee of between pounds 15,000 and pounds 20,000 in 2003."
    assert not _events(nlp, rules, text)
    (ev,) = _events(nlp, rules, "Russian artillery pounded Ukrainian positions near Bakhmut on Monday.")
    assert ev["event"] == "ASSAULT"
    assert any(e["event"] == "ASSAULT" for e in _events(nlp, rules, "Israel pounds 100 targets in Gaza overnight."))


def test_neither_nor_subjects_negate_the_act(nlp: Any, rules: Any) -> None:
    assert not _events(nlp, rules, "Neither Russia nor Ukraine has signed the treaty.")
    assert _events(nlp, rules, "Both Russia and Ukraine have signed the treaty.")


def test_a_visitor_received_and_someone_charged_must_be_parties(nlp: Any, rules: Any) -> None:
    text = "Peru's Ministry of Foreign Affairs has received a list of at least 15 Venezuelan criminals."
    assert not any(e["event"] == "CONSULT" for e in _events(nlp, rules, text))
    (ev,) = _events(nlp, rules, "Saudi Crown Prince Mohammed bin Salman received his Iranian counterpart in Riyadh.")
    assert ev["event"] == "CONSULT" and _codes(ev["actor"]) | _codes(ev["recipient"]) == {"SAU", "IRN"}
    text = "Immigration officials at Rio de Janeiro's airport charged $12,000 for every person on Monday."
    assert not any(e["event"] == "ACCUSE" for e in _events(nlp, rules, text))
    (ev,) = _events(nlp, rules, "US prosecutors charged two Chinese nationals with spying on Monday.")
    assert ev["event"] == "ACCUSE" and _codes(ev["recipient"]) == {"CHN"}
    evs = _events(nlp, rules, "Chinese President Xi Jinping received the head of the IMF in Beijing on Monday.")
    assert any(e["event"] == "CONSULT" for e in evs)


def test_towns_seized_in_a_country_and_a_region_named_with_its_kind_are_that_countrys(nlp: Any, rules: Any) -> None:
    (ev,) = _events(nlp, rules, "al Shabaab militants seized two towns in southern Somalia on Monday.")
    assert ev["event"] == "COERCE" and _codes(ev["recipient"]) == {"SOM"}
    (ev,) = _events(nlp, rules, "Gunmen killed five soldiers in Borno State on Monday.")
    assert _codes(ev["actor"]) == {"NGA"} and _codes(ev["recipient"]) == {"NGA"}


def test_refugees_and_tourists_arriving_pay_no_visit(nlp: Any, rules: Any) -> None:
    assert not _events(nlp, rules, "Thousands of Syrian refugees arrived in Germany on Monday.")
    (ev,) = _events(nlp, rules, "A Hamas delegation arrived in Cairo on Monday.")
    assert ev["event"] == "CONSULT" and _codes(ev["recipient"]) == {"EGY"}


def test_a_present_passive_relative_with_no_date_defines_its_noun(nlp: Any, rules: Any) -> None:
    text = (
        "The US database classifies incidents where three or more people are killed or wounded by gunfire as a mass "
        "shooting."
    )
    assert not _events(nlp, rules, text)
    (ev,) = _events(nlp, rules, "Police found the house where three people were killed on Monday in Chicago.")
    assert ev["event"] == "ASSAULT"


def test_they_in_a_plural_speakers_clause_are_the_speakers(nlp: Any, rules: Any) -> None:
    text = (
        "The United States and Britain condemned Iran on Monday.\n\n"
        "The Armenians claim they had been retaliating against rocket strikes from Azerbaijan."
    )
    (ev,) = [e for e in _events(nlp, rules, text) if e["event"] == "ASSAULT"]
    assert _codes(ev["actor"]) == {"ARM"}


def test_a_shown_quality_is_no_demonstration_and_a_search_for_someone_no_raid(nlp: Any, rules: Any) -> None:
    assert not _events(nlp, rules, "In so ruling, the Austrian court demonstrated a shocking ignorance on Monday.")
    assert _fires(nlp, rules, "Thousands of students demonstrated against the war in Paris on Monday.", "PROTEST")
    assert not _events(nlp, rules, "US candidate Joe Biden searched for a female running mate in May.")
    assert _fires(nlp, rules, "Israeli soldiers searched homes in Hebron on Monday.", "COERCE")


def test_the_main_verb_joined_to_a_whose_clause_is_about_its_noun(nlp: Any, rules: Any) -> None:
    text = (
        "Dancehall artist Kartel Blue, whose UK tour was scrapped after protests, has been jailed in Jamaica "
        "for cursing."
    )
    for ev in _events(nlp, rules, text):
        assert "GBR" not in _codes(ev["recipient"])


def test_parties_with_an_uncoded_counterpart_are_not_each_others(nlp: Any, rules: Any) -> None:
    text = "Bahrain and Kosovo opened diplomatic relations with the nation on Monday."
    for ev in _events(nlp, rules, text):
        assert not (_codes(ev["actor"]) == {"BHR"} and _codes(ev["recipient"]) == {"KOS"})
    (ev,) = _events(nlp, rules, "Kenya and Ethiopia signed a trade deal on Monday.")
    assert _codes(ev["actor"]) | _codes(ev["recipient"]) == {"KEN", "ETH"}


def test_who_faces_an_act_is_its_target(nlp: Any, rules: Any) -> None:
    (ev,) = _events(nlp, rules, "Russia faces new EU sanctions over the war in Ukraine.")
    assert ev["event"] == "SANCTION" and _codes(ev["actor"]) == {"EUR"} and _codes(ev["recipient"]) == {"RUS"}
    (ev,) = _events(nlp, rules, "The Iraqi army suffered an attack by ISIS fighters near Mosul on Monday.")
    assert _codes(ev["recipient"]) == {"IRQ"} and "IRQ" not in _codes(ev["actor"])


def test_an_air_raid_is_an_attack_and_a_police_raid_a_search(nlp: Any, rules: Any) -> None:
    text = "At least 26 people are killed following Syrian military air-raids on the ancient city of Palmyra."
    assert all(e["event"] == "ASSAULT" for e in _events(nlp, rules, text))
    (ev,) = _events(nlp, rules, "A Mexican police raid on a ranch in Sinaloa found weapons on Monday.")
    assert ev["event"] == "COERCE"


def test_a_clause_of_its_own_names_no_target(nlp: Any, rules: Any) -> None:
    text = (
        "Burkina Faso's junta chief General Paul Kabore says he is ready to hand over power to "
        "civilian authorities as troops march on the capital Ouagadougou."
    )
    for ev in _events(nlp, rules, text):
        assert not any(r["text"] == "Ouagadougou" for r in ev["recipient"])


def test_a_relative_clause_on_a_place_is_about_the_placed_noun(nlp: Any, rules: Any) -> None:
    text = (
        "French police arrest an arsonist for a fire in a building in the 17th arrondissement of Paris which "
        "killed seven people."
    )
    for ev in _events(nlp, rules, text):
        assert not any("arrondissement" in a["text"] for a in ev["actor"])
    evs = _events(nlp, rules, "Rebels in the city of Marawi, who attacked a base, were arrested.")
    assert any(e["event"] == "COERCE" for e in evs)
    assert not any(a["text"] == "Marawi" for e in evs for a in e["actor"])


def test_a_counterpart_country_is_not_where_the_act_happened(nlp: Any, rules: Any) -> None:
    text = (
        "Spanish farmers protested against the government in Madrid and Seville on Sunday.\n\n"
        "Farmers blockaded the main border crossing with France on Monday."
    )
    (ev,) = [e for e in _events(nlp, rules, text) if e["event"] == "COERCE"]
    assert _codes(ev["actor"]) == {"ESP"}
    (ev,) = _events(nlp, rules, "Police arrested two activists in Paraguay on Monday.")
    assert _codes(ev["actor"]) == {"PRY"}


def test_recognising_a_fact_is_no_recognition(nlp: Any, rules: Any) -> None:
    assert not _events(nlp, rules, "Colombia recognized that this was not the time for a war with Venezuela.")
    (ev,) = _events(nlp, rules, "Kosovo was recognized by Israel on Monday.")
    assert ev["event"] == "SUPPORT" and _codes(ev["actor"]) == {"ISR"} and _codes(ev["recipient"]) == {"KOS"}


def test_people_killed_after_among_are_the_victims(nlp: Any, rules: Any) -> None:
    text = "A toddler was among more than a dozen people killed in an attack in Mexico on Monday."
    (ev,) = _events(nlp, rules, text)
    assert ev["event"] == "ASSAULT" and [r["text"] for r in ev["recipient"]] == ["more than a dozen people"]
    assert not any(a["text"] == "more than a dozen people" for a in ev["actor"])
    doc = nlp("At least four people were killed and more than 50 injured in Ouagadougou on Monday.")
    injured = next(t for t in doc if t.text == "injured")
    assert subject_of(injured, rules.extractor.lex) == (doc[9], True)  # "60", who were injured


def test_a_bare_congress_is_the_articles_legislature(nlp: Any, rules: Any) -> None:
    text = (
        "Salvadoran prosecutors charged the former defence minister with arms smuggling in San Salvador.\n\n"
        "Prosecutors in El Salvador have asked Congress on Monday to strip the envoy of his immunity."
    )
    (ev,) = [e for e in _events(nlp, rules, text) if e["event"] == "REQUEST"]
    assert _codes(ev["recipient"]) == {"SLV"}
    text = "The Trade Unions Congress has called for a pounds 6 minimum wage in Britain."
    assert all("USA" not in _codes(e["actor"]) for e in _events(nlp, rules, text))
    (ev,) = _events(nlp, rules, "The U.S. Congress criticised Iran on Monday.")
    assert _codes(ev["actor"]) == {"USA"}


def test_both_countries_are_both_sides(nlp: Any, rules: Any) -> None:
    text = (
        "North Korea accused South Korea of a grave provocation on Monday.\n\n"
        "Both countries have placed their armed forces on high alert."
    )
    (ev,) = [e for e in _events(nlp, rules, text) if e["event"] == "MOBILIZE"]
    assert _codes(ev["actor"]) | _codes(ev["recipient"]) == {"KOR", "PRK"}


def test_captured_executed_and_fought_things_are_no_events(nlp: Any, rules: Any) -> None:
    assert not _events(nlp, rules, "Iraqi tourists captured photos and footage of the crash on Monday.")
    assert _fires(nlp, rules, "Mexican soldiers captured important members of the Sinaloa Cartel on Monday.", "COERCE")
    assert not _events(nlp, rules, "The government of Tonga executed a scheduled shutdown of public services.")
    assert not _events(nlp, rules, "Australian researchers examined three types of coral off the coast of Fiji.")
    (ev,) = _events(nlp, rules, "Iran executed three men convicted of drug trafficking on Monday.")
    assert ev["event"] == "ASSAULT" and _codes(ev["actor"]) == {"IRN"}
    (ev,) = _events(nlp, rules, "Kurdish forces fought Islamic State militants near Kobane on Monday.")
    assert ev["event"] == "ASSAULT" and _codes(ev["recipient"]) == {"IMG"}


def test_a_states_agents_in_a_country_are_that_countrys(nlp: Any, rules: Any) -> None:
    text = (
        "Mexican officials met in Mexico City.\n\nPolice in Mexico handed the suspect over to authorities in Guatemala."
    )
    (ev,) = [e for e in _events(nlp, rules, text) if e["event"] == "COOPERATE"]
    assert _codes(ev["actor"]) == {"MEX"} and _codes(ev["recipient"]) == {"GTM"}
    (ev,) = _events(nlp, rules, "Russian officials in Damascus criticised Turkey on Monday.")
    assert _codes(ev["actor"]) == {"RUS"}


def test_an_acronym_the_article_defines_is_what_it_defines(nlp: Any, rules: Any) -> None:
    text = (
        "Tory leader David Cameron has dismissed suggestions that his immigration policy was straying onto the turf of "
        "the British National Party (BNP) on Monday.\n\nMr Cameron rejected BNP's claim on Tuesday."
    )
    for ev in _events(nlp, rules, text):
        assert "BGD" not in _codes(ev["recipient"])  # the dictionary's BNP is Bangladesh's
    text = "Israel shared information with the Palestinian Authority (PA) on Monday.\n\nIsrael criticised the PA."
    (ev,) = [e for e in _events(nlp, rules, text) if e["event"] == "ACCUSE"]
    assert _codes(ev["recipient"]) == {"PSE"}


def test_readings_of_one_clause_stay_with_their_own_subjects(nlp: Any, rules: Any) -> None:
    evs = _events(nlp, rules, "The mayor, whose son was abducted and killed by gunmen last month, resigned on Friday.")
    assert not any(a["text"] == "The mayor" for e in evs if e["event"] == "ASSAULT" for a in e["actor"])
    text = "Thousands of refugees have fled to camps in Chad, which closed its border with Sudan on Monday."
    assert any(_codes(e["actor"]) == {"TCD"} for e in _events(nlp, rules, text))
    (ev,) = _events(nlp, rules, "Serbia and Kosovo signed an agreement with each other on Monday.")
    assert _codes(ev["actor"]) | _codes(ev["recipient"]) == {"SRB", "KOS"} and ev["recipient"]
    text = "Two suspects were arrested in Kabul following a Taliban attack on a hotel."
    (ev,) = [e for e in _events(nlp, rules, text) if e["event"] == "COERCE"]
    assert "IMG" not in _codes(ev["actor"]) and not any(a["text"] == "Taliban" for a in ev["actor"])
    assert not _events(nlp, rules, "Iran faces sanctions over its nuclear program.")
    (ev,) = _events(nlp, rules, "The Republican-controlled Congress rejected Biden's request for Ukraine aid.")
    assert _codes(ev["actor"]) == {"USA"}


def test_a_thing_that_allows_an_act_concedes_nothing(nlp: Any, rules: Any) -> None:
    text = "Hungary's parliament approves a bill allowing the Hungarian army to help manage the refugee crisis."
    assert not any(e["event"] == "CONCEDE" for e in _events(nlp, rules, text))
    (ev,) = _events(nlp, rules, "The Israeli government allowed Palestinian workers to return to Gaza on Monday.")
    assert ev["event"] == "CONCEDE" and _codes(ev["actor"]) == {"ISR"}


def test_a_headline_participle_tagged_as_a_past_tense_is_passive(nlp: Any, rules: Any) -> None:
    text = "Prosecutors in Lima said on Monday that the former president took bribes."
    evs = _events(nlp, rules, text, title="Former Peruvian president charged with corruption")
    (ev,) = [e for e in evs if e["event"] == "ACCUSE"]
    assert [r["text"] for r in ev["recipient"]] == ["Former Peruvian president"] and _codes(ev["recipient"]) == {"PER"}


def test_an_offer_made_together_is_not_made_to_each_other(nlp: Any, rules: Any) -> None:
    (ev,) = _events(nlp, rules, "Just three nations, the U.S., Colombia and Venezuela, had offered help.")
    assert _codes(ev["actor"]) == {"USA", "COL", "VEN"} and not ev["recipient"]
    (ev,) = _events(nlp, rules, "Kenya and Ethiopia signed a trade agreement on Monday.")
    assert _codes(ev["actor"]) | _codes(ev["recipient"]) == {"KEN", "ETH"} and ev["recipient"]


def test_a_challenge_filed_in_court_is_a_legal_accusation(nlp: Any, rules: Any) -> None:
    (ev,) = _events(nlp, rules, "Hungary filed a challenge against the EU quota decision at the European Court.")
    assert (ev["event"], ev["cameo"]) == ("ACCUSE", "115") and _codes(ev["actor"]) == {"HUN"}
    assert not _events(nlp, rules, "Leeds mounted a strong title challenge last season.")


def test_a_particle_the_pattern_refuses_is_no_match(nlp: Any, rules: Any) -> None:
    assert not _events(nlp, rules, "The Delhi government deferred surgery to free up 1000 hospital beds.")
    (ev,) = _events(nlp, rules, "Rebels in Mali freed 20 hostages on Monday.")
    assert ev["event"] == "RETREAT"


def test_a_name_after_the_is_read_whole(nlp: Any, rules: Any) -> None:
    (ev,) = _events(nlp, rules, "Nigeria met with the Paris Club in March to reschedule its debt.")
    assert _codes(ev["recipient"]) == {"IGO"}
    text = "Josh Bash, the U.S. Attorney for western Texas, charged the gunman with murder on Monday."
    (ev,) = _events(nlp, rules, text)
    assert _codes(ev["actor"]) == {"USA"}


def test_a_chance_is_no_fact(nlp: Any, rules: Any) -> None:
    text = "Police said it is very possible the Sinaloa Cartel was collaborating with Brazilian traffickers."
    assert not _events(nlp, rules, text)
    (ev,) = _events(nlp, rules, "It is clear that the Syrian army attacked the village.")
    assert ev["event"] == "ASSAULT"


def test_the_party_made_to_act_does_the_act(nlp: Any, rules: Any) -> None:
    text = "Houthi militants seized the town on Monday, forcing Saudi forces to pull out."
    (ev,) = [e for e in _events(nlp, rules, text) if e["event"] == "RETREAT"]
    assert _codes(ev["actor"]) == {"SAU"}
    (ev,) = _events(nlp, rules, "Police helped Colombian authorities to arrest the drug lord.")
    assert [a["text"] for a in ev["actor"]] == ["Colombian authorities"]


def test_turning_oneself_in_and_listing_a_party(nlp: Any, rules: Any) -> None:
    (ev,) = _events(nlp, rules, "Leaders of the Cachiros turned themselves in to the US in January.")
    assert ev["event"] == "RETREAT" and _codes(ev["recipient"]) == {"USA"}
    (ev,) = _events(nlp, rules, "The US Treasury placed the Honduran Cachiros on its blacklist in September.")
    assert (ev["event"], _codes(ev["actor"]), _codes(ev["recipient"])) == ("SANCTION", {"USA"}, {"HND"})
    assert not _events(nlp, rules, "The Conservative Party included Rishi Sunak on its list of candidates.")


def test_welcoming_a_quality_or_infiltrating_a_force_is_no_event(nlp: Any, rules: Any) -> None:
    assert not _events(nlp, rules, "Lucas welcomed Tony Blair's courage in calling a referendum.")
    assert not _events(nlp, rules, "Gangs are infiltrating the police in Honduras.")
    (ev,) = _events(nlp, rules, "Chinese hackers infiltrated the Pentagon's computer network.")
    assert ev["event"] == "COERCE" and _codes(ev["actor"]) == {"CHN"}


def test_victims_after_an_attack_or_in_clashes_have_its_maker(nlp: Any, rules: Any) -> None:
    text = "Three Saudi border guards were killed following clashes with Yemeni troops near the frontier."
    (ev,) = _events(nlp, rules, text)
    assert (_codes(ev["actor"]), _codes(ev["recipient"])) == ({"YEM"}, {"SAU"})
    text = "At least four Armenian soldiers were killed following an Azeri attack near the border."
    assert any(_codes(e["actor"]) == {"AZE"} and _codes(e["recipient"]) == {"ARM"} for e in _events(nlp, rules, text))
    text = "Dozens of Russian soldiers were killed after a failed Russian assault on Avdiivka."
    assert not any(a["text"] == "Russian" for e in _events(nlp, rules, text) for a in e["actor"])
    text = "Two suspects were arrested following a Taliban attack on a hotel in Kabul."
    (ev,) = [e for e in _events(nlp, rules, text) if e["event"] == "COERCE"]
    assert not any(a["text"] == "Taliban" for a in ev["actor"])


def test_a_plotted_foiled_or_prevented_act_did_not_happen(nlp: Any, rules: Any) -> None:
    assert not _events(nlp, rules, "Two British ISIS militants were plotting a terrorist attack on the UK.")
    assert not _events(nlp, rules, "Kenyan police foiled an attack on the embassy in Nairobi.")
    assert not _events(nlp, rules, "Israeli troops prevented Hamas militants from attacking the town.")
    (ev,) = _events(nlp, rules, "Israeli soldiers killed two Palestinians while protecting settlers in Hebron.")
    assert _codes(ev["actor"]) == {"ISR"}
    (ev,) = _events(nlp, rules, "French police foiled a jihadist attack and detained four men in Marseille.")
    assert ev["event"] == "COERCE" and _codes(ev["actor"]) == {"FRA"}
    (ev,) = _events(nlp, rules, "Israel said it had foiled a Hamas plot by arresting ten operatives in Hebron.")
    assert ev["event"] == "COERCE"


def test_an_all_caps_headline_writes_the_models_english_words_in_lower_case(nlp: Any, rules: Any) -> None:
    from eventwire.nlp.pipeline import english_words

    english = english_words(nlp)
    assert rules.recase("IRAQ SAYS IRAN EXAGGERATES FIGHTING IN NORTH", english).startswith(
        "Iraq says Iran exaggerates"
    )
    assert rules.recase("ANDREW YOUNG MEETS BROWN IN LONDON", english).startswith("Andrew Young")
    text = "Baghdad said the figures were false."
    evs = _events(nlp, rules, text, title="IRAQ SAYS IRAN EXAGGERATES FIGHTING IN NORTH")
    assert not any(a["text"].lower().startswith("exaggerate") for e in evs for a in e["actor"])


def test_authorities_who_say_they_acted_are_the_doers(nlp: Any, rules: Any) -> None:
    text = "Farmers protested in Chiapas on Monday. Mexican police said they had arrested eight men."
    (ev,) = [e for e in _events(nlp, rules, text) if e["event"] == "COERCE"]
    assert [a["text"] for a in ev["actor"]] == ["Mexican police"]


def test_a_main_be_the_tagger_calls_an_auxiliary_is_a_verb(nlp: Any, rules: Any) -> None:
    (ev,) = _events(nlp, rules, "Korean workers are on strike in Seoul.")
    assert ev["event"] == "PROTEST" and _codes(ev["actor"]) == {"KOR"}
    assert {e["event"] for e in _events(nlp, rules, "The Iranian president is in Moscow for talks.")} <= {"CONSULT"}
    assert not _events(nlp, rules, "Hospitals in Uganda are on alert after the Ebola outbreak.")
    (ev,) = _events(nlp, rules, "The Indian army is on high alert along the border.")
    assert ev["event"] == "MOBILIZE" and _codes(ev["actor"]) == {"IND"}


def test_speaking_for_another_and_speaking_out(nlp: Any, rules: Any) -> None:
    text = "Ahmed al-Assadi, a spokesman for the Iraqi Interior Ministry, blamed Israel for the attack."
    (ev,) = _events(nlp, rules, text)
    assert _codes(ev["actor"]) == {"IRQ"}
    (ev,) = _events(nlp, rules, "Iraqi Prime Minister Abdul-Mahdi spoke out against the US attack.")
    assert (ev["event"], _codes(ev["actor"]), _codes(ev["recipient"])) == ("ACCUSE", {"IRQ"}, {"USA"})


def test_a_country_before_a_title_stays_the_persons(nlp: Any, rules: Any) -> None:
    (ev,) = _events(nlp, rules, "US Attorney General Jeff Sessions met Mexican officials in Washington.")
    assert _codes(ev["actor"]) == {"USA"}


def test_calling_for_a_party_to_act_asks_that_party(nlp: Any, rules: Any) -> None:
    (ev,) = _events(nlp, rules, "Russia called for the US to withdraw its troops from Syria.")
    assert (ev["event"], _codes(ev["actor"]), _codes(ev["recipient"])) == ("REQUEST", {"RUS"}, {"USA"})
    text = "The athlete's lawyer called for the doping charges against the Kenyan runner to be dropped."
    (ev,) = _events(nlp, rules, text)
    assert ev["event"] == "REQUEST"


def test_senses_that_are_no_events(nlp: Any, rules: Any) -> None:
    assert not _events(nlp, rules, "The heart of Britain beats as strong as ever, the Prime Minister said.")
    assert not _events(nlp, rules, "The Japanese ministry needed to meet government pledges on spending.")
    assert not any(e["event"] == "REQUEST" for e in _events(nlp, rules, "Nakasone vowed to press on with the tax."))


def test_it_is_not_the_officials_who_say_it(nlp: Any, rules: Any) -> None:
    assert not _events(nlp, rules, "Chinese officials confirmed it had killed three people in Wuhan.")
    (ev,) = _events(nlp, rules, "The Kenyan teachers union announced that it has called off the strike.")
    assert _codes(ev["actor"]) == {"KEN"}


def test_attacking_a_measure_or_dismissing_a_party_as_something_is_criticism(nlp: Any, rules: Any) -> None:
    (ev,) = _events(nlp, rules, "Tory leader Michael Howard attacked Labour's tax rises.")
    assert ev["event"] == "ACCUSE" and _codes(ev["actor"]) == {"GBR"}
    (ev,) = _events(
        nlp, rules, "Charles Kennedy, the Liberal Democrat leader, dismissed the Conservatives as a fading force."
    )
    assert (ev["event"], ev["cameo"]) == ("ACCUSE", "111")
    (ev,) = _events(nlp, rules, "Iran dismissed the US proposal on Monday.")
    assert ev["event"] == "REJECT"


def test_lists_of_places_and_floating_quantifiers_split_into_parties(nlp: Any, rules: Any) -> None:
    text = "In Geneva, the U.S. was backed by the U.K., the Netherlands, Canada and Japan, delegates said."
    assert {a["text"] for e in _events(nlp, rules, text) for a in e["actor"]} >= {"the U.K.", "the Netherlands"}
    evs = _events(nlp, rules, "El Salvador and Guatemala both backed Brazil at the London talks.")
    assert {a["text"] for e in evs for a in e["actor"]} == {"El Salvador", "Guatemala"}


def test_a_country_within_a_country_counts_for_what_an_article_is_about(nlp: Any, rules: Any) -> None:
    text = (
        "Three people from Scotland died in the disaster, the first minister told the Scottish Parliament. "
        "One of them was on holiday on a Thai island. Scotland will help with the reconstruction. "
        "Charities in Scotland have raised money, and people across Scotland have given generously. "
        "The first minister also praised the charity Oxfam for flying water to the disaster zone."
    )
    (ev,) = [e for e in _events(nlp, rules, text) if e["event"] == "SUPPORT"]
    assert _codes(ev["actor"]) == {"GBR"}


def test_attacks_on_finances_or_websites_and_looting_nature_are_no_assaults(nlp: Any, rules: Any) -> None:
    text = "The Salvadoran government will dismantle the gangs while also attacking their finances."
    assert not _fires(nlp, rules, text, "ASSAULT")
    (ev,) = _events(nlp, rules, "Chinese hackers attacked the website of the Indian defence ministry.")
    assert (ev["event"], ev["mode"]) == ("COERCE", ["cyber"])
    assert not _events(nlp, rules, "Mexican poachers are looting the country's wildlife.")
    assert not _events(nlp, rules, "About 18,000 Guatemalan inmates occupied the country's 6,000 prison spaces.")
    (ev,) = _events(nlp, rules, "British opposition leader Michael Howard attacked the government over its tax plans.")
    assert ev["event"] == "ACCUSE"
    assert _fires(nlp, rules, "Russian jets attacked rebels over Aleppo.", "ASSAULT")


def test_an_unattributed_passive_request_is_made_by_whoever_tells_of_it(nlp: Any, rules: Any) -> None:
    (ev,) = _events(nlp, rules, "Tony Blair is being urged to double overseas aid, Oxfam says in a report.")
    assert (ev["event"], [a["text"] for a in ev["actor"]], _codes(ev["recipient"])) == ("REQUEST", ["Oxfam"], {"GBR"})


def test_a_subject_shared_with_a_passive_clause_suffers_its_act(nlp: Any, rules: Any) -> None:
    (ev,) = _events(nlp, rules, "The Iraqi rebels fled after being attacked by Turkish troops.")
    assert (_codes(ev["actor"]), _codes(ev["recipient"])) == ({"TUR"}, {"IRQ"})


def test_the_counterpart_of_a_meeting_held_to_discuss_something(nlp: Any, rules: Any) -> None:
    (ev,) = _events(nlp, rules, "The Kenyan government held meetings to discuss the budget with the IMF on Wednesday.")
    assert (ev["event"], _codes(ev["recipient"])) == ("CONSULT", {"IGO"})


def test_what_is_yet_to_happen_or_has_to_happen_is_not_done(nlp: Any, rules: Any) -> None:
    assert not _events(nlp, rules, "Russia has yet to withdraw its troops from Georgia.")
    assert not _events(nlp, rules, "The proposals have to be agreed by the French and German governments.")
    assert not _fires(nlp, rules, "US Secretary Richard Lyng insisted that Japan scrap its beef quotas.", "RETREAT")
    assert _fires(nlp, rules, "The Iraqi army had to withdraw from the Syrian town.", "RETREAT")


def test_an_act_at_the_time_of_another_is_no_comparison(nlp: Any, rules: Any) -> None:
    (ev,) = _events(nlp, rules, "The announcement came as Kenyan police arrested five opposition leaders in Nairobi.")
    assert (ev["event"], _codes(ev["actor"])) == ("COERCE", {"KEN"})


def test_people_from_a_body_belong_to_it(nlp: Any, rules: Any) -> None:
    (ev,) = _events(nlp, rules, "Soldiers from the Turkish army killed five rebels in Iraq.")
    assert _codes(ev["actor"]) == {"TUR"}
    text = 'Brown said: "The only cut from the Tories is pounds 20bn of cuts, hitting schools and hospitals hard."'
    assert not _fires(nlp, rules, text, "ASSAULT")


def test_they_are_the_visitors_not_the_place_visited(nlp: Any, rules: Any) -> None:
    text = (
        "Brazilian ministers Smith and Jones visited Paris last week. "
        "They are now flying to Tokyo to talk to Japanese officials."
    )
    assert not any(a["code"] == "FRA" for e in _events(nlp, rules, text) for a in e["actor"])


def test_he_in_a_quote_is_not_the_one_quoted(nlp: Any, rules: Any) -> None:
    text = (
        "Paul Boateng was named envoy to Kenya. "
        '"I am delighted that he has agreed to serve as our envoy," British Prime Minister Tony Blair said.'
    )
    assert not any(a["name"] == "Tony Blair" for e in _events(nlp, rules, text) for a in e["actor"])


def test_a_readiness_for_no_known_act_towards_no_one_is_no_offer(nlp: Any, rules: Any) -> None:
    assert not _events(nlp, rules, "The Colombian rebels are keen to keep drug production high.")
    (ev,) = _events(nlp, rules, "China is willing to help Nepal.")
    assert ev["event"] == "AGREE"


def test_a_region_named_after_a_country_is_not_that_country(nlp: Any, rules: Any) -> None:
    assert not _events(nlp, rules, "The Indian Ocean tidal wave killed 2,000 people.")


def test_talks_whose_sides_are_named_on_the_predicate_or_in_a_passive(nlp: Any, rules: Any) -> None:
    (ev,) = _events(nlp, rules, "Talks are underway between Zambia and the International Monetary Fund.")
    assert (ev["event"], _codes(ev["actor"]), _codes(ev["recipient"])) == ("CONSULT", {"ZMB"}, {"IGO"})
    (ev,) = _events(nlp, rules, "Talks between the United States and Japan were held on Monday.")
    assert (ev["event"], _codes(ev["actor"]), _codes(ev["recipient"])) == ("CONSULT", {"USA"}, {"JPN"})


def test_a_deal_that_could_end_the_fighting_is_not_made(nlp: Any, rules: Any) -> None:
    assert not _events(nlp, rules, "A ceasefire deal between Israel and Hamas could end the fighting.")
    assert _events(nlp, rules, "The deal between Iran and Russia will boost trade.")


def test_a_city_naming_a_facility_says_where_and_an_object_relative_clause_tells_its_act(nlp: Any, rules: Any) -> None:
    (ev,) = _events(nlp, rules, "A Belgian citizen was arrested at Lima airport on Monday.")
    assert _codes(ev["actor"]) == {"PER"}
    (ev,) = _events(nlp, rules, "Reagan said the tariffs he imposed on Japanese goods were a special case.")
    assert (ev["event"], _codes(ev["actor"]), _codes(ev["recipient"])) == ("SANCTION", {"USA"}, {"JPN"})
    (ev,) = _events(nlp, rules, "The aid that Japan gave to Nepal was welcome.")
    assert (ev["event"], _codes(ev["recipient"])) == ("AID", {"NPL"})


def test_the_reviewed_limits_of_this_rounds_rules(nlp: Any, rules: Any) -> None:
    # background cues start a word: "intends to" is no habit, "unusually" no routine
    assert _fires(nlp, rules, "Russia intends to withdraw its troops from Syria.", "AGREE")
    assert _fires(nlp, rules, "In an unusually sharp rebuke, China criticised Japan.", "ACCUSE")
    # a cyber attack needs a website or server; a network of militants is attacked physically
    assert _fires(nlp, rules, "US drones attacked the Haqqani network in Pakistan.", "ASSAULT")
    # "he" before a partial quotation is the speaker
    (ev,) = _events(nlp, rules, 'British Prime Minister David Cameron said he had "agreed to meet" Erdogan.')
    assert _codes(ev["actor"]) == {"GBR"}
    # a pending act is the infinitive's own, not an attack it responds to; "has had to" was done
    assert _fires(nlp, rules, "Israel has yet to respond to the Hamas rocket attack on Ashkelon.", "ASSAULT")
    # protesters attacking an embassy over cartoons is an assault; a politician attacking a party is criticism
    assert _fires(nlp, rules, "Pakistani protesters attacked the French embassy over the cartoons.", "ASSAULT")
    # a truce between two sides that was broken is no agreement between them
    assert not _fires(nlp, rules, "The truce between Russia and Ukraine was broken on Monday.", "AGREE")
    # an act upon a condition stays conditional
    assert not _fires(nlp, rules, "Iran will release the prisoners as long as the US lifts sanctions.", "RETREAT")
    # readiness to help a named party with something is an offer
    assert _fires(nlp, rules, "The EU is ready to help Greece with its debts.", "AGREE")


def test_who_a_promise_is_for_is_not_who_is_to_keep_it(nlp: Any, rules: Any) -> None:
    (ev,) = _events(nlp, rules, "The British minister promised that Britain would help Sri Lanka.")
    assert _codes(ev["recipient"]) == {"LKA"}


def test_a_place_is_located_in_the_country_the_text_puts_it_in(nlp: Any, rules: Any) -> None:
    (ev,) = _events(nlp, rules, "Police arrested five men in Ipswich, Australia, on Monday.")
    assert ev["event_loc"] is None or ev["event_loc"]["country_code"] == "AUS"
    (ev,) = _events(nlp, rules, "Colombian police arrested five men in Antioquia on Monday.")
    assert ev["event_loc"] is None or ev["event_loc"]["country_code"] == "COL"


def test_talking_to_the_press_is_no_talks(nlp: Any, rules: Any) -> None:
    assert not _events(nlp, rules, "The Chinese foreign minister talked to reporters in Beijing on Monday.")


def test_what_is_denounced_as_a_crime_and_what_an_offer_was_believed_to_lead_to_keep_their_parties(
    nlp: Any, rules: Any
) -> None:
    text = "Albania on Friday denounced as an ugly crime Serbia's suppression of ethnic Albanian unrest in Montenegro."
    (ev,) = _events(nlp, rules, text)
    assert _codes(ev["recipient"]) == {"SRB"}
    text = (
        "A Russian official offered concessions last November that U.S. negotiator Paul Nitze believed could lead to "
        "an agreement on reducing nuclear missiles in Europe."
    )
    (ev,) = _events(nlp, rules, text)
    assert _codes(ev["recipient"]) == {"USA"}


def test_equipment_an_act_is_done_with_is_no_party(nlp: Any, rules: Any) -> None:
    assert not _events(nlp, rules, "The Colombian soldiers will be supported by 40 aircraft and 8 warships.")
    (ev,) = _events(nlp, rules, "The Gaza convoy was hit by Israeli jets.")
    assert (ev["event"], _codes(ev["actor"])) == ("ASSAULT", {"ISR"})


def test_states_protesting_is_a_diplomatic_protest_not_a_demonstration(nlp: Any, unfiltered: Any) -> None:
    (ev,) = _events(nlp, unfiltered, "China protested the decision on Monday.")
    assert (ev["event"], ev["cameo"]) == ("ACCUSE", "114")  # an official complaint
    for text in ("Thousands of students protested against the government in Caracas on Monday.",
                 "Thousands of government workers protested against pay cuts in Athens on Monday."):  # fmt: skip
        assert _fires(nlp, unfiltered, text, "PROTEST"), text  # people, not a state


def test_the_result_of_a_passive_attack_is_done_by_its_agent(nlp: Any, unfiltered: Any) -> None:
    from eventwire.extract.arguments import roles

    lex, triggers = unfiltered.extractor.lex, unfiltered.extractor.dicts.triggers

    def actors_of(text: str, word: str) -> list[str]:
        matches = match_triggers(next(nlp(text).sents), triggers, lex)
        attacks = frozenset(m.token.i for m in matches if m.pattern.event in lex.attacker_types)
        (m,) = [m for m in matches if m.token.lower_ == word]
        return [p.text for p in roles(m, lex, attacks).actors]

    text = "A military convoy was ambushed by Taliban fighters in Kandahar on Monday, seriously injuring five soldiers."
    assert actors_of(text, "injuring") == ["Taliban fighters"]  # not the convoy
    text = "Egyptian police were deployed in Cairo on Monday, firing tear gas at protesters."
    assert actors_of(text, "firing") == ["Egyptian police"]  # deployed, not attacked: they fired


def test_unnamed_attackers_are_not_the_victims_countrymen_where_the_clause_names_another_place(
    nlp: Any, unfiltered: Any
) -> None:
    text = "A U.S. warship was attacked in the Red Sea on Monday. U.S. officials were angry."
    (ev,) = [e for e in _events(nlp, unfiltered, text) if e["event"] == "ASSAULT"]
    assert ev["actor"][0]["code"] is None and _codes(ev["recipient"]) == {"USA"}
    text = "Gunmen attacked a bus in the village of Kirawa on Monday, killing five Nigerians."
    evs = [e for e in _events(nlp, unfiltered, text) if e["event"] == "ASSAULT"]
    assert evs and all(_codes(e["actor"]) == {"NGA"} for e in evs)  # an unknown village is no sea
    text = "Two soldiers were killed in Kabul on Monday. They met the president on Sunday."
    assert all("unidentified" not in str(e["actor"]) for e in _events(nlp, unfiltered, text) if e["event"] == "CONSULT")


def test_a_capital_named_for_its_government_is_no_place_of_words(nlp: Any, unfiltered: Any) -> None:
    text = "The Japanese government said it was keen to negotiate with Washington on Monday."
    (ev,) = _events(nlp, unfiltered, text)
    assert _codes(ev["recipient"]) == {"USA"} and ev["event_loc"] is None
    (ev,) = _events(nlp, unfiltered, "The Japanese prime minister visited Washington on Monday.")
    assert ev["event_loc"]["name"] == "Washington"  # a visit goes there


def test_a_participant_stationed_in_a_city_places_its_act_there(nlp: Any, unfiltered: Any) -> None:
    lead = "Egypt's president visited Aswan on Monday. "  # a lead city that would otherwise place the arrest
    (ev,) = [e for e in _events(nlp, unfiltered, lead + "Police in Cairo arrested 20 protesters on Tuesday.")
             if e["event"] == "COERCE"]  # fmt: skip
    assert ev["event_loc"]["name"] == "Cairo"
    (ev,) = _events(nlp, unfiltered, "A delegation from Cairo criticised Israel on Tuesday.")
    assert ev["event_loc"] is None  # where they come from, not where they spoke
    (ev,) = _events(nlp, unfiltered, "Officials in Cairo met Israeli envoys in Rome on Tuesday.")
    assert ev["event_loc"]["name"] == "Rome"  # the clause's own place first


def test_a_dateline_does_not_place_what_other_states_did(nlp: Any, unfiltered: Any) -> None:
    text, day = "Iran accused Iraq of attacking its oil tankers on Monday.", date(1987, 4, 7)
    evs = _events(nlp, unfiltered, f"LONDON, April 7 - {text}", day)
    assert evs and all(e["event_loc"] is None for e in evs)  # relayed from London
    evs = _events(nlp, unfiltered, f"BAGHDAD, April 7 - {text}", day)
    assert evs and all(e["event_loc"]["name"] == "Baghdad" for e in evs)


def test_people_arrested_by_the_state_are_suspects(nlp: Any, unfiltered: Any) -> None:
    (ev,) = _events(nlp, unfiltered, "Peruvian police arrested five men in Lima on Monday.")
    assert ev["recipient"][0]["sector"] == "CRM"
    (ev,) = _events(nlp, unfiltered, "Police in Cairo arrested 20 protesters on Tuesday.")
    assert ev["recipient"][0]["sector"] == "CVL"  # protesters stay protesters
    text = "Two Japanese men were detained by Islamic State militants in Syria on Monday."
    (ev,) = [e for e in _events(nlp, unfiltered, text) if e["event"] == "COERCE"]
    assert ev["recipient"][0]["sector"] != "CRM"  # hostages, not suspects


def test_an_arrest_and_a_seizure_in_one_raid_are_two_events(nlp: Any, unfiltered: Any) -> None:
    text = "Fifteen people were arrested in Lima on Monday and three tons of cocaine were seized."
    assert {e["cameo"][:3] for e in _events(nlp, unfiltered, text) if e["event"] == "COERCE"} >= {"173", "171"}


def test_a_fire_no_one_fired_is_an_accident(nlp: Any, unfiltered: Any) -> None:
    assert not _fires(nlp, unfiltered, "Escape room fire kills five teen girls in Poland.", "ASSAULT")
    assert not _fires(nlp, unfiltered, "A fire killed six people in a hotel in Rome on Monday.", "ASSAULT")
    for text in ("Israeli fire killed two Palestinians in Gaza on Monday.", "Sniper fire killed a soldier on Monday.",
                 "Fire from government troops killed three protesters in Homs on Monday."):  # fmt: skip
        assert _fires(nlp, unfiltered, text, "ASSAULT"), text


def test_he_charged_after_an_arrest_is_the_one_arrested(nlp: Any, unfiltered: Any) -> None:
    text = (
        "Police arrested Leslie Merritt in Glendale on Friday. Governor Doug Ducey said Merritt is linked to the "
        "shootings. He is charged with four counts of assault."
    )
    (ev,) = [e for e in _events(nlp, unfiltered, text) if e["mentions"][0]["trigger"] == "charged"]
    assert ev["recipient"][0]["name"] == "Leslie Merritt"
    text = "Police arrested John Smith on Friday. Governor Doug Ducey of Arizona said he was charged with corruption."
    day = date(2015, 9, 19)
    (ev,) = [e for e in _events(nlp, unfiltered, text, day) if e["mentions"][0]["trigger"] == "charged"]
    assert ev["recipient"][0]["name"] == "Doug Ducey"  # the speaker's "he"


def test_a_participle_asks_whom_its_verb_wrote_to(nlp: Any, unfiltered: Any) -> None:
    text = "British police chief Mark Hale wrote to the US Embassy in London asking to lift her diplomatic immunity."
    (ev,) = _events(nlp, unfiltered, text)
    assert ev["event"] == "REQUEST" and _codes(ev["recipient"]) == {"USA"}


def test_he_in_a_later_clause_is_the_sentences_named_subject(nlp: Any, unfiltered: Any) -> None:
    text = (
        "Mexico's President Felipe Calderon met reporters on Monday. Dominican leader Leonel Fernandez was in "
        "Mexico City on Tuesday, where he and President Felipe Calderon then signed the pact."
    )
    (ev,) = [e for e in _events(nlp, unfiltered, text, date(2009, 3, 5)) if e["event"] == "SUPPORT"]
    assert {r["code"] for r in (*ev["actor"], *ev["recipient"])} == {"DOM", "MEX"}


def test_a_reaction_to_talks_or_an_agreement_is_to_both_their_makers(nlp: Any, unfiltered: Any) -> None:
    text = "Iran and Iraq held talks in Geneva on Tuesday. Israel condemned the talks."
    evs = [e for e in _events(nlp, unfiltered, text) if e["event"] == "ACCUSE"]
    assert {c for e in evs for c in _codes(e["recipient"])} == {"IRN", "IRQ"}
    text = "Iran and Iraq signed a ceasefire agreement on Monday. The United States welcomed the agreement."
    evs = [e for e in _events(nlp, unfiltered, text) if _codes(e["actor"]) == {"USA"}]
    assert evs and {c for e in evs for c in _codes(e["recipient"])} == {"IRN", "IRQ"}


def test_a_big_city_the_tagger_calls_a_person_still_places_the_act(nlp: Any, unfiltered: Any) -> None:
    (ev,) = _events(nlp, unfiltered, "Mexican police arrested Jabin Bogan in Ciudad Juarez on Friday.")
    assert ev["event_loc"]["name"] == "Ciudad Juárez"  # tagged PERSON by the small model


def test_an_attack_described_as_something_is_words(nlp: Any, unfiltered: Any) -> None:
    text = "Trump attacked the impeachment investigation as 'Witch Hunt garbage' on Monday."
    assert _fires(nlp, unfiltered, text, "ACCUSE") and not _fires(nlp, unfiltered, text, "ASSAULT")


def _patterns(ev: dict[str, Any]) -> set[str]:
    return {m["pattern"] for m in ev["mentions"]}


def test_an_undated_act_takes_the_date_of_the_clause_that_tells_it(nlp: Any, rules: Any) -> None:
    day = date(2020, 3, 4)  # a Wednesday
    (ev,) = _events(nlp, rules, "The Chilean president said on Friday that he would veto the pension bill.", day)
    assert ev["event"] == "REJECT" and ev["date"] == "2020-02-28" and ev["date_inferred"]  # when said, not told
    text = "The Chilean president said on Friday that he would try to veto the pension bill."
    assert {e["date"] for e in _events(nlp, rules, text, day)} == {"2020-02-28"}
    text = "On Sunday, President Fernandez announced he would send a bill to legalise abortion to Congress."
    assert {e["date"] for e in _events(nlp, rules, text, day)} == {"2020-03-01"}
    text = "Police said on Monday that gunmen killed three soldiers in Lima on Saturday."  # its own date first
    assert {e["date"] for e in _events(nlp, rules, text, day) if e["event"] == "ASSAULT"} == {"2020-02-29"}
    text = "In 2017, the Chilean congress approved a bill legalising abortion."  # told in a past year: background
    assert not _events(nlp, rules, text, day)


def test_the_date_a_promised_act_is_due_is_not_the_date_of_the_promise(nlp: Any, rules: Any) -> None:
    text = "Portugal said on Monday that it will withdraw its troops from Angola on April 30."
    (ev,) = _events(nlp, rules, text, date(1987, 3, 25))
    assert ev["date"] == "1987-03-23"  # when promised, not the day the troops are due to leave


def test_a_capital_before_an_attack_noun_says_where_not_who(nlp: Any, unfiltered: Any) -> None:
    evs = _events(nlp, unfiltered, "A Kabul car bombing killed five Afghan civilians on Monday.")
    assert evs and not any(a.get("name") == "Afghanistan" for e in evs for a in e["actor"])  # no state made it
    evs = _events(nlp, unfiltered, "Moscow's airstrikes killed 30 civilians in Syria on Monday.")
    assert any(a.get("name") == "Russia" for e in evs for a in e["actor"])  # the capital owning them: the state's


def test_wrongdoing_told_includes_hiding_and_exaggerating(nlp: Any, rules: Any) -> None:
    text = "Opposition leader Ali Hotaki alleged that the Afghan government was hiding the casualty figures."
    (ev,) = [e for e in _events(nlp, rules, text) if e["event"] == "ACCUSE"]
    assert _codes(ev["recipient"]) == {"AFG"} and "accuse.said-wrongdoing" in _patterns(ev)
    text = "The Iraqi army said Iran had exaggerated the fighting in the north."
    (ev,) = [e for e in _events(nlp, rules, text) if e["event"] == "ACCUSE"]
    assert _codes(ev["recipient"]) == {"IRN"} and "accuse.said-wrongdoing" in _patterns(ev)
    assert not _fires(nlp, rules, "Police said the Afghan rebels were hiding in the forest.", "ACCUSE")


def test_appreciating_a_partys_act_is_praise(nlp: Any, rules: Any) -> None:
    text = "The US embassy said it appreciated the Iraqi security forces' swift response."
    (ev,) = _events(nlp, rules, text)
    assert _patterns(ev) == {"support.praise"} and _codes(ev["recipient"]) == {"IRQ"}
    assert not _fires(nlp, rules, "The Kenyan minister said he appreciated the concerns of farmers.", "SUPPORT")


def test_evidence_that_demonstrates_is_no_protest(nlp: Any, rules: Any) -> None:
    text = "Kennedy said the experience of voters demonstrates that the Liberal Democrats can win."
    assert not _fires(nlp, rules, text, "PROTEST")
    assert _fires(nlp, rules, "Thousands of Britons demonstrated in London against the war.", "PROTEST")


def test_people_gathered_for_a_demonstration_protest(nlp: Any, rules: Any) -> None:
    text = "Thousands of Argentines gathered outside the Congress in Buenos Aires for a demonstration on Sunday."
    (ev,) = _events(nlp, rules, text)
    assert _patterns(ev) == {"protest.gather-for-protest"}
    assert not _fires(nlp, rules, "Thousands of Argentine fans gathered in Buenos Aires for the final.", "PROTEST")


def test_a_name_does_not_run_on_across_words_the_phrase_leaves_out(rules: Any) -> None:
    from eventwire.records import Phrase, Word

    text = "the Church of Scientology in New York, John Carmichael"  # the phrase leaves "in New York," out
    kept = [("the", "DET", ""), ("Church", "PROPN", "ORG"), ("of", "ADP", "ORG"), ("Scientology", "PROPN", "ORG"),
            ("John", "PROPN", "PERSON"), ("Carmichael", "PROPN", "PERSON")]  # fmt: skip
    words = tuple(Word(w, w, pos, ent, text.index(w), "compound") for w, pos, ent in kept)
    scan = rules.resolver.actors.scan(Phrase(words, text, 0, len(text), 5))
    assert [" ".join(w.text for w in run) for run in scan.names][-1] == "John Carmichael"


def test_for_the_time_being_is_no_subject(nlp: Any, rules: Any) -> None:
    text = (
        "Diplomats told journalists that Egypt had resolved for at least the time being not to accept a Russian offer."
    )
    (ev,) = [e for e in _events(nlp, rules, text) if e["event"] == "REJECT"]
    assert _codes(ev["actor"]) == {"EGY"} and _codes(ev["recipient"]) == {"RUS"}


def test_an_undated_article_on_one_country_ignores_a_derived_namesake_of_another(nlp: Any, rules: Any) -> None:
    # the Phoenix lists know a John Carmichael of Swaziland (2003); this article is about the United States
    text = "John Carmichael, a church leader in New York, accused the US government of harassment on Monday."
    evs = _events(nlp, rules, text, None)
    assert evs and all(a["code"] != "SWZ" for e in evs for a in e["actor"])
    text = "Vice-President Moody Awori has declined to resign despite growing pressure by anti-corruption campaigners."
    (ev,) = _events(nlp, rules, text, None)  # no country to doubt it: the derived list decides
    assert _codes(ev["actor"]) == {"KEN"}


def test_the_office_a_verb_says_a_person_held_says_whose_they_are(nlp: Any, rules: Any) -> None:
    text = "Kenji Tanaka resigns as Japan's Minister of Education."
    (ev,) = _events(nlp, rules, text, date(2015, 9, 25))
    assert ev["event"] == "RETREAT" and _codes(ev["actor"]) == {"JPN"} and ev["actor"][0]["sector"] == "GOV"
    text = "Yigal Mendel denounced the deal as an Iranian victory. Yigal Mendel then met Israeli ministers."
    assert all(a["code"] != "IRN" for e in _events(nlp, rules, text) for a in e["actor"])  # what the deal is


def test_joining_a_bloc_or_alliance_is_signing_up_to_it(nlp: Any, rules: Any) -> None:
    evs = _events(nlp, rules, "Benin and Nigeria joined the African Union free trade bloc on Sunday.")
    assert {c for e in evs if "support.join-bloc" in _patterns(e) for c in _codes(e["actor"])} == {"BEN", "NGA"}
    text = "France joined the international community in condemning the attack on Monday."
    assert not _fires(nlp, rules, text, "SUPPORT")


def test_a_court_ruling_against_a_party_rejects_its_case(nlp: Any, rules: Any) -> None:
    (ev,) = _events(nlp, rules, "A Kenyan court ruled against the government on Monday.")
    assert ev["event"] == "REJECT" and _codes(ev["recipient"]) == {"KEN"}
    assert not _fires(nlp, rules, "Germany decided against sending troops to Mali on Monday.", "REJECT")


def test_seeking_government_aid_asks_the_government(nlp: Any, rules: Any) -> None:
    (ev,) = _events(nlp, rules, "US automakers GM and Chrysler sought more government aid on Monday.")
    assert ev["event"] == "REQUEST" and _codes(ev["recipient"]) == {"USA"}


def test_a_city_state_named_as_a_place_is_its_city(nlp: Any, rules: Any) -> None:
    (ev,) = _events(nlp, rules, "Police arrested ten Malaysian men in Singapore on Monday.")
    assert ev["event_loc"]["name"] == "Singapore" and ev["event_loc"]["country_code"] == "SGP"
    (ev,) = _events(nlp, rules, "Police arrested ten Malaysian men in Kenya on Monday.")
    assert ev["event_loc"] is None  # a country is no place


def test_parties_say_what_country_an_article_is_about_where_it_names_none(nlp: Any, rules: Any) -> None:
    text = (
        "A panel of MPs and peers has called for a tightening of the rules on gambling. Labour and the Conservative "
        "Party backed the report on Monday."
    )
    evs = [e for e in _events(nlp, rules, text) if e["event"] == "REQUEST"]
    assert evs and _codes(evs[0]["actor"]) == {"GBR"}


def test_revoking_an_approval_or_licence_discontinues_dealings(nlp: Any, rules: Any) -> None:
    (ev,) = _events(nlp, rules, "Kenya revoked the licence of a Somali airline on Monday.")
    assert _patterns(ev) == {"sanction.cancel-deal"} and _codes(ev["recipient"]) == {"SOM"}
    text = "The governor of Okinawa revoked approval for work on the US Marine Corps base on Tuesday."
    (ev,) = _events(nlp, rules, text, date(2015, 10, 14))
    assert ev["event"] == "SANCTION" and _codes(ev["recipient"]) == {"USA"}


def test_a_states_own_bodies_say_whose_ministers_an_article_means(nlp: Any, rules: Any) -> None:
    text = "The Cabinet Office confirmed the review on Monday. Ministers threatened to sack striking workers."
    evs = [e for e in _events(nlp, rules, text) if e["event"] == "THREATEN"]
    assert evs and _codes(evs[0]["actor"]) == {"GBR"}


def test_a_place_in_a_title_lends_no_place_to_the_article(nlp: Any, rules: Any) -> None:
    text = (
        "In an open letter, the Archbishop of Canterbury called on the three main British parties to respect "
        "asylum seekers. The letter was published on Monday."
    )
    (ev,) = _events(nlp, rules, text, date(2005, 3, 1))
    assert ev["event"] == "REQUEST" and ev["event_loc"] is None


def test_a_states_own_official_is_arrested_by_that_state(nlp: Any, rules: Any) -> None:
    text = (
        "Taiwan paid millions to politicians in Central America, Taiwanese prosecutors said. Guatemalan President "
        "Otto Perez Molina resigned in September and was arrested shortly thereafter on fraud charges."
    )
    evs = [e for e in _events(nlp, rules, text, date(2015, 12, 10)) if e["event"] == "COERCE"]
    assert evs and _codes(evs[0]["actor"]) == {"GTM"}


def test_a_reaction_drawn_takes_its_source_from_the_nouns_own_modifier(nlp: Any, rules: Any) -> None:
    (ev,) = _events(nlp, rules, "Russia drew German criticism over the arrests on Monday.", date(2012, 3, 6))
    assert ev["event"] == "ACCUSE" and _codes(ev["actor"]) == {"DEU"} and _codes(ev["recipient"]) == {"RUS"}
    (ev,) = _events(nlp, rules, "The killing sparked student protests in Caracas on Monday.", date(2012, 3, 6))
    assert ev["event"] == "PROTEST"  # a noun naming no one: those protest


def test_what_a_negated_inference_or_speech_verb_governs_is_not_told(nlp: Any, rules: Any) -> None:
    meant = "An aide said the flight did not mean that Canada was issuing a new warning to Iran."
    assert not _fires(nlp, rules, meant, "THREATEN")
    assert _fires(nlp, rules, meant.replace("the flight did not mean that ", ""), "THREATEN")
    said = "Officials did not say that soldiers had arrested students in Dhaka on Monday."
    assert not _fires(nlp, rules, said, "COERCE")
    assert _fires(nlp, rules, "Officials did not say how many students were arrested in Dhaka on Monday.", "COERCE")


def test_what_one_was_unable_to_do_or_does_so_that_another_can_is_not_done(nlp: Any, rules: Any) -> None:
    unable = "Unable to search every truck, Spanish border guards seized 50 kilograms of heroin on Monday."
    (ev,) = _events(nlp, rules, unable)
    assert ev["event"] == "COERCE" and _patterns(ev) != {"coerce.search"}
    aimed = "The coalition wants the bill passed so that the premier will be able to offer aid to Fiji."
    assert not _fires(nlp, rules, aimed, "AGREE")
    result = "The government cut fuel subsidies, so protesters attacked the police station in Lagos on Monday."
    assert _fires(nlp, rules, result, "ASSAULT")  # a result, not a purpose


def test_a_currency_word_before_a_sum_with_a_suffix_is_no_verb(nlp: Any, rules: Any) -> None:
    triggers, lex = rules.extractor.dicts.triggers, rules.extractor.lex
    matches = match_triggers(next(nlp("The government earmarks pounds 5bn for new homes.").sents), triggers, lex)
    assert not [m for m in matches if m.token.lower_ == "pounds"]


def test_a_region_of_many_states_is_no_town_of_its_words(nlp: Any, rules: Any) -> None:
    for region in ("Central America", "Central Asia"):
        text = f"Canada and the countries of {region} agreed on Monday to share customs data."
        evs = _events(nlp, rules, text, date(2013, 5, 8))
        assert evs and all(e["event_loc"] is None for e in evs)


def test_ordering_a_deportation_deports(nlp: Any, rules: Any) -> None:
    (ev,) = _events(nlp, rules, "Egypt has ordered the deportation of a Dutch-born singer.", date(2010, 3, 1))
    assert ev["event"] == "COERCE" and _codes(ev["actor"]) == {"EGY"}


def test_pledges_called_worthless_are_criticised(nlp: Any, rules: Any) -> None:
    (ev,) = _events(nlp, rules, "Britain said on Monday the Russian pledges were worthless.", date(2005, 3, 1))
    assert ev["event"] == "ACCUSE" and _codes(ev["recipient"]) == {"RUS"}


def test_a_place_named_inside_a_quotation_is_not_the_articles_place(nlp: Any, rules: Any) -> None:
    text = (
        'A police chief said: "Think of the market in Leicester on a Saturday night, who do you blame?" '
        "Britain's home secretary accused the Liberal Democrats of opportunism."
    )
    evs = [e for e in _events(nlp, rules, text, date(2005, 1, 20)) if e["event"] == "ACCUSE"]
    assert evs and all(e["event_loc"] is None for e in evs)
    evs = [e for e in _events(nlp, rules, text.replace('"', ""), date(2005, 1, 20)) if e["event"] == "ACCUSE"]
    assert evs and evs[0]["event_loc"]["name"] == "Leicester"


def test_the_country_the_lead_sentence_is_about_is_the_articles(nlp: Any, rules: Any) -> None:
    text = (
        "Chile, a target of Peruvian anger over Bolivian access to the sea, on Monday rejected charges that Peruvian "
        "fishing boats had been seized in Peruvian waters.\n\nThe Foreign Ministry summoned the Peruvian ambassador "
        "on Tuesday."
    )
    evs = [e for e in _events(nlp, rules, text, date(2015, 3, 4)) if e["event"] == "ACCUSE"]
    assert evs and _codes(evs[0]["actor"]) == {"CHL"} and _codes(evs[0]["recipient"]) == {"PER"}
    spoken = (
        "Germany said on Monday that the Greek government had failed to deliver reforms.\n\nThe government in "
        "Athens has cut pensions three times. Protesters attacked police on Sunday."
    )
    (ev,) = [e for e in _events(nlp, rules, spoken, date(2015, 3, 4)) if e["event"] == "ASSAULT"]
    assert _codes(ev["actor"]) == {"GRC"}  # a country that speaks is not what the report is about


def test_a_capital_standing_for_its_government_or_an_owner_lends_no_place(nlp: Any, rules: Any) -> None:
    text = "Iranian police arrested ten students on Monday, Tehran's IRNA news agency said."
    (ev,) = _events(nlp, rules, text, date(1987, 3, 4))
    assert ev["event"] == "COERCE" and _codes(ev["actor"]) == {"IRN"} and ev["event_loc"] is None
    (ev,) = _events(nlp, rules, text.replace("Tehran's IRNA news agency said", "officials in Tehran said"))
    assert ev["event_loc"]["name"] == "Tehran"
    text = "Kabul was rocked by a huge explosion on Monday.\nPolice arrested five men after the blast, officials said."
    (ev,) = _events(nlp, rules, text, date(2015, 3, 4))
    assert ev["event"] == "COERCE" and ev["event_loc"]["name"] == "Kabul"  # a capital where it happened


def test_a_word_inside_a_name_is_no_party_of_its_own(nlp: Any, rules: Any) -> None:
    text = (
        "Officials of Japan's powerful Ministry of International Trade and Industry held talks with U.S. officials "
        "on Monday."
    )
    (ev,) = _events(nlp, rules, text, date(1987, 4, 1))
    assert ev["event"] == "CONSULT" and len(ev["actor"]) == 1 and _codes(ev["actor"]) == {"JPN"}


def test_a_name_after_and_that_begins_its_own_phrase_is_a_party(nlp: Any, rules: Any) -> None:
    text = "On Monday the governments of Canada, Mexico and the United States agreed to share customs data."
    (ev,) = _events(nlp, rules, text, date(2013, 5, 8))
    assert _codes(ev["actor"]) | _codes(ev["recipient"]) == {"MEX", "USA", "CAN"}


def test_a_scheme_called_flawed_is_criticised(nlp: Any, rules: Any) -> None:
    (ev,) = _events(nlp, rules, "Britain said on Monday the Russian scheme was deeply flawed.", date(2005, 3, 1))
    assert ev["event"] == "ACCUSE" and _codes(ev["recipient"]) == {"RUS"}


def test_an_act_in_a_when_clause_is_of_the_day_its_head_tells(nlp: Any, rules: Any) -> None:
    text = "Violence broke out on Saturday when thousands of people rallied against the government in Kiev."
    (ev,) = [e for e in _events(nlp, rules, text, date(2014, 1, 22)) if e["event"] == "PROTEST"]
    assert ev["date"] == "2014-01-18"


def test_workers_who_carry_out_strikes_protest(nlp: Any, rules: Any) -> None:
    (ev,) = _events(nlp, rules, "Teachers carried out strikes across Kenya on Monday.", date(2015, 9, 10))
    assert ev["event"] == "PROTEST" and _patterns(ev) == {"protest.workers-carry-out-strike"}
    (ev,) = _events(nlp, rules, "The air force carried out strikes on rebel positions on Monday.", date(2015, 9, 10))
    assert ev["event"] == "ASSAULT"


def test_attacking_a_policy_is_criticism_and_targeting_a_crime_no_attack(nlp: Any, rules: Any) -> None:
    (ev,) = _events(nlp, rules, "Labour MPs attacked the Tory privatisations on Monday.", date(2005, 3, 1))
    assert ev["event"] == "ACCUSE"
    assert not _fires(nlp, rules, "Peru targets a customs corruption ring.", "ASSAULT")


def test_troops_that_march_or_roll_in_move_not_protest(nlp: Any, rules: Any) -> None:
    (ev,) = _events(nlp, rules, "Soldiers marched into the streets of the capital on Monday.", date(2015, 9, 10))
    assert ev["event"] == "MOBILIZE"
    (ev,) = _events(nlp, rules, "Thousands of students marched to parliament on Monday.", date(2015, 9, 10))
    assert ev["event"] == "PROTEST"


def test_a_name_a_present_participle_describes_does_its_act(nlp: Any, rules: Any) -> None:
    text = "British Foreign Secretary Ann Ross, visiting Beijing on Monday, said China should do more."
    evs = [e for e in _events(nlp, rules, text, date(2005, 3, 1)) if e["event"] == "CONSULT"]
    assert evs and _codes(evs[0]["actor"]) == {"GBR"} and _codes(evs[0]["recipient"]) == {"CHN"}
    text = "The US envoy posted a message on Twitter on Monday blaming Iran for the raids."
    (ev,) = [e for e in _events(nlp, rules, text, date(2019, 9, 17)) if e["event"] == "ACCUSE"]
    assert _codes(ev["actor"]) == {"USA"}  # no comma: the parser's "Twitter blaming" is no name's participle


def test_a_barrage_of_words_is_no_shelling(nlp: Any, rules: Any) -> None:
    text = "The opposition unleashed a barrage of insults at the Kenyan president on Monday."
    assert not [e for e in _events(nlp, rules, text, date(2017, 3, 7)) if e["event"] == "ASSAULT"]
    text = "Militants fired a barrage of mortars at an Afghan army post on Monday."
    (ev,) = _events(nlp, rules, text, date(2017, 3, 7))
    assert ev["event"] == "ASSAULT" and _codes(ev["recipient"]) == {"AFG"}


def test_a_past_participle_set_off_after_a_noun_describes_it(nlp: Any, rules: Any) -> None:
    text = "The Jordanian government, committed to peace with its neighbours, has asked for more aid."
    assert not [e for e in _events(nlp, rules, text, date(2017, 3, 7)) if e["event"] == "AGREE"]


def test_a_trip_from_a_country_is_no_visit_to_it(nlp: Any, rules: Any) -> None:
    text = "The traffickers made two trips from Bolivia last year."
    assert not [e for e in _events(nlp, rules, text, date(2017, 3, 7)) if e["event"] == "CONSULT"]
    text = "The Chilean minister made a trip to Argentina."
    (ev,) = _events(nlp, rules, text, date(2017, 3, 7))
    assert ev["event"] == "CONSULT" and _codes(ev["recipient"]) == {"ARG"}


def test_figures_that_show_how_are_no_protest(nlp: Any, rules: Any) -> None:
    text = "Police figures in Brazil demonstrate how violence has fallen."
    assert not _events(nlp, rules, text, date(2017, 3, 7))
    text = "Peruvian students demonstrated in Lima on Friday."
    assert [e["event"] for e in _events(nlp, rules, text, date(2017, 3, 7))] == ["PROTEST"]


def test_a_time_clause_under_a_modal_is_no_act_unless_told_as_past(nlp: Any, rules: Any) -> None:
    text = "Under the reform, Bolivian prosecutors can question a man while he is detained."
    assert not [e for e in _events(nlp, rules, text, date(2017, 3, 7)) if e["event"] == "COERCE"]
    text = "The Bolivian mayor could face prison after police arrested him on Monday."
    assert "COERCE" in [e["event"] for e in _events(nlp, rules, text, date(2017, 3, 7))]  # told as past: done


def test_money_redeployed_is_no_troops(nlp: Any, rules: Any) -> None:
    text = "The Irish finance minister said the savings will be redeployed to hospitals."
    assert not [e for e in _events(nlp, rules, text, date(2017, 3, 7)) if e["event"] == "MOBILIZE"]


def test_a_designation_as_terrorists_sanctions_them(nlp: Any, rules: Any) -> None:
    text = "The Canadian government designated the Somali militia leaders as terrorists on Tuesday."
    (ev,) = _events(nlp, rules, text, date(2017, 3, 7))
    assert ev["event"] == "SANCTION" and _codes(ev["actor"]) == {"CAN"}
    text = "Kenyan police named the dead man as a suspected terrorist on Tuesday."
    assert not [e for e in _events(nlp, rules, text, date(2017, 3, 7)) if e["event"] == "SANCTION"]


def test_a_statement_acts_for_its_author(nlp: Any, rules: Any) -> None:
    text = "A joint statement by Germany and Italy condemned the coup in Mali."
    (ev,) = _events(nlp, rules, text, date(2017, 3, 7))
    assert ev["event"] == "ACCUSE" and _codes(ev["actor"]) == {"DEU", "ITA"}
    text = "A statement from the French foreign ministry condemned the coup."
    (ev,) = _events(nlp, rules, text, date(2017, 3, 7))
    assert _codes(ev["actor"]) == {"FRA"}
    text = "A letter from prison condemned the Egyptian government on Tuesday."
    assert not [e for e in _events(nlp, rules, text, date(2017, 3, 7)) if "prison" in e["actor"][0]["text"]]


def test_an_investigation_into_an_accident_suspects_no_one(nlp: Any, rules: Any) -> None:
    text = "Indian police opened an inquiry into the derailment on Tuesday."
    assert not _events(nlp, rules, text, date(2008, 3, 4))
    text = "Indian police opened an inquiry into the murder of the reporter on Tuesday."
    (ev,) = _events(nlp, rules, text, date(2008, 3, 4))
    assert ev["event"] == "ACCUSE" and _codes(ev["actor"]) == {"IND"}


def test_dismissing_a_theory_rejects_no_one(nlp: Any, rules: Any) -> None:
    text = "Two German economists dismissed the idea that Chancellor Kohl had pressured the central bank."
    assert not [e for e in _events(nlp, rules, text, date(1987, 3, 4)) if e["event"] == "REJECT"]
    text = "The Bundesbank president dismissed the French proposal."
    (ev,) = _events(nlp, rules, text, date(1987, 3, 4))
    assert ev["event"] == "REJECT" and _codes(ev["recipient"]) == {"FRA"}


def test_a_state_is_not_accused_by_its_own_unnamed_authorities(nlp: Any, rules: Any) -> None:
    text = "Chile, which has been accused of unfair subsidies, denied the charge."
    assert [e["event"] for e in _events(nlp, rules, text, date(2015, 9, 18))] == ["REJECT"]


def test_the_noun_of_a_with_phrase_does_the_participle_after_it(nlp: Any, rules: Any) -> None:
    text = "Thousands of Syrians crossed into Jordan with the Jordanian king sending soldiers to the border."
    evs = [e for e in _events(nlp, rules, text, date(2015, 9, 18)) if e["event"] == "MOBILIZE"]
    assert evs and "king" in evs[0]["actor"][0]["text"]
    text = "Israeli troops raided the camp with helicopters firing missiles at the houses."
    evs = [e for e in _events(nlp, rules, text, date(2015, 9, 18)) if e["event"] == "ASSAULT"]
    assert evs and _codes(evs[0]["actor"]) == {"ISR"}  # weapons are wielded, not doers


def test_a_party_said_to_need_to_act_is_asked_to(nlp: Any, rules: Any) -> None:
    text = "Opposition leaders said the Kenyan government needed to publish the audit."
    (ev,) = _events(nlp, rules, text, date(2005, 3, 3))
    assert ev["event"] == "REQUEST" and _codes(ev["recipient"]) == {"KEN"}
    text = "Witnesses said Kenyan police had to fire tear gas at the crowd."
    assert "REQUEST" not in [e["event"] for e in _events(nlp, rules, text, date(2005, 3, 3))]  # done, not asked


def test_agreeing_that_something_is_so_is_an_opinion(nlp: Any, rules: Any) -> None:
    text = "Several Argentine economists agreed that the main problem is inflation."
    assert not _events(nlp, rules, text, date(2015, 9, 18))
    text = "Brazil and Argentina agreed that talks should resume next month."
    assert [e["event"] for e in _events(nlp, rules, text, date(2015, 9, 18))] == ["AGREE"]


def test_a_scheme_branded_a_failure_by_a_party_is_criticised(nlp: Any, rules: Any) -> None:
    text = "The government's rail scheme has been branded a shameful failure by Canadian senators."
    (ev,) = _events(nlp, rules, text, date(2005, 3, 18))
    assert ev["event"] == "ACCUSE" and _codes(ev["actor"]) == {"CAN"} and "senators" in ev["actor"][0]["text"]


def test_powers_to_act_are_no_act_unless_used(nlp: Any, rules: Any) -> None:
    text = "The Irish government wants to keep its powers to search homes at night."
    assert not _events(nlp, rules, text, date(2005, 3, 18))
    text = "The new bill gives Irish police the power to arrest protesters."
    assert not _events(nlp, rules, text, date(2005, 3, 18))
    text = "Israeli police used their powers to detain five Palestinians on Monday."
    assert [e["event"] for e in _events(nlp, rules, text, date(2005, 3, 18))] == ["COERCE"]


def test_an_act_inside_a_condition_is_hypothetical(nlp: Any, rules: Any) -> None:
    text = "If they have no documents they are going to be detained in camps, the Greek minister said."
    assert not _events(nlp, rules, text, date(2015, 3, 18))
    text = "Russia will impose sanctions on Ukraine if it joins NATO, Putin said."
    assert [e["event"] for e in _events(nlp, rules, text, date(2015, 3, 18))] == ["THREATEN"]  # promised: a threat


def test_a_headline_participle_with_no_auxiliary_is_passive(nlp: Any, rules: Any) -> None:
    text = "Chilean minister criticised for remarks about Peru"
    (ev,) = _events(nlp, rules, text, date(2019, 3, 18))
    assert ev["event"] == "ACCUSE" and "minister" in ev["recipient"][0]["text"]
    text = "Russian jets attacked near Aleppo"
    assert all(not e["recipient"] or "jets" not in e["recipient"][0]["text"] for e in _events(nlp, rules, text))
    text = "Two Peruvian soldiers ambushed"  # nothing after the participle: passive
    (ev,) = _events(nlp, rules, text, date(2019, 3, 18))
    assert "soldiers" in ev["recipient"][0]["text"] and not any("soldiers" in a["text"] for a in ev["actor"])


def test_an_arrest_told_by_a_foreign_authority_is_by_the_place_it_happened(nlp: Any, rules: Any) -> None:
    text = "A Colombian smuggler was arrested in Madrid last week, US prosecutors said."
    (ev,) = [e for e in _events(nlp, rules, text, date(2019, 3, 18)) if e["event"] == "COERCE"]
    assert _codes(ev["actor"]) == {"ESP"}


def test_asking_whether_something_happened_is_no_request(nlp: Any, rules: Any) -> None:
    text = "The Peruvian envoy was asked by reporters whether the talks with Chile had failed."
    assert not _events(nlp, rules, text, date(1987, 3, 18))
    text = "The Danish minister was asked by journalists about her plans for the budget."
    assert not _events(nlp, rules, text, date(2012, 3, 30))
    text = "The Japanese minister asked Washington to lift the tariffs."
    assert [e["event"] for e in _events(nlp, rules, text, date(1987, 3, 18))] == ["REQUEST"]


def test_a_party_name_inside_a_longer_one_is_not_that_party(nlp: Any, rules: Any) -> None:
    text = "The Unity Democratic Party criticised the government on Monday."
    assert not [e for e in _events(nlp, rules, text, date(1987, 6, 30)) if _codes(e["actor"]) == {"USA"}]
    text = "The US Democratic Party criticised President Bush on Monday."
    (ev,) = _events(nlp, rules, text, date(1987, 6, 30))
    assert _codes(ev["actor"]) == {"USA"}


def test_a_complaint_against_a_party_before_a_forum_targets_the_party(nlp: Any, rules: Any) -> None:
    text = "Canada lodged a grievance against Mexico with the WTO about farm subsidies."
    (ev,) = _events(nlp, rules, text, date(2005, 3, 18))
    assert ev["event"] == "ACCUSE" and _codes(ev["recipient"]) == {"MEX"}


def test_parties_that_blame_one_another_act_on_each_other(nlp: Any, rules: Any) -> None:
    text = "Chad and Sudan blamed each other on Tuesday for the border clashes."
    (ev,) = _events(nlp, rules, text, date(1987, 3, 30))
    assert ev["event"] == "ACCUSE" and _codes(ev["actor"]) | _codes(ev["recipient"]) == {"TCD", "SDN"}


def test_being_asked_about_a_plan_is_a_question(nlp: Any, rules: Any) -> None:
    text = "The Swedish minister said she had asked the Danish ambassador about the border checks."
    assert not [e for e in _events(nlp, rules, text, date(2016, 1, 5)) if e["event"] == "REQUEST"]


def test_a_case_thrown_out_of_court_expels_no_one(nlp: Any, rules: Any) -> None:
    text = "A Peruvian judge threw out the case against the two Colombian brothers."
    assert not [e for e in _events(nlp, rules, text, date(2012, 3, 30)) if e["event"] == "SANCTION"]


def test_hit_men_are_no_hitting(nlp: Any, rules: Any) -> None:
    text = "The cartel hired hit men to guard its ranch."
    assert not [e for e in _events(nlp, rules, text, date(2012, 3, 30)) if e["event"] == "ASSAULT"]
    text = "NATO aircraft will strike forces loyal to the Libyan government if they attack civilians."
    assert [e["event"] for e in _events(nlp, rules, text, date(2011, 3, 30))] == ["THREATEN"]


def test_what_neither_party_would_confirm_is_not_told(nlp: Any, rules: Any) -> None:
    text = "Neither the bank nor the German regulator would confirm that an inquiry into the deals had been opened."
    assert not _events(nlp, rules, text, date(1987, 3, 30))


def test_the_threat_of_a_storm_is_no_partys_threat(nlp: Any, rules: Any) -> None:
    text = "The Bangladeshi government took the threat of Cyclone Sidr very seriously."
    assert not _events(nlp, rules, text, date(2007, 11, 14))
    text = "Protests against the Pakistani government erupted in Karachi after the floods."
    assert [e["event"] for e in _events(nlp, rules, text, date(2010, 8, 14))] == ["PROTEST"]


def test_what_is_promised_to_go_on_until_an_act_leaves_the_act_undone(nlp: Any, rules: Any) -> None:
    text = "The students vowed to march every Friday until Finland signs the climate treaty."
    assert not [e for e in _events(nlp, rules, text, date(2019, 3, 30)) if e["event"] == "SUPPORT"]
    text = "Hamas vowed revenge after Israeli troops killed three of its fighters in Gaza on Monday."
    assert "ASSAULT" in [e["event"] for e in _events(nlp, rules, text, date(2019, 3, 30))]  # a past fact


def test_releasing_records_frees_no_one(nlp: Any, rules: Any) -> None:
    text = "The carrier released the call logs of its customers to investigators."
    assert not _events(nlp, rules, text, date(2013, 6, 8))


def test_a_backers_country_is_not_the_groups(nlp: Any, rules: Any) -> None:
    text = "Russian-backed separatists shelled Mariupol in Ukraine on Monday."
    (ev,) = _events(nlp, rules, text, date(2015, 10, 1))
    assert ev["event"] == "ASSAULT" and "RUS" not in _codes(ev["actor"])
    (ev,) = _events(nlp, rules, "Russian troops shelled Mariupol in Ukraine on Monday.", date(2015, 10, 1))
    assert _codes(ev["actor"]) == {"RUS"}


def test_an_act_promised_to_wait_for_stays_undone_in_the_past(nlp: Any, rules: Any) -> None:
    text = "The students promised a march every Friday until Finland signed the climate treaty."
    assert not [e for e in _events(nlp, rules, text, date(2019, 3, 30)) if e["event"] == "SUPPORT"]


def test_an_attack_that_left_people_dead_attacked_them(nlp: Any, rules: Any) -> None:
    text = "A car bomb outside a police station in Mosul left nine officers dead on Saturday."
    (ev,) = _events(nlp, rules, text, date(2016, 4, 3))
    assert ev["event"] == "ASSAULT" and _codes(ev["recipient"]) == {"IRQ"}
    assert "dead" not in ev["recipient"][0]["text"]
    text = "Masked gunmen left two farmers wounded near Sincelejo in Colombia."
    (ev,) = _events(nlp, rules, text, date(2016, 4, 3))
    assert ev["event"] == "ASSAULT" and ev["actor"][0]["text"] == "Masked gunmen"
    text = "A massacre at a prison in the Venezuelan city of Maracay left eleven prisoners dead."
    (ev,) = _events(nlp, rules, text, date(2016, 4, 3))
    assert ev["actor"][0]["name"] == "unidentified attackers" and _codes(ev["actor"]) == {"VEN"}
    text = "The floods in Sindh left forty villagers dead, and the verdict left the senator hurt."
    assert not _events(nlp, rules, text, date(2016, 4, 3))
    text = "Nurses in Mosul left the soldiers wounded in the fighting on stretchers overnight."
    assert "ASSAULT" not in [e["event"] for e in _events(nlp, rules, text, date(2016, 4, 3))]


def test_a_condition_told_by_inversion_is_hypothetical(nlp: Any, rules: Any) -> None:
    text = "Had the Peruvian army shelled the embassy, the hostages would have died."
    assert not [e for e in _events(nlp, rules, text, date(1997, 1, 3)) if e["event"] == "ASSAULT"]
    text = "Were Chile to expel the Bolivian consul, La Paz would recall its envoy."
    assert not [e for e in _events(nlp, rules, text, date(1997, 1, 3)) if e["event"] == "COERCE"]
    text = "The Peruvian army shelled the rebel camp near Lima on Tuesday."
    assert [e["event"] for e in _events(nlp, rules, text, date(1997, 1, 3))] == ["ASSAULT"]


def test_an_attack_told_as_a_noun_on_a_policy_is_words(nlp: Any, rules: Any) -> None:
    text = "The Dutch premier launched a sharp attack on the Belgian budget plan."
    (ev,) = _events(nlp, rules, text, date(1987, 4, 3))
    assert ev["event"] == "ACCUSE" and _codes(ev["recipient"]) == {"BEL"}
    text = "The Dutch army launched an attack on Belgian positions near the river."
    (ev,) = _events(nlp, rules, text, date(1987, 4, 3))
    assert ev["event"] == "ASSAULT"
    text = "Separatists launched a rocket attack on the Belgian dam plan near the river."
    assert "ACCUSE" not in [e["event"] for e in _events(nlp, rules, text, date(1987, 4, 3))]
    text = "The Belgian premier launched a blistering attack on the Dutch foreign minister."
    assert [e["event"] for e in _events(nlp, rules, text, date(1987, 4, 3))] == ["ACCUSE"]


def test_an_all_caps_headline_lowers_short_words_someone_is_called(nlp: Any, rules: Any) -> None:
    from eventwire.nlp.pipeline import english_words

    english = english_words(nlp)
    line = rules.recase("CANADA URGES SUDAN TO FREE PRISONERS", english)
    assert line.startswith("Canada urges Sudan to free"), line
    assert "talks with US" in rules.recase("CHINA OPENS TALKS WITH US ON TRADE", english)
    assert "Hamas" in rules.recase("ISRAEL STRIKES HAMAS POSITIONS", english)


def test_a_target_its_or_their_owns_is_of_the_nearest_party_before_it(nlp: Any, rules: Any) -> None:
    text = "Armenia said Azerbaijani gunmen ambushed its supply convoy near the river."
    (ev,) = _events(nlp, rules, text, date(2008, 8, 3))
    assert ev["event"] == "ASSAULT" and _codes(ev["recipient"]) == {"ARM"}
    text = "Somali pirates seized a Danish freighter off the coast and detained its sailors."
    evs = [e for e in _events(nlp, rules, text, date(2008, 8, 3)) if "detained" in e["mentions"][0]["trigger"]]
    assert evs and all(_codes(e["recipient"]) == {"DNK"} for e in evs)
    text = "Moscow said Georgian troops had shelled Abkhazia and its villages."
    assert "RUS" not in {c for e in _events(nlp, rules, text, date(2008, 8, 3)) for c in _codes(e["recipient"])}


def test_what_is_answered_happened_whatever_the_answer(nlp: Any, rules: Any) -> None:
    text = "Armenia will retaliate for the Azerbaijani shelling of Armenian villages."
    assert [e["event"] for e in _events(nlp, rules, text, date(2008, 8, 3))] == ["ASSAULT"]


def test_deaths_when_a_vehicle_overturns_are_no_attack(nlp: Any, rules: Any) -> None:
    text = "Fourteen pilgrims were killed in Nepal when their bus overturned on a mountain road."
    assert not _events(nlp, rules, text, date(2015, 9, 17))
    text = "Gunmen killed fourteen pilgrims in Nepal when their bus stopped on a mountain road."
    assert [e["event"] for e in _events(nlp, rules, text, date(2015, 9, 17))] == ["ASSAULT"]
    text = "Cyclone Idai killed hundreds of villagers in Mozambique."
    assert not _events(nlp, rules, text, date(2019, 3, 17))


def test_a_fine_coerces_and_a_company_is_of_its_home_country(nlp: Any, rules: Any) -> None:
    text = "Nigeria's central bank fined Deutsche Bank for breaking currency rules in Lagos."
    (ev,) = _events(nlp, rules, text, date(2016, 4, 3))
    assert ev["event"] == "COERCE" and _codes(ev["recipient"]) == {"DEU"} and "BUS" in ev["recipient"][0]["sectors"]
    text = "The Nigerian striker was fined by the league after the cup match in Lagos."
    assert not _events(nlp, rules, text, date(2016, 4, 3))


def test_a_told_doer_wins_over_unidentified_attackers_in_one_sentence(nlp: Any, rules: Any) -> None:
    text = "Four villagers were killed after militants opened fire near Peshawar, Pakistan."
    (ev,) = [e for e in _events(nlp, rules, text, date(2015, 6, 1)) if e["event"] == "ASSAULT"]
    assert ev["actor"][0]["text"] == "militants" and ev["recipient"], ev


def test_a_price_and_a_survey_are_no_acts(nlp: Any, rules: Any) -> None:
    text = "Nairobi will charge truck drivers 20 dollars a day to cross the city, Kenyan officials said."
    assert "ACCUSE" not in [e["event"] for e in _events(nlp, rules, text, date(2005, 6, 1))]
    text = "The Gallup survey, which questioned 2,000 Kenyans, found most voters backed the president."
    assert not _events(nlp, rules, text, date(2005, 6, 1))
    text = "Kenyan police questioned the opposition leader for six hours."
    assert [e["event"] for e in _events(nlp, rules, text, date(2005, 6, 1))] == ["ACCUSE"]


def test_ending_an_election_campaign_is_no_ceasefire(nlp: Any, rules: Any) -> None:
    text = "The Kenyan opposition leader ended his presidential campaign in Nairobi on Friday."
    assert "RETREAT" not in [e["event"] for e in _events(nlp, rules, text, date(2020, 3, 5))]
    text = "Somali troops ended their military campaign against al-Shabaab in Kismayo."
    assert "RETREAT" in [e["event"] for e in _events(nlp, rules, text, date(2020, 3, 5))]


def test_a_us_state_is_the_states_before_a_town_abroad_of_that_name(nlp: Any, rules: Any) -> None:
    text = "A federal court in Montana sentenced the Mexican smuggler to ten years."
    (ev,) = _events(nlp, rules, text, date(2015, 6, 1))
    assert _codes(ev["actor"]) == {"USA"} and (ev["event_loc"] or {}).get("country_code") in (None, "USA")


def test_talks_counted_in_days_are_the_occasion_of_their_clause(nlp: Any, rules: Any) -> None:
    text = "The Peruvian minister spoke to reporters after three days of talks with Chilean officials."
    (ev,) = _events(nlp, rules, text, date(2015, 6, 1))
    assert ev["event"] == "CONSULT" and _codes(ev["actor"]) == {"PER"} and _codes(ev["recipient"]) == {"CHL"}
    text = "The Chinese premier left Nairobi at the end of a three-day visit to Kenya."
    (ev,) = _events(nlp, rules, text, date(2015, 6, 1))
    assert ev["event"] == "CONSULT" and _codes(ev["actor"]) == {"CHN"} and _codes(ev["recipient"]) == {"KEN"}


def test_one_person_agreeing_with_a_remark_is_no_agreement(nlp: Any, rules: Any) -> None:
    text = "The Dutch finance minister, Mr Visser, agreed and said the numbers needed context."
    assert not _events(nlp, rules, text, date(2015, 6, 1))
    for text in (
        "Portugal agreed to the Spanish request on Tuesday.",
        "The Sudanese government has agreed, a United Nations spokesman said on Monday.",
        "Iran agreed and said talks would resume on Monday.",
        "Israeli Prime Minister Netanyahu has agreed, an American official said.",
    ):
        assert [e["event"] for e in _events(nlp, rules, text, date(2015, 6, 1))] == ["AGREE"], text


def test_striving_hitting_home_and_shares_are_no_acts(nlp: Any, rules: Any) -> None:
    for text in (
        "The Greek government is fighting to avert a collapse of its banks.",
        "The Greek government is fighting to pass the reforms by Friday.",
        "Somali pirates are mainly found attacking ships off the Kenyan coast.",
        "The Labour message on jobs was hitting home in Wales.",
        "About 30 percent of the Honduran suspects were released within a week.",
    ):
        assert not _events(nlp, rules, text, date(2015, 6, 1)), text
    for text in (
        "Kurdish fighters fought Islamic State militants near Kobani.",
        "The Nigerian army is fighting to retake Gwoza from Boko Haram militants.",
    ):
        assert [e["event"] for e in _events(nlp, rules, text, date(2015, 6, 1))] == ["ASSAULT"], text
    text = "Hundreds of Afghan migrants were deported home by Iranian police last week."
    assert [e["event"] for e in _events(nlp, rules, text, date(2015, 6, 1))] == ["COERCE"]
    text = "A large proportion of the Iraqi detainees were tortured by American guards, the Iraqi minister said."
    (ev,) = _events(nlp, rules, text, date(2015, 6, 1))
    assert ev["event"] == "ASSAULT" and _codes(ev["actor"]) == {"USA"}


def test_praise_and_scorn_heaped_on_a_party(nlp: Any, rules: Any) -> None:
    text = "The Peruvian president heaped praise on the Bolivian mediators."
    (ev,) = _events(nlp, rules, text, date(2015, 6, 1))
    assert ev["event"] == "SUPPORT" and _codes(ev["recipient"]) == {"BOL"}
    text = "The Dutch premier poured scorn on the Belgian proposal."
    (ev,) = _events(nlp, rules, text, date(2015, 6, 1))
    assert ev["event"] == "ACCUSE" and _codes(ev["recipient"]) == {"BEL"}
    assert not _events(nlp, rules, "Firefighters poured water on the burning bus in Lima.", date(2015, 6, 1))


def test_a_renewed_call_for_a_party_to_act_is_a_request(nlp: Any, rules: Any) -> None:
    text = "The Canadian senator renewed his call for Cuba to free the dissidents."
    (ev,) = _events(nlp, rules, text, date(2015, 6, 1))
    assert ev["event"] == "REQUEST" and _codes(ev["actor"]) == {"CAN"} and _codes(ev["recipient"]) == {"CUB"}
    text = "The British prime minister had a telephone call on Sunday with the Iranian president."
    assert [e["event"] for e in _events(nlp, rules, text, date(2015, 6, 1))] == ["CONSULT"]


def test_avenging_is_violence_and_blasting_a_platform_is_fire(nlp: Any, rules: Any) -> None:
    text = "The Syrian army vowed to avenge the attack by Turkey."
    (ev,) = _events(nlp, rules, text, date(2015, 6, 1))
    assert ev["event"] == "THREATEN" and _codes(ev["recipient"]) == {"TUR"}
    text = "Russian warships blasted a Georgian oil platform."
    (ev,) = _events(nlp, rules, text, date(2015, 6, 1))
    assert ev["event"] == "ASSAULT" and _codes(ev["recipient"]) == {"GEO"}
    text = "The French minister blasted the German position on migrants."
    assert "ASSAULT" not in [e["event"] for e in _events(nlp, rules, text, date(2015, 6, 1))]
    text = "Argentina avenged their World Cup defeat by Germany with a 2-0 win in Buenos Aires."
    assert not _events(nlp, rules, text, date(2015, 6, 1))
    text = "Iraqi Shiite militias avenged the killing of their commander by attacking Sunni villages."
    (ev,) = _events(nlp, rules, text, date(2015, 6, 1))
    assert ev["event"] == "ASSAULT" and ev["recipient"][0]["text"] == "Sunni villages"
    text = "Syrian rebels attacked the government airbase by detonating a truck bomb."
    (ev,) = _events(nlp, rules, text, date(2015, 6, 1))
    assert ev["event"] == "ASSAULT" and ev["recipient"][0]["text"] == "the government airbase"


def test_offering_soldiers_for_relief_is_no_threat(nlp: Any, rules: Any) -> None:
    text = "Norway has offered to send 200 soldiers to help with flood relief in Pakistan."
    assert [e["event"] for e in _events(nlp, rules, text, date(2015, 6, 1))] == ["AGREE"]
    text = "The American president offered to expel the Russian diplomats if Moscow did not comply."
    assert [e["event"] for e in _events(nlp, rules, text, date(2015, 6, 1))] == ["THREATEN"]
    text = "Kenya agreed to send police to Haiti if the UN paid."
    assert [e["event"] for e in _events(nlp, rules, text, date(2015, 6, 1))] == ["AGREE"]


def test_a_county_of_a_us_state_is_in_that_state(nlp: Any, rules: Any) -> None:
    text = "Two Mexican men were jailed in a Texas county on Friday."
    (ev,) = _events(nlp, rules, text, date(2015, 6, 1))
    assert ev["event"] == "SANCTION" and _codes(ev["actor"]) == {"USA"}
    text = "Two Mexican men were arrested in Ontario County, New York, on Friday."
    (ev,) = _events(nlp, rules, text, date(2015, 6, 1))
    assert _codes(ev["actor"]) == {"USA"}


def test_reactions_told_by_idiom_are_criticism(nlp: Any, rules: Any) -> None:
    for text, target in (
        ("Turkish officials reacted with anger to the Dutch vote on Tuesday.", "NLD"),
        ("The French premier railed against the Spanish government on Sunday.", "ESP"),
    ):
        (ev,) = _events(nlp, rules, text, date(2015, 6, 1))
        assert ev["event"] == "ACCUSE" and _codes(ev["recipient"]) == {target}, text


def test_what_would_have_happened_did_not(nlp: Any, rules: Any) -> None:
    text = "A firm pledge from the Japanese banks would have aided the Thai government, the Thai minister said."
    assert not _events(nlp, rules, text, date(2015, 6, 1))
    text = "The Israeli army said it would have withdrawn its troops from Gaza by Friday."
    assert _events(nlp, rules, text, date(2015, 6, 1))


def test_the_leads_unnamed_official_is_the_next_sentence_named_subject(nlp: Any, rules: Any) -> None:
    text = (
        "A senior Dutch official said that new tariffs in Washington could trigger retaliation.\n\n"
        "Pieter Hallema, secretary for trade, said that the community would have to respond.\n\n"
        "Hallema also called for greater cooperation with the United States to open Asian markets."
    )
    (ev,) = [e for e in _events(nlp, rules, text, date(1987, 3, 4)) if e["event"] == "REQUEST"]
    assert _codes(ev["actor"]) == {"NLD"} and _codes(ev["recipient"]) == {"USA"}
    text = (
        "A senior American diplomat said Washington would press for new sanctions.\n\n"
        "Ali Rezaei, the chief negotiator, rejected the American demands."
    )
    (ev,) = [e for e in _events(nlp, rules, text, date(2015, 6, 1)) if e["event"] == "REJECT"]
    assert "USA" not in _codes(ev["actor"])
    text = "John Barrett, who leads the delegation, said the talks had collapsed. The Iranian officials accused him."
    (ev,) = [e for e in _events(nlp, rules, text, date(2015, 6, 1)) if e["event"] == "ACCUSE"]
    assert "IRN" not in _codes(ev["recipient"])


def test_an_assault_on_a_social_ill_is_a_campaign(nlp: Any, rules: Any) -> None:
    text = "The Indian minister said the government would launch a direct assault on poverty in Bihar."
    assert not _events(nlp, rules, text, date(2015, 6, 1))
    for text in (
        "The Indian army launched an assault on rebel positions in Kashmir.",
        "Brazilian troops launched an assault on crime in the favelas of Rio.",
    ):
        assert [e["event"] for e in _events(nlp, rules, text, date(2015, 6, 1))] == ["ASSAULT"], text


def test_admissions_and_hosted_games_are_no_acts(nlp: Any, rules: Any) -> None:
    for text in (
        "The Portuguese minister conceded that the plan had failed.",
        "Scotland will host the Commonwealth Games in Glasgow next year.",
    ):
        assert not _events(nlp, rules, text, date(2015, 6, 1)), text
    text = "The Colombian government conceded that FARC rebels could keep their weapons during the talks."
    assert [e["event"] for e in _events(nlp, rules, text, date(2015, 6, 1))] == ["CONCEDE"]


def test_a_verdict_in_apposition_and_a_naive_plan_are_criticism(nlp: Any, rules: Any) -> None:
    for text, target in (
        ("The Irish minister branded the British proposals an insult.", "GBR"),
        ("The French minister said the German plan was naive.", "DEU"),
    ):
        (ev,) = _events(nlp, rules, text, date(2015, 6, 1))
        assert ev["event"] == "ACCUSE" and _codes(ev["recipient"]) == {target}, text


def test_the_short_name_of_a_named_organisation_is_that_organisation(nlp: Any, rules: Any) -> None:
    text = (
        "Ministers of the European Community will discuss steel quotas with Japan on Monday.\n\n"
        "The Community criticised Japan over its steel exports, diplomats said."
    )
    (ev,) = [e for e in _events(nlp, rules, text, date(1987, 4, 24)) if e["event"] == "ACCUSE"]
    assert _codes(ev["actor"]) == {"EUR"} and _codes(ev["recipient"]) == {"JPN"}
    text = "The World Bank President visited Nairobi.\n\nThe president accused the Kenyan opposition of lying."
    (ev,) = [e for e in _events(nlp, rules, text, date(2015, 6, 1)) if e["event"] == "ACCUSE"]
    assert _codes(ev["actor"]) == {"KEN"}


def test_calls_for_a_party_to_act_hung_on_the_verb_name_that_party(nlp: Any, rules: Any) -> None:
    text = "Ghanaian union leaders repeated their calls for the Nigerian president to step down."
    (ev,) = _events(nlp, rules, text, date(2015, 6, 1))
    assert ev["event"] == "REQUEST" and _codes(ev["actor"]) == {"GHA"} and _codes(ev["recipient"]) == {"NGA"}


def test_a_demand_that_a_party_act_names_that_party(nlp: Any, rules: Any) -> None:
    text = "Chilean miners demanded that the government reopen the copper pits."
    (ev,) = _events(nlp, rules, text, date(2015, 6, 1))
    assert ev["event"] == "REQUEST" and ev["recipient"][0]["text"] == "the government"
    assert _codes(ev["recipient"]) == {"CHL"}


def test_a_condemned_killing_targets_its_killers_not_its_victims(nlp: Any, rules: Any) -> None:
    text = "Poland condemned the killing of three Ukrainian aid workers."
    (ev,) = _events(nlp, rules, text, date(2015, 6, 1))
    assert ev["event"] == "ACCUSE" and "UKR" not in _codes(ev["recipient"])
    text = (
        "Boko Haram militants killed two Chadian soldiers near Lake Chad on Sunday. "
        "Niger condemned the killing of the soldiers."
    )
    (ev,) = [e for e in _events(nlp, rules, text, date(2015, 6, 1)) if e["event"] == "ACCUSE"]
    assert _codes(ev["recipient"]) == {"NGA"}
    text = "Britain condemned Syria's killing of protesters."
    (ev,) = _events(nlp, rules, text, date(2015, 6, 1))
    assert _codes(ev["recipient"]) == {"SYR"}


def test_one_act_on_people_of_several_countries_is_one_event(nlp: Any, rules: Any) -> None:
    text = "Chilean police arrested three Bolivians and a Peruvian in Arica on Monday."
    (ev,) = _events(nlp, rules, text, date(2015, 6, 1))
    assert ev["event"] == "COERCE" and _codes(ev["recipient"]) == {"BOL", "PER"}


def test_two_verbs_of_one_act_on_one_target_are_one_event(nlp: Any, rules: Any) -> None:
    text = "Indian jets attacked and destroyed a Pakistani radar station on Tuesday."
    (ev,) = _events(nlp, rules, text, date(2015, 6, 4))
    assert ev["event"] == "ASSAULT" and ev["date"] == "2015-06-02"
    text = "Spanish police detained nine Moroccans and seized six boats in Cadiz on Friday."
    assert sorted(e["cameo"][:3] for e in _events(nlp, rules, text, date(2015, 6, 4))) == ["171", "173"]


def test_custody_and_a_challenge_to_act(nlp: Any, rules: Any) -> None:
    for text, event, target in (
        ("The Chilean smuggler was taken into custody by Argentine police.", "COERCE", "CHL"),
        ("The Dutch premier challenged Belgium to close its nuclear plants.", "REQUEST", "BEL"),
    ):
        (ev,) = _events(nlp, rules, text, date(2015, 6, 1))
        assert ev["event"] == event and _codes(ev["recipient"]) == {target}, text
    assert not _events(nlp, rules, "The Greek government challenged the Belgian ruling in court.", date(2015, 6, 1))


def test_acts_denied_by_their_subject_judged_unfeasible_or_only_aimed_at_are_not_done(nlp: Any, rules: Any) -> None:
    for text in (
        "Not a single charge has been filed against the Bolivian ministers.",
        "A full search of the Russian trucks is not feasible, the Polish customs chief said.",
        "The Kurdish militia's main aim is to capture Raqqa, Syrian officials said.",
        "Ankara hoped the court would find that the Greek navy had violated its waters.",
    ):
        assert not _events(nlp, rules, text, date(2015, 6, 1)), text


def test_an_act_one_is_going_to_do_is_intended(nlp: Any, rules: Any) -> None:
    text = "Turkish police are going to arrest the Syrian smugglers."
    (ev,) = _events(nlp, rules, text, date(2015, 6, 1))
    assert ev["event"] == "THREATEN" and _codes(ev["recipient"]) == {"SYR"}


def test_a_name_set_off_by_commas_before_the_only_verb_is_its_subject(nlp: Any, rules: Any) -> None:
    text = "Ahmed Karimi, for the Iranian reformists, called on Washington to lift the sanctions."
    (ev,) = _events(nlp, rules, text, date(2015, 6, 1))
    assert ev["event"] == "REQUEST" and ev["actor"][0]["text"] == "Ahmed Karimi"
    assert _codes(ev["recipient"]) == {"USA"}


def test_telling_a_party_it_must_act_is_a_request_to_that_party(nlp: Any, rules: Any) -> None:
    text = "The Thai premier told the Cambodian delegates they must withdraw their troops."
    (ev,) = _events(nlp, rules, text, date(2015, 6, 1))
    assert ev["event"] == "REQUEST" and _codes(ev["recipient"]) == {"KHM"}
    text = "The Thai premier told the Cambodian delegates we must find a solution."
    assert "REQUEST" not in [e["event"] for e in _events(nlp, rules, text, date(2015, 6, 1))]


def test_a_party_attacking_a_rival_party_speaks(nlp: Any, rules: Any) -> None:
    text = "The Tory leader attacked Labour's waste and debt."
    (ev,) = _events(nlp, rules, text, date(2005, 3, 1))
    assert ev["event"] == "ACCUSE" and _codes(ev["actor"]) == _codes(ev["recipient"]) == {"GBR"}


def test_a_described_group_means_the_last_group_of_that_kind(nlp: Any, rules: Any) -> None:
    text = (
        "Shining Path guerrillas kidnapped three Italian engineers near Ayacucho on Monday. "
        "The rebel group said it would release the engineers."
    )
    (ev,) = [e for e in _events(nlp, rules, text, date(1990, 5, 10)) if e["event"] == "AGREE"]
    assert _codes(ev["actor"]) == {"PER"} and _codes(ev["recipient"]) == {"ITA"}


def test_victims_told_beside_a_named_attack_are_its_victims(nlp: Any, rules: Any) -> None:
    text = "Ethiopia said its troops shelled rebel bases near Humera overnight, adding that 300 Eritreans were killed."
    kills = [e for e in _events(nlp, rules, text, date(1999, 3, 2)) if _codes(e["recipient"]) == {"ERI"}]
    assert kills and all(_codes(e["actor"]) == {"ETH"} for e in kills)
    text = "Gunmen attacked a police post in Quetta, and two Afghan traders were killed in a separate blast."
    (ev,) = [e for e in _events(nlp, rules, text, date(1999, 3, 2)) if _codes(e["recipient"]) == {"AFG"}]
    assert "PAK" not in _codes(ev["actor"]) and ev["actor"][0]["text"] != "Gunmen"


def test_a_verdict_noun_of_failure_or_waste_is_criticism(nlp: Any, rules: Any) -> None:
    for text, target in (
        ("The Chilean senator branded the Peruvian fishing plan a waste of time.", "PER"),
        ("The Kenyan minister called the Somali president a disappointment.", "SOM"),
    ):
        (ev,) = _events(nlp, rules, text, date(2015, 6, 1))
        assert ev["event"] == "ACCUSE" and _codes(ev["recipient"]) == {target}, text


def test_a_demand_on_pain_of_a_penalty_is_a_threat(nlp: Any, rules: Any) -> None:
    text = "The Indian minister told Nepal to reopen the border or face an oil embargo."
    (ev,) = _events(nlp, rules, text, date(2015, 6, 1))
    assert ev["event"] == "THREATEN" and _codes(ev["recipient"]) == {"NPL"}
    text = "The Indian minister told Nepal to reopen the border or the trade routes."
    assert [e["event"] for e in _events(nlp, rules, text, date(2015, 6, 1))] == ["REQUEST"]


def test_near_misses_of_the_new_readings_keep_their_reading(nlp: Any, rules: Any) -> None:
    assert _types(nlp, rules, "Moscow said the American plan was unacceptable.") == [
        "ACCUSE"
    ]  # a plan judged, not an aim
    assert _types(nlp, rules, "The ministry can confirm that French jets struck rebel targets in Raqqa.") == ["ASSAULT"]
    assert _types(nlp, rules, "Obama hailed the nuclear pact with Iran.") == ["SUPPORT"]
    assert _types(nlp, rules, "Supporters of the Awami League attacked BNP activists with machetes in Dhaka.") == [
        "ASSAULT"
    ]
    assert _types(nlp, rules, "Turkish police arrested and deported two German journalists on Monday.") == [
        "COERCE",
        "COERCE",
    ]
    assert _types(nlp, rules, "The British consul was taken to the prison on Monday to see the detained Britons.") == []
    assert _types(nlp, rules, "Netanyahu told Kerry he must defend Israel's citizens against rockets from Gaza.") == []
    assert _types(nlp, rules, "Not all of the detained Syrians were released by Turkish police.") == ["RETREAT"]
    text = "Islamic State militants bombed a mosque in Kuwait on Friday. Saudi Arabia condemned the attack."
    (ev,) = [e for e in _events(nlp, rules, text, date(2015, 9, 10)) if e["event"] == "ACCUSE"]
    assert ev["recipient"] and ev["recipient"][0]["name"] == "Islamic State"
    text = "French and Malian soldiers arrested two Algerians and a Tunisian near Gao."
    assert sorted(tuple(sorted(_codes(e["actor"]))) for e in _events(nlp, rules, text, date(2015, 9, 10))) == [
        ("FRA",),
        ("MLI",),
    ]
    text = "Abu Bakr, a senior rebel commander, killed in a US air strike in Raqqa."
    assert not any(e["actor"] and e["actor"][0]["text"] == "Abu Bakr" for e in _events(nlp, rules, text))


def test_an_attack_by_a_party_as_subject_is_that_party_s(nlp: Any, rules: Any) -> None:
    text = "An attack by al-Shabaab killed nine Kenyan soldiers near Lamu on Monday."
    (ev,) = _events(nlp, rules, text, date(2015, 6, 4))
    assert ev["event"] == "ASSAULT" and ev["actor"][0]["text"] != "" and _codes(ev["recipient"]) == {"KEN"}
    assert "al-Shabaab" in ev["actor"][0]["text"]


def test_agreeing_that_something_happened_is_an_opinion(nlp: Any, rules: Any) -> None:
    text = "The Canadian finance minister agreed that the peso had not fallen far enough."
    assert not _events(nlp, rules, text, date(2015, 6, 1))
    text = "Chile and Peru agreed that they would reopen the border."
    assert [e["event"] for e in _events(nlp, rules, text, date(2015, 6, 1))] == ["AGREE"]


def test_beating_a_rival_to_become_first_is_a_race_won(nlp: Any, rules: Any) -> None:
    assert not _events(nlp, rules, "Vietnam beat Thailand to become the largest rice exporter.", date(2015, 6, 1))
    text = "Thai police beat Cambodian migrants at the border."
    assert [e["event"] for e in _events(nlp, rules, text, date(2015, 6, 1))] == ["ASSAULT"]


def test_near_misses_of_the_later_readings_keep_their_reading(nlp: Any, rules: Any) -> None:
    assert _types(nlp, rules, "Ruling party supporters attacked opposition activists in Lusaka on Sunday.") == [
        "ASSAULT"
    ]
    assert _types(nlp, rules, "The ruling party attacked the opposition leader's convoy in Lusaka.") == ["ASSAULT"]
    assert _types(nlp, rules, "Soldiers beat the villagers to win a confession.") == ["ASSAULT"]
    assert _types(nlp, rules, "Police beat Ahmed Hassan to win a confession.") == ["ASSAULT"]
    assert _types(nlp, rules, "India and Pakistan agreed that their troops had violated the ceasefire.") == ["AGREE"]
    assert _types(nlp, rules, "Labour attacked the Home Office over the asylum figures.") == ["ACCUSE"]
    assert _types(nlp, rules, "The Belgian minister said the Dutch plan was not a failure.") == []
    assert _types(nlp, rules, "Doctors told the Kenyan minister to rest or face a breakdown.") == ["REQUEST"]
    text = "French troops attacked rebel positions in Mali on Monday, and two French soldiers were killed."
    killed = [e for e in _events(nlp, rules, text) if any("soldiers" in r["text"] for r in e["recipient"])]
    assert killed and all(e["actor"][0]["text"] != "French troops" for e in killed)  # their own dead
    text = "Spanish police arrested a Briton in Madrid and a German in Bilbao on Tuesday."
    assert len(_events(nlp, rules, text, date(2015, 9, 10))) == 2
    text = "Ukraine condemned the shelling of Mariupol by Russian forces."
    (ev,) = _events(nlp, rules, text, date(2015, 9, 10))
    assert _codes(ev["recipient"]) == {"RUS"}


def test_a_wish_that_another_party_do_a_deed_is_a_request(nlp: Any, rules: Any) -> None:
    text = "Greek farmers want the Greek government to scrap the fuel tax."
    (ev,) = _events(nlp, rules, text, date(2015, 6, 1))
    assert ev["event"] == "REQUEST" and ev["recipient"][0]["text"] == "the Greek government"
    for text in (
        "Beijing wants Taiwan to remain calm.",
        "The Pope wants the world to know the truth about Syria.",
        "The Greek finance ministry wants investors to buy the new bonds.",
    ):
        assert not _events(nlp, rules, text, date(2015, 6, 1)), text


def test_a_company_withdrawing_its_staff_is_no_diplomatic_recall(nlp: Any, rules: Any) -> None:
    assert not _events(nlp, rules, "The Kenyan mining firm withdrew its staff from Somalia.", date(2015, 6, 1))
    text = "The Chinese company signed an agreement with the Kenyan government."
    assert [e["event"] for e in _events(nlp, rules, text, date(2015, 6, 1))] == ["SUPPORT"]
    (ev,) = _events(nlp, rules, "Britain withdrew its embassy staff from Yemen.", date(2015, 6, 1))
    assert ev["event"] == "SANCTION" and _codes(ev["recipient"]) == {"YEM"}


def test_a_region_or_big_city_the_tagger_misreads_still_gives_the_country(nlp: Any, rules: Any) -> None:
    from eventwire.resolve.places import default_gazetteer

    g = default_gazetteer()
    assert g.subdivision_country("Michoacan") == "MEX"  # "Michoacán de Ocampo" as news calls it
    assert g.subdivision_country("Santiago") is None  # Chile's capital, not the short name of a Cuban province
    (ev,) = _events(nlp, rules, "Police in Sinaloa arrested four suspected smugglers on Tuesday.", date(2015, 6, 1))
    assert _codes(ev["actor"]) == {"MEX"}
    text = "Soldiers arrested two suspected kidnappers in Culiacan on Friday."
    (ev,) = _events(nlp, rules, text, date(2015, 6, 1))
    assert _codes(ev["actor"]) == {"MEX"} and ev["event_loc"]["name"] == "Culiacán"


def test_a_call_for_a_party_to_act_asks_that_party(nlp: Any, rules: Any) -> None:
    text = "Dutch fishermen have been calling for the ministry to lift the quota."
    (ev,) = _events(nlp, rules, text, date(2015, 6, 1))
    assert ev["event"] == "REQUEST" and ev["recipient"][0]["text"] == "the ministry"


def test_a_town_named_with_its_country_is_that_country_s(nlp: Any, rules: Any) -> None:
    text = "Soldiers detained six suspected smugglers in Tula, Mexico, on Monday."  # a big Russian city too
    (ev,) = _events(nlp, rules, text, date(2015, 6, 1))
    assert _codes(ev["actor"]) == {"MEX"}
    text = "Police arrested two men in Birmingham after a tip from the United States."  # no town of the US
    (ev,) = _events(nlp, rules, text, date(2015, 6, 1))
    assert _codes(ev["actor"]) != {"USA"}


def test_a_place_a_target_lies_near_is_not_its_owner(nlp: Any, rules: Any) -> None:
    (ev,) = _events(nlp, rules, "Warships shelled a Libyan gun battery 30 km west of Malta.", date(2015, 6, 1))
    assert _codes(ev["recipient"]) == {"LBY"}


def test_regret_over_another_party_s_act_disapproves_of_it(nlp: Any, rules: Any) -> None:
    text = "Sweden voiced regret over Finland's decision to close two border crossings."
    (ev,) = _events(nlp, rules, text, date(2015, 6, 1))
    assert ev["event"] == "ACCUSE" and _codes(ev["recipient"]) == {"FIN"}
    assert _types(nlp, rules, "Austria expressed regret for its handling of the crisis.") == ["CONCEDE"]
    for text in (
        "The Belgian minister expressed regret over Congolese civilian deaths.",  # victims, not wrongdoers
        "Japan voiced regret over Japan's decision to leave the treaty.",  # its own step
    ):
        assert _types(nlp, rules, text) == ["CONCEDE"], text


def test_a_demand_a_refusal_answers_pairs_the_two(nlp: Any, rules: Any) -> None:
    text = "Striking Chilean miners demanded a bonus, but the company has refused."
    events = {e["event"]: e for e in _events(nlp, rules, text, date(2015, 6, 1))}
    assert events["REQUEST"]["recipient"][0]["text"] == "the company"
    assert events["REJECT"]["recipient"][0]["text"] == "Striking Chilean miners"
    text = "The Norwegian nurses demanded a new contract, which the health ministry rejected."
    (rejected,) = [e for e in _events(nlp, rules, text, date(2015, 6, 1)) if e["event"] == "REJECT"]
    assert rejected["actor"][0]["text"] == "the health ministry" and "nurses" in rejected["recipient"][0]["text"]
    text = "Serbia demanded an apology, and Croatia rejected the Bosnian envoy."  # another refusal, of its own
    assert all(e["event"] != "REJECT" or _codes(e["recipient"]) == {"BIH"} for e in _events(nlp, rules, text))
    text = "Kurdish rebels called for talks, but the Turkish government declined to comment."
    assert all(not e["recipient"] or e["recipient"][0]["code"] != "TUR" for e in _events(nlp, rules, text))


def test_calling_on_a_party_with_nothing_asked_is_a_visit(nlp: Any, rules: Any) -> None:
    text = "The Malawian foreign minister called on President Hichilema in Lusaka on Monday."
    (ev,) = _events(nlp, rules, text, date(2022, 6, 1))
    assert ev["event"] == "CONSULT" and _codes(ev["actor"]) == {"MWI"} and _codes(ev["recipient"]) == {"ZMB"}
    (ev,) = _events(nlp, rules, "Norway called on Sudan to free the journalists.", date(2022, 6, 1))
    assert ev["event"] == "REQUEST"
    (ev,) = _events(nlp, rules, "Norway called on Sudan for restraint.", date(2022, 6, 1))
    assert ev["event"] == "REQUEST"
    assert _types(nlp, rules, "The UN chief called on Sudan over the refugee crisis.") != ["CONSULT"]


def test_a_finding_of_another_party_s_wrongdoing_is_criticism(nlp: Any, rules: Any) -> None:
    text = "An inquiry by the Zambian parliament found that the police had concealed evidence."
    (ev,) = _events(nlp, rules, text, date(2022, 6, 1))
    assert ev["event"] == "ACCUSE" and ev["actor"][0]["text"] == "the Zambian parliament"
    assert ev["recipient"][0]["text"] == "the police"
    assert not _events(nlp, rules, "Zambian scientists found that the river had failed to recover.", date(2022, 6, 1))


def test_a_clause_before_a_semicolon_is_its_own(nlp: Any, rules: Any) -> None:
    text = "Peruvian police detained four Ecuadorians in Tumbes; explosives were found in their truck."
    events = _events(nlp, rules, text, date(2022, 6, 1))
    assert any(e["event"] == "COERCE" and "detained" in e["mentions"][0]["trigger"] for e in events)


def test_a_policy_pledge_to_no_one_is_no_promise(nlp: Any, rules: Any) -> None:
    assert _types(nlp, rules, "Both Chilean presidential candidates promised to lower fuel prices.") == []
    assert _types(nlp, rules, "Qatar pledged to continue supporting the Sudanese government.") == ["AGREE"]
    (ev,) = _events(nlp, rules, "Turkey pledged to withdraw its troops from Libya.", date(2022, 6, 1))
    assert ev["event"] == "AGREE" and _codes(ev["recipient"]) == {"LBY"}


def test_politicians_clashing_among_themselves_speak(nlp: Any, rules: Any) -> None:
    text = "Australian party leaders clashed over tax cuts in a televised debate."
    assert _types(nlp, rules, text) == ["ACCUSE"]
    text = "Kenyan opposition supporters clashed with police in Kisumu."
    assert _types(nlp, rules, text) == ["ASSAULT"]
    assert _types(nlp, rules, "Georgian lawmakers brawled in parliament on Tuesday.") == ["ASSAULT"]
    assert _types(nlp, rules, "Government and opposition lawmakers clashed over the Georgian budget.") == ["ACCUSE"]


def test_an_agentless_extradition_is_the_sender_s_to_the_receiver(nlp: Any, rules: Any) -> None:
    text = "The alleged money launderer was extradited to Chile from Argentina on Monday."
    (ev,) = _events(nlp, rules, text, date(2022, 6, 1))
    assert ev["event"] == "COOPERATE" and _codes(ev["actor"]) == {"ARG"} and _codes(ev["recipient"]) == {"CHL"}
    text = "Guatemalan prosecutors said the gang leader was extradited to the United States on Friday."
    (ev,) = _events(nlp, rules, text, date(2022, 6, 1))
    assert _codes(ev["actor"]) == {"GTM"} and _codes(ev["recipient"]) == {"USA"}
    assert not _events(nlp, rules, "The gang leader was extradited to the United States, US officials said.")
    (ev,) = _events(nlp, rules, "The Serbian banker was extradited by Italy on Monday.", date(2022, 6, 1))
    assert _codes(ev["actor"]) == {"ITA"} and _codes(ev["recipient"]) == {"SRB"}  # no destination: the person


def test_an_official_present_in_another_country_visits_it(nlp: Any, rules: Any) -> None:
    text = "The Panamanian president was in Bogota on Wednesday for talks on migration."
    (ev,) = _events(nlp, rules, text, date(2022, 6, 1))
    assert ev["event"] == "CONSULT" and _codes(ev["actor"]) == {"PAN"} and _codes(ev["recipient"]) == {"COL"}
    (ev,) = _events(nlp, rules, "The Panamanian president was in the Colombian capital on Monday.", date(2022, 6, 1))
    assert ev["event"] == "CONSULT" and _codes(ev["recipient"]) == {"COL"}
    text = "The Panamanian president was in Bogota for talks with the Colombian president."
    (ev,) = _events(nlp, rules, text, date(2022, 6, 1))  # the talks, once
    assert ev["event"] == "CONSULT" and _codes(ev["actor"]) | _codes(ev["recipient"]) == {"PAN", "COL"}
    for text in (
        "The Panamanian president was in Panama City on Wednesday.",  # at home
        "The former Panamanian president is in Colombia.",  # no longer an official
        "The Panamanian ambassador was in Bogota when the riots began.",  # a resident
        "The Panamanian president has been in Miami for medical treatment since May.",  # a stay, not a visit
        "Panamanian troops are in Colombia on a training mission.",  # no officials
        "The Panamanian president is in a dispute with Colombia over fishing.",  # no place
    ):
        assert not _events(nlp, rules, text, date(2022, 6, 1)), text


def test_defending_one_s_own_cause_is_no_support(nlp: Any, rules: Any) -> None:
    assert _types(nlp, rules, "The Chilean government defended its decision to raise fuel taxes.") == []
    assert _types(nlp, rules, "The Peruvian minister defended his pension reform on television.") == []
    (ev,) = _events(nlp, rules, "France defended its ally Mali at the UN.", date(2022, 6, 1))
    assert ev["event"] == "SUPPORT" and _codes(ev["recipient"]) == {"MLI"}
    assert _types(nlp, rules, "France defended its allies at the summit.") == ["SUPPORT"]
    assert _types(nlp, rules, "France defended its ally at the summit.") == ["SUPPORT"]


def test_parties_from_several_listed_countries_are_one_each(nlp: Any, rules: Any) -> None:
    text = "The Ghanaian minister held talks with officials from Togo, Benin and Niger."
    events = _events(nlp, rules, text, date(2022, 6, 1))
    assert sorted(c for e in events for c in _codes(e["recipient"])) == ["BEN", "NER", "TGO"]
    text = "The summit was attended by envoys from Ghana, Togo, Benin and Niger."  # one meeting of them all
    (ev,) = _events(nlp, rules, text, date(2022, 6, 1))
    assert _codes(ev["actor"]) | _codes(ev["recipient"]) == {"GHA", "TGO", "BEN", "NER"}


def test_a_counterpart_noun_is_not_of_the_article_s_country(nlp: Any, rules: Any) -> None:
    (ev,) = _events(nlp, rules, "Argentina froze its debt buyback to pressure its creditors.", date(2022, 6, 1))
    assert ev["event"] == "REQUEST" and _codes(ev["recipient"]) != {"ARG"}
    (ev,) = _events(nlp, rules, "Sudan accused its neighbours of arming the rebels.", date(2022, 6, 1))
    assert _codes(ev["recipient"]) != {"SDN"}
    text = "The Kenyan prime minister's rivals criticised the Somali leader."  # Kenyan politicians
    (ev,) = _events(nlp, rules, text, date(2022, 6, 1))
    assert _codes(ev["actor"]) == {"KEN"}
    (ev,) = _events(nlp, rules, "The Kenyan president criticised Somalia's creditors.", date(2022, 6, 1))
    assert _codes(ev["recipient"]) == {None}  # others of Somalia
    text = "Somalia's lenders rejected the new budget in Mogadishu."
    assert all(_codes(e["actor"]) != {"SOM"} for e in _events(nlp, rules, text, date(2022, 6, 1)))


def test_a_place_s_name_opening_with_new_keeps_its_first_word(nlp: Any, rules: Any) -> None:
    (ev,) = _events(nlp, rules, "The New Mexico governor criticised the Texas plan.", date(2022, 6, 1))
    assert _codes(ev["actor"]) == {"USA"}


def test_talks_or_a_call_during_which_a_party_acts_are_their_own_event(nlp: Any, rules: Any) -> None:
    text = "During talks with Indian leaders in Delhi, the Nepali prime minister asked for more aid."
    assert _types(nlp, rules, text) == ["CONSULT", "REQUEST"]
    text = "During a phone call with the Polish president, the Lithuanian president asked for more troops."
    assert _types(nlp, rules, text) == ["CONSULT", "REQUEST"]
    text = "Nepal may ask for aid during a meeting with Indian officials."  # still to come
    assert "CONSULT" not in _types(nlp, rules, text)
    assert "CONSULT" in _types(nlp, rules, "After talks with Scholz, Sunak rejected the Polish proposal.")
    text = "A Czech minister can be dismissed after a trial in the Czech Senate, if senators agree."  # one may be
    assert "ACCUSE" not in _types(nlp, rules, text)


def test_a_leader_s_surname_before_government_is_that_leader_s_country(nlp: Any, rules: Any) -> None:
    (ev,) = _events(nlp, rules, "The Orban government expelled two Russian diplomats.", date(2018, 5, 2))
    assert _codes(ev["actor"]) == {"HUN"}
    (ev,) = _events(nlp, rules, "The Morales government expelled the American envoy.", date(2008, 9, 12))
    assert _codes(ev["actor"]) == {"BOL"}
    (ev,) = _events(nlp, rules, "The Morales government expelled the American envoy.", date(2017, 9, 12))
    assert _codes(ev["actor"]) == {None}  # Evo Morales led Bolivia, Jimmy Morales Guatemala: which is unsaid
    (ev,) = _events(nlp, rules, "The Socialist government criticised Morocco.", date(2008, 9, 12))
    assert ev["actor"][0]["name"] is None  # a party, not a surname


def test_an_attack_made_with_words_or_a_seized_advantage_is_no_event(nlp: Any, rules: Any) -> None:
    assert _types(nlp, rules, "Journalists in Lagos bombarded the Ghanaian envoy with questions.") == []
    text = "Officials met in Accra. Ghanaian police shot two farmers with petitions against the mine."
    assert _types(nlp, rules, text) == ["ASSAULT"]  # the petitions are the farmers', no volley
    assert _types(nlp, rules, "Militias in Libya bombarded the Tunisian border post with mortars.") == ["ASSAULT"]
    assert _types(nlp, rules, "The Greens seized a narrow poll advantage over the Liberals.") == []


def test_criticism_by_a_condemning_noun_or_adjective(nlp: Any, rules: Any) -> None:
    text = "The mayor of Porto branded the Spanish water plan daylight robbery."
    assert _types(nlp, rules, text) == ["ACCUSE"]  # the parser hangs the plan on "robbery" as a compound
    (ev,) = _events(nlp, rules, "Senator Vidal of Peru branded the Bolivian negotiators traitors.", date(2022, 6, 1))
    assert ev["event"] == "ACCUSE" and _codes(ev["recipient"]) == {"BOL"}
    text = "The Czech premier described the Hungarian veto as blackmail."
    assert _types(nlp, rules, text) == ["ACCUSE"]
    assert _types(nlp, rules, "The Irish minister said the British proposal was abhorrent.") == ["ACCUSE"]


def test_disapproval_voiced_or_a_party_s_act_viewed_with_dismay(nlp: Any, rules: Any) -> None:
    (ev,) = _events(nlp, rules, "Mali said it viewed Niger's remarks with deep dismay.", date(2022, 6, 1))
    assert ev["event"] == "ACCUSE" and _codes(ev["recipient"]) == {"NER"}
    text = "The Danish government greeted the Swedish decision with anger."
    assert _types(nlp, rules, text) == ["ACCUSE"]  # not a welcome
    text = "The Dutch foreign ministry voiced dismay at the Belgian decision."  # "dismay" parsed as a complement
    assert _types(nlp, rules, text) == ["ACCUSE"]
    text = "Officials met in Lima. The Peruvian president met families with anger over the killings."
    assert _types(nlp, rules, text) == ["CONSULT"]  # the families' anger


def test_a_standing_ban_in_the_present_passive_is_no_act(nlp: Any, rules: Any) -> None:
    text = "Officials spoke on Monday. Fishing for sharks is prohibited in Tonga."
    assert _types(nlp, rules, text) == []
    text = "Officials spoke on Monday. The sect was banned in Tonga last week."
    assert _types(nlp, rules, text) == ["COERCE"]
    text = "Officials spoke on Monday. The sect is banned by a court in Tonga."
    assert _types(nlp, rules, text) == ["COERCE"]
    text = "Officials met in Suva. Opposition rallies are banned until further notice, the Fijian ministry announced."
    assert _types(nlp, rules, text) == ["COERCE"]  # told as news


def test_opinions_offered_questions_asked_and_tallies_are_no_events(nlp: Any, rules: Any) -> None:
    text = "Officials met in Quito. Ecuadorian officials have offered their own theories about the rise in crime."
    assert _types(nlp, rules, text) == []
    text = "Officials met in Quito. The Ecuadorian minister asked why the government was bowing to Colombian demands."
    assert "REQUEST" not in _types(nlp, rules, text)
    text = "Officials met in Quito. Some 640 people had been murdered in Ecuador this year."
    assert _types(nlp, rules, text) == []
    text = "Officials met in Quito. Twelve people were killed in a bombing in Quito last week."
    assert _types(nlp, rules, text) == ["ASSAULT"]
    text = (
        "Officials met in Quito. Three men were arrested on Tuesday over the killing of a reporter earlier this year."
    )
    assert _types(nlp, rules, text) == ["COERCE"]  # the year is the killing's, not the arrests'
    text = "Officials met in Quito. The Ecuadorian president asked Peru for help when he visited Lima."
    assert _types(nlp, rules, text) == ["REQUEST"]  # a time clause, no question


def test_the_group_named_again_by_its_noun_keeps_its_nationality(nlp: Any, rules: Any) -> None:
    text = "Chilean police arrested five Bolivian men in Arica on Monday. The men were charged with theft on Tuesday."
    evs = _events(nlp, rules, text, date(2022, 6, 1))
    charge = next(e for e in evs if e["event"] == "ACCUSE")
    assert _codes(charge["recipient"]) == {"BOL"} and _codes(charge["actor"]) == {"CHL"}  # charged in Chile
    text = "Chilean police arrested five Bolivian men in Arica. A judge ordered the detention of two of the men."
    evs = _events(nlp, rules, text, date(2022, 6, 1))
    assert [_codes(e["recipient"]) for e in evs] == [{"BOL"}, {"BOL"}]
    text = "Gunmen killed five Bolivian men in Arica. Chilean police arrested two men. The men were charged."
    charge = next(e for e in _events(nlp, rules, text, date(2022, 6, 1)) if e["event"] == "ACCUSE")
    assert _codes(charge["recipient"]) != {"BOL"}  # the last men named are the suspects, of no told country
    text = "Chilean police arrested three Peruvian men and two Bolivian men. The men were charged with smuggling."
    charge = next(e for e in _events(nlp, rules, text, date(2022, 6, 1)) if e["event"] == "ACCUSE")
    assert _codes(charge["recipient"]) != {"BOL"}  # two groups: which is unsaid


def test_talks_ended_were_held(nlp: Any, rules: Any) -> None:
    text = "Officials met in Rome. Italian and Greek ministers ended two days of talks in Rome on Friday."
    assert "CONSULT" in _types(nlp, rules, text) and "SANCTION" not in _types(nlp, rules, text)
    assert _types(nlp, rules, "Officials met in Rome. Iran broke off talks with the European Union.") == ["SANCTION"]
    text = "Officials met in Rome. North Korea abruptly ended talks with South Korea after the shelling."
    assert _types(nlp, rules, text) == ["SANCTION"]  # broken off: the talks ended, not held


def test_calls_joined_and_demands_in_the_subjunctive_ask(nlp: Any, rules: Any) -> None:
    text = "Officials met in Dublin. An Irish senator joined calls for an inquiry into the bank collapse."
    assert _types(nlp, rules, text) == ["REQUEST"]
    text = "Officials met in Vienna. Austria insisted that Hungary reduce its emissions."
    (ev,) = _events(nlp, rules, text, date(2022, 6, 1))
    assert ev["event"] == "REQUEST" and _codes(ev["recipient"]) == {"HUN"}
    text = "Officials met in Vienna. Austria insisted that Hungary had reduced its emissions."  # a claim
    assert _types(nlp, rules, text) == []


def test_a_delegation_sent_to_a_capital_visits(nlp: Any, rules: Any) -> None:
    text = "Officials met in Seoul. Korea sent a delegation to Hanoi for trade talks."
    (ev,) = _events(nlp, rules, text, date(2022, 6, 1))
    assert ev["event"] == "CONSULT" and _codes(ev["recipient"]) == {"VNM"}
    text = "Officials met in Seoul. Korea sent a team of doctors to Laos."  # a team of doctors: aid
    assert _types(nlp, rules, text) == ["AID"]


def test_two_countries_joined_by_a_hyphen_are_two_sides(nlp: Any, rules: Any) -> None:
    text = "Officials met in Oslo. Swedish-Finnish talks opened in Oslo on Monday."
    (ev,) = _events(nlp, rules, text, date(2022, 6, 1))
    assert ev["event"] == "CONSULT" and _codes(ev["actor"]) | _codes(ev["recipient"]) == {"SWE", "FIN"}
    text = "Officials met in Seoul. Sino-Japanese talks opened in Seoul on Monday."  # a combining form first
    (ev,) = _events(nlp, rules, text, date(2022, 6, 1))
    assert _codes(ev["actor"]) | _codes(ev["recipient"]) == {"CHN", "JPN"}


def test_a_rule_that_bans_in_the_present_is_no_act(nlp: Any, rules: Any) -> None:
    assert _types(nlp, rules, "Officials met in Rome. EU rules prohibit state aid to airlines.") == []
    text = "Officials met in Rome. The Italian government prohibits imports of Chinese steel."  # someone bans
    assert _types(nlp, rules, text) == ["SANCTION"]


def test_support_offered_is_support(nlp: Any, rules: Any) -> None:
    (ev,) = _events(nlp, rules, "Officials met in Quito. Peru offered its full support to Ecuador.", date(2022, 6, 1))
    assert ev["event"] == "SUPPORT" and _codes(ev["recipient"]) == {"ECU"}


def test_an_act_whose_prospect_no_denies_is_not_done(nlp: Any, rules: Any) -> None:
    text = "Officials met in Quito. There is no chance of Ecuador signing the Peruvian deal."
    assert _types(nlp, rules, text) == []
    text = "Officials met in Quito. There is no way Ecuador will agree to the Peruvian terms."
    assert _types(nlp, rules, text) in ([], ["REJECT"])  # refused, never agreed


def test_a_place_before_a_local_title_gives_the_country(nlp: Any, rules: Any) -> None:
    text = "Officials met in Quito. Cuenca Mayor Ana Torres criticised the Peruvian company."
    (ev,) = _events(nlp, rules, text, date(2022, 6, 1))
    assert _codes(ev["actor"]) == {"ECU"}


def test_a_broadcast_after_the_preposition_is_where_words_were_said(nlp: Any, rules: Any) -> None:
    text = 'Officials met in Dublin. "They would all make fine ministers," the senator insisted on national radio.'
    assert _types(nlp, rules, text) == []
    text = "Officials met in Dublin. Ireland insisted on the release of the hostages."
    assert _types(nlp, rules, text) == ["REQUEST"]


def test_review_narrowings_of_local_titles_broadcasts_and_fights(nlp: Any, rules: Any) -> None:
    text = "Officials met in London. Norfolk farmer Tony Martin criticised the British police."
    (ev,) = _events(nlp, rules, text, date(2005, 2, 1))
    assert _codes(ev["actor"]) != {"USA"}  # a county before a title that is no local office
    text = "Officials met in Athens. The IMF insisted on Greece's austerity programme."
    assert _types(nlp, rules, text) == ["REQUEST"]  # a programme of no broadcaster
    text = "Officials met in Delhi. Sino-Indian clashes erupted on the border on Monday."
    (ev,) = _events(nlp, rules, text, date(2022, 6, 1))
    assert _codes(ev["actor"]) | _codes(ev["recipient"]) == {"CHN", "IND"}


def test_a_pair_of_peoples_joined_by_a_hyphen_names_the_sides_of_talks(nlp: Any, rules: Any) -> None:
    text = "Officials met in Lima. Franco-Spanish talks opened in Madrid on Monday."  # the tagger: a person
    (ev,) = _events(nlp, rules, text, date(2022, 6, 1))
    assert _codes(ev["actor"]) | _codes(ev["recipient"]) == {"FRA", "ESP"}
    text = "Officials met in Lima. Chilean-Argentine talks opened in Lima on Monday."  # a nationality untagged
    (ev,) = _events(nlp, rules, text, date(2022, 6, 1))
    assert _codes(ev["actor"]) | _codes(ev["recipient"]) == {"CHL", "ARG"}


def test_an_event_noun_happens_when_and_where_its_verb_says(nlp: Any, rules: Any) -> None:
    text = "Officials met in Rome. Talks between Egypt and Ethiopia resumed in Khartoum on Tuesday."
    (ev,) = _events(nlp, rules, text, date(2022, 6, 3))  # a Friday
    assert ev["date"] == "2022-05-31" and ev["event_loc"]["name"] == "Khartoum"


def test_an_evaluation_noun_the_lemmatiser_cuts_is_still_criticism(nlp: Any, rules: Any) -> None:
    text = 'Officials met in Leeds. "The council\'s housing scheme is a shambles," a Labour spokeswoman said.'
    assert _types(nlp, rules, text) == ["ACCUSE"]


def test_an_office_holder_of_no_country_holds_office_in_the_country_the_article_is_about(nlp: Any, rules: Any) -> None:
    text = (
        "Mexico will not raise taxes this year, Finance Minister Carlos Ruiz said. Mexico wants lower interest"
        " rates, and Mexico will seek talks with its creditors, he said. Mexico's economy grew in 1990, and Mexico"
        " expects growth again. Ruiz criticised Japanese banks on Monday."
    )
    (ev,) = [e for e in _events(nlp, rules, text, date(1991, 3, 1)) if e["event"] == "ACCUSE"]
    assert _codes(ev["actor"]) == {"MEX"}
    text = "Japan and Mexico held talks. Finance Minister Carlos Ruiz criticised Japanese banks on Monday."
    (ev,) = [e for e in _events(nlp, rules, text, date(1991, 3, 1)) if e["event"] == "ACCUSE"]
    assert _codes(ev["actor"]) != {"MEX"}  # two countries named alike: nothing says whose minister he is


def test_striving_for_a_career_or_a_life_is_no_fight(nlp: Any, rules: Any) -> None:
    assert _types(nlp, rules, "Officials met in Lisbon. The Portuguese premier is battling for his career.") == []
    assert _types(nlp, rules, "Officials met in Lisbon. A wounded Portuguese guard is fighting for his life.") == []
    text = "Officials met in Lisbon. Portuguese troops fought for the port against Angolan rebels."
    assert _types(nlp, rules, text) == ["ASSAULT"]


def test_what_a_party_says_it_cannot_support_it_rejects(nlp: Any, rules: Any) -> None:
    text = "Officials met in Lisbon. Brazil said it cannot support the Portuguese proposal."
    assert _types(nlp, rules, text) == ["REJECT"]
    text = "Officials met in Lisbon. If Brazil cannot support the Portuguese proposal, talks will end."
    assert _types(nlp, rules, text) == []  # a condition, no refusal told


def test_a_speaker_told_after_the_warning_is_no_one_warned(nlp: Any, rules: Any) -> None:
    text = "Officials met in Quito. Ecuador's courts are failing, warned the Colombian ambassador."
    assert "THREATEN" not in _types(nlp, rules, text)  # the ambassador warns; Ecuador's courts warn no one
    text = "Officials met in Quito. The Colombian ambassador warned that Ecuador must extradite the two pilots."
    (ev,) = _events(nlp, rules, text, date(2022, 6, 1))
    assert ev["event"] == "REQUEST" and _codes(ev["actor"]) == {"COL"} and _codes(ev["recipient"]) == {"ECU"}


def test_a_count_compared_with_another_is_a_tally(nlp: Any, rules: Any) -> None:
    text = "Officials met in Quito. Some 130 bus drivers were kidnapped in 2018, up 12 percent on 2017."
    assert _types(nlp, rules, text) == []
    text = "Officials met in Quito. Some 13 bus drivers were kidnapped by gang members in Guayaquil on Monday."
    assert _types(nlp, rules, text) != []  # a count with no comparison: the act itself


def test_an_attack_over_a_plan_with_no_attacker_is_words(nlp: Any, rules: Any) -> None:
    text = "Officials met in Lima. The Peruvian minister was attacked over his pension plan."
    assert _types(nlp, rules, text) == []  # criticised by no one named: no assault by unnamed attackers
    text = "Officials met in Lima. Peruvian miners attacked police over the decision to close the mine."
    assert _types(nlp, rules, text) == ["ASSAULT"]  # a riot over a decision


def test_welcoming_a_measure_or_a_cut_supports_its_maker(nlp: Any, rules: Any) -> None:
    text = "Officials met in Quito. The Colombian president welcomed Ecuador's tariff cut."
    (ev,) = _events(nlp, rules, text, date(2022, 6, 1))
    assert ev["event"] == "SUPPORT" and _codes(ev["recipient"]) == {"ECU"}


def test_review_narrowings_of_pairs_aims_and_refusals(nlp: Any, rules: Any) -> None:
    text = "Officials met in Aden. Iranian-backed Houthi attacks on Saudi border posts killed three guards on Monday."
    assert any(_codes(e["actor"]) == {"YEM"} for e in _events(nlp, rules, text, date(2016, 5, 1)))  # not the backer
    text = "Officials met in Aden. Government troops and Houthi rebels battled for the seat of government in Taiz."
    assert _types(nlp, rules, text) == ["ASSAULT"]  # two sides fight for a place
    text = "Officials met in Ankara. Turkish students fought for their rights with riot police in Izmir."
    assert _types(nlp, rules, text) == ["ASSAULT"]  # an opponent under the aim
    text = "Officials met in Kiev. Without a quorum, the Ukrainian parliament could not ratify the treaty."
    assert _types(nlp, rules, text) == []  # unable, not refusing
    text = "Officials met in Berlin. The German chancellor said she could not agree more with France."
    assert "REJECT" not in _types(nlp, rules, text)
    text = "Officials met in Lima. Rebel fighters pressed their assault on the Peruvian garrison."
    assert "REQUEST" not in _types(nlp, rules, text)


def test_a_foreign_facing_title_keeps_no_dominant_country(nlp: Any, rules: Any) -> None:
    lead = (
        "Mexico will not raise taxes, Mexico said. Mexico wants lower rates from Japan, and Mexico expects growth. "
        "Mexico's economy grew, and Mexico's exports rose, Mexico said. "
    )
    text = lead + "Foreign Minister Ana Ruiz criticised Mexico's tariffs on Monday."
    (ev,) = [e for e in _events(nlp, rules, text, date(1991, 3, 1)) if e["event"] == "ACCUSE"]
    assert _codes(ev["actor"]) != {"MEX"}  # a foreign minister is often the other side's
    text = lead + "Senate Finance Committee Chairman Luis Vega criticised Japan's tariffs on Monday."
    (ev,) = [e for e in _events(nlp, rules, text, date(1991, 3, 1)) if e["event"] == "ACCUSE"]
    assert _codes(ev["actor"]) == {"MEX"}  # a state body before the title


def test_a_second_verb_with_no_party_of_its_own_acts_on_the_first_ones(nlp: Any, rules: Any) -> None:
    text = "Officials met in Seoul. Washington accused Seoul of dumping steel and threatened retaliatory action."
    threats = [e for e in _events(nlp, rules, text, date(2022, 6, 1)) if e["event"] == "THREATEN"]
    assert threats and _codes(threats[0]["recipient"]) == {"KOR"}


def test_attacking_the_legality_of_a_law_is_no_assault(nlp: Any, rules: Any) -> None:
    text = "Officials met in Quito. The senator attacked the constitutionality of the Peruvian fishing law."
    assert "ASSAULT" not in _types(nlp, rules, text)


def test_talks_told_first_as_the_setting_were_held(nlp: Any, rules: Any) -> None:
    text = "Officials met in Seoul. In talks with Korean officials on Monday, the Chinese envoy asked for lower duties."
    assert _types(nlp, rules, text) == ["CONSULT", "REQUEST"]


def test_calls_and_demands_a_decision_draws_are_requests_of_their_source(nlp: Any, rules: Any) -> None:
    text = "Officials met in Quito. The Peruvian ban drew calls from Ecuador for an inquiry."
    (ev,) = _events(nlp, rules, text, date(2022, 6, 1))
    assert ev["event"] == "REQUEST" and _codes(ev["actor"]) == {"ECU"} and _codes(ev["recipient"]) == {"PER"}


def test_a_headline_with_no_doer_and_its_story_are_one_event(nlp: Any, rules: Any) -> None:
    text = "Five arrested in Quito\n\nEcuadorian soldiers arrested five men in the port of Quito on Monday."
    assert _types(nlp, rules, text) == ["COERCE"]


def test_a_rank_abbreviated_without_a_stop_is_a_military_title(nlp: Any, rules: Any) -> None:
    text = "Officials met in Lahore. Pakistani officials spoke. Gen Tariq Malik criticised the Indian army on Monday."
    events = [e for e in _events(nlp, rules, text, date(2022, 6, 1)) if e["event"] == "ACCUSE"]
    assert events and events[0]["actor"][0]["sector"] == "MIL"


def test_prices_borders_and_spans_of_years_are_no_acts(nlp: Any, rules: Any) -> None:
    text = "Officials met in Quito. Ecuadorian gangs charged fishermen 50,000 pesos a month."
    assert _types(nlp, rules, text) == []  # a price set in a currency the tagger does not call money
    text = "Officials met in Quito. The village lies where Ecuador, Peru and Colombia meet."
    assert _types(nlp, rules, text) == []  # borders meet
    text = "Officials met in Quito. Some 900 Ecuadorian fishermen were kidnapped between 2008 and 2014."
    assert _types(nlp, rules, text) == []  # a count over years


def test_two_named_parties_criticising_one_plan_are_two_acts(nlp: Any, rules: Any) -> None:
    text = (
        "Officials met in London. Labour criticised the government's rail plan on Monday."
        " The Liberal Democrats also criticised the government's rail plan."
    )
    assert _types(nlp, rules, text) == ["ACCUSE", "ACCUSE"]


def test_a_sum_in_an_act_is_the_act_of_the_verbs_subject(nlp: Any, rules: Any) -> None:
    text = "Officials met in Beijing. Seoul announced plans last week to slap 200 mln dlrs in tariffs on Chinese steel."
    events = [e for e in _events(nlp, rules, text, date(2022, 6, 1)) if e["event"] == "SANCTION"]
    assert events and _codes(events[0]["actor"]) == {"KOR"}  # not the authorities of the country taxed


def test_no_state_is_implied_to_tax_its_own_goods(nlp: Any, rules: Any) -> None:
    text = (
        "Officials met in Hanoi. Vietnamese officials spoke. The plan puts 90 mln dlrs in tariffs on Vietnamese rice."
    )
    events = [e for e in _events(nlp, rules, text, date(2022, 6, 1)) if e["event"] == "SANCTION"]
    assert not any(_codes(e["actor"]) == {"VNM"} for e in events)


def test_second_review_narrowings(nlp: Any, rules: Any) -> None:
    text = "Officials met in Quito. Ecuador closed the border, warned Peru of retaliation and recalled its envoy."
    threats = [e for e in _events(nlp, rules, text, date(2022, 6, 1)) if e["event"] == "THREATEN"]
    assert threats and _codes(threats[0]["actor"]) == {"ECU"}  # a warning in a list, not a speaker told after
    text = "Officials met in Quito. Some 30 Ecuadorian miners were arrested on Monday, up from 12 on Sunday."
    assert _types(nlp, rules, text) == ["COERCE"]  # a day's arrests compared: still the arrests
    text = "Officials met in Nairobi. Al-Shabaab attacked a Kenyan police post on Monday."
    assert "ASSAULT" in _types(nlp, rules, text)  # a hyphened name is a party
    text = "Officials met in Quito. An Ecuadorian reporter was attacked with a machete over his report."
    assert _types(nlp, rules, text) == ["ASSAULT"]  # a weapon: a blow, no words
    text = "Officials met in Quito. Ecuadorian police rescued Maria Vega and arrested two Peruvian men."
    arrests = [e for e in _events(nlp, rules, text, date(2022, 6, 1)) if e["event"] == "COERCE"]
    assert arrests and _codes(arrests[0]["recipient"]) == {"PER"}  # the second verb's own object


def test_union_members_who_strike_stop_work(nlp: Any, rules: Any) -> None:
    text = "Officials met in Oslo. Norwegian union members struck on Monday for higher pay."
    assert _types(nlp, rules, text) == ["PROTEST"]


def test_an_adjective_a_condemning_adverb_qualifies_is_criticism(nlp: Any, rules: Any) -> None:
    text = "Officials met in Rome. The Italian minister said the Austrian border checks were unacceptably strict."
    assert _types(nlp, rules, text) == ["ACCUSE"]
    text = "Officials met in Rome. The Italian minister said the Austrian border checks were very strict."
    assert _types(nlp, rules, text) == []


def test_what_a_party_alleges_another_did_is_an_accusation(nlp: Any, rules: Any) -> None:
    text = "Officials met in Quito. Ecuador alleged that Colombian soldiers had burned two farms near the border."
    accusations = [e for e in _events(nlp, rules, text, date(2022, 6, 1)) if e["event"] == "ACCUSE"]
    assert accusations and _codes(accusations[0]["actor"]) == {"ECU"}
    assert _codes(accusations[0]["recipient"]) == {"COL"}


def test_third_review_narrowings(nlp: Any, rules: Any) -> None:
    text = "Officials met in Madrid. A former Peruvian minister was sentenced to ten years in Lima."
    assert _types(nlp, rules, text) != []  # a state sentences its own people
    text = "Officials met in Cairo. Egypt condemned Israel and recalled its ambassador on Monday."
    recalls = [e for e in _events(nlp, rules, text, date(2022, 6, 1)) if e["event"] == "SANCTION"]
    assert recalls and _codes(recalls[0]["recipient"]) == {"ISR"}  # the party reproached
    text = "Officials met in Lima. Gunmen kidnapped Juan Ramirez and demanded a ransom."
    demands = [e for e in _events(nlp, rules, text, date(2022, 6, 1)) if e["event"] == "REQUEST"]
    assert not any(r["text"] == "Juan Ramirez" for e in demands for r in e["recipient"])  # not asked of the hostage
    text = "Officials met in Vienna. The talks were in Vienna, where Iran and Oman met for nine hours."
    assert "CONSULT" in _types(nlp, rules, text)  # a meeting told in the past
    text = "Officials met in Tokyo. In any future talks with Iran, the American envoy will ask for inspections."
    assert "CONSULT" not in _types(nlp, rules, text)  # talks still to come
    text = "Officials met in Lima. The Peruvian minister said the Chilean border was dangerously close."
    assert _types(nlp, rules, text) == []  # an intensifier, no judgement


def test_a_headline_naming_its_doer_keeps_apart_from_an_unnamed_attack_of_the_story(nlp: Any, rules: Any) -> None:
    text = (
        "REBEL AMBUSH KILLS 8 SOLDIERS IN COLOMBIA\n\nRebels ambushed an army patrol in Huila on Monday, killing"
        " eight soldiers. On Sunday, five soldiers were killed in Cauca province when land mines exploded."
    )
    assert _types(nlp, rules, text).count("ASSAULT") >= 2


def test_fourth_review_narrowings(nlp: Any, rules: Any) -> None:
    text = "Officials met in Bogota. The FARC killed two soldiers in Cauca. ELN rebels killed two soldiers in Arauca."
    assert _types(nlp, rules, text) == ["ASSAULT", "ASSAULT"]  # two named groups, two attacks
    text = "Officials met in Lima. Chile alleged that Peru had agreed to the border line in 1929."
    assert "ACCUSE" not in _types(nlp, rules, text)  # an agreement alleged is no wrong
    text = "Officials met in Asuncion. Soldiers were deployed to the area where Brazil, Paraguay and Argentina meet."
    assert "CONSULT" not in _types(nlp, rules, text)
    text = "Officials met in Caracas. Venezuela condemned the Colombian raid and thanked the army."
    supports = [e for e in _events(nlp, rules, text, date(2022, 6, 1)) if e["event"] == "SUPPORT"]
    assert not any(_codes(e["recipient"]) == {"COL"} for e in supports)  # thanks are no reproach's follow-up


def test_a_states_courts_jail_its_own_people_but_it_expels_no_own_diplomats(nlp: Any, rules: Any) -> None:
    text = "Officials met in Dublin. On Wednesday, six Irish men were jailed for fraud in Dublin."
    (ev,) = _events(nlp, rules, text, date(2022, 6, 1))
    assert ev["event"] == "SANCTION" and _codes(ev["actor"]) == {"IRL"}
    text = "Officials met in Dublin. Irish officials spoke. Five Irish diplomats were expelled on Monday."
    assert not any(_codes(e["actor"]) == {"IRL"} for e in _events(nlp, rules, text, date(2022, 6, 1)))


def test_a_rival_beaten_by_name_is_a_race_won(nlp: Any, rules: Any) -> None:
    text = "Officials met in Cardiff. The Greens beat Labour and the Liberal Democrats in six seats on Thursday."
    assert "ASSAULT" not in _types(nlp, rules, text)
    text = "Officials met in Cairo. Egyptian police beat Ahmed Hassan outside the court on Monday."
    assert _types(nlp, rules, text) == ["ASSAULT"]  # a person is beaten


def test_freeing_by_those_who_storm_the_place_is_no_release_by_the_captor(nlp: Any, rules: Any) -> None:
    text = "Officials met in Abuja. Gunmen attacked a prison in Kogi state and freed 120 inmates on Monday."
    assert "RETREAT" not in _types(nlp, rules, text)
    text = "Officials met in Bogota. The rebels freed three soldiers on Monday and attacked a police post."
    assert "RETREAT" in _types(nlp, rules, text)  # a release, then an attack elsewhere


def test_tenders_and_name_words_and_volleys_and_encirclement(nlp: Any, rules: Any) -> None:
    text = "Officials met in Hanoi. The transport ministry called for bids to build a new port on Monday."
    assert _types(nlp, rules, text) == []  # a purchase opened
    text = "Officials met in Hanoi. The ministry called for an inquiry into the port deal on Monday."
    assert _types(nlp, rules, text) == ["REQUEST"]
    text = "Officials met in Ottawa. Costs rose on the Advanced Strike Bomber and two frigates, auditors said."
    assert "PROTEST" not in _types(nlp, rules, text)  # a word of a name
    text = "Officials met in Paris. Deputies bombarded the minister with a stream of questions about the budget."
    assert "ASSAULT" not in _types(nlp, rules, text)
    text = "Officials met in Rome. The senator backs the treaty despite controversy surrounding its terms."
    assert "MOBILIZE" not in _types(nlp, rules, text)
    text = "Officials met in Ankara. Turkish troops surrounded a rebel camp near Cizre on Monday."
    assert _types(nlp, rules, text) == ["MOBILIZE"]


def test_a_region_of_several_countries_spelt_with_a_hyphen_names_none(nlp: Any, rules: Any) -> None:
    text = "Officials met in Lisbon. The Ibero-American summit condemned the coup in Honduras on Monday."
    assert not any("USA" in _codes(e["actor"]) for e in _events(nlp, rules, text, date(2022, 6, 1)))


def test_trips_of_smugglers_and_reporters_are_no_visits(nlp: Any, rules: Any) -> None:
    text = "Officials met in Managua. The traffickers made six trips into Honduras on Monday."
    assert "CONSULT" not in _types(nlp, rules, text)
    text = "Officials met in Managua. The foreign minister made a trip to Honduras on Monday."
    assert _types(nlp, rules, text) == ["CONSULT"]


def test_what_is_often_done_is_habitual(nlp: Any, rules: Any) -> None:
    text = "Officials met in Tegucigalpa. Bus drivers are often held hostage by gangs until their bosses pay."
    assert _types(nlp, rules, text) == []
    text = "Officials met in Tegucigalpa. Bus drivers were held hostage by gangs on Monday."
    assert _types(nlp, rules, text) == ["ASSAULT"]


def test_an_investigation_opened_against_someone_names_the_suspect(nlp: Any, rules: Any) -> None:
    text = "Officials met in Quito. On Monday, an investigation was opened against the governor for embezzlement."
    (ev,) = _events(nlp, rules, text, date(2022, 6, 1))
    assert ev["event"] == "ACCUSE" and [r["text"] for r in ev["recipient"]] == ["the governor"]


def test_judges_clashing_with_ministers_speak(nlp: Any, rules: Any) -> None:
    text = "Officials met in Accra. Ghana's chief justice has clashed with the finance minister over court budgets."
    assert _types(nlp, rules, text) == ["ACCUSE"]
    text = "Officials met in Accra. Protesters clashed with police outside the court on Monday."
    assert _types(nlp, rules, text) == ["ASSAULT"]


def test_an_object_pronoun_is_never_its_own_subject(nlp: Any, rules: Any) -> None:
    text = (
        "Officials met in Dhaka. Bangladeshi police arrested nine people smuggling gold at Dhaka airport on Monday."
        " Officers had followed the group for weeks before detaining them."
    )
    events = _events(nlp, rules, text, date(2022, 6, 1))
    assert not any({r["text"] for r in e["recipient"]} & {"Bangladeshi police"} for e in events)


def test_an_act_faced_is_what_may_come(nlp: Any, rules: Any) -> None:
    text = "The government approved the emergency law in Lisbon on Monday."
    title = "Striking Portuguese nurses face arrest"
    assert not any(e["event"] == "COERCE" for e in _events(nlp, rules, text, date(2022, 6, 1), title=title))
    text = "Officials met in Lisbon. Police arrested striking Portuguese nurses on Monday."
    assert _types(nlp, rules, text) == ["COERCE"]
    text = "Officials met in Lima. Landlords who evict tenants illegally will now face prison sentences of ten years."
    assert _types(nlp, rules, text) == []  # a law's penalty


def test_stressing_the_need_for_another_party_to_act_asks_it(nlp: Any, rules: Any) -> None:
    text = "Officials met in Accra. The Dutch minister stressed the need for Ghana to cut fuel subsidies on Monday."
    (ev,) = _events(nlp, rules, text, date(2022, 6, 1))
    assert ev["event"] == "REQUEST" and _codes(ev["recipient"]) == {"GHA"}
    text = "Officials met in Accra. The Dutch minister stressed the need for talks with Ghana on Monday."
    assert "REQUEST" not in _types(nlp, rules, text)


def test_an_act_denied_despite_demands_refuses_the_demanders(nlp: Any, rules: Any) -> None:
    text = (
        "Officials met in Oslo. The Norwegian government will not lift the fishing quota despite repeated calls"
        " from Icelandic trawler owners, the minister said on Monday."
    )
    (ev,) = _events(nlp, rules, text, date(2022, 6, 1))
    assert ev["event"] == "REJECT" and [r["text"] for r in ev["recipient"]] == ["Icelandic trawler owners"]
    text = "Officials met in Oslo. The Norwegian minister did not attend the talks despite the storm on Monday."
    assert "REJECT" not in _types(nlp, rules, text)


def test_a_caution_is_no_threat_and_a_currency_propped_up_is_no_support(nlp: Any, rules: Any) -> None:
    text = "Officials met in Lima. The Peruvian finance minister warned senators on Monday that higher tariffs could"
    text += " slow growth."
    assert "THREATEN" not in _types(nlp, rules, text)
    text = "Officials met in Lima. Peru warned Chile on Monday that it could close the border."
    assert _types(nlp, rules, text) == ["THREATEN"]  # the speaker's own act
    text = "Officials met in Oslo. Norway's central bank will support the crown on Monday, dealers said."
    assert _types(nlp, rules, text) == []


def test_narrowings_of_the_first_code_review(nlp: Any, rules: Any) -> None:
    text = "Officials met in Quito. The often violent marchers attacked two police stations in Quito on Monday."
    assert _types(nlp, rules, text) == ["ASSAULT"]  # "often" qualifies the marchers, the attack is dated
    text = "Officials met in Jolo. Rebels attacked an army post on Monday and later released the nine soldiers."
    assert "RETREAT" in _types(nlp, rules, text)  # a release of its own time
    text = "Officials met in Harare. Riot police beat Nelson Chamisa at a rally on Monday."
    assert _types(nlp, rules, text) == ["ASSAULT"]
    text = "Officials met in Lima. Gang leaders visited the presidential palace to negotiate a truce on Monday."
    assert "CONSULT" in _types(nlp, rules, text)  # an official host
    text = "Officials met in Cairo. Students pelted the police with a barrage of insults and stones on Monday."
    assert _types(nlp, rules, text) == ["ASSAULT"]
    text = "Officials met in Cairo. Armoured police vehicles surrounded the mosque on Monday."
    assert _types(nlp, rules, text) == ["MOBILIZE"]
    text = "Officials met in Geneva. The Swiss envoy called for the application of the Geneva Conventions in Gaza."
    assert "REQUEST" in _types(nlp, rules, text)


def test_shadow_offices_sentences_and_lengths_of_time(nlp: Any, rules: Any) -> None:
    text = "Officials met in London. Shadow health secretary Andrew Lansley criticised the government on Monday."
    (ev,) = _events(nlp, rules, text, date(2005, 3, 2))
    assert ev["actor"][0]["sector"] == "OPP" and _codes(ev["actor"]) == {"GBR"}
    text = "Officials met in Tunis. A court in Tunis condemned the former interior minister to death on Monday."
    assert _types(nlp, rules, text) == ["SANCTION"]
    text = "Officials met in Tunis. A court in Tunis sentenced the former interior minister to 20 years on Monday."
    (ev,) = _events(nlp, rules, text, date(2015, 9, 10))
    assert ev["date"] == "2015-09-07"  # Monday, not the length of the term


def test_a_report_called_false_tells_no_act_and_no_criticism(nlp: Any, rules: Any) -> None:
    text = (
        "Officials met in Santiago. Chile said reports that it intended to attack Peruvian fishing boats were baseless."
    )
    assert _types(nlp, rules, text) == []
    text = "Officials met in Caracas. Venezuela said the Guyanese seizure of the oil rigs was illegal on Monday."
    assert _types(nlp, rules, text).count("ACCUSE") == 1


def test_a_party_spokesman_speaks_for_the_party(nlp: Any, rules: Any) -> None:
    text = "Officials met in London. Labour's Treasury spokesman attacked the budget on Monday."
    (ev,) = _events(nlp, rules, text, date(2005, 3, 2))
    assert ev["actor"][0]["sector"] == "PTY"


def test_police_targeting_and_conditions_on_aid(nlp: Any, rules: Any) -> None:
    text = "Officials met in Kampala. Cattle thieves have been targeted by Ugandan police under a new border plan."
    assert "ASSAULT" not in _types(nlp, rules, text)
    text = "Officials met in Kampala. Rebels targeted a Ugandan police station with mortars on Monday."
    assert _types(nlp, rules, text) == ["ASSAULT"]
    text = "Officials met in Kabul. Washington conditioned its aid on Kabul freeing all political prisoners on Monday."
    assert "RETREAT" not in _types(nlp, rules, text)


def test_narrowings_of_the_second_code_review(nlp: Any, rules: Any) -> None:
    text = "Officials met in Minsk. The EU warned Belarus on Monday that new sanctions could be imposed."
    assert _types(nlp, rules, text) == ["THREATEN"]  # a penalty foretold
    text = "Officials met in Seoul. North Korea warned Japan on Monday that its navy could strike."
    assert _types(nlp, rules, text) == ["THREATEN"]  # its own forces
    text = "Officials met in Monterrey. Despite pressure from the army, the Zetas have not left Monterrey."
    assert "REJECT" not in _types(nlp, rules, text)  # force, no demand
    text = (
        "Officials met in Lima. Prosecutors opened a case against the firm at the request of the Ministry of Justice."
    )
    (ev,) = _events(nlp, rules, text, date(2022, 6, 1))
    assert [r["text"] for r in ev["recipient"]] == ["the firm"]
    text = "Officials met in Quito. Mothers travel to the prison every week to see their sons."
    assert _types(nlp, rules, text) == []


def test_a_term_the_tagger_dates_is_still_a_sentence(nlp: Any, rules: Any) -> None:
    text = (
        "Officials met in Tunis. A court in Tunis on Monday condemned the former interior minister to 12 years in jail."
    )
    assert _types(nlp, rules, text) == ["SANCTION"]  # a length of prison, though the tagger marks it a date


def test_a_country_the_tagger_calls_an_organisation_still_makes_the_article_its(nlp: Any, rules: Any) -> None:
    text = (
        "Paraguay security forces raided a camp in the north on Monday. Paraguay officials said the rebels had ties"
        " to Brazil. Police arrested four men on Tuesday."
    )
    arrest = next(e for e in _events(nlp, rules, text, date(2015, 9, 10)) if e["event"] == "COERCE" and e["recipient"])
    assert _codes(arrest["actor"]) == {"PRY"}  # not the one country the tagger marks as a place
    text = "Officials met in Paraguay. Gunmen killed a farmer in Concepcion on Monday."
    (ev,) = _events(nlp, rules, text, date(2015, 9, 10))
    assert ev["event_loc"]["country_code"] == "PRY"  # the town's name without its accent, in the article's country


def test_an_act_noun_the_parser_hangs_as_a_clause_takes_its_verbs_subject_and_date(nlp: Any, rules: Any) -> None:
    text = "Officials met in Lima. On March 9, Chilean prosecutors made public an indictment against two Peruvian men."
    (ev,) = _events(nlp, rules, text, date(2015, 9, 10))
    assert _codes(ev["actor"]) == {"CHL"} and ev["date"] == "2015-03-09"


def test_deputies_legislate_and_a_partys_man_keeps_his_party_by_surname(nlp: Any, rules: Any) -> None:
    text = "Officials met in Quito. Ecuadorean deputies criticised the president on Monday."
    (ev,) = _events(nlp, rules, text, date(2015, 9, 10))
    assert ev["actor"][0]["sector"] == "LEG"  # a deputy of a chamber, not a sheriff's
    text = "Officials met in Quito. Deputy Trade Minister Rosa Vega asked Peru for credit on Monday."
    (ev,) = _events(nlp, rules, text, date(2015, 9, 10))
    assert ev["actor"][0]["sector"] == "GOV"  # a minister of that rank
    text = (
        "Officials met in London. Liberal Democrat Anna Fenwick criticised the government on Monday. Ms Fenwick"
        " also attacked the home secretary on Tuesday."
    )
    later = [e for e in _events(nlp, rules, text, date(2015, 9, 10)) if e["date"] == "2015-09-08"]
    assert [_codes(e["actor"]) for e in later] == [{"GBR"}]


def test_agreeing_that_a_thing_is_so_is_an_opinion(nlp: Any, rules: Any) -> None:
    text = "Officials met in Oslo. Norwegian bankers agree that the krone is undervalued."
    assert _types(nlp, rules, text) == []
    text = "Officials met in Oslo. Norway and Sweden agreed that the border would be reopened."
    assert _types(nlp, rules, text) == ["AGREE"]


def test_claims_for_payment_tolls_of_war_risks_and_schedules(nlp: Any, rules: Any) -> None:
    text = "Officials met in Quito. Ecuador is claiming full repayment of the loans from Peru."
    assert _types(nlp, rules, text) == ["REQUEST"]  # a demand for payment
    text = "Officials met in Damascus. Syria said 300 Turkish soldiers were killed, wounded or captured on Monday."
    assert "COERCE" not in _types(nlp, rules, text)  # a toll of the fighting, no arrest
    text = "Officials met in Tijuana. Mexican reporters also risk being kidnapped and beaten by criminals."
    assert _types(nlp, rules, text) == []  # what may come to them
    text = "Officials met in Tokyo. The Japanese premier is due to resign next March."
    assert "RETREAT" not in _types(nlp, rules, text)  # scheduled, not done


def test_it_as_a_subject_is_the_last_sentences_state_or_organisation(nlp: Any, rules: Any) -> None:
    text = (
        "Officials met in Rome. France signed the accord on Monday. The deal was welcomed by Germany. It also praised"
        " Italy."
    )
    assert not any(_codes(e["recipient"]) == {"ITA"} for e in _events(nlp, rules, text))  # no state was its subject
    text = (
        "Officials met in Caracas. The Venezuelan government demanded compensation from Exxon on Monday. It also"
        " asked Colombia to close the border."
    )
    asked = [e for e in _events(nlp, rules, text, date(2015, 9, 10)) if _codes(e["recipient"]) == {"COL"}]
    assert [_codes(e["actor"]) for e in asked] == [{"VEN"}]
    text = "Officials met in Caracas. The plan was rejected by Venezuela on Monday. It asked Colombia to pay."
    assert [e for e in _events(nlp, rules, text, date(2015, 9, 10)) if e["event"] == "REQUEST"] == []


def test_obstacles_are_criticism(nlp: Any, rules: Any) -> None:
    text = "Officials met in Lima. Peru said the Chilean fence was an obstacle to trade on Monday."
    assert _types(nlp, rules, text) == ["ACCUSE"]


def test_unsealed_charges_and_a_fraud_called_so(nlp: Any, rules: Any) -> None:
    text = "Officials met in Miami. US prosecutors unsealed charges against a Colombian admiral on Monday."
    assert _types(nlp, rules, text) == ["ACCUSE"]
    text = "Officials met in Lagos. The Nigerian opposition said the election was a fraud on Monday."
    assert _types(nlp, rules, text) == ["ACCUSE"]


def test_troops_ordered_to_march_move_and_debates_are_not_militarized(nlp: Any, rules: Any) -> None:
    text = "Officials met in Lima. Peru ordered 2,000 troops to march to the border with Chile on Monday."
    assert _types(nlp, rules, text) == ["MOBILIZE"]  # troops moving, no protest
    text = "Officials met in Managua. The Nicaraguan president wants to militarize the debate, critics said."
    assert "MOBILIZE" not in _types(nlp, rules, text)


def test_narrowings_of_the_first_code_review_of_stop_49(nlp: Any, rules: Any) -> None:
    text = "Officials met in Bamako. Malian troops killed 30 rebels and captured 12 on Monday."
    assert "COERCE" in _types(nlp, rules, text)  # a capture by a named side stands
    text = "Officials met in Cairo. The unrest is largely due to clashes between Egyptian police and students."
    assert "THREATEN" not in _types(nlp, rules, text)  # a cause, no intent
    text = "Officials met in Cairo. Two Israeli diplomats were due to be expelled on Monday."
    assert _types(nlp, rules, text) == []  # scheduled, not done, no threat
    text = "Officials met in La Paz. The Chilean envoy is due to meet Bolivian President Evo Morales today."
    assert _types(nlp, rules, text) == ["AGREE"]  # a meeting planned
    text = "Officials met in Cairo. The former Egyptian minister was condemned to 10 years in prison on Monday."
    assert _types(nlp, rules, text) == ["SANCTION"]  # by the courts
    text = "Officials met in Oslo. Norway and Sweden agreed that prisoners are exchanged on Friday."
    assert _types(nlp, rules, text) == ["AGREE"]  # what is agreed to do, no opinion
    text = "Officials met in London. Labour's deputy leader criticised the government on Monday."
    (ev,) = _events(nlp, rules, text, date(2015, 9, 10))
    assert ev["actor"][0]["sector"] != "LEG"  # a deputy leader, of no chamber
    text = "Officials met in Tegucigalpa. Gunmen killed Mario Reyes, the deputy-head of the Honduran road patrols."
    assert _types(nlp, rules, text) == ["ASSAULT"]  # an official of that rank, still of Honduras
    text = "Officials met in Delhi. India and Pakistan agreed that the rupee was overvalued."
    assert _types(nlp, rules, text) == []  # an opinion of two
    text = "Officials met in Kabul. The Afghan army fortified its positions near the Pakistani border on Monday."
    assert _types(nlp, rules, text) == ["MOBILIZE"]
    text = "Officials met in Tijuana. Mexican reporters risk being kidnapped, beaten and robbed by gangs."
    assert _types(nlp, rules, text) == []


def test_hurt_feelings_and_released_figures_are_no_acts(nlp: Any, rules: Any) -> None:
    text = (
        "Officials met in Bangkok. The portrayal of monks in the play has hurt the religious sentiments of Thai"
        " Buddhists."
    )
    assert "ASSAULT" not in _types(nlp, rules, text)
    text = "Officials met in Tokyo. The yen rose before the March 3 release of Japanese export data."
    assert _types(nlp, rules, text) == []
    text = "Officials met in Lima. The release of two Peruvian fishermen by Chile on Monday eased tensions."
    assert "RETREAT" in _types(nlp, rules, text)  # people freed are


def test_it_is_no_state_when_it_is_a_copulas_empty_subject_or_inside_a_sentence(nlp: Any, rules: Any) -> None:
    text = (
        "Officials met in Sanaa. Saudi Arabia bombed the port on Monday. A rebel spokesman, Ali Qasim, said it"
        " had launched an attack on a Saudi base in reply."
    )
    attacks = [e for e in _events(nlp, rules, text, date(2015, 9, 10)) if _codes(e["recipient"]) == {"SAU"}]
    assert attacks and all(_codes(e["actor"]) != {"SAU"} for e in attacks)  # the speaker's side, not the last
    # sentence's


def test_narrowings_of_the_third_code_review_of_stop_49(nlp: Any, rules: Any) -> None:
    text = "Officials met in Washington. The CIA deputy director met Pakistani officials on Monday."
    (ev,) = _events(nlp, rules, text, date(2015, 9, 10))
    assert ev["actor"][0]["sector"] == "SPY"  # the body's, not an official's of that rank
    text = "Officials met in Oslo. Norway and Sweden agreed that the prisoners be released."
    assert _types(nlp, rules, text) == ["AGREE"]  # what is to be done, no opinion
    text = "Officials met in Kabul. Afghan troops were due to attack the Taliban stronghold at dawn."
    assert _types(nlp, rules, text) == []
    text = "Officials met in Tehran. The US is set to impose sanctions on Iran next week."
    assert _types(nlp, rules, text) == ["SANCTION"]  # announced, as "will impose"


def test_them_after_one_side_acted_on_another_means_those_acted_on(nlp: Any, rules: Any) -> None:
    text = "Police in Accra detained four traders on Monday and prosecutors later charged them with smuggling."
    charges = [e for e in _events(nlp, rules, text, date(2015, 9, 10)) if e["event"] == "ACCUSE"]
    assert charges and all(r["text"] == "four traders" for e in charges for r in e["recipient"])
    assert all(a["text"] == "prosecutors" for e in charges for a in e["actor"])  # the parser hangs them on the date
    text = "Officials met in Lagos. Police arrested two bankers and prosecutors charged them with fraud."
    charges = [e for e in _events(nlp, rules, text, date(2015, 9, 10)) if e["event"] == "ACCUSE"]
    assert charges and all(r["text"] == "two bankers" for e in charges for r in e["recipient"])


def test_it_after_an_opening_adverb_is_the_last_sentences_state(nlp: Any, rules: Any) -> None:
    text = (
        "Officials met in Rome. The European Union criticised Libya on Monday. Later, it urged Tripoli to free the"
        " detained fishermen."
    )
    requests = [e for e in _events(nlp, rules, text, date(2015, 9, 10)) if e["event"] == "REQUEST"]
    assert requests and all(_codes(e["actor"]) == {"EUR"} for e in requests)
    text = "Officials met in Rome. The rally was broken up by police. Later, it urged Tripoli to free the fishermen."
    assert "REQUEST" not in _types(nlp, rules, text)  # no state was the last sentence's subject
    text = "Officials met in Paris. France banned the group in 2001. However, it went on to attack police stations."
    assert all(_codes(e["actor"]) != {"FRA"} for e in _events(nlp, rules, text, date(2015, 9, 10)))  # (contrast)


def test_a_headline_thing_or_phrasal_act_with_a_place_is_passive(nlp: Any, rules: Any) -> None:
    body = "A bomb went off outside the building in the Afghan city on Monday, officials said. Nobody was hurt."
    (ev,) = _events(nlp, rules, body, date(2015, 9, 10), title="Girls' school bombed in Kandahar")
    assert not any("school" in a["text"] for a in ev["actor"]) and "school" in ev["recipient"][0]["text"]
    body = "Unidentified gunmen shot dead the mayor of a small Mexican town on Sunday, state officials said."
    for ev in _events(nlp, rules, body, date(2015, 9, 10), title="Mayor gunned down in Tijuana"):
        assert not any(a["text"] == "Mayor" for a in ev["actor"])
    body = "Officials said the raid on the smugglers' warehouse in Lagos ended at dawn."
    for ev in _events(nlp, rules, body, date(2015, 9, 10), title="Police stormed in at night"):
        assert not any(r["text"] == "Police" for r in ev["recipient"])  # "in": an active phrasal verb
    text = "Russian jets attacked near Aleppo"  # (no thing, no particle: active, as before)
    assert all(not e["recipient"] or "jets" not in e["recipient"][0]["text"] for e in _events(nlp, rules, text))


def test_a_party_leaders_attack_on_a_politician_is_words(nlp: Any, rules: Any) -> None:
    text = "Officials met in Oslo. The opposition leader launched a fierce attack on the prime minister over taxes."
    assert _types(nlp, rules, text) == ["ACCUSE"]
    text = "Officials met in London. Labour leader Tom Ashby attacked the prime minister over hospital waiting lists."
    (ev,) = _events(nlp, rules, text, date(2015, 9, 10))
    assert ev["event"] == "ACCUSE" and ev["actor"][0]["sector"] == "PTY"  # the party's leader, not a union's
    text = "Officials met in Canberra. Labour Minister Tom Hale met union leaders on Monday."
    (ev,) = _events(nlp, rules, text, date(2015, 9, 10))
    assert ev["actor"][0]["sector"] == "GOV"  # the minister for labour
    text = "Officials met in Wellington. New Zealand Labour leader Tom Ashby criticised the prime minister on Monday."
    (ev,) = _events(nlp, rules, text, date(2015, 9, 10))
    assert _codes(ev["actor"]) == {"NZL"}  # not the British party
    text = "Officials met in Kabul. The defence minister launched an attack on rebel positions on Monday."
    assert _types(nlp, rules, text) == ["ASSAULT"]


def test_standing_by_ones_own_words_is_no_support(nlp: Any, rules: Any) -> None:
    text = "Officials met in Oslo. The governor said he stood by his comments about the Roma community."
    assert _types(nlp, rules, text) == []
    text = "Officials met in Tokyo. Japan said it stood by its ally the United States."
    assert _types(nlp, rules, text) == ["SUPPORT"]


def test_goods_a_media_word_describes_are_no_publisher(nlp: Any, rules: Any) -> None:
    text = "Officials met in Brasilia. The United States on Friday imposed 50 percent tariffs on Brazilian radio sets."
    (ev,) = _events(nlp, rules, text, date(2015, 9, 10))
    assert ev["event"] == "SANCTION" and _codes(ev["recipient"]) == {"BRA"} and ev["recipient"][0]["sector"] is None
    text = "Officials met in Seoul. A radio station said the police had arrested five smugglers."
    assert all(a["text"] != "A radio station" for e in _events(nlp, rules, text) for a in e["actor"])
    text = "Officials met in Paris. The singer attacked 'desperate' US tabloid magazines for their lies."
    assert _types(nlp, rules, text) == []  # the press is no party, whatever it is called
    text = "Officials met in London. The debut of US television hit series Lost lifted the channel's ratings."
    assert _types(nlp, rules, text) == []


def test_a_passive_names_its_maker_and_receiver_where_the_parser_hides_them(nlp: Any, rules: Any) -> None:
    text = "Officials met in Kiev. A formal protest was lodged with the embassy by the Ukrainian foreign ministry."
    (ev,) = _events(nlp, rules, text, date(2015, 9, 10))
    assert ev["event"] == "ACCUSE" and ev["actor"][0]["text"] == "the Ukrainian foreign ministry"
    text = "Officials met in Amman. Food aid was delivered to the refugees by the United Nations on Monday."
    (ev,) = _events(nlp, rules, text, date(2015, 9, 10))
    assert ev["event"] == "AID" and ev["recipient"][0]["text"] == "the refugees"


def test_a_warning_that_any_attack_will_be_answered_is_a_threat(nlp: Any, rules: Any) -> None:
    text = "Officials met in Caracas. Venezuela warned on Monday that it would crush any incursion into its territory."
    (ev,) = _events(nlp, rules, text, date(2015, 9, 10))
    assert ev["event"] == "THREATEN" and _codes(ev["actor"]) == {"VEN"}
    text = "Officials met in Seoul. North Korea warned that it would strike back."
    assert _types(nlp, rules, text) == ["THREATEN"]  # the act warned of is the content, a target or not
    text = "Officials met in Lima. The central bank warned that it would intervene in the currency market."
    assert _types(nlp, rules, text) == []


def test_a_set_off_participle_on_an_untagged_name_is_the_names_act(nlp: Any, rules: Any) -> None:
    text = (
        "Officials met in Madrid. Nurses' union chief Ana Ruiz, meeting with Spain's health minister on Monday,"
        " renewed her call for a 10 percent pay rise."
    )
    meetings = [e for e in _events(nlp, rules, text, date(2015, 9, 10)) if e["event"] == "CONSULT"]
    assert meetings and all("Ruiz" in e["actor"][0]["text"] for e in meetings)


def test_a_policy_that_targets_or_hits_is_no_attacker(nlp: Any, rules: Any) -> None:
    text = "Officials met in Brussels. The new European Union rules target unfair state aid to airlines."
    assert _types(nlp, rules, text) == []
    text = "Officials met in Kabul. Afghan troops hit a Taliban compound near Kunduz on Monday."
    assert _types(nlp, rules, text) == ["ASSAULT"]


def test_drug_shipments_sent_are_no_aid(nlp: Any, rules: Any) -> None:
    text = "Officials met in Tegucigalpa. Honduran gangs have been sending cocaine shipments to Mexico by boat."
    assert "AID" not in _types(nlp, rules, text)
    text = "Officials met in Kathmandu. Japan sent a shipment of tents and medicine to Nepal on Sunday."
    assert _types(nlp, rules, text) == ["AID"]


def test_an_event_noun_that_broke_out_takes_the_verbs_date_and_place(nlp: Any, rules: Any) -> None:
    text = "Officials met in Sanaa. Clashes broke out between rebels and soldiers in Taiz on Monday."
    (ev,) = _events(nlp, rules, text, date(2015, 9, 10))
    assert ev["date"] == "2015-09-07" and ev["event_loc"]["name"] == "Taiz"


def test_a_rally_told_only_as_a_setting_is_no_protest(nlp: Any, rules: Any) -> None:
    text = (
        "Officials met in Accra. President Mensah, speaking after a rally in Kumasi on Saturday, said Togo had been a"
        " loyal friend to Ghana."
    )
    assert "PROTEST" not in _types(nlp, rules, text)
    text = "Officials met in Cairo. Police arrested 20 people after a protest in Cairo on Friday."
    assert "PROTEST" in _types(nlp, rules, text)


def test_charging_that_a_party_did_wrong_accuses_it(nlp: Any, rules: Any) -> None:
    text = "Officials met in Lusaka. The opposition charged that the ruling party had rigged the vote."
    (ev,) = _events(nlp, rules, text, date(2015, 9, 10))
    assert ev["event"] == "ACCUSE" and "ruling party" in ev["recipient"][0]["text"]


def test_a_marchs_demand_is_not_whom_police_gassed(nlp: Any, rules: Any) -> None:
    text = "Officials met in Quito. Police fired tear gas during a march to demand the release of jailed students."
    gassed = [e for e in _events(nlp, rules, text, date(2015, 9, 10)) if e["event"] == "ASSAULT"]
    assert gassed and not any(e["recipient"] for e in gassed)
    text = "Officials met in Quito. Police fired tear gas during a march to demand the release of Jose Paz."
    gassed = [e for e in _events(nlp, rules, text, date(2015, 9, 10)) if e["event"] == "ASSAULT"]
    assert gassed and not any(e["recipient"] for e in gassed)  # the one whose release is asked was not gassed


def test_what_a_party_is_accused_of_is_not_its_name(nlp: Any, rules: Any) -> None:
    text = "Officials met in Dhaka. The opposition accused the prime minister of hiding the cost of the new bridge."
    (ev,) = _events(nlp, rules, text, date(2015, 9, 10))
    assert ev["recipient"][0]["text"] == "the prime minister"


def test_delivering_a_budget_is_no_aid(nlp: Any, rules: Any) -> None:
    text = "Officials met in Dublin. The finance minister will deliver his budget to parliament on Wednesday."
    assert _types(nlp, rules, text) == []


def test_calling_a_state_a_friend_or_ally_praises_it(nlp: Any, rules: Any) -> None:
    text = "Officials met in Accra. President Mensah said Togo had been a loyal friend to Ghana."
    (ev,) = _events(nlp, rules, text, date(2015, 9, 10))
    assert ev["event"] == "SUPPORT" and _codes(ev["recipient"]) == {"TGO"}
    text = "Officials met in Moscow. Russia is Syria's closest ally in the region."
    assert _types(nlp, rules, text) == []  # a description, no one speaking


def test_the_commons_is_britains_lower_chamber(nlp: Any, rules: Any) -> None:
    text = "Officials met in London. A report by the Commons health committee criticised the Department of Health."
    (ev,) = _events(nlp, rules, text, date(2015, 9, 10))
    assert _codes(ev["actor"]) == {"GBR"} and ev["actor"][0]["sector"] == "LEG"


def test_a_citys_named_building_places_an_arrest_in_its_country(nlp: Any, rules: Any) -> None:
    text = "Two Ghanaian nationals were arrested at Bangkok's main airport on Sunday with two kilograms of heroin."
    (ev,) = _events(nlp, rules, text, date(2015, 9, 10))
    assert _codes(ev["actor"]) == {"THA"}  # the authorities of where it happened, not of the arrested


def test_narrowings_of_the_first_code_review_of_stop_50(nlp: Any, rules: Any) -> None:
    text = "Officials met in Nairobi. Gunmen attacked a bus near Mombasa on Monday. Police later arrested them."
    arrests = [e for e in _events(nlp, rules, text, date(2015, 9, 10)) if e["event"] == "COERCE"]
    assert all(r["text"] != "a bus" for e in arrests for r in e["recipient"])  # after an attack, not those hit
    text = "Officials met in London. Police raided offices in Leeds and Bristol then arrested five people."
    arrests = [e for e in _events(nlp, rules, text, date(2015, 9, 10)) if e["event"] == "COERCE"]
    assert arrests and all(a["text"] == "Police" for e in arrests for a in e["actor"])  # no place acts
    text = "Officials met in Juba. President Kiir launched an attack on the rebel forces of his rival on Monday."
    assert _types(nlp, rules, text) == ["ASSAULT"]  # against forces: arms
    text = "Officials met in Lagos. The governor stood by his police chief on Monday."
    assert _types(nlp, rules, text) == ["SUPPORT"]  # a person, not his own words


def test_its_minister_after_a_name_and_a_comma_is_that_names(nlp: Any, rules: Any) -> None:
    text = (
        "Officials met in Geneva. Any deal that leaves Russian troops in Transnistria would be unacceptable to"
        " Moldova, its foreign minister told Russian envoys in Geneva."
    )
    for ev in _events(nlp, rules, text, date(2015, 9, 10)):
        assert _codes(ev["actor"]) == {"MDA"}  # Moldova's minister, who finds it unacceptable (no target of it)
        assert "MDA" not in _codes(ev["recipient"])


def test_a_round_of_talks_named_for_a_body_is_held_with_it(nlp: Any, rules: Any) -> None:
    text = "Officials met in Accra. Ghana wrapped up a fresh round of IMF negotiations on its loan on Tuesday."
    (ev,) = _events(nlp, rules, text, date(2015, 9, 10))
    assert ev["event"] == "CONSULT" and _codes(ev["actor"]) == {"GHA"} and ev["recipient"][0]["text"] == "IMF"


def test_an_inquiry_that_found_a_party_did_something_investigates_it(nlp: Any, rules: Any) -> None:
    text = (
        "Officials met in Madrid. An inquiry by Spanish prosecutors found that the mayor of Malaga had rigged tenders."
    )
    (ev,) = [e for e in _events(nlp, rules, text, date(2015, 9, 10)) if e["event"] == "ACCUSE"]
    assert "mayor" in ev["recipient"][0]["text"] and _codes(ev["actor"]) == {"ESP"}


def test_narrowings_of_the_second_code_review_of_stop_50(nlp: Any, rules: Any) -> None:
    text = "Officials met in Berlin. Two Russian diplomats were expelled by Germany on Monday."
    (ev,) = _events(nlp, rules, text, date(2015, 9, 10))
    assert ev["event"] == "SANCTION" and _codes(ev["recipient"]) == {"RUS"}  # no thing given: those expelled
    text = "Officials met in Berlin. Two men were arrested at Turkey's consulate in Berlin on Monday."
    (ev,) = _events(nlp, rules, text, date(2015, 9, 10))
    assert _codes(ev["actor"]) == {"DEU"}  # a country's mission abroad places nothing in that country
    text = "Officials met in Mexico City. Prosecutors said the general was an ally of the drug cartels."
    assert "SUPPORT" not in _types(nlp, rules, text)  # an ally of criminals, no praise of a state
    text = "Officials met in Nairobi. Police arrested 20 people after a rally in Nakuru on Saturday."
    assert "PROTEST" in _types(nlp, rules, text)  # a rally that police acted on, no speech's setting
    text = "Officials met in Kabul. The general said the idea of finding the missing soldiers alive was fading."
    assert _types(nlp, rules, text) == []


def test_a_vow_to_respond_is_a_threat(nlp: Any, rules: Any) -> None:
    text = "Officials met in Yerevan. Armenia vowed to respond forcefully after the Azerbaijani shelling."
    vows = [e for e in _events(nlp, rules, text, date(2015, 9, 10)) if _codes(e["actor"]) == {"ARM"}]
    assert [e["event"] for e in vows] == ["THREATEN"]
    text = "Officials met in Madrid. The minister promised to respond to the union's demands by Friday."
    assert "THREATEN" not in _types(nlp, rules, text)


def test_charged_with_a_duty_is_no_charge(nlp: Any, rules: Any) -> None:
    text = "Officials met in London. The Speaker is charged with ensuring order in the chamber."
    assert _types(nlp, rules, text) == []
    text = "Officials met in Nairobi. Prosecutors charged the former governor with stealing public funds on Monday."
    assert _types(nlp, rules, text) == ["ACCUSE"]


def test_charged_with_running_a_ring_is_a_charge(nlp: Any, rules: Any) -> None:
    text = "Officials met in San Salvador. Police held Mario Vega, who has been charged with running a smuggling ring."
    assert "ACCUSE" in _types(nlp, rules, text)


def test_an_agreement_named_for_a_city_has_no_counterpart_there(nlp: Any, rules: Any) -> None:
    text = "Officials met in Ottawa. The finance minister said the ministers would review the Paris agreement."
    assert all("FRA" not in _codes(e["recipient"]) for e in _events(nlp, rules, text, date(2015, 9, 10)))
