"""Statistics stage: one example per form the labelling guide names, with its exact value, unit
and kind (and `of`, `approx`, `per` where they apply); a table of numbers that are not
statistics and must yield nothing; the sentence and who cited a figure; counts read from a
table flattened to one cell per line; the quantulum3 comparison's mapping and scoring."""

from __future__ import annotations

import json

import pytest

KEYS = ("text", "value", "unit", "kind", "of", "approx", "per")


def stats(run, text: str) -> list[dict]:
    return [{k: s[k] for k in KEYS if s.get(k) is not None} for s in run(text)._.statistics]


POSITIVE = [
    # percentages
    ("Neurominorities make up 15-20% of the population.",
     {"text": "15-20%", "value": [15, 20], "unit": "percent", "kind": "percentage"}),
    ("A survey showed that 13% of offenders showed autistic traits.",
     {"text": "13%", "value": 13, "unit": "percent", "kind": "percentage"}),
    ("Turnout rose to 19 per cent this year.",
     {"text": "19 per cent", "value": 19, "unit": "percent", "kind": "percentage"}),
    ("Attendance: 97.4%", {"text": "97.4%", "value": 97.4, "unit": "percent", "kind": "percentage"}),
    ("Only 40 percent of respondents agreed.",
     {"text": "40 percent", "value": 40, "unit": "percent", "kind": "percentage"}),
    ("The increase in children completing the challenge was 3.5% this summer.",
     {"text": "3.5%", "value": 3.5, "unit": "percent", "kind": "percentage"}),
    ("A half of the libraries reported a loss.",
     {"text": "A half", "value": 50, "unit": "percent", "kind": "percentage"}),
    # money
    ("The fund holds £38,000.", {"text": "£38,000", "value": 38000, "unit": "GBP", "kind": "money"}),
    ("The annual cost is £517 million.",
     {"text": "£517 million", "value": 517000000, "unit": "GBP", "kind": "money"}),
    ("The project has invested £450k in the prison.",
     {"text": "£450k", "value": 450000, "unit": "GBP", "kind": "money"}),
    ("The project has invested \\pounds 450k in the prison.",
     {"text": "£450k", "value": 450000, "unit": "GBP", "kind": "money"}),
    ("The programme costs £1.2bn over the period.",
     {"text": "£1.2bn", "value": 1200000000, "unit": "GBP", "kind": "money"}),
    ("The increase of 50p was agreed.", {"text": "50p", "value": 0.5, "unit": "GBP", "kind": "money"}),
    ("The proposed increase by 50 pence was agreed.",
     {"text": "50 pence", "value": 0.5, "unit": "GBP", "kind": "money"}),
    ("The grant was $6,000 in total.", {"text": "$6,000", "value": 6000, "unit": "USD", "kind": "money"}),
    ("The council allocated €10m to the scheme.",
     {"text": "€10m", "value": 10000000, "unit": "EUR", "kind": "money"}),
    ("The budget is EUR 10 million for the year.",
     {"text": "EUR 10 million", "value": 10000000, "unit": "EUR", "kind": "money"}),
    ("There was an amount of 10 euro left.", {"text": "10 euro", "value": 10, "unit": "EUR", "kind": "money"}),
    ("The fee is £275 plus VAT.", {"text": "£275 plus VAT", "value": 275, "unit": "GBP", "kind": "money"}),
    ("Overall resource expenditure would be £38,000 per prisoner.",
     {"text": "£38,000 per prisoner", "value": 38000, "unit": "GBP", "kind": "money", "per": "prisoner"}),
    ("The works will cost between €400,000 and €500,000.",
     {"text": "between €400,000 and €500,000", "value": [400000, 500000], "unit": "EUR", "kind": "money"}),
    ("The fee rises from $185 to $199.", [{"text": "$185", "value": 185, "unit": "USD", "kind": "money"},
                                          {"text": "$199", "value": 199, "unit": "USD", "kind": "money"}]),
    ("Quotes came in at £5-10k.", {"text": "£5-10k", "value": [5000, 10000], "unit": "GBP", "kind": "money"}),
    ("It identified a small surplus of 24k for the year.",
     {"text": "24k", "value": 24000, "unit": "GBP", "kind": "money"}),
    ("It would cost approximately £200.",
     {"text": "approximately £200", "value": 200, "unit": "GBP", "kind": "money", "approx": "approximately"}),
    ("Just under £80k carry forward.",
     {"text": "Just under £80k", "value": 80000, "unit": "GBP", "kind": "money", "approx": "just under"}),
    # counts
    ("The prison holds 84 prisoners at present.",
     {"text": "84 prisoners", "value": 84, "unit": "prisoner", "kind": "count"}),
    ("The project looked at all 32 boroughs.",
     {"text": "all 32 boroughs", "value": 32, "unit": "borough", "kind": "count"}),
    ("Thirteen incidents were reported.", {"text": "Thirteen incidents", "value": 13, "unit": "incident", "kind": "count"}),
    ("The team welcomed twenty-one volunteers this year.",
     {"text": "twenty-one volunteers", "value": 21, "unit": "volunteer", "kind": "count"}),
    ("The school is seeking two replacement MTAs.",
     {"text": "two replacement MTAs", "value": 2, "unit": "MTA", "kind": "count"}),
    ("The prison only had 3 people that were formally diagnosed.",
     {"text": "3 people", "value": 3, "unit": "person", "kind": "count"}),
    ("There has been one breach which was notified.", {"text": "one breach", "value": 1, "unit": "breach", "kind": "count"}),
    ("Average 91\ninjections/pharmacy in the year.",
     {"text": "Average 91 injections/pharmacy", "value": 91, "unit": "injection", "kind": "count",
      "approx": "average", "per": "pharmacy"}),
    ("The hall seats around 200 people.",
     {"text": "around 200 people", "value": 200, "unit": "person", "kind": "count", "approx": "around"}),
    ("Up to 30 families will benefit.",
     {"text": "Up to 30 families", "value": 30, "unit": "family", "kind": "count", "approx": "up to"}),
    ("Between 10 and 12 people attended.",
     {"text": "Between 10 and 12 people", "value": [10, 12], "unit": "person", "kind": "count"}),
    ("The network now has 9 distribution points.",
     {"text": "9 distribution points", "value": 9, "unit": "point", "kind": "count"}),
    ("Interest cover was 2.4 times.", {"text": "2.4 times", "value": 2.4, "unit": "times", "kind": "ratio"}),
    ("There were 23 formal complaints, down from 31 in quarter 1.",
     [{"text": "23 formal complaints", "value": 23, "unit": "complaint", "kind": "count"},
      {"text": "31", "value": 31, "unit": "complaint", "kind": "count"}]),
    ("The application received 37 submissions, of which 31 were objections.",
     [{"text": "37 submissions", "value": 37, "unit": "submission", "kind": "count"},
      {"text": "31", "value": 31, "unit": "submission", "kind": "count"}]),
    # ratios
    ("There is a fragmented landscape, with 11 of 32 boroughs no longer funding drug work.",
     {"text": "11 of 32 boroughs", "value": 11, "unit": "borough", "kind": "ratio", "of": 32}),
    ("He was delighted that 43 out of the 44\nlibraries were represented.",
     {"text": "43 out of the 44 libraries", "value": 43, "unit": "library", "kind": "ratio", "of": 44}),
    ("Research found that one in five pupils was absent.",
     {"text": "one in five pupils", "value": 1, "unit": "pupil", "kind": "ratio", "of": 5}),
    ("Of the residents, two thirds supported the plan.",
     {"text": "two thirds", "value": 2, "kind": "ratio", "of": 3}),
    ("2 out of 3 schools responded.", {"text": "2 out of 3 schools", "value": 2, "unit": "school", "kind": "ratio", "of": 3}),
    # durations and ages
    ("This will be a three-year contract beginning in October.",
     {"text": "three-year contract", "value": 3, "unit": "year", "kind": "duration"}),
    ("The consultation took place for just under 10 weeks.",
     {"text": "just under 10 weeks", "value": 10, "unit": "week", "kind": "duration", "approx": "just under"}),
    ("The service has a focus on Under 25s.",
     {"text": "Under 25s", "value": 25, "unit": "year", "kind": "age", "approx": "under"}),
    ("The cohort was aged 14-25 at referral.", {"text": "aged 14-25", "value": [14, 25], "unit": "year", "kind": "age"}),
    ("It is a target to get every 11 year old a library card.",
     {"text": "11 year old", "value": 11, "unit": "year", "kind": "age"}),
    # forms first seen in held-out layouts
    ("The reserve closed the year at £4.3m.",
     {"text": "£4.3m", "value": 4300000, "unit": "GBP", "kind": "money"}),
    ("Pool use rose, and 42 newly\nqualified lifeguards joined in May.",
     {"text": "42 newly qualified lifeguards", "value": 42, "unit": "lifeguard", "kind": "count"}),
    ("The survey reached 57 part-time volunteers.",
     {"text": "57 part-time volunteers", "value": 57, "unit": "volunteer", "kind": "count"}),
    ("She has reviewed 30+ open RFCs.", {"text": "30+ open RFCs", "value": 30, "unit": "RFC", "kind": "count"}),
    ("The podcast had roughly 85k listens.",
     {"text": "roughly 85k listens", "value": 85000, "unit": "listen", "kind": "count", "approx": "roughly"}),
    ("It was noted that 12k needs to be found from reserves.",
     {"text": "12k", "value": 12000, "unit": "GBP", "kind": "money"}),
    ("The tracker lists 96 issues.", {"text": "96 issues", "value": 96, "unit": "issue", "kind": "count"}),
    ("Wardens checked 40 cars, 7 of which had no permit.",
     [{"text": "40 cars", "value": 40, "unit": "car", "kind": "count"},
      {"text": "7", "value": 7, "unit": "car", "kind": "count"}]),
    ("The club fielded 15 crews; 3 of them reached a final.",
     [{"text": "15 crews", "value": 15, "unit": "crew", "kind": "count"},
      {"text": "3", "value": 3, "unit": "crew", "kind": "count"}]),
]


@pytest.mark.parametrize("text,expected", POSITIVE, ids=[p[0][:40] for p in POSITIVE])
def test_each_form_gives_its_exact_statistic(run, text, expected):
    assert stats(run, text) == (expected if isinstance(expected, list) else [expected])


NEGATIVE = [
    ("date", "The meeting was held on 26 November 2018 at the Town Hall."),
    ("date without year", "The next meeting will be on 5th February."),
    ("numeric date", "Minutes of the meeting held on 10.12.21 were approved."),
    ("year", "In 2015 the service was reorganised."),
    ("year range", "The plan runs from 2019 to 2022."),
    ("times", "The meeting started at 10.30 am and closed at 12:15."),
    ("time with suffix", "The meeting closed at 1.15pm."),
    ("item number", "Item 7 was deferred to the next meeting."),
    ("minute reference", "See minute 135/19 for the decision."),
    ("action number", "Action 3 remains open."),
    ("action id", "09-02 Chair to write to the council."),
    ("numbered heading", "14 Library Matters"),
    ("page number", "The report is on page 12 of the pack."),
    ("paragraph number", "Please refer to paragraph 4.2 of the report."),
    ("appendix", "See Appendix 2."),
    ("ordinals", "This is the 3rd time; the 2nd meeting came first."),
    ("postcode and suite", "The office is at Suite 5/6, NE13 6BP."),
    ("postcode", "Send replies to IP9 2AB by post."),
    ("phone number", "Call 01473 583000 for details."),
    ("phone with label", "Tel: 0191 123 4567"),
    ("version", "Version 2.1.3 of the software was installed."),
    ("name with hyphenated number", "MPS explained the Two-Tier Framework for out of court disposals."),
    ("room in a name", "The meeting took place in Committee Room 3 at City Hall."),
    ("school year", "Year 6 pupils did well."),
    ("name with a number", "The Covid-19 matters were discussed earlier."),
    ("scheduling count", "A forward planner is to be developed for the next three board meetings."),
    ("further meetings", "There are only two further Board Meetings prior to the AGM."),
    ("ranking", "The top 3 priorities were agreed."),
    ("quorate", "The meeting was quorate with 7 members present."),
    ("quorum", "The quorum for this meeting is 5 governors."),
    ("members present", "There were 12 members present and 2 apologies."),
    ("public count label", "Public: 2"),
    ("pronoun one", "One of the things we've seen is that people agree."),
    ("vague noun", "There is only one way to do this."),
    ("question", "What is the purpose of having two tables of contents?"),
    ("hypothesis", "You can still have two tables of contents."),
    ("point in time", "The grand reopening took place two weeks ago."),
    ("bare number", "The vote was 5."),
    ("condition", "Referrals came from households with at least one adult in work."),
    ("condition of approval", "The minutes were approved subject to one amendment."),
    ("coordinated reference", "Category 3 and 4 ulcers were reviewed."),
    ("frequency", "We meet four times a year."),
    ("signed number", "Deborah Kaplan: +1 tzviya"),
    ("the only one", "The licence renewal is the one open question for the group."),
    ("named threshold", "Response times against the 8-minute target were discussed."),
    ("category of waits", "The plan sets out trajectories for 6-week\nreferrals."),
    ("vague noun in words", "There were two issues with the draft."),
]


@pytest.mark.parametrize("text", [n[1] for n in NEGATIVE], ids=[n[0] for n in NEGATIVE])
def test_numbers_that_are_not_statistics_yield_nothing(run, text):
    assert stats(run, text) == []


def test_cited_by_from_an_introducing_paragraph(run):
    doc = run("Genius Within described the research undertaken in HMP Dartmoor.\n\n"
              "Research shows there is a 13% probability of offenders having autism. "
              "This would be equal to 84 prisoners.\n\nDO advised that 60% of people were not aware.\n")
    assert [(s["text"], s.get("cited_by")) for s in doc._.statistics] == [
        ("13%", "Genius Within"), ("84 prisoners", "Genius Within"), ("60%", "DO")]


def test_sentence_and_cited_by(run):
    doc = run("Genius Within described research undertaken in HMP Dartmoor. "
              "Research shows there is a 13% probability of offenders having autism.\n\n"
              "The fund holds £38,000.\n")
    got = [(s["text"], s.get("cited_by"), s["sentence"]) for s in doc._.statistics]
    assert got == [
        ("13%", "Genius Within", "Research shows there is a 13% probability of offenders having autism."),
        ("£38,000", None, "The fund holds £38,000."),
    ]


def test_currency_of_bare_thousands_follows_the_document(run):
    doc = run("The scheme costs €50,000 this year.\nThe surplus is 24k.\n")
    assert [(s["value"], s["unit"]) for s in doc._.statistics] == [(50000, "EUR"), (24000, "EUR")]


def test_table_flattened_to_one_cell_per_line_gives_counts(run):
    doc = run("Crime figures were presented.\n\n2014\n\n2015\n\nProperty Crime\n\n5272\n\n5156\n\n"
              "Possession of Offensive Weapons (not\n\nfirearms)\n\n144\n\n106\n\nMembers thanked him.\n")
    got = [(s["text"], s["value"], s["unit"], s["kind"]) for s in doc._.statistics]
    assert got == [
        ("5272", 5272, "property crime", "count"),
        ("5156", 5156, "property crime", "count"),
        ("144", 144, "possession of offensive weapons (not firearms)", "count"),
        ("106", 106, "possession of offensive weapons (not firearms)", "count"),
    ]


def test_a_lone_number_line_is_not_a_table(run):
    doc = run("Finance\n\n12\n\nThe treasurer reported on the accounts.\n")
    assert doc._.statistics == []


def test_every_statistic_cites_a_pattern_rule(run):
    from pipeline.patterns import vocabulary

    ids = {r["id"] for r in vocabulary("statistics")} | {r["id"] for r in vocabulary("statistics_vocab")}
    doc = run("The fund holds £38,000 and 84 prisoners, 13% of them, 11 of 32 boroughs.\n")
    rules = [s["evidence"][0]["rules"] for s in doc._.statistics]
    assert rules == [["statistics.money.sign"], ["statistics.number"],
                     ["statistics.number", "statistics.percent-word.sign"],
                     ["statistics.number", "statistics.ratio-word.of"]]
    assert {r for rs in rules for r in rs} <= ids


def test_quantulum_mapping_and_score(tmp_path):
    pytest.importorskip("quantulum3")
    from pipeline.evaluate.quantulum import compare, render

    (tmp_path / "gold").mkdir()
    (tmp_path / "raw").mkdir()
    (tmp_path / "raw" / "m.txt").write_text("Minutes\nThe fund holds £450k and 13% of it is spent.\n", encoding="utf-8")
    gold = {"doc": "m.txt", "meeting": {}, "attendees": [], "agenda_items": [], "actions": [],
            "statistics": [{"text": "£450k", "value": 450000, "unit": "GBP", "kind": "money"},
                           {"text": "13%", "value": 13, "unit": "percent", "kind": "percentage"}]}
    (tmp_path / "gold" / "m.json").write_text(json.dumps(gold), encoding="utf-8")
    result = compare(tmp_path / "gold", tmp_path / "raw")
    assert result["available"] is True
    assert (result["micro"]["tp"], result["micro"]["fn"]) == (2, 0)
    table = render({"tp": 2, "fp": 0, "fn": 0, "precision": 1.0, "recall": 1.0, "f1": 1.0}, result)
    assert table.loc["quantulum3", "tp"] == 2 and table.loc["minutes-pipeline", "precision"] == 1.0


def test_quantulum_missing_is_said_clearly(monkeypatch):
    import pipeline.evaluate.quantulum as q

    monkeypatch.setattr(q, "_load_parser", lambda: None)
    result = q.compare("data/labelled", "data/raw")
    assert result == {"available": False, "message": q.MISSING}
    assert "not installed" in q.render(None, result)


def test_eval_prints_the_quantulum_section_only_when_asked(tmp_path, monkeypatch):
    import argparse

    import pipeline.evaluate.quantulum as q

    monkeypatch.setattr(q, "_load_parser", lambda: None)
    p = argparse.ArgumentParser()
    q.add_arguments(p)
    result = {"micro": {"statistics": {"tp": 1, "fp": 0, "fn": 0, "precision": 1.0, "recall": 1.0, "f1": 1.0}}}
    assert q.section("data/labelled", "data/processed", result, args=p.parse_args([])) is None
    sec = q.section("data/labelled", "data/processed", result, args=p.parse_args(["--compare-quantulum"]))
    assert sec.title == q.TITLE and sec.table == q.MISSING and sec.data == {"available": False, "message": q.MISSING}


def test_cited_by_a_speaker_label(run):
    doc = run("Wendy Reid: Announcement: the community group has 2 chairs, meetings to start soon\n")
    assert [(s["text"], s["value"], s.get("cited_by")) for s in doc._.statistics] == [("2 chairs", 2, "Wendy Reid")]
