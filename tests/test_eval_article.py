"""The article-level scorer follows ARTICLE-GOLD.md: matching, duplicates, forbidden, accuracies."""

from __future__ import annotations

from typing import Any

from eventwire.eval.article import score_article

GOLD: dict[str, Any] = {
    "article_id": "g1",
    "entities": [
        {"key": "raisi", "name": "Ebrahim Raisi", "country": "IRN", "sectors": ["GOV"], "mentions": ["Raisi"]},
        {"key": "wei", "name": "Wei Fenghe", "country": "CHN", "sectors": ["GOV", "MIL"], "mentions": ["Wei"]},
        {"key": "tehran", "name": "Tehran", "kind": "place", "lat": 35.694, "lon": 51.422, "geonameid": 112931},
    ],
    "events": [
        {
            "key": "E1",
            "required": True,
            "plover": ["CONSULT"],
            "cameo": ["040"],
            "participants": ["raisi", "wei"],
            "date": "2022-04-27",
            "location": "tehran",
        },
        {
            "key": "E2",
            "required": True,
            "plover": ["SUPPORT"],
            "cameo": ["05"],
            "participants": ["raisi", "wei"],
            "actor": ["raisi"],
            "directed": True,
            "date": None,
        },
        {"key": "E3", "required": False, "plover": ["AGREE"], "cameo": ["030"], "participants": ["raisi", "wei"]},
    ],
    "forbidden": [{"rule": "no_actor", "value": ["China Daily"]}, {"rule": "no_quad", "value": [3, 4]}],
}


def _out(
    event: str,
    cameo: str,
    actor: tuple[str, str, str | None],
    recipient: tuple[str, str, str | None],
    date: str | None = "2022-04-27",
    quad: int = 1,
    precision: str = "day",
) -> dict[str, Any]:
    def ref(x: tuple[str, str, str | None]) -> dict[str, Any]:
        return {"name": x[0], "text": x[0], "code": x[1], "sector": x[2]}

    return {
        "id": f"{event}{cameo}",
        "event": event,
        "cameo": cameo,
        "actor": [ref(actor)],
        "recipient": [ref(recipient)],
        "date": date,
        "date_precision": precision,
        "quad_code": quad,
        "event_loc": {"name": "Tehran", "lat": 35.69, "lon": 51.42, "geonameid": 112931, "country_code": "IRN"},
    }


RAISI = ("Ebrahim Raisi", "IRN", "GOV")
WEI = ("Wei Fenghe", "CHN", "GOV")


def test_perfect_output() -> None:
    s = score_article(
        GOLD, [_out("CONSULT", "040", RAISI, WEI), _out("SUPPORT", "051", RAISI, WEI, date=None)]
    ).summary()
    assert (s["recall"], s["precision"], s["f1"]) == (1.0, 1.0, 1.0)
    assert s["date_accuracy"] == 1.0 and s["location_accuracy"] == 1.0 and s["sector_accuracy"] == 1.0


def test_duplicates_direction_and_forbidden() -> None:
    outs = [
        _out("CONSULT", "042", RAISI, WEI),
        _out("CONSULT", "040", WEI, RAISI),  # duplicate of E1
        _out("SUPPORT", "051", WEI, RAISI),  # wrong direction: no match
        _out("AGREE", "030", RAISI, WEI),  # optional
        _out("ASSAULT", "190", ("China Daily", "CHN", None), RAISI, quad=4),
    ]
    s = score_article(GOLD, outs).summary()
    assert s["matched_required"] == 1 and s["duplicates"] == 1 and s["false_events"] == 2
    assert s["precision"] == 2 / 5 and s["recall"] == 0.5
    assert s["forbidden"] == 2  # the publisher as an actor, and an unmatched quad-4 event


def test_a_multilateral_event_matches_two_of_its_countries_or_the_body_that_stands_for_them() -> None:
    gold: dict[str, Any] = {
        "article_id": "g2",
        "entities": [
            {"key": "au", "name": "African Union", "country": "IGO"},
            {"key": "ner", "name": "Niger", "country": "NER"},
            {"key": "nga", "name": "Nigeria", "country": "NGA"},
            {"key": "ben", "name": "Benin", "country": "BEN"},
        ],
        "events": [
            {
                "key": "E1",
                "required": True,
                "plover": ["CONSULT"],
                "cameo": ["04"],
                "participants": ["au", "ner", "nga", "ben"],
            }
        ],
    }
    au, ner, nga, ben = ("AU", "IGO", None), ("Niger", "NER", None), ("Nigeria", "NGA", None), ("Benin", "BEN", None)
    assert score_article(gold, [_out("CONSULT", "040", nga, ben)]).summary()["recall"] == 1.0  # two of them
    solo = _out("CONSULT", "040", au, au)
    solo["recipient"] = []
    assert score_article(gold, [solo]).summary()["recall"] == 1.0  # the body that stands for the group
    one = _out("CONSULT", "040", ner, ner)
    one["recipient"] = []
    assert score_article(gold, [one]).summary()["recall"] == 0.0  # one member state alone is not the group


def test_a_directed_event_whose_actor_has_no_country_matches_on_its_countries() -> None:
    gold = {
        "article_id": "g2",
        "entities": [
            {"key": "attackers", "name": "unknown attackers", "country": None, "sectors": ["UAF"]},
            {"key": "soldiers", "name": "five soldiers", "country": "HND", "sectors": ["MIL"]},
        ],
        "events": [
            {
                "key": "E1",
                "required": True,
                "plover": ["ASSAULT"],
                "cameo": ["19"],
                "participants": ["attackers", "soldiers"],
                "actor": ["attackers"],
                "directed": True,
            }
        ],
    }
    unnamed = ("unidentified attackers", "", None)
    out = _out("ASSAULT", "193", unnamed, ("five soldiers", "HND", "MIL"), quad=4)
    out["actor"][0]["code"] = None  # left out on both sides (ARTICLE-GOLD.md): the countries decide
    s = score_article(gold, [out]).summary()
    assert s["recall"] == 1.0 and s["direction_accuracy"] is None
    wrong = _out("ASSAULT", "193", ("the army", "GTM", "MIL"), ("five soldiers", "HND", "MIL"), quad=4)
    assert score_article(gold, [wrong]).summary()["recall"] == 0.0  # another country is still wrong
