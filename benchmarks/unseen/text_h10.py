"""Sentence banks (bg Bulgarian, hr Croatian) added to `text.BANKS` on import, for the tenth holdout's sites."""
# ruff: noqa: RUF001  (Cyrillic script is the point here)

from __future__ import annotations

from benchmarks.unseen.text import BANKS

H10: dict[str, dict[str, list[str]]] = {
    "bg": {
        "topics": [
            "ремонтът на градския пазар",
            "новият мост над реката",
            "разширяването на общинската болница",
            "пречиствателната станция",
            "обновяването на централния площад",
            "новата велоалея край морето",
            "реставрацията на драматичния театър",
            "увеличението на таксата за смет",
        ],
        "who": [
            "Общинският съвет в {place}",
            "Кметът на {place}",
            "Заместник-кметът по строителството",
            "Инициативният комитет от квартал „Възраждане“",
            "Говорител на областната администрация",
            "Местното сдружение на търговците",
            "Опозицията в общинския съвет",
            "Главният архитект на общината",
        ],
        "did": [
            "потвърди във вторник, че {topic} ще струва около {n} милиона лева",
            "предупреди, че {topic} може да се забави до пролетта на {year} г.",
            "съобщи, че {n} семейства вече са подали възражения срещу проекта",
            "представи на препълнено обществено обсъждане нов график, по който {topic} ще се изпълни на етапи",
            "поиска независима проверка защо проектът е поскъпнал",
            "нарече {topic} най-големия проект в {place} от {n} години насам",
            "реши въпросът да се обсъди отново преди окончателното гласуване",
            "подчерта, че проектът все още може да бъде променен след общественото обсъждане",
        ],
        "more": [
            "Критиците смятат, че в разчетите липсват разходи за поддръжка от около {n} хиляди лева годишно.",
            "Първите договори се очаква да бъдат подписани до {n} седмици.",
            "Общественото обсъждане продължава до края на месеца.",
            "Няколко общински съветници се въздържаха, защото липсва независим одит.",
            "Проектът може да бъде разгледан в общинската библиотека в работно време.",
            "Движението по околовръстния път ще бъде отклонено за {n} дни.",
            "Част от средствата идват от европейска програма, одобрена през {year} г.",
            "Опозицията обяви, че ще внесе предложение за промени на следващата сесия.",
            "Среща с гражданите по темата ще се проведе в четвъртък вечерта в читалището.",
            "Според общинската администрация за непредвидени разходи са заделени {n} милиона лева.",
        ],
        "titles": [
            "{place} казва „да“: {topic} започва",
            "Въпроси около цената: {topic}",
            "Ново забавяне: {topic}",
            "Жителите на {place} са разделени за проекта",
            "Какво означава {topic} за {place}",
            "Съветниците в {place} отложиха решението",
        ],
        "places": ["Габрово", "Казанлък", "Ямбол", "Сливен", "Шумен", "Враца"],
    },
    "hr": {
        "topics": [
            "obnova gradske tržnice",
            "gradnja novog mosta preko rijeke",
            "rekonstrukcija opće bolnice",
            "izgradnja pročistača otpadnih voda",
            "sanacija glavnog trga",
            "nova biciklistička staza uz obalu",
            "obnova gradskog kazališta",
            "nova cijena odvoza otpada",
        ],
        "who": [
            "Predsjednik gradskog vijeća",
            "Gradonačelnik",
            "Pročelnik upravnog odjela za prostorno uređenje",
            "Predstavnik stanara iz kvarta uz rijeku",
            "Glasnogovornik županije",
            "Predsjednik udruge obrtnika",
            "Šef oporbenog kluba vijećnika",
            "Predsjednik mjesnog odbora",
        ],
        "did": [
            "potvrdio je u utorak da će {topic} stajati oko {n} milijuna kuna",
            "upozorio je da bi se {topic} mogla odužiti sve do proljeća {year}. godine",
            "izjavio je da je već {n} obitelji podnijelo primjedbe na projekt",
            "predstavio je na prepunoj javnoj raspravi novi plan prema kojem će se {topic} izvoditi u fazama",
            "zatražio je neovisnu reviziju jer je {topic} znatno poskupjela",
            "nazvao je projekt najvećim ulaganjem u gradu u posljednjih {n} godina",
            "odlučio je da se o temi ponovno raspravlja prije konačnog glasanja",
            "naglasio je da se {topic} još može mijenjati nakon javnog savjetovanja",
        ],
        "more": [
            "Kritičari tvrde da u izračunima nedostaju troškovi održavanja od oko {n} tisuća kuna godišnje.",
            "Prvi ugovori trebali bi biti potpisani u roku od {n} tjedana.",
            "Javno savjetovanje traje do kraja mjeseca.",
            "Nekoliko vijećnika bilo je suzdržano jer nije provedena neovisna revizija.",
            "Projekt se može pogledati u gradskoj knjižnici tijekom radnog vremena.",
            "Promet obilaznicom bit će preusmjeren {n} dana.",
            "Dio novca stiže iz europskih fondova odobrenih {year}. godine.",
            "Oporba je najavila amandman na sljedećoj sjednici.",
            "Tribina o projektu održat će se u četvrtak navečer u domu kulture.",
            "Prema gradskoj upravi, za nepredviđene troškove osigurano je {n} milijuna kuna.",
        ],
        "titles": [
            "{place}: {topic} može početi",
            "Pitanja o cijeni: {topic}",
            "Novo kašnjenje: {topic}",
            "{place}: građani podijeljeni oko projekta",
            "Što {topic} znači za {place}",
            "{place}: vijećnici odgodili odluku",
        ],
        "places": ["Karlovac", "Varaždin", "Slavonski Brod", "Zadar", "Sisak", "Đakovo"],
    },
}

for _lang, _bank in H10.items():
    BANKS.setdefault(_lang, _bank)
