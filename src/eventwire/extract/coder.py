"""The pattern coder: triggers, roles, modality → mentions; resolved actors, dates, places; merged events."""

from __future__ import annotations

from dataclasses import dataclass, replace
from itertools import product

from spacy.tokens import Doc, Span, Token

from eventwire.dictionaries import Dictionaries
from eventwire.dictionaries.triggers import TriggerPattern
from eventwire.extract.arguments import INSTRUMENTS, Roles, embedded, phrase, roles
from eventwire.extract.casing import HeadlineCaser
from eventwire.extract.learned import SentenceModels
from eventwire.extract.modality import Modality, clause_ids, clause_text, modality
from eventwire.extract.triggers import TriggerMatch, direct_object, match_triggers, match_verb
from eventwire.nlp.entities import sentence_ents
from eventwire.nlp.pipeline import SOURCE_TEXT, source_text
from eventwire.records import (
    ActorRef,
    Article,
    Coding,
    Event,
    EventDate,
    EventMention,
    Phrase,
    Place,
    Provenance,
    Sentence,
    Zone,
)
from eventwire.records import Span as TextSpan
from eventwire.resolve.actors import GROUP_SIDES, THEY, ActorResolver, ArticleMemory
from eventwire.resolve.actors import NAME as ACTORS_NAME
from eventwire.resolve.dates import NAME as DATES_NAME
from eventwire.resolve.dates import resolve_date, same_day_phrase
from eventwire.resolve.merge import NAME as MERGE_NAME
from eventwire.resolve.merge import merge_mentions
from eventwire.resolve.places import Gazetteer

NAME = "eventwire.coder.patterns.v1"
_SKIP_ZONES: frozenset[Zone] = frozenset({"publisher", "byline", "heading"})
_INTENT_CAMEO = {
    "CONSULT": "036",
    "SUPPORT": "032",
    "COOPERATE": "031",
    "AID": "033",
    "CONCEDE": "035",
    "RETREAT": "035",
}
# hostile acts that, promised rather than done, are threats ("vowed to fight", "will seize the town"); an announced
# sanction ("said it would prohibit all aid") is the sanction itself, and a threat only on a condition ("unless")
_THREAT_WHEN_PROMISED = frozenset({"ASSAULT", "COERCE"})
_INTENT_BY_CONTEXT = {"military": "0312", "economic": "0311", "legal": "0313", "intelligence": "0314"}
_CONTEXT_WORDS = {
    "military": ("military", "army", "armed forces", "defense", "defence", "troops", "militaries", "navy", "exercises"),
    "economic": ("trade", "economic", "tariff", "tariffs", "investment", "economy", "exports", "imports"),
    "illegal_drugs": ("cocaine", "drug", "drugs", "narcotics", "heroin", "marijuana", "cartel"),
    "crime": ("crime", "criminal", "gang", "murder", "homicide"),
    "terrorism": ("terrorist", "terrorism", "jihadist"),
    "migration": ("migrants", "refugees", "asylum seekers", "migration"),
}
# types whose action is meaningless without a target: those PLOVER requires one for (COOPERATE, AID, SANCTION) and
# accusations, demands and support, which name whom they concern; a rejection or threat may stand alone ("Syria
# rejected the plan", "the rebels threatened to resume fighting")
_NEEDS_RECIPIENT = frozenset({"COOPERATE", "AID", "SANCTION", "ACCUSE", "REQUEST", "SUPPORT"})
_WANTS_TARGET = _NEEDS_RECIPIENT | {"REJECT", "THREATEN"}  # look for a target inside the object when no slot named one
# passives without an agent ("five men were arrested") whose actor is the authorities of the article's country
_IMPLICIT_AUTHORITY = frozenset({"COERCE", "SANCTION", "MOBILIZE", "ACCUSE"})
_PLACE_PREPS = frozenset({"in", "at", "near", "outside", "inside", "from", "across"})


@dataclass(frozen=True, slots=True)
class CoderOptions:
    keep_negated: bool = False
    keep_hypothetical: bool = False
    keep_background: bool = False
    models: bool = True  # use the shipped learned sentence models


class PatternCoder:
    """Codes events from the dependency parse with the trigger dictionary and the resolvers."""

    name = NAME

    def __init__(
        self,
        dictionaries: Dictionaries,
        gazetteer: Gazetteer | None,
        options: CoderOptions | None = None,
        models: SentenceModels | None = None,
    ) -> None:
        self.dicts = dictionaries
        self.recase = HeadlineCaser(dictionaries).recase
        self.actors = ActorResolver(dictionaries.actors, gazetteer)
        self.gazetteer = gazetteer
        self.options = options or CoderOptions()
        self.models = models
        parts = [*dictionaries.versions, ACTORS_NAME, DATES_NAME, MERGE_NAME]
        if gazetteer is not None:
            parts.append(gazetteer.name)
        if models is not None:
            parts += [m.name for m in (models.classes, models.types) if m is not None]
        self.versions = tuple(parts)

    # -- article -------------------------------------------------------------------------------
    def code(self, article: Article, doc: Doc) -> list[Event]:
        memory = self._memory(article, doc)
        mentions: list[EventMention] = []
        anchor: EventDate | None = None
        dateline_place = self._dateline_place(article, memory)
        lead_place = self._lead_place(article, doc, memory) if dateline_place is None else None
        for sent in doc.sents:
            zone = article.structure.zone_at(sent.start_char)
            if zone in _SKIP_ZONES or not sent.text.strip():
                continue
            sentence = Sentence(sent.start_char, sent.end_char, sent.text.rstrip(), zone)
            found = []
            for match in match_triggers(sent, self.dicts.triggers, headline=zone == "headline"):
                found += self._mentions(article, sentence, match, memory, anchor, dateline_place or lead_place)
            if self.models is not None:
                found = self._with_models(article, sentence, sent, found, memory, anchor, dateline_place or lead_place)
            mentions.extend(found)
            for m in found:
                if anchor is None and m.date and not m.date.inferred and m.date.precision == "day":
                    anchor = m.date
            self._track_subject(sent, memory)
        mentions = [self._upgrade(m, memory) for m in mentions]
        if SOURCE_TEXT in doc.user_data:
            source = source_text(doc)
            mentions = [_restore_text(m, source) for m in mentions]
        mentions = [m for m in mentions if self._keep(m)]
        return merge_mentions(mentions, article_key=article.content_hash, coder=self.name, versions=self.versions)

    def _with_models(
        self,
        article: Article,
        sentence: Sentence,
        sent: Span,
        found: list[EventMention],
        memory: ArticleMemory,
        anchor: EventDate | None,
        dateline_place: Place | None,
    ) -> list[EventMention]:
        """Blend each rule event's confidence with the sentence model; code a confident sentence no rule caught."""
        assert self.models is not None
        probs = self.models.classes.predict_proba(sentence.text)
        if found:
            return [replace(m, confidence=self.models.blend(m.confidence, m.coding.cameo, probs)) for m in found]
        match = self.models.fallback_match(sent, probs)
        if match is None:
            return []
        return self._mentions(article, sentence, match, memory, anchor, dateline_place)

    def _keep(self, m: EventMention) -> bool:
        return (self.options.keep_negated or not m.negated) and (self.options.keep_hypothetical or not m.hypothetical)

    def _memory(self, article: Article, doc: Doc) -> ArticleMemory:
        weights: list[tuple[str, float]] = []
        lead_end = (
            article.structure.zones[min(3, len(article.structure.zones) - 1)][1] if article.structure.zones else 0
        )
        for ent in doc.ents:
            if ent.label_ in ("GPE", "NORP"):
                weights.append((ent.text, 2.0 if ent.start_char < lead_end else 1.0))
        main, countries = self.actors.article_countries(weights)
        return ArticleMemory(published=article.published, main_country=main, countries=countries)

    def _lead_place(self, article: Article, doc: Doc, memory: ArticleMemory) -> Place | None:
        """The first city the headline or lead names ("... Victims of Zeta Killers in Veracruz"): where an undated
        article's events happen unless their own clause says otherwise (used like a dateline, see _fallback_place)."""
        if self.gazetteer is None or not article.structure.zones:
            return None
        lead_end = article.structure.zones[min(2, len(article.structure.zones) - 1)][1]
        for ent in doc.ents:
            if ent.start_char >= lead_end:
                break
            place = self._city(ent, memory)
            if place is not None:
                return replace(place, source="lead")
        return None

    def _dateline_place(self, article: Article, memory: ArticleMemory) -> Place | None:
        span = article.structure.dateline_place
        if span is None or self.gazetteer is None:
            return None
        return self.gazetteer.place(span.text, span.start, span.end, memory.countries, "dateline")

    def _track_subject(self, sent: Span, memory: ArticleMemory) -> None:
        """Remember the sentence's person subject for a following "He"/"She"."""
        root = sent.root
        for child in root.children:
            if child.dep_ == "nsubj" and child.pos_ == "PROPN":
                ref = self.actors.resolve(phrase(child), memory)
                if ref is not None and ref.kind == "person":
                    memory.last_person = self.actors.finish(ref, memory)
                return

    # -- one trigger ---------------------------------------------------------------------------
    def _resolve_side(self, phrases: tuple[Phrase, ...], memory: ArticleMemory) -> list[ActorRef]:
        refs: list[ActorRef] = []
        pending: list[ActorRef] = []  # unnamed titles waiting for the name in the next conjunct
        for ph in phrases:
            low = ph.text.lower()
            if low in THEY or any(low == g or low.endswith(g) for g in GROUP_SIDES):
                refs.extend(replace(g, resolved_by="group") for g in memory.last_group)
                continue
            ref = self.actors.resolve(ph, memory)
            if ref is None:
                continue
            if ref.kind == "person" and ref.name is None and ref.resolved_by != "coref":
                pending.append(ref)
                continue
            if pending and ref.kind == "person" and ref.name:
                first = pending[0]
                sectors = tuple(dict.fromkeys((*[s for p in pending for s in p.sectors], *ref.sectors)))
                code = ref.code if ref.resolved_by != "unresolved" else first.code
                ref = replace(ref, code=code or first.code, sectors=sectors, sector=sectors[0] if sectors else None)
                pending = []
            refs.append(self.actors.finish(ref, memory))
        refs.extend(self.actors.finish(p, memory) for p in pending)
        return _dedupe(refs)

    def _mentions(
        self,
        article: Article,
        sentence: Sentence,
        match: TriggerMatch,
        memory: ArticleMemory,
        anchor: EventDate | None,
        dateline_place: Place | None,
    ) -> list[EventMention]:
        mod = modality(match.token)
        if (mod.background or _undated_modifier(match.token)) and not self.options.keep_background:
            return []
        r = roles(match)
        actors = self._resolve_side(r.actors, memory)
        if not actors and r.speaker and r.actors and all(p.words[p.head].pos == "PRON" for p in r.actors if p.words):
            actors = self._resolve_side(r.speaker, memory)  # "X announced that it has called off the strike"
        recipients = self._resolve_side(r.recipients, memory)
        if not recipients and (
            match.pattern.event in _WANTS_TARGET
            or match.pattern.nominal
            or (actors and not any(a.code for a in actors))
        ):  # a named party inside the object when the type needs a target or the named actor is uncoded
            inside = self._resolve_side(embedded(match, r.actors), memory)
            recipients = [x for x in inside if not any(_same(x, a) for a in actors)]
        actors = self._apply_speaker(r, actors, memory)
        actors, recipients, visit = _visit_semantics(actors, recipients, r)
        recipients = [x for x in recipients if not any(_same(x, a) for a in actors)]
        if not recipients and len({a.code for a in actors if a.resolved_by != "group"}) >= 2:
            actors, recipients = actors[:1], actors[1:]  # "Kenya and Ethiopia signed a deal": the first with the others
        if not actors and r.passive and (match.pattern.event in _IMPLICIT_AUTHORITY or "release" in match.pattern.mode):
            own = next((x.code for x in recipients if x.code), None) if match.pattern.event == "ACCUSE" else None
            where = own or self._clause_country(match.token) or memory.main_country
            if where:
                actors = [_authorities(where, match.token)]
        if (
            not actors
            and match.pattern.event == "ASSAULT"
            and match.pattern.weight >= 0.5
            and not match.pattern.id.startswith("model:")  # a guessed event gets no guessed attacker
            and (r.passive or _instrument(r.actors))
            and recipients
        ):  # "a journalist was killed in a car bomb", "a mine explosion killed two youths": attackers unnamed
            victims = {x.code for x in recipients}
            where = self._clause_country(match.token) or (
                memory.main_country if memory.main_country in victims else None
            )
            if where:
                actors = [_unidentified(where, match.token)]
        actors = [_as_government(self._located(a, match.token)) for a in actors]
        if not self._enough(match, actors, recipients, sentence.zone):
            return []
        match, mod = _reread(match, mod, actors, recipients, r, sentence.text)
        coding = self._coding(match, mod, visit)
        date = self._date(match.token, article, anchor)
        if _past_year(date, article) and not self.options.keep_background:
            return []  # "In 2014, ..." or "last year": background, not this article's news ("in 2016" ahead is a plan)
        place = self._place(match.token, memory, tuple(actors)) or _fallback_place(dateline_place, actors, recipients)
        confidence = (
            match.pattern.weight * (0.9 if actors and recipients else 0.7) * (0.8 if match.pattern.nominal else 1.0)
        )
        trigger = _trigger_span(match)
        prov = Provenance(self.name, match.pattern.id, trigger.start, trigger.end, sentence.start, sentence.end)
        participants = tuple((*actors, *recipients))
        if len({p.code for p in participants if p.code}) >= 2 or len(participants) >= 2:
            memory.last_group = participants
        out = []
        for acts, recs in _pairs(actors, recipients):
            out.append(
                EventMention(
                    article_id=article.id,
                    sentence=sentence,
                    trigger=trigger,
                    coding=coding,
                    actors=acts,
                    recipients=recs,
                    provenance=prov,
                    date=date,
                    place=place,
                    negated=mod.negated,
                    hypothetical=mod.hypothetical,
                    confidence=confidence,
                )
            )
        return out

    def _located(self, ref: ActorRef, token: Token) -> ActorRef:
        """An uncoded crowd ("prisoners", "thousands of people") belongs to the country where the clause puts it,
        before the article's main country."""
        if ref.resolved_by != "article-country" or ref.kind != "group":
            return ref
        where = self._clause_country(token)
        return replace(ref, code=where, resolved_by="clause-country") if where else ref

    def _clause_country(self, token: Token) -> str | None:
        """The country where the clause says the action happened ("were seized in Paraguay")."""
        ids = clause_ids(_clause_head(token))
        for ent in sentence_ents(token):
            if ent.label_ in ("GPE", "LOC") and ent.root.i in ids and ent.root.dep_ == "pobj":
                hit = self.dicts.actors.country(ent.text)
                if hit is not None:
                    return hit.code
                entry = self.gazetteer.lookup(ent.text) if self.gazetteer else None
                if entry is not None:
                    return entry.country
        return None

    def _enough(self, match: TriggerMatch, actors: list[ActorRef], recipients: list[ActorRef], zone: Zone) -> bool:
        """An event needs a coded participant, an actor, and a recipient where its type cannot do without."""
        if not actors or not any(x.code for x in (*actors, *recipients)):
            return False
        if match.pattern.nominal and not recipients and zone != "headline":
            return False  # "Iran's offensive" in passing: a noun names an event only with both sides
        if match.pattern.event == "REJECT" and _declines_to_speak(match.token):
            return False  # "refused to say", "declined to comment" are not rejections
        event = match.pattern.event
        needs = event in _NEEDS_RECIPIENT or (event in _WANTS_TARGET and not match.pattern.obj)
        if needs and not recipients:  # "rejected the proposal" may stand alone; "opposes unilateralism" may not
            # "appointed a special prosecutor", "opened an investigation": an investigation may have no target yet
            return "investigate" in match.pattern.mode and match.obj is not None
        if event == "CONSULT" and not recipients and match.pattern.cameo != "045":  # a mediator may act alone
            # a meeting needs a counterpart: "A and B met", "the two sides"
            return len({a.code for a in actors}) >= 2 or any(a.resolved_by == "group" for a in actors)
        return True

    def _apply_speaker(self, r: Roles, actors: list[ActorRef], memory: ArticleMemory) -> list[ActorRef]:
        """In reported speech the speaker is the actor when the clause's subject is the speaker's own side."""
        if not r.speaker or not actors:
            return actors
        speakers = self._resolve_side(r.speaker, memory)
        if not speakers:
            return actors
        sp = speakers[0]
        if all(a.kind == "country" and (a.code == sp.code or a.code is None) for a in actors) and len(actors) == 1:
            return [sp]
        return actors

    def _coding(self, match: TriggerMatch, mod: Modality, visit: bool) -> Coding:
        p = match.pattern
        event, cameo, mode = p.event, p.cameo, p.mode
        context = _contexts(match.token, p.context)
        intent = mod.intent
        if p.adjectival and match.obj is not None:  # "willing to <action>": code the action as intended
            action = _match_action(match.obj, self.dicts)
            if action is not None:
                event, cameo, mode, intent = action.event, action.cameo, action.mode, True
                if self.dicts.ontology.plover[event].quad_code >= 3:
                    event, cameo, mode = "THREATEN", "130", ()
        elif p.event == "AGREE" and _accord_only(match.token):  # "agreed with the Senate that ...": verbal accord
            event, cameo, mode = "SUPPORT", "019", ()
        elif p.event == "AGREE" and not p.nominal:  # "vowed to fight the army": a promised hostile act is a threat
            act = next((c for c in match.token.children if c.dep_ == "xcomp" and c.pos_ == "VERB"), None)
            action = _match_action(act, self.dicts) if act is not None else None
            if action is not None and self.dicts.ontology.plover[action.event].quad_code >= 3:
                event, cameo, mode = "THREATEN", ("138" if action.event == "ASSAULT" else "130"), ()
        if (intent and mod.conditional) or (intent and event in _THREAT_WHEN_PROMISED and not p.adjectival):
            # an ultimatum, or a promised hostile act ("vowed to fight"): a threat
            event, cameo, mode = "THREATEN", ("138" if event == "ASSAULT" else "130"), ()
        elif intent and event in _INTENT_CAMEO:
            cameo, event, mode = _INTENT_CAMEO[event], "AGREE", ()
        if event == "AGREE" and cameo in ("030", "031"):
            cameo = next((_INTENT_BY_CONTEXT[c] for c in context if c in _INTENT_BY_CONTEXT), cameo)
        if visit and event == "CONSULT":
            mode = ("visit",)
        onto = self.dicts.ontology
        mode = tuple(m for m in mode if m in onto.plover[event].modes)
        return onto.coding(event, cameo, mode, context)

    def _date(self, token: Token, article: Article, anchor: EventDate | None) -> EventDate | None:
        ids = clause_ids(_clause_head(token))
        own = _own_verb(token)
        for ent in sentence_ents(token):
            if ent.label_ not in ("DATE", "TIME") or ent.root.i not in ids or _own_verb(ent.root).i != own.i:
                continue
            if same_day_phrase(ent.text) and anchor is not None:
                return replace(anchor, inferred=False, text=ent.text, start=ent.start_char, end=ent.end_char)
            found = resolve_date(ent.text, article.published)
            if found is not None:
                return replace(found, text=ent.text, start=ent.start_char, end=ent.end_char)
        if anchor is not None:
            return replace(anchor, inferred=True, text=None, start=None, end=None)
        if article.published is not None:
            return EventDate(article.published, "day", inferred=True)
        return None

    def _place(self, token: Token, memory: ArticleMemory, participants: tuple[ActorRef, ...]) -> Place | None:
        """A city named in the trigger's clause (not inside an actor's span), "in/at/near" phrases first."""
        if self.gazetteer is None:
            return None
        ids = clause_ids(_clause_head(token))
        taken = [(p.start, p.end) for p in participants]
        found: list[tuple[int, Place]] = []
        for ent in sentence_ents(token):
            if ent.root.i not in ids or any(s <= ent.start_char < e for s, e in taken):
                continue
            place = self._city(ent, memory)
            if place is not None:
                rank = 0 if ent.root.head.lemma_.lower() in _PLACE_PREPS else 1
                found.append((rank, place))
        return min(found, key=lambda x: x[0])[1] if found else None

    def _city(self, ent: Span, memory: ArticleMemory) -> Place | None:
        """A place entity that is a city (a capital counts; a country name or adjective does not), or None."""
        if ent.label_ not in ("GPE", "LOC", "FAC"):
            return None
        hit = self.dicts.actors.country(ent.text)
        if hit is not None and hit.how != "capital":
            return None
        return self._lookup_place(ent, memory)

    def _lookup_place(self, ent: Span, memory: ArticleMemory) -> Place | None:
        """The entity as a city, or the longest run of its words that is one ("the Budapest Keleti station")."""
        assert self.gazetteer is not None
        words = [t for t in ent if t.pos_ == "PROPN"]
        for n in range(len(words), 0, -1):
            for i in range(len(words) - n + 1):
                part = words[i : i + n]
                text = ent.doc[part[0].i : part[-1].i + 1].text
                place = self.gazetteer.place(
                    text, part[0].idx, part[-1].idx + len(part[-1].text), memory.countries, "sentence"
                )
                if place is not None:
                    return place
        return None

    def _upgrade(self, m: EventMention, memory: ArticleMemory) -> EventMention:
        actors = tuple(self.actors.upgrade(a, memory) for a in m.actors)
        recipients = tuple(self.actors.upgrade(a, memory) for a in m.recipients)
        return replace(m, actors=actors, recipients=recipients)


def _restore_text(m: EventMention, source: str) -> EventMention:
    """Texts from the article itself when the parser saw a re-cased headline (offsets are the same)."""

    def ref(r: ActorRef) -> ActorRef:
        return replace(r, text=source[r.start : r.end])

    s, t = m.sentence, m.trigger
    return replace(
        m,
        sentence=replace(s, text=source[s.start : s.end].rstrip()),
        trigger=replace(t, text=source[t.start : t.end]),
        actors=tuple(ref(r) for r in m.actors),
        recipients=tuple(ref(r) for r in m.recipients),
    )


def _match_action(token: Token, dicts: Dictionaries) -> TriggerPattern | None:
    found = match_verb(token, dicts.triggers)
    return found.pattern if found is not None else None


def _authorities(code: str, token: Token) -> ActorRef:
    """The implied actor of an agentless passive arrest or seizure: the authorities of the article's country."""
    lemma = token.lemma_.lower()
    sector = (
        "COP"
        if lemma in ("arrest", "detain", "seize", "capture", "confiscate")
        else "JUD"
        if lemma in ("charge", "indict", "convict", "sentence", "prosecute", "try")
        else "GOV"
    )
    return ActorRef(
        text="",
        start=token.idx,
        end=token.idx,
        name=None,
        code=code,
        sector=sector,
        sectors=(sector,),
        kind="organization",
        resolved_by="implicit-authority",
    )


def _instrument(actors: tuple[Phrase, ...]) -> bool:
    """The subject is a weapon or blast, not a party ("a roadside bomb killed ...")."""
    return bool(actors) and all(p.words and p.words[p.head].lemma.lower() in INSTRUMENTS for p in actors)


def _unidentified(code: str, token: Token) -> ActorRef:
    """The perpetrator of an attack the text leaves unnamed, coded to where it happened (as CAMEO coders do)."""
    return ActorRef(
        text="", start=token.idx, end=token.idx, name="unidentified attackers", code=code, kind="group",
        resolved_by="unidentified",
    )  # fmt: skip


# cooperative acts whose refusal CAMEO codes as a rejection (root 12), with the CAMEO code of refusing each
_REFUSABLE = {
    "AGREE": "120", "CONSULT": "125", "SUPPORT": "120", "COOPERATE": "121", "AID": "122", "CONCEDE": "124",
    "RETREAT": "124",
}  # fmt: skip


def _reread(
    match: TriggerMatch, mod: Modality, actors: list[ActorRef], recipients: list[ActorRef], r: Roles, text: str
) -> tuple[TriggerMatch, Modality]:
    """What the pattern's event becomes once its participants and modality are known (the id says why)."""
    event = match.pattern.event
    if mod.refused and mod.negated and event in _REFUSABLE:  # "declined to resign", "will not accept refugees"
        return _recoded(match, "REJECT", _REFUSABLE[event], "refused"), replace(mod, negated=False, intent=False)
    if match.pattern.id == "assault.attack" and _politicians(actors, recipients):
        return _recoded(match, "ACCUSE", "111", "verbal"), mod  # "Biden attacked Trump": words, not weapons
    if event in ("MOBILIZE", "CONSULT") and _troops(match, r) and "peacekeep" in text.lower():
        return _recoded(match, "AID", "074", "peacekeeping"), mod  # troops sent or arriving to keep the peace
    if event == "CONSULT" and "visit" in match.pattern.mode and _troops(match, r):
        return _recoded(match, "MOBILIZE", "154", "troops"), mod  # "troops arrived in X" is no visit
    return match, mod


def _recoded(match: TriggerMatch, event: str, cameo: str, why: str) -> TriggerMatch:
    """The match with its pattern's event and CAMEO code replaced; the pattern id says why ("+refused")."""
    p = match.pattern
    return replace(match, pattern=replace(p, event=event, cameo=cameo, mode=(), context=(), id=f"{p.id}+{why}"))


_POLITICAL = frozenset({"GOV", "LEG", "PTY", "OPP", "ELI"})


def _politicians(actors: list[ActorRef], recipients: list[ActorRef]) -> bool:
    """Named people on both sides, and a politician among them: an attack between them is verbal."""
    sides = [*actors, *recipients]
    named = actors and recipients and all(x.kind == "person" and x.name for x in sides)
    return bool(named) and any(set(x.sectors) & _POLITICAL or x.resolved_by == "office-holder" for x in sides)


def _accord_only(token: Token) -> bool:
    """ "agree with X (that ...)" without anything agreed to do or on: an expression of accord (CAMEO 019)."""
    if token.lemma_.lower() not in ("agree", "concur") or token.pos_ != "VERB":
        return False
    preps = {c.lemma_.lower() for c in token.children if c.dep_ == "prep"}
    return (
        "with" in preps
        and not preps & {"on", "upon", "to", "over", "in"}
        and not any(c.dep_ in ("xcomp", "dobj") for c in token.children)
    )


_TROOPS = frozenset({"troop", "soldier", "peacekeeper", "force", "army", "marine", "warship", "contingent", "battalion",
                     "unit", "sailor", "paratrooper", "navy", "brigade", "personnel", "peacekeeping"})  # fmt: skip


def _troops(match: TriggerMatch, r: Roles) -> bool:
    """Does the trigger move troops: its actor ("peacekeepers arrived") or its object ("sent 200 troops")?"""
    heads = [p.words[p.head].lemma.lower() for p in r.actors if p.words]
    if match.obj is not None:
        heads.append(match.obj.lemma_.lower())
    obj = direct_object(match.token)
    if obj is not None:
        heads.append(obj.lemma_.lower())
    return any(h in _TROOPS for h in heads)


def _same(a: ActorRef, b: ActorRef) -> bool:
    if a.kind == "person" and b.kind == "person" and a.name and b.name:
        return a.name == b.name
    return a.start == b.start and a.end == b.end


def _dedupe(refs: list[ActorRef]) -> list[ActorRef]:
    out: list[ActorRef] = []
    for r in refs:
        if not any(_same(r, o) for o in out):
            out.append(r)
    return out


def _visit_semantics(
    actors: list[ActorRef], recipients: list[ActorRef], r: Roles
) -> tuple[list[ActorRef], list[ActorRef], bool]:
    """PLOVER: the visitor is the actor and the host the recipient ("met with visiting X")."""
    for ph, ref in zip(r.recipients, recipients, strict=False):
        if any(w.text.lower() == "visiting" for w in ph.words):
            return [ref], [*actors, *[x for x in recipients if x is not ref]], True
    return actors, recipients, False


def _pairs(
    actors: list[ActorRef], recipients: list[ActorRef]
) -> list[tuple[tuple[ActorRef, ...], tuple[ActorRef, ...]]]:
    """One mention per counterpart; joint actors of different countries against a recipient split too."""
    if not recipients:
        return [(tuple(actors), ())]
    groups: dict[str | None, list[ActorRef]] = {}
    for a in actors:
        groups.setdefault(a.code, []).append(a)
    actor_groups = [tuple(g) for g in groups.values()] or [()]
    pairs: list[tuple[tuple[ActorRef, ...], tuple[ActorRef, ...]]] = [
        (acts, (rec,)) for acts, rec in product(actor_groups, recipients)
    ]
    return pairs[:8]


_SPEAKING = frozenset({"say", "comment", "confirm", "disclose", "elaborate", "specify", "discuss", "reveal", "answer",
                       "name", "identify", "speculate", "give"})  # fmt: skip


def _declines_to_speak(token: Token) -> bool:
    return any(c.dep_ == "xcomp" and c.lemma_.lower() in _SPEAKING for c in token.children)


def _as_government(ref: ActorRef) -> ActorRef:
    """A country (or its capital) acting is its government: "Japan said", "Washington imposed" (CAMEO, PLOVER)."""
    if ref.kind == "country" and not ref.sectors and ref.resolved_by in ("country-name", "country-capital"):
        return replace(ref, sector="GOV", sectors=("GOV",))
    return ref


def _fallback_place(place: Place | None, actors: list[ActorRef], recipients: list[ActorRef]) -> Place | None:
    """The dateline place for an event whose clause names none; the lead's city only for a domestic event of its
    country (an article about arrests in Veracruz does not put a Mexican-American summit there)."""
    if place is None or place.source != "lead":
        return place
    return place if {x.code for x in (*actors, *recipients) if x.code} == {place.country_code} else None


def _past_year(date: EventDate | None, article: Article) -> bool:
    """A date given only as a year, and not a year still to come."""
    if date is None or date.precision != "year" or date.inferred or date.value is None:
        return False
    return article.published is None or date.value.year < article.published.year


def _undated_modifier(token: Token) -> bool:
    """ "documents seized from the camp": a participle modifying a noun is background unless it is dated
    ("the 18 men arrested last month")."""
    if token.dep_ != "acl":
        return False
    if token.tag_ == "VBG" and not any(c.dep_.startswith("nsubj") for c in token.children):
        return False  # "a statement condemning X" is the statement's action; "charges that X is arming Y" is not
    return not any(t.ent_type_ in ("DATE", "TIME") for t in token.subtree)


def _own_verb(token: Token) -> Token:
    """The nearest verb governing ``token`` (itself if it is one): "after closing it in 2011" dates closing."""
    current = token
    for _ in range(12):
        if (
            current.pos_ in ("VERB", "AUX") and current.dep_ not in ("amod", "compound")
        ) or current.head.i == current.i:
            return current
        current = current.head
    return current


def _clause_head(token: Token) -> Token:
    current = token
    while (
        current.dep_ in ("xcomp", "dobj", "pobj", "prep", "acomp", "amod", "compound") and current.head.i != current.i
    ):
        current = current.head
    return current


def _contexts(token: Token, given: tuple[str, ...]) -> tuple[str, ...]:
    text = " " + clause_text(_clause_head(token)) + " "
    found = [c for c, words in _CONTEXT_WORDS.items() if any(f" {w} " in text for w in words)]
    return tuple(dict.fromkeys((*given, *found)))


def _trigger_span(match: TriggerMatch) -> TextSpan:
    t = match.token
    if match.obj is not None:
        first, last = sorted((t, match.obj), key=lambda x: x.i)
        return TextSpan(first.idx, last.idx + len(last.text), t.doc[first.i : last.i + 1].text)
    return TextSpan(t.idx, t.idx + len(t.text), t.text)
