"""Synthetic interview corpora for the benchmarks, deterministic from a seed.

``python -m benchmarks.corpus --n 1000 --seed 1 --to DIR`` writes ``DIR/<id>.txt`` and
``DIR/<id>.yaml`` for N interviews of about 1,500 words each (900 to 2,200), in the layouts the
segmenter knows: question-mark paragraphs, speaker names on their own lines, inline
``Name:`` labels, ``Q:``/``A:`` and numbered questions, with titles, standfirsts, bylines,
dates, captions, pull quotes and web furniture around them. The text is built from template
sentences of several kinds (facts with numbers, dates and named entities; judgements;
predictions; hedged statements; questions), so every extractor stage has work to do.

Everything is drawn from one ``random.Random(seed)``: the same seed gives the same files.
"""

from __future__ import annotations

import argparse
import datetime as dt
import random
from collections.abc import Callable
from pathlib import Path

import yaml

FIRST = [
    "Maria", "James", "Amina", "Kenji", "Lucía", "Helen", "Carlos", "Ravi", "Sarah", "Tom",
    "Priya", "Daniel", "Laura", "Anna", "Omar", "Fatima", "Jonas", "Elena", "Samuel", "Grace",
    "Ivan", "Chen", "Nadia", "Peter", "Rosa", "Hugo", "Leila", "Marek", "Ines", "David",
]  # fmt: skip
LAST = [
    "Okafor", "Becker", "Wanjiru", "Watanabe", "Ferrer", "Marsh", "Mendes", "Patel", "Lindqvist",
    "Nair", "Stone", "Chen", "Kowalski", "Haddad", "Novak", "Schmidt", "Moreau", "Costa",
    "Jensen", "Ibrahim", "Rossi", "Dubois", "Tanaka", "Almeida", "Fischer", "Brennan", "Osei",
]  # fmt: skip
TITLES = ["Dr.", "Professor", "Ms.", "Mr."]
ROLES = [
    "an economist at the University of Lisbon",
    "a political scientist at the University of Nairobi",
    "a senior fellow at the Nuffield Trust",
    "a climate scientist at Imperial College London",
    "a transport planner who advised the city of Leeds",
    "a historian at the University of Michigan",
    "a researcher at the International Monetary Fund",
    "a hydrologist at the University of Seville",
    "a former adviser to the European Commission",
    "a demographer at the London School of Economics",
]
TOPICS = [
    ("inflation", "prices", "the central bank", "interest rates", "wages"),
    ("housing", "rents", "the housing ministry", "new homes", "mortgages"),
    ("elections", "turnout", "the electoral commission", "the vote", "young voters"),
    ("drought", "reservoirs", "the water authority", "irrigation", "farmers"),
    ("health", "waiting lists", "the health service", "hospital beds", "nurses"),
    ("transport", "ridership", "the city council", "bus routes", "fares"),
    ("migration", "asylum claims", "the interior ministry", "border checks", "labour shortages"),
    ("energy", "gas prices", "the grid operator", "wind farms", "household bills"),
    ("trade", "exports", "the trade ministry", "tariffs", "supply chains"),
    ("security", "defence spending", "the alliance", "troop numbers", "arms exports"),
]
PLACES = [
    "Kazakhstan", "Spain", "Kenya", "Portugal", "England", "Germany", "Brazil", "India",
    "Japan", "Nigeria", "Poland", "Mexico", "Turkey", "Canada", "Indonesia", "France",
    "Lisbon", "Nairobi", "Leeds", "Andalusia", "Bavaria", "Catalonia", "Almaty", "Osaka",
]  # fmt: skip
ORGS = [
    "the European Central Bank", "the World Bank", "the United Nations", "NATO",
    "the International Monetary Fund", "the European Union", "the African Union",
    "the OECD", "Eurostat", "the Office for National Statistics", "the Supreme Court",
]  # fmt: skip
PEOPLE = [
    "Kassym-Jomart Tokayev", "William Ruto", "Raila Odinga", "Christine Lagarde",
    "Olaf Scholz", "Pedro Sánchez", "Narendra Modi", "Emmanuel Macron", "Ursula von der Leyen",
]  # fmt: skip
MONTHS = [
    "January", "February", "March", "April", "May", "June", "July", "August", "September",
    "October", "November", "December",
]  # fmt: skip
PUBLISHERS = ["The Ledger Review", "Global Affairs Weekly", "Policy Notes", "The Civic Desk"]


class _Writer:
    """Sentences and paragraphs for one interview on one topic."""

    def __init__(self, rng: random.Random, topic: tuple[str, ...], year: int) -> None:
        self.rng = rng
        self.topic = topic
        self.year = year
        self.place = rng.choice(PLACES)

    def _pct(self) -> str:
        r = self.rng
        return (
            f"{r.randint(1, 89)}.{r.randint(0, 9)}%" if r.random() < 0.5 else f"{r.randint(2, 80)}%"
        )

    def _when(self) -> str:
        r = self.rng
        options = [
            f"in {r.choice(MONTHS)} {self.year - r.randint(0, 12)}",
            f"in {self.year - r.randint(1, 30)}",
            f"on {r.randint(1, 28)} {r.choice(MONTHS)} {self.year - r.randint(0, 3)}",
            "last year",
            "since the pandemic",
            f"in the {r.choice(['1990s', '2000s', '1980s'])}",
            "last month",
        ]
        return r.choice(options)

    def _amount(self) -> str:
        r = self.rng
        options = [
            f"{r.randint(2, 950)},000",
            f"about {r.randint(2, 90)} million",
            f"£{r.randint(2, 400)} billion",
            f"${r.randint(1, 90)}.{r.randint(1, 9)} billion",
            f"€{r.randint(10, 900)} million",
            f"{r.choice(['two', 'three', 'five', 'ten', 'twelve'])} times",
        ]
        return r.choice(options)

    def fact(self) -> str:
        r = self.rng
        _, metric, body, thing, group = self.topic
        org, place, person = r.choice(ORGS), self.place, r.choice(PEOPLE)
        templates: list[Callable[[], str]] = [
            lambda: f"{metric.capitalize()} in {place} rose to {self._pct()} {self._when()}.",
            lambda: (
                f"{metric.capitalize()} fell by {self._pct()} {self._when()}, "
                f"the lowest level since {self.year - r.randint(5, 40)}."
            ),
            lambda: (
                f"{org[0].upper() + org[1:]} estimates that {self._amount()} people in "
                f"{place} depend on {thing}."
            ),
            lambda: f"{person} announced a plan worth {self._amount()} {self._when()}.",
            lambda: (
                f"The number of {group} grew from {self._amount()} to {self._amount()} "
                f"between {self.year - 10} and {self.year - 1}."
            ),
            lambda: (
                f"{body[0].upper() + body[1:]} spent {self._amount()} on {thing} {self._when()}."
            ),
            lambda: f"About {self._pct()} of {group} in {place} said they had been affected.",
            lambda: (
                f"In {r.choice(PLACES)}, {thing} cost {self._amount()} {self._when()}, "
                f"and {metric} doubled within {r.randint(2, 9)} years."
            ),
        ]
        return r.choice(templates)()

    def judgement(self) -> str:
        r = self.rng
        _, metric, body, thing, group = self.topic
        templates = [
            f"That decision by {body} was a serious mistake.",
            f"The policy on {thing} has been remarkably effective for {group}.",
            f"Frankly, the debate about {metric} is badly misunderstood.",
            f"It was a bold and important step for {self.place}.",
            f"The response of {r.choice(ORGS)} was disappointing and far too slow.",
            f"This is the most difficult problem {self.place} has faced in a generation.",
            f"The reform was necessary, but it was poorly explained to {group}.",
        ]
        return r.choice(templates)

    def prediction(self) -> str:
        r = self.rng
        _, metric, body, thing, group = self.topic
        templates = [
            f"{metric.capitalize()} will keep rising until at least {self.year + r.randint(1, 5)}.",
            f"I expect {body} to change course next year.",
            f"{group.capitalize()} are going to feel the effects for a long time.",
            f"By {self.year + r.randint(2, 15)}, {thing} will cost {self._amount()} more.",
            f"The pressure on {thing} is likely to grow over the next decade.",
            f"If nothing changes, {metric} will reach {self._pct()} "
            f"within {r.randint(2, 6)} years.",
        ]
        return r.choice(templates)

    def hedge(self) -> str:
        r = self.rng
        _, metric, body, thing, group = self.topic
        templates = [
            f"I think {body} may have underestimated the problem.",
            "Perhaps the worst is behind us, but it is hard to say.",
            f"It is possible that {metric} will stabilise, although I am not sure.",
            f"Some of {group} probably moved to {r.choice(PLACES)}.",
            f"I suspect the figures for {thing} are somewhat too optimistic.",
            f"It seems that {r.choice(PEOPLE)} wanted to avoid a confrontation.",
        ]
        return r.choice(templates)

    def answer(self, target_words: int) -> list[str]:
        """One or more answer paragraphs of about ``target_words`` words."""
        r = self.rng
        paragraphs: list[str] = []
        words = 0
        while words < target_words:
            sentences = []
            for _ in range(r.randint(2, 6)):
                kind = r.choices(
                    [self.fact, self.judgement, self.prediction, self.hedge], [5, 2, 2, 2]
                )[0]
                sentences.append(kind())
            paragraph = " ".join(sentences)
            if r.random() < 0.15:
                paragraph = r.choice(["Yes. ", "No. ", "Absolutely. ", "Well, "]) + paragraph
            paragraphs.append(paragraph)
            words += len(paragraph.split())
        return paragraphs

    def question(self) -> str:
        r = self.rng
        name, metric, body, thing, group = self.topic
        lead = r.choice(["", f"{self.fact()} ", ""])
        templates = [
            f"What went wrong with {thing}?",
            f"Why did {metric} rise so quickly in {self.place}?",
            f"How should {body} respond?",
            f"Who is hit hardest by the {name} crisis?",
            f"What happens next for {group}?",
            f"Is {self.place} better prepared than it was {self._when()}?",
            "Was that the right call?",
            f"How do you explain the change since {self.year - r.randint(2, 12)}?",
        ]
        return lead + r.choice(templates)


def _spaced(paragraphs: list[str]) -> list[str]:
    """Paragraphs as lines with a blank line after each."""
    return [line for p in paragraphs for line in (p, "")]


def _date(rng: random.Random) -> dt.date:
    return dt.date(2015, 1, 1) + dt.timedelta(days=rng.randint(0, 3650))


def interview(rng: random.Random, index: int) -> tuple[str, str, dict[str, object]]:
    """(source id, text, metadata) of one synthetic interview."""
    guest_first, guest_last = rng.choice(FIRST), rng.choice(LAST)
    host_first, host_last = rng.choice(FIRST), rng.choice(LAST)
    while host_last == guest_last:
        host_last = rng.choice(LAST)
    guest, host = f"{guest_first} {guest_last}", f"{host_first} {host_last}"
    topic = rng.choice(TOPICS)
    date = _date(rng)
    w = _Writer(rng, topic, date.year)
    layout = rng.choice(["qmark", "speaker_lines", "inline", "qa", "numbered"])
    target = rng.randint(900, 2200)
    title = rng.choice(
        [
            f"{guest} on {topic[0]} in {w.place}",
            f"Q&A: why {topic[1]} keep changing in {w.place}",
            f"Five questions about {topic[0]}",
            f"What comes next for {topic[4]}: an interview with {guest}",
        ]
    )
    role = rng.choice(ROLES)
    head = [title, ""]
    head += [f"{w.fact()} We spoke to {guest}, {role}, about what comes next.", ""]
    if rng.random() < 0.5:
        head += [f"By {host}", f"{date.day} {MONTHS[date.month - 1]} {date.year}", ""]
    else:
        head += [f"Interview by {host} | {date.day} {MONTHS[date.month - 1]} {date.year}", ""]
    if rng.random() < 0.5:
        head += [f"A view of {w.place} in {date.year - 1}.", f"Photo: {rng.choice(FIRST)} "
                 f"{rng.choice(LAST)}", ""]  # fmt: skip
    if layout == "qa" and rng.random() < 0.7:
        head += ["This interview has been edited for length and clarity.", ""]

    body: list[str] = []
    words = sum(len(line.split()) for line in head)
    number = 0
    furniture = ["Advertisement", f"Related: {rng.choice(PLACES)} {topic[1]} at record high"]
    while words < target:
        number += 1
        question = w.question()
        answer = w.answer(rng.randint(80, 220))
        if layout == "qmark":
            block = [question, "", *_spaced(answer)]
        elif layout == "speaker_lines":
            h, g = (host.upper(), guest.upper()) if rng.random() < 0.5 else (host, guest)
            block = [h, question, "", g, *_spaced(answer)]
        elif layout == "inline":
            h = host if number == 1 else host_first
            g = guest if number == 1 else guest_last
            block = [f"{h}: {question}", "", f"{g}: {answer[0]}", ""]
            block += _spaced(answer[1:])
        elif layout == "qa":
            block = [f"Q: {question}", "", f"A: {answer[0]}", ""]
            block += _spaced(answer[1:])
        else:
            block = [f"{number}. {question}", "", *_spaced(answer)]
        if rng.random() < 0.12:
            block += [rng.choice(furniture), ""]
        body += block
        words += sum(len(line.split()) for line in block)
    if layout in ("speaker_lines", "inline"):
        closing = f"{guest}, thank you." if layout == "inline" else None
        if closing:
            body += [f"{host_first}: {closing}", ""]
    tail = ["Share this:", "", "Leave a Reply", ""] if rng.random() < 0.5 else []
    text = "\n".join(head + body + tail).rstrip() + "\n"
    source_id = f"{guest_last.lower()}-{topic[0]}-{index:05d}"
    meta: dict[str, object] = {
        "title": title,
        "url": None,
        "publisher": rng.choice(PUBLISHERS),
        "interviewee": guest,
        "interviewer": host,
        "interview_date": date,
        "published_date": date + dt.timedelta(days=rng.randint(0, 9))
        if rng.random() < 0.5
        else None,
        "language": "en",
        "license": "unknown",
    }
    return source_id, text, meta


def generate(n: int, seed: int, to: Path) -> list[str]:
    """Write N interviews into ``to``; the source ids, in order."""
    rng = random.Random(seed)
    to.mkdir(parents=True, exist_ok=True)
    ids = []
    for index in range(n):
        source_id, text, meta = interview(rng, index)
        (to / f"{source_id}.txt").write_text(text, encoding="utf-8")
        (to / f"{source_id}.yaml").write_text(
            yaml.safe_dump(meta, sort_keys=False, allow_unicode=True), encoding="utf-8"
        )
        ids.append(source_id)
    return ids


def main(argv: list[str] | None = None) -> None:
    parser = argparse.ArgumentParser(description="Generate a synthetic interview corpus.")
    parser.add_argument("--n", type=int, default=100, help="number of interviews")
    parser.add_argument("--seed", type=int, default=1)
    parser.add_argument("--to", type=Path, required=True, help="folder to write into")
    args = parser.parse_args(argv)
    ids = generate(args.n, args.seed, args.to)
    words = sum(len((args.to / f"{i}.txt").read_text(encoding="utf-8").split()) for i in ids)
    print(f"wrote {len(ids)} interviews, {words:,} words, to {args.to}")


if __name__ == "__main__":
    main()
