"""Why an event reads as it does, for the event page: the pattern, model or analyst behind each report, the rule or
dictionary that coded each participant, the date's words, the place's source, the runners-up and every version."""

from __future__ import annotations

from typing import Any

from eventwire.dictionaries import Dictionaries

Record = dict[str, Any]
# What each way of coding a participant (ActorRef.resolved_by) looked up, in words.
RESOLVED_BY = {
    "protest-place": "the authorities of the country where a protest with no named target happened",
    "office-holder": "the office-holders dictionary (officeholders*.json), by name and date",
    "organization": "the organisations dictionary (organizations*.json)",
    "country-name": "a country name (countries.json)",
    "country-adjective": "a nationality adjective (countries.json)",
    "country-capital": "a capital city standing for its government (countries.json)",
    "coref": "an earlier mention of the same party in the article",
    "group-coref": "the last group the article named by the same plural noun with a country ('six Paraguayan women')",
    "named-body": "the one body of that kind the article names with its country ('the embassy': 'the US Embassy')",
    "description": "a description of the person later in the article ('the Lib Dem leader said')",
    "place": "a place of that country named in the phrase (the gazetteer)",
    "residence": "where a group named by nationality lives (lexicon: residence)",
    "people": "a word for people in general (lexicon: people)",
    "group": "the group named in the sentence before ('they')",
    "implicit-authority": "the authorities implied by an agentless passive (lexicon: implicit_authority)",
    "implicit-crowd": "the people of the place, for a protest the text names no one for (lexicon: implicit_crowd)",
    "earlier-act": "the makers of the act the article told before, named here by its noun (lexicon: earlier_acts)",
    "accused": "the people the article last named as arrested or charged ('the suspects'; lexicon: pronouns)",
    "unidentified": "unnamed attackers of the clause's or article's country, none at sea (lexicon: unnamed_attackers)",
    "nongovernmental": "a named organisation the phrase calls a charity, rights group, ... (lexicon: nongovernmental)",
    "article-country": "the article's country (nothing in the phrase named one)",
    "clause-country": "the country the clause names",
    "office-in-article-country": "a state office held in the one country the article names (lexicon: officials)",
    "unresolved": "nothing in the dictionaries: no country code",
}
PLACE_SOURCES = {
    "sentence": "a place named in the reporting clause (the gazetteer)",
    "dateline": "the article's dateline",
    "lead": "the place of the article's lead event",
}


def _pattern(pid: str, dicts: Dictionaries) -> Record:
    base, *rereadings = pid.split("+")
    out: Record = {"id": pid, "rereadings": rereadings}
    if base == "analyst":
        return {**out, "kind": "analyst", "what": "added by an analyst"}
    if base.startswith("model:"):
        return {**out, "kind": "model", "name": base.removeprefix("model:"), "what": "a reading of the learned model"}
    pattern = next((p for p in dicts.triggers.patterns if p.id == base), None)
    if pattern is None:
        return {**out, "kind": "pattern", "what": "a pattern this installation no longer has"}
    cameo = dicts.ontology.cameo.get(pattern.cameo)
    return {**out, "kind": "pattern", "event": pattern.event, "cameo": pattern.cameo,
            "cameo_label": cameo.label if cameo else None, "words": sorted(pattern.lemmas),
            "construction": pattern.construction, "mode": list(pattern.mode), "weight": pattern.weight,
            "what": "a trigger pattern (triggers*.json)"}  # fmt: skip


def why(record: Record, dicts: Dictionaries) -> Record:
    """The explanation of one per-article event record, field by field."""
    explain = record.get("explain") or {}
    pids = explain.get("patterns") or [m.get("pattern") for m in record.get("mentions") or [] if m.get("pattern")]
    participants = [
        {**p, "how": RESOLVED_BY.get(str(p.get("resolved_by")).split("+")[0], p.get("resolved_by"))}
        for p in explain.get("participants") or []
    ]
    place = explain.get("place")
    if place:
        place = {**place, "how": PLACE_SOURCES.get(str(place.get("source")), place.get("source"))}
    versions = list(record.get("versions") or [])
    return {
        "patterns": [_pattern(str(pid), dicts) for pid in dict.fromkeys(pids)],
        "type_scores": explain.get("type_scores") or [],
        "participant_scores": explain.get("participant_scores") or [],
        "participants": participants,
        "date": explain.get("date"),
        "place": place,
        "coder": record.get("coder"),
        "models": [v for v in versions if ".model." in v],
        "components": [v for v in versions if ".model." not in v],  # dictionaries, extractor and resolvers
    }
