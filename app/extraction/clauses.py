"""A sentence seen as clauses and mentions: who is a subject, who follows which preposition.

Roles are read from shallow structure, not a parser: the preposition before a mention ("to
Russia", "from Iran", "with Minsk"), the noun after it ("North Korean troops", "US-made bombs"),
clause boundaries (", which", ";", ", drawing …") and coordination ("A, B and C").
"""

from __future__ import annotations

import re
from dataclasses import dataclass, field

from app.extraction import lexicon
from app.extraction.gazetteer import Kind, Mention

_PREPOSITIONS = lexicon.words(
    """in into to from at near with for against by over off around across toward towards inside
    within on of between among alongside under via through outside beyond onto amid along
    involving including like unlike than as about after before"""
)
# Words between a preposition and the mention it governs ("to the war-torn Ukraine").
_SKIP_BACK = lexicon.words(
    """the a an its their his her neighbouring neighboring northern southern eastern western
    central war-torn fellow allied ally both all other nearby key partner nations nation
    countries country states state like-minded allies partners buyers customers clients mr mrs
    ms dr"""
)
_IT_BEFORE = re.compile(r"\b(?:it|they)\s+(?:(?:had|has|have|would|will|had\s+been)\s+)?$")
_PLACE_PREPS = frozenset({"in", "at", "into", "across", "throughout", "around"})
_POSSESSIVE = re.compile(r"['’]s\b")
_PLACE_HEADS = lexicon.words("port city town capital island province region harbour harbor")
# Words that mark the mention after them as the party helped ("to help Ukraine").
_BENEFICIARY = lexicon.words(
    "for alongside help support assist aid back bolster reinforce defend protect behalf"
)
_TITLE = re.compile(lexicon.TITLES + r"|delegations?|team|teams", re.IGNORECASE)
_TITLED_BEFORE = re.compile(
    r"\b(?:" + lexicon.TITLES + r"|delegation)s?\s+(?:of|from)\s+(?:the\s+)?$", re.IGNORECASE
)
_TITLE_GAP = re.compile(
    r"(?:['’]s)?\s+(?:(?:" + lexicon.TITLES + r"|[\w.-]+)\s+){1,5}", re.IGNORECASE
)
_WORD_BEFORE = re.compile(r"([\w'’-]+)\W*$")
# The words share one `\b` group: tried at every position, alternatives each with its own `\b`
# cost three times as much.
_CLAUSE_BREAK = re.compile(
    r"[;:—–()]|, (?:which|where|while|whereas|although|though|as|and then|"
    r"drawing|prompting|becoming|saying|making|sparking|triggering|raising|despite|amid|even as|"
    r"angering|irking|provoking|days|weeks|months|after|before|when|who|whose)\b|"
    r"\b(?:(?<!\ball )(?<!\bnothing )but|which|who|while|whereas|because)\b",
)
_FIGURE_WORD = re.compile(r"\d[\d,.]*")
_MORE_THAN = re.compile(r"\b(?:more|fewer|less)\s+than$", re.IGNORECASE)
_FIGURE = re.compile(r"\(\s*(?:about |some |up to )?[\d,.]+\s*\)")
# "…, weeks after buying": the time before the conjunction is no subject either
_PARTICIPLE = re.compile(
    r"[,\s]*(?:(?:days|weeks|months|years|hours|shortly|soon|just|only)\s+)?"
    r"(?:while|after|before|by|when|since|whilst)\s+\w+ing\b"
)
_CITY_COMMA = re.compile(
    r"(?<!according )\b(?:in|at|to|into|near|from|inside|outside)\s+"
    r"([A-Z][\w'’.-]+(?:\s+[A-Z][\w'’.-]+){0,4}),\s+$"
)
_AFTER_PLACE = re.compile(r"\s*(?:[,.;:)]|$|(?:on|in|for|last|this|to|and|from|with)\b)")
_RELATIVE = re.compile(r",?\s*(?:which|who)\b")
# "Japanese Prime Minister Fumio Kishida and South Korean …": names and titles, then "and".
_NAMED_COORDINATION = re.compile(r"(?:,\s*|\s)(?:and|as well as)\s+(?:the\s+)?$")
_APPOSITIVE = re.compile(r",\s+(?:a|an|the|its|which|who|whose|itself|home to)\s[^,;]{1,70},")
_ACCUSED_OF = re.compile(
    r"\b(?:accus\w*|suspect\w*)\s+((?:[\w.'’-]+\s+){1,5}?)of\s+(?:\w+ly\s+)?$", re.IGNORECASE
)
_CONJUNCTIONS = frozenset({"after", "before", "since", "until", "as", "once"})
_SUBJECT_GAP = re.compile(
    r"(?:['’]s)?\s+(?:(?:[A-Z][\w.'’-]*|(?i:" + lexicon.TITLES + r"|foreign|defen[cs]e|prime))\s+)"
    r"{0,6}(?:has\s+|had\s+|have\s+|was\s+|were\s+|formally\s+)?"
)
_CONNECTOR = re.compile(
    r"^(?:\s|,|-|&|[A-Z][\w.'’-]*|[a-z]+-[a-z]+|\(\s*[\d,.]+\s*\)|"
    r"(?i:\band\b|\bas well as\b|\balong with\b|\btogether with\b|"
    r"\bthe\b|['’]s\b|\bof\b|\b(?:" + lexicon.TITLES + r")\b|\bforeign\b|\bdefen[cs]e\b|"
    r"\bforces?\b|\btroops\b|\bwarships?\b|\bnavies\b|\barmies\b|\bmilitar(?:y|ies)\b|"
    # "a Russian frigate and a Chinese destroyer": ships coordinated, each with its article
    r"\ba\b|\ban\b|\bfrigates?\b|\bdestroyers?\b|\bcorvettes?\b|\bsubmarines?\b|"
    r"\bstate\b|\bhead\b|\bhis\b|\bher\b))*$"
)
_VERB_COORDINATION = re.compile(
    r"\s*,?\s*(?:and|but)\s+(?:then\s+|later\s+|also\s+)?$|\s*(?:,\s*|\s+and\s+)(?:then|later)\b|"
    r"\s*,?\s*(?:and\s+)?(?:before|after)\b"  # not "Wei then flew": there "then" is an adverb
)
_HEAD_FILLER = (
    r"(?:(?:['’]s|-led|-backed)?\s+(?:(?:[A-Z0-9][\w.-]*|\d[\d,]*|[a-z]+-[a-z]+|special|armed|"
    r"military|elite|combat|ground|regular|army|air|naval|airborne|peacekeeping|infantry|tank|"
    r"reserve|new|more|additional|extra|modern|advanced|used|second-hand|long-range|short-range|"
    r"ballistic|cruise|fighter|attack|armou?red|battle|main|heavy|light|precision|guided|rocket|"
    r"defen[cs]e|security|artillery|anti-ship|anti-tank|anti-aircraft|surface-to-air|hypersonic|"
    r"multiple|self-propelled|missile|kamikaze|loitering|strike|marine|coast|guard|state|"
    r"intelligence)\s+){0,4}?)"
)
# The noun itself in any case ("US Marines", "Russian Special Forces"); the filler keeps its case
_TROOPS_AFTER = re.compile(_HEAD_FILLER + r"(?i:" + lexicon.TROOPS + r")\b")
_WEAPONS_AFTER = re.compile(_HEAD_FILLER + r"(?:" + lexicon.WEAPONS + r")\b")
_MADE_AFTER = re.compile(
    r"-(?:made|built|supplied|produced|manufactured|donated|provided|origin|designed)\b"
)
_LED_AFTER = re.compile(r"-(?:led|hosted|organi[sz]ed)\b")
_PERSON_AFTER = re.compile(
    r"(?:['’]s)?\s+(?:(?:[A-Z][\w.-]*|foreign|defen[cs]e|prime|deputy|top|senior|military|"
    r"state|head|of|the|government|navy|army|trade|and)\s+){0,3}(?:" + lexicon.TITLES + r")s?\b"
    r"(?!['’]s\s+(?:wife|husband|son|daughter|family|children|relatives)\b)",
    re.IGNORECASE,
)
_VESSEL_AFTER = re.compile(_HEAD_FILLER + r"(?:" + lexicon.VESSELS + r")\b")
_TRAINEES_AFTER = re.compile(_HEAD_FILLER + r"(?i:" + lexicon.TRAINEES + r")\b")


@dataclass(slots=True)
class View:
    """One sentence with its mentions, ignored spans and clause boundaries precomputed."""

    text: str
    mentions: list[Mention]
    ignored: list[tuple[int, int]] = field(default_factory=list)
    breaks: list[int] = field(default_factory=list)
    floor: int = 0
    fallback: list[Mention] = field(default_factory=list)
    speakers: list[Mention] = field(default_factory=list)
    venue: str | None = None
    """The state of the report's dateline ("HANOI (Reuters) -"): where its people act."""
    person_before: str | None = None
    """The state of the last official named in an earlier sentence: who "he said" is."""
    visits_before: tuple[tuple[str, str], ...] = ()
    """The (visitor, host) pairs of the sentence before: whose talks "the talks" are."""
    org_before: str | None = None
    """The alliance the last sentences named: what "Sweden joined in 2024" joined."""
    mission_before: str | None = None
    """The state the last sentences sent a force to: where "Uganda has put forward 1,500
    troops" sends them."""
    mission_recent: str | None = None
    """`mission_before` when a sentence just before named it: where the national contingents
    that follow serve."""
    _hits: dict[int, list[re.Match[str]]] = field(default_factory=dict)
    lower: str = ""
    """The sentence lower-cased, offsets unchanged, for patterns from `lexicon.lowered`."""
    _memo: dict[tuple[int, int, int], str | bool] = field(default_factory=dict)
    """Answers of `word_before` and the noun tests per mention: the rules ask them often."""

    def __post_init__(self) -> None:
        self.lower = lexicon.lower_text(self.text)

    def finditer(self, pattern: re.Pattern[str], lo: int = 0, hi: int = -1) -> list[re.Match[str]]:
        """Matches of a `lexicon.lowered` pattern between `lo` and `hi`, the sentence scanned
        once per pattern: the rules ask for the same triggers and nouns around every trigger."""
        hits = self._hits.get(id(pattern))
        if hits is None:
            needles = lexicon.needles(pattern)
            if needles is not None and not any(n in self.lower for n in needles):
                hits = []  # none of the words every match holds: no scan
            else:
                hits = list(pattern.finditer(self.lower))
            self._hits[id(pattern)] = hits
        if not hits or (lo <= 0 and hi < 0):
            return hits  # callers read, never change, the list
        hi = len(self.text) if hi < 0 else hi
        return [m for m in hits if lo <= m.start() and m.end() <= hi]

    def search(self, pattern: re.Pattern[str], lo: int = 0, hi: int = -1) -> re.Match[str] | None:
        """The first match of a noun class between `lo` and `hi` (see `finditer`)."""
        found = self.finditer(pattern, lo, hi)
        return found[0] if found else None

    @classmethod
    def build(cls, text: str, mentions: list[Mention]) -> View:
        """Mark appositives as ignored and find clause breaks."""
        view = cls(text, mentions)
        for match in _APPOSITIVE.finditer(text):
            if any(m.end == match.end() - 1 for m in mentions) and any(
                0 <= m.start - match.end() < 3 for m in mentions
            ):
                continue  # "Saudi Arabia, the UAE, Oman", "hosts French, American and …": a list
            if any(m.end <= match.start() and match.start() - m.end < 3 for m in mentions):
                view.ignored.append((match.start() + 1, match.end() - 1))
        view.breaks = [m.start() for m in _CLAUSE_BREAK.finditer(text)]
        if "(" in text:  # "Britain (8,300), Germany (3,650)": a figure, not an aside
            figures = {i for f in _FIGURE.finditer(text) for i in (f.start(), f.end() - 1)}
            view.breaks = [b for b in view.breaks if b not in figures]
        return view

    def ignore(self, start: int, end: int) -> None:
        """Exclude a span (an attribution's source, say) from role assignment."""
        self.ignored.append((start, end))

    def live(self, mention: Mention, at: int = -1) -> bool:
        """Whether the mention is outside every ignored span that does not also hold `at`."""
        return not any(a <= mention.start < b and not a <= at < b for a, b in self.ignored)

    def clause(self, pos: int) -> tuple[int, int]:
        """The clause around `pos`: from the last break before it to the first after it."""
        start, end = 0, len(self.text)
        for b in self.breaks:
            if b <= pos:
                start = b
            elif b > pos:
                end = b
                break
        return start, end

    def word_before(self, mention: Mention) -> str:
        """The governing word before a mention, skipping determiners and adjectives."""
        key = (0, mention.start, mention.end)
        word = self._memo.get(key)
        if word is None:
            word = self._memo[key] = self._word_before(mention)
        return word  # type: ignore[return-value]

    def _word_before(self, mention: Mention) -> str:
        if mention.kind is Kind.LEADER:
            # "with his Indian counterpart Nirmala Sitharaman": the name takes the title's role
            for other in self.mentions:
                if (
                    other.code == mention.code
                    and 0 < mention.start - other.end < 50
                    and _TITLE_GAP.fullmatch(self.text, other.end, mention.start)
                ):
                    return self.word_before(other)
        pos = mention.start
        for _ in range(4):
            match = _WORD_BEFORE.search(self.text, max(0, pos - 40), pos)
            if match is None:
                return ""
            word = match.group(1).lower()
            city = (  # "at Alexandria, Egypt" needs a comma before the mention
                _CITY_COMMA.search(self.text, max(0, pos - 50), pos)
                if pos == mention.start and "," in self.text[max(0, pos - 50) : pos]
                else None
            )
            if (
                city
                and _AFTER_PLACE.match(self.text, mention.end)
                and not any(m.end == city.end(1) for m in self.mentions)
            ):
                pos = city.start(1)  # "at Alexandria, Egypt": the country takes the city's place
                continue
            if (
                word in _SKIP_BACK
                or word.isdigit()
                or (word[:1].isdigit() and _FIGURE_WORD.fullmatch(word))
            ):
                pos = match.start()
                continue
            if word == "than" and _MORE_THAN.search(
                self.text, max(0, match.start() - 12), match.end()
            ):
                pos = match.start()  # "more than 17,000 Australian troops": a number
                continue
            if word == "as" and self.text[max(0, match.start() - 5) : match.start()].endswith(
                "such "
            ):
                pos = match.start() - 5  # "sold to allies such as Germany": the list's head
                continue
            if word == "to":
                prior = _WORD_BEFORE.search(self.text, max(0, match.start() - 30), match.start())
                if prior and prior.group(1).lower() in {"close", "next", "near", "according"}:
                    return "near"
            if word == "from":
                prior = _WORD_BEFORE.search(self.text, max(0, match.start() - 30), match.start())
                if prior and _TITLE.fullmatch(prior.group(1)):
                    return "of"
            if word == "of":
                prior = _WORD_BEFORE.search(self.text, max(0, match.start() - 30), match.start())
                if prior and prior.group(1).lower() == "behalf":
                    return "for"
                if prior and prior.group(1).lower() in _PLACE_HEADS:
                    pos = prior.start()  # "in the port of Dundee": the port's own preposition
                    continue
            return word
        return ""

    def prep(self, mention: Mention) -> str | None:
        """The preposition governing a mention, or None for a subject or direct object."""
        word = self.word_before(mention)
        if word in _PREPOSITIONS:
            return word
        return None

    def beneficiary(self, mention: Mention) -> bool:
        """Whether the mention is the party helped: "for Russia", "to help Ukraine"."""
        return self.word_before(mention) in _BENEFICIARY

    def _after(self, mention: Mention, pattern: re.Pattern[str]) -> bool:
        key = (id(pattern), mention.end, 0)
        found = self._memo.get(key)
        if found is None:
            end = min(len(self.text), mention.end + 80)
            found = self._memo[key] = pattern.match(self.text, mention.end, end) is not None
        return bool(found)

    def forces(self, mention: Mention) -> bool:
        """'North Korean troops', "Russia's forces": the mention owns the troops after it."""
        return mention.kind is not Kind.LEADER and self._after(mention, _TROOPS_AFTER)

    def owns(self, mention: Mention, pattern: re.Pattern[str]) -> bool:
        """Whether what `pattern` names follows the mention ("Russian warplanes")."""
        return mention.kind is not Kind.LEADER and self._after(mention, pattern)

    def trainees(self, mention: Mention) -> bool:
        """'Ukrainian pilots': the mention owns the people trained."""
        return self._after(mention, _TRAINEES_AFTER)

    def made_in(self, mention: Mention) -> bool:
        """'US-made bombs': the mention is the supplier of the goods after it."""
        return _MADE_AFTER.match(self.text, mention.end) is not None

    def weapon_owner(self, mention: Mention) -> bool:
        """'Norwegian launchers', 'Chinese J-10 jets': a maker's adjective before weapons."""
        if self.made_in(mention):
            return True
        if mention.kind in (Kind.NAME, Kind.SEAT) and _POSSESSIVE.match(self.text, mention.end):
            return self._after(mention, _WEAPONS_AFTER)  # "Russia's S-400 system"
        return mention.kind is Kind.DEMONYM and self._after(mention, _WEAPONS_AFTER)

    def led(self, mention: Mention) -> bool:
        """'the US-led drills': the mention takes part in what follows."""
        return _LED_AFTER.match(self.text, mention.end) is not None

    def person(self, mention: Mention) -> bool:
        """A leader, official or delegation of the state ("Japan's emperor")."""
        return mention.kind is Kind.LEADER or self._after(mention, _PERSON_AFTER)

    def titled(self, mention: Mention) -> bool:
        """'the president of Ukraine', 'a delegation from Myanmar': a person of the mention."""
        return (
            _TITLED_BEFORE.search(self.text, max(0, mention.start - 60), mention.start) is not None
        )

    def vessel(self, mention: Mention) -> bool:
        """'a US aircraft carrier': the mention owns the ship after it."""
        return self._after(mention, _VESSEL_AFTER)

    def before(self, pos: int, floor: int) -> list[Mention]:
        """Live mentions ending before `pos` and starting after `floor`, nearest last."""
        return [
            m for m in self.mentions if floor <= m.start and m.end <= pos and self.live(m, pos - 1)
        ]

    def after(self, pos: int, ceiling: int) -> list[Mention]:
        """Live mentions starting at or after `pos` and before `ceiling`, nearest first."""
        return [m for m in self.mentions if pos <= m.start < ceiling and self.live(m, pos)]

    def subject(self, pos: int, floor: int | None = None) -> list[Mention]:
        """The coordinated group of mentions nearest before `pos` that no preposition governs."""
        start = self.clause(pos)[0] if floor is None else floor
        if pos >= self.floor:
            start = max(start, self.floor)
        accused = _ACCUSED_OF.search(self.text, max(0, pos - 70), pos)
        if accused is not None:
            # "Seoul accuses the North of shipping shells": the accused does what follows
            inside = self.after(accused.start(1), accused.end(1))
            return self.group_after(inside[0], accused.end(1)) if inside else []
        candidates = self.before(pos, start)
        group: list[Mention] = []
        for mention in reversed(candidates):
            prep = self.prep(mention)
            eligible = (
                prep is None
                or prep == "of"
                or (prep == "between" and not group)
                # "three days after Swedish Prime Minister Ulf Kristersson travelled": a clause
                or (
                    prep in _CONJUNCTIONS
                    and not group
                    and _SUBJECT_GAP.fullmatch(self.text, mention.end, pos) is not None
                )
            )
            if not group:
                if _VERB_COORDINATION.match(self.text, mention.end, pos):
                    continue
                if eligible and not self.made_in(mention):
                    group.append(mention)
                continue
            gap = self.text[mention.end : group[-1].start]
            if not _CONNECTOR.match(gap):
                break
            if eligible or prep in {"and", "between"} or gap.strip() in {"and", ","}:
                group.append(mention)
            else:
                break
        group.reverse()
        if group and self.prep(group[0]) in _PLACE_PREPS:
            group = []  # "meeting commanders in Israel, Jordan and Qatar": a place, no subject
        if not group:
            group = self._antecedent(start, pos)
        if not group and not self.fallback and _IT_BEFORE.search(self.text, max(0, pos - 25), pos):
            # "the FK-3 system it bought from China": "it" is the sentence's first subject
            floor = self.text.rfind(";", 0, pos) + 1  # after a semicolon, its own subject
            first = [m for m in self.before(pos, floor) if self.prep(m) is None][:1]
            group = self.group_after(first[0], pos) if first else []
        if not group and start > 0 and _PARTICIPLE.match(self.text, start, pos + 20):
            # "Israel bought oil while selling drones to Baku": the main clause's subject
            main = [m for m in self.before(start, self.clause(start - 1)[0]) if not self.prep(m)]
            group = self.group_after(main[0], start) if main else []
        return group or (self.fallback if pos >= self.floor else [])

    def _antecedent(self, start: int, pos: int) -> list[Mention]:
        """'… to Egypt, which in return sent shells': the relative pronoun's antecedent."""
        relative = _RELATIVE.match(self.text, start, pos)
        if relative is None:
            return []
        return [m for m in self.mentions if start - 2 <= m.end <= start and self.live(m)][-1:]

    def group_after(self, first: Mention, ceiling: int) -> list[Mention]:
        """`first` and the mentions coordinated with it after it ("with Japan and India")."""
        group = [first]
        group += [m for m in self.mentions if m.start == first.start and m is not first]
        for mention in self.after(first.end, ceiling):
            gap = self.text[group[-1].end : mention.start]
            if (
                gap.strip(" ,") in {"and", "", "and the", "the", "'s", "’s"}
                or re.fullmatch(r"[\s,]*(?:and\s+)?(?:the\s+)?", gap)
                or (_NAMED_COORDINATION.search(gap) and _CONNECTOR.match(gap))
                or (mention.code == group[-1].code and _CONNECTOR.match(gap))
            ):
                group.append(mention)
            else:
                break
        return group
