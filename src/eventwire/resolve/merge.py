"""One event per happening: mentions of one article that report the same event merge into one Event."""

from __future__ import annotations

import hashlib
from collections.abc import Iterable

from eventwire.dictionaries.lexicon import Lexicon
from eventwire.records import ActorRef, Event, EventDate, EventMention, Place

NAME = "eventwire.merge.v1"
_GUESSED = frozenset({"implicit-authority", "implicit-crowd", "unidentified", "protest-place"})  # participants the
# resolver supplies where the text names none (see _sides_compatible)


def _countries(m: EventMention) -> frozenset[str]:
    return frozenset(r.code for r in (*m.actors, *m.recipients) if r.code)


def _same_name(a: str, b: str) -> bool:
    """ "Wei" is "Wei Fenghe"; "Mohammad Bagheri" is not "Mohammad Reza Ashtiani"."""
    ta, tb = set(a.lower().split()), set(b.lower().split())
    return ta <= tb or tb <= ta


def _refs_compatible(a: ActorRef, b: ActorRef) -> bool:
    """Could these two references be the same participant (two named people or organisations only by name)?"""
    if a.code != b.code:
        return False
    if "country" in (a.kind, b.kind):  # a country acts through its officials and bodies
        return True
    if {a.kind, b.kind} == {"person", "organization"}:
        # "President Calderon" signed what "the government of Mexico" signed: an unnamed body acts through its named
        # office-holders; not "eight members of this group" and "12 suspected Zetas", two groups
        person, body = (a, b) if a.kind == "person" else (b, a)
        return bool(person.name) and not body.name and bool(set(a.sectors) & set(b.sectors))
    if a.kind != b.kind:
        return False
    if a.kind == "person" and a.name and b.name:
        return _same_name(a.name, b.name)
    if a.kind == "organization" and a.name and b.name:
        return _same_name(a.name, b.name)  # "Labour" criticised it, "the Liberal Democrats" also did: two acts
    return not a.sectors or not b.sectors or bool(set(a.sectors) & set(b.sectors))


def _sides_compatible(
    xs: Iterable[ActorRef],
    ys: Iterable[ActorRef],
    guessed: tuple[bool, bool] = (False, False),
) -> bool:
    """Every participant of one mention has a compatible one of the same country in the other; one the resolver
    supplied in a headline (``guessed``: whether the first, the second mention is one) is whoever of its country the
    other names ("Mayor slammed over flood response" and the story's residents who criticised him; not a body's
    unnamed attackers and a headline's rebels, nor two attacks of the body)."""
    xs, ys = list(xs), list(ys)
    for x in xs:
        if x.resolved_by == "group" or x.code is None or (guessed[0] and x.resolved_by in _GUESSED):  # "the two
            continue  # sides" stands for whichever of them the other mention names; a participant of unknown
            # country may be any of them
        same = [y for y in ys if y.code == x.code]
        if same and not any(_refs_compatible(x, y) or (guessed[1] and y.resolved_by in _GUESSED) for y in same):
            return False
    return True


def _other_people(a: EventMention, b: EventMention) -> bool:
    """Does either mention name a person, or a counterpart organisation, the other does not ("separate meetings with
    Raisi and Bagheri"; "members of this group were arrested, as were 12 Zetas": arrests of two groups)?"""
    named = [
        [r.name for r in (*m.actors, *m.recipients) if r.name and (r.kind == "person" or r in m.recipients)]
        for m in (a, b)
    ]
    return any(not any(_same_name(x, y) for y in theirs) for mine, theirs in (named, named[::-1]) for x in mine)


def _told_apart(a: Place | None, b: Place | None) -> bool:
    """Do two sentences put their acts in different places (a dateline or lead city is only a default)?"""
    return a is not None and b is not None and a.source == b.source == "sentence" and a.geonameid != b.geonameid


def _dates_compatible(a: EventDate | None, b: EventDate | None) -> bool:
    if a is None or b is None or a.inferred or b.inferred or a.value is None or b.value is None:
        return True
    if a.precision == b.precision == "day":
        return a.value == b.value
    return a.value.year == b.value.year


def _symmetric(m: EventMention, lex: Lexicon) -> bool:
    """Has this act no stable direction across reports: a meeting (the lexicon's symmetric types), or an act the
    parties do with each other ("Mexico and the Dominican Republic signed a treaty" is the headline's "Dominican
    Republic, Mexico Sign Security Agreement")?"""
    return (
        m.coding.event in lex.symmetric_types
        or m.coding.cameo in lex.mutual_cameos
        or m.provenance.pattern_id.split("+")[0] in lex.mutual_patterns
    )


def _one_target(a: EventMention, b: EventMention) -> bool:
    """Do two acts of one sentence have the same words for actor and target ("shelled and destroyed a radar
    station": one act told by two verbs)?"""
    return (
        a.sentence.start == b.sentence.start
        and bool(a.recipients)
        and _spans(a.actors) == _spans(b.actors)
        and _spans(a.recipients) == _spans(b.recipients)
    )


def _spans(refs: Iterable[ActorRef]) -> set[tuple[int | None, int | None, str, str | None]]:
    return {(x.start, x.end, x.text, x.sector) for x in refs}


def compatible(a: EventMention, b: EventMention, lex: Lexicon) -> bool:
    """Same type and CAMEO root (the lexicon's merged roots as one: one attack reported as assault and as fighting;
    any root but the distinct ones for two verbs of one sentence with the same actor and target words), same
    polarity and countries,
    and, across sentences, same participants (either way round for symmetric acts: meetings and treaties have no
    stable direction across reports) and compatible date and place."""
    if a.coding.event != b.coding.event:
        return False
    one = _one_target(a, b)  # "shelled and destroyed a radar station": an attack, and the wreck it made
    if not one and lex.merge_root(a.coding.cameo) != lex.merge_root(b.coding.cameo):
        return False
    distinct = (a.coding.cameo[:2] in lex.distinct_roots or b.coding.cameo[:2] in lex.distinct_roots) and (
        a.coding.cameo[:3] != b.coding.cameo[:3]
    )
    if distinct and not (one and a.coding.cameo[:2] != b.coding.cameo[:2]):
        return False  # "15 people were detained and 16 properties seized": an arrest and a seizure; "arrested and
        # deported two journalists": an arrest and an expulsion (but "attacked and destroyed the platform": one)
    if a.negated != b.negated or _countries(a) != _countries(b):
        return False
    same = a.sentence.start == b.sentence.start and (
        a.trigger.start == b.trigger.start
        or a.coding.cameo == b.coding.cameo
        or one
        or a.coding.cameo[:2] in lex.merged_roots  # "ambushed a convoy, injuring five soldiers": one attack
    )
    if same and not _other_people(a, b):  # one trigger or code, one set of countries in one sentence: one happening
        return True  # told once ("called on village councils and church leaders"), unless it names other people
        # ("separate meetings with Raisi and Bagheri")
    if _symmetric(a, lex) and _symmetric(b, lex):
        sides = [((*a.actors, *a.recipients), (*b.actors, *b.recipients))]
    else:  # who did it to whom must agree
        sides = [(a.actors, b.actors), (a.recipients, b.recipients)]
    for xs, ys in sides:
        cx, cy = {x.code for x in xs if x.code}, {y.code for y in ys if y.code}
        if cx and cy and cx != cy:  # a side with no coded participant says nothing against the other
            return False
        heads = (a.sentence.zone == "headline", b.sentence.zone == "headline")
        if not (_sides_compatible(xs, ys, heads) and _sides_compatible(ys, xs, heads[::-1])):
            return False
    if _told_apart(a.place, b.place):
        return False
    return _dates_compatible(a.date, b.date)


def _best_date(ms: list[EventMention]) -> EventDate | None:
    rank = {"day": 0, "month": 1, "year": 2}
    explicit = [m.date for m in ms if m.date is not None and not m.date.inferred and m.date.value is not None]
    if explicit:
        return min(explicit, key=lambda d: rank.get(d.precision or "", 3))
    vague = [m.date for m in ms if m.date is not None and not m.date.inferred]
    if vague:
        return vague[0]
    return next((m.date for m in ms if m.date is not None), None)


def _best_place(ms: list[EventMention]) -> Place | None:
    sentence = [m.place for m in ms if m.place is not None and m.place.source == "sentence"]
    return sentence[0] if sentence else next((m.place for m in ms if m.place is not None), None)


def _richness(m: EventMention) -> tuple[int, int, int, float]:
    """Prefer the mention that names its own participants (not "the two sides") and codes most of them."""
    refs = (*m.actors, *m.recipients)
    own = int(not any(r.resolved_by == "group" for r in refs))
    named = sum(1 for r in refs if r.name and r.kind == "person")
    coded = sum(1 for r in refs if r.code)
    return own, coded, named, m.confidence


def _told_together(best: EventMention, cluster: list[EventMention]) -> tuple[list[ActorRef], list[ActorRef]]:
    """The best mention's actors and recipients, and those its trigger names beside them ("called on village
    councils and church leaders": one request to both); for attackers it could only guess, the doers another mention
    of the sentence tells."""
    told = [m for m in cluster if m.sentence.start == best.sentence.start and m.trigger.start == best.trigger.start]
    sides: tuple[list[ActorRef], list[ActorRef]] = ([], [])
    for m in sorted(told, key=lambda x: x is not best):  # the best mention's own first
        for refs, more in zip(sides, (m.actors, m.recipients), strict=True):
            refs += [r for r in more if not any((r.start, r.end, r.code) == (x.start, x.end, x.code) for x in refs)]
    if sides[0] and all(a.resolved_by == "unidentified" for a in sides[0]):
        doers = [  # "two were left dead after gunmen opened fire": the gunmen, whose act in the sentence names no
            m.actors  # target of its own
            for m in cluster
            if m.sentence.start == best.sentence.start
            and not m.recipients
            and m.actors
            and all(a.code and a.resolved_by != "unidentified" for a in m.actors)
        ]
        if doers:
            sides = (list(doers[0]), sides[1])
    return sides


def _reports(cluster: list[EventMention]) -> int:
    """How many sentences report the event (more than one raises its confidence)."""
    return len({m.sentence.start for m in cluster})


def _event_id(article_key: str, coder: str, m: EventMention, taken: set[str]) -> str:
    """A stable id from the article, coder, codes, participants and trigger; two events that still share all of
    these (one trigger, two unnamed counterparts of one country) get a numbered variant, so none is lost."""
    keys = sorted(f"{r.code}:{(r.name or '').lower()}" for r in (*m.actors, *m.recipients))
    payload = "|".join([article_key, coder, m.coding.event, m.coding.cameo, *keys, str(m.trigger.start)])
    candidate, n = payload, 1
    while (event_id := "ev-" + hashlib.sha1(candidate.encode("utf-8")).hexdigest()[:16]) in taken:
        n += 1
        candidate = f"{payload}|{n}"
    taken.add(event_id)
    return event_id


def merge_mentions(
    mentions: list[EventMention], *, article_key: str, coder: str, lexicon: Lexicon, versions: tuple[str, ...] = ()
) -> list[Event]:
    """Cluster compatible mentions (in text order) and build one Event per cluster."""
    clusters: list[list[EventMention]] = []
    for m in mentions:
        for cluster in clusters:
            if all(compatible(m, other, lexicon) for other in cluster):
                cluster.append(m)
                break
        else:
            clusters.append([m])
    events = []
    taken: set[str] = set()
    for cluster in clusters:
        best = max(cluster, key=_richness)
        actors, recipients = _told_together(best, cluster)
        events.append(
            Event(
                id=_event_id(article_key, coder, cluster[0], taken),
                article_id=best.article_id,
                coding=best.coding,
                actors=tuple(actors),
                recipients=tuple(recipients),
                mentions=tuple(sorted(cluster, key=lambda x: x.sentence.start)),
                date=_best_date(cluster),
                place=_best_place(cluster),
                negated=best.negated,
                hypothetical=all(x.hypothetical for x in cluster),
                confidence=min(1.0, max(x.confidence for x in cluster) + 0.05 * (_reports(cluster) - 1)),
                coder=coder,
                versions=versions,
            )
        )
    return events
