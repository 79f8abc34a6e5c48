"""Every validation rule, each with a broken file and the exact `path:line: message` a moderator sees."""

from __future__ import annotations

import textwrap
from datetime import date
from pathlib import Path

import pytest

from bot.cli import main
from bot.knowledge.loader import KnowledgeBaseNotFound, load_knowledge

TODAY = date(2026, 11, 25)

GOOD_STATE = """\
id: FL
name: "Florida"
phrasings:
  - "what does the test act say"
aliases: []
min_age: 7
bars: "arrest"
exceptions:
  - offense: "a forcible felony"
    min_age: null
citation: "Fla. Stat. § 985.031"
effective: 2021-07-01
juvenile_max_age: 17
summary: "A child younger than 7 may not be arrested."
sources:
  - title: "Florida Statutes § 985.031"
    url: "https://example.org/985.031"
    type: "statute"
verified: 2026-11-01
"""

GOOD_NO_MINIMUM = """\
id: OH
name: "Ohio"
phrasings: []
min_age: null
instead: "The common-law infancy defense."
juvenile_max_age: 17
summary: "No statutory minimum."
sources:
  - title: "A source"
    citation: "Ohio Rev. Code § 2152.02"
verified: 2026-11-01
"""

GOOD_TOPIC = """\
id: questioning
title: "Can police question my child without me?"
phrasings:
  - "can police question my child without me"
summary: "Usually yes."
authority:
  - "Fare v. Michael C., 442 U.S. 707 (1979)"
state_field: "interrogation"
sources:
  - title: "Fare v. Michael C."
    citation: "442 U.S. 707 (1979)"
verified: 2026-11-01
"""

GOOD_CASE = """\
id: kaia-rolle
title: "Kaia Rolle (Orlando, Florida, 2019)"
date: 2019-09-19
place: "Orlando, Florida"
state: FL
age: 6
phrasings:
  - "what happened to kaia rolle"
aliases: ["Kaia Rolle"]
summary: "Arrested at school at six."
sources:
  - title: "News report"
    url: "https://example.org/kaia"
    type: "news"
    note: "news report"
verified: 2026-11-01
"""

GOOD_OFFTOPIC = """\
id: driving
subject: "driving or a driver's license"
phrasings:
  - "how old do you have to be to get a learner's permit"
"""


def write_kb(root: Path, files: dict[str, str]) -> Path:
    base = {"states/FL.yaml": GOOD_STATE, "states/OH.yaml": GOOD_NO_MINIMUM,
            "topics/questioning.yaml": GOOD_TOPIC, "cases/kaia-rolle.yaml": GOOD_CASE}
    base.update(files)
    for name, text in base.items():
        if text is None:
            continue
        path = root / name
        path.parent.mkdir(parents=True, exist_ok=True)
        path.write_text(textwrap.dedent(text), encoding="utf-8")
    return root


def problems(tmp_path: Path, files: dict[str, str]) -> list[str]:
    result = load_knowledge(write_kb(tmp_path, files), today=TODAY)
    assert result.kb is None
    return [str(p).replace(str(tmp_path) + "/", "") for p in result.problems]


def test_good_knowledge_base_loads() -> None:
    import tempfile

    with tempfile.TemporaryDirectory() as folder:
        result = load_knowledge(write_kb(Path(folder), {}), today=TODAY)
    assert result.problems == []
    assert result.kb is not None
    assert result.kb.counts() == "2 states, 1 topics, 1 cases"
    assert result.kb.states["FL"].exceptions[0].offense == "a forcible felony"


def test_offtopic_subjects_load_and_are_counted_apart(tmp_path: Path) -> None:
    result = load_knowledge(write_kb(tmp_path, {"offtopic/driving.yaml": GOOD_OFFTOPIC}), today=TODAY)
    assert result.kb is not None, result.problems
    assert result.kb.counts() == "2 states, 1 topics, 1 cases, 1 off-topic subjects"
    assert result.kb.offtopics["driving"].title == "driving or a driver's license"
    assert all(entry.kind != "offtopic" for entry in result.kb.entries())  # never an answer, never stale


CASES = [
    pytest.param({"states/FL.yaml": GOOD_STATE.replace("sources:", "soruces:")},
                 ["states/FL.yaml:15: unknown key 'soruces' in this state entry (did you mean 'sources'?)",
                  "states/FL.yaml:1: this state entry is missing the required key 'sources'"], id="typo-in-key"),
    pytest.param({"states/FL.yaml": GOOD_STATE.replace("verified: 2026-11-01\n", "")},
                 ["states/FL.yaml:1: this state entry is missing the required key 'verified'"], id="missing-required"),
    pytest.param({"states/FL.yaml": GOOD_STATE.split("sources:")[0] + "sources: []\nverified: 2026-11-01\n"},
                 ["states/FL.yaml:15: an entry needs at least one source (a list of {title, url or citation})"],
                 id="no-sources"),
    pytest.param({"states/FL.yaml": GOOD_STATE.replace('url: "https://example.org/985.031"', 'url: "ftp://example.org/x"')},
                 ["states/FL.yaml:17: source 1 url must start with http:// or https://; found 'ftp://example.org/x'"],
                 id="non-http-url"),
    pytest.param({"states/FL.yaml": GOOD_STATE.replace('url: "https://example.org/985.031"', 'note: "x"')},
                 ["states/FL.yaml:16: source 1 needs a url or a citation"], id="source-without-url-or-citation"),
    pytest.param({"states/FL.yaml": GOOD_STATE.replace("min_age: 7", "min_age: 25")},
                 ["states/FL.yaml:6: 'min_age' must be an age between 0 and 21; found 25"], id="age-out-of-range"),
    pytest.param({"states/FL.yaml": GOOD_STATE.replace("juvenile_max_age: 17", "juvenile_max_age: -1")},
                 ["states/FL.yaml:13: 'juvenile_max_age' must be an age between 0 and 21; found -1"], id="negative-age"),
    pytest.param({"states/FL.yaml": GOOD_STATE.replace("verified: 2026-11-01", "verified: 2026-13-01")},
                 ["states/FL.yaml:19: 'verified' must be a date written YYYY-MM-DD; found '2026-13-01'"],
                 id="date-does-not-parse"),
    pytest.param({"states/FL.yaml": GOOD_STATE.replace("verified: 2026-11-01", "verified: 2027-01-01")},
                 ["states/FL.yaml:19: 'verified' is 2027-01-01, a date in the future"], id="date-in-future"),
    pytest.param({"states/FL.yaml": GOOD_STATE.replace('bars: "arrest"', "bars: no")},
                 ["states/FL.yaml:7: unquoted no in 'bars' is read by YAML as a true/false value; write \"no\" in quotes"],
                 id="yaml-1.1-boolean"),
    pytest.param({"states/FL.yaml": GOOD_STATE.replace("id: FL", "id: XX"), "states/XX.yaml": None},
                 ["states/FL.yaml:1: 'XX' is not a US state or territory code (FL, TX, DC …)"], id="unknown-state-code"),
    pytest.param({"cases/kaia-rolle.yaml": GOOD_CASE.replace("state: FL", "state: ZZ")},
                 ["cases/kaia-rolle.yaml:5: 'state' must be a US state or territory code such as FL; found 'ZZ'"],
                 id="case-unknown-state"),
    pytest.param({"states/FL.yaml": GOOD_STATE.replace("phrasings:\n  - \"what does the test act say\"",
                                                       "phrasings:\n  - \"Can police question my child without me?\"")},
                 ["topics/questioning.yaml:4: phrasing 'can police question my child without me' is also used by "
                  "states/FL.yaml; each phrasing must lead to one entry"], id="duplicate-phrasing"),
    pytest.param({"topics/other.yaml": GOOD_TOPIC.replace("id: questioning", "id: other")
                  .replace("can police question my child without me", "another phrasing")},
                 [], id="second-topic-is-fine"),
    pytest.param({"topics/copy.yaml": GOOD_TOPIC.replace("can police question my child without me", "x y z")},
                 ["topics/copy.yaml:1: id 'questioning' must match the file name (questioning.yaml)"],
                 id="id-does-not-match-file"),
    pytest.param({"states/FL.yaml": GOOD_STATE.replace("summary:", "summary: [\n")},
                 # the rest is the parser's own words (libyaml's or PyYAML's, whichever is installed)
                 ["states/FL.yaml:16: YAML syntax error: *"], id="yaml-syntax-error"),
    pytest.param({"states/FL.yaml": GOOD_STATE.replace("citation: \"Fla. Stat. § 985.031\"\n", "")},
                 ["states/FL.yaml:1: a state with a min_age needs 'citation'"], id="min-age-without-citation"),
    pytest.param({"states/OH.yaml": GOOD_NO_MINIMUM.replace('instead: "The common-law infancy defense."\n', "")},
                 ["states/OH.yaml:4: with no statutory minimum (min_age: null), say what applies instead in 'instead'"],
                 id="no-minimum-without-instead"),
    pytest.param({"states/FL.yaml": GOOD_STATE + "name: \"Again\"\n"},
                 ["states/FL.yaml:20: key 'name' appears twice; YAML keeps only the last"], id="duplicate-key"),
    pytest.param({"states/FL.yaml": GOOD_STATE.replace("    min_age: null", "    min_age: 9")},
                 ["states/FL.yaml:10: exception 1 has floor 9, not below the state's min_age 7"],
                 id="exception-floor-not-below"),
    pytest.param({"offtopic/driving.yaml": GOOD_OFFTOPIC}, [], id="offtopic-needs-no-sources"),
    pytest.param({"offtopic/driving.yaml": GOOD_OFFTOPIC.replace('subject: "driving or a driver\'s license"\n', "")},
                 ["offtopic/driving.yaml:1: this offtopic entry is missing the required key 'subject'"],
                 id="offtopic-without-subject"),
    pytest.param({"offtopic/driving.yaml": GOOD_OFFTOPIC + "sources: []\n"},
                 ["offtopic/driving.yaml:5: unknown key 'sources' in this offtopic entry"], id="offtopic-states-no-facts"),
    pytest.param({"offtopic/driving.yaml": GOOD_OFFTOPIC.replace("how old do you have to be to get a learner's permit",
                                                                 "can police question my child without me")},
                 ["offtopic/driving.yaml:4: phrasing 'can police question my child without me' is also used by "
                  "topics/questioning.yaml; each phrasing must lead to one entry"], id="offtopic-phrasing-of-a-topic"),
]


@pytest.mark.parametrize(("files", "expected"), CASES)
def test_each_rule_reports_path_and_line(tmp_path: Path, files: dict[str, str], expected: list[str]) -> None:
    if not expected:
        assert load_knowledge(write_kb(tmp_path, files), today=TODAY).problems == []
        return
    found = sorted(problems(tmp_path, files))
    assert len(found) == len(expected), found
    for got, want in zip(found, sorted(expected), strict=True):  # "…: *" matches any parser's wording
        assert got.startswith(want[:-1]) and len(got) > len(want) if want.endswith("*") else got == want


def test_all_problems_are_reported_in_one_pass(tmp_path: Path) -> None:
    found = problems(tmp_path, {
        "states/FL.yaml": GOOD_STATE.replace("sources:", "soruces:"),
        "states/OH.yaml": GOOD_NO_MINIMUM.replace("verified: 2026-11-01", "verified: yesterday"),
        "cases/kaia-rolle.yaml": GOOD_CASE.replace("age: 6", "age: 40"),
    })
    assert {line.split(":")[0] for line in found} == {"states/FL.yaml", "states/OH.yaml", "cases/kaia-rolle.yaml"}


def test_missing_folder_is_a_clear_error(tmp_path: Path) -> None:
    with pytest.raises(KnowledgeBaseNotFound, match="no knowledge base"):
        load_knowledge(tmp_path / "nowhere")


def test_validate_command_exit_codes(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    good = write_kb(tmp_path / "good", {})
    assert main(["validate", "--kb", str(good)]) == 0
    assert capsys.readouterr().out.startswith("OK: 2 states, 1 topics, 1 cases")
    bad = write_kb(tmp_path / "bad", {"states/FL.yaml": GOOD_STATE.replace("sources:", "soruces:")})
    assert main(["validate", "--kb", str(bad)]) == 1
    out = capsys.readouterr().out
    assert f"{bad}/states/FL.yaml:15: unknown key 'soruces'" in out
    assert main(["validate", "--kb", str(tmp_path / "missing")]) == 2
    assert "no knowledge base" in capsys.readouterr().err
