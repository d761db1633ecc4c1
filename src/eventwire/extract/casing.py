"""Headline casing: ALL-CAPS and Title Case headlines re-cased (same length) so the parser reads them as prose."""

from __future__ import annotations

import re

from spacy.lang.en.stop_words import STOP_WORDS

from eventwire.dictionaries import Dictionaries

_WORD = re.compile(r"[A-Za-z][A-Za-z.'’]*")


class HeadlineCaser:
    """Re-cases headline lines: known names keep their written form, common words go lower case."""

    def __init__(self, dicts: Dictionaries) -> None:
        self.names, self.org_words = dicts.actors.proper_forms()
        self.country = dicts.actors.country
        common = {w.lower() for w in STOP_WORDS}
        index = dicts.triggers
        for table in (index.verbs, index.nouns, index.adjectives):
            common.update(table)
        common.update(index.object_lemmas)
        common.update(term for term in dicts.actors.roles if " " not in term)
        self.common = frozenset(common)
        self.suffixes = dicts.lexicon.headline_suffixes

    def _is_common(self, low: str, english: frozenset[str] = frozenset()) -> bool:
        def known(word: str) -> bool:
            return word in self.common or word in english

        if known(low):
            return True
        for suffix in self.suffixes:
            if low.endswith(suffix):
                stem = low[: -len(suffix)]
                if known(stem) or known(stem + "e") or (len(stem) > 2 and known(stem[:-1])):
                    return True
        return low.endswith("ies") and known(low[:-3] + "y")

    def _known(self, table: dict[str, str], word: str) -> str | None:
        key = word.upper()
        found = table.get(key) or table.get(key.rstrip(".").removesuffix("'S").removesuffix("’S"))
        return found if found is not None and len(found) <= len(word) else None

    def _name(self, word: str) -> str | None:
        """The written form of a known name the word is; never a common short word someone is called ("TO", "AS";
        a country's "US" is a name)."""
        name = self._known(self.names, word)
        if name is not None and word.lower() in STOP_WORDS and self.country(word) is None:
            return None
        return name

    def _word(self, word: str, first: bool, all_caps: bool, english: frozenset[str]) -> str:
        if "." in word.rstrip(".") and len(word) <= 6:  # U.S., U.N. and the like
            return word.upper() if all_caps else word
        core = word.rstrip(".")
        if core != word and len(core) > 1:  # a headline's full stop ("... Trafficking Ring."), not an initial ("A.")
            return self._word(core, first, all_caps, english) + word[len(core) :]
        name = self._name(word)
        if name is not None and all_caps and len(word) <= 3:  # US, UK, UAE
            return word
        low = word.lower()
        if name is None and self._is_common(low):
            return low[:1].upper() + low[1:] if first else low
        name = name or self._known(self.org_words, word)
        if name is not None:
            return name + word[len(name) :].lower() if all_caps else word
        if all_caps and self._is_common(low, english):  # "EXAGGERATES": a word, unless an organisation's name has
            return low[:1].upper() + low[1:] if first else low  # it ("White"); a Title Case line keeps its names
        return word[:1].upper() + word[1:].lower() if all_caps else word

    def recase(self, line: str, english: frozenset[str] = frozenset()) -> str:
        """The line re-cased when it is ALL CAPS or Title Case; otherwise unchanged. Same length always. In an ALL
        CAPS line the parser model's ``english`` words (see nlp.pipeline.english_words) go lower case too, unless a
        known name or an organisation's name has them; short common words stay words though someone is called so
        ("TO"). A Title Case line writes its other names as names."""
        words = list(_WORD.finditer(line))
        letters = [c for c in line if c.isalpha()]
        if not words or not letters:
            return line
        all_caps = sum(c.isupper() for c in letters) / len(letters) > 0.8
        long_words = [m.group() for m in words if len(m.group()) > 3]
        title = bool(long_words) and sum(w[0].isupper() for w in long_words) / len(long_words) > 0.75
        if not (all_caps or title):
            return line
        out = list(line)
        for i, m in enumerate(words):
            new = self._word(m.group(), i == 0, all_caps, english)
            if len(new) == len(m.group()):
                out[m.start() : m.end()] = new
        return "".join(out)
