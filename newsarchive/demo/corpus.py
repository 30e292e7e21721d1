"""Deterministic generation of the demo articles (news prose from templates) for every site."""

from __future__ import annotations

import random
import re
import unicodedata
from dataclasses import dataclass
from datetime import date, datetime, time, timedelta, timezone
from typing import Any

from newsarchive.demo import vocab, vocab_fr

STYLES = ("wordpress", "blogger", "jsonld", "legacy")

# Fixed UTC offsets per site (no DST, so dates never depend on the season), and the
# config time zone naming the same offset (POSIX Etc/ names have the sign inverted).
OFFSETS = {"wordpress": -5, "blogger": 3, "jsonld": 0, "legacy": 1}
TZ_NAMES = {
    "wordpress": "Etc/GMT+5",
    "blogger": "Etc/GMT-3",
    "jsonld": "UTC",
    "legacy": "Etc/GMT-1",
}
SYNDICATED_STYLES = ("wordpress", "jsonld")
SHARED_STORY_STYLES = ("wordpress", "blogger", "jsonld")


@dataclass(frozen=True)
class Article:
    """One generated article as a site publishes it."""

    style: str
    index: int  # position in the site's list, oldest first
    number: int  # numeric id used in URLs (legacy id, jsonld 6 digits)
    story: str
    title: str
    slug: str
    section: str
    tags: tuple[str, ...]
    author: str
    published: datetime  # aware, in the site's offset
    modified: datetime
    paragraphs: tuple[str, ...]
    caption: str
    sample: str
    syndicated: bool
    language: str

    @property
    def words(self) -> int:
        return sum(len(p.split()) for p in self.paragraphs)

    @property
    def text(self) -> str:
        return "\n\n".join(self.paragraphs)


def slugify(text: str) -> str:
    """ASCII slug of a headline, as a CMS makes permalinks."""
    norm = unicodedata.normalize("NFKD", text).encode("ascii", "ignore").decode()
    return re.sub(r"[^a-z0-9]+", "-", norm.lower()).strip("-")[:70].rstrip("-")


def _fill(template: str, slots: dict[str, Any]) -> str:
    return template.format(**slots)


def _facts(rng: random.Random, topic: str) -> dict[str, Any]:
    """The facts of one story: shared by every text written about it."""
    return {
        "topic": topic,
        "city": rng.choice(vocab.CITIES),
        "region": rng.choice(vocab.REGIONS),
        "org": rng.choice(vocab.ORGS),
        "weekday": rng.choice(vocab.WEEKDAYS),
        "n": rng.randint(120, 980),
        "m": rng.randint(20, 30),
        "n2": rng.randint(5, 19),
        "pct": rng.randint(3, 19),
        "big": f"{rng.randint(1, 9)},{rng.randint(100, 999)}",
        "noun": vocab.TOPICS[topic]["noun"],
    }


def _person(rng: random.Random, facts: dict[str, Any]) -> tuple[str, str]:
    name = f"{rng.choice(vocab.FIRST)} {rng.choice(vocab.LAST)}"
    return name, _fill(rng.choice(vocab.ROLES), facts)


def _english(rng: random.Random, facts: dict[str, Any], words: int) -> dict[str, Any]:
    """Headline, paragraphs and sample sentence of one English text about `facts`."""
    topic = vocab.TOPICS[facts["topic"]]
    title = _fill(rng.choice(topic["headlines"]), facts)  # type: ignore[arg-type]
    lead = _fill(rng.choice(topic["leads"]), facts)  # type: ignore[arg-type]
    sample = _fill(rng.choice(vocab.SAMPLES), facts)
    pool = [_fill(s, facts) for s in topic["facts"]]  # type: ignore[attr-defined]
    pool += [_fill(s, facts) for s in rng.sample(vocab.GENERIC, len(vocab.GENERIC))]
    pool = [s[0].upper() + s[1:] for s in pool]
    rng.shuffle(pool)
    quotes = rng.sample(vocab.QUOTES, len(vocab.QUOTES))
    paragraphs = [lead]
    count = len(lead.split())
    while count < words and (pool or quotes):
        if quotes and rng.random() < 0.25:
            name, role = _person(rng, facts)
            para = _fill(quotes.pop(), {**facts, "name": name, "role": role})
        else:
            size = min(len(pool), rng.randint(2, 3))
            para = " ".join(pool.pop() for _ in range(size))
        if not para:
            break
        paragraphs.append(para)
        count += len(para.split())
        if len(paragraphs) == 3:
            paragraphs.append(sample)
            count += len(sample.split())
    if sample not in paragraphs:
        paragraphs.insert(min(2, len(paragraphs)), sample)
    return {"title": title, "paragraphs": paragraphs, "sample": sample}


def _french(rng: random.Random, words: int) -> dict[str, Any]:
    """Headline, paragraphs and sample sentence of one French text (legacy site)."""
    sujet = vocab_fr.SUJETS[rng.choice(sorted(vocab_fr.SUJETS))]
    slots = {
        "ville": rng.choice(vocab_fr.VILLES),
        "n": rng.randint(40, 900),
        "gros": f"{rng.randint(1, 9)} {rng.randint(100, 999)}",
        "pct": rng.randint(3, 40),
    }
    title = _fill(rng.choice(sujet["titres"]), slots)
    sample = _fill(rng.choice(vocab_fr.ECHANTILLONS), slots)
    pool = list(sujet["faits"]) + rng.sample(vocab_fr.GENERIQUES, len(vocab_fr.GENERIQUES))
    rng.shuffle(pool)
    paragraphs = [_fill(rng.choice(sujet["chapeaux"]), slots), sample]
    count = sum(len(p.split()) for p in paragraphs)
    while count < words and pool:
        nom = f"{rng.choice(vocab_fr.PRENOMS)} {rng.choice(vocab_fr.NOMS)}"
        role = _fill(rng.choice(vocab_fr.ROLES_FR), slots)
        size = min(len(pool), rng.randint(1, 3))
        para = " ".join(_fill(pool.pop(), {**slots, "nom": nom, "role": role}) for _ in range(size))
        paragraphs.append(para)
        count += len(para.split())
    return {"title": title, "paragraphs": paragraphs, "sample": sample, "city": slots["ville"]}


def _when(
    rng: random.Random, style: str, day: date, slot: int, per_day: int, last: bool
) -> datetime:
    """Publication time of one slot; some land near midnight so local and UTC dates differ."""
    tz = timezone(timedelta(hours=OFFSETS[style]))
    hour = 7 + (slot * 14) // max(per_day, 1)
    local = datetime.combine(day, time(hour, rng.randint(0, 59), rng.randint(0, 59)), tz)
    if style == "wordpress" and slot == per_day - 1 and not last and per_day > 1:
        local = local.replace(hour=23, minute=rng.randint(30, 55))  # next day in UTC
    elif style == "blogger" and slot == 0 and day.toordinal() % 2 == 0:
        local = local.replace(hour=0, minute=rng.randint(5, 40))  # previous day in UTC
    elif style == "jsonld" and slot == per_day - 1 and per_day > 1:
        local = local.replace(hour=23, minute=rng.randint(40, 58))
    return local


def generate(
    styles: tuple[str, ...], start_date: date, days: int, per_day: int, seed: int
) -> dict[str, list[Article]]:
    """Every site's articles, oldest first; same arguments give the same corpus."""
    total = days * per_day
    synd_slot = total - 1
    shared_slot = total // 2 if total >= 2 and total // 2 != synd_slot else None
    synd_sites = [s for s in SYNDICATED_STYLES if s in styles]
    shared_sites = [s for s in SHARED_STORY_STYLES if s in styles][:2]
    topics = sorted(vocab.TOPICS)
    synd_rng = random.Random(f"{seed}:syndicated")
    synd_facts = _facts(synd_rng, synd_rng.choice(topics))
    synd_text = _english(synd_rng, synd_facts, synd_rng.randint(350, 600))
    synd_author = f"{synd_rng.choice(vocab.FIRST)} {synd_rng.choice(vocab.LAST)}"
    shared_facts = _facts(random.Random(f"{seed}:shared"), "flood")
    out: dict[str, list[Article]] = {}
    for style in styles:
        rng = random.Random(f"{seed}:{style}")
        authors = [f"{rng.choice(vocab.FIRST)} {rng.choice(vocab.LAST)}" for _ in range(3)]
        articles: list[Article] = []
        seen: set[str] = set()
        for k in range(total):
            day = start_date + timedelta(days=k // per_day)
            published = _when(rng, style, day, k % per_day, per_day, k // per_day == days - 1)
            author = rng.choice(authors)
            syndicated = k == synd_slot and len(synd_sites) == 2 and style in synd_sites
            story = f"{style}-{k}"
            tags: tuple[str, ...]
            if style == "legacy":
                text = _french(rng, rng.randint(250, 450))
                section, tags = "actualites", (text["city"].lower(),)
            elif syndicated:
                text, story, author = synd_text, "syndicated", synd_author
                section = str(vocab.TOPICS[synd_facts["topic"]]["section"])
                tags = (synd_facts["city"].lower(), synd_facts["topic"])
            else:
                if k == shared_slot and style in shared_sites and len(shared_sites) == 2:
                    facts, story = shared_facts, "shared-flood"
                else:
                    facts = _facts(rng, rng.choice(topics))
                text = _english(rng, facts, rng.randint(250, 700))
                section = str(vocab.TOPICS[facts["topic"]]["section"])
                tags = (facts["city"].lower(), facts["topic"])
            title = text["title"]
            while title in seen:  # two stories with the same headline: tell them apart
                title = f"{title} ({day:%B} {day.day})"
            seen.add(title)
            modified = published + timedelta(minutes=rng.choice((0, 0, 15, 95)))
            city = tags[0].title()
            caption = _fill(
                rng.choice(vocab.CAPTIONS), {"city": city, "headline_short": title.split(":")[0]}
            )
            articles.append(
                Article(
                    style=style,
                    index=k,
                    number=100000 + (seed * 7919 + k * 104729 + len(style) * 31) % 900000,
                    story=story,
                    title=title,
                    slug=slugify(title),
                    section=section,
                    tags=tags,
                    author=author,
                    published=published,
                    modified=modified,
                    paragraphs=tuple(text["paragraphs"]),
                    caption=caption,
                    sample=text["sample"],
                    syndicated=syndicated,
                    language="fr" if style == "legacy" else "en",
                )
            )
        out[style] = articles
    return out
