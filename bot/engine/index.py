"""The matching index: every phrasing normalised once, ranked with rapidfuzz per question.

Built once per knowledge base (and rebuilt only on reload); nothing here parses
YAML or reads files.
"""

from __future__ import annotations

import itertools
import math
import re
from dataclasses import dataclass

from rapidfuzz import fuzz, process

from bot.engine import slots as slot_reader
from bot.knowledge.model import Kind, KnowledgeBase

#: At most this many phrasings (those sharing the question's rarest words) are compared per question.
PREFILTER = 300
#: How many phrasings rapidfuzz hands on for re-scoring, and the weight of fuzzy vs. IDF similarity.
CANDIDATES = 60
#: …plus those tied with the last of them, up to this many (see rank): file order must not decide which are kept.
TIED_MAX = 300
FUZZY_WEIGHT = 0.7
#: What each keyword found in a question adds to its entry's score, and how many count.
KEYWORD_BONUS = 10.0
KEYWORD_MAX = 2
#: The second view of a question: a naive Bayes model of which topic or case its words belong to, trained
#: on every phrasing, keyword and title. Its posterior (0-1) times VIEW_WEIGHT is added to the fuzzy score:
#: fuzzy matching rewards the phrasing a question most resembles, the word model rewards words that only
#: one entry uses ("call" for parent notification), and where the two agree the answer is rarely wrong.
VIEW_WEIGHT = 10.0
VIEW_SMOOTHING = 0.1

#: Words that say little about what is asked (after slot stripping).
STOPWORDS = frozenset(
    "a an the my our his her their your its is are was were be been being do does did i we you it to of "
    "in on at for and or so if that this there these those what whats about with hi hello hey please "
    "thanks thank just really im ive id hes shes theyre there our us me mine he she they them him would "
    "could should will shall am as by from into than then also any some very much ok okay yes no quick "
    "wondering wonder know tell live lives lived living moved moving".split()
)

#: Parents' many words for the same idea, folded to one so phrasings need not list them all.
SYNONYMS: dict[str, str] = {}
for canonical, words in {
    "child": "kid kids son sons daughter daughters boy boys girl girls children toddler toddlers youngster "
             "grandson granddaughter grandchild grandkid baby minor minors student students kiddo child childs "
             "teen teens teenager teenagers youth stepson stepdaughter nephew niece "
             "nino nina ninos hijo hija hijos nene nena",  # and the Spanish many parents mix in
    "police": "pd cop cops officer officers policeman policemen policewoman sro sros deputy deputies sheriff "
              "sheriffs trooper law enforcement policia",
    "arrest": "arrested arresting arrests arrestable arrestar arrestado arrestada arresto",
    "handcuff": "handcuffed handcuffs handcuffing cuffed cuffs cuff zip tied zip tie zip ties restrained "
                "restraint restraints shackled",
    "interrogate": "question questioned questioning questions interrogated interrogation interrogating "
                   "interview interviewed interviewing",
    "charge": "charged charges charging prosecute prosecuted prosecution prosecuting",
    "jail": "juvie juvy jailed detention detained lockup locked prison",
    "lawyer": "attorney attorneys lawyers counsel defender abogado abogada",
    "parent": "mom mum mother dad father parents guardian guardians grandma grandmother grandpa",
    "young": "younger youngest little small",
    "old": "older age aged",
}.items():
    for word in words.split():
        SYNONYMS[word] = canonical


#: "a question", "quick question": the noun is filler, not "can police question my son".
_FILLER_QUESTION = re.compile(r"\b(a|serious|quick|one|this|the|have|another|dumb|stupid|weird|random|real|honest|same) "
                              r"questions?\b")


def normalise(text: str) -> str:
    """Stopwords out, synonyms folded: the form both phrasings and questions are compared in."""
    text = _FILLER_QUESTION.sub(r"\1", text)
    words = [SYNONYMS.get(w, w) for w in text.split() if w not in STOPWORDS]
    return " ".join(words)


def comparable(phrasing: str) -> str:
    """A phrasing (or keyword, or title) as questions are compared: slot mentions out, then normalised."""
    return normalise(slot_reader.without_mentions(phrasing))


@dataclass(frozen=True)
class Hit:
    kind: Kind
    id: str
    score: float
    via: str  # the phrasing (or alias) that matched


#: Keywords shorter than this match as whole words only; longer ones also match as a word's start.
SHORT_WORD = 4


def _alternation(phrases: dict[str, object], whole_words: bool) -> re.Pattern[str] | None:
    """One pattern matching any of `phrases` from a word start (and to a word end when `whole_words`)."""
    if not phrases:
        return None
    # Short words match whole only, even for keywords: "un" must not find "under" or "understand".
    body = "|".join(re.escape(p) + (r"\b" if len(p) < SHORT_WORD else "") for p in sorted(phrases, key=len, reverse=True))
    # A look-ahead matches at every word start, so overlapping phrases ("question my", "my son") all count.
    return re.compile(rf"\b(?=({body})" + (r"\b)" if whole_words else ")"))


class Index:
    """Normalised phrasings and aliases of every entry, as rapidfuzz choices."""

    def __init__(self, kb: KnowledgeBase) -> None:
        self.kb = kb
        choices: list[str] = []
        owners: list[tuple[Kind, str]] = []
        originals: list[str] = []
        aliases: dict[str, tuple[tuple[Kind, str], str]] = {}   # folded alias -> (entry, alias as written)
        keywords: dict[str, list[tuple[Kind, str]]] = {}        # folded keyword -> entries
        taught = [(kind, entry_id, phrasing) for kind, entry_id, phrasing in kb.taught]
        for entry in kb.matchable():  # the declined subjects too: a question closest to one is declined by name
            for phrasing in entry.phrasings:
                self._add(phrasing, entry.key, choices, owners, originals)
            for alias in entry.aliases:
                folded = slot_reader.digitize(slot_reader.fold(alias))
                if folded:
                    aliases.setdefault(folded, (entry.key, alias))
            for keyword in entry.keywords:
                folded = slot_reader.digitize(slot_reader.fold(keyword))
                if folded:
                    keywords.setdefault(folded, []).append(entry.key)
        for kind, entry_id, phrasing in taught:
            self._add(phrasing, (kind, entry_id), choices, owners, originals)
        self.choices = choices
        self.owners = owners
        self.originals = originals
        # Inverse document frequency over entries: "child" or "police" say little, "expunge" says a lot.
        entry_words: dict[tuple[Kind, str], set[str]] = {}
        # Over the answering entries only: the subjects declined by name do not make the words they share with them
        # ("age", "arrested") count for less; a word only they use ("iep") weighs as much as an unseen one.
        for choice, owner in zip(choices, owners, strict=True):
            if owner[0] != "offtopic":
                entry_words.setdefault(owner, set()).update(choice.split())
        frequency: dict[str, int] = {}
        for words in entry_words.values():
            for word in words:
                frequency[word] = frequency.get(word, 0) + 1
        total = max(1, len(entry_words))
        self.idf = {word: math.log(1 + total / count) for word, count in frequency.items()}
        self.unknown_idf = math.log(1 + total)
        self.choice_tokens = [frozenset(c.split()) for c in choices]
        # token_sort_ratio is fuzz.ratio over the words sorted: sorted once here, so the candidates of a question
        # are scored in one C call rather than sixty.
        self.sorted_choices = [" ".join(sorted(c.split())) for c in choices]
        self.choice_norms = [math.sqrt(sum(self.idf.get(w, self.unknown_idf) ** 2 for w in tokens))
                             for tokens in self.choice_tokens]
        # Which phrasings contain each word: only phrasings sharing a word with the question are compared. Each
        # list runs from the phrasing with the fewest and commonest words (the best match for a question sharing
        # only that word) to the most: see _narrowed.
        self.postings: dict[str, list[int]] = {}
        for position in sorted(range(len(choices)), key=self.choice_norms.__getitem__):
            for word in self.choice_tokens[position]:
                self.postings.setdefault(word, []).append(position)
        # One regular expression each for aliases and keywords (longest first), not one per phrase:
        # a long message is scanned twice, not hundreds of times.
        self.aliases = aliases
        self.alias_pattern = _alternation(aliases, whole_words=True)
        self.keywords = keywords
        self.keyword_pattern = _alternation(keywords, whole_words=False)
        # Words the knowledge base uses, before synonym folding: what typos are corrected to.
        raw = [slot_reader.digitize(slot_reader.fold(p)) for e in kb.matchable() for p in (*e.phrasings, *e.aliases)]
        # Stopwords are known words too: "lived" is not a typo of "lied".
        raw += [slot_reader.fold(p) for _, _, p in taught] + list(SYNONYMS) + list(SYNONYMS.values()) + list(STOPWORDS)
        used = [w for text in raw for w in text.split() if not w.isdigit()]
        self.vocabulary = frozenset(used)
        self.spelling = slot_reader.spelling_buckets(used)
        self.view = WordView(kb, choices, owners)

    @staticmethod
    def _add(phrasing: str, key: tuple[Kind, str], choices: list[str], owners: list[tuple[Kind, str]],
             originals: list[str]) -> None:
        normal = comparable(phrasing)
        if normal:
            choices.append(normal)
            owners.append(key)
            originals.append(phrasing)

    def alias_hit(self, folded: str) -> Hit | None:
        """The entry named outright by the longest alias in the question ("kaia rolle act" over "kaia rolle")."""
        if self.alias_pattern is None:
            return None
        found = [m.group(1) for m in self.alias_pattern.finditer(folded)]
        if not found:
            return None
        (kind, entry_id), alias = self.aliases[max(found, key=len)]
        return Hit(kind, entry_id, 100.0, alias)

    def _candidates(self, words: set[str]) -> list[int]:
        """Phrasings that share a word with the question; past PREFILTER of them, those sharing its rarer
        words: each word's phrasings are taken, rarest word first, while they fit. Keeps the per-question
        cost flat as the knowledge base grows (summing IDF weights per phrasing, used first, cost more than
        the fuzzy matching it saved once a long question shared common words with thousands of phrasings)."""
        lists = sorted((self.postings[w] for w in words if w in self.postings), key=len)
        if lists and len(lists[0]) > PREFILTER:
            return sorted(self._narrowed(lists))
        chosen: set[int] = set()
        for found in lists:
            if chosen and len(chosen) + len(found) > PREFILTER:
                break
            chosen.update(found)
        return sorted(chosen)

    @staticmethod
    def _narrowed(lists: list[list[int]]) -> set[int]:
        """When even the question's rarest word is in more than PREFILTER phrasings (a large knowledge base with a
        small vocabulary), its phrasings that also hold the next rarest words, while at least CANDIDATES are left
        (set intersections, in C); if more than PREFILTER are still left, the PREFILTER with the smallest IDF norm,
        which score best on both the fuzzy and the cosine measure when they share the same words with the question.
        Scoring all of them cost a 10,000-entry knowledge base 50 ms a question."""
        chosen = set(lists[0])
        for found in lists[1:]:
            if len(chosen) <= PREFILTER:
                break
            narrowed = chosen.intersection(found)
            if len(narrowed) >= CANDIDATES:
                chosen = narrowed
        if len(chosen) > PREFILTER:
            chosen = set(itertools.islice((p for p in lists[0] if p in chosen), PREFILTER))
        return chosen

    def keyword_bonus(self, text: str) -> dict[tuple[Kind, str], float]:
        """Each entry's bonus for the keywords found in the question (at most KEYWORD_MAX of them count)."""
        if self.keyword_pattern is None:
            return {}
        seen: dict[tuple[Kind, str], set[str]] = {}
        for match in self.keyword_pattern.finditer(text):
            for key in self.keywords[match.group(1)]:
                seen.setdefault(key, set()).add(match.group(1))
        return {key: KEYWORD_BONUS * min(len(words), KEYWORD_MAX) for key, words in seen.items()}

    def rank(self, stripped: str, limit: int = 5, bonus: dict[tuple[Kind, str], float] | None = None) -> list[Hit]:
        """The best-scoring entries, one hit per entry, best first.

        Candidates come from rapidfuzz's token_set_ratio over every phrasing (fast, C). Each is then
        scored as the mean of (a) fuzzy similarity — token_set and token_sort averaged, so a one-word
        question does not score 100 against every phrasing containing the word — and (b) the cosine
        of IDF-weighted words, so the rare words that name a topic count more than "child" or "police".
        WRatio was tried first and rejected: its partial matching gives 85.5 to any pair sharing a word.
        """
        query = normalise(stripped)
        if not query or not self.choices:
            return []
        words = set(query.split())
        weights = {w: self.idf.get(w, self.unknown_idf) for w in words}
        query_norm = math.sqrt(sum(v * v for v in weights.values())) or 1.0
        products = {w: weight * self.idf.get(w, 0.0) for w, weight in weights.items()}
        # Best score and the phrasing that gave it, per entry; Hits are made only for the few returned.
        best: dict[tuple[Kind, str], float] = {}
        via: dict[tuple[Kind, str], str] = {}
        positions = self._candidates(words)
        subset = [self.choices[p] for p in positions]
        # Every score at once, best first (one C call; asking for CANDIDATES + 1 and again when there was a tie cost
        # the long questions, which tie most, a third more).
        found = process.extract(query, subset, scorer=fuzz.token_set_ratio, limit=None, score_cutoff=30)
        if len(found) > CANDIDATES:
            # Phrasings tied with the last one kept stay in (up to TIED_MAX): a short question ties at 100 with every
            # phrasing that contains its words, and which of them were kept depended on the order of the files.
            last = found[CANDIDATES - 1][1]
            found = found[:CANDIDATES] + list(itertools.takewhile(lambda row: row[1] >= last,
                                                                  found[CANDIDATES:TIED_MAX]))
        sort_scores = process.extract(" ".join(sorted(query.split())), [self.sorted_choices[positions[i]] for _, _, i in found],
                                      scorer=fuzz.ratio, limit=None)
        sorted_score = {row: score for _, score, row in sort_scores}
        for row, (_, set_score, index) in enumerate(found):
            position = positions[index]
            fuzzy = (set_score + sorted_score[row]) / 2
            cosine = sum(map(products.__getitem__, words & self.choice_tokens[position])) / (
                query_norm * (self.choice_norms[position] or 1.0))
            score = FUZZY_WEIGHT * fuzzy + (1 - FUZZY_WEIGHT) * 100 * cosine
            key = self.owners[position]
            if key not in best or best[key] < score:
                best[key] = round(score, 2)
                via[key] = self.originals[position]
        for key, share in self.view.posterior(words, list(best)).items():
            if key in best:
                best[key] = round(best[key] + VIEW_WEIGHT * share, 2)
        for key, extra in (bonus or {}).items():
            best[key] = round(best.get(key, 0.0) + extra, 2)
        top = sorted(best.items(), key=lambda item: -item[1])[:limit]
        return [Hit(key[0], key[1], score, via.get(key, "keywords")) for key, score in top]


class WordView:
    """Multinomial naive Bayes over the topics' and cases' folded words (states are told apart by slots).

    Stored sparsely (word -> the entries that use it, with counts): a dense word-by-entry table for a
    10,000-entry knowledge base took 8 GB. The posterior is taken over the entries the fuzzy stage found,
    so a question costs its words times those few entries, however large the knowledge base.
    """

    def __init__(self, kb: KnowledgeBase, choices: list[str], owners: list[tuple[Kind, str]]) -> None:
        texts = [(owner, choice) for choice, owner in zip(choices, owners, strict=True) if owner[0] != "state"]
        texts += [(entry.key, comparable(text)) for entry in kb.matchable() if entry.key[0] != "state"
                  for text in (*entry.keywords, entry.title)]
        counts: dict[str, dict[tuple[Kind, str], int]] = {}
        sizes: dict[tuple[Kind, str], int] = {}
        for owner, text in texts:
            for word in text.split():
                users = counts.setdefault(word, {})
                users[owner] = users.get(owner, 0) + 1
                sizes[owner] = sizes.get(owner, 0) + 1
        #: word -> {entry: log P(word | entry)} for the entries that use it; any other entry gets `unseen[entry]`.
        self.unseen = {key: math.log(VIEW_SMOOTHING / (size + VIEW_SMOOTHING * len(counts)))
                       for key, size in sizes.items()}
        self.seen = {word: {key: math.log((count + VIEW_SMOOTHING) / (sizes[key] + VIEW_SMOOTHING * len(counts)))
                            for key, count in users.items()}
                     for word, users in counts.items()}

    def posterior(self, words: set[str], keys: list[tuple[Kind, str]]) -> dict[tuple[Kind, str], float]:
        """P(entry | the question's known words) among `keys` (uniform prior); empty when no word is known."""
        rows = [self.seen[w] for w in words if w in self.seen]
        keys = [key for key in keys if key in self.unseen]
        if not rows or not keys:
            return {}
        # Every key starts as if no word were its own, then each word's few users are corrected: the cost is the
        # words' users, not words times keys.
        sums = {key: len(rows) * self.unseen[key] for key in keys}
        for row in rows:
            # Walk the shorter side: a common word of a large knowledge base has thousands of users, and only the
            # few keys matter (the same sums either way).
            if len(row) <= len(sums):
                for key, value in row.items():
                    if key in sums:
                        sums[key] += value - self.unseen[key]
            else:
                for key in sums:
                    value = row.get(key)
                    if value is not None:
                        sums[key] += value - self.unseen[key]
        top = max(sums.values())
        exps = {key: math.exp(value - top) for key, value in sums.items()}
        total = sum(exps.values())
        return {key: value / total for key, value in exps.items()}
