"""The candidate extractor: reads the parse and hands resolve/ spaCy-free candidates (trigger, reading, sides, cues).

Reads: Article, spaCy Doc. Writes: Extraction (per sentence: Candidates and the named subject; the article's place
and country names). Nothing here codes an actor, a date or a place: resolve/ does.
"""

from __future__ import annotations

from dataclasses import replace

from spacy.tokens import Doc, Span, Token

from eventwire.dictionaries import Dictionaries
from eventwire.dictionaries.lexicon import Lexicon, Recoding
from eventwire.dictionaries.triggers import TriggerPattern
from eventwire.extract.arguments import (
    Roles,
    embedded,
    misread_main_verb,
    own_attack,
    phrase,
    placed_agents,
    roles,
    told_attack,
    with_office,
)
from eventwire.extract.candidates import candidate_tokens, sentence_features, token_features
from eventwire.extract.detector import EventDetector
from eventwire.extract.learned import SentenceModels
from eventwire.extract.modality import clause_ids, clause_text, modality, scheduled
from eventwire.extract.participants import ParticipantScorer, options
from eventwire.extract.triggers import (
    TriggerMatch,
    bare_participle,
    carries_on,
    direct_object,
    infinitive_clause,
    match_triggers,
    match_verb,
    misread_object,
    nominal_host,
    phrasal,
    prep_objects,
    reduced_passive,
    settlement_of,
    subject_of,
    subsumed,
    verb_lemma,
)
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
MODEL = "model"  # the re-reading of a pattern the event detector reads as another type ("+model")
_SKIP_ZONES: frozenset[Zone] = frozenset({"publisher", "byline", "heading"})
_NAMES = frozenset({"GPE", "NORP", "LOC", "FAC", "ORG"})
_PARTY_ENTS = frozenset({"PERSON", "NORP", "ORG", "GPE", "CARDINAL"})  # a party's name, or a count ("freed 20")
_FIRER_ENTS = frozenset({"PERSON", "NORP", "ORG", "GPE"})  # who fired ("Israeli fire")
_AMOUNT_ENTS = frozenset({"MONEY", "PERCENT", "QUANTITY"})  # "charged $12,000": a sum, no party


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
        self.lex = dictionaries.lexicon
        self.models = models
        self.detector = detector
        self.participants = participants
        self.role_words = frozenset(term for term in dictionaries.actors.roles if " " not in term)

    def knows(self, pattern_id: str) -> bool:
        """Does a pattern id stored on an event name a pattern or model of this extractor, and re-readings the
        lexicon (or the detector: "model") defines?"""
        base, *why = pattern_id.split("+")
        models = {f"model:{m.name}" for m in (self.detector,) if m is not None}
        if self.models is not None:
            models.add(f"model:{self.models.name}")
        known = base in models or any(p.id == base for p in self.dicts.triggers.patterns)
        return known and set(why) <= self.lex.rereadings | {MODEL}

    def extract(self, article: Article, doc: Doc) -> Extraction:
        if self.models is not None and not self.models.relevant(article.title, article.text):
            return Extraction(article.id, (), (), source_text(doc), gated=True)  # sport, markets: nothing to code
        sentences: list[SentenceCues] = []
        people: list[Phrase] = []
        for sent in doc.sents:
            zone = article.structure.zone_at(sent.start_char)
            if zone in _SKIP_ZONES or not sent.text.strip():
                continue
            sentence = Sentence(sent.start_char, sent.end_char, sent.text.rstrip(), zone)
            ents = sentence_ents(sent[0])  # not sent.ents: Span.ents scans every entity of the document
            people += [_described(ent.root) for ent in ents if ent.label_ == "PERSON"]
            people += [with_office(t, phrase(t)) for t in _office_takers(sent, ents)]
            matches = match_triggers(sent, self.dicts.triggers, self.lex, headline=zone == "headline")
            matches = [m for m in matches if not m.pattern.party_object or self._party_object(m.token)]
            matches = [m for m in matches if not m.pattern.party_subject or self._party_subject(m.token)]
            matches = [m for m in matches if m.pattern.id not in self.lex.defending_patterns or not self._own_cause(m)]
            matches = [m for m in matches if m.pattern.id not in self.lex.charging_patterns or not _duty(m, self.lex)]
            scores: dict[int, tuple[tuple[str, float], ...]] = {}  # token → the detector's best readings
            if self.detector is not None:
                matches = self._detect(sent, matches, zone == "headline", scores)
            attacks = frozenset(m.token.i for m in matches if m.pattern.event in self.lex.attacker_types)
            found = [
                replace(self._candidate(sentence, m, ents, attacks), scores=scores.get(m.token.i, ())) for m in matches
            ]
            found = [
                replace(c, policy=not _names_someone(c.recipients + c.embedded) and _policy_pledge(m, self.dicts))
                for c, m in zip(found, matches, strict=True)
                if _names_someone(c.recipients + c.embedded) or not _no_action(m, self.dicts)
            ]
            if self.models is not None:
                found = self._with_models(sentence, sent, found, ents)
            cues = SentenceCues(sentence, tuple(found), _subject(sent), self._descriptions(sent), verb_lemma(sent.root))
            sentences.append(cues)
        entities = tuple(replace(_cue(ent), standing=_standing(ent)) for ent in doc.ents if ent.label_ in _NAMES)
        return Extraction(article.id, tuple(sentences), entities, source_text(doc), tuple(people))

    def _names_country(self, text: str) -> bool:
        """Do the dictionaries know the text as a country's name, adjective or capital?"""
        return self.dicts.actors.country(text) is not None

    def _party_object(self, verb: Token) -> bool:
        """Is what the verb acts on a party: a pronoun, a name of a person, people, group or place, a role noun or
        one of the lexicon's party nouns ("released 30 prisoners", "his brother"; not "released the new iPhone")?"""
        obj = direct_object(verb, self.lex)
        return obj is None or self._party(obj)

    def _party_subject(self, verb: Token) -> bool:
        """Is the verb's doer a party ("the government allowed ..."), not a thing ("a law allowing the army to ...",
        "overcrowding allowed gangs to ...")? A verb with no doer found passes."""
        subj, passive = subject_of(verb, self.lex)
        if subj is None and verb.dep_ == "acl":
            subj, passive = verb.head, False  # "a law allowing ...": the law
        vehicle = subj is not None and subj.lemma_.lower() in self.lex.equipment_nouns  # "police vehicles surrounded"
        return subj is None or passive or self._party(subj) or vehicle

    def _own_cause(self, match: TriggerMatch) -> bool:
        """Is what a defending verb defends the speaker's own thing, no party ("defended its decision", "defended his
        budget cuts", "stood by his remarks"; not "defended its ally Israel", "stood by his wife")? Verbal defence is
        support of another's policy or action."""
        obj = direct_object(match.token, self.lex)
        if obj is None:  # "stood by his remarks": the preposition's object, a statement or decision (not "stood by
            obj = next(  # his police chief")
                (
                    o
                    for p in match.token.children
                    if p.lower_ in match.pattern.prep
                    for o in p.children
                    if o.dep_ == "pobj"
                ),
                None,
            )
            obj = obj if obj is not None and obj.lemma_.lower() in self.lex.policy_targets else None
        owned = obj is not None and any(c.dep_ == "poss" and c.pos_ == "PRON" for c in obj.children)
        if not owned or obj is None or obj.lower_ in self.lex.counterpart_nouns:  # "defended its allies"
            return False
        return not (self._party(obj) or any(c.dep_ == "appos" and self._party(c) for c in obj.children))

    def _party(self, obj: Token) -> bool:
        """Is the noun a party, or one named after its "of" (see _party_object)?"""
        of = [o for p in obj.children if p.dep_ == "prep" and p.lower_ == "of" for o in p.children if o.dep_ == "pobj"]
        tokens = of if obj.pos_ == "ADJ" and of else [obj, *obj.conjuncts, *of]  # "the last of its reserves":
        # reserves; "the rest of the hostages", "the head of the IMF": either
        return any(  # "four more", "the wounded"; not "$12,000" nor "a list of criminals"
            (t.pos_ in ("PRON", "NUM", "ADJ") and t.ent_type_ not in _AMOUNT_ENTS)
            or t.ent_type_ in _PARTY_ENTS
            or (t.pos_ == "PROPN" and not t.ent_type_)  # "release the Colombian Sergeant Pablo Emilio Moncayo"
            or (t.tag_ == "NNS" and any(c.dep_ == "nummod" for c in t.children))  # "release two homeguards"
            or t.lemma_.lower() in self.role_words
            or t.lower_ in self.role_words
            or t.lemma_.lower() in self.lex.party_nouns
            for t in tokens
        )

    def _descriptions(self, sent: Span) -> tuple[Phrase, ...]:
        """Subjects that describe a person without naming one: an article and one of the lexicon's describing nouns
        ("the Lib Dem leader asked", "the Venezuelan president said", "a senior British official said"; a name only
        as a modifier, which the tagger may take "Lib Dem" for)."""
        return tuple(
            phrase(t)
            for t in sent
            if t.dep_ == "nsubj"
            and t.tag_ == "NN"  # one person ("the Iranian officials" describe no one named)
            and t.lemma_.lower() in self.lex.describing_nouns
            and any(c.dep_ == "det" and c.lower_ in ("the", "a", "an") for c in t.children)
            and not any(c.dep_ == "appos" or (c.ent_type_ == "PERSON" and c.dep_ != "compound") for c in t.subtree)
        )

    def _with_models(self, sentence: Sentence, sent: Span, found: list[Candidate], ents: list[Span]) -> list[Candidate]:
        """The sentence model's support for each pattern reading, and a model reading of the sentence's main verb
        when the model is confident (resolve/ uses it only when no pattern event of the sentence stands)."""
        assert self.models is not None
        probs = self.models.classes.predict_proba(sentence.text)
        out = [replace(c, support=self.models.support(c.coding.cameo, probs, self.lex)) for c in found]
        match = self.models.fallback_match(sent, probs, self.lex)
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
        tokens = candidate_tokens(sent, det.nouns, det.adjectives, self.lex)
        seen = {t.i for t in tokens}
        tokens += [m.token for m in matches if m.token.i not in seen]
        if not tokens:
            return matches
        context = sentence_features(sent)
        lex = self.lex
        mods = [modality(t, lex) for t in tokens]
        rows = [
            token_features(t, by_token.get(t.i), m, headline, lex, context) for t, m in zip(tokens, mods, strict=True)
        ]
        kept: list[TriggerMatch] = []
        for token, mod, probs in zip(tokens, mods, det.probabilities(rows), strict=True):
            scores[token.i] = det.top(probs)
            match = by_token.get(token.i)
            decision = det.decide(probs, match.pattern.event if match is not None else None)
            if match is not None and mod.refused and mod.negated:
                kept.append(match)  # a refusal ("will not accept", "declined to resign") is a rejection: re-read later
                continue
            if decision.event is None:
                continue
            cameo, mode = det.reading(token.lemma_.lower(), decision.event, lex.generic_cameo)
            if match is None:
                pattern = TriggerPattern(
                    id=f"model:{det.name}", lemmas=frozenset({token.lemma_.lower()}), nominal=token.pos_ == "NOUN",
                    adjectival=False, cameo=cameo, event=decision.event, recipient=lex.model_recipient_slots, mode=mode,
                    weight=round(decision.probability, 3),
                )  # fmt: skip
                match = TriggerMatch(token, pattern)
            elif decision.switched and not _rereads_as(match, mod, sent.text, decision.event, lex):
                match = replace(match, pattern=replace(recoded_pattern(match.pattern, decision.event, cameo, MODEL),
                                                       mode=mode))  # fmt: skip
            kept.append(match)
        return _settle(kept, set(by_token), lex)

    # -- one trigger ---------------------------------------------------------------------------
    def _candidate(
        self, sentence: Sentence, match: TriggerMatch, ents: list[Span], attacks: frozenset[int] = frozenset()
    ) -> Candidate:
        """One trigger's candidate; ``attacks``: the tokens of the sentence's attack triggers (see roles)."""
        token, lex = match.token, self.lex
        mod = modality(token, lex)
        headline_predicate = sentence.zone == "headline" and token.head.dep_ == "ROOT"  # "MP attacked by muggers"
        undated = _undated_modifier(token) and not misread_main_verb(token)  # not "Cable, for the party, called on"
        if (undated and not headline_predicate) or _depicted(token, lex) or _describing(token, lex):
            mod = replace(mod, background=True)
        r = roles(match, lex, attacks)
        if (
            sentence.zone == "headline"
            and (
                set(match.pattern.recipient) == {"dobj"} or ("dobj" in match.pattern.recipient and phrasal(token, lex))
            )
            and not r.recipients
            and reduced_passive(token, lex)
        ):  # "Banker sentenced to five years", "Minister criticised over remarks": done to the subject
            r = Roles((), r.actors, r.speaker, True)
        scored = () if self.participants is None else options(self.participants, token, r, match.pattern.event,
                                                               self.role_words, lex)  # fmt: skip
        visit = any(w.text.lower() in lex.visiting_words for p in r.recipients for w in p.words)
        reading, mod = _reread(match, mod, r, sentence.text, lex)
        if mod.intent and reading.pattern.event in lex.threat_when_promised and scheduled(token, lex):
            mod = replace(mod, hypothetical=True)  # "troops were due to attack at dawn": planned, no one threatens
        trigger = _trigger_span(match)
        host = nominal_host(token, lex) if match.pattern.nominal else token
        anchor = _unfolding(host, lex) or (host if host.pos_ == "VERB" else token)  # "protests erupted in Cairo on
        # Friday": the occurring verb's date and place
        timed = [e for e in ents if not _duration(e, lex)]  # "sentenced to 25 years on Monday": Monday
        setting = _setting(anchor)
        return Candidate(
            sentence=sentence,
            trigger=trigger,
            lemma=token.lemma_.lower(),
            pattern=match.pattern,
            coding=self._coding(reading, mod, visit),
            pattern_id=reading.pattern.id,
            modality=mod,
            actors=placed_agents(r.actors, token.doc, lex, self._names_country),
            recipients=placed_agents(r.recipients, token.doc, lex, self._names_country),
            speaker=r.speaker,
            embedded=embedded(match, r.actors, r.recipients, lex),
            passive=r.passive,
            has_object=match.obj is not None or _stated_content(match, lex, objects=False),
            states_content=match.obj is not None or _stated_content(match, lex),
            names_act=any(_infinitive(c) or _warned_clause(match, c) for c in token.children),
            carried_on=match.pattern.nominal and carries_on(host, lex),
            adjunct=match.pattern.nominal and _speaking_setting(token, lex),
            instrument=_instrument(r.actors, lex),
            accident=_accident(match, r.actors, lex),
            told_attack=r.passive and told_attack(token, lex),
            own_attack=r.passive and own_attack(token, lex),
            declines_to_speak=any(c.dep_ == "xcomp" and c.lemma_.lower() in lex.speaking_verbs for c in token.children),
            visit=visit,
            sport=_sport(match, lex),
            joint=match.obj is not None and any(w.lower_ in lex.joint_words for w in match.obj.children),
            dates=_date_cues(anchor, timed),
            told_dates=_reporting_date(_own_verb(token), _date_ents(timed)),
            places=_place_cues(setting, ents, lex),
            clause_places=_clause_places(token.doc, setting, ents, self.dicts),
            misread_places=_misread_places(setting, ents),
            options=scored,
        )

    def _coding(self, match: TriggerMatch, mod: Modality, visit: bool) -> Coding:
        p, lex = match.pattern, self.lex
        event, cameo, mode = p.event, p.cameo, p.mode
        context = contexts(match.token, p.context, lex)
        intent = mod.intent
        agree, threat = lex.intent.event, lex.threat  # the types of a promise and of a threat
        if p.adjectival and match.obj is not None:  # "willing to <action>": code the action as intended
            action = _match_action(match.obj, self.dicts)
            if action is not None:
                event, cameo, mode, intent = action.event, action.cameo, action.mode, True
                if self.dicts.ontology.plover[event].conflict:
                    event, cameo, mode = threat.event, threat.code(), ()  # its default code, whatever the action
        elif p.event == agree and _accord_only(match.token, lex):  # "agreed with the Senate that ...": verbal accord
            event, cameo, mode = lex.accord.event, lex.accord.code(), ()
        elif p.event == agree and not p.nominal:  # "vowed to fight the army": a promised hostile act is a threat
            act = next((c for c in match.token.children if c.dep_ == "xcomp" and c.pos_ == "VERB"), None)
            action = _match_action(act, self.dicts) if act is not None else None
            if (
                action is not None
                and self.dicts.ontology.plover[action.event].conflict
                and lex.untargeted_modes.isdisjoint(action.mode)  # not "promised to investigate the killing"
                and (
                    match.token.lemma_.lower() not in lex.consenting_verbs
                    or action.event in lex.threat_when_promised
                    or (act is not None and _on_a_condition((match.token, act), lex))  # "offered to expel the
                    # diplomats if Moscow did not comply": an ultimatum
                )
            ):
                event, cameo, mode = threat.event, threat.code(action.event), ()
            elif act is not None and _vowed_answer(match.token, act, lex):  # "vowed to respond forcefully"
                event, cameo, mode = threat.event, threat.code(), ()
            elif action is not None and cameo in lex.intent_refines and action.event in lex.intent.by_event:
                cameo = lex.intent.by_event[action.event]  # "agreed to send tanks to Ukraine": aid promised (033)
        if p.event in lex.ultimatum_types and _or_else(match.token, lex):  # "told Nepal to reopen the border or
            event, cameo, mode = threat.event, threat.code(), ()  # face an embargo": a demand on pain of a penalty
        elif (
            (intent and mod.conditional)
            or (intent and event in lex.threat_when_promised and not p.adjectival)
            or (intent and mod.on_condition and event in lex.threat_when_conditioned)
        ):  # an ultimatum, a promised hostile act ("vowed to fight") or sanction on a condition: a threat
            event, cameo, mode = threat.event, threat.code(event), ()
        elif intent and event in lex.intent.by_event:
            cameo, event, mode = lex.intent.by_event[event], agree, ()
        if event == agree and cameo in lex.intent_refines:
            cameo = next((lex.intent_by_context[c] for c in context if c in lex.intent_by_context), cameo)
        if visit and event in lex.visit_types:
            mode = (lex.visit_mode,)
        onto = self.dicts.ontology
        mode = tuple(m for m in mode if m in onto.plover[event].modes)
        return onto.coding(event, cameo, mode, context)


def _settle(kept: list[TriggerMatch], patterned: set[int], lex: Lexicon) -> list[TriggerMatch]:
    """Model readings that belong to another trigger go: inside its complement ("agreed to meet"), a verb whose
    object or complement is a pattern's trigger ("launched an offensive", "declined to resign"), a noun that is a
    pattern verb's object."""
    triggers = {m.token.i for m in kept} | {m.obj.i for m in kept if m.obj is not None}
    objects = {m.obj.i for m in kept if m.obj is not None}
    out = []
    for m in kept:
        if m.token.i not in patterned:
            obj = direct_object(m.token, lex) if m.token.pos_ == "VERB" else None
            governs = any(c.dep_ in ("xcomp", "ccomp") and c.i in patterned for c in m.token.children)
            if subsumed(m, triggers, lex) or (obj is not None and obj.i in triggers) or m.token.i in objects or governs:
                continue
        out.append(m)
    return out


def _rereads_as(match: TriggerMatch, mod: Modality, text: str, event: str, lex: Lexicon) -> bool:
    """Does the pattern's own re-reading (see _reread) give this type? Then the re-reading, not the detector, codes
    the trigger: it knows the exact code ("sending troops to the peacekeeping force": AID 074, not AID's root 070)."""
    return _reread(match, mod, roles(match, lex), text, lex)[0].pattern.event == event


def _reread(match: TriggerMatch, mod: Modality, r: Roles, text: str, lex: Lexicon) -> tuple[TriggerMatch, Modality]:
    """What the pattern's event becomes once its syntax is read (the id says why: the lexicon's re-readings)."""
    event = match.pattern.event
    if match.pattern.negated:  # "will not tolerate attacks" is the warning; "tolerates dissent" is none
        return match, replace(mod, negated=not mod.negated, refused=False, intent=False)
    if mod.refused and mod.negated and event in lex.refused.by_event:  # "declined to resign", "will not accept"
        return recoded(match, lex.refused), replace(mod, negated=False, intent=False)
    if match.pattern.id in lex.verbal_patterns and any(
        c.dep_ == "prep" and c.lower_ in lex.describing_prepositions for c in match.token.children
    ):
        return recoded(match, lex.verbal), mod  # "attacked the inquiry as 'garbage'": words
    if match.pattern.id in lex.verbal_patterns and not r.actors and _attacked_over_words(match.token, lex):
        return recoded(match, lex.verbal), mod  # "Labour attacked over tax plans", "attacked for his remarks"
    if match.pattern.id in lex.calling_patterns and not _asks(match.token) and _host(match.token, lex):
        visit = recoded(match, lex.calling)  # "called on the king in Amman": a visit, nothing asked
        return replace(visit, pattern=replace(visit.pattern, mode=(lex.visit_mode,))), mod
    if match.pattern.id in lex.regret_patterns and _others_act(match, lex):
        return recoded(match, lex.verbal), mod  # "voiced regret over Oslo's decision": disapproval, no apology
    if match.pattern.id in lex.policy_patterns and _words_of_attack(match, r, lex):
        return recoded(match, lex.verbal), mod  # "launched an attack on the budget", "a scathing attack": words
    if event in lex.troop_types and _troops(match, r, lex) and lex.peacekeeping_cue in text.lower():
        return recoded(match, lex.peacekeeping), mod  # troops sent or arriving to keep the peace
    if event in lex.visit_types and lex.visit_mode in match.pattern.mode and _troops(match, r, lex):
        return recoded(match, lex.troops), mod  # "troops arrived in X" is no visit
    if match.pattern.id in lex.marching_patterns and match.token.dep_ == "xcomp" and _troops(match, r, lex):
        return recoded(match, lex.troops), mod  # "ordered 2,000 troops to march to the border": no protest
    return match, mod


def _host(verb: Token, lex: Lexicon) -> bool:
    """Is whom the verb calls on a person (a name, or a head of state or government by title: the lexicon's calling
    hosts), with no matter it is called on over ("called on Myanmar over the crisis")?"""
    if any(c.dep_ == "prep" and c.lower_ in lex.calling_matters for c in verb.children):
        return False
    said = [o for c in verb.children if c.dep_ == "prep" for o in c.children if o.dep_ == "pobj"]
    if any(o.lemma_.lower() in lex.document_nouns for o in said):
        return False  # "called on President X in a statement": words, no visit
    on = next((c for c in verb.children if c.dep_ == "prep" and c.lower_ in ("on", "upon")), None)  # the first
    hosts = [o for o in on.children if o.dep_ == "pobj"] if on is not None else []  # ("on Sunday" may follow)
    return bool(hosts) and all(o.ent_type_ == "PERSON" or o.lemma_.lower() in lex.calling_hosts for o in hosts)


def _asks(verb: Token) -> bool:
    """Does the verb, or the party it calls on, carry what is asked: an infinitive, a clause or a for-phrase ("called
    on Iran to free", "called on Iran for restraint", "called upon them, saying ...")?"""
    parts = [verb, *(g for c in verb.children if c.dep_ == "prep" for g in c.children if g.dep_ == "pobj")]
    return any(
        c.dep_ in ("xcomp", "ccomp", "advcl", "relcl", "acl") or (c.dep_ == "prep" and c.lower_ == "for")
        for p in parts
        for c in p.children
    )


def _others_act(match: TriggerMatch, lex: Lexicon) -> bool:
    """Is the regret expressed over or at an act a named party owns ("over Russia's decision", "at the Danish
    move"), not one of the speaker's own ("regret for its wartime conduct")?"""
    if match.obj is None or match.obj.lemma_.lower() not in lex.regret_nouns:
        return False
    for prep in (*match.obj.children, *match.token.children):
        if prep.dep_ != "prep" or prep.lower_ not in lex.regret_prepositions:
            continue
        for act in (c for c in prep.children if c.dep_ == "pobj" and c.lemma_.lower() in lex.regretted_acts):
            owners = [
                c
                for c in act.children
                if (c.dep_ == "poss" and c.pos_ == "PROPN") or (c.dep_ == "amod" and c.ent_type_ in ("NORP", "GPE"))
            ]
            subject = next((c for c in match.token.children if c.dep_ == "nsubj"), None)
            if owners and not (subject is not None and _same_party(subject, owners[0])):
                return True
    return False


def _same_party(a: Token, b: Token) -> bool:
    """Do two words name the same party, as far as their words tell ("Japan" and "Japan's", "Japanese")?"""
    x, y = a.text.lower().removesuffix("'s"), b.text.lower().removesuffix("'s")
    return x == y or x[:4] == y[:4]


def _or_else(verb: Token, lex: Lexicon) -> bool:
    """Is the act the verb asks for joined by "or" to a penalty ("to reopen the border or face an embargo")?"""

    def penalty(k: Token) -> bool:  # "or face sanctions", not "or face a heart attack"
        objects = [o for o in k.children if o.dep_ == "dobj"]
        return k.lemma_.lower() in lex.penalty_verbs and any(o.lemma_.lower() in lex.penalty_nouns for o in objects)

    return any(
        c.dep_ in ("xcomp", "ccomp")
        and any(k.dep_ == "cc" and k.lower_ == "or" for k in c.children)
        and any(k.dep_ == "conj" and penalty(k) for k in c.children)
        for c in verb.children
    )


def _on_a_condition(heads: tuple[Token, ...], lex: Lexicon) -> bool:
    """Does one of these verbs govern an ultimatum: "unless ...", or an "if" whose clause is negated ("if Moscow did
    not comply"; not "if the UN paid", a condition of the other party's help)?"""

    def ultimatum(clause: Token) -> bool:
        marks = {m.lower_ for m in clause.children if m.dep_ == "mark"}
        negated = any(n.dep_ == "neg" for n in clause.children)
        return bool(marks & lex.ultimatum_marks) or bool(marks & lex.condition_marks and negated)

    return any(c.dep_ == "advcl" and ultimatum(c) for h in heads for c in h.children)


def _words_of_attack(match: TriggerMatch, r: Roles, lex: Lexicon) -> bool:
    """Is the attack noun (the trigger's, or the object of a verb that launches it) words: aimed only at policies or
    described by a verbal qualifier ("a scathing attack"), and no weapon qualifies it ("a drone attack")?"""
    noun = match.obj if match.obj is not None else match.token
    qualifiers = {c.lemma_.lower() for c in noun.children if c.dep_ in ("compound", "amod", "nmod")}
    aimed = bool(r.recipients) and all(_policy(p, lex) for p in r.recipients)
    return (aimed or bool(qualifiers & lex.verbal_qualifiers)) and not qualifiers & lex.instruments


def _attacked_over_words(verb: Token, lex: Lexicon) -> bool:
    """Is the attack's cause, after one of the cause prepositions, a policy, plan or statement (the policy targets:
    "Labour attacked over tax plans", "was attacked for his remarks"; not "attacked over a land dispute")? Asked of
    an attack told of its target alone (a passive, or a headline's; not "protesters attacked police over the ruling":
    a riot)."""
    if any(c.dep_ == "prep" and c.lower_ in lex.accompanying_prepositions for c in verb.children):
        return False  # "was attacked with a machete over a report": a weapon, a blow
    causes = [o for c in verb.children if c.dep_ == "prep" and c.lower_ in lex.attack_cause_prepositions
              for o in c.children if o.dep_ == "pobj"]  # fmt: skip
    return any(o.lemma_.lower() in lex.policy_targets for o in causes)


def _policy(p: Phrase, lex: Lexicon) -> bool:
    """Is the phrase a policy, plan or statement (the lexicon's policy targets), not a party?"""
    return bool(p.words) and p.words[p.head].lemma.lower() in lex.policy_targets


def recoded(match: TriggerMatch, how: Recoding) -> TriggerMatch:
    """The match with its pattern's event and CAMEO code replaced as the re-reading says; the pattern id says which
    ("+refused")."""
    return replace(match, pattern=recoded_pattern(match.pattern, how.event, how.code(match.pattern.event), how.name))


def recoded_pattern(p: TriggerPattern, event: str, cameo: str, why: str) -> TriggerPattern:
    """The pattern read as another type; a host's swap of sides belongs to the visit it read ("welcomes contact with
    U.S. diplomats" read as support has the welcomer as its actor)."""
    swap = p.swap and event == p.event
    return replace(p, event=event, cameo=cameo, mode=(), context=(), id=f"{p.id}+{why}", swap=swap)


def _names_someone(phrases: tuple[Phrase, ...]) -> bool:
    """Does one of the phrases have a name for its head ("Nepal", not "drug production")?"""
    return any(p.words and p.words[p.head].pos == "PROPN" for p in phrases)


def _no_action(match: TriggerMatch, dicts: Dictionaries) -> bool:
    """ "keen to keep coca cultivation high", "ready to slap a tax on ...": a readiness whose act no pattern knows
    (nor whom it is for, which the caller checks: "willing to help Nepal") is no offer."""
    return match.pattern.adjectival and match.obj is not None and _match_action(match.obj, dicts) is None


def _policy_pledge(match: TriggerMatch, dicts: Dictionaries) -> bool:
    """ "promised to cut unemployment", "pledged to lower taxes": a pledge (the pledge patterns) whose deed names no
    party and holds no verb a pattern knows ("pledged to continue supporting X" holds one), made to no one named (the
    caller checks), may be a policy, no promise to a party (the resolver decides by who pledges)."""
    if match.pattern.id not in dicts.lexicon.pledge_patterns:
        return False
    deed = next((c for c in match.token.children if c.dep_ == "xcomp" and c.pos_ in ("VERB", "AUX")), None)
    if deed is None or any(t.ent_type_ in _PARTY_NAMES and t.dep_ in ("dobj", "pobj") for t in deed.subtree):
        return False  # a party the deed is done to or with (not "jobs for British workers")
    return not any(t.pos_ == "VERB" and _match_action(t, dicts) is not None for t in deed.subtree)


_PARTY_NAMES = frozenset({"GPE", "NORP", "ORG", "PERSON"})


def _match_action(token: Token, dicts: Dictionaries) -> TriggerPattern | None:
    found = match_verb(token, dicts.triggers, dicts.lexicon)
    return found.pattern if found is not None else None


def _infinitive(child: Token) -> bool:
    """Is this child of a trigger the act it governs ("threatened to close", "threatened on Monday to close")?"""
    return child.pos_ == "VERB" and (child.dep_ == "xcomp" or (child.dep_ == "advcl" and infinitive_clause(child)))


def _duty(match: TriggerMatch, lex: Lexicon) -> bool:
    """Is a charge a duty given ("the Speaker is charged with ensuring order"): one of the duty verbs as a gerund
    after "with" (not "charged with killing his wife")?"""
    return any(
        g.tag_ == "VBG" and g.lemma_.lower() in lex.duty_verbs
        for p in match.token.children
        if p.dep_ == "prep" and p.lower_ == "with"
        for g in p.children
    )


def _vowed_answer(verb: Token, act: Token, lex: Lexicon) -> bool:
    """Is the promised act an answer, by a verb of no consent ("vowed to respond forcefully after the air strike",
    "pledged to avenge the killings"): a threat; not an answer to a letter or demands ("promised to respond to the
    union's demands")?"""
    if act.lemma_.lower() not in lex.answering_words or verb.lemma_.lower() in lex.consenting_verbs:
        return False
    answered = [o for p in act.children if p.dep_ == "prep" and p.lower_ == "to" for o in p.children]
    return all(o.lemma_.lower() in lex.hostile_nouns for o in answered)


def _speaking_setting(noun: Token, lex: Lexicon) -> bool:
    """Is the noun told only as the setting of someone's speaking ("the president, speaking after a rally in
    Nakuru, said"; not "police arrested 20 people after a rally", "during a rally")?"""
    prep = noun.head
    if noun.dep_ != "pobj" or prep.lower_ not in lex.campaign_setting_prepositions:
        return False
    verb = prep.head.lemma_.lower()
    return verb in lex.campaign_speaking_verbs or verb in lex.speech_verbs


def _warned_clause(match: TriggerMatch, child: Token) -> bool:
    """Is this child of a warning the hostile act it warns of ("warned that it would crush any attack": the
    trigger file's "warned-act" construction)?"""
    return match.pattern.construction == "warned-act" and child.dep_ == "ccomp" and child.pos_ == "VERB"


def _sport(match: TriggerMatch, lex: Lexicon) -> bool:
    """Is the trigger a verb of sport ("beat", "clash", "hit") in a sentence with a word of sport?"""
    if verb_lemma(match.token) not in lex.sport_verbs:
        return False
    return any(t.lemma_.lower() in lex.sport_words or t.lower_ in lex.sport_words for t in match.token.sent)


def _accident(match: TriggerMatch, actors: tuple[Phrase, ...], lex: Lexicon) -> bool:
    """Does the sentence put the act down to an accident or a disaster, with no party as its doer ("were killed in a
    motorcycle crash", "New Hampshire crash kills seven", "Typhoon Haiyan killed ..."), or is the doer its own
    victim ("killed himself"; not where the pattern names that object: "blew himself up" at a checkpoint is a suicide
    bombing)?"""
    token = match.token
    if any(c.dep_ == "dobj" and c.lower_ in lex.self_objects and c != match.obj for c in token.children):
        return True
    if match.pattern.nominal and match.pattern.event not in lex.attacker_types:  # "the threat of the hurricane": a
        of = prep_objects(nominal_host(token, lex), ("of",))  # disaster's, no party's (only what the noun is of)
        return of is not None and (of.lemma_.lower() in lex.accident_words or bool(_compounds(of) & lex.accident_words))
    if not lex.untargeted_modes.isdisjoint(match.pattern.mode):  # "opened an investigation into the crash"
        preps = tuple(r for r in match.pattern.recipient if r != "dobj")
        hosts = [nominal_host(token, lex) if match.pattern.nominal else token, match.obj]
        looked_into = [match.obj, *(prep_objects(h, preps) for h in hosts if h is not None)]
        if not match.pattern.nominal:
            looked_into.append(next((c for c in token.children if c.dep_ == "dobj"), None))
        return any(t is not None and t.lemma_.lower() in lex.accident_words for t in looked_into)
    heads = [p.words[p.head].lemma.lower() for p in actors if p.words]
    if heads and all(h in lex.fire_words for h in heads) and not any(_armed_fire(p, token.sent, lex) for p in actors):
        return True  # "Escape room fire kills five": a fire, not gunfire
    kinds = [  # "Typhoon Haiyan killed ...": a disaster named after its kind
        {w.lemma.lower() for i, w in enumerate(p.words) if i == p.head or w.dep == "compound"}
        for p in actors
        if p.words
    ]
    if heads and not all(k & lex.accident_words for k in kinds):
        return False
    return any(t.lemma_.lower() in lex.accident_words for t in token.sent)


def _compounds(noun: Token) -> set[str]:
    """The lemmas of the nouns compounded with this one ("Hurricane" of "Hurricane Maria")."""
    return {c.lemma_.lower() for c in noun.children if c.dep_ == "compound"}


def _armed_fire(p: Phrase, sent: Span, lex: Lexicon) -> bool:
    """Does a fire phrase name who fired or with what ("Israeli fire", "sniper fire", "fire from troops")?"""
    head = p.words[p.head]
    if any(w.ent in _FIRER_ENTS or w.lemma.lower() in lex.armed_fire_words for w in p.words if w is not head):
        return True
    fired = [t for t in sent if p.start <= t.idx < p.end and t.lemma_.lower() in lex.fire_words]
    return any(c.dep_ in ("prep", "agent") and c.lower_ in lex.fired_prepositions for t in fired for c in t.children)


def _stated_content(match: TriggerMatch, lex: Lexicon, *, objects: bool = True) -> bool:
    """Does a pattern with no object list name its content in its preposition's phrase ("called for tighter rules")
    or, having no preposition (and ``objects``), in a noun object ("demanded an inquiry"), other than an act of both
    sides ("called for closer cooperation between the two countries": a proposal to the other side, whose target the
    content does not name)?"""
    p = match.pattern
    if p.obj or p.nominal or not (p.prep or objects):
        return False
    if p.prep:
        content = prep_objects(match.token, tuple(sorted(p.prep)))
    else:
        content = next((c for c in match.token.children if c.dep_ == "dobj" and c.pos_ == "NOUN"), None)
    if content is None:
        return False
    words = content.doc[content.left_edge.i : content.right_edge.i + 1].text.lower().split()
    text = f" {' '.join(words)} "
    return not any(f" {g} " in text for g in lex.group_phrases)  # whole words: not "the two-day talks"


def _instrument(actors: tuple[Phrase, ...], lex: Lexicon) -> bool:
    """The subject is a weapon or blast, not a party ("a roadside bomb killed ..."); a blaze word counted is a blaze
    ("a fire at a nightclub killed 27", not "Israeli fire killed two")."""
    return bool(actors) and all(p.words and _weapon(p, lex) for p in actors)


def _weapon(p: Phrase, lex: Lexicon) -> bool:
    head = p.words[p.head]
    lemma = head.lemma.lower()
    if lemma in lex.blaze_words and (
        head.text.lower() != lemma or any(w.dep == "det" and w.text.lower() in ("a", "an") for w in p.words)
    ):
        return False
    return lemma in lex.instruments


def _troops(match: TriggerMatch, r: Roles, lex: Lexicon) -> bool:
    """Does the trigger move troops: its actor ("peacekeepers arrived") or its object ("sent 200 troops")?"""
    heads = [p.words[p.head].lemma.lower() for p in r.actors if p.words]
    if match.obj is not None:
        heads.append(match.obj.lemma_.lower())
    obj = direct_object(match.token, lex)
    if obj is not None:
        heads.append(obj.lemma_.lower())
    if match.token.dep_ == "xcomp":  # "ordered 2,000 troops to march": those ordered move
        heads += [c.lemma_.lower() for c in match.token.head.children if c.dep_ == "dobj"]
    return any(h in lex.troop_words for h in heads)


def _accord_only(token: Token, lex: Lexicon) -> bool:
    """ "agree with X (that ...)" without anything agreed to do or on: an expression of accord."""
    if token.lemma_.lower() not in lex.accord_verbs or token.pos_ != "VERB":
        return False
    preps = {c.lemma_.lower() for c in token.children if c.dep_ == "prep"}
    return (
        "with" in preps
        and not preps & lex.accord_topic_prepositions
        and not any(c.dep_ in ("xcomp", "dobj") for c in token.children)
    )


def _describing(token: Token, lex: Lexicon) -> bool:
    """Is the trigger the simple present of a relative clause whose subject is its relative pronoun, describing its
    noun, not telling news ("the charity, which supports street children, ..."), or a present
    passive of one with no date ("events where four or more people are killed by gunfire": what the noun is)?"""
    first = token
    while first.dep_ == "conj" and first.head.i != first.i:  # "are killed or injured"
        first = first.head
    if first.dep_ != "relcl":
        return False
    if first.tag_ == "VBN" and any(c.dep_ == "auxpass" and c.tag_ in ("VBZ", "VBP") for c in first.children):
        return not any(t.ent_type_ in ("DATE", "TIME") for t in first.subtree)
    if first is not token:
        return False
    return (
        token.tag_ in ("VBZ", "VBP")
        and any(c.dep_ == "nsubj" and c.lower_ in lex.relative_pronouns for c in token.children)
        and not any(c.dep_ in ("aux", "auxpass", "neg") for c in token.children)
    )


def _depicted(token: Token, lex: Lexicon) -> bool:
    """Is the trigger inside what a verb of depiction governs ("the film depicts a dirty bomb attack on London")?"""
    return any(a.lemma_.lower() in lex.depicting_verbs for a in token.ancestors)


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
        current.dep_ in ("xcomp", "dobj", "pobj", "prep", "acomp", "amod", "compound") or misread_object(current)
    ) and current.head.i != current.i:
        current = current.head
    return current


def contexts(token: Token, given: tuple[str, ...], lex: Lexicon) -> tuple[str, ...]:
    """PLOVER contexts of the trigger: those its pattern gives and those its clause's words name."""
    text = " " + clause_text(clause_head(token)) + " "
    found = [c for c, words in lex.context_words.items() if any(f" {w} " in text for w in words)]
    return tuple(dict.fromkeys((*given, *found)))


def _trigger_span(match: TriggerMatch) -> TextSpan:
    t = match.token
    if match.obj is not None:
        first, last = (t, match.obj) if t.i <= match.obj.i else (match.obj, t)
        return TextSpan(first.idx, last.idx + len(last.text), t.doc[first.i : last.i + 1].text)
    return TextSpan(t.idx, t.idx + len(t.text), t.text)


def _span(ent: Span) -> TextSpan:
    return TextSpan(ent.start_char, ent.end_char, ent.text)


def _duration(ent: Span, lex: Lexicon) -> bool:
    """Is the date entity a length of time ("sentenced to 25 years", "for two weeks"), not when an act was (not "two
    days ago", "the past three months")?"""
    root, after = ent.root, ent.doc[ent.end] if ent.end < len(ent.doc) else None
    words = {t.lower_ for t in ent} | ({after.lower_} if after is not None else set())
    return (
        root.tag_ == "NNS"
        and root.lemma_.lower() in lex.duration_units
        and any(t.like_num for t in ent)
        and lex.duration_anchors.isdisjoint(words)
    )


def _date_ents(ents: list[Span]) -> list[Span]:
    return [ent for ent in ents if ent.label_ in ("DATE", "TIME")]


def _date_cues(token: Token, ents: list[Span]) -> tuple[TextSpan, ...]:
    """Date and time expressions in the trigger's own clause and governed by its own verb; for a relative clause on a
    date with none of its own, that date ("since 2012, when he was arrested"). (The date of the clause that tells the
    act is its told date: see _reporting_date.)"""
    ids = clause_ids(clause_head(token))
    own = _own_verb(token)
    dates = _date_ents(ents)
    found = tuple(_span(ent) for ent in dates if ent.root.i in ids and _own_verb(ent.root).i == own.i)
    if not found and own.dep_ == "xcomp":  # "In 2015, Saudi Arabia started supporting ...": the verb it completes
        head = own.head
        return tuple(_span(ent) for ent in dates if ent.root.i in ids and _own_verb(ent.root).i == head.i)
    if found or own.dep_ != "relcl" or _complement_clause(own):
        return found
    return tuple(_span(ent) for ent in dates if ent.root.i == own.head.i)  # "since 2012, when he was arrested"


def _complement_clause(verb: Token) -> bool:
    """A clause that completes a verb or noun, saying what was said, meant or done: a that- or to-clause ("said he
    would veto", "a bill to legalise abortion", "went there to meet him") or a gerund on a noun ("approved a bill
    legalising abortion"); not a relative or adverbial clause, which tells another act."""
    if verb.dep_ in ("ccomp", "xcomp") or (verb.dep_ == "acl" and verb.tag_ == "VBG"):
        return True
    return verb.dep_ in ("advcl", "acl", "relcl") and any(c.dep_ == "aux" and c.lower_ == "to" for c in verb.children)


def _when_clause(verb: Token) -> bool:
    """A clause of what happened at the time its head tells ("violence broke out on Saturday when thousands
    rallied"): the act is of that day."""
    return verb.dep_ == "advcl" and any(c.dep_ == "advmod" and c.lower_ == "when" for c in verb.children)


_TELLING_DEPTH = 4  # clauses up from the act: "said on Friday that he would try to send a bill to ..."


def _reporting_date(own: Token, dates: list[Span]) -> tuple[TextSpan, ...]:
    """The date of the clause that tells an act ("Trump said on Friday that he would veto the bill", "On Sunday,
    Fernández announced he would send a bill to legalise abortion") or whose time a when-clause shares ("violence
    broke out on Saturday when thousands rallied"): the nearest verb up a chain of such clauses that has a date of
    its own. The resolver dates an act by it only where the act's own clause has none,
    as a date inferred, not told of the act."""
    current = own
    for _ in range(_TELLING_DEPTH):
        if not (_complement_clause(current) or _when_clause(current)):
            return ()
        current = _own_verb(current.head)
        found = tuple(_span(ent) for ent in dates if _own_verb(ent.root).i == current.i)
        if found:
            return found
    return ()


def _cue(ent: Span, rank: int = 1) -> PlaceCue:
    """A named place or country with the runs of its proper nouns to look up, longest first."""
    words = [t for t in ent if t.pos_ == "PROPN"]
    runs = []
    for n in range(len(words), 0, -1):
        for i in range(len(words) - n + 1):
            first, last = words[i], words[i + n - 1]
            runs.append(TextSpan(first.idx, last.idx + len(last.text), ent.doc[first.i : last.i + 1].text))
    doc, end = ent.doc, ent.end
    after = doc[end + 1] if end + 1 < len(doc) and doc[end].text == "," else None  # "Ipswich, Australia"
    within = next((e.text for e in doc[after.i : after.i + 1].ents if e.label_ == "GPE"), "") if after else ""
    return PlaceCue(_span(ent), ent.label_, tuple(runs), rank, within)


def _setting(token: Token) -> set[int]:
    """The tokens of the trigger's clause, and of the main clause for a participle clause of its own, which shares
    its setting ("appeared in a court in New Zealand, charged with murder")."""
    head = clause_head(token)
    ids = clause_ids(head) - (_asked_act(head) if head.i == token.i else set())
    return ids | clause_ids(head.head) if bare_participle(head) else ids


def _unfolding(noun: Token, lex: Lexicon) -> Token | None:
    """The verb an event noun is the subject of when that verb tells it happen ("talks opened in Geneva on Monday",
    "clashes erupted in Aleppo", "talks were held in Oslo"): the act's date and place are on it; else None."""
    verb = noun.head
    if noun.pos_ != "NOUN" or noun.dep_ not in ("nsubj", "nsubjpass") or verb.pos_ != "VERB":
        return None
    if any(c.dep_ == "xcomp" for c in verb.children):
        return None  # "sanctions began to hurt the economy of Ukraine": the verb's clause tells another act
    lemma = verb.lemma_.lower()
    return verb if lemma in lex.unfolding_verbs or lemma in lex.occurring_verbs else None


def _asked_act(verb: Token) -> set[int]:
    """The act a verb asks or orders of its object ("invited Sarney to speak at a conference in Rome", "ordered troops
    to attack rebels in Homs"): where that act is to happen is not where the asking did (for the verb's own event;
    the act itself keeps its place)."""
    if not any(c.dep_ == "dobj" for c in verb.children):
        return set()
    return {t.i for c in verb.children if c.dep_ == "xcomp" for t in c.subtree}


def _place_cues(ids: set[int], ents: list[Span], lex: Lexicon) -> tuple[PlaceCue, ...]:
    """Place names of the trigger's clause (``ids``: see _setting), "in/at/near" phrases ranked first; a name the
    tagger calls a person or nationality after one of those is kept for the resolver to check ("in Ciudad Juarez":
    a big city)."""
    cues: list[PlaceCue] = []
    for ent in ents:
        placed = ent.root.head.lemma_.lower() in lex.place_prepositions
        if ent.root.i in ids and (ent.label_ in ("GPE", "LOC", "FAC") or (ent.label_ in ("PERSON", "NORP") and placed)):
            cues.append(_cue(ent, 0 if placed else 1))
    return tuple(cues)


def _clause_places(doc: Doc, ids: set[int], ents: list[Span], dicts: Dictionaries) -> tuple[str, ...]:
    """Names the clause (``ids``: see _setting) says its action happened in ("were seized in Paraguay", "in the
    Kenyan capital Nairobi"); a country's name counts whatever the entity tagger called it (it tags "Paraguay" as an
    organisation, "Mali" as a person in some sentences)."""
    lex = dicts.lexicon
    partners = lex.partner_nouns  # "in cooperation with France": a partner, not a place
    # "the border crossing with France", "deported him to Mexico": a counterpart or a destination, not a place
    away = lex.party_prepositions | (lex.away_prepositions - lex.place_prepositions)
    named = [
        ent.text
        for ent in ents
        if ent.root.i in ids
        and (
            ent.root.dep_ == "pobj"
            or (ent.root.dep_ == "appos" and ent.root.head.dep_ == "pobj")
            or (  # "at Lima airport", "in Kabul province", "at Bangkok's airport"; not "links between US companies",
                ent.root.dep_ in ("compound", "poss")  # nor a country's: "at Turkey's consulate in Berlin"
                and ent.root.head.dep_ == "pobj"
                and ent.label_ == "GPE"
                and ent.root.head.head.lower_ in lex.place_prepositions
                and (ent.root.dep_ == "compound" or _city(ent.text, dicts))
            )
        )
        and (ent.label_ in ("GPE", "LOC") or _country_name(ent.text, dicts))
        and ent.root.head.head.lemma_.lower() not in partners
        and _preposition(ent.root).lower_ not in away
    ]
    where = lex.place_prepositions | {"of"}
    objects = [t for t in (doc[i] for i in sorted(ids)) if t.dep_ == "pobj"]
    untagged = [  # a proper name the tagger missed ("in a suburb of Sana'a"): the gazetteer may know it
        _compound_name(t)
        for t in objects
        if t.head.lower_ in where and t.pos_ in ("PROPN", "X") and t.text[:1].isupper() and not t.ent_type_
    ]
    settled = [  # "the town of Goma", whatever the tagger called the name
        _compound_name(t)
        for t in objects
        if settlement_of(t.head, dicts.lexicon) and t.pos_ == "PROPN" and t.ent_type_ not in ("GPE", "LOC", "")
    ]
    return tuple(named + untagged + settled)


def _misread_places(ids: set[int], ents: list[Span]) -> tuple[tuple[str, str], ...]:
    """Names after "in" in the trigger's clause that the tagger called a person, organisation or nationality ("in
    Sinaloa", "in Culiacan"), with that label: the resolver asks the gazetteer whether one is a region (or, for a
    nationality, a big city)."""
    return tuple(
        (e.text, e.label_)
        for e in ents
        if e.root.i in ids and e.label_ in _MISREAD_LABELS and e.root.dep_ == "pobj" and e.root.head.lower_ == "in"
    )


_MISREAD_LABELS = frozenset({"PERSON", "ORG", "NORP"})


def _preposition(name: Token) -> Token:
    """The preposition a place's name hangs on ("in Paris", "in the Kenyan capital Nairobi", "at Lima airport")."""
    return name.head.head if name.dep_ in ("appos", "compound") else name.head


def _compound_name(t: Token) -> str:
    """The name ``t`` ends, with the compound words before it ("Sana'a", "Khan Younis")."""
    return t.doc[min(c.i for c in t.subtree if c.dep_ == "compound" or c.i == t.i) : t.i + 1].text


def _city(text: str, dicts: Dictionaries) -> bool:
    """Is the text no country's own name (a capital or other city: "Bangkok"; not "Turkey")?"""
    hit = dicts.actors.country(text)
    return hit is None or hit.how == "capital"


def _country_name(text: str, dicts: Dictionaries) -> bool:
    """Is the text a country's name or capital, whatever the tagger called it (not a nationality: "ethnic
    Albanians")?"""
    hit = dicts.actors.country(text)
    return hit is not None and hit.how != "adjective"


def _standing(ent: Span) -> bool:
    """Does the name own something or undergo an act ("Tehran's news agency", "asked Tehran to free"), standing for
    a party rather than a place ("Kabul was rocked by a blast", "in Tehran")?"""
    return ent.root.dep_ in ("poss", "dobj", "dative")


def _subject(sent: Span) -> Phrase | None:
    """The sentence's subject, named or a noun, remembered for a following "He"/"She" (a name) or "It"."""
    for child in sent.root.children:
        if child.dep_ == "nsubj" and child.pos_ in ("PROPN", "NOUN"):
            return phrase(child)
    return None


def _office_takers(sent: Span, ents: list[Span]) -> list[Token]:
    """Proper-noun subjects the tagger names no person ("Hakubun Shimomura resigns as Japan's education minister")
    whose verb gives the office they held: described by that office (see with_office)."""
    named = {e.root.i for e in ents if e.label_ == "PERSON"}
    return [
        t
        for t in sent
        if t.dep_ in ("nsubj", "nsubjpass")
        and t.pos_ == "PROPN"
        and t.i not in named
        and not t.ent_type_
        and any(c.dep_ == "prep" and c.lower_ == "as" and c.i > t.i for c in t.head.children)
    ]


def _described(name: Token) -> Phrase:
    """A person's name with its description: its own phrase ("France's top diplomat Le Drian"), or the description
    it stands in apposition to (the parser heads "the Polish foreign minister Marek Zielinski" with the title), or
    the office its verb says the person held ("X resigns as Japan's education minister")."""
    if name.dep_ == "appos":
        return phrase(name.head)
    return with_office(name, phrase(name))
