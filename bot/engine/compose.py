"""Turn a chosen entry (plus the state and age read from the question) into an `Answer`.

This is where the engine reasons rather than quotes: below the minimum, at or
above it, or no statutory minimum, always with the exceptions that still apply.
"""

from __future__ import annotations

from datetime import date

from bot.engine.answer import Answer, Section, Suggestion
from bot.knowledge.jurisdictions import name_of
from bot.knowledge.model import CaseEntry, Entry, KnowledgeBase, Provision, StateEntry, TopicEntry

RULE_TOPIC = "minimum-age"
#: The topic about other countries and international law: never the answer for a question about one US state.
WORLD_TOPIC = "international-standard"
EXAMPLES = (
    "“can police arrest a 6 year old in Florida?”, “can police question my child without me?”, "
    "“what happened to Kaia Rolle?”"
)
CAN_ANSWER = (
    "I answer questions about when a child can be arrested or charged in each US state, a child's rights "
    f"with the police, and documented cases. Try {EXAMPLES}, or /topics for the full list."
)

BARRED = {
    "arrest": "arrested, taken into custody, charged or adjudicated delinquent",
    "prosecution": "charged with a delinquent act, brought before juvenile court or adjudicated delinquent",
}


def human_date(day: date | None) -> str:
    return f"{day.day} {day:%B %Y}" if day else "unknown"


def aged(age: int) -> str:
    """"a 7-year-old", "an 8-year-old", "an 11-year-old"."""
    article = "an" if str(age).startswith("8") or age in (11, 18) else "a"
    return f"{article} {age}-year-old"


def rule_label(state: StateEntry, age: int | None = None) -> str:
    who = aged(age) if age is not None else "a child"
    return f"Can {who} be arrested in {state.name}?"


def label_of(kb: KnowledgeBase, suggestion: Suggestion) -> str:
    if suggestion.kind == "state" or (suggestion.kind == "topic" and suggestion.id == RULE_TOPIC and suggestion.state):
        state = kb.states.get(suggestion.state or suggestion.id)
        if state is not None:
            return rule_label(state, suggestion.age)
    entry = kb.get(suggestion.kind, suggestion.id)
    title = entry.title if entry else suggestion.id
    if suggestion.state and suggestion.kind == "topic":
        title = f"{title} ({name_of(suggestion.state)})"
    return title


def _exceptions_phrase(state: StateEntry, age: int | None) -> str:
    offenses = [x.offense for x in state.exceptions if x.applies_at(age)]
    if not offenses:
        return ""
    return ", unless the act is " + _join_or(offenses)


def _join_or(items: list[str]) -> str:
    return items[0] if len(items) == 1 else ", ".join(items[:-1]) + " or " + items[-1]


def _law_reference(state: StateEntry) -> str:
    parts = [state.citation or ""]
    if state.law_name:
        parts.append(f"the “{state.law_name}”")
    if state.effective:
        parts.append(f"in force since {human_date(state.effective)}")
    return " (" + ", ".join(p for p in parts if p) + ")"


def verdict(state: StateEntry, age: int | None) -> str:
    """The rule applied to this child, in one or two plain sentences."""
    if state.min_age is None:
        lead = (f"{state.name} has no statutory minimum age: no law there sets an age below which a child "
                "cannot be arrested or charged.")
        if age is not None:
            lead += f" {aged(age).capitalize()} is not protected by an age floor."
        return lead
    floor = state.min_age
    barred = BARRED[state.bars or "prosecution"]
    rule = f"a child younger than {floor} may not be {barred}{_exceptions_phrase(state, age)}{_law_reference(state)}."
    if age is None:
        return f"In {state.name}, {rule}"
    if age < floor:
        opener = f"No, not in {state.name}:" if state.bars == "arrest" else f"Not as a delinquency case in {state.name}:"
        text = f"{opener} {rule}"
        later = [x for x in state.exceptions if not x.applies_at(age)]
        for exc in later:
            text += f" For {exc.offense} the floor is {exc.min_age}, so that exception does not reach {aged(age)}."
        if state.bars == "prosecution":
            text += " This rule limits charging and juvenile-court cases; it is not written as a ban on police contact itself."
        return text
    text = (f"Yes. {state.name}'s minimum age is {floor}, so at {age} a child can be arrested and charged "
            f"with a delinquent act.")
    if state.juvenile_max_age is not None:
        if age <= state.juvenile_max_age:
            text += (f" The case would normally start in juvenile court, which in {state.name} hears cases up to "
                     f"age {state.juvenile_max_age}.")
        else:
            text += (f" At {age}, cases start in adult court ({state.name}'s juvenile court hears cases up to "
                     f"age {state.juvenile_max_age}).")
    return text


def _provisions(items: tuple[Provision, ...]) -> str:
    return "\n".join(f"• {p.text}" + (f" ({p.citation})" if p.citation else "") for p in items)


def _state_sections(state: StateEntry) -> list[Section]:
    sections = [Section("The rule", state.summary)]
    if state.exceptions:
        sections.append(Section("Exceptions", "\n".join(
            f"• {x.describe()}" for x in state.exceptions)))
    if state.instead:
        sections.append(Section("What applies instead", state.instead))
    if state.other_limits:
        sections.append(Section("Other limits (not a minimum age)", _provisions(state.other_limits)))
    if state.juvenile_max_age is not None:
        sections.append(Section("Juvenile court", f"Handles cases of children up to age {state.juvenile_max_age}."))
    if state.pending:
        sections.append(Section("Recent or pending changes", state.pending))
    if state.notes:
        sections.append(Section("Notes", state.notes))
    return sections


def state_answer(state: StateEntry, age: int | None, score: float) -> Answer:
    return Answer(
        status="answered", headline=verdict(state, age), sections=tuple(_state_sections(state)),
        title=f"Minimum age of arrest: {state.name}", entry=state.key, state=state.code, age=age, score=score,
        citation=state.citation or _source_citations(state), sources=state.sources, verified=state.verified,
    )


def national_rule_answer(topic: TopicEntry, kb: KnowledgeBase, age: int | None, score: float) -> Answer:
    """The minimum-age topic without a state: the overview, with counts computed from the state files."""
    states = list(kb.states.values())
    with_floor = [s for s in states if s.min_age is not None]
    none = len(states) - len(with_floor)
    if age is None:
        counts = (f"Of the {len(states)} jurisdictions in my knowledge base, {len(with_floor)} set a minimum age "
                  f"(from {min((s.min_age for s in with_floor), default=0)} to "
                  f"{max((s.min_age for s in with_floor), default=0)}) and {none} have no statutory minimum.")
    else:
        protected = [s for s in with_floor if age < (s.min_age or 0)]
        arrest = sum(1 for s in protected if s.bars == "arrest")
        counts = (f"It depends on the state. Of the {len(states)} jurisdictions in my knowledge base, "
                  f"{len(protected)} protect {aged(age)} with a minimum age ({arrest} of them bar arrest itself), "
                  f"and {none} have no statutory minimum.")
    headline = f"{counts} Tell me the state for its rule, e.g. “can police arrest {aged(age or 6).replace('-', ' ')} in Florida?”"
    sections = [Section("In general", topic.summary), *_detail_sections(topic)]
    return Answer(
        status="answered", headline=headline, sections=tuple(sections), title=topic.title, entry=topic.key,
        age=age, score=score, citation="; ".join(topic.authority), sources=topic.sources, verified=topic.verified,
    )


def _detail_sections(topic: TopicEntry) -> list[Section]:
    sections = []
    if topic.details:
        sections.append(Section("What to know", "\n".join(f"• {d}" for d in topic.details)))
    if topic.notes:
        sections.append(Section("Notes", topic.notes))
    return sections


def topic_answer(topic: TopicEntry, state: StateEntry | None, age: int | None, score: float) -> Answer:
    sections = _detail_sections(topic)
    sources = topic.sources
    verified = topic.verified
    citation = "; ".join(topic.authority)
    if state is not None and topic.state_field in ("interrogation", "notification"):
        provisions: tuple[Provision, ...] = getattr(state, topic.state_field)
        if provisions:
            text = _provisions(provisions)
            sources = topic.sources + state.sources
            verified = min(topic.verified, state.verified)
            citation += "; " + "; ".join(p.citation for p in provisions if p.citation)
        else:
            text = (f"No {state.name} statute on this is recorded in my knowledge base (checked "
                    f"{human_date(state.verified)}); the national rules above apply.")
        sections.insert(0, Section(f"In {state.name}", text))
    return Answer(
        status="answered", headline=topic.summary, sections=tuple(sections), title=topic.title, entry=topic.key,
        state=state.code if state else None, age=age, score=score, citation=citation.strip("; ") or None,
        sources=sources, verified=verified,
    )


def case_answer(case: CaseEntry, score: float) -> Answer:
    sections = []
    if case.facts:
        sections.append(Section("What happened", "\n".join(f"• {f}" for f in case.facts)))
    if case.outcome:
        sections.append(Section("What followed", case.outcome))
    if case.notes:
        sections.append(Section("Notes", case.notes))
    return Answer(
        status="answered", headline=case.summary, sections=tuple(sections), title=case.title, entry=case.key,
        state=case.state, age=case.age, score=score, citation=_source_citations(case),
        sources=case.sources, verified=case.verified,
    )


def _source_citations(entry: Entry) -> str | None:
    cited = [s.citation for s in entry.sources if s.citation]
    return "; ".join(cited) if cited else entry.sources[0].title


NOT_SURE = "I'm not sure which you mean. Did you mean one of these?"


def clarify(kb: KnowledgeBase, suggestions: list[Suggestion], score: float, state: str | None,
            age: int | None, headline: str = NOT_SURE) -> Answer:
    labelled = tuple(Suggestion(label_of(kb, s), s.kind, s.id, s.state, s.age) for s in suggestions[:3])
    return Answer(status="clarify", headline=headline,
                  state=state, age=age, score=score, suggestions=labelled)


def no_match(kb: KnowledgeBase, reason: str | None, score: float = 0.0, state: str | None = None,
             age: int | None = None) -> Answer:
    suggestions: tuple[Suggestion, ...] = ()
    if state is not None and state in kb.states:
        suggestions = (Suggestion(rule_label(kb.states[state], age), "state", state, state, age),)
    headline = f"{reason} {CAN_ANSWER}" if reason else f"I don't have an answer to that. {CAN_ANSWER}"
    return Answer(status="no_match", headline=headline, state=None, age=age, score=score, suggestions=suggestions)


def resolve(kb: KnowledgeBase, kind: str, entry_id: str, state: str | None, age: int | None,
            score: float) -> Answer | None:
    """The answer for one entry, specialised by the state and age read from the question."""
    if kind == "state":
        entry = kb.states.get(entry_id)
        return state_answer(entry, age, score) if entry else None
    if kind == "case":
        case = kb.cases.get(entry_id)
        return case_answer(case, score) if case else None
    topic = kb.topics.get(entry_id)
    if topic is None:
        return None
    state_entry = kb.states.get(state) if state else None
    if topic.state_field == "rule":
        if state_entry is not None:
            return state_answer(state_entry, age, score)
        return national_rule_answer(topic, kb, age, score)
    return topic_answer(topic, state_entry, age, score)


def _floor_text(state: StateEntry) -> str:
    if state.min_age is None:
        return "No statutory minimum age."
    what = "arrest itself" if state.bars == "arrest" else "charging and juvenile-court cases"
    text = f"Minimum age {state.min_age} (bars {what})."
    if state.exceptions:
        text += " Exceptions: " + "; ".join(x.describe() for x in state.exceptions) + "."
    return text


def compare_answer(states: list[StateEntry]) -> Answer:
    """Two or more states side by side: floor, exceptions, questioning and notification rules."""
    headline = " · ".join(
        f"{s.name}: {'no minimum' if s.min_age is None else f'minimum age {s.min_age}'}" for s in states)
    sections = []
    for state in states:
        parts = [_floor_text(state)]
        parts.append("Questioning: " + (_provisions(state.interrogation) if state.interrogation
                                        else "no state-specific rule recorded."))
        parts.append("Parent notification: " + (_provisions(state.notification) if state.notification
                                                else "no statute recorded."))
        sections.append(Section(state.name, "\n".join(parts)))
    cited = [s.citation for s in states if s.citation]
    return Answer(
        status="answered", headline=headline, sections=tuple(sections),
        title="Comparing " + ", ".join(s.code for s in states), entry=None, score=100.0,
        citation="; ".join(cited) or None, sources=tuple(src for s in states for src in s.sources[:2]),
        verified=min(s.verified for s in states),
    )
