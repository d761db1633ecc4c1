"""Argument roles from the parse: actor and recipient phrases of a trigger, split at coordination."""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass, replace

from spacy.tokens import Doc, Span, Token

from eventwire.dictionaries.lexicon import Lexicon
from eventwire.dictionaries.triggers import EVALUATIONS
from eventwire.extract.modality import children_lemmas
from eventwire.extract.triggers import (
    TriggerMatch,
    agent_of,
    carries_on,
    consequence_clause,
    defied_demands,
    direct_object,
    evaluation,
    for_clause,
    hyphened_pair,
    infinitive_clause,
    infinitive_complement,
    misread_object,
    nominal_host,
    obligation_clause,
    occasion_verb,
    party,
    plotting_clause,
    predicate_between,
    prep_objects,
    quoted_party,
    reaction,
    settlement_of,
    stranded,
    subject_of,
    to_infinitive,
    told_clause,
    told_party,
    told_pronoun,
    visited_place,
    wrongdoing_clause,
)
from eventwire.nlp.entities import entity_starting_at
from eventwire.records import OPENING_SUBJECT, Phrase, Word

# children whose subtrees never belong to an actor phrase
_CUT_DEPS = frozenset({"relcl", "acl", "advcl", "conj", "cc", "punct", "prep", "ccomp", "xcomp", "preconj"})


@dataclass(frozen=True, slots=True)
class Roles:
    """Actor and recipient phrases of one trigger (each a list of conjuncts)."""

    actors: tuple[Phrase, ...]
    recipients: tuple[Phrase, ...]
    speaker: tuple[Phrase, ...] = ()
    passive: bool = False


def _keep(child: Token) -> bool:
    if child.dep_ == "prep":  # "the head of NATO" is one phrase; "Wei in Tehran" is not; nor is what an object is
        charged = child.head.dep_ == "dobj" and any(c.dep_ == "pcomp" for c in child.children)  # accused of ("the
        return child.lemma_.lower() == "of" and not charged  # premier of hiding the costs"; not "the idea of ...")
    if child.tag_ == "RB" and any(c.dep_ == "prep" and c.lower_ == "of" for c in child.children):
        return False  # "a radar post 40 km north of Cyprus": where it lies, not whose it is
    if child.tag_ == "DT" and child.i > child.head.i:  # a floating quantifier: "Russia and China both/each vetoed"
        return False
    if child.dep_ == "amod" and child.i > child.head.i and child.head.dep_ == "dobj" and child.tag_ in ("JJ", "VBN"):
        return False  # an adjective after the object says what it was left or is: "left two guards dead", "men loyal"
    return child.dep_ not in _CUT_DEPS


def _collect(token: Token, out: list[Token]) -> None:
    out.append(token)
    for child in token.children:
        if (
            _keep(child)
            and not _run_on_place(token, child)
            and not _after_conjunct(token, child)
            and not (child.i > token.i and _listed_place(token, child))
        ):
            _collect(child, out)


def _after_conjunct(token: Token, child: Token) -> bool:
    """An apposition the parser hung on the first of coordinated names after the last one ("the United States and
    Israel, a Saudi-owned weekly reports"): no part of the first name's phrase."""
    if child.dep_ != "appos" or (child.left_edge.i > 0 and child.doc[child.left_edge.i - 1].text == "("):  # "(FAO)"
        return False
    return any(c.dep_ == "conj" and c.i < child.i for c in token.children)


def _run_on_place(token: Token, child: Token) -> bool:
    """A country the parser hung on a person as an apposition with no comma between: the subject of the clause that
    follows ("assured the Crown Prince the United States would stay the course")."""
    if child.dep_ != "appos" or child.ent_type_ != "GPE" or token.ent_type_ == "GPE" or child.i < token.i:
        return False
    return not any(t.is_punct for t in token.doc[token.i + 1 : child.left_edge.i])


def _drop_parentheses(tokens: list[Token]) -> list[Token]:
    kept: list[Token] = []
    depth = 0
    for t in tokens:
        if t.text == "(":
            depth += 1
        elif t.text == ")":
            depth = max(0, depth - 1)
        elif depth == 0 and not t.is_space:
            kept.append(t)
    return kept


def phrase(head: Token) -> Phrase:
    """The phrase headed by ``head``: its subtree without clauses, non-"of" prepositions, conjuncts,
    parentheses and punctuation. A pronoun that a parenthesis names is the name ("They (the Kuwaitis) have asked
    ...", "He (Putin) ordered ...", as quotes are edited)."""
    if head.pos_ == "PRON" and head.doc[head.i + 1 : head.i + 2].text == "(":
        named = next((c for c in head.children if c.dep_ == "appos" and c.i > head.i), None)
        if named is not None:
            return phrase(named)
    tokens: list[Token] = []
    _collect(head, tokens)
    return _phrase_of(_drop_parentheses(sorted(tokens, key=lambda t: t.i)) or [head], head)


def _dep(token: Token) -> str:
    """The token's relation, a pronoun subject of a copula marked as the empty subject it mostly is ("It is wrong to
    ...", "it was unclear whether ..."), and one after only an opening adverb marked with that adverb ("Later, it
    warned Moscow": as a sentence's first word; not "In response, it")."""
    if token.lower_ != "it" or token.dep_ != "nsubj":
        return token.dep_
    if token.head.pos_ == "AUX":
        return "expl"
    opening = token.doc[token.sent.start : token.i]  # (the sentence only for a subject "it")
    if len(opening) == 2 and opening[1].text == "," and opening[0].pos_ == "ADV":
        return f"{OPENING_SUBJECT}:{opening[0].lower_}"
    return token.dep_


def _phrase_of(tokens: list[Token], head: Token) -> Phrase:
    """The phrase of these tokens (in text order), headed by ``head``."""
    words = tuple(Word(t.text, t.lemma_, t.pos_, t.ent_type_, t.idx, _dep(t)) for t in tokens)
    start, end = tokens[0].idx, tokens[-1].idx + len(tokens[-1].text)
    head_index = next((i for i, t in enumerate(tokens) if t.i == head.i), 0)
    text = head.doc[tokens[0].i : tokens[-1].i + 1].text  # not doc.text, which joins the whole document anew
    return Phrase(words, text, start, end, head_index)


def placed_agents(
    phrases: tuple[Phrase, ...], doc: Doc, lex: Lexicon, country: Callable[[str], bool]
) -> tuple[Phrase, ...]:
    """The phrases, a state's agent noun with the place it is in where that names a country (``country``: a name,
    adjective or capital the dictionaries know), which says whose it is ("handed him to authorities in Guatemala"),
    a representing noun with whom it speaks for ("a spokesman for Hezbollah") and a member noun with the body its
    people come from ("soldiers from the Turkish army"); other phrases stop before their prepositions ("Wei in
    Tehran")."""
    out = []
    for p in phrases:
        p = _owner_before(p, doc, lex)
        head = p.words[p.head] if p.words else None
        speaking = any(w.lemma.lower() in lex.representing_nouns for w in p.words)  # "X, a spokesman for Y"
        member = head is not None and head.lemma.lower() in lex.member_nouns  # "soldiers from the Turkish army"
        if head is None or (head.lemma.lower() not in lex.placed_agents and not speaking and not member):  # most
            out.append(p)  # phrases: no look-up in the parse
            continue
        span = doc.char_span(head.start, head.start + len(head.text))
        noun = span[0] if span is not None and len(span) == 1 else None
        place = (_agent_place(noun, lex, country) or _principal(noun, lex) or _body(noun)) if noun is not None else None
        if noun is not None and place is not None:
            starts = {w.start for w in p.words}
            tokens = [t for t in noun.subtree if t.idx in starts] + _place_words(place)
            p = replace(_phrase_of(sorted(tokens, key=lambda t: t.i), noun), speaker=p.speaker)
        out.append(p)
    return tuple(out)


def _owner_before(p: Phrase, doc: Doc, lex: Lexicon) -> Phrase:
    """The phrase with its owner when a collective possessive opens it right after a name and a comma ("would be
    unacceptable to Georgia, its foreign minister told ...": Georgia's minister), else the phrase."""
    first = p.words[0] if p.words else None
    if first is None or first.dep != "poss" or first.text.lower() not in lex.collective_possessives:
        return p
    pronoun = doc.char_span(first.start, first.end)
    head = doc.char_span(p.words[p.head].start, p.words[p.head].end)
    if pronoun is None or head is None or pronoun.start < 2 or doc[pronoun.start - 1].text != ",":
        return p
    owner = doc[pronoun.start - 2]
    if owner.pos_ != "PROPN" or owner.ent_type_ not in ("GPE", "ORG", "NORP"):
        return p
    start = owner.i
    while start > 0 and doc[start].ent_iob_ == "I":  # the whole name ("the United States")
        start -= 1
    starts = {w.start for w in p.words}
    tokens = [*doc[start : owner.i + 1], *(t for t in doc[pronoun.start : head.end] if t.idx in starts)]
    return replace(_phrase_of(tokens, head[0]), speaker=p.speaker)


def _body(noun: Token) -> Token | None:
    """The "from" phrase naming the body or nation a member noun's people belong to ("two ministers from the HDP",
    "soldiers from the Turkish army"; the caller checks the noun)."""
    for prep in noun.children:
        if prep.dep_ != "prep" or prep.lower_ != "from":
            continue
        if any(t.ent_type_ in ("NORP", "GPE", "ORG") for c in prep.children if c.dep_ == "pobj" for t in c.subtree):
            return prep
    return None


def _office_held(prep: Token) -> bool:
    """Is the preposition an "as" naming an office the doer held ("resigned as governor of Puerto Rico"), not a target:
    an "as" whose object carries an apposition names what is judged ("denounced as an ugly crime Serbia's
    suppression")?"""
    if prep.dep_ != "prep" or prep.lower_ != "as":
        return False
    return not any(g.dep_ == "appos" for o in prep.children for g in o.children)


def with_office(name: Token, p: Phrase) -> Phrase:
    """A person's phrase with the office the verb says they held or took ("Hakubun Shimomura resigns as Japan's
    education minister", "was sworn in as Peru's president"), which says whose official they are; else the phrase.
    Not where the verb has an object, which the "as" then describes ("denounced the deal as an Iranian victory"), nor
    an "as" with an indefinite article, which says what, not which office ("met Macron as a guest")."""
    verb = name.head if name.dep_ in ("nsubj", "nsubjpass") else None
    if verb is None or any(c.dep_ in ("dobj", "dative") for c in verb.children):
        return p
    office = next((c for c in verb.children if c.i > name.i and _office_held(c) and _definite(c)), None)
    if office is None:
        return p
    starts = {w.start for w in p.words}
    tokens = [t for t in name.subtree if t.idx in starts] + _place_words(office)
    return replace(_phrase_of(sorted(tokens, key=lambda t: t.i), name), speaker=p.speaker)


def _definite(prep: Token) -> bool:
    """Does the preposition have an object with no indefinite article ("as Japan's minister", "as president"; not
    "as a guest")?"""
    objects = [c for c in prep.children if c.dep_ == "pobj"]
    return bool(objects) and not any(d.dep_ == "det" and d.lower_ in ("a", "an") for o in objects for d in o.children)


def _principal(noun: Token, lex: Lexicon) -> Token | None:
    """The "for" phrase naming whom a representing noun, or a name's apposition that is one, speaks for ("a
    spokesman for Hezbollah", "Ahmed al-Assadi, a spokesman for the PMF")."""
    for rep in (noun, *(c for c in noun.children if c.dep_ == "appos")):
        if rep.lemma_.lower() in lex.representing_nouns:
            return next((c for c in rep.children if c.dep_ == "prep" and c.lower_ == "for" and list(c.children)), None)
    return None


def _place_words(prep: Token) -> list[Token]:
    """The words of a place phrase, without the clauses, appositions and punctuation hung on it ("in Guatemala, who
    charged him")."""
    out, stack = [], [prep]
    while stack:
        t = stack.pop()
        out.append(t)
        stack.extend(c for c in t.children if c.dep_ not in ("relcl", "acl", "appos", "punct", "advcl"))
    return out


def _agent_place(noun: Token, lex: Lexicon, country: Callable[[str], bool]) -> Token | None:
    """The "in" phrase naming a country on a state's agent noun of no owner nor nationality of its own."""
    if noun.lemma_.lower() not in lex.placed_agents:
        return None
    if any(c.dep_ in ("poss", "amod", "compound") and (c.ent_type_ or c.pos_ == "PRON") for c in noun.children):
        return None  # "its officials in Syria", "Russian officials in Damascus": theirs wherever they are
    for prep in noun.children:
        if prep.dep_ != "prep" or prep.lower_ != "in":
            continue
        inside = noun.doc[prep.i : prep.right_edge.i + 1].ents
        if any(e.label_ in ("GPE", "NORP") and country(e.text) for e in inside):
            return prep
    return None


def conjuncts(head: Token) -> list[Token]:
    """The head and every token coordinated with it or with a word inside its phrase ("A, B and C";
    "Chief of Staff X and Minister Y", where the parser hangs Y on X)."""
    out = [head, *_listed_subjects(head)]
    stack = list(out)
    while stack:
        token = stack.pop()
        for child in token.children:
            if (child.dep_ == "conj" and not stranded(child)) or _listed_place(token, child):
                out.append(child)
                stack.append(child)
            elif _keep(child):
                stack.append(child)
    return sorted(out, key=lambda t: t.i)


def _listed_subjects(head: Token) -> list[Token]:
    """ "Kenya, Ethiopia sign ...", "Japan, U.S. agree ...": places listed with a comma before a headline's verb, which
    the parser hangs on the verb as a second subject or a modifier."""
    verb = head.head
    if head.dep_ != "nsubj" or head.ent_type_ != "GPE" or verb.pos_ != "VERB":
        return []
    return [
        t
        for t in verb.children
        if t.i != head.i and t.i < verb.i and t.dep_ in ("nsubj", "npadvmod") and t.ent_type_ == "GPE"
        and any(p.text == "," for p in t.doc[min(t.i, head.i) : max(t.i, head.i)])
    ]  # fmt: skip


def _listed_place(token: Token, child: Token) -> bool:
    """ "Dominican Republic, Mexico sign security agreement": a headline lists its subjects with a comma, which the
    parser reads as an apposition, as it reads a list's second place ("by the U.K., the Netherlands and Japan");
    "Paris, France, hosted ..." (a city and its country) ends with a comma."""
    if child.dep_ != "appos" or token.ent_type_ != "GPE" or child.ent_type_ != "GPE":
        return False
    if child.i > token.i and any(c.dep_ == "conj" for c in child.children):
        return True  # "supported by the U.K., the Netherlands, West Germany and Japan": a list, not a city's country
    if token.dep_ != "nsubj":
        return False
    after = child.i + 1
    return after < len(child.doc) and child.doc[after].i == token.head.i


def _members(group: Token) -> Token | None:
    """The first named member of a plural group noun that lists them ("at least four countries, including the United
    States, Britain and China"; "several governments, including France"), or None."""
    if group.tag_ != "NNS":
        return None
    for child in group.children:
        if child.dep_ == "prep" and child.lemma_.lower() == "include":
            return next((o for o in child.children if o.dep_ == "pobj" and o.pos_ == "PROPN"), None)
    return None


def phrases(head: Token | None) -> tuple[Phrase, ...]:
    """The phrases of a participant slot: the head and its conjuncts, or the named members a group noun lists."""
    if head is None:
        return ()
    first = _members(head) or head
    named = (h for h in conjuncts(first) if h is first or not _inside_name(h))
    found = (_shared_noun_phrase(h) or phrase(h) for h in named)
    return tuple(sorted(found, key=lambda p: p.start))


def _inside_name(token: Token) -> bool:
    """Is the token a word inside a name begun before its own phrase ("the Ministry of International Trade and
    Industry", "Trinidad and Tobago"): part of that name, not a party of its own that "and" adds (as "the United
    States" in "Mexico, the United States and Canada" is)?"""
    if not token.ent_type_ or token.ent_iob_ != "I":
        return False
    name = next((e for e in token.doc.ents if e.start <= token.i < e.end), None)
    return name is not None and name.start < token.left_edge.i


def _shared_noun_phrase(modifier: Token) -> Phrase | None:
    """ "Armenian and Azerbaijani forces": the second nationality coordinated with the first modifies the same noun,
    so its phrase is "Azerbaijani forces" (from it to the noun's end), not the bare adjective; None for other
    conjuncts."""
    if modifier.dep_ != "conj":
        return None
    first = modifier
    while first.dep_ == "conj":
        first = first.head
    noun = first.head
    if first.dep_ not in ("amod", "compound") or noun.pos_ not in ("NOUN", "PROPN") or noun.i < modifier.i:
        return None
    national = ("NORP", "GPE")  # the parser may tag a second demonym as a person: the first one tells
    if modifier.ent_type_ not in national and not (first.ent_type_ in national and modifier.pos_ in ("ADJ", "PROPN")):
        return None
    tokens: list[Token] = []
    _collect(noun, tokens)
    _collect(modifier, tokens)
    return _phrase_of(_drop_parentheses(sorted((t for t in tokens if t.i >= modifier.i), key=lambda t: t.i)), noun)


def _child(token: Token, deps: tuple[str, ...]) -> Token | None:
    for child in token.children:
        if child.dep_ in deps:
            return child
    return None


def _verb_of_pobj(noun: Token) -> Token | None:
    """The verb a prepositional phrase hangs on, for the noun in it, directly or through the verb's object
    ("gathered outside the embassy", "posted a message on Twitter")."""
    current = noun
    for _ in range(3):
        if current.dep_ != "pobj" or current.head.dep_ != "prep":
            return None
        current = current.head.head
        if current.pos_ in ("VERB", "AUX"):
            return current
        if current.dep_ in ("dobj", "attr") and current.head.pos_ in ("VERB", "AUX"):
            return current.head
    return None


def speaker_of(token: Token, lex: Lexicon) -> Token | None:
    """The speaker when the trigger sits inside reported speech ("X said ...", "..., said X", and "X responded:
    "I reject ..."", which the parser reads the other way round, the speech verb a clause of the quote's verb)."""
    current = token
    for _ in range(6):
        for child in current.children:
            if (
                child.i < token.i
                and child.dep_ in ("ccomp", "parataxis")
                and child.lemma_.lower() in lex.speech_verbs
                and any(t.text == ":" for t in child.children)
            ):
                subj = _child(child, ("nsubj",))
                if subj is not None:
                    return subj
        head = current.head
        if head.i == current.i:
            return None
        told = told_clause(current)  # "told reporters that ...", misparsed as a clause of "reporters"
        if told is not None:
            head = told
        if head.lemma_.lower() in lex.speech_verbs and (
            told is not None or current.dep_ in ("ccomp", "parataxis", "conj", "xcomp", "advcl")
        ):
            subj = _child(head, ("nsubj",)) or quoted_party(head, lex)  # "quoted X as saying ..."
            if subj is not None and subj.i != token.i:
                return author(subj, lex) or subj
        current = head
    return None


def _answer(demand: Token, lex: Lexicon) -> Token | None:
    """The refusal of another party that answers a demand verb in its sentence: a conjoined clause with a subject
    of its own ("demanded a swap, but the army refused") or a relative clause on its object ("demanded a rise,
    which the ministry rejected"), refusing nothing else by name (not "rejected Italy's proposal")."""
    obj = _child(demand, ("dobj",))
    c: Token
    for c in (*demand.children, *(obj.children if obj is not None else ())):
        if c.dep_ not in ("conj", "relcl") or c.lemma_.lower() not in lex.refusal_verbs or not _child(c, ("nsubj",)):
            continue
        said = _child(c, ("xcomp",))
        refused = _child(c, ("dobj",))
        if said is not None and said.lemma_.lower() in lex.speaking_verbs:
            continue  # "declined to comment"
        if refused is None or refused.lower_ in lex.relative_pronouns:  # not "rejected Italy's proposal"
            return c
    return None


def _answered(refusal: Token, lex: Lexicon) -> Token | None:
    """The demand verb a refusal answers (see _answer), or None."""
    head = refusal.head
    if refusal.dep_ == "relcl" and head.dep_ == "dobj":
        head = head.head
    elif refusal.dep_ != "conj" or _child(refusal, ("nsubj",)) is None:
        return None
    answer = _answer(head, lex) if head.lemma_.lower() in lex.demand_verbs else None
    return head if answer is not None and answer.i == refusal.i else None


def _recipient(match: TriggerMatch, anchor: Token, lex: Lexicon) -> Token | None:
    """The recipient head as the pattern says: direct object or the object of a preposition."""
    for spec in match.pattern.recipient:
        if spec == "ccomp-subject":  # "said Sudan must return ...", "allowed the leader to hold ...": who is to act
            obliged = obligation_clause(anchor, lex)  # "said Korea should be pressured to ...": Korea is to act
            clause = obliged or infinitive_complement(anchor)
            subj = _child(clause, ("nsubj", "nsubjpass")) if clause is not None else None
            if obliged is None and clause is not None and _child(clause, ("auxpass",)) and clause.tag_ == "VBN":
                continue  # "want Makled to be extradited": the act is done to that party, not by it
            pronoun_owned = subj is not None and any(c.dep_ == "poss" and c.pos_ == "PRON" for c in subj.children)
            if subj is not None and subj.pos_ != "PRON" and not pronoun_owned:  # not "wants his new group to ..."
                return subj
            told = (
                told_party(anchor) if obliged is not None and subj is not None and told_pronoun(anchor, subj) else None
            )
            if told is not None:  # "told the politicians they should defend rights": the ones told
                return told
            continue
        if spec in ("refuser", "refused"):  # "demanded a swap, but the army refused": the army was asked and
            # refused the demanders
            other = _answer(anchor, lex) if spec == "refuser" else _answered(anchor, lex)
            subj = _child(other, ("nsubj",)) if other is not None else None
            if subj is not None and subj.pos_ != "PRON":
                return subj
            continue
        if spec == "that-subject":  # "demanded that the government raise pay": who is to act, in a subjunctive
            clause = next((c for c in anchor.children if c.dep_ == "ccomp" and c.tag_ in ("VB", "VBP")), None)
            subj = _child(clause, ("nsubj",)) if clause is not None else None
            if subj is not None and subj.pos_ != "PRON":
                return subj
            continue
        if spec == "for-subject":  # "his call for Iran to free ...", "repeated their calls for the president to
            # resign" (the clause may hang on the verb that holds the noun): who is called on to act
            held = [c for c in anchor.children if c.dep_ == "dobj"]
            holders = (anchor, anchor.head) if anchor.dep_ == "dobj" else (anchor, *held)
            # ("stressed the need for Kyiv to act": the clause hangs on the noun the verb holds)
            clause = next((c for h in holders for c in h.children if for_clause(c)), None)
            if clause is None or _child(clause, ("auxpass",)):
                continue
            subj = _child(clause, ("nsubj", "nsubjpass"))
            if subj is not None and subj.pos_ != "PRON":
                return subj
            continue
        if spec in ("wrongdoer", "warned", "plotter"):  # "Howard said Labour had failed the country": who did wrong;
            # "said Russia would face consequences": who is warned; "said Iran was planning attacks": who plots
            clause = {"wrongdoer": wrongdoing_clause, "warned": consequence_clause, "plotter": plotting_clause}[spec](
                anchor, lex
            )
            subj = _child(clause, ("nsubj", "nsubjpass")) if clause is not None else None
            if subj is not None:
                return subj
            continue
        if spec == "purpose-object":  # "used tear gas to disperse the protesters": whom the act was for
            purpose = next((c for c in anchor.children if c.dep_ in ("advcl", "xcomp") and to_infinitive(c)), None)
            if purpose is not None and purpose.lemma_.lower() in lex.subjunctive_verbs | lex.speech_verbs:
                purpose = None  # "fired tear gas during a march to demand the release of X": the march's purpose
            obj = direct_object(purpose, lex) if purpose is not None else None
            if obj is not None:
                return obj
            continue
        if spec == "poss":  # "demanded the prime minister's resignation": whose the object is
            owner = _child(match.obj, ("poss",)) if match.obj is not None else None
            if owner is not None and owner.pos_ != "PRON":
                return owner
            continue
        if spec == "dobj":
            if match.pattern.nominal:
                continue
            given = next((c for c in anchor.children if c.dep_ == "dative" and c.pos_ in ("NOUN", "PROPN")), None)
            if given is not None:  # "offered Ukraine a prisoner exchange": the one given to, not the thing given
                return given
            obj = direct_object(anchor, lex)
            if obj is None:  # "killed or wounded 2,600 people": conjoined verbs share the object
                sibling = next((c for c in anchor.children if c.dep_ == "conj" and c.pos_ == "VERB"), None)
                obj = direct_object(sibling, lex) if sibling is not None else None
            harm = obj is not None and obj.lemma_.lower() in lex.harm_nouns | lex.attack_nouns
            maker = None
            if harm and obj is not None and match.pattern.event in lex.responding_types:
                by = [t for t in (*anchor.children, *obj.subtree) if t.dep_ == "prep" and t.lower_ == "by"]
                maker = next((o for t in by for o in t.children if o.dep_ == "pobj"), None)
            if maker is not None and maker.pos_ != "PRON":  # "condemned the shelling of the city by Russia", the
                return maker  # by-phrase hung on the verb: the maker of the harm is the target
            if obj is not None and obj.dep_ != "nsubjpass":
                return obj
            continue
        if match.pattern.construction and match.pattern.negated:  # "will not reopen it despite demands from the
            # families": the demanders
            defied = defied_demands(anchor, lex)
            if defied:
                found = next((f for o in defied if (f := prep_objects(o, (spec,))) is not None), None)
                if found is not None:
                    return found
                continue
        obj = None if match.pattern.nominal else direct_object(anchor, lex)
        hosts = [match.obj, anchor, obj]
        hosts += [
            g
            for c in anchor.children
            if c.dep_ == "prep"
            for g in c.children
            if g.dep_ == "pobj" and g.lemma_.lower() not in lex.partner_nouns  # "in collaboration with X"
        ]
        # the object's own clause: "lifted the sanctions (it) imposed on Iran"
        hosts += [c for o in (match.obj, obj) if o is not None for c in o.children if c.dep_ in ("acl", "relcl")]
        hosts += [c for c in anchor.children if c.dep_ == "advcl" and to_infinitive(c)]  # "held meetings to
        # discuss the budget with the IMF", the purpose hung on the verb
        for host in hosts:
            if host is not None:
                found = prep_objects(host, (spec,))
                if found is not None:
                    return found
    return None


def misread_main_verb(participle: Token) -> bool:
    """Is the participle the sentence's main verb, misparsed as modifying a noun (see `misread_subject`)?"""
    return misread_subject(participle) is not None


def _named_prepositional(verb: Token, match: TriggerMatch) -> bool:
    """Is the verb a past tense hung on the sentence's root noun, one with an article, that has the pattern's
    preposition with a named party after it ("The minister called on President Museveni"; not a headline's "Man
    charged with murder")?"""
    noun = verb.head
    if noun.dep_ != "ROOT" or not any(c.dep_ == "det" for c in noun.children) or not match.pattern.prep:
        return False
    return any(
        c.dep_ == "prep" and c.lower_ in match.pattern.prep and any(g.ent_type_ in _NAMED for g in c.children)
        for c in verb.children
    )


def misread_subject(participle: Token) -> Token | None:
    """ "The Saudi-led coalition bombed Sanaa on Monday", parsed as a noun the participle modifies: a sentence whose
    root is a noun modified by a past participle with an object of its own and no agent, is that noun acting if the
    noun has an article or the object is a name ("Coalition warplanes bombed Sanaa"; not a headline's "Man handed
    jail term"); a name set off by commas before the only verb of a sentence that ends in a full stop is its subject
    ("Ahmed Karimi, for the reformists, called on Washington to ...", the participle hung on the name or on
    the object of its for-phrase). The subject, or None."""
    noun = participle.head
    if agent_of(participle) is not None or any(c.dep_ == "auxpass" for c in participle.children):
        return None
    obj = next((c for c in participle.children if c.dep_ == "dobj"), None)
    named = obj is not None and (any(c.dep_ == "det" for c in noun.children) or obj.ent_type_ in _NAMED)
    if noun.dep_ == "ROOT" and named:
        return noun
    name = noun.head.head if noun.dep_ == "pobj" and noun.head.dep_ == "prep" else noun
    commas = [t for t in participle.doc[name.i : participle.i] if t.lower_ == ","]
    acting = obj is not None or any(  # "called on X to ...": an active verb's complement; not a caption's "X, a
        c.dep_ in ("xcomp", "ccomp") or (c.dep_ == "advcl" and to_infinitive(c)) for c in participle.children
    )  # commander, killed in a US air strike"
    if (
        acting
        and name.dep_ == "ROOT"
        and name.pos_ == "PROPN"
        and name.ent_type_ in _NAMED
        and len(commas) >= 2
        and participle.sent[-1].lower_ == "."
    ):
        return name
    return None


def author(subj: Token | None, lex: Lexicon) -> Token | None:
    """ "A joint statement by France and Britain condemned the coup", "a statement issued by the ministry said ...":
    the party a document that is the subject speaks for (an author preposition on it, or a participle's agent)."""
    if subj is None or subj.lemma_.lower() not in lex.document_nouns:
        return None
    for child in subj.children:
        if child.dep_ == "prep" and child.lower_ in lex.author_prepositions:
            party = next((c for c in child.children if c.dep_ == "pobj"), None)
            named = party is not None and (
                party.ent_type_ in _PARTIES  # not a place after "from": "a report from Kabul" tells where it came from
                or (party.ent_type_ == "GPE" and child.lower_ != "from")
                or any(c.dep_ in ("amod", "compound") and c.ent_type_ in _NAMED for c in party.children)
                or party.lemma_.lower() in lex.wrongdoers  # "a statement from the ministry"
            )
            if named:
                return party  # "from the French foreign ministry"; not "a letter from prison"
        if child.dep_ == "acl" and child.tag_ == "VBN" and (agent := agent_of(child)) is not None:
            return agent
    return None


def _wielder(subj: Token | None, lex: Lexicon) -> Token | None:
    """ "The missiles fired by the Israeli military struck ...", "an attack by Boko Haram killed ...": who used the
    weapon (an instrument) or made the attack that is the subject."""
    if subj is None or subj.lemma_.lower() not in lex.instruments | lex.attack_nouns:
        return None
    for child in subj.children:
        if child.dep_ == "acl" and child.tag_ == "VBN":
            agent = agent_of(child)
            if agent is not None:
                return agent
    maker = prep_objects(subj, ("by",))  # "an attack by Boko Haram killed 20 villagers", "air strikes by the
    return maker if maker is not None and maker.pos_ != "PRON" else None  # coalition killed ..."


_NAMED = frozenset({"GPE", "NORP", "ORG", "PERSON", "LOC"})
_PLACES = frozenset({"GPE", "LOC", "FAC"})
_PARTIES = frozenset({"PERSON", "ORG", "NORP"})  # what the tagger never calls a place


def _entity_root(token: Token) -> Token:
    """The head of the named entity that starts at ``token`` ("East" → "Jerusalem"); a nationality adjective
    stands for the noun it qualifies ("the Sudanese government")."""
    ent = entity_starting_at(token)
    if ent is None:
        return token
    root: Token = ent.root
    if root.dep_ in ("amod", "compound") and ent.label_ == "NORP" and root.head.pos_ == "NOUN":
        head: Token = root.head
        return head
    return root


def _where(prep: Token, lex: Lexicon) -> bool:
    """A place preposition on the trigger itself whose object is a named place: where the act happened, not to
    whom ("is charged with embezzlement in Japan")."""
    return (
        prep.dep_ == "prep"
        and prep.lower_ in lex.place_prepositions
        and any(c.dep_ == "pobj" and c.ent_type_ in _PLACES for c in prep.children)
    )


def embedded_target(anchor: Token, skip: set[int], lex: Lexicon) -> tuple[list[Token], bool]:
    """The first named party inside the trigger's object or complements (none or one), for types that need a target
    when no pattern slot gave one ("called for sanctions against Nigeria", "demanded that the Sudanese government end
    curbs", "threatened to ban voting in East Jerusalem"), and whether it is a party rather than a place: where
    something in the object is ("pressure groups in the United States") counts only when the object names no one
    else."""
    placed: Token | None = None
    for child in anchor.children:
        purpose = child.dep_ == "advcl" and infinitive_clause(child)
        if child.dep_ not in ("dobj", "prep", "xcomp", "ccomp", "dative", "attr", "oprd") and not purpose:
            continue  # "provided 6 million euros to help people in Somalia": the purpose names the target
        if _where(child, lex) or _office_held(child):
            continue
        for t in _outside_relatives(child):
            if (
                t.i not in skip
                and t.ent_type_ in _NAMED
                and (t.pos_ == "PROPN" or t.dep_ == "poss" or (t.ent_type_ == "NORP" and t.dep_ == "amod"))
                and (start := _name_start(t)) is not None
            ):
                root = _entity_root(start)
                if not _placed(t, child, lex):
                    return [root], True
                placed = placed or root
    return ([placed] if placed is not None else []), False


def _possessor(p: Phrase, sent: Span, skip: set[int], lex: Lexicon) -> Token | None:
    """What a collective possessive ("its", "their") owning the phrase stands for: the nearest noun before it in the
    sentence, of the pronoun's number, outside the actors and not a place ("in the Gulf"), when a name or a
    nationality qualifies that noun ("a British tanker ... its crew"); none when the nearest such noun is no party."""
    pronoun = next((w for w in p.words if w.dep == "poss" and w.text.lower() in lex.collective_possessives), None)
    if pronoun is None:
        return None
    plural = pronoun.text.lower() == "their"
    for t in reversed([t for t in sent if t.idx < pronoun.start]):
        if t.pos_ not in ("NOUN", "PROPN") or t.dep_ == "compound" or t.i in skip:
            continue
        if t.ent_type_ == "LOC" or (t.dep_ == "pobj" and t.head.lower_ in lex.place_prepositions):
            continue  # "seized a tanker in the Gulf and detained its crew": where, not whose
        if (t.tag_ in ("NNS", "NNPS")) != plural and not (plural and t.ent_type_ in _PARTIES):
            continue
        return t if _party_noun(t) else None
    return None


def _party_noun(t: Token) -> bool:
    """Is the noun a name or qualified by one ("Iran", "a British tanker", "the Kurdish fighters")?"""
    return t.ent_type_ in _NAMED or any(
        c.ent_type_ in _NAMED for c in t.children if c.dep_ in ("amod", "compound", "poss", "nmod")
    )


def _placed(t: Token, top: Token, lex: Lexicon) -> bool:
    """Is ``t`` named under a place preposition below ``top`` whose object is a place ("groups in the United States",
    "go to war in Iraq", "a port in the region between Paraguay and Brazil"), not a party ("demands from UNITA"), or
    after a settlement noun ("the town of Goma")?"""
    below = t
    for a in t.ancestors:
        if a.i == top.i:
            return False
        if a.dep_ == "prep" and a.lower_ in lex.place_prepositions and below.ent_type_ not in _PARTIES:
            return True
        if a.dep_ == "prep" and settlement_of(a, lex):
            return True  # "the town of Goma", whatever the tagger called the name
        below = a
    return False


def _under_preposition(t: Token, top: Token, preps: frozenset[str]) -> bool:
    """Is ``t`` named under one of these prepositions below ``top`` ("began a tour from Lima", "a train carrying
    refugees to Poland")?"""
    for a in t.ancestors:
        if a.i == top.i:
            return False
        if a.dep_ == "prep" and a.lower_ in preps:
            return True
    return False


def _name_start(t: Token) -> Token | None:
    """The token that starts the entity whose first word is ``t``: ``t`` itself, or the article the tagger put in
    front of it ("if the United States sold ..."); None inside a name."""
    if t.ent_iob_ == "B":
        return t
    before = t.nbor(-1) if t.i > 0 else None
    return before if before is not None and before.ent_iob_ == "B" and before.pos_ == "DET" else None


def _likewise(verb: Token) -> Token | None:
    """The subject of an elliptic "as were X" / "as did X" clause on the verb: X did or underwent the same act."""
    for child in verb.children:
        if (
            child.dep_ == "advcl"
            and child.lemma_.lower() in ("be", "do", "have")
            and any(c.dep_ == "mark" and c.lower_ == "as" for c in child.children)
            and not any(c.dep_ in ("dobj", "acomp", "attr", "xcomp", "ccomp", "prep") for c in child.children)
        ):
            return next((c for c in child.children if c.dep_ == "nsubj"), None)
    return None


def _outside_relatives(top: Token) -> list[Token]:
    """The subtree of ``top`` in order, without relative clauses ("championed the cause of nations which have seen
    their trade suffer from the EC's policies": the EC is not the one championed) nor a finite verb hung on a
    preposition ("ready to hand over power as the army marches on Ouagadougou")."""
    out, stack = [], [top]
    while stack:
        t = stack.pop()
        out.append(t)
        stack.extend(c for c in t.children if c.dep_ != "relcl" and not _own_adverbial(c))
    return sorted(out, key=lambda t: t.i)


def _own_adverbial(clause: Token) -> bool:
    """Is the token a finite verb the parser hung on a preposition as its object ("as the army marches on ...")?
    A clause of its own, whose names are not the target (unlike a condition's: "threatened to strike unless Israel
    rescinded ..." names Israel)."""
    return clause.dep_ == "pobj" and clause.tag_ in ("VBZ", "VBD", "VBP")


def _claimer(token: Token, lex: Lexicon) -> Token | None:
    """Who claimed the act: "X claimed responsibility for the attack" or "... for killing nine guards" gives X."""
    prep = token.head
    if token.dep_ not in ("pobj", "pcomp") or prep.lower_ != "for":
        return None
    noun = prep.head
    if noun.lemma_.lower() not in lex.claimed_nouns or noun.dep_ != "dobj":
        return None
    if noun.head.lemma_.lower() not in lex.claiming_verbs:
        return None
    subj, passive = subject_of(noun.head, lex)
    return None if passive else subj


def _attack_noun(verb: Token, lex: Lexicon, victims: bool = False) -> Token | None:
    """The attack a verb's clause says its act happened in ("were killed in an air strike"); for the victims of an
    attacker type also one it followed ("were killed following an Azeri attack") and a clash ("in clashes with
    Yemeni forces")."""
    preps = (lex.attack_prepositions | lex.aftermath_prepositions) if victims else lex.attack_prepositions
    noun = prep_objects(verb, tuple(preps))
    if noun is None:
        return None
    lemma = noun.lemma_.lower()
    return noun if lemma in lex.attack_nouns or (victims and lemma in lex.clash_nouns) else None


def told_attack(verb: Token, lex: Lexicon) -> bool:
    """Are these the victims of an attack the article has already told, named by a definite noun ("six people were
    killed in the attack")? Asked of an agentless passive only, whose attack named no maker (``roles``)."""
    noun = _attack_noun(verb, lex)
    return noun is not None and any(
        c.dep_ == "det" and (c.morph.get("Definite", []) == ["Def"] or "Dem" in c.morph.get("PronType", []))
        for c in noun.children
    )


def own_attack(verb: Token, lex: Lexicon) -> bool:
    """Does the verb's clause name an attack or a weapon of its own, not one told before ("two refugees were killed
    in a separate blast", "... when a car bomb exploded"; not "in the attack")?"""
    weapons = lex.attack_nouns | lex.instruments
    for clause in verb.children:  # "12 civilians were killed when a car bomb exploded": an attack of its own
        if clause.dep_ == "advcl" and any(c.dep_ == "nsubj" and c.lemma_.lower() in weapons for c in clause.children):
            return True
    noun = prep_objects(verb, tuple(lex.attack_prepositions))
    if noun is None or noun.lemma_.lower() not in weapons:
        return False
    return not told_attack(verb, lex)


def _attack_maker(verb: Token, lex: Lexicon, victims: Token | None = None) -> Token | None:
    """Who made the attack a passive verb's clause names: "three civilians were killed in an Israeli air strike",
    "... in a Saudi-led coalition airstrike", "... in an attack by Boko Haram" (None where the attack names no one);
    for the victims of an attacker type (``victims``, see _attack_noun) "following an Azeri attack", "in clashes
    with Yemeni forces", but not a maker their own words name ("Russian soldiers were killed after a failed Russian
    assault": its makers' own dead)."""
    noun = _attack_noun(verb, lex, victims is not None)
    if noun is None:
        return None
    maker = _named_maker(noun, lex)
    if maker is not None and victims is not None and maker.lower_ in {t.lower_ for t in victims.subtree}:
        return None
    return maker


def _named_maker(noun: Token, lex: Lexicon) -> Token | None:
    """The maker an attack or clash noun names: "by" or its owner, the party "with" a clash, a party adjective."""
    clash = noun.lemma_.lower() in lex.clash_nouns and noun.lemma_.lower() not in lex.attack_nouns
    maker = prep_objects(noun, ("with",) if clash else ("by",)) or _child(noun, ("poss",))
    if maker is not None:
        return None if maker.pos_ == "PRON" else maker
    for child in noun.children:
        if child.dep_ in ("amod", "compound") and child.ent_type_ in ("NORP", "GPE", "ORG", "PERSON"):
            return child
        led = _child(child, ("npadvmod",)) if child.dep_ == "amod" else None  # "a Saudi-led coalition airstrike"
        if led is not None and led.ent_type_ in ("NORP", "GPE", "ORG"):
            return led
    return None


def _noun_actor(noun: Token, lex: Lexicon) -> Token | None:
    poss = _child(noun, ("poss",))
    if poss is not None and poss.pos_ == "PRON" and carries_on(noun, lex):  # "Israel completed its withdrawal"
        subj, passive = subject_of(noun.head, lex)
        if subj is not None and not passive:
            return subj
    if poss is not None:
        return poss
    agent = prep_objects(noun, ("by",))
    if agent is not None:
        return agent
    named = _named_qualifier(noun)
    if named is not None:
        return named
    if (noun.dep_ in ("dobj", "attr") or misread_object(noun)) and noun.head.pos_ in ("VERB", "AUX"):
        subj, passive = subject_of(noun.head, lex)
        return None if passive else subj
    if noun.dep_ == "pobj" and noun.head.dep_ == "agent":
        return None
    counted = noun.head.head if noun.dep_ == "pobj" and noun.head.lower_ == "in" else None
    if counted is not None and not any(c.dep_ == "nummod" or c.like_num for c in counted.children):
        counted = None  # "reported a drop in arrests": no count of the act
    if counted is not None and counted.dep_ == "dobj" and counted.head.pos_ == "VERB":
        subj, passive = subject_of(counted.head, lex)  # "Washington plans to slap $300 million in tariffs on ...",
        return None if passive else subj  # "arrested five men in a raid": the verb's subject
    ready = noun.head.head if noun.dep_ == "pobj" and noun.head.dep_ == "prep" else None
    if ready is not None and ready.pos_ == "ADJ" and ready.lemma_.lower() in lex.intent_adjectives:
        subj, passive = subject_of(ready.head if ready.dep_ == "acomp" else ready, lex)
        return None if passive else subj  # "Israel is ready for talks with Lebanon": Israel
    return None


def _found_party(noun: Token, lex: Lexicon) -> Token | None:
    """The subject of what a noun, as subject of a finding verb, found ("an inquiry by prosecutors found that the
    mayor had steered contracts": the mayor), or None."""
    if noun.dep_ != "nsubj" or noun.head.lemma_.lower() not in lex.finding_verbs:
        return None
    clause = next((c for c in noun.head.children if c.dep_ == "ccomp" and c.pos_ in ("VERB", "AUX")), None)
    subj = next((c for c in clause.children if c.dep_ in ("nsubj", "nsubjpass")), None) if clause else None
    return subj if subj is not None and subj.pos_ in ("NOUN", "PROPN") else None


def _holder(noun: Token, lex: Lexicon) -> Token | None:
    """The subject of the verb a noun (or "a round of" it) is the object of ("Sri Lanka wrapped up a round of IMF
    talks": Sri Lanka), or None; not a passive's."""
    taken = noun.head.head if noun.dep_ == "pobj" and noun.head.lower_ == "of" else noun
    if taken.dep_ != "dobj" or taken.head.pos_ != "VERB":
        return None
    subj, passive = subject_of(taken.head, lex)
    return None if passive or subj is None or subj.pos_ == "PRON" else subj


def _named_qualifier(noun: Token) -> Token | None:
    """A nationality, place or organisation qualifying the noun ("a Russian attack"), or None."""
    named = [c for c in noun.children if c.dep_ in ("amod", "compound")]
    return next((c for c in named if c.ent_type_ in ("NORP", "GPE", "ORG")), None) or next(
        (c for c in named if hyphened_pair(c)), None
    )  # a tagged name first: "Iranian-backed Houthi attacks" are the Houthis'


def _survivor(noun: Token, match: TriggerMatch, lex: Lexicon) -> Token | None:
    """Who survived, escaped or faces an act told as a noun ("the governor survived an assassination attempt",
    "escaped an attack by gunmen", "Trump is to face trial", "suffered an attack"): the subject of a surviving verb
    (for an attack) or of a consequence verb (for a hostile act: not "suffered a retreat") whose object it is, or
    None."""
    if noun.dep_ != "dobj":
        return None
    verb = noun.head.lemma_.lower()
    survived = verb in lex.surviving_verbs and match.pattern.event in lex.attacker_types
    hostile = match.pattern.event in lex.attacker_types | lex.authority_types
    if not (survived or (verb in lex.consequence_verbs and hostile)):
        return None
    subj, passive = subject_of(noun.head, lex)
    return None if passive else subj


def _attendee(meeting: Token, lex: Lexicon) -> Token | None:
    """Who takes part in a meeting that names no one of its own: the subject of the clause it is the occasion of
    ("she told reporters following talks with Japan", "Blair is at a summit in Brussels"), or None."""
    verb = occasion_verb(meeting, lex)
    if verb is None:
        return None
    subj, passive = subject_of(verb, lex)
    return None if passive or subj is None or subj.lower_ in lex.relative_pronouns else subj


def _joined(token: Token, lex: Lexicon) -> tuple[Token, ...]:
    """The parties of "X joined Y in <doing>" and "X was joined by Y in <doing>": both do it (empty otherwise)."""
    prep = token.head
    if token.dep_ != "pcomp" or prep.dep_ != "prep" or prep.lower_ != "in" or prep.head.lemma_.lower() != "join":
        return ()
    verb = prep.head
    subj, passive = subject_of(verb, lex)
    other = agent_of(verb) if passive else _child(verb, ("dobj",))
    return tuple(t for t in (subj, other) if t is not None)


def roles(match: TriggerMatch, lex: Lexicon, attacks: frozenset[int] = frozenset()) -> Roles:
    """Actor and recipient phrases for a trigger match; ``attacks``: the tokens of the sentence's attack triggers
    (an attack's result told by a participle is the attackers' doing)."""
    token = match.token
    if match.pattern.adjectival and match.obj is not None:
        subj, _ = subject_of(token, lex)
        action = TriggerMatch(match.obj, match.pattern)
        # "X said it was ready to release them": it is X
        return Roles(phrases(subj), phrases(_recipient(action, match.obj, lex)), _said(token, lex))
    if match.pattern.nominal:
        host = nominal_host(token, lex)
        reacting = reaction(host, lex)
        if reacting is not None:  # "the plan drew criticism from Germany": Germany criticises the plan
            source, target = reacting
            inside = prep_objects(host, match.pattern.recipient)
            inside = inside if inside is not None and inside.i != source.i else None  # "drew the condemnation of X"
            return Roles(phrases(source), phrases(inside or target))
        survivor = _survivor(host, match, lex)
        if survivor is not None:  # "the governor survived an assassination attempt": the governor was its target
            maker = _child(host, ("poss",)) or prep_objects(host, ("by",)) or _named_qualifier(host)
            survived = host.head.lemma_.lower() in lex.surviving_verbs  # no maker: someone unidentified attacked
            return Roles(phrases(maker), phrases(survivor), (), maker is None and survived)
        named = _named_qualifier(host) if match.pattern.event in lex.counterpart_types else None
        named = named if named is not None and named.ent_type_ in ("ORG", "NORP") else None  # (not "Paris talks")
        holder = _holder(host, lex) if named is not None else None
        if named is not None and holder is not None and not _recipient(match, host, lex):  # "Sri Lanka wrapped up
            return Roles(phrases(holder), phrases(named))  # a round of IMF talks": with the IMF
        actor = _noun_actor(host, lex) or _claimer(host, lex)
        if actor is None and match.pattern.event in lex.visit_types:
            actor = _attendee(host, lex)
        between = prep_objects(host, ("between",)) or predicate_between(host)
        if between is not None:
            return Roles(phrases(between), ())
        hosted = _recipient(match, host, lex)
        if hosted is None and match.pattern.event in lex.told_charges:  # "an inquiry found that the mayor ...": him
            hosted = _found_party(host, lex)
        if hosted is None and actor is not None and lex.visit_mode in match.pattern.mode:
            hosted = visited_place(host, lex)  # "the Turkish president is in Berlin on a two-day visit"
        return Roles(phrases(actor), phrases(hosted))
    if match.pattern.construction in EVALUATIONS:
        judged = evaluation(token, lex)  # "Russia called the US decision unjustified": Russia criticises it
        judge, target = judged if judged is not None else (None, None)
        return Roles(phrases(judge), phrases(target))
    joined = _joined(token, lex)
    if joined:  # "the EC was joined by the United States in criticising Brazil": both criticise
        actors = tuple(p for t in joined for p in phrases(t))
        return Roles(actors, phrases(_recipient(match, token, lex)), _said(token, lex))
    subj, passive = subject_of(token, lex)
    if token.dep_ == "acl" and token.tag_ == "VBN" and subj is None:  # "the 18 men arrested last month"
        misread = misread_subject(token)
        subj, passive = (token.head, True) if misread is None else (misread, False)
    elif (
        token.dep_ == "acl" and token.tag_ == "VBD" and subj is None and (misread := misread_subject(token)) is not None
    ):
        subj, passive = misread, False  # "The rebels handed over their weapons", misparsed: a past tense acts
    elif token.dep_ == "acl" and token.tag_ == "VBD" and subj is None and _named_prepositional(token, match):
        subj, passive = token.head, False  # "The Kenyan minister called on President Museveni in Kampala": a
        # past tense the parser hung on the sentence's noun, with a named party after the pattern's preposition
    elif token.dep_ == "acl" and token.tag_ == "VBD" and subj is None and _child(token, ("dobj",)) is None:
        subj, passive = token.head, True  # "Former Peruvian president charged with corruption": a participle
    elif token.dep_ == "acl" and token.tag_ == "VBG" and subj is None and token.head.dep_ in ("dobj", "attr"):
        subj, passive = subject_of(token.head.head, lex)  # "issued a statement condemning X": the issuer condemns
    elif (
        token.dep_ == "acl" and token.tag_ == "VBG" and subj is None and (verb := _verb_of_pobj(token.head)) is not None
    ):
        subj, passive = subject_of(verb, lex)  # "posted a message on Twitter blaming Iran", "gathered outside the
        # embassy demanding ...": the verb's subject
    elif subj is None and (claimer := _claimer(token, lex)) is not None:
        subj = claimer  # "X claimed responsibility for killing nine guards": X killed them
    if _result_of_passive(token, subj) and token.head.i in attacks and match.pattern.event in lex.attacker_types:
        # "a convoy was ambushed by gunmen, injuring five soldiers": the gunmen injured them, not the convoy
        maker = agent_of(token.head)
        return Roles(phrases(maker), phrases(_recipient(match, token, lex)), _said(token, lex), maker is None)
    recipient: Token | None
    if passive and token.lemma_.lower() in lex.stative_passives and agent_of(token) is None:
        passive = False  # "Israel is opposed to French mediation": a state of the subject, not a passive
        actor, recipient = subj, prep_objects(token, ("to",))
    elif (
        passive
        and match.pattern.event in lex.mutual_types
        and subj is not None
        and agent_of(token) is None
        and (sides := prep_objects(subj, ("between",)))
    ):
        return Roles(phrases(sides), ())  # "talks between the US and Japan were held": between the two
    elif passive:
        victims = subj if match.pattern.event in lex.attacker_types else None
        actor = agent_of(token) or _attack_maker(token, lex, victims)
        if actor is not None and victims is None and actor.lemma_.lower() in lex.equipment_nouns:
            actor = None  # "the troops are supported by 40 aircraft": what it is done with, no party
        given = (  # "food aid was delivered to the refugees": the pattern's own object is the thing given, its
            subj is not None  # receiver the preposition's (aid given to someone; not "diplomats were expelled")
            and match.pattern.event in lex.giving_types
            and "to" in match.pattern.recipient
            and subj.lemma_.lower() in match.pattern.obj
            and not party(subj)
        )
        recipient = subj if "dobj" in match.pattern.recipient and not given else _recipient(match, token, lex)
        if match.pattern.id in lex.sending_patterns:  # "was extradited to Peru from Bolivia": the state sending to
            actor = actor or prep_objects(token, ("from",))  # the state receiving, not the person sent
            recipient = prep_objects(token, ("to",)) or recipient  # ("was extradited by Spain": the person)
    else:
        actor = _wielder(subj, lex) or author(subj, lex) or subj
        recipient = _recipient(match, token, lex) or _addressee(match, token)
        if match.pattern.event in lex.reproach_followups and (
            recipient is None or not (party(recipient) or recipient.pos_ in ("PROPN", "PRON"))
        ):  # "... and threatened retaliation", "... and recalled its ambassador"
            recipient = _shared_target(token, lex) or recipient
    actors, recipients = phrases(actor), phrases(recipient)
    likewise = _likewise(token)  # "... were arrested, as were 12 Zetas"; "Russia condemned it, as did France"
    if likewise is not None and passive and recipient is subj and subj is not None:
        recipients += phrases(likewise)
    elif likewise is not None and not passive and actor is not None:
        actors += phrases(likewise)
    if match.pattern.swap:
        actors, recipients = recipients, actors
    return Roles(actors, recipients, _said(token, lex), passive and actor is None)


def _shared_target(verb: Token, lex: Lexicon) -> Token | None:
    """The named party the verb's first conjunct reproaches (one of the lexicon's reproaching verbs), where the verb
    shares its subject and names no party of its own ("Washington accused Japan of dumping and threatened
    retaliation", "condemned Israel and recalled its ambassador"; not "kidnapped Ramirez and demanded a ransom"), or
    None."""
    first = verb.head
    if verb.dep_ != "conj" or first.pos_ != "VERB" or any(c.dep_ in ("nsubj", "nsubjpass") for c in verb.children):
        return None
    if first.lemma_.lower() not in lex.reproaching_verbs:
        return None
    target = next((c for c in first.children if c.dep_ == "dobj"), None)
    return target if target is not None and target.pos_ == "PROPN" and party(target) else None


def _said(token: Token, lex: Lexicon) -> tuple[Phrase, ...]:
    """The phrases of whoever the sentence says said it (see speaker_of), or none."""
    speaker = speaker_of(token, lex)
    return phrases(speaker) if speaker is not None else ()


def _addressee(match: TriggerMatch, token: Token) -> Token | None:
    """Whom a participle asks or tells through the verb it qualifies, where it names no one itself: "wrote to the US
    Embassy asking it to waive her immunity", "sent a letter to the minister urging him to resign"."""
    if token.tag_ != "VBG" or token.dep_ != "advcl" or "dobj" not in match.pattern.recipient:
        return None
    if any(c.dep_ == "dobj" for c in token.children):
        return None
    head = token.head
    hosts = [head, *(c for c in head.children if c.dep_ == "dobj")]  # "wrote to X", "sent a letter to X"
    return next((o for h in hosts if (o := prep_objects(h, ("to",))) is not None), None)


def _result_of_passive(token: Token, subj: Token | None) -> bool:
    """Is ``token`` an active participle telling the result of a passive clause, whose subject the parser shares
    with it ("the convoy was ambushed, injuring five soldiers": the convoy suffered, it injured no one)?"""
    return (
        token.tag_ == "VBG"
        and token.dep_ == "advcl"
        and subj is not None
        and subj.dep_ == "nsubjpass"
        and subj.head.i == token.head.i
    )


def _beyond_target(t: Token, trigger: Token, lex: Lexicon) -> bool:
    """Is a name inside an attack's object told only of where the target was going or coming from or for whom ("a
    train carrying refugees to Poland", "a convoy from Russia"), not who or where it was ("a helicopter carrying EC
    monitors", "power lines leading into Kabul")?"""
    return _under_preposition(t, trigger, lex.away_prepositions)


def _attack_place(trigger: Token, lex: Lexicon) -> list[Token]:
    """The named place an attack happened in, on the verb ("Israeli jets struck targets in Gaza"): the place of the
    targets, which name no party; none where a participle clause tells its victims ("attacked a bus in Kabul, killing
    four passengers": they are the target)."""
    if any(c.dep_ in ("advcl", "xcomp", "conj") and c.tag_ == "VBG" for c in trigger.children):
        return []
    for prep in trigger.children:
        if _where(prep, lex):
            for c in prep.children:
                if c.dep_ != "pobj":
                    continue
                if c.ent_type_ not in _PLACES:  # "in the capital Kabul", "in the town of Goma": the name
                    named = [a for a in c.children if a.dep_ == "appos"]
                    named += [o for p in c.children if settlement_of(p, lex) for o in p.children if o.dep_ == "pobj"]
                    c = next((n for n in named if n.ent_type_ in _PLACES), c)
                if c.ent_type_ in _PLACES and (start := _name_start(c)) is not None:
                    return [_entity_root(start)]
    return []


def embedded(
    match: TriggerMatch, actors: tuple[Phrase, ...], recipients: tuple[Phrase, ...], lex: Lexicon
) -> tuple[Phrase, ...]:
    """The named party inside the trigger's object ("denounced Serbia's suppression"), outside the actor phrases;
    asked for only when no slot gave a target."""
    if set(match.pattern.recipient) == {"ccomp-subject"}:
        return ()  # "wants his new group to change UK politics": the party to act or none, not a name inside
    spans = [(p.start, p.end) for p in actors]
    inside = [t for t in match.token.sent if any(s <= t.idx < e for s, e in spans)]
    skip = {t.i for t in inside}
    for t in inside:  # "protests from farmers' unions in France": where the actors are is not their target
        if match.token not in t.subtree:
            skip.update(w.i for w in t.subtree)
    if match.pattern.event == lex.intent.event:
        # "promised that Britain would help Sri Lanka", "agreed that NATO would not expand": the promised clause's
        # subject is who keeps the promise; the target, if any, is further on
        for clause in match.token.children:
            if clause.dep_ == "ccomp" and children_lemmas(clause, ("aux",)) & lex.modal_auxiliaries:
                for subj in (c for c in clause.children if c.dep_ in ("nsubj", "nsubjpass")):
                    skip.update(w.i for w in subj.subtree)
    if match.pattern.construction in EVALUATIONS:  # "unacceptable to Georgia": who finds it so, not its target
        skip.update(w.i for c in match.token.children if c.dep_ == "prep" and c.lower_ == "to" for w in c.subtree)
    for c in match.token.children:  # "fired tear gas during a march to demand the release of X": the march's
        if c.dep_ in ("advcl", "xcomp") and to_infinitive(c) and c.lemma_.lower() in lex.subjunctive_verbs:
            skip.update(w.i for w in c.subtree)  # demand, no target of the firing
    found, party = embedded_target(match.token, skip, lex)
    owners = [o for p in recipients if (o := _possessor(p, match.token.sent, skip, lex)) is not None]
    if owners and not party:  # "seized a British tanker and detained its crew": the crew of the tanker
        found, party = owners, True
    if not found and match.obj is not None and match.pattern.event in lex.wants_target:
        found = [c for c in match.obj.children if c.dep_ in ("compound", "amod") and c.lemma_ in lex.government_words]
        party = bool(found)  # "sought more government aid": the government is asked
    # "abide by the Brussels agreement": the name with the agreement it names, for the coder to tell a capital that
    # says where it was made from a party to it ("the Iran deal")
    found = [t.head if t.dep_ == "compound" and t.head.lemma_.lower() in lex.placed_act_nouns else t for t in found]
    if match.pattern.event in lex.placed_targets:  # "attacked a train carrying refugees to Poland": no target there
        found = [t for t in found if not _beyond_target(t, match.token, lex)]
        owned = any(w.dep == "poss" for p in recipients for w in p.words)  # "attacked his motorcade": his
        if not found and recipients and not owned and not any(p.words[p.head].ent for p in recipients):
            found = _attack_place(match.token, lex)  # "struck targets in Gaza": the place of an attack on things
    located = lex.visit_mode in match.pattern.mode or match.pattern.event in lex.attacker_types
    if lex.visit_mode in match.pattern.mode and not party:  # "began a tour from Lima": set out from, not hosted
        found = [t for t in found if not _under_preposition(t, match.token, lex.origin_prepositions)]
    if not party and recipients and not located:  # "defended his decision to go to war in Iraq": where, not whom
        return ()  # (but "visited slums in the Kenyan capital": the host; "shells hit a market in Homs": Syria)
    guessed = match.pattern.id.startswith("model:") or match.pattern.id.endswith("+model")
    if guessed or not party:  # a model's reading or a place: that one name alone
        return tuple(phrase(t) for t in found)
    skipped = {match.token.doc[i].idx for i in skip}  # a pattern's party with those joined to it ("threatened
    return tuple(p for t in found for p in phrases(t) if p.words[p.head].start not in skipped)  # blows to A and B")
