"""The candidate extractor: reads the parse and hands resolve/ spaCy-free candidates (trigger, reading, sides, cues).

Reads: Article, spaCy Doc. Writes: Extraction (per sentence: Candidates and the named subject; the article's place
and country names). Nothing here codes an actor, a date or a place: resolve/ does.
"""

from __future__ import annotations

from dataclasses import replace

from spacy.tokens import Doc, Span, Token

from eventwire.dictionaries import Dictionaries
from eventwire.dictionaries.triggers import TriggerPattern
from eventwire.extract.arguments import INSTRUMENTS, Roles, embedded, phrase, roles
from eventwire.extract.candidates import candidate_tokens, sentence_features, token_features
from eventwire.extract.detector import EventDetector
from eventwire.extract.learned import RECIPIENT_SLOTS, SentenceModels
from eventwire.extract.modality import clause_ids, clause_text, modality
from eventwire.extract.participants import ParticipantScorer, options
from eventwire.extract.triggers import OBLIGATION, TriggerMatch, direct_object, match_triggers, match_verb, subsumed
from eventwire.nlp.entities import sentence_ents
from eventwire.nlp.pipeline import source_text
from eventwire.records import (
    Article,
    Candidate,
    Coding,
    Extraction,
    Modality,
    Phrase,
    PlaceCue,
    Sentence,
    SentenceCues,
    Zone,
)
from eventwire.records import Span as TextSpan

NAME = "eventwire.extract.patterns.v2"
# the re-readings a pattern id may carry after "+": why the trigger codes otherwise than its pattern says
REREADINGS = frozenset({"refused", "peacekeeping", "troops", "model", "verbal"})
_SKIP_ZONES: frozenset[Zone] = frozenset({"publisher", "byline", "heading"})
_NAMES = frozenset({"GPE", "NORP", "LOC", "FAC"})
_PLACE_PREPS = frozenset({"in", "at", "near", "outside", "inside", "from", "across"})
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
# cooperative acts whose refusal CAMEO codes as a rejection (root 12), with the CAMEO code of refusing each
_REFUSABLE = {
    "AGREE": "120", "CONSULT": "125", "SUPPORT": "120", "COOPERATE": "121", "AID": "122", "CONCEDE": "124",
    "RETREAT": "124",
}  # fmt: skip
_TROOPS = frozenset({"troop", "soldier", "peacekeeper", "force", "army", "marine", "warship", "contingent", "battalion",
                     "unit", "sailor", "paratrooper", "navy", "brigade", "personnel", "peacekeeping"})  # fmt: skip
_SPEAKING = frozenset({"say", "comment", "confirm", "disclose", "elaborate", "specify", "discuss", "reveal", "answer",
                       "name", "identify", "speculate", "give"})  # fmt: skip


class Extractor:
    """Finds the candidates of an article with the trigger dictionary, the parse and the sentence models."""

    name = NAME

    def __init__(
        self,
        dictionaries: Dictionaries,
        models: SentenceModels | None = None,
        detector: EventDetector | None = None,
        participants: ParticipantScorer | None = None,
    ) -> None:
        self.dicts = dictionaries
        self.models = models
        self.detector = detector
        self.participants = participants
        self.role_words = frozenset(term for term in dictionaries.actors.roles if " " not in term)

    def knows(self, pattern_id: str) -> bool:
        """Does a pattern id stored on an event name a pattern or model of this extractor, and re-readings it has?"""
        base, *why = pattern_id.split("+")
        models = {f"model:{m.name}" for m in (self.detector,) if m is not None}
        if self.models is not None:
            models.add(f"model:{self.models.name}")
        known = base in models or base == OBLIGATION.id or any(p.id == base for p in self.dicts.triggers.patterns)
        return known and set(why) <= REREADINGS

    def extract(self, article: Article, doc: Doc) -> Extraction:
        sentences: list[SentenceCues] = []
        people: list[Phrase] = []
        for sent in doc.sents:
            zone = article.structure.zone_at(sent.start_char)
            if zone in _SKIP_ZONES or not sent.text.strip():
                continue
            sentence = Sentence(sent.start_char, sent.end_char, sent.text.rstrip(), zone)
            ents = sentence_ents(sent[0])  # not sent.ents: Span.ents scans every entity of the document
            people += [_described(ent.root) for ent in ents if ent.label_ == "PERSON"]
            matches = match_triggers(sent, self.dicts.triggers, headline=zone == "headline")
            scores: dict[int, tuple[tuple[str, float], ...]] = {}  # token → the detector's best readings
            if self.detector is not None:
                matches = self._detect(sent, matches, zone == "headline", scores)
            found = [replace(self._candidate(sentence, m, ents), scores=scores.get(m.token.i, ())) for m in matches]
            if self.models is not None:
                found = self._with_models(sentence, sent, found, ents)
            sentences.append(SentenceCues(sentence, tuple(found), _subject(sent)))
        entities = tuple(_cue(ent) for ent in doc.ents if ent.label_ in _NAMES)
        return Extraction(article.id, tuple(sentences), entities, source_text(doc), tuple(people))

    def _with_models(self, sentence: Sentence, sent: Span, found: list[Candidate], ents: list[Span]) -> list[Candidate]:
        """The sentence model's support for each pattern reading, and a model reading of the sentence's main verb
        when the model is confident (resolve/ uses it only when no pattern event of the sentence stands)."""
        assert self.models is not None
        probs = self.models.classes.predict_proba(sentence.text)
        out = [replace(c, support=self.models.support(c.coding.cameo, probs)) for c in found]
        match = self.models.fallback_match(sent, probs)
        if match is not None:
            out.append(replace(self._candidate(sentence, match, ents), fallback=True))
        return out

    def _detect(
        self, sent: Span, matches: list[TriggerMatch], headline: bool, scores: dict[int, tuple[tuple[str, float], ...]]
    ) -> list[TriggerMatch]:
        """The detector's verdict on every candidate of the sentence: pattern readings kept, re-read or dropped,
        and confident readings of candidates no pattern knows added (each candidate's best readings go to
        ``scores``)."""
        det = self.detector
        assert det is not None
        by_token = {m.token.i: m for m in matches}
        tokens = candidate_tokens(sent, det.nouns, det.adjectives)
        seen = {t.i for t in tokens}
        tokens += [m.token for m in matches if m.token.i not in seen]
        if not tokens:
            return matches
        context = sentence_features(sent)
        rows = [token_features(t, by_token.get(t.i), modality(t), headline, context) for t in tokens]
        kept: list[TriggerMatch] = []
        for token, probs in zip(tokens, det.probabilities(rows), strict=True):
            scores[token.i] = det.top(probs)
            match = by_token.get(token.i)
            decision = det.decide(probs, match.pattern.event if match is not None else None)
            if decision.event is None:
                continue
            cameo, mode = det.reading(token.lemma_.lower(), decision.event)
            if match is None:
                pattern = TriggerPattern(
                    id=f"model:{det.name}", lemmas=frozenset({token.lemma_.lower()}), nominal=token.pos_ == "NOUN",
                    adjectival=False, cameo=cameo, event=decision.event, recipient=RECIPIENT_SLOTS, mode=mode,
                    weight=round(decision.probability, 3),
                )  # fmt: skip
                match = TriggerMatch(token, pattern)
            elif decision.switched:
                match = replace(match, pattern=replace(recoded_pattern(match.pattern, decision.event, cameo, "model"),
                                                       mode=mode))  # fmt: skip
            kept.append(match)
        return _settle(kept, set(by_token))

    # -- one trigger ---------------------------------------------------------------------------
    def _candidate(self, sentence: Sentence, match: TriggerMatch, ents: list[Span]) -> Candidate:
        token = match.token
        mod = modality(token)
        if _undated_modifier(token):
            mod = replace(mod, background=True)
        r = roles(match)
        scored = () if self.participants is None else options(self.participants, token, r, match.pattern.event,
                                                               self.role_words)  # fmt: skip
        visit = any(w.text.lower() == "visiting" for p in r.recipients for w in p.words)
        reading, mod = _reread(match, mod, r, sentence.text)
        trigger = _trigger_span(match)
        return Candidate(
            sentence=sentence,
            trigger=trigger,
            lemma=token.lemma_.lower(),
            pattern=match.pattern,
            coding=self._coding(reading, mod, visit),
            pattern_id=reading.pattern.id,
            modality=mod,
            actors=r.actors,
            recipients=r.recipients,
            speaker=r.speaker,
            embedded=embedded(match, r.actors),
            passive=r.passive,
            has_object=match.obj is not None,
            instrument=_instrument(r.actors),
            declines_to_speak=any(c.dep_ == "xcomp" and c.lemma_.lower() in _SPEAKING for c in token.children),
            visit=visit,
            dates=_date_cues(token, ents),
            places=_place_cues(token, ents),
            clause_places=_clause_places(token, ents),
            options=scored,
        )

    def _coding(self, match: TriggerMatch, mod: Modality, visit: bool) -> Coding:
        p = match.pattern
        event, cameo, mode = p.event, p.cameo, p.mode
        context = contexts(match.token, p.context)
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


def _settle(kept: list[TriggerMatch], patterned: set[int]) -> list[TriggerMatch]:
    """Model readings that belong to another trigger go: inside its complement ("agreed to meet"), a verb whose
    object is a trigger ("launched an offensive"), a noun that is a pattern verb's object."""
    triggers = {m.token.i for m in kept} | {m.obj.i for m in kept if m.obj is not None}
    objects = {m.obj.i for m in kept if m.obj is not None}
    out = []
    for m in kept:
        if m.token.i not in patterned:
            obj = direct_object(m.token) if m.token.pos_ == "VERB" else None
            if subsumed(m, triggers) or (obj is not None and obj.i in triggers) or m.token.i in objects:
                continue
        out.append(m)
    return out


def _reread(match: TriggerMatch, mod: Modality, r: Roles, text: str) -> tuple[TriggerMatch, Modality]:
    """What the pattern's event becomes once its syntax is read (the id says why)."""
    event = match.pattern.event
    if mod.refused and mod.negated and event in _REFUSABLE:  # "declined to resign", "will not accept refugees"
        return recoded(match, "REJECT", _REFUSABLE[event], "refused"), replace(mod, negated=False, intent=False)
    if event in ("MOBILIZE", "CONSULT") and _troops(match, r) and "peacekeep" in text.lower():
        return recoded(match, "AID", "074", "peacekeeping"), mod  # troops sent or arriving to keep the peace
    if event == "CONSULT" and "visit" in match.pattern.mode and _troops(match, r):
        return recoded(match, "MOBILIZE", "154", "troops"), mod  # "troops arrived in X" is no visit
    return match, mod


def recoded(match: TriggerMatch, event: str, cameo: str, why: str) -> TriggerMatch:
    """The match with its pattern's event and CAMEO code replaced; the pattern id says why ("+refused")."""
    return replace(match, pattern=recoded_pattern(match.pattern, event, cameo, why))


def recoded_pattern(p: TriggerPattern, event: str, cameo: str, why: str) -> TriggerPattern:
    return replace(p, event=event, cameo=cameo, mode=(), context=(), id=f"{p.id}+{why}")


def _match_action(token: Token, dicts: Dictionaries) -> TriggerPattern | None:
    found = match_verb(token, dicts.triggers)
    return found.pattern if found is not None else None


def _instrument(actors: tuple[Phrase, ...]) -> bool:
    """The subject is a weapon or blast, not a party ("a roadside bomb killed ...")."""
    return bool(actors) and all(p.words and p.words[p.head].lemma.lower() in INSTRUMENTS for p in actors)


def _troops(match: TriggerMatch, r: Roles) -> bool:
    """Does the trigger move troops: its actor ("peacekeepers arrived") or its object ("sent 200 troops")?"""
    heads = [p.words[p.head].lemma.lower() for p in r.actors if p.words]
    if match.obj is not None:
        heads.append(match.obj.lemma_.lower())
    obj = direct_object(match.token)
    if obj is not None:
        heads.append(obj.lemma_.lower())
    return any(h in _TROOPS for h in heads)


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


def clause_head(token: Token) -> Token:
    current = token
    while (
        current.dep_ in ("xcomp", "dobj", "pobj", "prep", "acomp", "amod", "compound") and current.head.i != current.i
    ):
        current = current.head
    return current


def contexts(token: Token, given: tuple[str, ...]) -> tuple[str, ...]:
    """PLOVER contexts of the trigger: those its pattern gives and those its clause's words name."""
    text = " " + clause_text(clause_head(token)) + " "
    found = [c for c, words in _CONTEXT_WORDS.items() if any(f" {w} " in text for w in words)]
    return tuple(dict.fromkeys((*given, *found)))


def _trigger_span(match: TriggerMatch) -> TextSpan:
    t = match.token
    if match.obj is not None:
        first, last = (t, match.obj) if t.i <= match.obj.i else (match.obj, t)
        return TextSpan(first.idx, last.idx + len(last.text), t.doc[first.i : last.i + 1].text)
    return TextSpan(t.idx, t.idx + len(t.text), t.text)


def _span(ent: Span) -> TextSpan:
    return TextSpan(ent.start_char, ent.end_char, ent.text)


def _date_cues(token: Token, ents: list[Span]) -> tuple[TextSpan, ...]:
    """Date and time expressions in the trigger's own clause and governed by its own verb."""
    ids = clause_ids(clause_head(token))
    own = _own_verb(token)
    return tuple(
        _span(ent)
        for ent in ents
        if ent.label_ in ("DATE", "TIME") and ent.root.i in ids and _own_verb(ent.root).i == own.i
    )


def _cue(ent: Span, rank: int = 1) -> PlaceCue:
    """A named place or country with the runs of its proper nouns to look up, longest first."""
    words = [t for t in ent if t.pos_ == "PROPN"]
    runs = []
    for n in range(len(words), 0, -1):
        for i in range(len(words) - n + 1):
            first, last = words[i], words[i + n - 1]
            runs.append(TextSpan(first.idx, last.idx + len(last.text), ent.doc[first.i : last.i + 1].text))
    return PlaceCue(_span(ent), ent.label_, tuple(runs), rank)


def _place_cues(token: Token, ents: list[Span]) -> tuple[PlaceCue, ...]:
    """Place names of the trigger's clause, "in/at/near" phrases ranked first."""
    ids = clause_ids(clause_head(token))
    return tuple(
        _cue(ent, 0 if ent.root.head.lemma_.lower() in _PLACE_PREPS else 1)
        for ent in ents
        if ent.label_ in ("GPE", "LOC", "FAC") and ent.root.i in ids
    )


def _clause_places(token: Token, ents: list[Span]) -> tuple[str, ...]:
    """Names the clause says its action happened in ("were seized in Paraguay")."""
    ids = clause_ids(clause_head(token))
    return tuple(
        ent.text for ent in ents if ent.label_ in ("GPE", "LOC") and ent.root.i in ids and ent.root.dep_ == "pobj"
    )


def _subject(sent: Span) -> Phrase | None:
    """The sentence's named subject, remembered for a following "He"/"She"."""
    for child in sent.root.children:
        if child.dep_ == "nsubj" and child.pos_ == "PROPN":
            return phrase(child)
    return None


def _described(name: Token) -> Phrase:
    """A person's name with its description: its own phrase ("France's top diplomat Le Drian"), or the description
    it stands in apposition to (the parser heads "the Polish foreign minister Marek Zielinski" with the title)."""
    return phrase(name.head if name.dep_ == "appos" else name)
