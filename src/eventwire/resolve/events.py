"""The event resolver: candidates → coded mentions (actors, dates, places) → one event per happening.

Reads: Article, Extraction (spaCy-free, from extract/). Writes: Events. The rules here need coded participants
(who is a country, an office-holder, the article's subject); everything read off the parse came with the candidate.
"""

from __future__ import annotations

from dataclasses import dataclass, replace
from itertools import pairwise, product

from eventwire.dictionaries import Dictionaries
from eventwire.dictionaries.lexicon import Lexicon, Recoding
from eventwire.dictionaries.triggers import EVALUATIONS
from eventwire.records import (
    ActorRef,
    Article,
    Candidate,
    Coding,
    Event,
    EventDate,
    EventMention,
    Extraction,
    Phrase,
    Place,
    PlaceCue,
    Provenance,
    Zone,
)
from eventwire.resolve.actors import BORROWED, ActorResolver, ArticleMemory, generic_agent, head_word
from eventwire.resolve.dates import resolve_date, same_day_phrase
from eventwire.resolve.merge import merge_mentions
from eventwire.resolve.places import ALTERNATE_MIN_POPULATION, Gazetteer

NAME = "eventwire.resolve.events.v1"


LEAD_SUBJECT_VOTE = 10.0  # the country the lead sentence's subject names, against its mentions (2 each)


@dataclass(frozen=True, slots=True)
class ResolveOptions:
    keep_negated: bool = False
    keep_hypothetical: bool = False
    keep_background: bool = False


class EventResolver:
    """Codes an article's candidates with the actor lexicon, the gazetteer and the dates, then merges mentions."""

    name = NAME

    def __init__(
        self,
        dictionaries: Dictionaries,
        gazetteer: Gazetteer | None,
        options: ResolveOptions | None = None,
        *,
        coder: str,
        versions: tuple[str, ...] = (),
        blend: float = 0.5,
    ) -> None:
        self.dicts = dictionaries
        self.lex = dictionaries.lexicon
        self.actors = ActorResolver(dictionaries.actors, dictionaries.lexicon, gazetteer)
        self.gazetteer = gazetteer
        self.options = options or ResolveOptions()
        self.coder = coder
        self.versions = versions
        self.blend = blend  # share of a pattern event's confidence that comes from the sentence model
        referred = self.lex.referred_types
        # a trigger noun, or the object noun of a verb pattern ("signed an agreement", "held talks") → the types of
        # act it may name ("strike": an attack or a walkout)
        named: dict[str, set[str]] = {}
        for lemma, patterns in dictionaries.triggers.nouns.items():
            named.setdefault(lemma, set()).update(p.event for p in patterns)
        for p in dictionaries.triggers.patterns:
            for noun in () if p.negated else p.obj:
                named.setdefault(noun, set()).add(p.event)
        self.act_nouns = {lemma: types for lemma, events in named.items() if (types := frozenset(events) & referred)}

    # -- article -------------------------------------------------------------------------------
    def resolve(self, article: Article, extraction: Extraction) -> list[Event]:
        memory = self._memory(article, extraction)
        mentions: list[EventMention] = []
        anchor: EventDate | None = None
        fallback_place = self._dateline_place(article, memory) or self._lead_place(article, extraction, memory)
        for cues in extraction.sentences:
            subject = cues.subject
            if subject is not None and any(_later_pronoun(c, subject, self.lex) for c in cues.candidates):
                self._track_subject(subject, memory)  # "Fernandez was in Mexico City, where he and Calderon signed"
            found: list[EventMention] = []
            for cand in cues.candidates:
                if not cand.fallback:
                    found += self._mentions(article, cand, memory, anchor, fallback_place)
            if not found:  # a model reading counts only where no pattern event stands
                for cand in cues.candidates:
                    if cand.fallback:
                        found += self._mentions(article, cand, memory, anchor, fallback_place)
            mentions.extend(found)
            for m in found:
                if anchor is None and m.date and not m.date.inferred and m.date.precision == "day":
                    anchor = m.date
            if cues.subject is not None:
                self._track_subject(cues.subject, memory)
            else:  # "The deal was welcomed by Germany. It ...": no state was this sentence's subject
                memory.last_subject = None
        mentions = [self._upgrade(m, memory) for m in mentions]
        if extraction.text:
            mentions = [_restore_text(m, extraction.text) for m in mentions]
        mentions = [m for m in mentions if self._keep(m)]
        return merge_mentions(
            mentions, article_key=article.content_hash, coder=self.coder, lexicon=self.lex, versions=self.versions
        )

    def _lead_subject_votes(self, extraction: Extraction) -> list[tuple[str, float]]:
        """The country the lead sentence's subject names, acting ("Kuwait, a target of Iranian anger, today rejected
        charges"): the one the report is about, though another may be named more often in the lead; it votes as
        much as five mentions there. Not a country that speaks ("Germany said the Greek government had failed"):
        the report may be about what it speaks of."""
        lead = next((s for s in extraction.sentences if s.sentence.zone == "body"), None)
        if lead is None or lead.subject is None or not lead.subject.words or lead.verb in self.lex.speech_verbs:
            return []
        head = lead.subject.words[lead.subject.head]
        return [
            (cue.span.text, LEAD_SUBJECT_VOTE)
            for cue in extraction.entities
            if cue.label == "GPE" and cue.span.start <= head.start < cue.span.end
        ]

    def _country_named(self, text: str) -> bool:
        """Is the text a country's own name ("Paraguay"; not its capital or adjective)?"""
        hit = self.dicts.actors.country(text)
        return hit is not None and hit.how == "name"

    def _keep(self, m: EventMention) -> bool:
        return (self.options.keep_negated or not m.negated) and (self.options.keep_hypothetical or not m.hypothetical)

    def _memory(self, article: Article, extraction: Extraction) -> ArticleMemory:
        weights: list[tuple[str, float]] = []
        places: list[tuple[str, float]] = []
        institutions: list[tuple[str, float]] = []
        lead_end = _lead_end(article, 3)
        for cue in extraction.entities:
            weight = 2.0 if cue.span.start < lead_end else 1.0
            if cue.label in ("GPE", "NORP"):
                weights.append((cue.span.text, weight))
            elif cue.label == "ORG" and self._country_named(cue.span.text):  # "Paraguay", which the tagger may call
                before = article.text[max(0, cue.span.start - 30) : cue.span.start].split()[-1:]  # an organisation
                routed = bool(before) and before[0].lower() in self.lex.route_prepositions  # (half after "via": a
                # route, not the topic)
                weights.append((cue.span.text, weight / 2 if routed else weight))
            if cue.label in ("GPE", "LOC"):
                places.append((cue.span.text, weight))
            if cue.label in ("ORG", "NORP"):  # "the Kremlin"; parties the tagger calls a group ("Liberal Democrats")
                institutions.append((cue.span.text, weight))
        given = article.structure.given_place
        if given:  # a record's dateline votes like the text's own would ("GENEVA, March 26 -")
            places.append((given, 2.0))
        leads = self._lead_subject_votes(extraction)
        main, countries, dominant = self.actors.article_countries(weights, places, institutions, leads)
        memory = ArticleMemory(published=article.published, main_country=main, countries=countries, dominant=dominant)
        self.actors.note_bodies([text for text, _ in institutions], memory)
        self.actors.note_named_bodies(article.text, memory)
        self.actors.note_acronyms(article.text, memory)
        self.actors.introduce(list(extraction.people), memory)
        self._describe(extraction, memory)
        return memory

    def _describe(self, extraction: Extraction, memory: ArticleMemory) -> None:
        """A description that gives a country stands for the named person just before it whose country is unknown
        ("..., Charles Kennedy has said. ..., the Lib Dem leader asked."): the name is coded with it throughout
        the article. Only the nearest person named in that sentence or the two before counts, and only if the
        description itself names no one. An indefinite one in the lead stands for the named subject of the sentence
        after it ("A senior British official said ... . Paul Channon, secretary for trade, said ..."): the wire
        story's way of naming its source."""
        lead = next((k for k, c in enumerate(extraction.sentences) if c.sentence.zone == "body"), None)
        for k, cues in enumerate(extraction.sentences):
            window = extraction.sentences[max(0, k - 2)].sentence.start
            for d in cues.descriptions:
                ref = self.actors.resolve(d, memory)
                if (
                    ref is None
                    or (ref.kind == "person" and ref.name)
                    or not ref.code
                    or ref.resolved_by in _NOT_DESCRIBING
                ):
                    continue
                if d.text.split()[0].lower() in ("a", "an"):  # "a senior British official": the next one named, if
                    nxt = extraction.sentences[k + 1] if k == lead and k + 1 < len(extraction.sentences) else None
                    after = nxt.subject if nxt is not None and nxt.verb in self.lex.speech_verbs else None  # speaking
                    person = self.actors.resolve(after, memory) if after is not None else None
                else:
                    before = [p for p in extraction.people if window <= p.start < d.start]
                    person = self.actors.resolve(before[-1], memory) if before else None
                if person is None or person.kind != "person" or not person.name:
                    continue
                if person.code and person.resolved_by not in _NOT_DESCRIBING:
                    continue  # the nearest person has a country already: the description may be anyone's
                memory.remember(replace(person, code=ref.code, sector=ref.sector, sectors=ref.sectors,
                                        roles=ref.roles, resolved_by="description"))  # fmt: skip

    def _lead_place(self, article: Article, extraction: Extraction, memory: ArticleMemory) -> Place | None:
        """The first city the headline or lead names outside a quotation ("... Victims of Zeta Killers in Veracruz"):
        where an undated article's events happen unless their own clause says otherwise (used like a dateline, see
        _fallback_place)."""
        if self.gazetteer is None or not article.structure.zones:
            return None
        lead_end = _lead_end(article, 2)
        for cue in extraction.entities:
            if cue.span.start >= lead_end:
                break
            if cue.label == "ORG" or self._titled_by(article.text, cue.span.start):
                continue  # a body, not a place ("Real Madrid"); a title's ("the Archbishop of Canterbury")
            if cue.standing and (hit := self.dicts.actors.country(cue.span.text)) and hit.how == "capital":
                continue  # "asked Tehran to free", "Tehran's news agency": a government or an owner, no place
            paragraph = article.text[article.text.rfind("\n", 0, cue.span.start) + 1 : cue.span.start]
            if _quoted(paragraph):
                continue  # a place someone speaks of ('"If you look at the Market Square in Nottingham ..."')
            place = self._city(cue, memory)
            if place is not None:
                return replace(place, source="lead")
        return None

    def _titled_by(self, text: str, start: int) -> bool:
        """Does a title the role dictionary knows come just before, with "of" ("the Mayor of London")?"""
        before = text[max(0, start - 40) : start].split()
        return len(before) >= 2 and before[-1] == "of" and before[-2].lower() in self.dicts.actors.roles

    def _dateline_place(self, article: Article, memory: ArticleMemory) -> Place | None:
        """The city of the text's dateline, or of the dateline its record gave beside the text (no offsets then:
        those characters are not in the text)."""
        span = article.structure.dateline_place
        if self.gazetteer is None:
            return None
        if span is not None:
            return self.gazetteer.place(span.text, span.start, span.end, memory.countries, "dateline")
        name = article.structure.given_place
        return self.gazetteer.place(name, None, None, memory.countries, "dateline") if name else None

    def _track_subject(self, subject: Phrase, memory: ArticleMemory) -> None:
        """Remember the sentence's person subject for a following "He"/"She", and its state or organisation subject
        for a following "It" (no other: "The plan was rejected. It would have ...")."""
        memory.last_subject = subject  # read only when an "It" follows (see ActorResolver.resolve)
        if not (subject.words and subject.words[subject.head].pos == "PROPN"):
            return
        ref = self.actors.resolve(subject, memory)
        if ref is not None and ref.kind == "person":
            memory.last_person = self.actors.finish(ref, memory)

    # -- one candidate -------------------------------------------------------------------------
    def _party_like(self, p: Phrase) -> bool:
        """Could the phrase name a party: a name, a noun the role dictionary knows, or a definite noun ("the
        nation"); not "each other" nor "a meeting in Caracas"?"""
        head = p.words[p.head] if p.words else None
        if head is None or head.pos == "PRON":
            return False
        definite = head.pos == "NOUN" and any(w.dep == "det" and w.text.lower() == "the" for w in p.words)
        return head.pos == "PROPN" or definite or self.actors.lex.roles.get(head.lemma.lower()) is not None

    def _authorities_acting(self, c: Candidate, speakers: list[ActorRef]) -> bool:
        """Do state authorities (police, courts, officials) speak of an act only authorities do (arrest, charge,
        sentence; not "seized a bus", which gunmen do too)?"""
        state = self.actors.state_sectors
        return c.lemma.lower() in self.lex.authority_only_acts and all(
            any(x in state for x in s.sectors) for s in speakers
        )

    def _resolve_side(
        self, phrases: tuple[Phrase, ...], memory: ArticleMemory, mutual: bool = False, held: bool = False
    ) -> list[ActorRef]:
        refs: list[ActorRef] = []
        pending: list[ActorRef] = []  # unnamed titles waiting for the name in the next conjunct
        for ph in phrases:
            low = ph.text.lower()
            if low in self.lex.group_pronouns or any(low == g or low.endswith(g) for g in self.lex.group_phrases):
                acted_on = memory.last_acted_on if low == "them" and held else ()  # those held, charged now
                refs.extend(replace(g, resolved_by="group") for g in acted_on or memory.last_group)
                continue
            paired = self.actors.paired_countries(ph, memory, hyphen=mutual)
            if paired:  # "North and South Korea exchanged fire": both
                refs.extend(self.actors.finish(r, memory) for r in paired)
                continue
            if self.actors.unpaired_peoples(ph):  # "Hindu-Muslim riots": two communities, not the first alone
                continue
            ref = self.actors.resolve(ph, memory)
            if ref is None:
                continue
            listed = self.actors.listed_origins(ph) if ref.code else []
            if any(code == ref.code for code, _, _ in listed):  # "officials from Uganda, Tanzania and Rwanda": one
                refs.extend(  # party of each country, each with its country's characters
                    self.actors.finish(replace(ref, code=code, start=a, end=b, resolved_by="listed-origin"), memory)
                    for code, a, b in listed
                )
                continue
            if ref.kind == "person" and ref.name is None and ref.resolved_by not in BORROWED:
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

    def _sides(self, c: Candidate, memory: ArticleMemory) -> tuple[list[ActorRef], list[ActorRef]]:
        """Actors and recipients of a candidate: its phrases coded, the speaker, the visitor, implied parties."""
        lex = self.lex
        speakers = self._resolve_side(c.speaker, memory) if c.speaker else []
        quoted = any(p.text.lower() in lex.person_pronouns and _in_quotes(c, p.start) for p in c.actors)  # "he" in
        # a quotation (not 'Erdogan said he would "never negotiate"')
        if speakers and speakers[0].kind == "person" and speakers[0].code and not quoted:
            memory.last_person = speakers[0]  # "Santos said that his government would ...": he, his are the speaker
        if (
            speakers
            and c.actors
            and all(p.text.lower() in lex.group_pronouns for p in c.actors)
            and (all(s.kind in ("country", "group") for s in speakers) or self._authorities_acting(c, speakers))
        ):
            actors = list(speakers)  # "The Armenians claim they were retaliating": a people or a state speaking of
            # itself, "Mexican authorities say they have arrested eight men": authorities of their own act (not
            # "Police said they were planning attacks", "Witnesses said they ...": whom they saw)
        else:
            two_sided = c.coding.event in self.lex.mutual_types or c.coding.event in self.lex.attacker_types
            actors = self._resolve_side(c.actors, memory, two_sided)  # "Sino-Indian talks", "... clashes"
        if (
            not actors
            and c.speaker
            and c.actors
            and not quoted
            and all(p.words[p.head].pos == "PRON" for p in c.actors if p.words)
            and not _it_of_many(c.actors, speakers, memory)
        ):
            actors = list(speakers)  # "X announced that it has called off the strike"
        actors = _speakers_own(actors, c.actors, speakers, lex)
        if c.pattern.nominal and c.pattern.event in lex.attacker_types:  # "a Kabul car bombing": where, not who
            actors = [a for a in actors if not _capital_modifier(a, c) or a.end > c.trigger.start]
        if quoted and speakers:  # Blair: "I am delighted that he has agreed ...": he is not Blair, who says "I"
            actors = [a for a in actors if not (a.resolved_by == "coref" and any(_same(a, s) for s in speakers))]
        resolved = self._resolve_side(c.recipients, memory, held=c.lemma.lower() in lex.detainee_acts)
        objective = any(p.text.lower() == "them" for p in c.recipients)  # not a passive's "they"
        recipients = [x for x in resolved if not (objective and _the_actors_own(x, actors))] or resolved  # (never
        # none left: "federal agents accused them", municipal police)
        harmed = c.coding.event in lex.responding_types and any(self._harm_reference(p) for p in c.recipients)
        if harmed:  # "condemned the killing of two Lebanese soldiers": not the victims; their killers, if told
            recipients = self._earlier_act(c, memory, actors)
        accused = memory.last_accused
        if accused is not None and not c.speaker and c.lemma.lower() in lex.authority_only_acts:
            recipients = [  # "Police arrested Merritt. The governor said ... He is charged with assault": Merritt (not
                # "the governor said he was charged": the speaker)
                replace(accused, text=x.text, start=x.start, end=x.end, resolved_by="accused")
                if x.resolved_by == "coref" and x.text.lower() in lex.person_pronouns
                else x
                for x in recipients
            ]
        if c.coding.event in lex.mutual_types:  # "talked to reporters in Beijing": telling the press, no talks
            recipients = [x for x in recipients if lex.press_sector not in x.sectors]
        if c.pattern.id in lex.flagged_patterns:  # "seized a tanker": no flag named, no target (not the article's)
            recipients = [x for x in recipients if x.resolved_by not in _NOT_DESCRIBING]
        joint_subject = _mutual(c, lex) and len({a.code for a in actors if a.code}) >= 2  # "Kenya and Ethiopia signed"
        if (
            not any(x.code for x in recipients)
            and not joint_subject
            and not harmed
            and (
                c.pattern.event in lex.wants_target
                or c.coding.event in lex.wants_target  # "vowed to attack American forces": a threat to them
                or (c.coding.event in lex.content_targets and c.pattern.id not in lex.joint_patterns)  # "agreed to
                # hold talks with Ethiopia"; not "held drills around Taiwan", which a partner would make joint
                or c.pattern.nominal
                or (actors and not any(a.code for a in actors))
                or (not actors and c.instrument)  # "shells landed on a market in the Syrian town of Douma"
                or lex.visit_mode in c.pattern.mode  # "visited slums in the Kenyan capital": the host
                or c.coding.event in lex.placed_targets  # "struck an oil depot in Russia's Belgorod region"
                or any(_collectively_owned(p, lex) for p in c.recipients)  # "detained its crew": the owner's
            )
        ):  # a named party inside the object when the type needs a target or the named actor is uncoded, and
            # in place of a target of no country ("rejected the classification by the U.S."); not when the parties
            # of a mutual act are named together ("... signed an agreement in Addis Ababa": where, not with whom)
            inside = self._resolve_side(c.embedded, memory)
            inside = [x for x in inside if not any(_same(x, a) for a in actors)]
            if not recipients or (any(x.code for x in inside) and not any(x.sector for x in recipients)):
                recipients = inside  # not for "an army patrol in northern Mali": the patrol, of the clause's country
        placed = c.coding.event in lex.placed_targets or c.pattern.id in lex.placed_patterns  # "seized Kunduz"
        if not any(x.code for x in recipients) and placed:
            recipients = self._city_target(c, memory) or recipients  # "Russian forces shelled Kharkiv"
        if not recipients and c.recipients and c.pattern.id in lex.placed_patterns:
            where = self._clause_country(c)  # "seized two towns in southern Somalia": Somalia's
            ph = c.recipients[0]
            if where is not None:
                recipients = [ActorRef(ph.text, ph.start, ph.end, code=where, kind="country", resolved_by="place")]
        if not any(x.code for x in recipients) and c.coding.event in lex.responding_types:
            recipients = self._earlier_act(c, memory, actors) or recipients  # "France condemned the strikes"
        if not any(a.code for a in actors):  # the participant scorer's choice where the rules coded no actor
            chosen = self._option(c, memory, "actor", recipients)
            actors = [chosen] if chosen is not None else actors
        if not recipients and not joint_subject:  # "Shultz and Shevardnadze met in a Moscow mansion": with each other
            chosen = self._option(c, memory, "recipient", actors)
            if chosen is not None and harmed and _part_of(chosen, c.recipients):
                chosen = None  # not the victims of the condemned killing
            recipients = [chosen] if chosen is not None else recipients
        actors = _apply_speaker(actors, speakers)
        if not c.modality.refused:  # "refused to meet the visiting king": the refuser rejects; no visit was made
            actors, recipients = _visit_semantics(actors, recipients, c, lex)
        recipients = [x for x in recipients if not any(_same(x, a) for a in actors)]
        if (
            (
                _mutual(c, lex)
                or (c.pattern.nominal and "between" in c.pattern.recipient)
                or (_reciprocal(c, lex) and self.dicts.ontology.plover[c.coding.event].conflict)
            )
            and not recipients
            and not any(self._party_like(p) for p in c.recipients)  # "Bahrain and Kosovo opened relations with the
            # nation": with an uncoded third (not "with each other", "with a meeting in Caracas")
            and len({(a.code, a.sector) for a in actors if a.resolved_by != "group"}) >= 2
        ):  # "Kenya and Ethiopia signed a deal", "clashes between settlers and Palestinians": the first with the others
            # (a noun that takes "between" names a two-sided act; "condemnation from France and Germany" does not);
            # two sides of one country differ by sector ("fighting between the army and rebels")
            actors, recipients = actors[:1], actors[1:]
        agentless = not c.actors and (c.passive or (c.pattern.nominal and bool(recipients)))  # "the arrest of seven
        # Guatemalans"; not "drew criticism from European allies", whose critics the coder could not code
        if (
            not actors
            and agentless
            and lex.implies_authorities(c.pattern.event, c.pattern.mode, bool(recipients), c.pattern.id)
        ):
            own_country = c.pattern.event in lex.authority_own_country_types
            # not "the suspects" of an earlier arrest: charged by the clause's or the article's country, not theirs;
            # a state's own official is arrested or charged by that state ("the Peruvian president stepped down and
            # was detained": by Peru, in an article about another country's gifts)
            officials = [x for x in recipients if x.code and lex.government_sector in x.sectors]  # (not soldiers,
            # whom another state may hold)
            charged = [x for x in recipients if x.code and _own(x, lex)] if own_country else officials
            own = charged[0].code if charged else None
            where = self._clause_country(c) or _speaking_authority(speakers, lex) or own or memory.main_country
            implied = _authorities(where, c, lex)
            # "Chile, which stands accused of unfair subsidies": no state is accused or sanctioned by its own
            # authorities, whoever did it the text does not say (but "seven Guatemalans were arrested", "a task force
            # took charge of security in Honduras": a state acts on its people and its land)
            self_targeted = (
                c.pattern.event in lex.authority_foreign_types or c.pattern.id in lex.sending_patterns
            ) and any(where is not None and _state_named(x, where) for x in recipients)  # nor sends to itself
            # nor taxes its own goods or expels its own diplomats ("tariffs on Chinese steel", "Russian diplomats
            # were expelled" in an article about that state), though its courts judge its own people ("was
            # sentenced", "were jailed": the courts' sector, neither the default government nor the police)
            foreign_only = c.pattern.event in lex.authority_foreign_types and not own_country
            sector = lex.authority_sector(c.lemma.lower(), c.pattern.mode)
            court = sector not in (lex.authority_default_sector, *lex.authority_countryless_sectors)
            taxed = [x for x in recipients if where and x.code == where]
            self_targeted = self_targeted or (foreign_only and not court and bool(taxed))
            if not self_targeted and (where or implied.sector in lex.authority_countryless_sectors):
                actors = [implied]  # "activists were arrested": the police, even where nothing says of which country
                # (see _sector_only)
        if not actors and not c.actors and c.passive and c.pattern.event in lex.speaker_asks_types:
            teller = next((s for s in speakers if s.code and not any(s.code == x.code for x in recipients)), None)
            actors = [teller] if teller is not None else actors  # "Blair is being urged to ..., Oxfam says"
        if (
            not actors
            and (c.pattern.nominal or (c.passive and bool(c.pattern.obj)))  # "rallies were held", not "is expected
            and c.coding.event in lex.crowd_types  # to protest" (the subject protests)
            and not c.pattern.id.startswith("model:")  # a guessed event gets no guessed crowd
            and not (c.adjunct and c.lemma.lower() in lex.campaign_nouns)  # "the president, speaking after a
            # rally in Nakuru, said": a setting, maybe a campaign's, no protest told (not "after a protest")
        ):
            where = self._clause_country(c) or memory.main_country  # "rallies were held across the country"
            if where:
                actors = [_crowd(where, c, lex)]
        if c.instrument and not any(a.code or a.sector for a in actors):
            actors = []  # "a massacre in the capital left 56 dead": the deed as subject, no doer named
        if not actors and c.told_attack and c.pattern.event in lex.attacker_types and memory.last_attackers:
            actors = list(memory.last_attackers)  # "six people were killed in the attack": the attack told before
        if (
            not actors
            and c.pattern.event in lex.attacker_types
            and c.coding.event != lex.verbal.event  # not one re-read as words: "was attacked over his remarks"
            and (c.pattern.weight >= lex.attacker_min_weight or c.instrument)  # a weapon hits: no figurative blow
            and not c.pattern.id.startswith("model:")  # a guessed event gets no guessed attacker
            and (c.passive or c.instrument or c.pattern.swap)
            and recipients
            and not (
                c.pattern.id in lex.figurative_patterns and not _weapon_named(c, lex) and _politician(recipients, lex)
            )
        ):  # "a journalist was killed in a car bomb", "a mine explosion killed two youths", "four protesters died
            # from gunfire" (the subject suffers the act): attackers unnamed
            victims = {x.code for x in recipients if x.code}
            home = memory.main_country if memory.main_country in victims else None
            at_sea = any(not lex.water_words.isdisjoint(t.lower().split()) for t in c.clause_places)
            where = self._clause_country(c) or (None if at_sea else home)  # "a U.S. warship was attacked in the
            # Gulf": by someone unnamed, not by Americans (not "in the village of Kirawa", which no gazetteer knows)
            weapon = c.instrument and not any(p.words[p.head].lemma.lower() in lex.attack_nouns for p in c.actors)
            if where is None and weapon and len(victims) == 1:  # "rockets slammed into an Israeli town": where the
                where = next(iter(victims))  # weapon struck (not "the attack that killed X", told in passing)
            same = memory.attack_sentence == c.sentence.start and not (c.instrument or c.own_attack)
            losses = {a.code for a in memory.last_attackers} & victims  # "attacked IS positions, and ten Iraqi
            if same and memory.last_attackers and not losses:  # soldiers were killed": their own dead, not victims
                actors = list(memory.last_attackers)  # "shelled the border posts, adding that 40 soldiers were
                # killed": the attackers the sentence named
            elif where or home:
                actors = [_unidentified(where, c)]
        located = [self._located(x, c) for x in recipients]
        if (
            actors
            and c.coding.event in lex.protested_types
            and not c.pattern.id.startswith("model:")
            and not any(a.resolved_by == "implicit-crowd" for a in actors)
            and self._untargeted_protest(c, recipients)
        ):
            where = self._clause_country(c)  # "blocked roads in Algiers": against Algeria's authorities; not
            if where and all(a.code in (where, None) for a in actors):  # "Iranian exiles demonstrated in Paris"
                located = [_protested(where, c, lex)]
        state = self.actors.state_sectors
        if c.lemma.lower() in lex.authority_only_acts and all(state & set(a.sectors) for a in actors):
            # "police arrested five men": suspects; not hostages "detained by Islamic State"
            located = [_suspect(x, lex) for x in located]
        return [_as_government(self._located(a, c), lex) for a in actors], located

    def _untargeted_protest(self, c: Candidate, recipients: list[ActorRef]) -> bool:
        """Does a protest name no party as its target: none at all, or, told by a verb, only a thing with no place or
        party of its own where the clause names one country ("protested in Lagos against a new tax law"; not "in London
        against the war in Ukraine", another's, nor "the decision provoked protests from farmers in France", a
        reaction to whoever decided)?"""
        if not c.recipients:
            return True
        return (
            not c.pattern.nominal
            and not recipients
            and all(p.words and p.words[p.head].pos == "NOUN" and not any(w.ent for w in p.words) for p in c.recipients)
            and len({self._place_country(t, c) for t in c.clause_places} - {None}) == 1
        )

    def _city_target(self, c: Candidate, memory: ArticleMemory) -> list[ActorRef]:
        """A target that is a city by name alone, of one country only and one the article names ("shelled Kharkiv" in
        an article on Ukraine), as that country: the tagger often misses such a name, so the gazetteer decides; not a
        name cities of two countries bear ("Rafah")."""
        if self.gazetteer is None:
            return []
        for ph in c.recipients:
            if ph.words and all(w.pos == "PROPN" for w in ph.words):
                found = self.gazetteer.countries_called(ph.text)
                region = self._region_country(ph.text)  # "shelled Tavush Province"
                found = found or (frozenset({region}) if region else frozenset())
                if len(found) == 1 and found <= memory.countries:
                    code = next(iter(found))
                    return [ActorRef(ph.text, ph.start, ph.end, code=code, kind="country", resolved_by="place")]
        return []

    def _earlier_act(self, c: Candidate, memory: ArticleMemory, actors: list[ActorRef]) -> list[ActorRef]:
        """The makers of the act told before that a reaction's target names by its noun alone ("Israel launched
        airstrikes on Gaza. France condemned the strikes.": Israel), each at the noun's words: the last act of the
        noun's types told with a word of its stem, else the acts of those types if all were by the same countries;
        none where that act is by the reacting party's own country (lexicon: earlier_acts)."""
        for ph in c.recipients:
            harm = self._harm_reference(ph)
            types = harm or self._act_reference(ph)
            noun = ph.words[ph.head].lemma.lower() if types else ""
            told = [(words, makers) for event, words, makers in memory.acts if event in types]
            last = next((makers for words, makers in reversed(told) if _kin(noun, words)), ())
            if not last and len({frozenset(m.code for m in makers) for _, makers in told}) == 1:
                last = told[-1][1]  # "asked the embassy to ...; the embassy declined the request": only they asked
            if last and not {m.code for m in last} & {a.code for a in actors}:  # not "Israel defended the strikes"
                return [replace(m, text=ph.text, start=ph.start, end=ph.end, resolved_by="earlier-act") for m in last]
        return []

    def _act_reference(self, ph: Phrase) -> frozenset[str]:
        """The types of act a phrase may mean when it names one told before by its noun alone: "the strikes", "these
        deadly attacks", "Monday's attack"; not "Israel's strikes" or "the attack on the embassy" (a party named)."""
        if not ph.words:
            return frozenset()
        head, lex = ph.words[ph.head], self.lex
        rest = [w for i, w in enumerate(ph.words) if i != ph.head]
        dated = any(w.ent == "DATE" for w in rest)
        if not (dated or any(w.text.lower() in lex.referring_determiners for w in rest)):
            return frozenset()
        if any(w.pos not in ("DET", "ADJ", "PART", "NUM") and w.ent != "DATE" for w in rest):
            return frozenset()
        return self.act_nouns.get(head.lemma.lower()) or self.act_nouns.get(head.text.lower(), frozenset())  # "talks"

    def _harm_reference(self, ph: Phrase) -> frozenset[str]:
        """The types of act a phrase may mean when it tells harm done and names its victims (after a victim
        preposition) but not its maker: "the killing of two Lebanese soldiers", "the attack on the embassy"; not
        "Syria's killing of protesters", "the attack by Turkey", "the Israeli attack on Gaza", nor a bare "the
        attack" (lexicon: earlier_acts)."""
        if not ph.words:
            return frozenset()
        head, lex = ph.words[ph.head], self.lex
        lemma = head.lemma.lower()
        if lemma not in lex.harm_nouns and lemma not in lex.attack_nouns:
            return frozenset()
        before, after = ph.words[: ph.head], [w.text.lower() for w in ph.words[ph.head + 1 :]]
        made = any(w.dep == "poss" or w.ent in _MAKER_ENTITIES for w in before)
        if made or "by" in after or not lex.victim_prepositions.intersection(after):
            return frozenset()  # a bare "the attack" is the act told before (see _act_reference)
        return lex.attacker_types

    def _option(self, c: Candidate, memory: ArticleMemory, side: str, others: list[ActorRef]) -> ActorRef | None:
        """The best-scored phrase for a side (one the scorer rates higher for it than for the other) that codes to
        a country and is not on the other side."""
        told = c.actors if side == "actor" else c.recipients
        for o in c.options:
            if (o.actor >= o.recipient) != (side == "actor"):
                continue
            ref = self.actors.resolve(o.phrase, memory)
            if ref is not None and _capital_modifier(ref, c) and _part_of(ref, told):
                continue  # "A Kabul car bombing killed five": a capital inside the side's phrase says where
            if ref is not None and ref.code and not any(_same(ref, x) or _inside(ref, x) for x in others):
                return self.actors.finish(replace(ref, resolved_by=f"{ref.resolved_by}+scorer"), memory)
        return None

    def _mentions(
        self,
        article: Article,
        c: Candidate,
        memory: ArticleMemory,
        anchor: EventDate | None,
        fallback_place: Place | None,
    ) -> list[EventMention]:
        if c.modality.background and not self.options.keep_background:
            return []
        actors, recipients = self._sides(c, memory)
        if not self._enough(c, actors, recipients, c.sentence.zone):
            return []
        coding, pattern_id = c.coding, c.pattern_id
        verbal: Recoding | None = None
        if (
            c.pattern.id in self.lex.verbal_patterns
            and (
                _politicians(actors, recipients, self.lex, c.pattern.id in self.lex.policy_patterns)
                or _quarrel(c, actors, recipients, self.lex)
            )
            and not (_weapon_named(c, self.lex) or _armed_with(c, self.lex))  # "attacked them with machetes"
        ) or (c.pattern.id in self.lex.figurative_patterns and _words_only(actors, recipients, c, self.lex)):
            verbal = self.lex.verbal  # "Biden attacked Trump": words
        elif c.pattern.id in self.lex.diplomatic_patterns and _states(actors, self.lex):
            verbal = self.lex.diplomatic  # "China protested the visit": an official complaint
        if verbal is not None:
            coding = self.dicts.ontology.coding(verbal.event, verbal.code(), (), coding.context)
            pattern_id = f"{c.pattern.id}+{verbal.name}"
        if c.pattern.id in self.lex.joint_patterns and (c.joint or _other_country(actors, recipients)):
            joint = self.lex.joint  # "China and Russia held joint exercises": military cooperation, not a show of force
            coding = self.dicts.ontology.coding(joint.event, joint.code(), (), coding.context)
            pattern_id = f"{pattern_id}+{joint.name}"
        date = self._date(c, article, anchor)
        if _past_year(date, article) and not self.options.keep_background:
            return []  # "In 2014, ..." or "last year": background, not this article's news ("in 2016" ahead is a plan)
        spoken = self.dicts.ontology.plover[coding.event].spoken  # not a demonstration
        spoken = spoken and self.lex.visit_mode not in coding.mode
        standing = [r for r in recipients if spoken and self._capital_alone(r)]  # "keen to negotiate with
        # Washington": the city stands for its government, the talks are not placed there
        place = self._place(c, memory, (*actors, *standing)) or self._fallback_place(
            fallback_place, coding, actors, recipients, memory
        )
        confidence = c.pattern.weight * (0.9 if actors and recipients else 0.7) * (0.8 if c.pattern.nominal else 1.0)
        if c.support is not None:
            confidence = (1 - self.blend) * confidence + self.blend * c.support
        prov = Provenance(self.coder, pattern_id, c.trigger.start, c.trigger.end, c.sentence.start, c.sentence.end)
        participants = tuple((*actors, *recipients))
        mutual = coding.event in self.lex.mutual_types or coding.cameo in self.lex.mutual_cameos
        if len(actors) >= 2:  # "Smith and Jones visited Paris. They ...": the visitors, not the place visited
            memory.last_group = tuple((*actors, *(x for x in recipients if x.kind != "country")))
            memory.last_acted_on = ()
        elif len(told := [p for p in participants if p.resolved_by != "unidentified"]) >= 2:
            memory.last_group = tuple(told)  # "China met Japan. They agreed ...": both sides (not attackers the
            # text never named)
            held = not self.lex.detaining_modes.isdisjoint(coding.mode)  # "Police detained five men and
            acted_on = tuple(r for r in recipients if r.resolved_by != "unidentified" and r.kind != "country")
            memory.last_acted_on = acted_on if held and len(acted_on) < len(told) else ()  # prosecutors charged
            # them": the men, not the police
        sides = (*actors, *recipients) if mutual else actors  # "Iran and Iraq held talks": both made them
        makers = tuple(a for a in sides if a.code and a.resolved_by not in ("unidentified", "earlier-act"))
        if makers and coding.event in self.lex.referred_types and not (c.modality.negated or c.modality.hypothetical):
            memory.acts.append((coding.event, _act_words(c), makers))  # what "the strikes" may mean later
        if coding.event in self.lex.attacker_types:
            named = tuple(a for a in actors if a.code and a.resolved_by != "unidentified")
            memory.last_attackers = named or memory.last_attackers
            if named:
                memory.attack_sentence = c.sentence.start
        if coding.event in self.lex.authority_types:  # "Tarrant was charged with murder": "the accused" later
            accused = [  # a named person, or people a nationality names ("five Somali nationals": "the suspects")
                x
                for x in recipients
                if (x.kind == "person" and x.name) or (x.code and (x.resolved_by or "").startswith("country-"))
            ]
            memory.last_accused = accused[-1] if len(accused) == 1 else memory.last_accused
        return [
            EventMention(
                article_id=article.id,
                sentence=c.sentence,
                trigger=c.trigger,
                coding=coding,
                actors=acts,
                recipients=recs,
                provenance=prov,
                date=date,
                place=place,
                negated=c.modality.negated,
                hypothetical=c.modality.hypothetical,
                confidence=confidence,
                scores=c.scores,
                options=c.options,
            )
            for acts, recs in _pairs(
                actors,
                recipients,
                together=_together(c, actors, recipients, self.lex),
                patients=_patients(c, recipients, self.lex),
            )
        ]

    def _located(self, ref: ActorRef, c: Candidate) -> ActorRef:
        """A generic agent of no named country ("police", "the authorities", "a gunman", "thousands of people")
        belongs to the country where the clause puts its act ("police arrested him in Paraguay"), before the
        article's main country."""
        fallback = ref.resolved_by == "article-country" and (ref.kind == "group" or generic_agent(ref))
        uncoded = ref.resolved_by == "unresolved" and generic_agent(ref)  # "a cleric was arrested in Bamako", no
        if not (fallback or uncoded):  # article country either; a named group keeps its own country wherever it acts
            return ref
        if head_word(ref.text) in self.lex.counterpart_nouns:
            return ref  # "Greece's lenders rejected the plan in Athens": others, not the place's people
        where = self._clause_country(c)
        return replace(ref, code=where, resolved_by="clause-country") if where else ref

    def _clause_country(self, c: Candidate) -> str | None:
        """The country where the clause says the action happened ("were seized in Paraguay", "in Western
        Cambodia")."""
        for text in c.clause_places:
            code = self._place_country(text, c)
            first, _, rest = text.partition(" ")
            multinational = text.lower() in self.lex.multinational_regions  # "Central America" is no US part
            if code is None and rest and first.lower() in self.lex.compass_words and not multinational:
                hit = self.dicts.actors.country(rest)  # "Western Cambodia", which the tagger names as one; a
                code = hit.code if hit is not None else None  # country only, not "Central Asia"
            if code is not None:
                return code
        for text, label in c.misread_places:  # "police in Sinaloa", which the tagger calls an organisation
            code = self._misread_country(text, label)
            if code is not None:
                return code
        return None

    def _named_countries(self, c: Candidate, town: str) -> frozenset[str]:
        """The countries the clause names by name right after the town and a comma ("in Tula, Mexico")."""
        hits = (self.dicts.actors.country(text) for text in c.clause_places if f"{town}, {text}" in c.sentence.text)
        return frozenset(h.code for h in hits if h is not None and h.how != "capital")

    def _misread_country(self, text: str, label: str) -> str | None:
        """The country of a name the tagger took for no place: a first-level region's or, for a name it took for a
        nationality ("in Culiacan"), a big city's by its main name with or without accents; a region's name that is
        also a word stays unread (see _place_country), and so does an organisation that shares a town's other name
        ("in Hamas")."""
        if self.gazetteer is None or text.lower() in self.lex.not_subdivisions:
            return None
        region = self.gazetteer.region_country(text) or self.gazetteer.subdivision_country(text)
        if region is not None or label != "NORP":
            return region
        entry = self.gazetteer.lookup(text)
        if entry is None or entry.population < ALTERNATE_MIN_POPULATION or not (entry.primary or entry.plain):
            return None
        return entry.country

    def _place_country(self, text: str, c: Candidate) -> str | None:
        """The country of one place a clause names: a country, a first-level region we know (a US state, before a
        town of that name elsewhere), a city, or another first-level region."""
        if text:
            hit = self.dicts.actors.country(text)
            if hit is not None:
                return hit.code
            region = self.gazetteer.region_country(text) if self.gazetteer else None
            if region is not None:  # "a federal court in Virginia": the US state, not the South African town
                return region
            entry = self.gazetteer.lookup(text) if self.gazetteer else None
            if entry is not None and self.gazetteer is not None:
                named = self._named_countries(c, text) & self.gazetteer.any_countries_called(text)
                return next(iter(named)) if len(named) == 1 else entry.country  # "in Tula, Mexico": not Russia's
            low = text.lower()
            if self.gazetteer and low not in self.lex.not_subdivisions and f"the {low}" not in c.sentence.text.lower():
                return self.gazetteer.subdivision_country(text) or self._region_country(text)  # "in Borno"; "the
                # Gulf" is a sea, not a province
        return None

    def _region_country(self, text: str) -> str | None:
        """The country of a first-level region named with its kind after it ("Tavush Province", "Idlib
        Governorate"), or of a known region with a smaller kind after it ("a Kentucky county"), or None."""
        name, _, kind = text.rpartition(" ")
        if not name or kind.lower() not in self.lex.region_kinds or self.gazetteer is None:
            return None
        if kind.lower() in self.lex.smaller_region_kinds:  # "a Texas county" (not "Ontario County, New York")
            return self.gazetteer.region_country(name)
        return self.gazetteer.subdivision_country(name)

    def _enough(self, c: Candidate, actors: list[ActorRef], recipients: list[ActorRef], zone: Zone) -> bool:
        """An event needs an actor, a coded participant (or, failing any, an actor known by its sector: see
        _sector_only), and a recipient where its type cannot do without."""
        if not actors or not (any(x.code for x in (*actors, *recipients)) or _sector_only(actors)):
            return False
        p, lex = c.pattern, self.lex
        if c.accident and c.coding.event in lex.attacker_types:
            return False  # "were killed in a motorcycle crash": no attack
        if c.coding.event in lex.attacker_types and c.actors and all(_policy(ph, lex) for ph in c.actors):
            return False  # "the new rules target unfair subsidies", "the tax hit exporters": no one attacks
        if (
            c.lemma.lower() in lex.enforcing_verbs
            and c.coding.event in lex.attacker_types
            and all(a.sectors and set(a.sectors) <= set(lex.authority_sectors) for a in actors)
        ):
            return False  # "cattle rustlers have been targeted by Kenyan police": police work aimed at them
        if c.accident and not recipients and not lex.untargeted_modes.isdisjoint(p.mode):
            return False  # "launched an investigation into the crash": an accident's causes, no party suspected
        if c.accident and p.nominal:
            return False  # "braced for the threat of the hurricane": a disaster's threat, no party's
        hosted = any(r.kind != "country" and r.sectors for r in recipients)  # "visited the presidential palace"
        if lex.visit_mode in c.coding.mode and all(
            generic_agent(a)
            and a.sectors
            and set(a.sectors) <= lex.not_visitor_sectors
            and not (hosted and set(a.sectors) & lex.hosted_visitor_sectors)
            for a in actors
        ):
            return False  # "thousands of Syrian refugees arrived in Germany": people on the move, no visit (not
            # "gang leaders visited the presidential palace", an official host)
        if c.policy and all(a.sectors and set(a.sectors) <= lex.party_sectors for a in actors):
            return False  # "the Conservatives pledged to cut immigration": a party's policy, no promise to anyone
        if p.id in lex.stay_patterns and not _abroad(c, actors, recipients, lex):
            return False  # "the economy is in crisis", "troops are in Somalia", "the president was in his capital"
        sides = (*actors, *recipients)
        played = c.coding.event in lex.sport_types or c.pattern.id in lex.sport_patterns
        if c.sport and played and not any(x.sector in lex.armed_sectors for x in sides):
            return False  # "Sunday's cup clash with Porto": play, not violence
        companies = bool(actors) and all(
            self.lex.business_sector in a.sectors and self.lex.government_sector not in a.sectors for a in actors
        )
        if companies and p.id in lex.statecraft_patterns:
            return False  # "the mining firm withdrew its staff from Somalia": a company's move, no diplomatic recall
        if c.lemma.lower() in lex.relation_evaluations and not _other_states(actors, recipients):
            return False  # "the general was an ally of the cartels", "Turkey is a friend of ...", Erdogan said
        if c.coding.event in lex.unaiding_types and all(
            set(a.sectors) <= lex.unaiding_sectors and a.sectors for a in actors
        ):
            return False  # "gangs sent cocaine shipments to the United States": smuggling, no aid
        crowd = any(a.resolved_by == "implicit-crowd" for a in actors)  # "protests broke out": no target needed
        if p.nominal and not recipients and zone != "headline" and not c.carried_on and not crowd:
            return False  # "Iran's offensive" in passing: a noun names an event only with both sides
        shared = {a.code for a in actors} & {x.code for x in recipients} - {None}
        if p.construction in lex.outward_constructions and shared:
            return False  # "Johnson said Britain would face consequences": a forecast for one's own side, no threat
        if p.event in lex.declining_types and c.declines_to_speak:
            return False  # "refused to say", "declined to comment" are not rejections
        if p.targeted and not recipients:
            return False  # "allowed the pictures to be taken": no party was allowed anything
        if c.modality.refused and c.coding.event in lex.wants_target and not recipients and p.recipient and not p.obj:
            return False  # "is to refuse to release the songs": a refusal of no one (not "declined to resign": no one
            # is resigned to)
        needs = p.event in lex.needs_recipient or (p.event in lex.wants_target and not p.obj)
        if needs and c.names_act and c.coding.event in lex.acts_suffice:
            needs = False  # "threatened to close the strait": the act threatened is the content, a target or not
        if needs and not recipients and p.event in lex.content_suffices and (_content(c, lex) or _learned(c)):
            needs = not any(a.code and _public(a, lex) for a in actors)  # "Kennedy criticised unfair taxes"
        if needs and not recipients:  # "rejected the proposal" may stand alone; "opposes unilateralism" may not
            # "appointed a special prosecutor", "opened an investigation": an investigation may have no target yet
            return not lex.untargeted_modes.isdisjoint(p.mode) and c.has_object
        if p.event in lex.counterpart_types and not recipients and p.cameo not in lex.counterpart_not_needed:
            # a mediator may act alone
            # a meeting needs a counterpart: "A and B met", "the two sides"
            return (
                len({a.code for a in actors}) >= 2
                or any(a.resolved_by == "group" for a in actors)
                or any(a.code in lex.assembly_codes for a in actors)  # "AU leaders met in Niamey": with each other
            )
        return True

    def _date(self, c: Candidate, article: Article, anchor: EventDate | None) -> EventDate | None:
        """When a mention happened: its own clause's date (not for a promised or planned act, whose clause says when
        it is due, nor a date after publication), else the date of the clause that tells it, else the anchor or the
        publication date (these two inferred)."""
        for cue in () if c.modality.intent and not c.modality.refused else c.dates:  # a refusal is made now
            if same_day_phrase(cue.text) and anchor is not None:
                return replace(anchor, inferred=False, text=cue.text, start=cue.start, end=cue.end)
            found = resolve_date(cue.text, article.published)
            if found is not None and not _after(found, article):  # "would hand back Macao on December 20, 1999":
                return replace(found, text=cue.text, start=cue.start, end=cue.end)  # when due, not the promise
        for cue in c.told_dates:  # "said on Friday that he would veto the bill": when it was said, inferred
            found = resolve_date(cue.text, article.published)
            if found is not None and found.value and not _after(found, article):
                return replace(found, inferred=True, text=cue.text, start=cue.start, end=cue.end)
        if anchor is not None:
            return replace(anchor, inferred=True, text=None, start=None, end=None)
        if article.published is not None:
            return EventDate(article.published, "day", inferred=True)
        return None

    def _place(self, c: Candidate, memory: ArticleMemory, participants: tuple[ActorRef, ...]) -> Place | None:
        """A city named in the trigger's clause (not inside an actor's span), "in/at/near" phrases first."""
        taken = [(p.start, p.end) for p in participants]
        found: list[tuple[int, Place]] = []
        for cue in c.places:
            rank = cue.rank
            if any(s <= cue.span.start < e for s, e in taken):
                if not self._stationed(cue, c):
                    continue
                rank += 2  # "police in Cairo arrested ...": where they are, unless the clause says where it acted
            place = self._city(cue, memory)
            if place is not None:
                found.append((rank, place))
        return min(found, key=lambda x: x[0])[1] if found else None

    def _fallback_place(
        self,
        place: Place | None,
        coding: Coding,
        actors: list[ActorRef],
        recipients: list[ActorRef],
        memory: ArticleMemory,
    ) -> Place | None:
        """The dateline or lead place for an event whose clause names none (see _default_place)."""
        codes = {x.code for x in (*actors, *recipients) if x.code and x.resolved_by != "group-coref"}  # the women of
        # the arrest in Arica: the act's own makers say where (not those women's country)
        country = self.lex.historic(place.country_code, memory.published) if place is not None else None
        met = coding.event in self.lex.mutual_types  # talks and treaties are held where the reporter is
        return _default_place(place, codes, country, self.dicts.ontology.nonstate_codes, met)

    def _capital_alone(self, ref: ActorRef) -> bool:
        """Is a participant a capital named alone, standing for its government ("with Washington"; not "in an
        elegant Moscow mansion", a place the parser took for the counterpart)?"""
        hit = self.dicts.actors.country(ref.text) if ref.resolved_by == "country-capital" else None
        return hit is not None and hit.how == "capital"

    def _stationed(self, cue: PlaceCue, c: Candidate) -> bool:
        """Is a place inside a participant's phrase where that participant is ("police in Cairo", "police in the
        Egyptian capital Cairo", "the embassy at Tripoli"), not where it comes from ("a delegation from Cairo")? The
        nearest preposition of the few words before it decides."""
        before = c.sentence.text[: cue.span.start - c.sentence.start].lower().split()[-5:]
        lex = self.lex
        told = [
            w
            for w in before
            if w in lex.place_prepositions or w in lex.away_prepositions or w in lex.party_prepositions
        ]
        return bool(told) and told[-1] in lex.stationed_prepositions

    def _city(self, cue: PlaceCue, memory: ArticleMemory) -> Place | None:
        """A place name that is a city (a capital counts; a country name or adjective does not), or None."""
        if (
            self.gazetteer is None
            or cue.label not in ("GPE", "LOC", "FAC", "PERSON", "NORP")
            or memory.is_surname(cue.span.text)
        ):
            return None  # "Medina had received threats" after "the journalist Pablo Medina": a person, no city
        if cue.label in ("PERSON", "NORP"):  # "arrested him in Ciudad Juarez", tagged a person: only a big city
            entry = self.gazetteer.lookup(cue.span.text)
            if entry is None or entry.population < ALTERNATE_MIN_POPULATION or cue.span.text.lower() in memory.people:
                return None
        if cue.span.text.lower().removeprefix("the ") in self.lex.multinational_regions:
            return None  # "Latin America" is a region of many states, not a town of one of its words
        for name in (cue.span.text, *(r.text for r in cue.runs[:1])):  # "the Dominican Republic" is no "Republic"
            hit = self.dicts.actors.country(name)
            if hit is not None and hit.how != "capital":
                return self._city_state(name, cue, hit.code)
        within = self.dicts.actors.country(cue.within) if cue.within else None  # "Ipswich, Australia"
        region = self.gazetteer.subdivision_country(cue.span.text)  # "Antioquia": a Colombian department
        countries = frozenset({within.code}) if within is not None else memory.countries
        words = cue.span.text.lower().removeprefix("the ").split()
        compassed = len(words) > 1 and words[0] in self.lex.compass_words
        for run in cue.runs:  # the whole name, or the longest run of its words that is a city
            if compassed and run.text != cue.span.text:
                continue  # "Central Asia", a region: no town "Central", nor "Asia"
            fac = cue.label == "FAC"
            place = self.gazetteer.place(run.text, run.start, run.end, countries, "sentence", primary=fac)
            if place is not None and within is not None and place.country_code != within.code:
                return None  # no city of that name in the country the text puts it in
            if place is not None and region in memory.countries and place.country_code != region:
                return None  # a region of a country the article names, not a namesake city elsewhere
            if place is not None:
                return place
        return None

    def _city_state(self, name: str, cue: PlaceCue, code: str) -> Place | None:
        """A country named as a place is no city, unless it is one, a country with no capital of another name whose
        city the gazetteer knows by the same name ("marched in Hong Kong", "arrested in Singapore")."""
        if self.gazetteer is None or code in self.dicts.actors.with_capital:
            return None
        place = self.gazetteer.place(name, cue.span.start, cue.span.end, frozenset({code}), "sentence")
        return place if place is not None and place.country_code == code else None

    def _upgrade(self, m: EventMention, memory: ArticleMemory) -> EventMention:
        actors = tuple(self.actors.upgrade(a, memory) for a in m.actors)
        recipients = tuple(self.actors.upgrade(a, memory) for a in m.recipients)
        return replace(m, actors=actors, recipients=recipients)


_STATE_CODINGS = frozenset({"country-name", "country-capital", "office-holder"})  # a state named, or its office
_MAKER_ENTITIES = frozenset({"NORP", "GPE", "ORG"})  # "the Israeli attack", "a Hamas attack": a maker named
_NOT_DESCRIBING = frozenset({"article-country", "unresolved", *BORROWED})  # codings that say nothing of the phrase


def _own(x: ActorRef, lex: Lexicon) -> bool:
    """Is the participant one its own state charges: named here, or an official or politician of it named before
    ("the Peruvian president ... was detained", a former president); not a private foreigner named before
    ("Rezaian was charged" in Tehran)?"""
    public = lex.official_sectors | lex.political_sectors
    return x.resolved_by not in BORROWED or not public.isdisjoint(x.sectors)


def _act_words(c: Candidate) -> tuple[str, ...]:
    """The words that name a candidate's act: its trigger's ("launched airstrikes")."""
    return tuple(c.trigger.text.lower().split())


def _kin(noun: str, words: tuple[str, ...]) -> bool:
    """Does a noun name the act these words told: one inside the other ("strikes", "launched airstrikes") or one
    stem, by the first three letters ("expulsions", "expelled"; "accusations", "accused")?"""
    return bool(noun) and any(noun in w or w in noun or noun[:3] == w[:3] for w in words if len(w) > 2)


def _lead_end(article: Article, zone: int) -> int:
    zones = article.structure.zones
    return zones[min(zone, len(zones) - 1)][1] if zones else 0


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


def _state_named(x: ActorRef, code: str) -> bool:
    """Is the participant the state of ``code`` named as such ("Japan", "Tokyo" for its government)?"""
    return x.code == code and x.kind == "country" and x.resolved_by in _STATE_CODINGS


def _authorities(code: str | None, c: Candidate, lex: Lexicon) -> ActorRef:
    """The implied actor of an agentless passive arrest or seizure: the authorities of the article's country, or of
    no known country (``code`` None), their sector by the trigger's lemma: police for an arrest, courts for a
    charge."""
    sector = lex.authority_sector(c.lemma, c.pattern.mode)
    return ActorRef(
        text="", start=c.trigger.start, end=c.trigger.start, name=None, code=code, sector=sector, sectors=(sector,),
        kind="organization", resolved_by="implicit-authority",
    )  # fmt: skip


def _suspect(ref: ActorRef, lex: Lexicon) -> ActorRef:
    """Someone arrested or charged whom the text names by no calling of their own ("five men", "a woman", "John
    Smith") is a suspect; protesters, journalists or a minister arrested keep their sector."""
    plain = ref.sector is None and ref.kind in ("person", "group")
    if not (plain or (ref.sector == lex.people_sector and not lex.suspect_words.isdisjoint(ref.text.lower().split()))):
        return ref
    return replace(ref, sector=lex.suspect_sector, sectors=(lex.suspect_sector,))


def _crowd(code: str, c: Candidate, lex: Lexicon) -> ActorRef:
    """The people behind a protest the text names no one for ("rallies were held across the country"), coded to
    where it happened."""
    sector = lex.crowd_sector
    return ActorRef(
        text="", start=c.trigger.start, end=c.trigger.start, name="protesters", code=code, sector=sector,
        sectors=(sector,), kind="group", resolved_by="implicit-crowd",
    )  # fmt: skip


def _protested(code: str, c: Candidate, lex: Lexicon) -> ActorRef:
    """The authorities a protest that names no target is against: those of the country where it happened."""
    sector = lex.protested_sector
    return ActorRef(
        text="", start=c.trigger.start, end=c.trigger.start, name="the authorities", code=code, sector=sector,
        sectors=(sector,), kind="organization", resolved_by="protest-place",
    )  # fmt: skip


def _capital_modifier(ref: ActorRef, c: Candidate) -> bool:
    """Is the reference a capital modifying a noun, as a place does ("a Kabul car bombing"), not owning it as a state
    does ("Washington's drone strikes")?"""
    if ref.resolved_by != "country-capital":
        return False
    after = c.sentence.text[ref.end - c.sentence.start :].lstrip()
    return not (ref.text.endswith(("'s", "’s")) or after.startswith(("'s", "’s")))


def _part_of(ref: ActorRef, phrases: tuple[Phrase, ...]) -> bool:
    """Does the reference lie inside one of the phrases, short of the whole of it?"""
    return any(p.start <= ref.start and ref.end <= p.end and (p.start, p.end) != (ref.start, ref.end) for p in phrases)


def _unidentified(code: str | None, c: Candidate) -> ActorRef:
    """The perpetrator of an attack the text leaves unnamed, coded to where it happened (as CAMEO coders do)."""
    return ActorRef(
        text="", start=c.trigger.start, end=c.trigger.start, name="unidentified attackers", code=code, kind="group",
        resolved_by="unidentified",
    )  # fmt: skip


def _sector_only(actors: list[ActorRef]) -> bool:
    """Where nothing in the text gives any participant a country, an unnamed generic agent with a known sector
    ("militants opened fire", "police detained protesters") still tells who acted, as CAMEO's country-less actor
    codes (REB, COP, CVL) do, and so do the police implied by an arrest ("activists were arrested"); a named person
    or organisation of unknown country does not."""
    return any((generic_agent(a) or a.resolved_by == "implicit-authority") and a.sector for a in actors)


def _other_country(actors: list[ActorRef], recipients: list[ActorRef]) -> bool:
    """Is a recipient of another country than every actor ("China and Russia held ...": China with Russia)?"""
    own = {a.code for a in actors}
    return any(r.code and r.code not in own for r in recipients)


def _content(c: Candidate, lex: Lexicon) -> bool:
    """Does a verb trigger name what it criticises, asks or backs: its object ("called for tighter rules", "demanded
    an inquiry"), a target phrase headed by a noun ("criticised unfair taxes"; not "support each other"), or an
    evaluated act ("called the announcement disappointing"; not "said the weather was unacceptable")?"""
    heads = [p.words[p.head] for p in c.recipients if p.words]
    if c.pattern.construction in EVALUATIONS:
        return any(w.lemma.lower() in lex.evaluated_acts for w in heads)
    if c.pattern.construction is not None or c.pattern.nominal:
        return False
    return c.states_content or any(w.pos in ("NOUN", "PROPN") for w in heads)


def _learned(c: Candidate) -> bool:
    """A reading a learned model made of the whole clause or sentence (the event detector's, the sentence model's:
    "the party claimed the reform would mean higher rents"): what it criticises, asks or backs is the
    text it read, named or not."""
    return c.pattern.id.startswith("model:")


def _public(ref: ActorRef, lex: Lexicon) -> bool:
    """A country, an office-holder or a participant of a public sector (government, parties, courts, churches ...)."""
    office = ref.kind == "country" or ref.resolved_by == "office-holder"
    return office or not lex.content_sectors.isdisjoint(ref.sectors)


def _politicians(actors: list[ActorRef], recipients: list[ActorRef], lex: Lexicon, noun: bool = False) -> bool:
    """Named people on both sides, and a politician among them, or politicians or parties attacking a political body:
    an attack between them is verbal (not where the attackers are armed men: "militants attacked the minister's
    convoy"). An attack told as a noun (the policy patterns) needs a political target ("launched an attack on the
    president"; a name alone may be a town's: "launched an attack on Malakal")."""
    sides = [*actors, *recipients]
    named = not noun and actors and recipients and all(x.kind == "person" and x.name for x in sides)
    armed = any(not lex.armed_sectors.isdisjoint(x.sectors) and not _public(x, lex) for x in actors)  # a defence
    # minister attacking a rival is still words
    politics = (
        bool(actors and recipients)
        and all(  # "Tory leader Michael Howard attacked the government": a politician attacking a political
            (x.kind == "person" or _party(x, lex) or _described_person(x, lex)) and _political([x], lex)
            for x in actors  # body, or a party ("the Tories attacked Labour's spending"; not its supporters)
        )
        and all(_political([x], lex) and (x.name or _last_word(x) not in lex.physical_targets) for x in recipients)
    )
    forces = any(not lex.armed_sectors.isdisjoint(x.sectors) for x in recipients)  # "Kiir launched an attack on
    # Machar's forces": arms, not words
    return bool(named or politics) and not armed and not forces and _political(sides, lex)


def _abroad(c: Candidate, actors: list[ActorRef], recipients: list[ActorRef], lex: Lexicon) -> bool:
    """Are the actors officials of one state (a person of an official sector) in a place of another country (the
    object of "in" names a country or one of its cities: not "in hospital in London"), on a stay told in a simple
    tense (not "has been in London since May") and not as residents or former officials (the lexicon's not-visitor
    words: an ambassador lives there)?"""
    places = {x.code for x in recipients if x.code and x.kind == "country"}
    if len(places) != len(recipients):
        return False
    residents = any(w in lex.stay_not_visitors for a in actors for w in a.text.lower().replace("-", " ").split())
    return (
        bool(actors and places)
        and c.trigger.text.lower() != "been"
        and not residents
        and all(a.code and a.kind == "person" and not lex.official_sectors.isdisjoint(a.sectors) for a in actors)
        and not places & {a.code for a in actors}
    )


def _quarrel(c: Candidate, actors: list[ActorRef], recipients: list[ActorRef], lex: Lexicon) -> bool:
    """Politicians clashing among themselves or with other politicians ("party leaders clashed over pensions in a
    debate", "government and opposition lawmakers clashed over the budget"), a reciprocal pattern by a quarrel verb:
    words, as between named politicians (not their supporters, not armed men); a recipient of no sector is the
    topic ("clashed over Brexit")."""
    sides = [*actors, *(x for x in recipients if x.sector)]
    return (
        c.pattern.id in lex.reciprocal_patterns
        and c.lemma.lower() in lex.quarrel_verbs  # "clashed", not "brawled" or "scuffled"
        and bool(actors)
        and not any(head_word(a.text) in lex.follower_nouns for a in sides)  # "supporters of the candidates"
        and all(not lex.quarrel_sectors.isdisjoint(a.sectors) for a in sides)  # "the chief justice clashed with
        # the minister": judges too
        and not any(not lex.armed_sectors.isdisjoint(a.sectors) for a in sides)
    )


def _words_only(actors: list[ActorRef], recipients: list[ActorRef], c: Candidate, lex: Lexicon) -> bool:
    """Named attackers, none armed, no weapon, and a political party, body or person (not a country or a place) on
    either side: "came under fire from opposition lawmakers" is words; "Gaza came under fire from Israel" is not."""
    if any(a.resolved_by == "unidentified" for a in actors):  # "a convoy came under fire": unnamed attackers
        return False
    if not actors or _weapon_named(c, lex) or any(not lex.armed_sectors.isdisjoint(a.sectors) for a in actors):
        return False
    return _political([x for x in (*actors, *recipients) if x.kind != "country"], lex)


def _states(actors: list[ActorRef], lex: Lexicon) -> bool:
    """Every maker a state: a country, its government or an office-holder ("China protested the visit": words; not
    "thousands of Kenyans protested", nor "government workers", who demonstrate)."""
    return bool(actors) and all(
        (a.resolved_by in _STATE_CODINGS or lex.government_sector in a.sectors)
        and lex.employee_words.isdisjoint(a.text.lower().split())
        for a in actors
    )


def _weapon_named(c: Candidate, lex: Lexicon) -> bool:
    """A weapon as the attacker or qualifying the attack ("came under rocket fire")."""
    words = c.trigger.text.lower().split()
    return c.instrument or any(w in lex.instruments and w not in c.pattern.obj for w in words)


def _party(x: ActorRef, lex: Lexicon) -> bool:
    """A party named as one ("the Tories", "the Awami League"; not "ruling party supporters", its members)?"""
    organized = x.kind == "organization" and not lex.party_sectors.isdisjoint(x.sectors)
    return organized and x.name is not None and _last_word(x) not in lex.follower_nouns


def _other_states(actors: list[ActorRef], recipients: list[ActorRef]) -> bool:
    """Are the recipients states, none of the actors' own country?"""
    own = {a.code for a in actors}
    return bool(recipients) and all(r.kind == "country" and r.code and r.code not in own for r in recipients)


def _policy(p: Phrase, lex: Lexicon) -> bool:
    """Is the phrase a policy, plan or statement (its head one of the policy targets), no party?"""
    return bool(p.words) and p.words[p.head].lemma.lower() in lex.policy_targets


def _described_person(x: ActorRef, lex: Lexicon) -> bool:
    """A body's person told by a describing noun ("the opposition leader", "the party chairman"), which the
    dictionaries code to the body they name."""
    return x.kind == "organization" and _last_word(x) in lex.describing_nouns


def _last_word(x: ActorRef) -> str:
    words = x.text.lower().split()
    return words[-1] if words else ""


def _armed_with(c: Candidate, lex: Lexicon) -> bool:
    """Does "with" and a weapon follow the trigger ("attacked the activists with machetes")?"""
    after = c.sentence.text[c.trigger.end - c.sentence.start :].lower().split()
    at = next((i for i, w in enumerate(after) if w == "with"), None)
    words = [w.strip(".,;:\"'") for w in after[at + 1 : at + 5]] if at is not None else []
    forms = {f for w in words for f in (w, w.removesuffix("s"), w.removesuffix("ves") + "fe")}  # "knives"
    return not forms.isdisjoint(lex.weapon_words)


def _politician(sides: list[ActorRef], lex: Lexicon) -> bool:
    """A person of a political sector or office ("the minister came under fire over his remarks")."""
    return _political([x for x in sides if x.kind == "person"], lex)


def _political(sides: list[ActorRef], lex: Lexicon) -> bool:
    return any(not lex.political_sectors.isdisjoint(x.sectors) or x.resolved_by == "office-holder" for x in sides)


def _inside(a: ActorRef, b: ActorRef) -> bool:
    """``a`` is a word of ``b``'s phrase ("French" in "the French president")."""
    return b.start < b.end and b.start <= a.start and a.end <= b.end


def _the_actors_own(x: ActorRef, actors: list[ActorRef]) -> bool:
    """Is a recipient read from "them" or "they" the actors' own kind (same country and sector)? An object pronoun
    is never its own clause's subject ("Police arrested 14 smugglers. Officers had watched them": the smugglers,
    not the police; the subject would say "themselves")."""
    return x.resolved_by == "group" and any(
        a.code == x.code and not set(a.sectors).isdisjoint(x.sectors) for a in actors
    )


def _same(a: ActorRef, b: ActorRef) -> bool:
    if a.kind == "person" and b.kind == "person" and a.name and b.name:
        return a.name == b.name
    return a.start == b.start and a.end == b.end


def _speaking_authority(speakers: list[ActorRef], lex: Lexicon) -> str | None:
    """The country of a police force or court that tells of an agentless arrest or charge ("a judge in Nicaragua
    announced that the 18 Mexicans ... will be put on trial"): the authority that tells of it is the one acting,
    unless the clause names where it happened ("was arrested in Madrid, US prosecutors said")."""
    sp = speakers[0] if speakers else None
    return sp.code if sp is not None and set(sp.sectors) & set(lex.authority_sectors) else None


def _speakers_own(
    actors: list[ActorRef], phrases: tuple[Phrase, ...], speakers: list[ActorRef], lex: Lexicon
) -> list[ActorRef]:
    """In what a party says, the doers "its forces", "their troops" are the speaker's, unless the phrase names a
    country itself ("Iran said its forces captured Iraqi positions": Iran's forces, not Iraq's). Only the doers: in
    "Iran said Iraq moved its troops", "its" is the clause's subject's."""
    sp = speakers[0] if speakers else None
    if sp is None or not sp.code or sp.resolved_by == "article-country":
        return actors
    owned = {(p.start, p.end) for p in phrases if _collectively_owned(p, lex)}
    return [
        replace(a, code=sp.code, resolved_by="speaker")
        if (a.start, a.end) in owned and not (a.resolved_by or "").startswith("country-")
        else a
        for a in actors
    ]


def _collectively_owned(p: Phrase, lex: Lexicon) -> bool:
    """Is the phrase owned by a collective possessive ("its crew", "their camp")?"""
    return any(w.dep == "poss" and w.text.lower() in lex.collective_possessives for w in p.words)


def _apply_speaker(actors: list[ActorRef], speakers: list[ActorRef]) -> list[ActorRef]:
    """In reported speech the speaker is the actor when the clause's subject is the speaker's own side."""
    if not speakers or not actors:
        return actors
    sp = speakers[0]
    if sp.resolved_by == "article-country":  # "Saudi Arabia has mobilized ..., a top minister said": a speaker
        return actors  # whose country is the article's guess adds nothing to the named actor
    if all(a.kind == "country" and (a.code == sp.code or a.code is None) for a in actors) and len(actors) == 1:
        return [sp]
    return actors


def _dedupe(refs: list[ActorRef]) -> list[ActorRef]:
    out: list[ActorRef] = []
    for r in refs:
        if not any(_same(r, o) for o in out):
            out.append(r)
    return out


def _visit_semantics(
    actors: list[ActorRef], recipients: list[ActorRef], c: Candidate, lex: Lexicon
) -> tuple[list[ActorRef], list[ActorRef]]:
    """PLOVER: the visitor is the actor and the host the recipient ("met with visiting X")."""
    for ph, ref in zip(c.recipients, recipients, strict=False):
        if any(w.text.lower() in lex.visiting_words for w in ph.words):
            return [ref], [*actors, *[x for x in recipients if x is not ref]]
    return actors, recipients


def _later_pronoun(c: Candidate, subject: Phrase, lex: Lexicon) -> bool:
    """Does a candidate have "he" or "she" as the subject of a later clause of the sentence whose subject is a named
    person (who it means, not the person of an earlier sentence; not "him", whom a clause's subject never is)?"""
    return any(
        p.start > subject.end and p.text.lower() in lex.person_pronouns and p.words[p.head].dep.startswith("nsubj")
        for p in (*c.actors, *c.recipients)
        if p.words
    )


def _in_quotes(c: Candidate, at: int) -> bool:
    """Is the offset ``at`` inside a direct quotation (an odd number of quotation marks before it in its sentence)?"""
    return _quoted(c.sentence.text[: max(0, at - c.sentence.start)])


def _quoted(before: str) -> bool:
    """Does this text end inside a quotation (an odd number of quotation marks)?"""
    return sum(before.count(q) for q in ('"', "\u201c", "\u201d")) % 2 == 1


def _it_of_many(pronouns: tuple[Phrase, ...], speakers: list[ActorRef], memory: ArticleMemory) -> bool:
    """Is the pronoun "it" while the speakers are a plural noun ("Chinese officials confirmed it had killed three
    people": "it" is the virus, not the officials)?"""
    return any(p.text.lower() == "it" for p in pronouns) and any(
        (s.start, s.end) in memory.plural_nouns for s in speakers
    )


def _reciprocal(c: Candidate, lex: Lexicon) -> bool:
    """Is the act's target a reciprocal pronoun ("Chad and Sudan blamed each other", "accused each other")?
    Used for acts of conflict only: mutual cooperation has its own types, and "support each other" tells no act."""
    sent = c.sentence
    for p in c.recipients:
        at = p.start - sent.start
        if at >= 0 and any(sent.text[at:].lower().startswith(r) for r in lex.reciprocal_pronouns):
            return True
    return False


def _mutual(c: Candidate, lex: Lexicon) -> bool:
    """Is this an act that parties named together do with each other ("Kenya and Ethiopia signed a deal"; not an
    offer, pledge or acceptance: "the U.S., Colombia and Venezuela had offered assistance")?"""
    return c.pattern.id not in lex.one_sided_patterns and (
        c.coding.event in lex.mutual_types
        or c.coding.cameo in lex.mutual_cameos
        or c.pattern.id in lex.joint_patterns
        or c.pattern.id in lex.mutual_patterns
    )


def _together(c: Candidate, actors: list[ActorRef], recipients: list[ActorRef], lex: Lexicon) -> bool:
    """Three or more countries named together as the subject of a mutual act ("Chile, Peru and Bolivia
    agreed to pool border data"): one multilateral event, not one per pair (the pairs
    would report one happening several times)."""
    subject = [(p.start, p.end) for p in c.actors]  # the phrases, or countries listed inside one ("envoys from
    # Ghana, Togo and Benin attended")
    return (
        _mutual(c, lex)
        and bool(recipients)
        and all(any(a <= x.start < b for a, b in subject) for x in recipients)
        and len({x.code for x in (*actors, *recipients) if x.code}) >= 3
    )


def _patients(c: Candidate, recipients: list[ActorRef], lex: Lexicon) -> bool:
    """Are the recipients victims or detainees of several countries named together in one act's target, none of
    them armed ("arrested four Colombians and one Ecuadorian", "killed two Britons and a German"): one act on all of
    them (not "fought Russian soldiers and separatist rebels": two enemies)?"""
    target = {p.start for p in c.recipients}
    told = sorted(c.recipients, key=lambda p: p.start)
    gaps = [c.sentence.text[a.end - c.sentence.start : b.start - c.sentence.start] for a, b in pairwise(told)]
    return (
        c.coding.event in lex.patient_types
        and len(c.recipients) > 1
        and all(not g.strip(" ,") or g.strip(" ,") == "and" for g in gaps)  # one list ("a Briton and a German"), not
        # two acts ("a Briton in Madrid and a German in Barcelona")
        and all(x.start in target for x in recipients)
        and len({x.code for x in recipients if x.code}) >= 2
        and all(lex.armed_sectors.isdisjoint(x.sectors) for x in recipients)
    )


def _pairs(
    actors: list[ActorRef], recipients: list[ActorRef], together: bool = False, patients: bool = False
) -> list[tuple[tuple[ActorRef, ...], tuple[ActorRef, ...]]]:
    """One mention per counterpart; joint actors of different countries against a recipient split too; parties of a
    mutual act named together stay one mention (``together``); patients of one act stay together, one mention per
    actor country (``patients``)."""
    if not recipients or together:
        return [(tuple(actors), tuple(recipients))]
    groups: dict[str | None, list[ActorRef]] = {}
    for a in actors:
        groups.setdefault(a.code, []).append(a)
    if None in groups and len(groups) > 1:  # an actor of unknown country acts with the first coded side, not apart
        loose = groups.pop(None)
        groups[next(iter(groups))] += loose
    actor_groups = [tuple(g) for g in groups.values()] or [()]
    if any(r.code for r in recipients):  # "talks with the U.S., Japanese and European ministers": a counterpart of
        recipients = [r for r in recipients if r.code]  # no country beside coded ones is a piece of their list
    if patients:
        return [(acts, tuple(recipients)) for acts in actor_groups][:8]
    pairs: list[tuple[tuple[ActorRef, ...], tuple[ActorRef, ...]]] = [
        (acts, (rec,)) for acts, rec in product(actor_groups, recipients)
    ]
    return pairs[:8]


def _as_government(ref: ActorRef, lex: Lexicon) -> ActorRef:
    """A country (or its capital) acting is its government: "Japan said", "Washington imposed" (CAMEO, PLOVER)."""
    if ref.kind == "country" and not ref.sectors and ref.resolved_by in ("country-name", "country-capital"):
        return replace(ref, sector=lex.government_sector, sectors=(lex.government_sector,))
    return ref


def _default_place(
    place: Place | None, codes: set[str], country: str | None, nonstate: frozenset[str], met: bool
) -> Place | None:
    """The dateline place (of ``country``, as it acted then) for an event of participants of ``codes`` whose clause
    names none, unless every participant is a state other than the dateline's and the act was no meeting or accord
    of theirs ("LONDON - Iran said it had won victories against Iraq": relayed from London, not done there; but
    "GENEVA - Iran and the US held talks" and "BRUSSELS - EU ministers condemned Russia": bodies such as the EC are
    seated there); the lead's city only for a domestic event of its country (an article about arrests in Veracruz
    does not put a Mexican-American summit there)."""
    if place is None:
        return None
    if place.source == "lead":
        return place if codes == {country} else None
    relayed = bool(codes) and not (codes & nonstate) and country not in codes and not met
    return None if relayed else place


def _after(date: EventDate, article: Article) -> bool:
    """Is the date later than the article's publication?"""
    return bool(date.value and article.published and date.value > article.published)


def _past_year(date: EventDate | None, article: Article) -> bool:
    """A date given only as a year, and not a year still to come."""
    if date is None or date.precision != "year" or date.text is None or date.value is None:
        return False  # no year told: the anchor's or the publication's date stands in
    return article.published is None or date.value.year < article.published.year
