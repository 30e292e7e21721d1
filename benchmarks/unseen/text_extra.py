"""Extra sentence banks (nl, ko) added to `text.BANKS` on import, for the second holdout's sites."""

from __future__ import annotations

from benchmarks.unseen.text import BANKS

EXTRA: dict[str, dict[str, list[str]]] = {
    "nl": {
        "topics": [
            "de renovatie van het stadhuis",
            "de nieuwe fietsbrug over de haven",
            "de sluiting van het zwembad",
            "de uitbreiding van het bedrijventerrein",
            "de herinrichting van de Markt",
            "het nieuwe busstation",
            "de bouw van tweehonderd sociale huurwoningen",
            "de verhoging van de parkeertarieven",
        ],
        "who": [
            "De gemeenteraad van {place}",
            "Wethouder Van Dijk",
            "Een woordvoerder van de provincie",
            "Bewoners van de wijk Oosterpark in {place}",
            "De ondernemersvereniging",
            "De fractie van de lokale partij",
            "Buurtbewoners aan de Kerkstraat",
        ],
        "did": [
            "liet dinsdag weten dat {topic} ongeveer {n} miljoen euro gaat kosten",
            "waarschuwde dat {topic} tot in {year} vertraging kan oplopen",
            "zei dat {n} inwoners een bezwaarschrift over {topic} hebben ingediend",
            "presenteerde een nieuwe planning voor {topic} in een volle raadszaal",
            "vroeg het college om een onafhankelijk onderzoek naar {topic}",
            "noemde {topic} het grootste project van {place} in {n} jaar",
            "besloot het debat over {topic} na de zomer voort te zetten",
        ],
        "more": [
            "Volgens critici ontbreken de onderhoudskosten, die zij op {n} duizend euro per jaar schatten.",
            "De eerste contracten worden naar verwachting binnen {n} weken getekend.",
            "De inspraakperiode loopt tot het einde van de maand.",
            "Enkele raadsleden onthielden zich van stemming vanwege het ontbreken van een audit.",
            "De plannen liggen ter inzage in de bibliotheek aan het Stationsplein.",
            "Het verkeer op de ringweg wordt gedurende {n} dagen omgeleid.",
            "Een deel van het geld komt uit een rijkssubsidie die in {year} werd toegekend.",
            "De oppositie kondigde aan in de volgende vergadering een amendement in te dienen.",
        ],
        "titles": [
            "{place} stemt in met {topic}",
            "Vragen over de kosten van {topic} in {place}",
            "Vertraging voor {topic}",
            "Inwoners van {place} verdeeld over {topic}",
            "Wat {topic} betekent voor {place}",
        ],
        "places": ["Zwolle", "Deventer", "Amersfoort", "Leeuwarden", "Helmond", "Gouda"],
    },
    "ko": {
        "topics": [
            "항만 대교 보수 공사",
            "새 버스 차고지 건립",
            "학교 급식 위탁 계약",
            "하천 홍수 방지 사업",
            "시립도서관 증축",
            "종합병원 주차장 확장",
            "공항 경전철 연장",
            "전통시장 현대화 사업",
        ],
        "who": [
            "시의회는",
            "항만공사 대변인은",
            "{place} 상인회는",
            "도 교통국장은",
            "구도심 주민들은",
            "소방본부장은",
            "{place} 초등학교 학부모들은",
        ],
        "did": [
            "{topic}에 약 {n}억 원이 들 것이라고 밝혔다",
            "{topic}이 {year}년 봄까지 늦어질 수 있다고 우려했다",
            "{n}가구가 {topic}에 대한 의견서를 제출했다고 전했다",
            "주민설명회에서 {topic}의 수정 일정을 공개했다",
            "{topic}에 대한 감사 보고서 전문 공개를 요구했다",
            "{topic}을 {place}에서 {n}년 만의 최대 사업이라고 평가했다",
            "{topic}의 최종 표결 전에 다시 협의하기로 했다",
        ],
        "more": [
            "일각에서는 연간 유지비 {n}천만 원이 빠졌다는 지적이 나온다.",
            "첫 계약은 {n}주 안에 체결될 것으로 보인다.",
            "주민 의견 수렴은 이달 말까지 이어진다.",
            "일부 의원은 외부 감사가 없다는 이유로 기권했다.",
            "계획안은 시립도서관에서 열람할 수 있다.",
            "순환도로 교통은 {n}일 동안 우회할 예정이다.",
            "사업비 일부는 {year}년 국비 지원으로 충당된다.",
            "야당 측은 다음 회기에 수정안을 내겠다고 밝혔다.",
        ],
        "titles": [
            "{place}, {topic} 본격 추진",
            "{topic} 사업비 논란 … {place} 시민 반발",
            "{topic} 또 지연",
            "{place} 주민, {topic} 놓고 찬반 갈려",
            "{topic}, {place}에 무엇을 남기나",
        ],
        "places": ["춘천", "원주", "강릉", "청주", "전주", "포항"],
    },
}

for _lang, _bank in EXTRA.items():
    BANKS.setdefault(_lang, _bank)
