"""Actor coding: a phrase → country, sector(s), canonical name, with in-article memory for later mentions."""

from __future__ import annotations

import re
from collections.abc import Sequence
from dataclasses import dataclass, field, replace
from datetime import date

from eventwire.dictionaries.actors import ActorLexicon, CountryHit, OfficeHolder, Organization, Role, fold_accents
from eventwire.dictionaries.lexicon import Lexicon
from eventwire.records import OPENING_SUBJECT, ActorRef, Phrase, Word
from eventwire.resolve.places import Gazetteer

NAME = "eventwire.actors.v1"
_NOT_ACTOR_ENTS = frozenset({"DATE", "TIME", "MONEY", "PERCENT", "QUANTITY", "ORDINAL", "CARDINAL"})
_PAIRED = re.compile(r"(?:the )?(north|south|east|west) and (north|south|east|west) (\w[\w ]*)", re.IGNORECASE)


def _unpossessed(text: str) -> str:
    """The text without a possessive ending ("the group's" → "the group")."""
    return text.removesuffix("'s").removesuffix("’s")


def _where_they_live(scan: _Scan, words: tuple[Word, ...], lex: Lexicon) -> str | None:
    """For people named by a nationality, the country where the phrase puts them ("Albanians of southern Serbia",
    "Serbs in Kosovo": SRB, KOS); "" when the phrase calls them "ethnic" or gives the nationality as their origin
    ("of Indian origin") and names no other country (the clause or article then says where); None when the
    nationality is the coding."""
    if not scan.countries or scan.countries[0][1].how != "adjective":
        return None
    i0, first = scan.countries[0]
    for i, hit in scan.countries[1:]:
        if hit.code != first.code and any(w.text.lower() in lex.residence_prepositions for w in words[i0 + 1 : i]):
            return hit.code
    if i0 > 0 and words[i0 - 1].text.lower() in lex.residence_qualifiers and words[-1].pos in ("NOUN", "PROPN"):
        return ""
    after = next((j for j in range(i0 + 1, len(words)) if not words[j].text[:1].isupper()), len(words))
    if (  # "workers of Indian origin", "of South Korean descent"; not "a Chinese heritage centre"
        i0 > 0
        and words[i0 - 1].text.lower() in lex.residence_prepositions
        and after < len(words)
        and words[after].lemma.lower() in lex.origin_nouns
    ):
        return ""
    return None


def _role_sectors(scan: _Scan, words: tuple[Word, ...], civilians: str) -> tuple[str, ...]:
    """Sectors of the phrase's roles; "chief of staff of the armed forces" takes the sectors after "of" (not where
    those are only the civilians a place stands for: "the mayor of a small town" is no civilian)."""
    roles = scan.roles
    ofs = [i for i, w in enumerate(words) if w.text.lower() == "of"]
    for cut in reversed(ofs):
        after = tuple(dict.fromkeys(s for i, r in roles if i > cut for s in r.sectors))
        if after and after != (civilians,) and any(i < cut for i, _ in roles):
            return after
    return tuple(dict.fromkeys(s for _, r in roles for s in r.sectors))


def _names_placed_act(after: tuple[Word, ...], lex: Lexicon) -> bool:
    """Do the words after a capital name an act placed there ("accords", "climate agreement", "car bombing"): the next
    noun, or the one after a noun or adjective qualifying it?"""
    for w in after:
        low = (w.lemma.lower(), w.text.lower())
        if any(x in lex.placed_act_nouns or x in lex.attack_nouns for x in low):
            return True
        if w.pos not in ("NOUN", "ADJ"):
            return False
    return False


def _inside_longer_name(run: list[Word], w: Word, found: tuple[int, object]) -> bool:
    """Does a dictionary organisation of two or more words begin inside a longer name the tagger reads as one
    organisation, right after proper nouns no dictionary knows ("the Unity Democratic Party", "the Social
    Democratic Party": not the US Democratic Party)?"""
    n, what = found
    return (
        isinstance(what, Organization)
        and n >= 2
        and bool(run)
        and run[-1].end + 1 == w.start
        and w.ent == "ORG"
        and all(r.ent == "ORG" for r in run)
    )


def head_word(text: str) -> str:
    """The last word before any "of" of a phrase's text, lowercased: its head as far as the words tell ("its
    neighbours of arming the rebels": neighbours; "supporters of the candidates": supporters)."""
    words = text.lower().split(" of ")[0].split()
    return words[-1] if words else ""


def _owner(phrase: Phrase, i: int) -> bool:
    """Does the country word at i own the phrase's head with a possessive right after it ("Greece's lenders"; not
    "the Israeli prime minister's rivals", Israelis)?"""
    j = i + 1
    while j < len(phrase.words) and j <= phrase.head and phrase.words[j].text[:1].isupper():
        j += 1  # the rest of the country's name: "South Korea's", "the United States'"
    after = phrase.text[phrase.words[j - 1].end - phrase.start :]
    return after.startswith(("'s", "'", "’s", "’"))


def _plural_noun(w: Word | None) -> bool:
    """A common noun whose lemma differs from its text: inflected, a plural ("women", "migrants")."""
    return w is not None and w.pos == "NOUN" and w.lemma.lower() != w.text.lower()


def _name_like(w: Word) -> bool:
    """A proper-name token: tagged PROPN, or capitalised inside a named entity (the tagger errs in headlines)."""
    return w.pos == "PROPN" or (
        w.text[:1].isupper() and w.ent in ("PERSON", "GPE", "ORG", "LOC", "NORP") and w.pos != "ADJ"
    )


def same_first_name(a: str, b: str) -> bool:
    """Can two names of one surname be one person? Yes unless both give a first name and they differ
    ("Michael Howard" is not "John Howard"; "Bush" and "George W. Bush" may be one)."""
    first_a, first_b = a.split(), b.split()
    if len(first_a) < 2 or len(first_b) < 2:
        return True
    return fold_accents(first_a[0]).lower() == fold_accents(first_b[0]).lower()


_SIDE_BY_SIDE = 120  # characters within which two groups of one noun are told together ("Peruvian and Bolivian men")
# codings borrowed from an earlier mention ("Johnson", "the suspects", "the women"): the phrase says nothing of them
BORROWED = frozenset({"coref", "accused", "group-coref"})


def generic_agent(ref: ActorRef) -> bool:
    """An agent named by what it is, not who: a role noun or a crowd without a name ("the police", "protesters")."""
    return ref.kind in ("person", "organization", "group") and (ref.name is None or ref.resolved_by == "residence")


DOMINANT = 2.0  # the main country's weight over the next one's for an article to be about it alone (see
# article_countries): there a person titled with a state office and no country holds it (see _state_official)


def _leader(votes: dict[str, float]) -> tuple[str | None, bool]:
    """The country with most votes, and whether it has at least DOMINANT times the next one's."""
    if not votes:
        return None, False
    ranked = sorted(votes.values(), reverse=True)
    return max(votes, key=lambda c: votes[c]), len(ranked) == 1 or ranked[0] >= DOMINANT * ranked[1]


def _main(votes: dict[str, float], leads: dict[str, float]) -> tuple[str | None, bool]:
    """The main country by the mentions and the lead's subject together, and whether the mentions alone make it
    dominant (the lead's subject counts five mentions: most articles would be)."""
    both = dict(votes)
    for code, weight in leads.items():
        both[code] = both.get(code, 0.0) + weight
    main = _leader(both)[0]
    alone, dominant = _leader(votes)
    return main, dominant and alone == main


@dataclass(slots=True)
class ArticleMemory:
    """What an article has said about its actors so far."""

    published: date | None = None
    main_country: str | None = None
    countries: frozenset[str] = frozenset()
    dominant: bool = False  # the main country outweighs every other the article names (see article_countries)
    people: dict[str, ActorRef] = field(default_factory=dict)  # name or name token (lowercase) → coding
    last_person: ActorRef | None = None
    last_subject: Phrase | None = None  # the last sentence's subject: a next "It", when a state or organisation
    titled: dict[str, ActorRef] = field(default_factory=dict)  # role term → the last named person holding it
    last_group: tuple[ActorRef, ...] = ()
    last_acted_on: tuple[ActorRef, ...] = ()  # the recipients of that group's act when one side acted on the other
    acronyms: dict[str, ActorRef] = field(default_factory=dict)  # "BNP" after "the British National Party (BNP)"
    last_attackers: tuple[ActorRef, ...] = ()  # the named makers of the article's last attack
    attack_sentence: int | None = None  # where the sentence of that attack starts
    acts: list[tuple[str, tuple[str, ...], tuple[ActorRef, ...]]] = field(default_factory=list)  # type, words, makers
    collectives: list[ActorRef] = field(default_factory=list)  # coded groups or organisations of no state office
    # ("the group"), in the order the text names them
    last_company: ActorRef | None = None  # the last company the text called one ("oil company Yukos": "the company")
    last_accused: ActorRef | None = None  # the last named person charged, arrested or sentenced ("the accused")
    plural_nouns: set[tuple[int, int]] = field(default_factory=set)  # spans of phrases headed by a plural noun
    bodies: dict[str, str | None] = field(default_factory=dict)  # "embassy" → USA ("the US Embassy"); None: two
    full_names: dict[str, str] = field(default_factory=dict)  # surname (lowercase) → the first full name with it
    described: dict[int, tuple[str, ActorRef | None]] = field(default_factory=dict)  # where a group named by a plural
    # noun starts → the noun's lemma and its coding when the phrase's own words gave a country ("six Paraguayan women")

    def name_person(self, text: str) -> None:
        """Note a person's full name as the article writes it ("Michael Howard"), so that the bare surname later
        ("Mr Howard") means that person and not an office-holder of the same surname ("John Howard")."""
        words = _unpossessed(text).split()
        if len(words) > 1 and words[-1][:1].isupper():
            self.full_names.setdefault(fold_accents(words[-1]).lower(), " ".join(words))

    def is_surname(self, text: str) -> bool:
        """Is this one word the surname of a person the article names in full ("Medina" after "Pablo Medina")?"""
        words = _unpossessed(text).split()
        return len(words) == 1 and fold_accents(words[0]).lower() in self.full_names

    def remember(self, ref: ActorRef) -> None:
        if ref.kind != "person" or not ref.name:
            return
        if ref.code and ref.resolved_by != "article-country":
            for term in ref.roles:
                self.titled[term] = ref
        known = self.people.get(ref.name.lower())
        if known is not None and known.code and (not ref.code or ref.resolved_by == "article-country"):
            return
        self.people[ref.name.lower()] = ref
        for part in ref.name.split():
            if len(part) > 2 and part[:1].isupper():
                held = self.people.get(part.lower())
                fuller = held is not None and held.name and set(held.name.split()) < set(ref.name.split())
                if held is None or held.name == ref.name or fuller or held.resolved_by == "article-country":
                    self.people[part.lower()] = ref


@dataclass(frozen=True, slots=True)
class _Scan:
    """What the words of a phrase matched."""

    countries: list[tuple[int, CountryHit]]
    orgs: list[Organization]
    roles: list[tuple[int, Role]]
    names: list[list[Word]]
    regions: list[str]
    located: list[str]  # names after "in" ("police in Sinaloa"): a first-level region may be meant
    titled: list[str] = field(default_factory=list)  # names right before a person's title ("Cusco Mayor Juan Perez")


def _after_opening_adverb(word: Word, lex: Lexicon) -> bool:
    """Is the word a subject after only an opening adverb other than a contrast adverb ("Later, it"; not "However,
    it", which as often turns to the other party)?"""
    marked, _, adverb = word.dep.rpartition(":")
    return marked == OPENING_SUBJECT and adverb not in lex.contrast_adverbs


def _reporter(scan: _Scan, press: str) -> bool:
    """Is a phrase that names a publisher about one of its journalists, by name ("Al Jazeera journalist Mahmoud
    Hussein"; not "newspaper ABC Color"): a person's title of the press sector and a name beside the publisher's?"""
    return any(press in r.sectors and r.person_title for _, r in scan.roles) and bool(scan.names)


class ActorResolver:
    """Codes actor phrases with the lexicon, the gazetteer and the article's memory."""

    name = NAME

    def __init__(self, lexicon: ActorLexicon, words: Lexicon, gazetteer: Gazetteer | None = None) -> None:
        self.lex = lexicon
        self.words = words  # the coder's lexicon: pronouns, media words, honorifics, ...
        self.state_sectors = words.official_sectors | frozenset(words.authority_sectors)  # offices, police, courts
        self.gazetteer = gazetteer

    # -- scanning ------------------------------------------------------------------------------
    def _match(self, words: tuple[Word, ...], text: str, base: int, i: int) -> tuple[int, object] | None:
        """Longest dictionary match starting at word i: (length, CountryHit | Organization | Role)."""
        lex = self.lex
        for n in range(min(lex.span_limit(words[i].text, words[i].lemma), len(words) - i), 0, -1):
            surface = text[words[i].start - base : words[i + n - 1].end - base]
            low = surface.lower()
            org = lex.org(surface)
            if org is not None:
                return n, org
            hit = lex.country(surface)
            if hit is not None and not (low.startswith("the ") and self._longer_org(words, text, base, i + 1, n)):
                return n, hit  # not "the Paris Club", an organisation's name after "the" (but "the U.S. Attorney")
            role = lex.roles.get(low) or lex.roles.get(" ".join(w.lemma.lower() for w in words[i : i + n]))
            if role is None and words[i + n - 1].ent == "NORP" and low.endswith("s"):
                role = lex.roles.get(low[:-1])  # "Christians", a plural the tagger leaves unlemmatised as a name
            if role is not None and role.term in self.words.rank_roles and i + n < len(words):
                after = self._match(words, text, base, i + n)
                if after is not None and isinstance(after[1], Role):
                    return None  # "Deputy Trade Minister": the minister's rank, not a deputy of a chamber
                ranked = self.lex.roles.get(self.words.ranked_role)
                nxt = words[i + n + 1] if words[i + n].text == "-" and i + n + 1 < len(words) else words[i + n]
                if nxt.pos == "NOUN" and ranked is not None:  # (or "deputy-head"): an official of that rank, of no
                    return n, replace(ranked, term=role.term)  # chamber ("the deputy head of the patrols")
            if role is not None:
                return n, role
        return None

    def _longer_org(self, words: tuple[Word, ...], text: str, base: int, i: int, n: int) -> bool:
        """Does an organisation's name of at least n words start at word i ("Paris Club" after "the Paris")?"""
        for m in range(min(self.lex.span_limit(words[i].text, words[i].lemma), len(words) - i), n - 1, -1):
            if self.lex.org(text[words[i].start - base : words[i + m - 1].end - base]) is not None:
                return True
        return False

    def scan(self, phrase: Phrase) -> _Scan:
        words = phrase.words
        out = _Scan([], [], [], [], [], [])
        run: list[Word] = []
        i = 0
        while i < len(words):
            region = self._region(words, i, phrase.text, phrase.start)
            found = self._match(words, phrase.text, phrase.start, i)
            if region and not (found is not None and isinstance(found[1], Organization)):  # "Latin American
                i += region  # leaders": a region of several countries, no country's name (not the
                continue  # "Inter-American Development Bank", an organisation)
            inside = next((j for j in range(i + 1, i + found[0]) if self._region(words, j)), None) if found else None
            if inside is not None:  # "the Indian Ocean tidal wave": "the Indian" is no country before "Ocean"
                i = inside + self._region(words, inside)
                continue
            if found is not None and _inside_longer_name(run, words[i], found):
                found = None  # "the Unity Democratic Party": not the US one, a name of its own
            elif (
                found is not None
                and isinstance(found[1], CountryHit)
                and run
                and run[-1].end + 1 == words[i].start
                and self._is_region([*run, *words[i : i + found[0]]])
            ):
                found = None  # "the New Mexico governor": a US state, not Mexico
            if found is not None:
                n, what = found
                if isinstance(what, CountryHit):
                    # "Oslo accords", "the Paris climate agreement": the capital says where, not who
                    # (not "Moscow's airstrikes", the state's)
                    owner = any(w.dep == "poss" for w in words[i : i + n])
                    by_place = (
                        what.how == "capital" and not owner and _names_placed_act(words[i + n : i + n + 2], self.words)
                    )
                    if not self._stance(words, i) and not by_place:  # "pro-Russian separatists": not Russia's
                        out.countries.append((i, what))
                elif isinstance(what, Organization):
                    out.orgs.append(what)
                else:
                    assert isinstance(what, Role)
                    out.roles.append((i, what))
                    local = what.term in self.words.local_titles
                    if local and run and run[-1] is words[i - 1]:  # "Cusco Mayor": the place it serves
                        out.titled.append(" ".join(w.text for w in run))
                if run:
                    out.names.append(run)
                    run = []
                i += n
                continue
            w = words[i]
            if run and w.start > run[-1].end + 1:  # words the phrase left out lie between:
                self._close(run, words, out)  # "the Church of Scientology in New York City, John Carmichael"
                run = []
            if (
                _name_like(w)
                and w.text.lower() not in self.words.honorifics
                and (w.text.lower() not in self.words.not_names or (w.ent in _PLACE_ENTS and w.pos == "PROPN"))
            ):  # "the new president", but "the New York mayor": a place's name the tagger marks
                run.append(w)
            elif run and w.text in ("'s", "’s"):
                out.regions.append(" ".join(x.text for x in run)) if self._is_region(run) else out.names.append(run)
                run = []
            elif run and not (w.pos == "PROPN" or w.text in ("-", ".")):
                self._close(run, words, out)
                run = []
            i += 1
        if run:
            self._close(run, words, out)
        return out

    def _close(self, run: list[Word], words: tuple[Word, ...], out: _Scan) -> None:
        """A finished run of proper nouns is a name, or a place where a settlement noun and "of" come before it
        ("the town of Goma", which the tagger may call a person)."""
        at = next(k for k, w in enumerate(words) if w.start == run[0].start)
        settled = (
            at >= 2
            and words[at - 1].text.lower() == "of"
            and words[at - 2].lemma.lower() in self.words.settlement_nouns
        )
        if settled:
            out.regions.append(" ".join(w.text for w in run))
        else:
            out.names.append(run)
            if at >= 1 and words[at - 1].text.lower() == "in" and all(w.ent in ("GPE", "LOC") for w in run):
                out.located.append(" ".join(w.text for w in run))

    def _stance(self, words: tuple[Word, ...], i: int) -> bool:
        """Is the country word at i the cause a stance prefix names ("anti-American", "pro-Russian"), or the backer a
        stance suffix names ("Russian-backed separatists", "Iranian-funded militias")?"""
        if i >= 2 and words[i - 1].text == "-" and words[i - 2].text.lower() in self.words.stance_prefixes:
            return True
        after = words[i + 1 : i + 3]
        if after and after[0].text == "-":
            after = after[1:]
        elif after and after[0].start != words[i].end + 1:  # the hyphen, left out of the phrase, lies between
            return False
        return bool(after) and after[0].text.lower() in self.words.stance_suffixes

    def _region(self, words: tuple[Word, ...], i: int, text: str = "", base: int = 0) -> int:
        """How many words from i spell a region of several countries (the lexicon's), 0 if none: "Latin American
        leaders", or as written in the phrase's text ("Ibero-American", whose hyphen the words leave out)."""
        for n in (3, 2):
            if i + n > len(words):
                continue
            spelt = " ".join(w.text.lower() for w in words[i : i + n])
            written = text[words[i].start - base : words[i + n - 1].end - base].lower() if text else spelt
            if spelt in self.words.multinational_regions or written in self.words.multinational_regions:
                return n
        return 0

    def _is_region(self, run: list[Word]) -> bool:
        text = " ".join(w.text for w in run)
        return bool(self.gazetteer and (self.gazetteer.region_country(text) or self.gazetteer.lookup(text)))

    # -- resolving -----------------------------------------------------------------------------
    def _person_name(self, scan: _Scan) -> str | None:
        """The last run of proper nouns that is not a known place."""
        for run in reversed(scan.names):
            if len(run) == 1 and run[0].ent in ("DATE", "NORP"):
                continue
            text = " ".join(w.text for w in run)
            if all(w.ent in ("GPE", "LOC", "FAC") for w in run) and self._is_region(run) and not self._holder(text):
                continue  # a place, unless an office-holder is called so ("Obama" is also a Japanese city)
            return text
        return None

    def holder_countries(self, name: str | None) -> frozenset[str]:
        """Every country some office-holder known by ``name`` served, at any date (empty for other names)."""
        if not name:
            return frozenset()
        holders = self.lex.people.get(name.lower()) or self.lex.people.get(fold_accents(name).lower())
        return frozenset(o.country or h.country for h in holders for o in h.offices) | {h.country for h in holders}

    def _holder(self, text: str) -> bool:
        """Is some office-holder known by this name (with or without diacritics)?"""
        return text.lower() in self.lex.people or fold_accents(text).lower() in self.lex.people

    def _place_country(self, scan: _Scan, memory: ArticleMemory) -> str | None:
        if self.gazetteer is None:
            return None
        for text in scan.regions:
            code = self.gazetteer.country_of(text, memory.countries)
            if code:
                return code
        for run in scan.names:
            if all(w.ent in ("GPE", "LOC") for w in run):
                code = self.gazetteer.country_of(" ".join(w.text for w in run), memory.countries)
                if code:
                    return code
        for text in scan.titled:  # "Cusco Mayor Juan Perez": the city or region a local office serves, of a country
            if text.lower() in memory.people or self._holder(text):  # the article names (not "Kent councillor" in
                continue  # an article on Britain read as a US town)
            code = self.gazetteer.subdivision_country(text) or self.gazetteer.country_of(text, memory.countries)
            if code and code in (*memory.countries, memory.main_country):
                return code
        for text in scan.located:  # no city so called: "officials in Helmand" are Afghan
            code = None if text.lower() in self.words.not_subdivisions else self.gazetteer.subdivision_country(text)
            if code:
                return code
        return None

    def finish(self, ref: ActorRef, memory: ArticleMemory) -> ActorRef:
        """Last resort, then remember the actor. An unnamed generic agent ("police", "the government",
        "protesters", "ethnic Albanians") whose phrase names no country is of the country the article is about, as
        a human coder reads it; so is a named person whose name some office-holder of that country bears ("Blair"
        in an article about Britain, not about Turkey), and so is a person titled with a state office in an article
        that names that one country (see _state_official). Any other named person or organisation whose country
        nothing in the article says stays uncoded (its text kept, code None), never given the article's country
        by default."""
        low = ref.text.lower()
        body = memory.bodies.get(low.removeprefix("the ")) if low.startswith("the ") else None
        if ref.code is None and body and generic_agent(ref):  # "the embassy" in an article on "the US Embassy"
            ref = replace(ref, code=body, resolved_by="named-body")
        elif (
            ref.code is None
            and memory.main_country
            and (
                (generic_agent(ref) and not self._several_countries(ref) and not self._counterpart(ref))
                or memory.main_country in self.holder_countries(ref.name)
            )
        ):
            ref = replace(ref, code=memory.main_country, resolved_by="article-country")
        elif ref.code is None and memory.main_country and self._state_official(ref, memory):
            ref = replace(ref, code=memory.main_country, resolved_by="office-in-article-country")
        memory.remember(ref)
        if self._collective(ref, memory):
            if self.words.business_sector in ref.sectors:
                memory.last_company = ref  # "the company" (a company is never "the group")
            else:
                memory.collectives.append(ref)
        return ref

    def _other_body(self, phrase: Phrase, org: Organization) -> bool:
        """Is the organisation one a shared body name ("Congress") gave as the phrase's head, after two or more
        proper names that name no country ("the Trade Unions Congress"; not "the U.S. Congress", "the
        Republican-controlled Congress", "Congress members")?"""
        at = phrase.head
        if not phrase.words or phrase.words[at].text.lower() not in self.words.shared_body_names:
            return False
        if self.lex.org(phrase.words[at].text) is not org:
            return False
        before: list[Word] = []
        for w in reversed(phrase.words[:at]):
            if w.pos != "PROPN":
                break
            before.append(w)
        return len(before) >= 2 and not any(self.lex.country(w.text) or self.lex.org(w.text) for w in before)

    def _several_countries(self, ref: ActorRef) -> bool:
        """Does a multinational adjective qualify the agent ("European allies", "Western diplomats"), or a foreign one
        that names no office of the country's own ("foreign governments"; not "the foreign minister")?"""
        words = [w.strip(".,'’").lower() for w in ref.text.split()]
        return any(
            w in self.words.multinational_adjectives
            or (
                w in self.words.foreign_adjectives
                and i + 1 < len(words)
                and words[i + 1] not in self.words.foreign_office_words
            )
            for i, w in enumerate(words)
        )

    def _collective(self, ref: ActorRef, memory: ArticleMemory) -> bool:
        """May a later "the group" mean this actor? A group or organisation the article names with a country of its
        own ("the 18 Mexican nationals", "the Sinaloa Cartel"), not a state's office (police, ministries, courts)."""
        people = (  # "18 Mexican nationals", not "Mexico" nor "Kazakhstan officials"
            ref.kind == "country"
            and (ref.start, ref.end) in memory.plural_nouns
            and ref.text.split()[-1].lower() not in self.lex.roles
        )
        called = self._called(ref)
        return (  # "Russian oil company Yukos": a name the text calls a company
            (ref.kind in ("group", "organization") or people or called)
            and (called or self.words.business_sector not in ref.sectors)  # a company only when called one
            and ref.code in self.lex.country_names  # a country's: not an MNC of no home country nor an IGO
            and ref.resolved_by not in ("article-country", *BORROWED, "office-in-article-country", "unresolved")
            and self.state_sectors.isdisjoint(ref.sectors)
        )

    def _called(self, ref: ActorRef) -> bool:
        """Does the text call a named actor by a collective noun right before its name ("oil company Yukos",
        "Islamist group Boko Haram")?"""
        if not ref.name:
            return False
        words = ref.text.lower().split()
        name = ref.name.lower().split()
        starts = [i for i in range(1, len(words) - len(name) + 1) if words[i : i + len(name)] == name]
        return bool(starts) and words[starts[0] - 1] in self.words.collective_anaphors

    def _state_official(self, ref: ActorRef, memory: ArticleMemory) -> bool:
        """A named person titled with a state office ("Defense Minister Rafael Samudio") in an article that names
        one country and no other, or whose main country outweighs every other it names (see article_countries): an
        office of that country (in an article of two countries named alike, nothing says which)."""
        held = self.words.official_sectors | self.words.shadow_sectors  # a shadow office is at home too
        if not (ref.kind == "person" and ref.roles and any(s in held for s in ref.sectors)):
            return False
        if memory.countries <= {memory.main_country}:
            return True
        return memory.dominant and not self._outward(ref)

    def _out_of_office(self, first: tuple[str, ...], sectors: tuple[str, ...]) -> tuple[str, ...]:
        """``first``, then the sectors that are no state office (a shadow minister, a party's spokesman: no office
        held)."""
        return tuple(dict.fromkeys((*first, *(x for x in sectors if x not in self.words.official_sectors))))

    def _outward(self, ref: ActorRef) -> bool:
        """Is the title one that faces abroad (the lexicon's outward offices: "Foreign Minister", "Secretary of
        State", "Trade Representative", "envoy"), which news writes of another country's officials without their
        country?"""
        if not self.words.home_prefixes.isdisjoint(ref.text.lower().split()):
            return False  # "Shadow foreign secretary Michael Ancram": an opposition's office at home
        terms = [t.lower() for t in ref.roles]
        return any(
            t in self.words.outward_offices or not self.words.outward_offices.isdisjoint(t.split()) for t in terms
        )

    def introduce(self, phrases: list[Phrase], memory: ArticleMemory) -> None:
        """Remember each named person whose description gives a country, wherever in the article it stands
        ("French Foreign Minister Jean-Yves Le Drian", "Le Drian, France's top diplomat"), so that every mention of
        that person ("Le Drian" before or after) is coded with it. Every full name the phrases write is noted
        first (``ArticleMemory.name_person``), whatever comes first in the article."""
        for ph in phrases:
            run: list[str] = []
            for w in (*ph.words, None):
                if w is not None and w.ent == "PERSON" and w.text[:1].isupper():
                    run.append(w.text)
                    continue
                if run:
                    memory.name_person(" ".join(run))
                run = []
        for ph in phrases:
            ref = self.resolve(ph, memory)
            if ref is not None and ref.kind == "person" and ref.name and ref.code and ref.resolved_by not in BORROWED:
                memory.remember(ref)

    def resolve(self, phrase: Phrase, memory: ArticleMemory) -> ActorRef | None:
        """Code one phrase, or None when it is no actor (an abstract noun, a publisher, an unknown pronoun).
        Call finish() on the result once coordination is settled."""
        low = phrase.text.lower()
        head = phrase.words[phrase.head] if phrase.words else None
        of = " of " in f" {low} "
        alone = head is not None and head.lemma.lower() in self.words.people_counts and not of  # "thousands marched"
        counted = head is not None and head.ent == "CARDINAL" and (of or alone)  # "hundreds of protesters"
        if head is not None and head.ent in _NOT_ACTOR_ENTS and not counted:
            return None  # "on Sunday", "$9 million", "52 percent"
        defined = _defined_acronym(phrase, memory)
        if defined is not None:  # "Howard rejects BNP's claim": the article's British National Party, not the
            return replace(defined, text=phrase.text, start=phrase.start, end=phrase.end)  # dictionary's
        if head is not None and head.pos == "PRON":
            if head.text.lower() in self.words.person_pronouns and memory.last_person is not None:
                return replace(
                    memory.last_person, text=phrase.text, start=phrase.start, end=phrase.end, resolved_by="coref"
                )
            opening = head.text[:1].isupper() and head.dep == "nsubj"  # "It also asked Colombia": a sentence's first
            opening = opening or _after_opening_adverb(head, self.words)  # word (or after "Later,"), not a copula's
            if opening and head.text.lower() in self.words.body_pronouns:
                body = self._body(memory)
                if body is not None:  # "Venezuela demanded compensation. It also asked Colombia to ...": Venezuela
                    return replace(body, text=phrase.text, start=phrase.start, end=phrase.end, resolved_by="coref")
            return None
        scan = self._party_role(self.scan(phrase), phrase, memory)
        if head is not None and head.text.lower() in self.words.counterpart_nouns:
            scan = replace(scan, countries=[(i, c) for i, c in scan.countries if not _owner(phrase, i)])
        media = any(m in low for m in self.words.media_words)
        goods = media and self._goods(head, phrase)
        if goods:  # "Japanese television sets": no press either
            scan = replace(scan, roles=[(i, r) for i, r in scan.roles if self.words.press_sector not in r.sectors])
        if any(o.kind == "media" for o in scan.orgs) or (media and not goods):
            if not _reporter(scan, self.words.press_sector):
                return None  # "Reuters reported", "the daily said": a publisher is never an actor
            scan = replace(scan, orgs=[o for o in scan.orgs if o.kind != "media"])  # "Al Jazeera journalist X"
        name = self._person_name(scan)
        known = memory.people.get(name.lower()) if name else None
        if known is None and name and len(name.split()) > 1:
            known = memory.people.get(name.split()[-1].lower())
            if known is not None and known.name and not same_first_name(name, known.name):
                known = None  # "Michael Howard" after "Mr Howard" was read as John Howard: another person
        holder = self.lex.person(name, memory.published) if name and known is None else None
        if holder is not None and name and not self._article_means(name, holder, memory):
            holder = None
        if (
            holder is not None
            and memory.published is None
            and memory.main_country is not None
            and not holder.curated
            and holder.coding_at(None)[0] not in (*memory.countries, memory.main_country)
        ):  # an undated article about another country, which never names the country of a namesake the derived
            holder = None  # lists know from some year ("John Carmichael" of a church in New York, not of Swaziland)
        if holder is None and known is None and not scan.countries:
            led = self._leader_of(phrase, memory)
            if led is not None and self._article_means(*led, memory):
                name, holder = led
        org = next((o for o in scan.orgs if o.kind != "media"), None)
        shared = low.removeprefix("the ")
        if (
            org is not None
            and shared in self.words.shared_body_names
            and memory.main_country not in (None, org.code)
            and org.code not in memory.countries
        ):  # "prosecutors in El Salvador asked Congress to ...": El Salvador's, in an article that never names the US
            role = self.lex.roles.get(shared)
            org, scan = None, replace(scan, orgs=[], roles=[(0, role)] if role is not None else [])
        elif org is not None and self._other_body(phrase, org):
            org = None  # "the Trade Unions Congress": a body of another name, not the US Congress
        ranks = self.words.rank_roles
        if org is not None and any(r.term in ranks for _, r in scan.roles):  # "the CIA deputy director": the body's
            scan = replace(scan, roles=[(k, r) for k, r in scan.roles if r.term not in ranks])
        sectors = _role_sectors(scan, phrase.words, self.words.people_sector)
        if sectors and not self.words.home_prefixes.isdisjoint(low.split()):  # "Shadow home secretary David Davis":
            sectors = self._out_of_office(tuple(self.words.shadow_sectors), sectors)  # the opposition's, no office
        code, how = self._code(scan, org, known, holder, memory)
        group = self._described_group(phrase, memory) if code is None and name is None and org is None else None
        if group is not None:  # "the women" after "six Paraguayan women"
            code, how = group.code, "group-coref"
        code = self.words.historic(code, memory.published)  # RUS before 1991-12-26 is SUN
        company = _anaphor(low, self.words.company_anaphors)
        meant = memory.last_company if company else (memory.collectives[-1] if memory.collectives else None)
        anaphor = _anaphor(low, self.words.collective_anaphors)
        if not company and sectors and _anaphor(low, self.words.collective_anaphors, described=True):
            # "the rebel group": the last group of that sector, not the hostages it held
            meant = next((g for g in reversed(memory.collectives) if not set(sectors).isdisjoint(g.sectors)), None)
            anaphor = meant is not None
        if meant is not None and anaphor and not (scan.countries or org):
            # "The group was detained": the group the article last named (a definite noun that names no one);
            # "the company": the company it last called one ("Russian oil company Yukos")
            return replace(meant, text=phrase.text, start=phrase.start, end=phrase.end, resolved_by="coref")
        if memory.last_accused is not None and _anaphor(low, self.words.accused_anaphors, plural=True):
            # "Police arrested the accused": the person the article last named as charged or arrested
            return replace(
                memory.last_accused, text=phrase.text, start=phrase.start, end=phrase.end, resolved_by="accused"
            )
        owned = any(w.dep == "poss" and w.text.lower() in self.words.person_pronouns for w in phrase.words)
        owner = memory.last_person if owned else None
        if owner is not None and owner.code and code is None and name is None and org is None:
            code, how = owner.code, "coref"  # "Santos said that his government would ...": the person's country
        if _plural_noun(head):
            memory.plural_nouns.add((phrase.start, phrase.end))
        if name is None and org is None and not scan.roles and not scan.countries:
            if head is None or not (head.lemma.lower() in self.words.people_words or alone):
                return None
            sector = self.words.people_sector
            return ActorRef(phrase.text, phrase.start, phrase.end, None, None, sector, (sector,), "group", "people")
        if name is None and org is None and scan.roles and not scan.countries and low.startswith("the "):
            same = [memory.titled[r.term] for _, r in scan.roles if r.person_title and r.term in memory.titled]
            if same:  # "the Crown Prince": the person introduced with that title
                return replace(same[-1], text=phrase.text, start=phrase.start, end=phrase.end, resolved_by="coref")
        bare = name is not None and not (scan.roles or scan.countries or org or known or holder)
        if bare and code is None and head is not None and head.ent in ("GPE", "LOC"):
            return None
        kind, canonical = self._identity(name, org, scan, known, holder)
        lived = _where_they_live(scan, phrase.words, self.words) if org is None and name is None else None
        if lived is not None:  # "Albanians of southern Serbia", "ethnic Albanians": coded where they live
            code, how, kind = lived or None, "residence", "group"
        if known is not None:
            sectors = sectors or known.sectors
        elif holder is not None:
            sectors = sectors or holder.coding_at(memory.published)[1]
        speaking = org is not None and head is not None and head.lemma.lower() in self.words.representing_nouns
        if org is not None and speaking and not self.words.party_sectors.isdisjoint(org.sectors):
            sectors = self._out_of_office(org.sectors, sectors)  # "Labour's Treasury spokesman": the party's
        elif org is not None and speaking:
            sectors = tuple(dict.fromkeys((*org.sectors, *sectors)))  # "a Hezbollah spokesman": the body's first
        elif org is not None:
            sectors = tuple(dict.fromkeys((*sectors, *org.sectors)))
        if kind == "country" and not sectors and any(w in low for w in self.words.government_words):
            sectors = (self.words.government_sector,)
        ref = ActorRef(
            text=phrase.text,
            start=phrase.start,
            end=phrase.end,
            name=canonical,
            code=code,
            sector=sectors[0] if sectors else None,
            sectors=sectors,
            kind=kind,
            resolved_by=how,
            roles=tuple(r.term for _, r in scan.roles if r.person_title),
        )
        if head is not None and _plural_noun(head) and canonical is None:  # "six Paraguayan women", "two men"
            told = bool(code) and (how.startswith("country-") or how == "group-coref")
            memory.described[phrase.start] = (head.lemma.lower(), ref if told else None)
        return ref

    def _party_role(self, scan: _Scan, phrase: Phrase, memory: ArticleMemory) -> _Scan:
        """A capitalised party name opening a role of no office ("Labour leader Ed Miliband": the party's leader, not
        a union's; not "Labour Minister X", the minister for labour), where the article is of the party's country
        or names no other (a New Zealand article's "Labour leader" is no British party's)."""
        for k, (i, role) in enumerate(scan.roles):
            terms = role.term.split()
            word = phrase.words[i] if i < len(phrase.words) else None
            if word is None or len(terms) < 2 or not word.text[:1].isupper() or not role.sectors:
                continue
            party = self.lex.org(word.text)
            if party is None or party.kind != "party" or not self.words.official_sectors.isdisjoint(role.sectors):
                continue
            if memory.main_country not in (None, party.code) and party.code not in memory.countries:
                continue
            rest = self.lex.roles.get(" ".join(terms[1:]))
            described = terms[-1] in self.words.describing_nouns  # "Labour leader"; not "Labour activist"
            if not (described or (rest is not None and rest.person_title)):
                continue
            kept = [(i + 1, rest)] if rest is not None else []  # "Labour spokesman": the party's spokesman
            return replace(scan, orgs=[*scan.orgs, party], roles=[*scan.roles[:k], *kept, *scan.roles[k + 1 :]])
        return scan

    def _goods(self, head: Word | None, phrase: Phrase) -> bool:
        """Is the phrase's head a common noun that is no outlet, right after a media word that describes it
        ("Japanese television sets", "radio equipment"; not "state television", "the official news agency", "a
        radio station", "tabloid magazines", "the debut of US television")?"""
        if head is None or head.pos != "NOUN" or phrase.head == 0:
            return False
        before = phrase.words[phrase.head - 1].text.lower()
        if not any(before in m.split() for m in self.words.media_words):
            return False
        word, lemma = head.text.lower(), head.lemma.lower()
        media = any(word in m.split() for m in self.words.media_words)
        return not media and lemma not in self.words.outlet_nouns and lemma not in self.words.programme_nouns

    def _body(self, memory: ArticleMemory) -> ActorRef | None:
        """The last sentence's subject when it is a state or an organisation with a country, or None."""
        told = memory.last_subject  # (a name or a noun: see extract's sentence subject)
        ref = self.resolve(told, memory) if told is not None else None
        if ref is None or ref.kind not in self.words.body_kinds or not ref.code or ref.resolved_by == "coref":
            return None
        return ref

    def note_acronyms(self, text: str, memory: ArticleMemory) -> None:
        """The acronyms the article defines ("the British National Party (BNP)"): a later "BNP" is that party,
        whatever the dictionaries call another of that acronym. The name is the run of words before the
        parenthesis whose capitalised initials spell the acronym."""
        for m in _ACRONYM.finditer(text):
            acronym = m.group(1)
            if acronym in memory.acronyms:
                continue
            found = _expansion(text, m.start(), acronym, self.words.acronym_joining_words)
            if found is None:
                continue
            start, end = found
            words = text[start:end].split()
            offsets = _in_order(text, start, words)
            name = Phrase(
                tuple(
                    Word(w, w, "PROPN", "ORG", at, "ROOT" if i == len(words) - 1 else "compound")
                    for i, (w, at) in enumerate(zip(words, offsets, strict=True))
                ),
                text[start:end],
                start,
                end,
                len(words) - 1,
            )
            ref = self.resolve(name, memory)
            if ref is not None:  # not a publisher ("Agence France-Presse (AFP)"), which is never an actor
                memory.acronyms[acronym] = replace(ref, resolved_by="acronym")

    def note_named_bodies(self, text: str, memory: ArticleMemory) -> None:
        """Known intergovernmental organisations the article names whose name ends in one of the lexicon's short body
        heads ("the European Community", "the European Commission"): a later "the Community", "the Commission" is
        that one (as with note_bodies), unless two of that kind are named."""
        for m in _NAME_RUN.finditer(text):
            name = m.group(0).removeprefix("The ")
            head = name.split()[-1].lower()
            org = self.lex.org(name) if head in self.words.short_body_heads and " " in name else None
            if org is not None and org.code and org.kind == "igo":
                memory.bodies[head] = org.code if memory.bodies.get(head, org.code) == org.code else None

    def note_bodies(self, names: Sequence[str], memory: ArticleMemory) -> None:
        """The article's bodies named with a country ("the US Embassy in London", "Mexico's Interior Ministry"): a
        later "the embassy" is that one, unless bodies of that kind of two countries are named."""
        for text in names:
            words = [_unpossessed(w) for w in text.split()]
            head = next((w.lower() for w in reversed(words) if w.lower() in self.lex.roles), None)
            code = next((hit.code for w in words if (hit := self.lex.country(w)) is not None), None)
            if head is None or code is None:
                continue
            memory.bodies[head] = code if memory.bodies.get(head, code) == code else None

    def paired_countries(self, phrase: Phrase, memory: ArticleMemory, hyphen: bool = False) -> list[ActorRef]:
        """Two countries named with one noun: "North and South Korea", "East and West Germany", or two country words
        joined by a hyphen as the makers of a mutual act or a fight ("Russian-Chinese talks", "Indo-Pakistani clashes";
        ``hyphen``; not "Chinese-Malaysian protests", a people) (else empty). Each keeps its own characters: "North"
        and "South Korea"."""
        m = _PAIRED.fullmatch(phrase.text)
        if m is None:
            return self._hyphen_pair(phrase, memory) if hyphen else []
        first, second = self.lex.country(f"{m[1]} {m[3]}"), self.lex.country(f"{m[2]} {m[3]}")
        if first is None or second is None or first.code == second.code:
            return []
        sides = ((first, (m.start(1), m.end(1))), (second, (m.start(2), m.end())))
        return self._sides(phrase, sides, memory)

    def _hyphen_pair(self, phrase: Phrase, memory: ArticleMemory) -> list[ActorRef]:
        """Two country words joined by a hyphen that make the whole phrase, the participants a noun's modifier names
        ("Russian-Chinese" of "Russian-Chinese talks"; the first may be a combining form: "Sino-Japanese talks"); not
        a person of two nationalities ("the French-Iranian academic")."""
        words, base = phrase.words, phrase.start
        if len(words) == 2 and phrase.head == 1:
            a, b = words
            first = self.lex.country(a.text) or self.lex.combining_form(a.text)
            second = self.lex.country(b.text)
            joined = phrase.text[a.end - base : b.start - base] == "-"
            if joined and first is not None and second is not None and first.code != second.code:
                sides = ((first, (a.start - base, a.end - base)), (second, (b.start - base, b.end - base)))
                return self._sides(phrase, sides, memory)
        return []

    def unpaired_peoples(self, phrase: Phrase) -> bool:
        """Two adjectives joined by a hyphen that make the whole phrase and are not two countries ("Hindu-Muslim" of
        "Hindu-Muslim riots"): two communities, neither of which is the party alone."""
        words, base = phrase.words, phrase.start
        if len(words) != 2 or phrase.head != 1:
            return False
        a, b = words
        if phrase.text[a.end - base : b.start - base] != "-" or not (a.pos == b.pos == "ADJ"):
            return False  # two adjectives of peoples or faiths (not "Al-Qaeda", "Bosnia-Herzegovina", "Kilroy-Silk")
        first = self.lex.country(a.text) or self.lex.combining_form(a.text)
        return first is None or self.lex.country(b.text) is None

    def _sides(
        self, phrase: Phrase, sides: tuple[tuple[CountryHit, tuple[int, int]], ...], memory: ArticleMemory
    ) -> list[ActorRef]:
        return [
            ActorRef(
                text=phrase.text[a:b],
                start=phrase.start + a,
                end=phrase.start + b,
                name=hit.name,
                code=self.words.historic(hit.code, memory.published),
                sector=None,
                sectors=(),
                kind="country",
                resolved_by="country-name",
            )
            for hit, (a, b) in sides
        ]

    def _counterpart(self, ref: ActorRef) -> bool:
        """Is the phrase a counterpart noun ("its creditors", "their neighbours", "its allies"): others of the owner,
        not of the article's country?"""
        return head_word(ref.text) in self.words.counterpart_nouns

    def listed_origins(self, phrase: Phrase) -> list[tuple[str, int, int]]:
        """The countries listed after "from" in a phrase, by name ("officials from Uganda, Tanzania and Rwanda"), each
        with its characters, when there are at least two of them (else empty): one party of each."""
        words = phrase.words
        at = next((k for k, w in enumerate(words) if w.text.lower() == "from"), None)
        if at is None:
            return []
        out: list[tuple[str, int, int]] = []
        for i, hit in self.scan(phrase).countries:
            found = self._match(words, phrase.text, phrase.start, i) if i > at else None
            if found is not None and hit.how == "name" and hit.code not in {c for c, _, _ in out}:
                out.append((hit.code, words[i].start, words[i + found[0] - 1].end))
        return out if len(out) >= 2 else []

    @staticmethod
    def _described_group(phrase: Phrase, memory: ArticleMemory) -> ActorRef | None:
        """ "The women", "four of the women": the last group before the phrase named by the same plural noun, when the
        text gave it a country ("six Paraguayan women"; not "two men", nor two groups of that noun side by side:
        "three Peruvian and two Bolivian men"), or None."""
        low, last = phrase.text.lower(), phrase.words[-1] if phrase.words else None
        if last is None or not _plural_noun(last):
            return None
        if not (low.startswith("the ") or " of the " in low):
            return None
        noun = last.lemma.lower()
        before = sorted(
            ((s, ref) for s, (n, ref) in memory.described.items() if s < phrase.start and n == noun),
            key=lambda x: x[0],
        )
        at, found = before[-1] if before else (0, None)
        if found is None:
            return None
        near = [ref for s, ref in before[:-1] if at - s < _SIDE_BY_SIDE]
        return None if any(ref is None or ref.code != found.code for ref in near) else found

    def _leader_of(self, phrase: Phrase, memory: ArticleMemory) -> tuple[str, OfficeHolder] | None:
        """ "The Morales government", "the Reagan administration": the one capitalised word between "the" and a
        leader government noun is the surname of the head of state or government then in office (None if none)."""
        words, at = phrase.words, phrase.head
        if memory.published is None or at < 2 or words[at].lemma.lower() not in self.words.leader_government_nouns:
            return None
        word = words[at - 1]
        if words[at - 2].text.lower() != "the" or not (word.text[:1].isupper() and word.text.isalpha()):
            return None
        holder = self.lex.leader(word.text, memory.published, self.words.leader_roles)
        return (word.text, holder) if holder is not None else None

    def _article_means(self, name: str, holder: OfficeHolder, memory: ArticleMemory) -> bool:
        """Does the article's own full name of this surname allow the office-holder? "Mr Howard" in an article that
        names Michael Howard is not John Howard; in one that names no Howard in full, the dictionary decides."""
        full = memory.full_names.get(fold_accents(name).lower()) if len(name.split()) == 1 else None
        if full is None or same_first_name(full, holder.name):
            return True
        named = self.lex.person(full, memory.published)  # the full name may itself be the office-holder's
        return named is not None and (named.name, named.country) == (holder.name, holder.country)

    def _code(
        self,
        scan: _Scan,
        org: Organization | None,
        known: ActorRef | None,
        holder: OfficeHolder | None,
        memory: ArticleMemory,
    ) -> tuple[str | None, str]:
        if org is not None and org.code and not (org.kind in ("national", "party") and scan.countries):
            return org.code, "organization"
        if scan.countries:  # "Guatemala's Congress": the named country, not the best-known Congress
            return scan.countries[0][1].code, "country-" + scan.countries[0][1].how
        if known is not None and known.code:
            return known.code, "coref"
        if holder is not None:
            return holder.coding_at(memory.published)[0], "office-holder"
        place = self._place_country(scan, memory)
        if place:
            return place, "place"
        if org is None and self._nongovernmental(scan):
            return self.words.ngo_code, "nongovernmental"
        return None, "unresolved"

    def _nongovernmental(self, scan: _Scan) -> bool:
        """A named organisation the phrase calls a charity, rights group, think tank, ... (not a person so called)."""
        return any(r.term in self.words.ngo_nouns for _, r in scan.roles) and any(
            all(w.ent != "PERSON" for w in run) for run in scan.names
        )

    @staticmethod
    def _identity(
        name: str | None,
        org: Organization | None,
        scan: _Scan,
        known: ActorRef | None,
        holder: OfficeHolder | None,
    ) -> tuple[str, str | None]:
        if known is not None:
            return "person", known.name
        if holder is not None:
            return "person", holder.name
        if name is not None and not (org and not scan.roles and org.kind != "party"):
            return "person", name  # "Liberal Democrat Anna Fenwick": a party's man (not "Ford Motor's Detroit plant")
        if org is not None:
            return "organization", org.name
        if scan.roles:
            return ("person" if any(r.person_title for _, r in scan.roles) else "organization"), None
        if scan.countries:
            return "country", scan.countries[0][1].name
        return "group", name

    def upgrade(self, ref: ActorRef, memory: ArticleMemory) -> ActorRef:
        """A later, fuller introduction of the same person (end of article) improves an early mention."""
        if ref.kind != "person" or not ref.name:
            return ref
        best = memory.people.get(ref.name.lower())
        if best is None:
            best = memory.people.get(ref.name.split()[-1].lower())
        if best is None or best is ref or not (best.name and same_first_name(ref.name, best.name)):
            return ref
        if ref.code and best.code and ref.code != best.code:
            return ref
        return replace(
            ref,
            name=best.name if best.name and len(best.name) > len(ref.name) else ref.name,
            code=ref.code or best.code,
            sectors=ref.sectors or best.sectors,
            sector=ref.sector or best.sector,
        )

    # -- article-level -------------------------------------------------------------------------
    def article_countries(
        self,
        words: Sequence[tuple[str, float]],
        places: Sequence[tuple[str, float]] = (),
        institutions: Sequence[tuple[str, float]] = (),
        leads: Sequence[tuple[str, float]] = (),
    ) -> tuple[str | None, frozenset[str], bool]:
        """The main country of an article (weighted mentions of countries, of the places the gazetteer knows, a
        region or city counting for its country, and of a state's own institutions: "the White House", "the
        Kremlin"; where it names no country, its political parties too: "Labour and the Tories") and every country
        it names, and whether the main one outweighs every other at least twice over by the mentions alone
        (``DOMINANT``; the lead's subject, ``leads``, votes for the main country only). An article that names no
        country is about the country of its places ("Las Vegas police" are American); places and institutions do
        not count as named countries."""
        counts, led = self._country_weights(words), self._country_weights(leads)
        state: dict[str, float] = {}  # "Congress and the White House": an article about the United States
        parties: dict[str, float] = {}  # "Labour and the Tories": one about Britain, where it names no country
        for text, weight in institutions:
            org = self.lex.org(text) or self.lex.org(text.removeprefix("the ").removeprefix("The "))
            if org is not None and org.kind in ("national", "party") and org.code:
                votes_for = state if org.kind == "national" else parties
                votes_for[org.code] = votes_for.get(org.code, 0.0) + weight
        if counts and self.gazetteer is not None:  # the places it names vote too: a shooting in El Paso
            named = frozenset(counts)  # that names Mexican victims is about the United States
            votes = dict(counts)
            for text, weight in places:
                vote = None if self.lex.country(text) is not None else self._place_vote(text, named)
                if vote is not None:
                    votes[vote[0]] = votes.get(vote[0], 0.0) + weight * vote[1]
            for code, weight in state.items():
                votes[code] = votes.get(code, 0.0) + weight
            main, dominant = _main(votes, led)
            return main, named, dominant
        if counts or self.gazetteer is None:
            main, dominant = _main(counts, led)
            return main, frozenset(counts), dominant
        located: dict[str, float] = dict(state)
        for code, weight in parties.items():
            located[code] = located.get(code, 0.0) + weight
        for text, weight in places:
            vote = self._place_vote(text, frozenset())
            if vote is not None:
                located[vote[0]] = located.get(vote[0], 0.0) + weight * vote[1]
        return _leader(located)[0], frozenset(), False

    def _country_weights(self, words: Sequence[tuple[str, float]]) -> dict[str, float]:
        """The weights of the words that name a country, summed by country."""
        weights: dict[str, float] = {}
        for text, weight in words:
            hit = self.lex.country(text)
            if hit is not None:
                weights[hit.code] = weights.get(hit.code, 0.0) + weight
        return weights

    def _place_vote(self, text: str, named: frozenset[str]) -> tuple[str, float] | None:
        """The country a place named in an article counts for and how much: a region's or city's fully, the state of
        a country within one ("Scotland") half, as "England" or "Scotland" is as often a team."""
        assert self.gazetteer is not None
        code = self.gazetteer.country_of(text, named)
        if code:
            return code, 1.0
        nation = self.gazetteer.nation_country(text)
        return (nation, 0.5) if nation else None


_PLACE_ENTS = frozenset({"GPE", "LOC", "FAC"})
_ACRONYM = re.compile(r"\(([A-Z]{2,6})\)")


_NAME_RUN = re.compile(r"\b(?:[A-Z][\w.-]*\s){1,4}[A-Z][a-z]+\b")  # "European Community", "Organization of ..."


def _expansion(text: str, paren: int, acronym: str, joining: frozenset[str]) -> tuple[int, int] | None:
    """Where the name an acronym in parentheses abbreviates lies in the text: the shortest run of words right
    before the parenthesis whose capitalised words' initials are the acronym ("British National Party (BNP)"),
    skipping the joining words its letters leave out ("of", "the")."""
    before = text[max(0, paren - 200) : paren]
    words = list(re.finditer(r"[\w'’.-]+", before))
    initials = ""
    for k in range(len(words) - 1, -1, -1):
        w = words[k].group(0)
        if w.lower() in joining:
            continue
        if not w[:1].isupper():
            return None
        initials = w[0] + initials
        if initials == acronym:
            offset = paren - len(before)
            return offset + words[k].start(), offset + words[-1].end()
        if not acronym.endswith(initials):
            return None
    return None


def _in_order(text: str, start: int, words: list[str]) -> list[int]:
    """The offsets of ``words``, found one after another from ``start``."""
    out, at = [], start
    for w in words:
        at = text.index(w, at)
        out.append(at)
        at += len(w)
    return out


def _defined_acronym(phrase: Phrase, memory: ArticleMemory) -> ActorRef | None:
    """The article's own meaning of an acronym that heads the phrase or owns its head ("BNP's claim")."""
    if not memory.acronyms:
        return None
    for i, w in enumerate(phrase.words):
        word = w.text.removesuffix("'s").removesuffix("’s")
        if word in memory.acronyms and (i == phrase.head or w.dep == "poss" or len(phrase.words) <= 2):
            return memory.acronyms[word]
    return None


def _anaphor(low: str, nouns: frozenset[str], plural: bool = False, described: bool = False) -> bool:
    """Is the phrase "the" and one of these nouns and nothing else ("the group", "the gang's", "the accused"; with
    ``plural``, "the suspects"; with ``described``, one word between them: "the rebel group")?"""
    words = _unpossessed(low).split()
    if len(words) != (3 if described else 2) or words[0] != "the":
        return False
    words = [words[0], words[-1]]
    return words[1] in nouns or (plural and words[1].removesuffix("s") in nouns)
