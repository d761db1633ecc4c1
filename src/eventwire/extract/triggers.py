"""Trigger matching: which tokens of a sentence say an event, by which pattern (reads the parse, writes matches)."""

from __future__ import annotations

from collections.abc import Callable, Iterator
from dataclasses import dataclass

from spacy.tokens import Span, Token

from eventwire.dictionaries.lexicon import Lexicon
from eventwire.dictionaries.triggers import EVALUATIONS, TriggerIndex, TriggerPattern

OBJECT_DEPS = ("dobj", "nsubjpass", "attr", "oprd")
PREP_DEPS = ("prep", "agent", "dative")


@dataclass(frozen=True, slots=True)
class TriggerMatch:
    """A token that says an event, the pattern that recognised it, and the light-verb object if any."""

    token: Token
    pattern: TriggerPattern
    obj: Token | None = None


def direct_object(verb: Token, lex: Lexicon) -> Token | None:
    """The verb's direct object (or passive subject, or a bare noun the parser took for a complement, or the noun a
    past participle modifies: "the proposals released yesterday"), looking through quantities ("two tons of
    cocaine"). A passive verb's retained object comes before its subject: "Kenya was given aid" gives aid (to
    Kenya)."""
    if inverted_speaker(verb, lex) is not None:
        return None  # "Norway's prisons are failing, warned the EU envoy": the envoy speaks, no one is warned
    if verb.dep_ == "relcl" and verb.head.pos_ == "NOUN" and _object_relative(verb, lex):
        child: Token | None = verb.head  # "the tariffs he imposed on Japanese goods": what he imposed
    else:
        child = next((c for c in verb.children if c.dep_ == "dobj"), None)
        child = child or next((c for c in verb.children if c.dep_ in OBJECT_DEPS), None)
        # "voiced dismay at ...": the parser may take a bare noun object for a complement
        child = child or next((c for c in verb.children if c.dep_ == "xcomp" and _bare_noun(c)), None)
    if child is None and verb.dep_ == "acl" and verb.tag_ == "VBN":
        child = verb.head
    if child is None:
        return None
    if child.lemma_.lower() in lex.quantity_nouns or child.pos_ == "NUM":
        for prep in child.children:
            if prep.dep_ == "prep" and prep.lower_ == "of":
                inner = next((c for c in prep.children if c.dep_ == "pobj"), None)
                if inner is not None:
                    return inner
    return child


def inverted_speaker(verb: Token, lex: Lexicon) -> Token | None:
    """The speaker of a speech or warning verb told after what was said, whom the parser took for the verb's object
    ("Norway's prisons are failing, warned the EU envoy"; not "Jones warned Mr Brown not to ...": a subject of its
    own), or None."""
    lemma = verb.lemma_.lower()
    if (lemma not in lex.speech_verbs and lemma not in lex.warning_verbs) or verb.i == 0:
        return None
    before = verb.nbor(-1)  # a comma or a closing quote ends what was said
    if not (before.text == "," or before.is_quote) or any(
        c.dep_ in ("nsubj", "nsubjpass", "csubj") for c in verb.children
    ):
        return None
    said = any(c.dep_ in ("ccomp", "parataxis") and c.i < verb.i for c in verb.children) or (
        verb.dep_ in ("conj", "parataxis", "ccomp") and verb.head.i < verb.i
    )
    obj = next((c for c in verb.children if c.dep_ == "dobj" and c.i > verb.i), None)
    if not said or obj is None or obj.pos_ not in ("NOUN", "PROPN"):
        return None
    if any(
        c.i > verb.i and c.i != obj.i and c.dep_ not in ("punct", "npadvmod") and not _trailing(c)
        for c in verb.children
    ):
        return None  # "closed the border, warned Venezuela of retaliation and ...": a warning to Venezuela
    return None if any(c.dep_ == "prep" for c in obj.children) else obj


def _trailing(clause: Token) -> bool:
    """Is the clause a participle set off by a comma after the speaker (", urging calm", ", calling on Bogota")?"""
    return clause.dep_ in ("advcl", "xcomp") and clause.tag_ == "VBG" and clause.nbor(-1).text == ","


def _on_air(verb: Token, preps: frozenset[str], lex: Lexicon) -> bool:
    """Is every object of the pattern's preposition on the verb a broadcast or outlet ("on Radio 4's Today
    programme", "on state television"): the medium of the words, no party?"""
    objects = [o for c in verb.children if c.dep_ == "prep" and c.lower_ in preps for o in c.children]
    objects = [o for o in objects if o.dep_ == "pobj"]
    return bool(objects) and all(_broadcast(o, lex) for o in objects)


def _broadcast(noun: Token, lex: Lexicon) -> bool:
    """A broadcast ("national radio"), or a programme of one ("BBC Radio 4's Today programme"; not "the austerity
    programme")."""
    if noun.lemma_.lower() in lex.broadcast_nouns:
        return True
    aired = any(w.lemma_.lower() in lex.broadcast_nouns for w in noun.subtree if w.i != noun.i)
    return noun.lemma_.lower() in lex.programme_nouns and aired


def _bare_noun(token: Token) -> bool:
    """A noun with no clause of its own (not a verb the tagger took for a noun: "pledged to never attack X")."""
    return token.tag_ in ("NN", "NNS") and not any(c.dep_ in ("aux", "dobj", "nsubj", "advmod") for c in token.children)


def _object_relative(verb: Token, lex: Lexicon) -> bool:
    """Is the relative clause's noun the verb's object: the clause has a subject of its own, no relative pronoun,
    and no object but a relative pronoun ("the tariffs he imposed", "the deal that Iran signed"; not "the man who
    attacked", "the plan that failed")?"""
    subj = next((c for c in verb.children if c.dep_ == "nsubj"), None)
    if subj is None or subj.lower_ in lex.relative_pronouns or any(c.dep_ == "auxpass" for c in verb.children):
        return False
    return all(c.lower_ in lex.relative_pronouns for c in verb.children if c.dep_ == "dobj")


def _object_lemmas(obj: Token, lex: Lexicon) -> set[str]:
    """The object's lemma, those of its conjuncts ("aerial photographs and other military intelligence"), a compound
    written as two words ("war games": wargame, "air strikes": airstrike; "high commissioner" as such) or with a hyphen
    ("sit-in"), for a light head, the noun before it ("ended mediation efforts"), for a counted one, the count with it
    ("ended two days of talks": "day of talk") and, for a sum of money, what it is in ("$1 billion in aid")."""
    lemmas = {obj.lemma_.lower()} | {c.lemma_.lower() for c in obj.children if c.dep_ == "conj"}
    lemmas |= {c.lower_ + obj.lemma_.lower() for c in obj.children if c.dep_ == "compound" and c.i == obj.i - 1}
    lemmas |= {  # a two-word name of the thing ("the high commissioner")
        f"{c.lower_} {obj.lemma_.lower()}" for c in obj.children if c.dep_ in ("amod", "compound") and c.i == obj.i - 1
    }
    lemmas |= {  # written with a hyphen ("a sit-in")
        f"{c.lower_}-{obj.lower_}"
        for c in obj.children
        if c.dep_ == "compound" and c.i == obj.i - 2 and obj.doc[obj.i - 1].text == "-"
    }
    if obj.lemma_.lower() in lex.light_objects:
        lemmas |= {c.lemma_.lower() for c in obj.children if c.dep_ == "compound"}
    counter = obj.head.head if obj.dep_ == "pobj" and obj.head.lower_ == "of" else None
    if counter is not None and counter.lemma_.lower() in lex.quantity_nouns:  # "two days of talks": "day of talk"
        lemmas.add(f"{counter.lemma_.lower()} of {obj.lemma_.lower()}")
    if obj.ent_type_ == "MONEY":  # "gave Ukraine $1 billion in military aid": the sum is of the thing after "in" (on
        # the sum, or on the verb: "will provide 100 million marks in aid")
        hosts = [obj, obj.head] if obj.dep_ == "dobj" else [obj]
        for g in (g for h in hosts for c in h.children if c.lower_ == "in" for g in c.children if g.dep_ == "pobj"):
            lemmas |= _object_lemmas(g, lex)
    return lemmas


def clauses_of(verb: Token) -> set[str]:
    """The clauses a verb governs: "to" for an infinitive ("told Iran to stop"; "counted on Iran to help", which the
    parser may hang as an adverbial clause, though not after an object: "told the meeting to mark ..." is a purpose),
    "that" for a finite complement ("recommended that Poland restore ...", with or without "that"), "to" for an
    infinitive with a subject of its own, which the parser hangs as a complement ("allowed the leader to hold ..."),
    and is "subject-to" as well ("wants Beijing to release ...", not "wants to hold talks"); "for-subject" for an
    infinitive with its subject after "for", on the verb or the noun it holds ("stressed the need for Kyiv to act")."""
    out = set()
    held = [c for c in verb.children if c.dep_ == "dobj"]
    if any(for_clause(c) for h in (verb, *held) for c in h.children):
        out.add("for-subject")
    for c in verb.children:
        if c.dep_ == "xcomp" or (c.dep_ == "advcl" and not any(o.dep_ == "dobj" for o in verb.children)):
            if to_infinitive(c):
                out.add("to")
        elif c.dep_ == "ccomp":
            out |= {"to", "subject-to"} if to_infinitive(c) else {"that"}
    return out


def to_infinitive(clause: Token) -> bool:
    """Does the clause have the infinitive's "to" ("told Iran to stop")?"""
    return any(a.dep_ == "aux" and a.tag_ == "TO" for a in clause.children)


def infinitive_complement(verb: Token) -> Token | None:
    """An infinitive with a subject of its own, which the parser hangs as a complement ("allowed the leader to hold
    a rally"), or None."""
    return next((c for c in verb.children if c.dep_ == "ccomp" and to_infinitive(c)), None)


def _verb_fits(
    p: TriggerPattern, obj: Token | None, particles: set[str], preps: set[str], clauses: set[str], lex: Lexicon
) -> bool:
    if p.clause and not (p.clause & clauses):
        return False
    if p.obj and (obj is None or not (_object_lemmas(obj, lex) & p.obj)):
        return False
    if p.object_not and ((obj is not None and _object_names(obj) & p.object_not) or particles & p.object_not):
        return False  # "freed up 1000 beds", "shelled out millions": a particle too; "ended her presidential campaign"
    if p.particle and not (p.particle & particles):
        return False
    if p.prep and p.obj and obj is not None:  # "paid a courtesy call on the president": the object's preposition
        preps = preps | {c.lemma_.lower() for c in obj.children if c.dep_ in PREP_DEPS and not temporal(c)}
    elif p.prep and obj is not None and "dobj" in p.recipient:  # "stripped the critics of their citizenship",
        # "convicted the man of fraud": an "of" the parser hangs on the object (not "condemned the visit to Taiwan")
        preps = preps | {c.lemma_.lower() for c in obj.children if c.dep_ == "prep" and c.lower_ == "of"}
    return not (p.prep and not (p.prep & preps))


def _object_names(obj: Token) -> set[str]:
    """The object's lemma, and with the word right before it ("presidential campaign")."""
    before = [c for c in obj.children if c.dep_ in ("amod", "compound") and c.i == obj.i - 1]
    return {obj.lemma_.lower(), *(f"{c.lower_} {obj.lemma_.lower()}" for c in before)}


def for_clause(clause: Token) -> bool:
    """Is this an infinitive clause with a subject of its own opened by "for" ("called for the US to withdraw",
    "called for the charges against the sprinter to be dropped"), which the parser reads as the clause's mark?"""
    return (
        clause.dep_ in ("advcl", "ccomp")
        and to_infinitive(clause)
        and any(m.dep_ == "mark" and m.lower_ == "for" for m in clause.children)
    )


def _for_clause_marks(token: Token) -> list[Token]:
    """The "for" marks of the token's for-clauses (see `for_clause`)."""
    return [m for c in token.children if for_clause(c) for m in c.children if m.dep_ == "mark" and m.lower_ == "for"]


def verb_lemma(token: Token) -> str:
    """The token's lemma, mended where the tagger's lemmatiser merges two verbs: it gives "rap" for "raped" as for
    "rapped" (criticised), "hop" for "hopes" and "fin" for "fined", so the spelling decides."""
    lemma = token.lemma_.lower()
    if lemma == "rap" and token.lower_.startswith(("rape", "raping")):
        return "rape"
    if lemma == "hop" and token.lower_.startswith("hope"):  # "hopes", "hoped": hope
        return "hope"
    if lemma == "fin" and token.lower_.startswith("fine"):  # "fined", "fines": fine
        return "fine"
    return lemma


def match_verb(token: Token, index: TriggerIndex, lex: Lexicon) -> TriggerMatch | None:
    candidates = index.verbs.get(verb_lemma(token))
    if not candidates:
        return None
    if token.lower_ in lex.currency_words and token.i + 1 < len(token.doc):
        after = token.nbor()
        if (after.like_num or after.text[:1].isdigit()) and after.dep_ != "nummod":
            return None  # "earned pounds 25,000", "pounds 1bn": a sum that lost its sign; not "pounds 100 targets"
    if verb_lemma(token) in lex.pricing_verbs and any(_sum(c, lex) for c in token.children):
        return None  # "will charge drivers 5 pounds a day": a price
    surveyor, passive = subject_of(token, lex)
    if surveyor is not None and not passive and surveyor.lemma_.lower() in lex.survey_nouns:
        return None  # "a poll that questioned 900 adults" measures
    subj = next((c for c in token.children if c.dep_ == "nsubj"), None)
    if subj is not None and token.lemma_.lower() in lex.stative_passives and appositive_participle(token, subj):
        return None  # "the cabinet, committed to reform, met ...": what the noun is, no act told
    if token.i + 1 < len(token.doc) and f"{token.lower_} {token.nbor().lower_}" in lex.compound_nouns:
        return None  # "hired hit men to kill the mayor": a noun of two words, no act
    if any(c.dep_ == "advmod" and c.lower_ in lex.idiom_adverbs for c in token.children) and not any(
        c.dep_ in ("dobj", "nsubjpass", "auxpass") for c in token.children
    ):
        return None  # "the message was hitting home": an idiom, no blow (not "were deported home": a passive's object)
    if verb_lemma(token) in lex.outdoing_verbs and _outdone(token, lex):
        return None  # "Brazil beat Argentina to become the largest exporter", "could beat Labour": a race won
    if verb_lemma(token) in lex.warning_verbs and _caution(token, lex):
        return None  # "warned lawmakers that cuts could trigger a recession": a caution, no threat of an own act
    if verb_lemma(token) in lex.tendering_verbs and _tender(token, lex):
        return None  # "the ministry called for bids to build the airport": a purchase opened, no demand
    if verb_lemma(token) in lex.assent_verbs and _opinion(token, index, lex):
        return None  # "economists agreed that the main problem is inflation": an opinion shared
    if verb_lemma(token) in lex.assent_verbs and _bare_assent(token, lex):
        return None  # "Mr Smith agreed and said the figures ...": one party concurs with what was said
    if _land_meets(token, lex):
        return None  # "the area where Peru, Brazil and Colombia meet": borders, no meeting
    if _statistic(token, lex):
        return None  # "40 percent of the prisoners were released", "90 percent of those arrested": a share counted
    if verb_lemma(token) in lex.admitting_verbs and _admission(token, lex):
        return None  # "the minister conceded that the plan had failed": an admission of what is so
    if verb_lemma(token) in lex.striving_verbs and _striving(token, lex):
        return None  # "the government is fighting to stem a crash": an effort towards the infinitive's act
    if verb_lemma(token) in lex.questioning_verbs and _question(token, lex):
        return None  # "asked whether the talks had failed", "was asked about her plans": a question
    obj = direct_object(token, lex)
    adverbs = lex.particle_prepositions
    particles = {c.lemma_.lower() for c in token.children if c.dep_ == "prt"}
    # "forced X out of", and "hit back at", which the parser may hang as an adverb
    particles |= {
        c.lemma_.lower() for c in token.children if c.dep_ in ("prep", "advmod") and c.lemma_.lower() in adverbs
    }
    preps = {c.lemma_.lower() for c in token.children if c.dep_ in PREP_DEPS and not temporal(c)}
    preps |= {m.lower_ for m in _for_clause_marks(token)}  # "called for the US to withdraw", a clause's "for"
    clauses = clauses_of(token)
    for p in candidates:
        if p.subject and not _subject_is(token, p.subject, lex):
            continue
        if p.transitive and obj is None:
            continue  # "the bank released figures showing ...", parsed with no object: nothing released
        if p.prep and not p.obj and _on_air(token, p.prep, lex):
            continue  # "insisted on BBC Radio 4's Today programme", "called on state television": where it was said
        if p.intransitive and (obj is not None or particles or _that_clause(token)):
            continue  # "doctors struck over pay" stopped work; "pilots struck positions", "struck back at" did not;
            # "the evidence demonstrates that ...": shows
        if _verb_fits(p, obj, particles, preps, clauses, lex):
            return TriggerMatch(token, p, obj if p.obj else None)
        if p.obj and p.prep:  # "went on strike", "remained on alert": the object sits in the pattern's preposition
            inner = prep_objects(token, tuple(sorted(p.prep)))
            if inner is None and obj is not None and "dobj" in p.recipient and obj.lemma_.lower() in lex.evaluated_acts:
                inner = prep_objects(obj, tuple(sorted(p.prep)))  # "viewed the remarks with dismay": on the act noun
            if inner is None:  # "condemned him to 25 years": a length the pattern names, which the tagger marks a date
                inner = _named_length(token, p, lex)
            if inner is not None and _verb_fits(p, inner, particles, preps | p.prep, clauses, lex):
                return TriggerMatch(token, p, inner)
        if p.obj and obj is not None and "dobj" in p.recipient and verb_lemma(token) in lex.provision_verbs:
            # "supplied Ukraine with tanks": given to the object
            given = prep_objects(token, tuple(sorted(lex.provision_prepositions)))
            if given is not None and _verb_fits(p, given, particles, preps, clauses, lex):
                return TriggerMatch(token, p, given)
        made = [
            c for c in token.children if c.dep_ in _COMPLEMENTS and not any(g.dep_ in _OWN_CLAUSE for g in c.children)
        ]
        if obj is not None:  # "left five people dead", "left 20 people injured": the parser may hang it on the object
            made += [  # (an adjective with its place; a participle alone: "the people injured in the blast" is a
                c  # relative clause, who they are)
                for c in obj.children
                if c.i > obj.i
                and ((c.dep_ == "amod" and c.pos_ == "ADJ") or (c.dep_ in ("amod", "acl") and not list(c.children)))
                and not any(g.dep_ in _OWN_CLAUSE for g in c.children)
            ]
        for comp in made:  # "took 14 employees hostage"; never a clause ("reported that seven were arrested")
            if p.obj and obj is not None and _verb_fits(p, comp, particles, preps, clauses, lex):
                return TriggerMatch(token, p, comp)
    return None


_COMPLEMENTS = ("oprd", "xcomp", "ccomp")  # what an object is made: "took them hostage" (often parsed as a clause)


def _outdone(verb: Token, lex: Lexicon) -> bool:
    """Is what an outdoing verb beats a named rival in a race: an organisation or a country by name ("could beat
    Labour in 14 seats", "Spain beat Italy"), or any named rival with an infinitive of becoming ("Brazil beat
    Argentina to become the largest exporter"; not "police beat Ahmed Hassan", "beat the men to win a confession")?"""
    rivals = [c for c in verb.children if c.dep_ == "dobj" and (c.pos_ == "PROPN" or c.ent_type_ in _RIVALS)]
    subj = next((c for c in verb.children if c.dep_ == "nsubj"), None)
    named = subj is None or subj.pos_ == "PROPN" or subj.ent_type_ in _RIVALS  # "The Greens", "Spain" (not "police")
    sides = [r for c in rivals for r in (c, *c.conjuncts)]
    if named and any(r.ent_type_ in ("ORG", "GPE") or (r.ent_type_ == "NORP" and _definite(r)) for r in sides):
        return True  # "could beat Labour and the Tories": a party, team or country beaten by another in a race
    return bool(rivals) and any(
        c.dep_ in ("xcomp", "advcl") and to_infinitive(c) and c.lemma_.lower() in lex.becoming_verbs
        for c in verb.children
    )


def _caution(verb: Token, lex: Lexicon) -> bool:
    """Does the warning's that-clause say what could or might happen through a thing, no party ("warned lawmakers
    that cutting spending could trigger a recession", "that higher tariffs could slow growth"): a caution, no threat
    (not "that the United States could take military action", "that its forces could strike", "that new sanctions
    could be imposed": a party's act or a penalty foretold)?"""
    for clause in (c for c in verb.children if c.dep_ == "ccomp"):
        modals = {a.lower_ for a in clause.children if a.dep_ == "aux"}
        subj = next((c for c in clause.children if c.dep_ in ("nsubj", "nsubjpass", "csubj")), None)
        if not modals & lex.caution_modals or subj is None:
            continue
        core = [c for c in clause.children if c.dep_ in ("nsubjpass", "dobj")]  # "sanctions could be imposed",
        # "could impose sanctions" (not "higher tariffs could slow growth")
        party = subj.pos_ in ("PRON", "PROPN") or subj.ent_type_ in _RIVALS or subj.lemma_.lower() in lex.party_nouns
        owned = any(c.dep_ == "poss" for c in subj.children)  # "its forces", "Iran's navy"
        penalty = any(t.lemma_.lower() in lex.penalty_nouns for t in core)
        if not (party or owned or penalty):
            return True
    return False


def _definite(noun: Token) -> bool:
    return any(c.dep_ == "det" and c.lower_ == "the" for c in noun.children)


def _tender(verb: Token, lex: Lexicon) -> bool:
    """Does a tendering verb ask for bids or tenders ("called for bids to build the airport", "invited tenders"),
    a purchase opened rather than a demand on anyone?"""
    asked = [o for c in verb.children if c.dep_ == "prep" and c.lower_ == "for" for o in c.children]
    asked += [c for c in verb.children if c.dep_ == "dobj"]
    return any(
        o.lower_ in lex.tender_nouns  # as written: "bids", "tenders" (not "a fresh bid to end the war")
        and not any(  # not "the application of international law", "asylum applications to be processed"
            c.dep_ == "poss" or (c.dep_ == "prep" and c.lower_ == "of") or any(g.dep_ == "auxpass" for g in c.children)
            for c in o.children
        )
        for o in asked
    )


def _sum(obj: Token, lex: Lexicon) -> bool:
    """Is the verb's object a sum of money ("$39", "8 pounds", "a 50-euro fee" is not)?"""
    return obj.dep_ in ("dobj", "dative", "npadvmod") and (
        obj.ent_type_ == "MONEY" or (obj.lower_ in lex.currency_words and any(c.like_num for c in obj.children))
    )


def _subject_is(verb: Token, lemmas: frozenset[str], lex: Lexicon) -> bool:
    """Is the verb's (active) subject, one of its conjuncts or what it counts, one of these nouns, or a noun of
    members such a noun qualifies ("protesters gathered", "hundreds of protesters massed", "union members will
    strike")?"""
    subj, passive = subject_of(verb, lex)
    if subj is None or passive:
        return False
    counted = [
        o for p in subj.children if p.dep_ == "prep" and p.lower_ == "of" for o in p.children if o.dep_ == "pobj"
    ]
    members = [c for c in subj.children if c.dep_ == "compound"] if subj.lemma_.lower() in lex.member_nouns else []
    return any(t.lemma_.lower() in lemmas for t in (subj, *subj.conjuncts, *counted, *members))


_OWN_VERB_PARTS = frozenset({"nsubj", "nsubjpass", "aux", "auxpass", "cop"})


def misread_object(noun: Token) -> bool:
    """Is the noun an object the parser hung as a clause of its own, with no subject or verb of its own ("made public
    an indictment against X")?"""
    return noun.dep_ == "ccomp" and noun.pos_ == "NOUN" and not any(c.dep_ in _OWN_VERB_PARTS for c in noun.children)


def temporal(prep: Token) -> bool:
    """Is the preposition's object a date or time ("called on Thursday", "agreed on Monday")?"""
    return any(c.dep_ == "pobj" and c.ent_type_ in ("DATE", "TIME") for c in prep.children)


def _named_length(token: Token, p: TriggerPattern, lex: Lexicon) -> Token | None:
    """The dated object of one of the pattern's prepositions when the pattern names its word and it is counted
    ("to 25 years"; not "to next month")."""
    return next(
        (
            g
            for c in token.children
            if c.dep_ in PREP_DEPS and c.lower_ in p.prep and temporal(c)
            for g in c.children
            if g.dep_ == "pobj"
            and g.lemma_.lower() in p.obj
            and any(n.like_num for n in g.children)
            and not any(n.lower_ in lex.duration_anchors for n in g.children)
        ),
        None,
    )


def prep_objects(token: Token, preps: tuple[str, ...]) -> Token | None:
    """The object of the first of ``preps`` attached to ``token``, in the order given (never a date: "on Monday")."""
    for want in preps:
        for child in token.children:
            if child.dep_ in PREP_DEPS and want in (child.lemma_.lower(), child.lower_) and not temporal(child):
                pobj = next(  # "following an attack", which the tagger may read as a verb with an object
                    (
                        g
                        for g in child.children
                        if g.dep_ in ("pobj", "pcomp") or (g.dep_ == "dobj" and child.tag_ == "VBG")
                    ),
                    None,
                )
                if pobj is not None:
                    return pobj
    return None


def _match_adjective(token: Token, index: TriggerIndex) -> TriggerMatch | None:
    """ "X is willing/ready to <verb> with Y": the adjective is the trigger, its to-clause the action."""
    candidates = index.adjectives.get(token.lemma_.lower())
    if not candidates:
        return None
    action = next((c for c in token.children if c.dep_ == "xcomp" and c.pos_ in ("VERB", "AUX")), None)
    if action is None:
        return None
    return TriggerMatch(token, candidates[0], action)


def reaction(noun: Token, lex: Lexicon) -> tuple[Token, Token | None] | None:
    """Who reacts and to what, where a reaction noun has its source in a from-phrase: "the plan drew criticism from
    Germany" (Germany, the plan), "met with disapproval from rights groups", "condemnation came from France",
    "statements of condemnation came from ..." (None: no source named)."""
    if noun.lemma_.lower() not in lex.reaction_nouns:
        return None
    source = prep_objects(noun, ("from",))
    carrier = noun.head if noun.dep_ == "pobj" and noun.head.lower_ == "of" else None
    if carrier is not None and carrier.head.pos_ == "NOUN":
        noun = carrier.head  # "statements of condemnation came from France"
    verb, drawn = noun.head, noun.dep_ == "dobj"
    if noun.dep_ == "pobj" and verb.lower_ == "with" and verb.head.lemma_.lower() in lex.drawing_verbs:
        verb, drawn = verb.head, True  # "met with disapproval from"
    if drawn and verb.lemma_.lower() not in lex.drawing_verbs:
        return None
    if not drawn and not (noun.dep_ == "nsubj" and verb.lemma_.lower() in lex.coming_verbs):
        return (source, None) if source is not None else None
    # "won the backing of Ethiopia": the backer, after "the" ("drew criticism of X's role" names the target)
    definite = drawn and _definite(noun)
    source = source or prep_objects(verb, ("from",)) or (prep_objects(noun, ("of",)) if definite else None)
    source = source or (_reacting_modifier(noun) if drawn else None)
    if source is None:
        return None
    target = next((c for c in verb.children if c.dep_ == "nsubj"), None) if drawn else None
    return source, target


def _reacting_modifier(noun: Token) -> Token | None:
    """The party a drawn reaction's own modifier names ("Russia drew German criticism", "faced US criticism", "drew
    Germany's condemnation"); not an adjective of manner ("drew widespread criticism") nor a noun naming no one
    ("sparked student protests": those protest)."""
    return next((c for c in noun.children if c.dep_ in ("poss", "amod", "compound", "nmod") and _naming(c)), None)


def _draws_reaction(verb: Token, lex: Lexicon) -> bool:
    """Does the verb draw a reaction whose source is named ("met with disapproval from", "drew criticism from")?"""
    if verb.lemma_.lower() not in lex.drawing_verbs:
        return False
    nouns = [c for c in verb.children if c.dep_ == "dobj"]
    withs = [c for c in verb.children if c.dep_ == "prep" and c.lower_ == "with"]
    nouns += [o for c in withs for o in c.children if o.dep_ == "pobj"]
    return any(reaction(n, lex) is not None for n in nouns)


def _has_participant(noun: Token, lex: Lexicon) -> bool:
    """A nominal trigger counts only with a participant attached: a possessor, a nationality or name
    modifier, or a with/between/against/by/on/of phrase naming someone (the lexicon's prepositions), or the
    source of a reaction (see reaction)."""
    if reaction(noun, lex) is not None:
        return True
    if any(child.dep_ == "poss" for child in noun.children) or _named_modifier(noun):
        return True
    between = predicate_between(noun)  # "talks are underway between Zambia and the IMF"
    if between is not None and (between.pos_ == "PROPN" or _named(between)):
        return True
    for child in noun.children:
        if child.dep_ == "prep" and child.lemma_.lower() in lex.noun_participant_prepositions:
            for pobj in child.children:  # "talks with Iran", "talks with French ministers"
                if pobj.dep_ == "pobj" and (pobj.pos_ in ("PROPN", "PRON") or _named(pobj) or _named_owner(pobj)):
                    return True
    return False


def predicate_between(noun: Token) -> Token | None:
    """ "Talks are underway between Zambia and the IMF": the sides of a subject noun's act named on its predicate."""
    verb = noun.head
    if noun.dep_ not in ("nsubj", "nsubjpass") or verb.pos_ not in ("VERB", "AUX"):
        return None
    for t in (verb, *(c for c in verb.children if c.dep_ in ("acomp", "attr"))):
        found = prep_objects(t, ("between",))
        if found is not None:
            return found
    return None


def _named(token: Token) -> bool:
    return bool(token.ent_type_) or _named_modifier(token)


def _named_owner(noun: Token) -> bool:
    """Is the noun a named party's ("talks with Iran's foreign minister", "raids by the Syrian army's helicopters")?"""
    return any(c.dep_ == "poss" and (c.pos_ == "PROPN" or _named(c)) for c in noun.children)


def _named_modifier(noun: Token) -> bool:
    """Does a nationality, name or organisation modify the noun ("Iranian talks", "the British government")?"""
    return any(child.dep_ in ("amod", "compound", "nmod") and _naming(child) for child in noun.children)


def _naming(word: Token) -> bool:
    """Is the word a nationality, a name or an organisation's ("Iranian", "Germany's", "UN"), or the second of a
    hyphened pair whose first is one ("French-German", "Franco-German": the tagger may call the pair a person)?"""
    return word.ent_type_ in ("NORP", "GPE", "ORG") or word.pos_ == "PROPN" or hyphened_pair(word)


def hyphened_pair(word: Token) -> bool:
    """Is the word the second of a hyphened pair of capitalised modifiers whose first names a people or place
    ("German" of "French-German talks" or "Franco-German talks", which the tagger may call a person; not "backed" of
    "Iranian-backed", "led" of "Saudi-led")?"""
    return (
        word.i >= 2
        and word.text[:1].isupper()
        and word.tag_ in ("JJ", "NNP", "NNPS")
        and word.nbor(-1).text == "-"
        and any(
            c.i == word.i - 2
            and c.dep_ in ("amod", "compound")
            and (c.ent_type_ in ("NORP", "GPE") or c.pos_ == "PROPN")
            for c in word.children
        )
    )


def _match_noun(
    token: Token, index: TriggerIndex, consumed: set[int], headline: bool, lex: Lexicon
) -> TriggerMatch | None:
    candidates = index.nouns.get(token.lower_ if gerund_noun(token) else token.lemma_.lower())
    if not candidates or token.i in consumed or token.ent_type_ in _NAME_ENTITIES:
        return None  # "Amnesty International", "Operation Desert Storm", "on 19 March": a name or a date
    if not headline and _inside_name(token):
        return None  # "the Joint Strike Fighter": a word of a name the tagger gave no entity
    if any(p.prep for p in candidates):  # "calls for an inquiry", "his call for Iran to release ...": the noun's
        marks = _for_clause_marks(token) + (_for_clause_marks(token.head) if token.dep_ == "dobj" else [])
        preps = {c.lower_ for c in token.children if c.dep_ == "prep"} | {m.lower_ for m in marks}  # the clause may
        # hang on the verb that holds the noun ("repeated their calls for the president to resign")
        candidates = [p for p in candidates if not p.prep or p.prep & preps]  # preposition (not "a phone call")
        if not candidates:
            return None
    owned = {g.lemma_.lower() for c in token.children if c.lower_ == "of" for g in c.children if g.dep_ == "pobj"}
    candidates = [p for p in candidates if not (p.object_not and owned & p.object_not)]  # "the release of trade
    if not candidates:  # data": figures published, no one freed
        return None
    host = nominal_host(token, lex)
    if not headline and not _has_participant(host, lex) and not _visit_in_place(host, candidates, lex):
        return None
    if described(token, lex):
        return None
    return TriggerMatch(token, _noun_pattern(token, candidates, lex))


def _inside_name(token: Token) -> bool:
    """Is the capitalised noun a word inside a proper name, before the name's last word ("the Joint Strike Fighter",
    "the Iraq War Inquiry")? Headlines capitalise every word and are not asked."""
    head = token.head
    return (
        token.pos_ == "PROPN"
        and token.is_title
        and token.dep_ == "compound"
        and head.i > token.i
        and head.pos_ == "PROPN"
        and head.is_title
    )


def _visit_in_place(noun: Token, patterns: list[TriggerPattern], lex: Lexicon) -> bool:
    """Is the noun a visit whose clause puts its visitor in a named place ("Putin is in Beijing on a state visit")?"""
    if not any(c.dep_ == "poss" or (c.dep_ == "det" and "Ind" in c.morph.get("Definite", [])) for c in noun.children):
        return False  # "on a state visit", "on his first visit"; not "during the visit", someone else's
    return any(lex.visit_mode in p.mode for p in patterns) and visited_place(noun, lex) is not None


def occasion_verb(meeting: Token, lex: Lexicon) -> Token | None:
    """The verb of the clause a meeting noun is the occasion of ("Blair is at a summit", "was in Moscow for talks",
    "spoke after two days of talks", "left at the end of a visit"), or None."""
    counted = meeting.head  # "after two days of talks", "at the end of a visit": the talks the days count
    if meeting.dep_ == "pobj" and counted.lower_ == "of" and counted.head.lemma_.lower() in lex.occasion_parts:
        meeting = counted.head  # (not "after years of talks": a history)
    occasion = meeting.head  # "following" is also read as a participle taking the meeting as its object
    purpose = occasion.lower_ in lex.purpose_prepositions  # "was in Moscow for talks with Lavrov"
    if meeting.dep_ not in ("pobj", "dobj") or not (purpose or occasion.lower_ in lex.occasion_prepositions):
        return None
    verb = occasion.head
    for _ in range(3):  # up through "at a briefing" to the clause's verb
        if verb.pos_ in ("VERB", "AUX") and verb.dep_ not in ("acl", "prep"):
            break
        if verb.dep_ not in ("pobj", "dobj", "attr", "prep", "acl") or verb.head.i == verb.i:
            return None
        verb = verb.head
    else:
        return None
    if purpose and not (verb.lemma_.lower() in lex.going_verbs and _goes_to_place(verb)):
        return None  # "called for talks": what is asked for, not attended; "Trump is for talks": in favour
    return verb


def _prep_places(verb: Token) -> Iterator[tuple[Token, Token]]:
    """The verb's prepositions with the named place each governs ("in Moscow", "to Cairo")."""
    for prep in verb.children:
        if prep.dep_ == "prep":
            for o in prep.children:
                if o.dep_ == "pobj" and o.ent_type_ in ("GPE", "LOC"):
                    yield prep, o


def _goes_to_place(verb: Token) -> bool:
    """Does the verb put its subject in or bring it to a named place ("was in Moscow", "flew to Cairo")?"""
    return any(True for _ in _prep_places(verb))


def visited_place(visit: Token, lex: Lexicon) -> Token | None:
    """Where a visit that names no host is paid: the place in which the visitor's clause puts them ("the Turkish
    president is in Berlin on a two-day visit"), or None."""
    verb = occasion_verb(visit, lex)
    if verb is None:
        return None
    return next((o for prep, o in _prep_places(verb) if prep.lower_ == "in" and o.ent_type_ == "GPE"), None)


def gerund_noun(token: Token) -> bool:
    """A gerund the parser tagged as a verb although it heads a noun phrase of its own: a subject or object with no
    subject or object of its own ("Fighting between A and B erupted", "Shelling of the town resumed")."""
    return (
        token.tag_ == "VBG"
        and token.dep_ in ("nsubj", "nsubjpass", "dobj", "pobj")
        and not any(c.dep_ in ("nsubj", "nsubjpass", "dobj", "aux", "auxpass") for c in token.children)
    )


def _noun_pattern(noun: Token, patterns: list[TriggerPattern], lex: Lexicon) -> TriggerPattern:
    """Of the patterns a noun has, the violent one where a weapon qualifies it ("a missile strike", "an air strike":
    the lexicon's instruments), else the first whose target preposition is attached ("a strike on the tanker"),
    else the first ("a general strike")."""
    if len(patterns) == 1:
        return patterns[0]
    own = noun.lemma_.lower()
    mods = [c.lemma_.lower() for c in noun.children if c.dep_ in ("compound", "amod", "nmod")]
    if any(m in lex.instruments or m + own in lex.instruments for m in mods):
        return next((p for p in patterns if p.event in lex.attacker_types), patterns[0])
    preps = {c.lower_ for c in noun.children if c.dep_ == "prep" and not temporal(c)}
    return next((p for p in patterns if preps & set(p.recipient)), patterns[0])


def described(noun: Token, lex: Lexicon) -> bool:
    """Is the noun what a copula says something is ("the program is an agreement between ...")? A description of a
    thing, not the report of an event."""
    host = nominal_host(noun, lex)
    return host.dep_ == "attr" and host.head.lemma_.lower() == "be"


_NAME_ENTITIES = frozenset({"ORG", "PERSON", "GPE", "FAC", "WORK_OF_ART", "LAW", "PRODUCT", "DATE"})


def nominal_host(noun: Token, lex: Lexicon) -> Token:
    """The word whose phrase carries a nominal trigger's participants: the noun, the noun it qualifies ("a mediation
    effort between A and B"), or the occurring verb it is the subject of ("clashes erupted between A and B")."""
    if noun.dep_ == "compound" and noun.head.pos_ in ("NOUN", "PROPN"):
        return noun.head
    verb = noun.head
    if noun.dep_ == "nsubj" and verb.lemma_.lower() in lex.occurring_verbs and not _has_participant(noun, lex):
        return verb
    return noun


def carries_on(noun: Token, lex: Lexicon) -> bool:
    """Is this noun the object of a verb that carries its act on ("completed its withdrawal", "began the pullout"):
    the clause asserts the act, not only mentions it (the lexicon's continuing verbs)?"""
    return noun.dep_ == "dobj" and noun.head.pos_ == "VERB" and noun.head.lemma_.lower() in lex.continuing_verbs


_COMPLEMENT = frozenset({"xcomp", "ccomp", "pcomp", "pobj", "prep", "dobj", "acl", "acomp", "attr", "oprd"})
_PASS_THROUGH = _COMPLEMENT | {"conj", "cc", "appos", "compound", "amod", "nmod", "poss"}
FINITE_TAGS = frozenset({"VBD", "VBP", "VBZ"})  # Penn tags of verbs that carry their own tense
_NONFINITE = frozenset({"VB", "VBG", "VBN"})


def infinitive_clause(token: Token) -> bool:
    """A to-infinitive clause hung as a modifier ("summoned the ambassador to protest", "threatened on Monday to
    close"): an infinitive of purpose belongs to its head's event."""
    return token.dep_ in ("advcl", "relcl", "acl") and to_infinitive(token)


def _list_item(token: Token) -> bool:
    """A gerund the parser hung as advcl although it continues a list inside a complement
    ("a consensus on expanding A, deepening B, and conducting C")."""
    if token.dep_ != "advcl" or token.tag_ != "VBG" or any(c.dep_.startswith("nsubj") for c in token.children):
        return False
    before = token.doc[token.left_edge.i - 1] if token.left_edge.i > 0 else None
    if before is None or before.text != ",":
        return False
    prev = token.doc[before.i - 1] if before.i > 0 else None
    return prev is not None and any(
        a.dep_ == "pcomp" and a.tag_ == "VBG" for a in (prev, *prev.ancestors) if a.i > token.head.i
    )


def told_first(prep: Token, lex: Lexicon) -> bool:
    """Is the token a preposition set before its verb whose object is no act to come ("In talks with Japan
    yesterday, ..."; not "In future talks with Iran, ..." nor one whose verb is to come: "At the next meeting, the
    minister will ask ...")?"""
    if prep.dep_ != "prep" or prep.i >= prep.head.i or prep.lower_ in lex.pending_prepositions:
        return False
    auxiliaries = {a.lower_ for a in prep.head.children if a.dep_ == "aux"}
    if auxiliaries & (lex.modal_auxiliaries | lex.future_auxiliaries):
        return False
    return not any(w.lower_ in lex.prospective_words for o in prep.children if o.dep_ == "pobj" for w in o.children)


def subsumed(match: TriggerMatch, triggers: set[int], lex: Lexicon) -> bool:
    """An action inside the complement of another trigger ("agreed to meet", "called for expanding
    cooperation", "reached a consensus on conducting exercises") is part of that event, not its own (not in an adjunct
    of time: "after the arrest of X"); a violent participle the parser hangs on the object is the doer's own act
    ("stormed a prison killing four guards")."""
    if match.token.dep_ == "acl" and match.token.tag_ == "VBG" and match.pattern.event in lex.attacker_types:
        return False
    if (
        _elaboration(match.token)
        and match.token.head.i in triggers
        and match.pattern.event in lex.elaborating_types
        and any(c.dep_ == "dobj" and c.lemma_.lower() in lex.agreement_nouns for c in match.token.head.children)
    ):
        return True  # "signed a defence pact, agreeing to exchange radar data": what the pact does
    edges: list[str] = []
    current = match.token
    while current.head.i != current.i and (
        current.dep_ in _PASS_THROUGH or _list_item(current) or infinitive_clause(current)
    ):
        if current.dep_ == "prep" and current.lower_ in lex.adjunct_prepositions:
            return False  # "after the arrest of X, Beijing summoned ...": an event of its own, earlier
        if told_first(current, lex) and match.pattern.event in lex.mutual_types:
            return False  # "In talks with Japan yesterday, the envoy asked ...": the talks, set before, were held
        if current.dep_ == "conj" and current.tag_ in FINITE_TAGS and current.head.tag_ in _NONFINITE:
            return False  # "urged the embassy to reconsider and spoke with Pompeo": a finite verb is no infinitive's
        if (
            match.pattern.event in lex.told_charges
            and current.dep_ == "ccomp"
            and current.i < current.head.i
            and any(c.dep_ == "dobj" for c in current.head.children)
        ):
            return False  # "X accused Y of Z, a charge Y denies": the charge is denied; the accusing was done
        if current.dep_ == "ccomp" and current.i < current.head.i and _semicolon_between(current):
            return False  # "police arrested three men; rifles were found": two sentences the parser joined
        edges.append("pcomp" if current.dep_ == "advcl" else current.dep_)
        current = current.head
        if current.i in triggers and any(e in _COMPLEMENT for e in edges):
            return True
    return False


def _in_place(verb: Token) -> bool:
    """Does "in" after the verb name a place (a proper name the tagger calls a place: "was in Mexico City")?"""
    return any(
        p.dep_ == "prep" and p.lower_ == "in" and any(o.dep_ == "pobj" and _place_named(o) for o in p.children)
        for p in verb.children
    )


def _for_talks_with(verb: Token, index: TriggerIndex) -> bool:
    """Does a for-phrase on the verb name an occasion a noun pattern knows, with a counterpart of its own ("for talks
    with Lavrov"; not "for a ceremony with X")?"""
    return any(
        c.dep_ == "prep"
        and c.lower_ == "for"
        and any(index.nouns.get(o.lemma_.lower()) and any(w.lower_ == "with" for w in o.children) for o in c.children)
        for c in verb.children
    )


def _place_named(noun: Token) -> bool:
    """Is the noun a place's name, or a capital named by its country ("the Iraqi capital")?"""
    if noun.ent_type_ in ("GPE", "LOC"):
        return True
    return noun.lemma_.lower() == "capital" and any(c.ent_type_ in ("NORP", "GPE") for c in noun.children)


def _semicolon_between(clause: Token) -> bool:
    """Is a semicolon between a clause and the verb after it that the parser hangs it on?"""
    return any(t.text == ";" for t in clause.doc[clause.right_edge.i + 1 : clause.head.i])


def settlement_of(prep: Token, lex: Lexicon) -> bool:
    """Is the preposition the "of" after a settlement noun ("the town of Goma"): its object is a place's name?"""
    return prep.lower_ == "of" and prep.head.lemma_.lower() in lex.settlement_nouns


def _elaboration(token: Token) -> bool:
    """Is the verb a participle with no subject of its own hung on another verb ("signed a treaty, agreeing to ...")?"""
    return token.dep_ == "advcl" and token.tag_ == "VBG" and not any(c.dep_.startswith("nsubj") for c in token.children)


def obligation_clause(token: Token, lex: Lexicon) -> Token | None:
    """The complement clause of a speech verb that says its subject must or should act, or of a verb of demanding
    with the clause's verb in the subjunctive ("insisted that Greece cut its budget")."""
    for child in token.children:
        if child.dep_ == "ccomp" and child.pos_ in ("VERB", "AUX"):
            aux = {c.lower_ for c in child.children if c.dep_ == "aux"}
            subject = any(  # not "we must"; "told the leaders they must ...": the ones told
                c.dep_ in _OBLIGED and (c.pos_ != "PRON" or told_pronoun(token, c)) for c in child.children
            )
            subjunctive = token.lemma_.lower() in lex.subjunctive_verbs and not aux and _subjunctive(child, token, lex)
            obliged = bool(aux & lex.obliging_modals) or _obliging_verb(child, lex) or subjunctive
            if obliged and subject and not any(c.dep_ == "neg" for c in child.children):
                return child
    return None


def _subjunctive(verb: Token, asker: Token, lex: Lexicon) -> bool:
    """Is the verb in the subjunctive: a base form, or, after a verb that only demands (not "insist", which mostly
    reports a claim), a plain present after a singular noun ("demanded that Germany withdraw", which the tagger calls
    a present); never "are" or "have" ("insisted that Hamas are responsible")?"""
    if verb.tag_ == "VBP" and (verb.lemma_.lower() in lex.copulas or verb.lemma_.lower() == "have"):
        return False  # "that Hamas are responsible", "that the Taliban have links" (not "that Syria be excluded")
    singular = any(c.dep_ == "nsubj" and c.tag_ in ("NN", "NNP") for c in verb.children)
    demanding = asker.lemma_.lower() not in lex.speech_verbs  # one of the subjunctive verbs, the caller's check
    return verb.tag_ == "VB" or (verb.tag_ == "VBP" and singular and demanding)


def told_party(verb: Token) -> Token | None:
    """The party a speech verb is told to, as its object ("told the politicians they should ..."), or None."""
    return next((c for c in verb.children if c.dep_ in ("dobj", "dative") and c.pos_ in ("NOUN", "PROPN")), None)


def told_pronoun(verb: Token, pronoun: Token) -> bool:
    """Does the pronoun subject of what a speech verb tells mean the party told: a plural "they" after a plural
    party told, where the speaker is not plural too ("the premier told the delegates they must ..."; not "told
    Kerry he must", where "he" may be the speaker, nor "the negotiators told the Americans they must")?"""
    told = told_party(verb)
    speaker = next((c for c in verb.children if c.dep_ == "nsubj"), None)
    plural = {"NNS", "NNPS"}
    return (
        told is not None
        and pronoun.morph.get("Person", []) == ["3"]
        and pronoun.morph.get("Number", []) == ["Plur"]
        and told.tag_ in plural
        and (speaker is None or (speaker.tag_ not in plural and speaker.morph.get("Number", []) != ["Plur"]))
    )


def _obliging_verb(clause: Token, lex: Lexicon) -> bool:
    """Is the clause a verb of obligation over a to-infinitive ("said the Welsh government needed to publish the
    audit"), for "have" only in the present or future ("has to accept", "will have to"; "police had to fire tear
    gas" tells what was done)?"""
    if clause.lemma_.lower() not in lex.obliging_verbs or not any(
        c.dep_ == "xcomp" and to_infinitive(c) for c in clause.children
    ):
        return False
    if clause.lemma_.lower() != "have":
        return True
    aux = {c.lower_ for c in clause.children if c.dep_ == "aux"}
    return clause.tag_ in ("VBZ", "VBP") or bool(aux & lex.future_auxiliaries)


_OBLIGED = ("nsubj", "nsubjpass")  # "Iran must release ...", "South Korea should be pressured to ..."


def party(token: Token) -> bool:
    """Is the token a named party or a noun qualified by one ("Sudan", "the Sudanese government")?"""
    return token.ent_type_ in _PARTY_ENTS or any(
        c.ent_type_ in _PARTY_ENTS for c in token.children if c.dep_ in ("amod", "compound", "poss", "nmod")
    )


_PARTY_ENTS = frozenset({"GPE", "NORP", "ORG", "PERSON"})


_CLIMB = frozenset({"xcomp", "acomp", "conj", "advcl", "pcomp", "ccomp", "prep"})
_OWN_CLAUSE = frozenset({"aux", "auxpass", "nsubj", "nsubjpass", "mark"})  # "having charged", "after he was charged"


def _that_clause(verb: Token) -> bool:
    """Does the verb take a that-clause or a wh-clause ("the figures demonstrate that the policy works", "statistics
    show how the plan is working"), not a report the parser hangs on it ("workers struck, unions said")?"""
    return any(
        c.dep_ == "ccomp" and (any(m.dep_ == "mark" for m in c.children) or c.left_edge.tag_ in _WH)
        for c in verb.children
    )


_WH = frozenset({"WDT", "WP", "WP$", "WRB"})  # "how", "why", "which", "what"


def subject_of(verb: Token, lex: Lexicon) -> tuple[Token | None, bool]:
    """The subject governing ``verb`` (climbing xcomp/conj/advcl chains) and whether it is passive. A bare past
    participle in an adverbial clause is passive: "X appeared in court, charged with murder" (X is charged)."""
    inverted = inverted_speaker(verb, lex)
    if inverted is not None:
        return inverted, False  # "Norway's prisons are failing, warned the EU envoy"
    participle = verb.tag_ == "VBN" and bare_participle(verb)
    current: Token | None = verb
    own_aux = any(c.dep_ in ("aux", "auxpass") and c.i < verb.i for c in verb.children)  # "has been jailed"
    being = any(c.dep_ == "auxpass" for c in verb.children)
    for _ in range(6):
        if current is None:
            break
        subj = next((c for c in current.children if c.dep_ in ("nsubj", "csubj", "expl")), None)
        subj = subj or next(  # "Egypt and Qatar are mediating", the subject hung on the auxiliary
            (
                g
                for a in current.children
                if a.dep_ == "aux" and a.i < current.i
                for g in a.children
                if g.dep_ == "nsubj"
            ),
            None,
        )
        if (
            subj is not None
            and subj.lemma_.lower() in lex.idiom_subjects
            and current.dep_ == "pcomp"
            and current.head.head.pos_ in ("VERB", "AUX")
        ):
            current = current.head.head  # "decided for the time being not to accept": the idiom is no subject
            continue
        passive = next((c for c in current.children if c.dep_ == "nsubjpass"), None)
        if subj is None and passive is None and _joined_finite(current):
            subj = stranded_subject(current)  # "detained them on Monday and prosecutors later charged them"
        owned = subj if subj is not None else passive
        if current is not verb and current.dep_ == "relcl" and owned is not None and _whose(owned) and own_aux:
            # "Sizzla, whose UK tour was cancelled ..., has been jailed": the parser joins the main verb, which has
            # auxiliaries of its own, to the relative clause; the one jailed is the clause's noun (not "whose son
            # was abducted and killed", one clause)
            return current.head, being
        if subj is not None:
            if subj.lower_ in lex.relative_pronouns and current.dep_ == "relcl":
                return _antecedent(current.head, subj, lex), participle
            if current is verb and any(c.dep_ == "agent" for c in verb.children):
                return subj, True  # a headline's reduced passive: "Oil facilities hit by drone attacks"
            if current is verb and (_bare_participle_clause(verb) or appositive_participle(verb, subj)):
                return subj, True  # "among more than a dozen people killed in a massacre": the people were killed
            return subj, (participle or being) and current is not verb  # "is serving a sentence after being
            # arrested": the subject the parser shares with a passive clause suffers its act
        if passive is not None and passive.lower_ in lex.relative_pronouns and current.dep_ == "relcl":
            return current.head, current is verb  # "smugglers who were arrested last week": the smugglers
        if passive is not None:  # "was arrested and accused the police of ...": an object makes the conjunct active
            return passive, current is verb or not any(c.dep_ == "dobj" for c in verb.children)
        absolute = _with_absolute(current, lex) if current is verb else None
        if absolute is not None:  # "refugees reached the border, with the premier sending soldiers there"
            return absolute, False
        host = _purpose_host(current, lex)
        if host is not None:  # "converged for a rally to protest ...": who held the rally protests
            current = host
            continue
        if current.dep_ == "relcl" and current.head.i != current.i:
            return current.head, False
        if (
            current.dep_ == "acl"
            and current.tag_ == "VBG"
            and (current.head.ent_type_ in _PARTY_ENTS or current.head.pos_ == "PROPN")  # (a name it left untagged)
            and _set_off(current)
        ):
            return current.head, False  # "Jack Straw, visiting Beijing, said ...": Straw visits
        quoted = quoted_party(current, lex)
        if quoted is not None:
            return quoted, False
        controller = _controller(current, lex)
        if controller is not None:  # "forcing Saudi forces to pull out": the forces pull out
            return controller, any(c.dep_ == "auxpass" for c in current.children)
        progressive = current.dep_ == "attr" and current.tag_ == "VBG" and current.head.lemma_ == "be"
        if (current.dep_ not in _CLIMB and not progressive) or current.head.i == current.i:
            break  # "Qatar is mediating": the parser may read the participle as what Qatar is
        current = current.head
    return None, False


def stranded_subject(verb: Token) -> Token | None:
    """The subject of a conjoined verb that the parser hung on the noun before it: "Police held five men on Monday
    and prosecutors later charged them" reads "prosecutors" as a second date or object, "and" just before it, and
    leaves "charged" with no subject of its own; the noun (a plural or a name, no place or time) is the subject. An
    adverb may come between only after a date ("on Monday and prosecutors later charged"; not "arrested two students
    and a teacher then questioned them", "raided offices in London and Manchester then arrested five")."""
    at = verb.i - 1
    doc = verb.doc
    while at > verb.sent.start and doc[at].pos_ == "ADV":
        at -= 1
    noun = doc[at]
    before = noun.left_edge.i - 1
    if noun.dep_ != "conj" or noun.pos_ not in ("NOUN", "PROPN") or before < 0 or doc[before].dep_ != "cc":
        return None
    if noun.head.i > noun.i or noun.head.dep_ not in ("pobj", "npadvmod", "dobj") or noun.ent_type_ in _NO_SUBJECT:
        return None
    dated = noun.head.ent_type_ in ("DATE", "TIME")
    return noun if dated or at == verb.i - 1 else None


_NO_SUBJECT = frozenset({"GPE", "LOC", "FAC", "DATE", "TIME"})  # a place or a time, joined to another, acts not


def _joined_finite(verb: Token) -> bool:
    """Is the verb a conjunct, or a finite verb the parser made an adverbial clause with no conjunction of its own
    ("... near the city and the army then attacked them")?"""
    if verb.pos_ != "VERB" or verb.tag_ not in FINITE_TAGS:
        return False
    return verb.dep_ == "conj" or (verb.dep_ == "advcl" and not any(c.dep_ == "mark" for c in verb.children))


def stranded(noun: Token) -> bool:
    """Is the noun the stranded subject of the conjoined verb after it (see stranded_subject), not one more object?"""
    at = noun.i + 1
    doc = noun.doc
    while at < noun.sent.end and doc[at].pos_ == "ADV":
        at += 1
    if at >= noun.sent.end or not _joined_finite(doc[at]):
        return False
    verb = doc[at]
    return not any(c.dep_ in ("nsubj", "nsubjpass") for c in verb.children) and stranded_subject(verb) == noun


_QUESTION_OPENERS = frozenset({"mark", "advmod", "nsubj", "nsubjpass", "dobj", "attr"})


def _question(verb: Token, lex: Lexicon) -> bool:
    """Does a questioning verb ask a question: a clause a question mark opens ("asked whether the talks had failed",
    "asked why the army had withdrawn"), or a question preposition and no infinitive ("was asked about her plans";
    not "asked him about ... to resign")?"""
    for c in verb.children:
        marks = {m.lower_ for m in c.children if m.dep_ == "mark"}
        opening = {m.lower_ for m in c.children if m.i < c.i and m.dep_ in _QUESTION_OPENERS}
        modal = any(a.dep_ == "aux" and a.lower_ in lex.modal_auxiliaries | lex.future_auxiliaries for a in c.children)
        if c.dep_ == "advcl" and (marks & lex.question_marks or (opening & lex.question_marks and modal)):
            return True  # "asked if ...", "asked Chile when it would return them"; not "asked for help when he visited"
        if c.dep_ == "ccomp" and opening & lex.question_marks:
            return True
    about = any(
        _on_argument(c, verb) for c in verb.subtree if c.dep_ == "prep" and c.lower_ in lex.question_prepositions
    )
    return about and "to" not in clauses_of(verb)


def _on_argument(prep: Token, verb: Token) -> bool:
    """Is the preposition on the verb, or on its object or by-phrase ("asked the envoy about the talks", "was asked
    by journalists about her opinion"), not inside a clause of its own?"""
    head = prep.head
    if head.dep_ == "pobj" and head.head.dep_ == "agent":
        head = head.head.head
    elif head.dep_ in ("dobj", "dative"):
        head = head.head
    return head == verb


def _opinion(verb: Token, index: TriggerIndex, lex: Lexicon) -> bool:
    """Does the verb take a that-clause that only states what is (a copula with no modal or future auxiliary:
    "agreed that the obstacle is fiscal policy"; not "agreed that talks should resume") or, said by one party, what
    had been (a pluperfect: "agreed that the peso had not fallen far enough")?"""
    subj = next((c for c in verb.children if c.dep_ == "nsubj"), None)
    one = subj is not None and not any(c.dep_ == "conj" for c in subj.children)  # not "India and Pakistan agreed"
    return any(
        (c.lemma_.lower() in lex.copulas or _stative(c, index, lex) or (one and _past(c)))
        and _plain_statement(c, lex)
        and not any(x.dep_ == "xcomp" and to_infinitive(x) for x in c.children)  # "inspectors are to return"
        for c in verb.children
    )


def _stative(clause: Token, index: TriggerIndex, lex: Lexicon) -> bool:
    """Is the clause a passive that says what a thing is or was, with no doer ("the pound is overvalued", "the border
    was closed in 2001"; not an act of the trigger file in the present, "prisoners are exchanged on Friday", "the
    border is reopened": what is agreed)?"""
    passive = [a for a in clause.children if a.dep_ == "auxpass" and a.lemma_.lower() in lex.copulas]
    if not passive or any(a.dep_ == "agent" for a in clause.children):
        return False
    if not any(a.tag_ in ("VBD", "VBZ", "VBP") for a in passive):
        return False  # "agreed that the prisoners be released": what is to be done
    present = any(a.tag_ in ("VBZ", "VBP") for a in passive)
    return not (present and verb_lemma(clause) in index.verbs)


def _past(clause: Token) -> bool:
    """Is the clause's verb a pluperfect ("had not fallen"; not "took back", which may be what was agreed)?"""
    return clause.tag_ == "VBN" and any(a.dep_ == "aux" and a.lower_ == "had" for a in clause.children)


def _plain_statement(clause: Token, lex: Lexicon) -> bool:
    """Is the clause a finite that-clause with no modal or future auxiliary: it states what is or was?"""
    auxiliaries = {a.lower_ for a in clause.children if a.dep_ == "aux"}
    return (
        clause.dep_ == "ccomp"
        and not to_infinitive(clause)
        and not auxiliaries & (lex.modal_auxiliaries | lex.future_auxiliaries)
    )


_RIVALS = frozenset({"GPE", "ORG", "PERSON", "NORP"})  # "beat Argentina", "beat McCain": a named rival
_ASSENT_COMPLEMENTS = frozenset({"dobj", "prep", "xcomp", "ccomp", "pcomp", "advcl", "agent", "attr", "acomp"})


def _bare_assent(verb: Token, lex: Lexicon) -> bool:
    """Does one person agree with nothing said what to or with whom and go on to speak ("Mr Smith agreed and said
    ..."), concurring with a remark? Not parties together ("the two sides agreed"), not a state or a body ("Iran
    agreed and said ..."), not a person alone ("Netanyahu has agreed": to a proposal), not "agreed to"."""
    if any(c.dep_ in _ASSENT_COMPLEMENTS for c in verb.children):
        return False
    subj = next((c for c in verb.children if c.dep_ == "nsubj"), None)
    if subj is None and verb.dep_ == "conj":
        subj = next((c for c in verb.head.children if c.dep_ == "nsubj"), None)
    if subj is None:
        return False
    if any(c.dep_ == "conj" for c in subj.children) or not _a_person(subj):
        return False  # "Iran agreed and said ...", "the government has agreed": a party assents to a proposal
    return any(c.dep_ == "conj" and c.lemma_.lower() in lex.speech_verbs for c in verb.children)  # and goes on to
    # say why (not "Netanyahu has agreed": to a proposal)


def _a_person(word: Token) -> bool:
    """Is the word a person's name or "he"/"she", or has it one in apposition ("the minister, Mr Visser")?"""
    return any(
        w.ent_type_ == "PERSON" or w.lower_ in ("he", "she")
        for w in (word, *word.children)
        if w is word or w.dep_ == "appos"
    )


def _admission(verb: Token, lex: Lexicon) -> bool:
    """Does the verb take a that-clause stating what is or was, with no modal or future ("conceded that the plan had
    failed"; not "conceded that the rebels could keep their weapons", which grants)?"""
    return any(_plain_statement(c, lex) for c in verb.children)


def _statistic(verb: Token, lex: Lexicon) -> bool:
    """Is the verb's passive subject a share of a group ("40 percent of the prisoners were released"; not "70
    percent of Mexicans support the movement", which they do) or a group counted over a tally period, or is the verb
    a participle on "those" a share counts ("90 percent of those arrested")?"""
    if any(c.dep_ == "agent" for c in verb.children):
        return False  # "a large proportion of the detainees were tortured by guards": a doer named, an act
    if any(c.dep_ == "nsubjpass" and c.lemma_.lower() in lex.share_nouns for c in verb.children):
        return True
    if _tally(verb, lex):
        return True
    those, of = verb.head, verb.head.head
    return (
        verb.dep_ == "acl" and those.dep_ == "pobj" and of.lower_ == "of" and of.head.lemma_.lower() in lex.share_nouns
    )


def _tally(verb: Token, lex: Lexicon) -> bool:
    """Is the verb's passive subject a counted group and the span a tally period ("775 people had been murdered this
    year", "40 reporters were killed in the past decade"; not "20 people were killed last week"), or over years a
    tally marker spans ("between 2005 and 2011"), or the count compared with another ("240 guards were assaulted in
    2019, up 9 percent")?"""
    subject = next((c for c in verb.children if c.dep_ == "nsubjpass"), None)
    if subject is None or not (subject.like_num or any(c.dep_ == "nummod" for c in subject.children)):
        return False
    periods = [c for c in verb.children if c.dep_ == "npadvmod"]  # "this year"
    periods += [o for c in verb.children if c.dep_ == "prep" for o in c.children if o.dep_ == "pobj"]  # "in the past
    if any(  # decade": the period itself on the verb, its marker on it
        p.lower_ in lex.tally_periods and any(m.lower_ in lex.tally_markers for m in p.children) for p in periods
    ):
        return True
    spans = [  # "1,368 drivers were murdered between 2005 and 2011": a count over years
        o
        for c in verb.children
        if c.dep_ == "prep" and c.lower_ in lex.tally_markers
        for o in c.children
        if o.dep_ == "pobj" and _year(o)
    ]
    if spans:
        return True
    trends = [  # "were assaulted in 2019, up 9 percent": a year's count compared (not "30 were arrested on Monday,
        t  # up from 12 on Sunday": a day's act)
        for t in (*verb.children, *subject.children)
        if t.dep_ in ("advmod", "appos", "npadvmod") and t.lemma_.lower() in lex.tally_trends
    ]
    yearly = any(_year(p) or p.lower_ in lex.tally_periods for p in periods)
    return yearly and any(w.like_num for t in trends for w in t.subtree if w.i != t.i)


def _year(token: Token) -> bool:
    """Is the token a year written in figures ("2019")?"""
    return token.like_num and len(token.text) == 4


def _striving(verb: Token, lex: Lexicon) -> bool:
    """Does the verb govern a to-infinitive and name no opponent or party, on itself or in what it strives for ("is
    fighting to stem a crash"; not "fought with rebels to take the town", "fought the army to ...", "is fighting to
    retake Gwoza from Boko Haram", "fighting to topple Assad"), or strive for one of the lexicon's aims with no
    opponent ("battling for his career", "fighting for his life")?"""
    aims = [c for c in verb.children if c.dep_ in ("xcomp", "advcl") and to_infinitive(c) and c.i > verb.i]
    opponents = lex.opponent_prepositions
    if any(c.dep_ == "dobj" or (c.dep_ == "prep" and c.lower_ in opponents) for c in verb.children):
        return False
    sought = prep_objects(verb, ("for",))  # "is battling for his political career", "fighting for his life"
    if sought is not None and _striven_aim(verb, sought, lex):
        return True
    if not aims:
        return False
    return not any(w.ent_type_ in _PARTY_OR_PLACE or w.lower_ in opponents for a in aims for w in a.subtree)


def _land_meets(verb: Token, lex: Lexicon) -> bool:
    """Is the verb in a clause a place relative opens ("where ...") on one of the lexicon's meeting points, with only
    places for subjects ("the area where Peru, Brazil and Colombia meet"; not "the hotel where the ministers met",
    "Vienna, where Iran and the United States met for nine hours")?"""
    point = verb.head.lemma_.lower() in lex.meeting_points or (verb.head.pos_ != "NOUN" and verb.tag_ in ("VBP", "VBZ"))
    if not point or not any(c.dep_ == "advmod" and c.lower_ in lex.place_relatives for c in verb.children):
        return False  # (a point of land, or "lies where three countries meet")
    subject = next((c for c in verb.children if c.dep_ == "nsubj"), None)
    sides = [subject, *subject.conjuncts] if subject is not None else []
    return bool(sides) and all(s.ent_type_ in ("GPE", "LOC") or s.pos_ == "PROPN" for s in sides)


def _striven_aim(verb: Token, aim: Token, lex: Lexicon) -> bool:
    """Is the aim one of the lexicon's striving aims, owned or qualified ("his career", "their lives", "higher
    wages"; not "survival" bare, nor "the seat of government"), striven for by one side (no second side joined to the
    subject, no opponent anywhere under the verb: "fought for their rights with riot police")?"""
    if aim.lemma_.lower() not in lex.striving_aims or not any(c.dep_ in ("poss", "amod") for c in aim.children):
        return False
    if any(c.dep_ == "prep" and c.lower_ == "of" for c in aim.children):
        return False
    subject = next((c for c in verb.children if c.dep_ == "nsubj"), None)
    if subject is not None and any(c.dep_ == "conj" for c in subject.children):
        return False
    opponents = lex.opponent_prepositions | lex.clash_nouns
    return not any(w.lower_ in opponents or w.lemma_.lower() in opponents for w in verb.subtree if w.i > verb.i)


_PARTY_OR_PLACE = frozenset({"PERSON", "NORP", "ORG", "GPE", "LOC", "FAC"})  # entity labels naming a party or place


def _with_absolute(verb: Token, lex: Lexicon) -> Token | None:
    """The noun of a "with" phrase right before a present participle with no subject of its own ("refugees reached
    the border with the Hungarian premier sending soldiers there", "with police firing tear gas"), which the parser
    hangs on the main verb or on the noun: the participle's doer; None for any other clause, and for an instrument
    ("raided the camp with helicopters firing missiles": the main subject wields them)."""
    if verb.tag_ != "VBG" or verb.dep_ not in ("advcl", "acl") or verb.i == 0:
        return None
    noun: Token | None = None
    if verb.dep_ == "acl" and verb.head.dep_ == "pobj" and verb.head.head.lower_ in lex.accompanying_prepositions:
        noun = verb.head
    for prep in verb.head.children:
        ahead = prep.dep_ == "prep" and prep.lower_ in lex.accompanying_prepositions and prep.i < verb.i
        if ahead and prep.right_edge.i == verb.i - 1:
            noun = next((c for c in prep.children if c.dep_ == "pobj"), None)
    if noun is None or noun.lemma_.lower() in lex.instruments or noun.lemma_.lower() in lex.equipment_nouns:
        return None
    return noun


def reduced_passive(verb: Token, lex: Lexicon) -> bool:
    """Is the verb a headline's passive without its auxiliary ("Banker sentenced to five years", "Minister criticised
    over remarks"): the head of its sentence, past or participle, with a subject but no auxiliary and no object, and
    a complement only a passive has (one of the lexicon's passive prepositions: to, for, over, with, of, as; not a
    place or a time: "Russian jets attacked near Aleppo" is active), or nothing after it ("Two aid workers
    kidnapped", "Mayor gunned down"), or a place or time when the subject is a thing no one's act is told of or the
    verb a phrasal one ("Police station bombed in Quetta", "Aid convoy shelled near Homs")? Asked only of a headline
    verb whose pattern's one target is the object."""
    subject = next((c for c in verb.children if c.dep_ == "nsubj"), None)
    if (
        verb.tag_ not in ("VBN", "VBD")
        or verb.dep_ != "ROOT"
        or subject is None
        or any(c.dep_ in ("aux", "auxpass", "dobj") for c in verb.children)
    ):
        return False
    passive_particle = phrasal(verb, lex)
    if not any(
        c.i > verb.i and c.dep_ != "punct" and not (c.dep_ == "prt" and passive_particle) for c in verb.children
    ):
        return True
    thing = subject.lemma_.lower() in lex.physical_targets or passive_particle  # (a phrasal act with no object:
    # "Mayor gunned down in Tijuana"; not "Police stormed in", "Militants fought on")
    return any(
        c.dep_ == "prep" and ((c.lower_ in lex.passive_prepositions and not temporal(c)) or thing)
        for c in verb.children
    )


def phrasal(verb: Token, lex: Lexicon) -> bool:
    """Is the verb a phrasal one whose particle a headline's passive has ("gunned down", "rounded up"; not "stormed
    in", "fought on", "hit back")?"""
    return any(c.dep_ == "prt" and c.lower_ in lex.passive_particles for c in verb.children)


def appositive_participle(verb: Token, subj: Token) -> bool:
    """Is the verb a past participle with no auxiliary, set off by a comma after the noun the parser made its
    subject ("the former dictator, jailed at an army base, died there", "the cabinet, committed to reform,
    met ...")? It describes what the noun underwent or is, as a participle does; no finite verb is tagged so."""
    return (
        verb.tag_ == "VBN"
        and subj.i < verb.i - 1
        and verb.doc[verb.i - 1].text == ","
        and not any(c.dep_ in ("aux", "auxpass") for c in verb.children)
    )


def _set_off(clause: Token) -> bool:
    """Is the clause set off by a comma before it ("Jack Straw, visiting Beijing,"), as a participle describing a
    name is, not run on from a name the parser may have hung it on ("a message on Twitter blaming Iran")?"""
    return clause.i > 0 and clause.doc[clause.i - 1].text == ","


def _controller(clause: Token, lex: Lexicon) -> Token | None:
    """The party object before an infinitive the parser hangs on its verb ("forced Saudi forces to pull out",
    "urged Israel to withdraw"): who is to do the infinitive's act, not the verb's subject. Not after a verb of
    intent, whose subject does it ("promised voters to cut taxes"), nor a thing ("launched an offensive to retake
    the city")."""
    if clause.dep_ != "xcomp" or not to_infinitive(clause) or verb_lemma(clause.head) in lex.intent_verbs:
        return None
    obj = next((c for c in clause.head.children if c.dep_ == "dobj" and c.i < clause.i), None)
    if obj is None or not (party(obj) or obj.pos_ in ("PRON", "PROPN") or obj.lemma_.lower() in lex.party_nouns):
        return None
    return obj


def _bare_participle_clause(verb: Token) -> bool:
    """Is the verb a past participle with a subject but no auxiliary under a preposition ("among a dozen people
    killed in ...", "with two soldiers wounded") or joined to a passive ("three were killed and 60 injured"): a
    reduced passive the parser read as a clause?"""
    joined = verb.dep_ == "conj" and any(c.dep_ == "auxpass" for c in verb.head.children)
    return (
        verb.tag_ == "VBN"
        and (verb.dep_ in ("pcomp", "pobj") or joined)
        and not any(c.dep_ in ("aux", "auxpass") for c in verb.children)
    )


def _antecedent(noun: Token, pronoun: Token, lex: Lexicon) -> Token:
    """What a relative clause hung on a place is about: "rebels in the city of Marawi, who attacked ...", "a fire in
    a hostel in the old town of Lyon which killed six people" (the parser's antecedent is the
    place; the place's noun did it). A named place with "which" is the state itself ("refugees in Chad, which
    closed its border")."""
    if pronoun.lower_ != "who" and noun.ent_type_ in ("GPE", "LOC"):
        return noun
    for _ in range(4):
        if noun.dep_ != "pobj":
            break
        if settlement_of(noun.head, lex):  # "the city of Marawi": the city
            noun = noun.head.head
            continue
        of_place = any(settlement_of(p, lex) or _of_named_place(p) for p in noun.children)
        place = noun.ent_type_ in ("GPE", "LOC", "FAC") or noun.lemma_.lower() in lex.settlement_nouns or of_place
        held = noun.head.lower_ in lex.place_prepositions or noun.head.lower_ == "of"
        if not place or not held or noun.head.head.pos_ != "NOUN":
            break
        noun = noun.head.head  # "rebels in the city of Marawi, who attacked ...", "the mayor of Kiev, who ..."
    return noun


def _of_named_place(prep: Token) -> bool:
    """Is the preposition an "of" naming a place ("the 18th arrondissement of Paris")?"""
    return prep.lower_ == "of" and any(c.dep_ == "pobj" and c.ent_type_ in ("GPE", "LOC") for c in prep.children)


def _whose(subject: Token) -> bool:
    """Is the subject owned by a relative "whose" ("whose UK tour")?"""
    return any(c.dep_ == "poss" and c.lower_ == "whose" for c in subject.children)


def _purpose_host(clause: Token, lex: Lexicon) -> Token | None:
    """The verb governing the thing an infinitival relative clause gives the purpose of ("converged for a rally to
    protest ...", "launched an operation to arrest ..."): its subject does the act. None where the clause is no
    such purpose, its noun names a party ("rebels to fight": the rebels fight), or the verb has or is the thing ("had
    much to offer", "has the right to strike": an ability, no act)."""
    noun = clause.head
    if clause.dep_ != "relcl" or not to_infinitive(clause):
        return None
    if noun.pos_ != "NOUN" or noun.ent_type_:
        return None
    governor = noun.head.head if noun.dep_ == "pobj" else noun.head if noun.dep_ == "dobj" else None
    if governor is None or governor.pos_ not in ("VERB", "AUX") or governor.lemma_.lower() in lex.holding_verbs:
        return None
    return governor


def bare_participle(verb: Token) -> bool:
    """Is the verb a participle clause with no subject, auxiliary or conjunction of its own ("..., charged with
    murder", "..., killing four")? It shares its main clause's subject and setting."""
    return (
        verb.dep_ == "advcl" and verb.tag_ in ("VBN", "VBG") and not any(c.dep_ in _OWN_CLAUSE for c in verb.children)
    )


def quoted_party(verb: Token, lex: Lexicon) -> Token | None:
    """Whom a quoting verb puts as the doer of its "as" clause: "the paper quoted the minister as saying ...",
    "cited officials as condemning ..." (None for any other verb)."""
    prep = verb.head
    if verb.dep_ != "pcomp" or prep.lower_ != "as" or prep.head.lemma_.lower() not in lex.quoting_verbs:
        return None
    return next((c for c in prep.head.children if c.dep_ == "dobj"), None)


def told_clause(clause: Token) -> Token | None:
    """The verb of telling above a that-clause the parser hung on the verb's object instead of the verb ("told
    reporters that the plans were inadequate": "were" as a clause of "reporters"); None for any other clause."""
    head = clause.head
    if clause.dep_ not in ("acl", "relcl") or not any(c.dep_ == "mark" and c.lower_ == "that" for c in clause.children):
        return None
    return head.head if head.dep_ in ("dobj", "dative") and head.head.pos_ == "VERB" else None


def agent_of(verb: Token) -> Token | None:
    """The by-phrase's object of a passive verb ("was joined by the United States"), or a named one the parser hung
    on the object of the verb's other preposition ("was lodged with the commission by the Liberal Party")."""
    for child in verb.children:
        if child.dep_ == "agent":
            return next((c for c in child.children if c.dep_ == "pobj"), None)
    if not any(c.dep_ == "auxpass" for c in verb.children):
        return None
    return next(
        (
            o
            for p in verb.children
            if p.dep_ == "prep"
            for g in p.children
            if g.dep_ == "pobj"
            for b in g.children
            if b.dep_ == "prep" and b.lower_ == "by"
            for o in b.children
            if o.dep_ == "pobj" and _named_party(o)
        ),
        None,
    )


def _named_party(noun: Token) -> bool:
    """Is the noun a name of a party, or a noun a nationality or country describes ("the Ukrainian foreign ministry";
    not "the river")?"""
    names = ("ORG", "PERSON", "GPE", "NORP")
    return noun.ent_type_ in names or any(
        c.ent_type_ in names and c.dep_ in ("amod", "compound") for c in noun.children
    )


def _compound_target(noun: Token) -> Token | None:
    """The noun phrase the parser hung as a compound on an evaluating noun ("branded [the plan] daylight robbery"): a
    compound with its own determiner or possessive, or a plural one ("branded [the ministers] traitors")."""
    return next(
        (
            c
            for c in noun.children
            if c.dep_ == "compound"
            and (
                any(d.dep_ in ("det", "poss") for d in c.children)  # "the plan", even tagged a verb
                or (c.pos_ in ("NOUN", "PROPN") and c.tag_ in ("NNS", "NNPS"))
            )
        ),
        None,
    )


def evaluation(adj: Token, lex: Lexicon) -> tuple[Token | None, Token] | None:
    """Who judges what, where an adjective (or a noun: "a violation") evaluates a party's act: "X called Y
    unjustified", "X described Y as illegal", "X considers Y illegal", "X said Y was unacceptable", "X said Y was a
    mistake", "X called Y a cowardly act" (None: no such construction)."""
    if adj.dep_ == "amod" and adj.head.pos_ == "NOUN" and not _evaluative(adj.head, lex):
        adj = adj.head  # "called the attack a cowardly act": the noun the adjective qualifies is the evaluation
    head = adj.head
    if adj.dep_ in ("attr", "acomp") and any(c.dep_ == "neg" for c in (*adj.children, *head.children)):
        return None  # "said the raid was not a failure": a verdict denied, a defence
    if adj.dep_ in ("amod", "pobj", "pcomp") and head.dep_ == "prep" and head.lower_ == "as":
        adj, head = head, head.head  # "described the sanctions as illegal": the evaluation hangs on "as"
        if head.dep_ == "dobj" and head.head.lemma_.lower() in lex.evaluation_verbs and head.pos_ != "PRON":
            judge, passive = subject_of(head.head, lex)  # the parser may hang "as" on the object: "the move as ..."
            return None if passive else (judge, head)
    if adj.dep_ in ("appos", "dobj") and head.dep_ == "dobj" and head.head.lemma_.lower() in lex.evaluation_verbs:
        judge, passive = subject_of(head.head, lex)  # "branded the proposals an insult", the parser's apposition
        # (or an object of the object: "branded the project a waste of time")
        return None if passive or head.pos_ == "PRON" else (judge, head)
    verb = head.lemma_.lower()
    objects = [c for c in head.children if c.dep_ == "dobj"]
    if adj.dep_ == "dobj" and verb in lex.evaluation_verbs and any(c.dep_ == "auxpass" for c in head.children):
        target = next((c for c in head.children if c.dep_ == "nsubjpass"), None)  # "the plan was branded a
        judge = agent_of(head) or prep_objects(adj, ("by",))  # costly failure by senators": the by-phrase on the noun
        return (judge, target) if target is not None and target.pos_ != "PRON" else None
    if adj.dep_ == "dobj" and verb in lex.evaluation_verbs and len(objects) == 2 and objects[1].i == adj.i:
        judge, passive = subject_of(head, lex)  # "branded the expulsions a provocation": parsed as two objects
        return None if passive or objects[0].pos_ == "PRON" else (judge, objects[0])
    owner = _compound_target(adj) if adj.dep_ == "dobj" and verb in lex.evaluation_verbs and len(objects) == 1 else None
    if owner is not None:  # "branded the plan daylight robbery", "the ministers traitors": the parser's compound
        judge, passive = subject_of(head, lex)
        return None if passive else (judge, owner)
    if adj.dep_ in ("oprd", "xcomp", "acomp", "prep") and verb in lex.evaluation_verbs:
        judge, passive = subject_of(head, lex)
        target = judge if passive else next((c for c in head.children if c.dep_ == "dobj"), None)
        if target is None and not passive:  # "called the new law unconstitutional": the object hung on the adjective
            target = next(
                (c for c in adj.children if c.dep_ in ("compound", "nmod", "npadvmod") and c.pos_ == "NOUN"), None
            )
        if passive:
            judge = agent_of(head)
    elif adj.dep_ == "ccomp" and verb in lex.evaluation_verbs:  # "considers the sanctions illegal"
        judge, target = subject_of(head, lex)[0], next((c for c in adj.children if c.dep_ == "nsubj"), None)
    elif (
        adj.dep_ in ("acomp", "attr")
        and verb in lex.copulas
        and (speech := head.head if head.dep_ == "ccomp" else told_clause(head)) is not None
    ):  # "said the move was unacceptable", "told reporters that the move was unacceptable"
        if speech.lemma_.lower() not in lex.speech_verbs:
            return None
        judge, target = subject_of(speech, lex)[0], next((c for c in head.children if c.dep_ == "nsubj"), None)
    else:
        return None
    return (judge, target) if target is not None and target.pos_ != "PRON" else None


def _evaluation_word(token: Token, lex: Lexicon) -> str:
    """The form the lexicon's evaluations list a word by: a noun's lemma ("violations") where the lists have it (not
    "shamble" of "a shambles"), else the word."""
    lemma = token.lemma_.lower()
    listed = lemma in lex.negative_evaluations or lemma in lex.positive_evaluations
    return lemma if token.pos_ == "NOUN" and listed else token.lower_


def _evaluative(token: Token, lex: Lexicon) -> bool:
    """Is the word one of the lexicon's evaluations (negative or positive)?"""
    word = _evaluation_word(token, lex)
    return word in lex.negative_evaluations or word in lex.positive_evaluations


def _condemning_adverb(adjective: Token, lex: Lexicon) -> bool:
    """Does an adverb of judgement made of one of the negative evaluations qualify the adjective ("unacceptably tough",
    "irresponsibly high"; not an intensifier: "dangerously ill", "brutally honest")?"""
    stems = [
        a.lower_[:-1] + "e" for a in adjective.children if a.dep_ == "advmod" and a.lower_.endswith(("ably", "ibly"))
    ]
    return any(stem in lex.negative_evaluations for stem in stems)


def match_evaluations(sent: Span, index: TriggerIndex, lex: Lexicon) -> list[TriggerMatch]:
    """Evaluations of a party's act: a negative adjective is criticism, a positive one praise (the trigger file's
    "negative-evaluation" and "positive-evaluation" constructions, with the lexicon's words)."""
    out = []
    for token in sent:
        if token.pos_ not in ("ADJ", "VERB", "NOUN") and token.dep_ not in ("amod", "pcomp"):  # "a cowardly act",
            # "described it as cowardly": tagged an adverb
            continue
        word = _evaluation_word(token, lex)
        negative, positive = EVALUATIONS
        kind = negative if word in lex.negative_evaluations else positive if word in lex.positive_evaluations else None
        kind = kind or (negative if token.pos_ == "ADJ" and _condemning_adverb(token, lex) else None)
        found = index.constructions.get(kind) if kind else None
        judged = evaluation(token, lex) if found else None
        what = judged[1] if judged is not None else None
        denial = word in lex.falsity_words and what is not None and what.lemma_.lower() in lex.reported_nouns
        if found and judged is not None and not denial:  # "said reports that it planned attacks were baseless":
            out.append(TriggerMatch(token, found[0]))  # a denial, no criticism
    return out


def _constructions(sent: Span, index: TriggerIndex, name: str, fires: Callable[[Token], bool]) -> list[TriggerMatch]:
    """The tokens of the sentence where the trigger file's construction ``name`` fires (none if the file has it not)."""
    found = index.constructions.get(name)
    return [TriggerMatch(token, found[0]) for token in sent if fires(token)] if found else []


def defied_demands(verb: Token, lex: Lexicon) -> list[Token]:
    """The demands an act is told against: the defied nouns after one of the verb's defiance prepositions ("despite
    repeated demands from the families")."""
    return [
        o
        for c in verb.children
        if c.dep_ == "prep" and c.lower_ in lex.defiance_prepositions
        for o in c.children
        if o.dep_ == "pobj" and o.lemma_.lower() in lex.defied_nouns
    ]


def match_defiance(sent: Span, index: TriggerIndex, lex: Lexicon) -> list[TriggerMatch]:
    """Refusals put as acts denied against demands: a negated verb with a defied noun after a defiance preposition
    ("will not reopen the inquiry despite demands from the families", the trigger file's "defiance" construction)."""

    def fires(token: Token) -> bool:
        negated = token.pos_ == "VERB" and any(c.dep_ == "neg" for c in token.children)
        return negated and bool(defied_demands(token, lex))

    return _constructions(sent, index, "defiance", fires)


def match_obligations(sent: Span, index: TriggerIndex, lex: Lexicon) -> list[TriggerMatch]:
    """Demands put as reported obligations: a speech verb whose clause says another named party must act (the
    trigger file's "obligation" construction)."""

    def fires(token: Token) -> bool:
        lemma = token.lemma_.lower()
        if token.pos_ != "VERB" or not (
            lemma in lex.speech_verbs or lemma in lex.subjunctive_verbs or lemma in lex.warning_verbs
        ):
            return False  # "warned that Norway must free the fishermen" demands too
        clause = obligation_clause(token, lex)
        if clause is not None and lemma in lex.warning_verbs and clause.lemma_.lower() in lex.stative_verbs:
            return False  # "warned that investors should expect slower growth": a forecast
        subject = next((c for c in clause.children if c.dep_ in _OBLIGED), None) if clause is not None else None
        if subject is not None and subject.pos_ == "PRON":  # "told the politicians they should ...": the ones told
            subject = told_party(token) if told_pronoun(token, subject) else None
        if subject is None or not party(subject):
            return False  # "the election should decide": no party is asked to act
        speaker = next((c for c in token.children if c.dep_ == "nsubj"), None)
        # not "the head of NATO explained that NATO must ..."
        return speaker is None or not _own_side(subject, speaker, lex)

    return _constructions(sent, index, "obligation", fires)


def _own_side(subject: Token, speaker: Token, lex: Lexicon) -> bool:
    """Does the speaker's phrase name the clause's subject, word for word ("the head of NATO said NATO must ...",
    "the Tory leader said the Tory government had failed"; not "Russian officials said the US had ...", nor by a
    shared honorific: "Mr Howard said Mr Blair ...")?"""
    words = {t.lower_ for t in speaker.subtree} - lex.honorifics
    named = [t.lower_ for t in subject.subtree if t.pos_ in ("PROPN", "ADJ") or t.ent_type_]
    return subject.lower_ in words or any(w in words for w in named)


def _reported_clauses(token: Token) -> list[Token]:
    """What a speech verb reports: its complement ("said Labour had failed") or the clause it comments on ("Labour has
    misled voters, Kennedy said")."""
    return [c for c in token.children if c.dep_ == "ccomp"] + ([token.head] if token.dep_ == "parataxis" else [])


def _named_or_public(subject: Token | None, lex: Lexicon) -> bool:
    """Is the subject a named party or one of the lexicon's public bodies ("the government")?"""
    return subject is not None and (party(subject) or subject.lemma_.lower() in lex.wrongdoers)


def wrongdoing_clause(token: Token, lex: Lexicon) -> Token | None:
    """The clause in which a speech verb reports another party's wrongdoing (the lexicon's wrongdoing verbs): its
    complement ("said Labour had failed the country") or the clause it comments on ("Labour has misled voters,
    Kennedy said"); never a denied one ("had not misled"); or that the party cannot be trusted (the untrusted verbs,
    negated: "said Mr Blair could not be trusted on tax"); a finding verb counts too ("an audit found that ..."), and
    an alleging verb reports any act as a wrong ("Chile alleged that Peruvian troops had attacked a border post")."""
    if token.lemma_.lower() not in lex.speech_verbs and token.lemma_.lower() not in lex.finding_verbs:
        return None
    for clause in _reported_clauses(token):
        if clause.pos_ != "VERB":
            continue
        if (
            clause.lemma_.lower() in lex.untrusted_verbs
            and any(c.dep_ == "neg" for c in clause.children)
            and any(c.dep_ == "aux" and c.tag_ == "MD" for c in clause.children)  # "could not be trusted"
            and not any(c.dep_ == "xcomp" for c in clause.children)  # not "was not believed to have enriched"
        ):
            if _named_or_public(next((c for c in clause.children if c.dep_ == "nsubjpass"), None), lex):
                return clause
            continue
        alleged = token.lemma_.lower() in lex.alleging_verbs and clause.lemma_.lower() not in lex.stative_verbs
        if clause.lemma_.lower() not in lex.wrongdoing_verbs and not alleged:  # "alleged that Peruvian troops had
            continue  # attacked a border post": whatever is alleged is a wrong
        if any(c.dep_ == "neg" or (c.dep_ == "aux" and c.tag_ == "MD") for c in clause.children):
            continue  # "had not misled", "could cheat": no wrong told as done
        if clause.lemma_.lower() in lex.wronged_only and not any(c.dep_ == "dobj" for c in clause.children):
            continue  # "failed the country", not "the launch had failed", "failed to take the city"
        if _named_or_public(next((c for c in clause.children if c.dep_ == "nsubj"), None), lex):
            return clause
    return None


def plotting_clause(token: Token, lex: Lexicon) -> Token | None:
    """The clause in which a speech verb says another party plans or plots an act ("said Iran was planning attacks",
    "say that Pavao hatched a plot to assassinate the president"): a plotting verb, or a plot noun as the object,
    with a named or public subject; whether the act is hostile the construction's match decides."""
    if token.lemma_.lower() not in lex.speech_verbs:
        return None
    for clause in _reported_clauses(token):
        if clause.pos_ != "VERB" or any(c.dep_ == "neg" for c in clause.children):
            continue
        plotted = clause.lemma_.lower() in lex.plotting_verbs or any(
            c.dep_ == "dobj" and c.lemma_.lower() in lex.plot_nouns for c in clause.children
        )
        if plotted and _named_or_public(next((c for c in clause.children if c.dep_ == "nsubj"), None), lex):
            return clause
    return None


def _plotted_acts(clause: Token, index: TriggerIndex, lex: Lexicon) -> list[Token]:
    """The violent acts a plotting clause says were planned: an attack noun planned ("planning attacks"), or a
    to-clause of an attack pattern after the verb or the plot noun ("planning to kill", "a plot to assassinate")."""
    found = []
    for c in clause.children:
        if c.dep_ == "dobj" and c.lemma_.lower() in lex.attack_nouns:
            found.append(c)
        if c.dep_ == "xcomp":  # "planning to kill"
            hosts = [c]
        elif c.dep_ == "dobj":  # "hatched a plot to assassinate"
            hosts = [g for g in c.children if g.dep_ in ("acl", "relcl")]
        else:
            hosts = []
        for act in hosts:
            m = match_verb(act, index, lex) if act.pos_ == "VERB" else None
            if m is not None and m.pattern.event in lex.attacker_types:  # not "preparing to arrest the protesters"
                found.append(act)
    return found


def consequence_clause(token: Token, lex: Lexicon) -> Token | None:
    """The clause in which a speech verb says another party will face consequences (the lexicon's consequence verbs
    and nouns, with a future auxiliary): its complement ("warned that Russia would face severe consequences") or the
    clause it comments on ("Russia will face consequences if it invades, Biden warned")."""
    if token.lemma_.lower() not in lex.speech_verbs | lex.warning_verbs:
        return None
    for clause in _reported_clauses(token):
        if clause.pos_ != "VERB" or clause.lemma_.lower() not in lex.consequence_verbs:
            continue
        if not any(c.dep_ == "aux" and c.lower_ in lex.consequence_auxiliaries for c in clause.children):
            continue  # "Russia faced sanctions last year": told, not threatened
        if any(c.dep_ == "neg" for c in clause.children):
            continue
        obj = next((c for c in clause.children if c.dep_ == "dobj"), None)
        subject = next((c for c in clause.children if c.dep_ == "nsubj"), None)
        if obj is not None and obj.lemma_.lower() in lex.consequence_nouns and _named_or_public(subject, lex):
            return clause
    return None


def _told_of_another(
    sent: Span, index: TriggerIndex, lex: Lexicon, name: str, clause_of: Callable[[Token, Lexicon], Token | None]
) -> list[TriggerMatch]:
    """The speech verbs where construction ``name`` fires: a named speaker telling of another party's clause (found by
    ``clause_of``), never the speaker's own side ("NATO's chief said NATO had failed")."""

    def fires(token: Token) -> bool:
        clause = clause_of(token, lex) if token.pos_ == "VERB" else None
        speaker = next((c for c in token.children if c.dep_ == "nsubj"), None)
        if clause is None or speaker is None or speaker.pos_ == "PRON":
            return False
        return not _own_side(next(c for c in clause.children if c.dep_ in ("nsubj", "nsubjpass")), speaker, lex)

    return _constructions(sent, index, name, fires)


def match_wrongdoings(sent: Span, index: TriggerIndex, lex: Lexicon) -> list[TriggerMatch]:
    """Criticism put as reported wrongdoing: a speech verb whose clause says another party did wrong (the trigger
    file's "wrongdoing" construction); an alleged act only if a hostile pattern reads it (one of the alleged types:
    not "alleged that Peru had agreed to the border line")."""

    def wrong(token: Token, lex: Lexicon) -> Token | None:
        clause = wrongdoing_clause(token, lex)
        if (
            clause is None
            or clause.lemma_.lower() in lex.wrongdoing_verbs
            or clause.lemma_.lower() in lex.untrusted_verbs
        ):
            return clause
        m = match_verb(clause, index, lex)
        return clause if m is not None and m.pattern.event in lex.alleged_types else None

    return _told_of_another(sent, index, lex, "wrongdoing", wrong)


def match_plots(sent: Span, index: TriggerIndex, lex: Lexicon) -> tuple[list[TriggerMatch], set[int]]:
    """Accusations put as plots told: a speech verb whose clause says another party plans a violent act (the trigger
    file's "plotting" construction), and the token indices of those acts, which are then no triggers of their own."""
    acts: dict[int, list[Token]] = {}

    def plotting(token: Token, lex: Lexicon) -> Token | None:
        clause = plotting_clause(token, lex)
        found = _plotted_acts(clause, index, lex) if clause is not None else []
        acts[token.i] = found
        return clause if found else None

    matches = _told_of_another(sent, index, lex, "plotting", plotting)
    return matches, {t.i for m in matches for a in acts.get(m.token.i, []) for t in a.subtree}


def match_consequences(sent: Span, index: TriggerIndex, lex: Lexicon) -> list[TriggerMatch]:
    """Threats put as consequences told: a speech verb whose clause says another party will face consequences (the
    trigger file's "consequences" construction)."""
    return _told_of_another(sent, index, lex, "consequences", consequence_clause)


def match_warned_acts(sent: Span, index: TriggerIndex, lex: Lexicon) -> list[TriggerMatch]:
    """Threats put as warnings: a verb of warning whose that-clause is a hostile act of the kind that, promised, is a
    threat ("warned that it would strike the United States"), the speaker's own act on a condition ("warned that
    it would take countermeasures if ..."), or an answer to any hostile act ("warned it would crush any attack"; the
    trigger file's "warned-act" construction)."""

    def threat(clause: Token) -> bool:
        act = match_verb(clause, index, lex)
        promised = act is not None and act.pattern.event in lex.threat_when_promised
        return promised or _own_condition(clause, lex) or _any_hostility(clause, lex)

    def fires(token: Token) -> bool:
        if token.pos_ != "VERB" or token.lemma_.lower() not in lex.warning_verbs:
            return False
        return any(c.dep_ == "ccomp" and c.pos_ == "VERB" and threat(c) for c in token.children)

    return _constructions(sent, index, "warned-act", fires)


def _any_hostility(clause: Token, lex: Lexicon) -> bool:
    """Does the clause promise an answer to any hostile act ("that it would crush any attack on its soil", "it
    would respond with force to any incursion"): will or would and, as the verb's object or the object of
    its preposition, a hostile noun under "any"?"""
    future = any(c.dep_ == "aux" and c.lower_ in lex.consequence_auxiliaries for c in clause.children)
    objects = [c for c in clause.children if c.dep_ == "dobj"]
    objects += [o for p in clause.children if p.dep_ == "prep" for o in p.children if o.dep_ == "pobj"]
    return future and any(
        o.lemma_.lower() in lex.hostile_nouns and any(d.dep_ == "det" and d.lower_ == "any" for d in o.children)
        for o in objects
    )


def _own_condition(clause: Token, lex: Lexicon) -> bool:
    """Does the clause promise the speaker's own act on a condition ("that it would take countermeasures if the
    United States sold arms to Taiwan"): a pronoun subject and an if- or unless-clause?"""
    subject = next((c for c in clause.children if c.dep_ == "nsubj"), None)
    marks = lex.condition_marks | lex.ultimatum_marks
    conditioned = any(
        c.dep_ == "advcl" and any(m.dep_ == "mark" and m.lower_ in marks for m in c.children) for c in clause.children
    )
    return subject is not None and subject.pos_ == "PRON" and conditioned


def _by_means(match: TriggerMatch, triggers: set[int], lex: Lexicon) -> bool:
    """Is an answer told by the act it was done by ("avenged the killing by attacking Sunni villages", "retaliated by
    shelling the town"): that act, with its own target, is the event (not "attacked the base by detonating a bomb")?"""
    return match.token.lemma_.lower() in lex.answering_words and any(
        c.dep_ == "prep" and c.lower_ == "by" and any(g.dep_ == "pcomp" and g.i in triggers for g in c.children)
        for c in match.token.children
    )


def _aimed_at_ills(match: TriggerMatch, lex: Lexicon) -> bool:
    """Is the attack (the trigger's noun, or the object a verb launches) aimed at a social ill ("launched a direct
    assault on poverty", "a war on inflation"): a campaign, not violence?"""
    if match.pattern.event not in lex.attacker_types:
        return False
    noun = match.obj if match.obj is not None else match.token
    aims = [o for c in noun.children if c.dep_ == "prep" and c.lower_ in ("on", "against") for o in c.children]
    return bool(aims) and all(o.dep_ == "pobj" and o.lemma_.lower() in lex.social_ills for o in aims)


def _volley_of_words(match: TriggerMatch, lex: Lexicon) -> bool:
    """Is the attack made with words ("bombarded the spokesman with questions", "pelted the office with letters"): a
    volley verb with a volley noun after "with" and no weapon, not violence?"""
    if match.pattern.event not in lex.attacker_types or match.token.lemma_.lower() not in lex.volley_verbs:
        return False
    means = [o for c in match.token.children if c.dep_ == "prep" and c.lower_ == "with" for o in c.children]
    means += [c for o in means for c in o.conjuncts]
    made = [g for o in means for c in o.children if c.dep_ == "prep" and c.lower_ == "of" for g in c.children]
    means += made + [c for o in made for c in o.conjuncts]  # "with a barrage of requests": what the barrage is
    # made of ("of insults and stones": a weapon among them)
    armed = any(o.lemma_.lower() in lex.weapon_words for o in means)  # "pelted with stones and insults"
    return not armed and any(o.dep_ in ("pobj", "conj") and o.lower_ in lex.volley_nouns for o in means)


def _jailbreak(match: TriggerMatch, lex: Lexicon) -> bool:
    """Is the release done by those who storm, raid or attack the place in the same breath ("gunmen stormed the jail
    and freed 300 inmates", "troops raided the camp, freeing 20 hostages"): a jailbreak or a rescue, no release by
    the captor?"""
    if match.pattern.id not in lex.freeing_patterns:
        return False
    verb = match.token
    stormed = verb.head  # the storming told first ("freed 300 inmates and attacked a post" is a release)
    if verb.dep_ not in ("conj", "advcl") or stormed.pos_ != "VERB" or stormed.lemma_.lower() not in lex.storming_verbs:
        return False
    if any(c.dep_ in ("advmod", "npadvmod") or c.ent_type_ in ("DATE", "TIME") for c in verb.children):
        return False  # "attacked the camp and later released the soldiers": a release of its own time
    places = [c for c in stormed.children if c.dep_ == "dobj"]
    places += [o for c in stormed.children if c.dep_ == "prep" for o in c.children if o.dep_ == "pobj"]  # "into"
    return any(o.lemma_.lower() in lex.detention_places for o in places)  # a prison, not "broke its silence"


def _war_toll(match: TriggerMatch, lex: Lexicon) -> bool:
    """Is the capture told beside killing or wounding ("2,000 troops were killed, wounded or captured"): a toll of
    the fighting, no arrest?"""
    verb = match.token
    if match.pattern.id not in lex.capture_patterns or not subject_of(verb, lex)[1]:
        return False  # "troops killed 30 rebels and captured 12": the troops took them
    told = [verb.head] if verb.dep_ == "conj" else []
    told += [c for c in (*verb.children, *verb.head.children) if c.dep_ == "conj"]
    if any(c.dep_ == "agent" for t in (verb, *told) for c in t.children):
        return False  # "killed and 12 captured by Afghan troops": those troops took them
    return any(
        t.pos_ == "VERB" and t.lemma_.lower() in lex.casualty_verbs and subject_of(t, lex)[1]
        for t in told
        if t is not verb
    )  # all suffered, none done by a named side (not "the army killed three, and another was captured")


def _standing_ban(match: TriggerMatch, lex: Lexicon) -> bool:
    """Is the ban a standing rule, told in the present passive with no one imposing it ("hunting is prohibited in the
    park", "the sect is banned in Russia") or in the present with a rule as its subject ("EU rules prohibit state
    aid"): a state of affairs, not an act (not "has been banned", "was banned", "is banned by the court")?"""
    verb = match.token
    if verb.lemma_.lower() not in lex.standing_ban_verbs:
        return False
    if verb.tag_ in ("VBZ", "VBP"):  # "EU rules prohibit state aid": a rule, not anyone, bans
        return any(  # (not "the new law bans ...": news)
            c.dep_ == "nsubj" and c.lemma_.lower() in lex.rule_nouns and not any(a.lower_ == "new" for a in c.children)
            for c in verb.children
        )
    present = verb.tag_ == "VBN" and any(c.dep_ == "auxpass" and c.tag_ in ("VBZ", "VBP") for c in verb.children)
    return present and not any(c.dep_ in ("aux", "agent") for c in verb.children) and not _news_of_ban(verb, lex)


def _news_of_ban(verb: Token, lex: Lexicon) -> bool:
    """Does the verb tell the ban as news: reported by a speech verb ("... are banned, the ministry said"), dated on
    the verb itself ("from Sunday", "now", "until further notice") or following a new measure ("under the new decree",
    "after a court ruling"; not "under Islamic law", a standing rule)?"""
    if verb.head.lemma_.lower() in lex.speech_verbs or any(
        c.dep_ in ("parataxis", "ccomp") and c.lemma_.lower() in lex.speech_verbs for c in verb.children
    ):
        return True
    for c in verb.children:
        objects = [o for o in c.children if o.dep_ == "pobj"]
        if c.dep_ == "advmod" and c.lower_ in lex.ban_news_words:
            return True  # "are now banned"
        if (
            c.dep_ == "prep"
            and c.lower_ in lex.ban_dating_prepositions
            and any(o.ent_type_ in ("DATE", "TIME") or o.lemma_.lower() in lex.ban_measure_words for o in objects)
        ):
            return True  # "from Sunday", "until further notice"
        if (
            c.dep_ == "prep"
            and c.lower_ in lex.ban_cause_prepositions
            and any(
                o.lemma_.lower() in lex.ban_measure_words
                or any(a.lower_ in lex.ban_measure_words or a.ent_type_ in ("DATE", "TIME") for a in o.children)
                for o in objects
            )
        ):
            return True  # "under the new decree", "after a court ruling" (not "under Islamic law")
    return False


def _wished_act(match: TriggerMatch, triggers: set[int], lex: Lexicon) -> bool:
    """A pattern on a wish for another party's act ("wants Beijing to release the journalists": clause "subject-to"
    only) stands only where that act is one a pattern reads, or a deed a state, body or government is to do to
    something ("wants the government to withdraw the tax law": a verb with an object, not one of the stative
    verbs); not "wants Hong Kong to remain stable", "wants the world to know the truth"."""
    if match.pattern.clause != frozenset({"subject-to"}):
        return True

    def deed(clause: Token) -> bool:  # a deed asked of a state, a body or a government ("wants Moscow to return
        # Crimea", "wants the government to withdraw the law"; not "wants investors to buy the bonds")
        subj = next((c for c in clause.children if c.dep_ == "nsubj"), None)
        party = subj is not None and (subj.ent_type_ in ("GPE", "ORG") or subj.lemma_.lower() in lex.government_words)
        done = any(o.dep_ == "dobj" for o in clause.children) and clause.lemma_.lower() not in lex.stative_verbs
        return party and done

    return any(c.dep_ == "ccomp" and (c.i in triggers or deed(c)) for c in match.token.children)


def _refusal_of_a_trigger(match: TriggerMatch, triggers: set[int], lex: Lexicon) -> bool:
    """ "refused to meet the envoys", "refused to withdraw its troops": the refused act is the trigger, read as refused
    (a rejection of that act, with its own recipient), not the verb of refusal."""
    return match.token.lemma_.lower() in lex.refusing_heads and any(
        c.dep_ == "xcomp" and c.i in triggers for c in match.token.children
    )


def match_triggers(sent: Span, index: TriggerIndex, lex: Lexicon, *, headline: bool = False) -> list[TriggerMatch]:
    """Every trigger in the sentence: verbs first (light-verb objects are consumed), then nouns."""
    matches: list[TriggerMatch] = []
    consumed: set[int] = set()
    for token in sent:
        if token.pos_ == "ADJ" and index.adjectives:
            m = _match_adjective(token, index)
            if m is not None:
                matches.append(m)
                continue
        if token.pos_ == "VERB" and token.dep_ in ("amod", "compound"):
            continue  # a participle used as an adjective ("retreating troops") is no action
        if token.pos_ == "VERB" and _draws_reaction(token, lex):
            continue  # "the proposals met with disapproval from rights groups": the reaction is the event
        if gerund_noun(token) and index.nouns.get(token.lower_):
            continue  # read as the noun below ("Fighting between A and B erupted")
        copula = token.pos_ == "AUX" and token.lemma_ == "be" and token.dep_ not in ("aux", "auxpass")  # "are on
        # strike", "is on alert": a main "be" the tagger calls an auxiliary
        if token.pos_ == "VERB" or copula or (headline and token.pos_ in ("PROPN", "NOUN") and token.dep_ == "ROOT"):
            m = match_verb(token, index, lex)
            if m is not None and m.pattern.id in lex.stay_patterns:
                if _in_place(token) and not _for_talks_with(token, index):
                    # "was in Mexico City"; not "is in talks with", "in a dispute with", nor "was in Geneva for
                    # talks with Lavrov" (the talks say it)
                    matches.append(m)
            elif m is not None:
                matches.append(m)
                if m.obj is not None:
                    consumed.add(m.obj.i)
    for token in sent:
        if token.pos_ in ("NOUN", "PROPN") or gerund_noun(token):
            m = _match_noun(token, index, consumed, headline, lex)
            if m is not None:
                matches.append(m)
    misread = (_aimed_at_ills, _volley_of_words, _jailbreak, _war_toll)
    matches = [m for m in matches if not any(f(m, lex) for f in misread)]
    if not headline:  # a headline tells a new ban in the present: "Sect banned in Russia"
        matches = [m for m in matches if not _standing_ban(m, lex)]
    defied = match_defiance(sent, index, lex)  # "will not reopen the inquiry despite demands": the refusal is the
    refusing = {d.token.i for d in defied}  # event, not the act refused
    matches = [m for m in matches if m.token.i not in refusing] + defied
    matches += match_obligations(sent, index, lex)
    matches += match_evaluations(sent, index, lex)
    taken = {m.token.i for m in matches}
    matches += [m for m in match_warned_acts(sent, index, lex) if m.token.i not in taken]
    matches = [m for m in matches if not _refusal_of_a_trigger(m, taken, lex) and _wished_act(m, taken, lex)]
    matches = [m for m in matches if not _by_means(m, taken, lex)]
    triggers = {m.token.i for m in matches} | consumed
    kept = [m for m in matches if not subsumed(m, triggers, lex)]
    # a speech verb reporting wrongdoing or consequences takes nothing of what it reports ("said X had failed to ...")
    told = match_wrongdoings(sent, index, lex) + match_consequences(sent, index, lex)
    plots, plotted = match_plots(sent, index, lex)  # "said Pavao was planning to kill the president": an accusation
    kept = [m for m in kept if m.token.i not in plotted]  # of a plot, not a threat by Pavao
    return kept + [m for m in told + plots if not subsumed(m, triggers, lex)]
