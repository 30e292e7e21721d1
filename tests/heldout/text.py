"""Deterministic article prose (English, French, Russian) for the held-out sites."""
# ruff: noqa: RUF001  (Cyrillic and typographic quotes are the point of this fixture)

from __future__ import annotations

import random

_EN_WHO = [
    "The county council",
    "A spokeswoman for the port authority",
    "The regional health board",
    "Local shopkeepers",
    "The transport minister",
    "Residents of the old mill district",
    "The university's engineering faculty",
    "Volunteers from the river trust",
    "The chief fire officer",
    "Parents at the primary school",
]
_EN_DID = [
    "confirmed on {day} that the {topic} would cost about {n} million pounds",
    "warned that delays to the {topic} could last until the spring of {year}",
    "said {n} households had already written in about the {topic}",
    "presented a revised timetable for the {topic} to a packed hall",
    "asked the inspectors to publish their full report on the {topic}",
    "described the {topic} as the largest project the town has seen in {n} years",
    "agreed to meet again before the {topic} goes to a final vote",
    "pointed out that {n} similar schemes had failed elsewhere in the valley",
]
_EN_MORE = [
    "Critics argue the figures leave out maintenance, which they estimate at {n} thousand a year.",
    "Officials expect the first contracts to be signed within {n} weeks.",
    "A public consultation will remain open until the end of the month.",
    "Several councillors abstained, citing the lack of an independent audit.",
    "The plans can be inspected at the town library during opening hours.",
    "Traffic on the ring road is expected to be diverted for {n} days.",
    "Funding will come partly from a national grant awarded in {year}.",
    "The opposition group said it would table an amendment next session.",
]
_FR_WHO = [
    "Le conseil municipal",
    "La préfète de région",
    "Les commerçants du vieux bourg",
    "L'équipe de l'hôpital départemental",
    "Le syndicat des eaux",
    "Les élèves du lycée agricole",
    "Un porte-parole de la société des régates",
    "La médiathèque intercommunale",
]
_FR_DID = [
    "a annoncé {day} que le chantier de {topic} coûterait près de {n} millions d'euros",
    "s'inquiète des retards pris par le dossier de {topic}, déjà reporté {n} fois",
    "a présenté à la salle des fêtes un calendrier révisé pour {topic}",
    "réclame la publication intégrale du rapport d'expertise sur {topic}",
    "estime que {topic} représente le plus grand projet de la commune depuis {n} ans",
]
_FR_MORE = [
    "Les opposants jugent le coût sous-évalué et évoquent {n} € d'entretien par an.",
    "Une réunion publique est prévue à la maison des associations, près de l'église.",
    "Les premières études géotechniques ont été confiées à un bureau d'études lyonnais.",
    "« Nous avons besoin de réponses claires », a insisté une élue de l'opposition.",
    "Le cœur du projet reste la rénovation de l'ancienne halle, fermée depuis {year}.",
    "Le financement proviendra en partie d'une subvention européenne de {n}000 €.",
]
_RU_WHO = [
    "Городская администрация",
    "Представитель областного минздрава",
    "Жители Заречного района",
    "Депутаты районного совета",
    "Руководство местного водоканала",
    "Учителя первой гимназии",
    "Волонтёры экологического движения",
]
_RU_DID = [
    "сообщили {day}, что работы по проекту «{topic}» обойдутся в {n} миллионов рублей",
    "выразили обеспокоенность задержками по проекту «{topic}», перенесённому уже {n} раза",
    "представили обновлённый график работ по проекту «{topic}» на общем собрании",
    "потребовали опубликовать полный отчёт экспертизы по проекту «{topic}»",
    "назвали проект «{topic}» крупнейшим в районе за последние {n} лет",
]
_RU_MORE = [
    "Критики считают, что расходы на обслуживание составят ещё {n} тысяч рублей в год.",
    "Первые договоры с подрядчиками планируется подписать в течение {n} недель.",
    "Общественные слушания продлятся до конца месяца в здании библиотеки.",
    "Часть средств поступит из федеральной программы, утверждённой в {year} году.",
    "Движение по объездной дороге будет ограничено на {n} дней.",
    "Жители просят установить дополнительные остановки и освещение вдоль набережной.",
]
_LANG = {
    "en": (_EN_WHO, _EN_DID, _EN_MORE),
    "fr": (_FR_WHO, _FR_DID, _FR_MORE),
    "ru": (_RU_WHO, _RU_DID, _RU_MORE),
}
_DAY = {"en": "Tuesday", "fr": "mardi", "ru": "во вторник"}


def paragraphs(seed: str, topic: str, lang: str = "en", count: int = 6) -> list[str]:
    """COUNT paragraphs of 2-3 sentences about TOPIC; the same seed gives the same text."""
    rng = random.Random(seed)
    who, did, more = _LANG[lang]
    out: list[str] = []
    for i in range(count):
        slots = {"topic": topic, "day": _DAY[lang], "year": 2020 + rng.randrange(6)}
        first = rng.choice(who) + " " + rng.choice(did).format(n=rng.randrange(3, 90), **slots)
        rest = rng.sample(more, 2 if i % 2 else 1)
        sentences = [first + "."] + [s.format(n=rng.randrange(2, 60), **slots) for s in rest]
        out.append(" ".join(sentences))
    return out
