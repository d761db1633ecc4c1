"""Negation, hypotheticals, statements of intent and background clauses around a trigger."""

from __future__ import annotations

from spacy.tokens import Token

from eventwire.dictionaries.lexicon import Lexicon
from eventwire.extract.triggers import FINITE_TAGS, defied_demands, temporal, to_infinitive, told_first, verb_lemma
from eventwire.records import Modality

_WH_TAGS = frozenset({"WDT", "WP", "WP$", "WRB"})  # "how", "why", "which": a question about an act taken as done


def _clause_chain(token: Token, lex: Lexicon) -> list[Token]:
    """The trigger and the verbs/adjectives governing it through xcomp/acomp/conj/pcomp links."""
    chain = [token]
    current = token
    for _ in range(4):
        infinitive_of_intent = (  # "have sworn to fight", parsed as a purpose clause
            current.dep_ == "advcl" and current.head.lemma_.lower() in lex.intent_verbs and to_infinitive(current)
        )
        if (
            current.dep_ not in ("xcomp", "acomp", "pcomp", "conj", "dobj", "pobj", "prep") and not infinitive_of_intent
        ) or current.head.i == current.i:
            break
        if current.dep_ == "conj" and current.tag_ in FINITE_TAGS and current.head.tag_ != current.tag_:
            break  # "did not want to strike and called for talks": a verb of its own tense is not under "did not"
        if current.dep_ == "pobj" and temporal(current.head):
            break  # "stopped work on the first day of a strike": a time the verb is set in, not what it governs
        if (
            current.dep_ == "prep"
            and current.lower_ in lex.adjunct_prepositions
            and current.lower_ not in lex.pending_prepositions
            and not _indefinite(current)
        ):
            break  # "after talks with X, Y rejected the quota", "despite the bombing, X will attend": an act of its
            # own, done (but "plans to raise it during talks", "until the release of X": see _is_hypothetical)
        if told_first(current, lex):
            break  # "In talks with Japan yesterday, the envoy asked for ...": the setting told first happened
        if _answered(current, lex):
            break  # "vowed revenge for the raid", "would respond to the shelling": what is answered happened
        current = current.head
        chain.append(current)
    return chain


def _indefinite(prep: Token) -> bool:
    """Is the preposition's object an indefinite act ("after a trial in the Senate"), none told as done?"""
    return any(
        c.dep_ == "det" and c.lower_ in ("a", "an", "any")
        for o in prep.children
        if o.dep_ == "pobj"
        for c in o.children
    )


def _answered(token: Token, lex: Lexicon) -> bool:
    """Is the token what an answering word answers: its object, or the object of its preposition?"""
    if token.dep_ == "dobj":
        return token.head.lemma_.lower() in lex.answering_words
    if token.dep_ in ("pobj", "pcomp") and token.head.dep_ == "prep":  # "retaliation for", "the aftermath of"
        return token.head.head.lemma_.lower() in lex.answering_words
    return False


def _governs(chain: list[Token], head: Token) -> bool:
    """Does the head govern the act below it in the chain, not merely come before it: "foiled an attack" (the
    attack did not happen), not "foiled an attack and detained four men", "foiled a plot by arresting ten men" (the
    arrests did)?"""
    below = chain[chain.index(head) - 1]
    joined = below.dep_ == "conj" and not to_infinitive(below)  # not "asked A and B to agree", misparsed as joined
    return not joined and not (below.dep_ == "prep" and below.lower_ == "by")


def children_lemmas(token: Token, deps: tuple[str, ...]) -> set[str]:
    return {c.lemma_.lower() for c in token.children if c.dep_ in deps} | {
        c.lower_ for c in token.children if c.dep_ in deps
    }


def _is_negated(chain: list[Token], lex: Lexicon) -> bool:
    top = chain[-1]
    told_by = verb_lemma(top.head) if top.dep_ == "ccomp" else ""
    if (
        (told_by in lex.inference_verbs or told_by in lex.speech_verbs)
        and (any(c.dep_ == "neg" for c in top.head.children) or _negative_subject(top.head, lex))
        and not any(t.tag_ in _WH_TAGS for t in top.subtree)
    ):
        return True  # "the visit did not mean Japan was sending a signal": not told; not "did not
        # say how many were arrested", which takes the arrests for granted
    for t in chain:
        if any(c.dep_ == "neg" for c in t.children):
            return True
        if any(c.lower_ == "longer" and any(g.dep_ == "neg" for g in c.children) for c in t.children):
            return True  # "will no longer abide by the accords"
        if t is not chain[0] and t.lemma_.lower() in lex.negating_heads and _governs(chain, t):
            return True
        if _negative_subject(t, lex):
            return True
    return False


def _no_prospect(token: Token, lex: Lexicon) -> bool:
    """Is the act what "no" denies the prospect of: under a prospect noun with "no" ("there is no way Brazil will
    agree", "no question of Brazil agreeing", "no chance of a deal being signed")?"""
    t = token
    while t.dep_ in ("relcl", "acl", "pcomp", "pobj", "prep") and t.head is not t:
        t = t.head
        if t.lemma_.lower() in lex.prospect_nouns and any(d.dep_ == "det" and d.lower_ == "no" for d in t.children):
            return True
    return False


def _negative_subject(verb: Token, lex: Lexicon) -> bool:
    """Does a negative subject deny the verb ("no one", "no troops", "neither Russia nor Ukraine has signed")?"""
    for c in verb.children:
        if c.dep_ in ("nsubj", "nsubjpass"):
            det = [d.lower_ for d in c.children if d.dep_ == "det"]
            if c.lower_ in lex.negative_subjects or "no" in det or f"{c.lower_} one" in lex.negative_subjects:
                return True
            if set(det) & lex.negative_subjects:  # "Neither the bank nor the regulator would confirm": parsed as a det
                return True
            if any(d.dep_ == "preconj" and d.lower_ in lex.negative_subjects for d in c.children):
                return True  # "neither Russia nor Ukraine has signed the treaty"
            single = any(
                (d.dep_ == "det" and d.morph.get("Definite", []) == ["Ind"])
                or (d.dep_ == "nummod" and d.lower_ == "one")
                for d in c.children
            )
            if single and any(d.dep_ == "neg" for d in c.children):
                return True  # "not a single charge was filed", "not one soldier" (not "not all of them")
    return False


def _nothing_done(chain: list[Token], lex: Lexicon) -> bool:
    """Is the act's object (or the act itself) "no" thing: "sought no further hostilities", "had no plans to attack",
    "no attack was made", "there were no reports of clashes"? Not done, and not refused either (no one was turned
    down)."""
    for t in chain:
        if any(c.dep_ == "dobj" and any(d.dep_ == "det" and d.lower_ == "no" for d in c.children) for c in t.children):
            return True
        if (
            len(chain) > 1
            and t is chain[1]
            and chain[0].dep_ == "xcomp"
            and t.lemma_.lower() in ("have", "be")
            and children_lemmas(t, ("advmod",)) & lex.pending_adverbs
        ):
            return True  # "Russia has yet to withdraw its troops"; not "has yet to respond to the attack"
    if len(chain) > 2 and chain[1].dep_ == "prep" and chain[1].lower_ in ("of", "on"):  # the act itself, not
        evidence = chain[2]  # "no reports of casualties from the strike", which leaves the strike done
        if evidence.lemma_.lower() in lex.evidence_nouns and children_lemmas(evidence, ("det",)) & {"no"}:
            return True
    return any(c.dep_ == "det" and c.lower_ == "no" for c in chain[0].children)


def _reported_future(chain: list[Token], lex: Lexicon) -> bool:
    """ "X said they would blockade Paris": in reported speech "would" is the past of "will", not a hypothesis."""
    top = chain[-1]
    if top.dep_ not in ("ccomp", "parataxis") or top.head.lemma_.lower() not in lex.speech_verbs:
        return False
    return any("would" in children_lemmas(t, ("aux",)) for t in chain) and not any(
        (children_lemmas(t, ("aux",)) & lex.modal_auxiliaries) - {"would"} or _counterfactual(t) for t in chain
    )


def _counterfactual(verb: Token) -> bool:
    """ "would" with the perfect ("would have aided the program"): what did not happen; not with a deadline ("said it
    would have withdrawn its troops by Friday", a future perfect reported)."""
    auxiliaries = children_lemmas(verb, ("aux",))
    deadline = any(
        c.dep_ == "prep" and c.lower_ == "by" and any(g.ent_type_ in ("DATE", "TIME") for g in c.children)
        for c in verb.children
    )
    return verb.tag_ == "VBN" and {"would", "have"} <= auxiliaries and not deadline


def _is_refusal(chain: list[Token], lex: Lexicon) -> bool:
    """ "declined to resign", "refused to hand over": a verb of refusal governs the action."""
    return any(
        t.lemma_.lower() in lex.refusing_heads and not any(c.dep_ == "neg" for c in t.children) for t in chain[1:]
    )


def _cannot(verb: Token, lex: Lexicon) -> bool:
    """ "Canada cannot support the fund", "said it could not accept the terms": a refusable verb negated under a
    refusing modal states a refusal, not a possibility (not an inability whose excuse is told first: "Because of
    the storm, the delegation could not sign"; nor "could not have signed", "could not agree more")."""
    if not (
        verb.lemma_.lower() in lex.refusable_verbs
        and any(c.dep_ == "neg" for c in verb.children)
        and children_lemmas(verb, ("aux",)) & lex.refusing_modals
    ):
        return False
    if "have" in children_lemmas(verb, ("aux",)) or any(c.lower_ == "more" for c in verb.children):
        return False  # "could not have signed it without the army", "could not agree more"
    excuses = [c for c in verb.children if c.dep_ == "prep" and c.lower_ in lex.excuse_marks and c.i < verb.i]
    return not excuses  # "Without a quorum, parliament could not ratify it": a want told first (not "could not
    # accept it because of the social cost", a refusal with its reason)


def _is_hypothetical(chain: list[Token], lex: Lexicon) -> bool:
    sent = chain[0].sent
    if sent.text.rstrip().endswith("?"):
        return True
    first = chain[0]
    if first.dep_ == "advcl" and first.tag_ == "VBG" and verb_lemma(first.head) in lex.conditioning_verbs:
        return True  # "conditioned its aid on Kabul releasing the prisoners": what is asked for
    lead = first
    while lead.dep_ == "conj" and lead.head.i != lead.i:  # "risk being kidnapped, beaten and raped": all three
        lead = lead.head
    facing = lead.dep_ in ("dobj", "xcomp") and lead.head.lemma_.lower() in lex.facing_verbs  # (a headline's "face
    # arrest" may be tagged a verb)
    if facing and any(a.dep_ == "auxpass" and a.tag_ == "VBG" for a in lead.children):
        return True  # "migrants risk being kidnapped", "feared being deported": what may come to them
    if facing and lead.head.tag_ != "VBD" and lead.lemma_.lower() in lex.faced_acts:
        return True  # "striking dockworkers face arrest", "risk a ban" (not "faced trial in Moscow on Monday")
    if first.dep_ == "advcl" and children_lemmas(first, ("mark",)) & lex.comparison_marks and not _timed(first):
        return True  # "as demonstrated by ...": a comparison, not an action
    top = chain[-1]
    if top.dep_ == "ccomp" and verb_lemma(top.head) in lex.weighing_verbs:
        return True  # "hoped that the government will release them", "demanded that troops withdraw"
    if top.dep_ == "ccomp" and top.tag_ == "VB" and not children_lemmas(top, ("aux", "auxpass")):
        return True  # "insisted that Japan scrap its quotas": a bare verb with a subject is what is asked for
    if top.dep_ == "ccomp" and children_lemmas(top.head, ("nsubj",)) & lex.survey_nouns:
        return True  # "the poll found most voters backed the plan": an opinion counted
    if top.dep_ == "ccomp" and children_lemmas(top.head, ("acomp",)) & lex.chance_adjectives:
        return True  # "it is very possible this group was collaborating with ...": a chance, not a fact
    if _wished_of_another(top, lex) or _modal_time(top, lex):
        return True
    if any(_conditional(a, lex) for a in first.ancestors) or any(_inverted(a, lex) for a in (first, *first.ancestors)):
        return True  # inside a condition however the parser hung it ("if the men carry no papers they will be held")
    if _of_ability(first, lex):
        return True  # "powers to search homes at night", "the right to strike": what may be done
    subject = first.pos_ == "NOUN" and first.dep_ == "nsubj"
    if subject and children_lemmas(first.head, ("aux",)) & lex.modal_auxiliaries:
        return True  # "a ceasefire deal between Israel and Hamas could end the fighting": a deal that may come
    present = first.head.tag_ in ("VBZ", "VBP")  # "is not feasible"; not "was possible thanks to their help"
    if subject and present and children_lemmas(first.head, ("acomp",)) & lex.chance_adjectives:
        return True  # "a search of every truck is not feasible": an act judged by its chance, not done
    if (
        top.dep_ == "ccomp"
        and children_lemmas(top.head, ("aux",)) & lex.hedging_modals
        and verb_lemma(top.head) not in lex.speech_verbs
    ):
        return True  # "hoped the court would rule that the navy had broken the law": not told as fact (not "can
        # confirm that", "would later admit that")
    reported = _reported_future(chain, lex)
    pending = next((k for k, t in enumerate(chain) if t.dep_ == "prep" and t.lower_ in lex.pending_prepositions), None)
    for t in chain:
        if (children_lemmas(t, ("aux",)) & lex.modal_auxiliaries) and not reported and not _cannot(t, lex):
            return True
        if children_lemmas(t, ("mark",)) & lex.condition_marks or _purpose(t, lex):
            return True
        if "for" in children_lemmas(t, ("mark",)) and "to" in children_lemmas(t, ("aux",)):
            return True  # "the only answer is for Moscow to join the talks": what would be, not what is
        if t.dep_ == "advcl" and children_lemmas(t, ("mark",)) & lex.condition_marks:
            return True
        above = pending is not None and chain.index(t) > pending  # "during talks with X, Y asked for loans": the
        # talks are no part of what is asked
        if t is not chain[0] and verb_lemma(t) in lex.weighing_verbs and _governs(chain, t) and not above:
            return True  # "considering sending", "asked to"
        if t is not chain[0] and {t.lemma_.lower(), t.lower_} & lex.chance_adjectives:  # "more likely to be
            return True  # murdered", "was poised to impose tariffs"
        if t is not chain[0] and t.lemma_ == "be" and children_lemmas(t, ("nsubj",)) & lex.aim_nouns:
            below = chain[chain.index(t) - 1]
            if below.dep_ == "xcomp" and to_infinitive(below):
                return True  # "the aim is to seize the port": an aim (not "the plan was unacceptable")
        if len(chain) > 1 and t is chain[1] and _obliged(t, chain, lex):  # "the proposals have to be agreed"
            return True
    # "warned of a Russian invasion": a danger foretold; not "warned of the consequences of X's attack" (made)
    warned = len(chain) > 1 and chain[1].dep_ == "prep" and chain[1].lower_ == "of"
    return warned and verb_lemma(chain[1].head) in lex.warning_verbs


def _over_infinitive(chain: list[Token], t: Token) -> bool:
    """Does ``t`` govern the chain through a to-infinitive ("due to resign")?"""
    below = chain[chain.index(t) - 1]
    return below.dep_ == "xcomp" and to_infinitive(below)


def _purpose(clause: Token, lex: Lexicon) -> bool:
    """Is the clause what an act aims at ("so that the minister can offer specifics"): a purpose mark with "that" or
    a modal or future auxiliary; not a result (", so protesters attacked the station")?"""
    marks = children_lemmas(clause, ("mark", "advmod"))
    if not marks & lex.purpose_marks:
        return False
    auxiliaries = children_lemmas(clause, ("aux", "auxpass"))
    return "that" in marks or bool(auxiliaries & (lex.modal_auxiliaries | lex.future_auxiliaries))


def _modal_time(clause: Token, lex: Lexicon) -> bool:
    """Is the clause a time clause not told as past, with a subject of its own, on a verb with a modal auxiliary, a
    future one or a verb of intent ("prosecutors can hold a suspect while the case is examined", "the activists
    promised a vigil every week until the parliament votes")? It is set in that frame, what may or is to be; not a
    past fact ("could face life in prison after police arrested him", "vowed revenge after troops killed three"),
    nor on a reported "would" ("said police would hold him until he paid")."""
    if clause.dep_ != "advcl" or not children_lemmas(clause, ("mark",)) & lex.time_marks:
        return False
    if not any(c.dep_ in ("nsubj", "nsubjpass") for c in clause.children):
        return False  # "while calling on other nations to do the same": a participle shares its head's time
    head = clause.head
    promised = verb_lemma(head) in lex.intent_verbs or bool(children_lemmas(head, ("aux",)) & lex.future_auxiliaries)
    if promised and children_lemmas(clause, ("mark",)) & lex.pending_marks:
        return True  # "promised protests until the country joined the treaty": a past tense told after a promise
    if clause.tag_ == "VBD" or any(c.dep_ in ("aux", "auxpass") and c.tag_ == "VBD" for c in clause.children):
        return False  # told as past: it happened
    if promised:
        return True
    return bool(children_lemmas(head, ("aux",)) & lex.modal_auxiliaries) and not _reported_future(
        _clause_chain(head, lex), lex
    )


def _of_ability(clause: Token, lex: Lexicon) -> bool:
    """Is the clause an infinitive on a noun of ability ("powers to search homes", "the right to strike"), or one
    the parser hangs on the verb whose object that noun is ("wants to keep its powers to search homes")?"""
    if not to_infinitive(clause):
        return False
    if clause.dep_ == "acl":
        noun = clause.head
    elif clause.dep_ in ("xcomp", "advcl"):
        noun = next((c for c in clause.head.children if c.dep_ == "dobj" and c.i < clause.i), clause)
    else:
        return False
    used = noun.dep_ == "dobj" and verb_lemma(noun.head) in lex.exercising_verbs  # "used their powers to detain"
    return noun.lemma_.lower() in lex.ability_nouns and not used


def _wished_of_another(top: Token, lex: Lexicon) -> bool:
    """ "Washington wants Beijing to release them", "expects Kyiv to withdraw": an act wished of another party (an
    infinitive with a subject of its own under a verb of intent) is not done, nor intended by its doer."""
    return (
        top.dep_ == "ccomp"
        and verb_lemma(top.head) in lex.intent_verbs
        and to_infinitive(top)
        and any(c.dep_ in ("nsubj", "nsubjpass") for c in top.children)
    )


def scheduled(token: Token, lex: Lexicon) -> bool:
    """Is the act due or scheduled ("is due to meet the premier today", "were scheduled to be expelled"; not "the
    violence is due to clashes", a cause)?"""
    return _scheduled_chain(_clause_chain(token, lex), lex)


def _scheduled_chain(chain: list[Token], lex: Lexicon) -> bool:
    return any(_schedules(chain, t, lex) for t in chain[1:])


def _schedules(chain: list[Token], t: Token, lex: Lexicon) -> bool:
    """Is ``t`` a scheduling word over the chain's to-infinitive (not "set out to attack", a purpose)?"""
    return (
        t.lower_ in lex.scheduling_words and not any(c.dep_ == "prt" for c in t.children) and _over_infinitive(chain, t)
    )


def _is_intent(chain: list[Token], lex: Lexicon) -> bool:
    first = chain[0]
    if children_lemmas(first, ("aux",)) & lex.future_auxiliaries or _reported_future(chain, lex):
        return True
    if _scheduled_chain(chain, lex):
        return True  # "is due to meet the premier in London today": planned
    for i, t in enumerate(chain[1:], start=1):
        lemma = t.lemma_.lower()
        if lemma in lex.intent_adjectives or lemma in lex.intent_verbs or lemma in lex.intent_nouns:
            return True
        if children_lemmas(t, ("aux",)) & lex.future_auxiliaries:
            return True
        present = any(a.dep_ == "aux" and a.tag_ in ("VBZ", "VBP") for a in t.children)
        # "the police are going to detain them": the future, as with "will" (not a past plot: "were going to bomb")
        if t.lower_ == "going" and present and chain[i - 1].dep_ == "xcomp" and to_infinitive(chain[i - 1]):
            return True
    return False


def _obliged(verb: Token, chain: list[Token], lex: Lexicon) -> bool:
    """ "Iran has to accept the terms", "will have to withdraw": an obligation now or to come, not a done act ("had to
    flee" tells that it was done)."""
    below = chain[chain.index(verb) - 1]
    if verb.lemma_.lower() != "have" or below.dep_ != "xcomp" or below.head.i != verb.i or not to_infinitive(below):
        return False
    auxiliaries = children_lemmas(verb, ("aux",))
    return (verb.tag_ in ("VBZ", "VBP") and not auxiliaries) or bool(auxiliaries & lex.future_auxiliaries)


def _timed(clause: Token) -> bool:
    """ "The announcement came as Kenyan police arrested five leaders": a finite clause with a subject of its own
    after "as" tells what happened at the time, not a comparison ("as demonstrated by ...") nor a condition ("as soon
    as", "as long as": an adverb between two "as")."""
    finite = clause.tag_ in FINITE_TAGS or any(c.dep_ in ("aux", "auxpass") for c in clause.children)
    mark = next((c for c in clause.children if c.dep_ == "mark"), None)
    paired = mark is not None and mark.i >= 2 and mark.doc[mark.i - 2].lower_ == mark.lower_  # "as soon as"
    return finite and not paired and any(c.dep_ in ("nsubj", "nsubjpass") for c in clause.children)


def _on_condition(chain: list[Token], marks: frozenset[str]) -> bool:
    """Is the action told on a condition ("unless", "if"): does a condition's clause, with one of these marks, hang on
    the chain? Not a concession ("even if Hungary objects": whatever happens)."""
    return any(
        c.dep_ == "advcl" and children_lemmas(c, ("mark",)) & marks and not _concessive(c)
        for t in chain
        for c in t.children
    )


def _conditional(clause: Token, lex: Lexicon) -> bool:
    """Is the clause a condition: an adverbial clause marked "if" or "unless" on its own (not "as if", "even if",
    "if only", "whether or not")?"""
    if clause.dep_ != "advcl" or _concessive(clause):
        return False
    for m in clause.children:
        if m.dep_ == "mark" and m.lower_ in lex.proviso_marks:
            before = m.doc[m.i - 1].lower_ if m.i > 0 else ""
            after = m.doc[m.i + 1].lower_ if m.i + 1 < len(m.doc) else ""
            if before not in lex.comparison_marks and after not in lex.restricting_words:
                return True
    return False


def _inverted(clause: Token, lex: Lexicon) -> bool:
    """Is the clause a condition told by inversion: an adverbial clause that an inverting auxiliary opens before its
    subject ("had the envoy refused, ...", "were Chile to leave, ...", "should the talks fail, ..."), which the parser
    may hang as a complement of what follows it?"""
    if not (clause.dep_ == "advcl" or (clause.dep_ == "ccomp" and clause.i < clause.head.i)):
        return False
    opener = clause.left_edge
    if opener.lower_ not in lex.inverting_auxiliaries or not (opener == clause or opener.head == clause):
        return False
    return any(c.dep_ in ("nsubj", "nsubjpass") and c.i > opener.i for c in clause.children)


def _concessive(clause: Token) -> bool:
    """ "even if ...", "even unless ...": "even" on the clause or on its mark."""
    marks = [m for m in clause.children if m.dep_ == "mark"]
    return any(a.lower_ == "even" for h in (clause, *marks) for a in h.children if a.dep_ == "advmod")


def _is_background(token: Token, lex: Lexicon) -> bool:
    clause = token
    while clause.dep_ in ("xcomp", "conj", "dobj", "pobj", "prep") and clause.head.i != clause.i:
        clause = clause.head
    ids = clause_ids(clause)
    defied = {t.i for o in defied_demands(clause, lex) for t in o.head.subtree}  # "despite repeated calls": the
    # calls' history, not the act's
    text = " ".join(clause.doc[i].lower_ for i in sorted(ids - defied))
    own = clause.lower_ if clause.pos_ == "VERB" else None  # a cue that is the clause's own verb is no habit: "the
    # MPs repeated their calls" did it again now ("repeated attacks" are a habit)
    verbs = [clause, *(c for c in clause.children if c.dep_ in ("aux", "auxpass"))]
    habit = any(c.dep_ == "advmod" and c.lower_ in lex.habitual_adverbs for v in verbs for c in v.children)
    dated = any(clause.doc[i].ent_type_ == "DATE" for i in ids)
    return (
        (habit and not dated)  # "migrants are often held captive"; not "the often violent protesters ... on Monday"
        or any(f" {cue}" in f" {text}" and cue.strip() != own for cue in lex.background_cues)  # at a word's start:
        # not "intend to"
        or lex.background_span.search(text) is not None
        or _place_history(clause, lex)
    )


def _place_history(clause: Token, lex: Lexicon) -> bool:
    """ "... in Serbia, where 24 people were killed in riots last March": a dated relative clause on a place tells
    the place's history, not this article's news."""
    if clause.dep_ != "relcl" or clause.head.ent_type_ not in ("GPE", "LOC", "FAC"):
        return False
    return any(t.ent_type_ == "DATE" for t in clause.subtree) and any(
        c.lower_ in lex.place_history_words for c in clause.children
    )


def clause_ids(head: Token) -> set[int]:
    """Token indices of the clause headed by ``head``, without subordinate, relative or coordinate clauses."""
    ids: set[int] = set()
    stack = [head]
    while stack:
        t = stack.pop()
        ids.add(t.i)
        for c in t.children:
            if c.dep_ in _OTHER_CLAUSES or (c.dep_ == "conj" and c.pos_ in ("VERB", "AUX")):
                continue
            stack.append(c)
    return ids


def clause_text(head: Token) -> str:
    """Lowercased words of the clause headed by ``head``, without its subordinate and coordinate clauses."""
    return " ".join(head.doc[i].lower_ for i in sorted(clause_ids(head)))


_OTHER_CLAUSES = frozenset({"ccomp", "advcl", "parataxis", "relcl", "acl", "csubj"})


def _dismissed(token: Token, lex: Lexicon) -> bool:
    """Is the act told inside a report the sentence calls false ("reports that it intended to attack tankers were
    baseless"): denied, not done?"""
    current = token
    for _ in range(5):
        if current.dep_ not in ("xcomp", "ccomp", "acl", "conj", "dobj", "pobj", "prep") or current.head.i == current.i:
            return False
        current = current.head
        if current.pos_ == "NOUN" and current.lemma_.lower() in lex.reported_nouns:
            judge = current.head
            return current.dep_ == "nsubj" and any(
                c.dep_ == "acomp" and c.lower_ in lex.falsity_words for c in judge.children
            )
    return False


def modality(token: Token, lex: Lexicon) -> Modality:
    """How the trigger's action is framed: negated, hypothetical, intended or background (cues: the lexicon's)."""
    chain = _clause_chain(token, lex)
    negated, intent = _is_negated(chain, lex) or _no_prospect(token, lex), _is_intent(chain, lex)
    return Modality(
        negated=negated or _nothing_done(chain, lex) or _dismissed(token, lex),
        hypothetical=_is_hypothetical(chain, lex),
        intent=intent,
        refused=_is_refusal(chain, lex) or (negated and intent) or _cannot(chain[0], lex),
        conditional=_on_condition(chain, lex.ultimatum_marks),
        on_condition=_on_condition(chain, lex.condition_marks),
        background=_is_background(token, lex),
    )
