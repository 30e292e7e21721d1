"""Small sentence banks per language and a deterministic article composer."""
# ruff: noqa: RUF001  (non-Latin scripts and typographic quotes are the point here)

from __future__ import annotations

import random

# Each bank: topics (feminine/nominative noun phrases so templates agree), who (subjects),
# did (predicates with {topic} {n} {year} {place}), more (free sentences), titles.
BANKS: dict[str, dict[str, list[str]]] = {
    "en": {
        "topics": [
            "the harbour bridge repairs",
            "the new bus depot",
            "the school meals contract",
            "the flood barrier scheme",
            "the library extension",
            "the hospital car park",
            "the tram line to the airport",
            "the market hall restoration",
        ],
        "who": [
            "The county council",
            "A spokeswoman for the port authority",
            "Local shopkeepers in {place}",
            "The regional transport minister",
            "Residents of the old mill district",
            "The chief fire officer",
            "Parents at the primary school in {place}",
        ],
        "did": [
            "confirmed that {topic} would cost about {n} million pounds",
            "warned that delays to {topic} could last until the spring of {year}",
            "said {n} households had written in about {topic}",
            "presented a revised timetable for {topic} to a packed hall",
            "asked inspectors to publish their full report on {topic}",
            "described {topic} as the largest project {place} has seen in {n} years",
            "agreed to meet again before {topic} goes to a final vote",
        ],
        "more": [
            "Critics argue the figures leave out maintenance, which they put at {n} thousand a year.",
            "Officials expect the first contracts to be signed within {n} weeks.",
            "A public consultation stays open until the end of the month.",
            "Several councillors abstained, citing the lack of an independent audit.",
            "The plans can be inspected at the town library during opening hours.",
            "Traffic on the ring road is expected to be diverted for {n} days.",
            "Funding will come partly from a national grant awarded in {year}.",
            "The opposition group said it would table an amendment at the next session.",
        ],
        "titles": [
            "{place} council backs {topic}",
            "Questions over cost of {topic} in {place}",
            "Delay hits {topic}",
            "{place} residents split on {topic}",
            "What {topic} means for {place}",
        ],
        "places": ["Millbrook", "Eastleigh", "Harrowgate", "Dunmore", "Kingsford", "Wexham"],
    },
    "de": {
        "topics": [
            "die Sanierung der Stadthalle",
            "die Erweiterung der Kläranlage",
            "die neue Umgehungsstraße",
            "die Schließung der Geburtsstation",
            "die Verlängerung der Straßenbahnlinie 4",
            "die Digitalisierung der Grundschulen",
            "die Ansiedlung eines Logistikzentrums",
            "die Erhöhung der Grundsteuer",
        ],
        "who": [
            "Der Gemeinderat von {place}",
            "Die Bürgermeisterin",
            "Eine Sprecherin des Landratsamts",
            "Anwohner aus {place}",
            "Die Fraktion der Freien Wähler",
            "Der Kämmerer der Stadt",
            "Vertreter der Handwerkskammer",
        ],
        "did": [
            "bestätigte am Dienstag, dass die Kosten für {topic} bei rund {n} Millionen Euro liegen",
            "warnte, dass sich {topic} bis ins Frühjahr {year} verzögern könnte",
            "legte einen überarbeiteten Zeitplan für {topic} vor",
            "kritisierte, dass {topic} ohne Bürgerbeteiligung beschlossen worden sei",
            "forderte ein unabhängiges Gutachten über {topic}",
            "bezeichnete {topic} als das größte Vorhaben in {place} seit {n} Jahren",
            "kündigte an, {topic} in der nächsten Sitzung erneut zu beraten",
        ],
        "more": [
            "Nach Angaben der Verwaltung haben sich bereits {n} Bürger schriftlich geäußert.",
            "Die Unterlagen liegen bis Ende des Monats im Rathaus aus.",
            "Mehrere Stadträte enthielten sich der Stimme.",
            "Ein Teil der Mittel soll aus einem Förderprogramm des Landes kommen.",
            "Die Opposition will einen Änderungsantrag einbringen.",
            "Für die Bauzeit wird mit Umleitungen von etwa {n} Tagen gerechnet.",
            "Kritiker halten die Zahlen für deutlich zu niedrig angesetzt.",
            "Eine Entscheidung wird frühestens im Herbst {year} erwartet.",
        ],
        "titles": [
            "{place}: Streit um {topic}",
            "Gemeinderat stimmt für {topic}",
            "Neue Zahlen: {topic}",
            "Was {topic} für {place} bedeutet",
            "Verzögerungen: {topic}",
        ],
        "places": [
            "Bad Aibling",
            "Kirchheim",
            "Neustadt am Rübenberge",
            "Weilheim",
            "Lindau",
            "Rottweil",
        ],
    },
    "es": {
        "topics": [
            "la reforma del mercado central",
            "la nueva línea de autobuses",
            "la ampliación del puerto",
            "la depuradora comarcal",
            "la peatonalización del casco antiguo",
            "la licitación del servicio de limpieza",
            "la rehabilitación del teatro municipal",
            "la subida del impuesto de basuras",
        ],
        "who": [
            "El Ayuntamiento de {place}",
            "La concejala de Urbanismo",
            "Los vecinos del barrio de {place}",
            "Un portavoz de la Diputación",
            "La asociación de comerciantes",
            "El grupo municipal de la oposición",
            "La consejera de Fomento",
        ],
        "did": [
            "confirmó que {topic} costará unos {n} millones de euros",
            "advirtió de que {topic} podría retrasarse hasta la primavera de {year}",
            "presentó un nuevo calendario para {topic}",
            "pidió un informe independiente sobre {topic}",
            "calificó {topic} como la mayor obra de {place} en {n} años",
            "aseguró que {topic} se votará en el próximo pleno",
            "recordó que {n} familias han presentado alegaciones contra {topic}",
        ],
        "more": [
            "Los críticos sostienen que las cifras no incluyen el mantenimiento.",
            "Se espera que las primeras obras comiencen dentro de {n} semanas.",
            "El periodo de alegaciones sigue abierto hasta final de mes.",
            "Varios concejales se abstuvieron en la votación.",
            "Parte de la financiación procede de fondos europeos concedidos en {year}.",
            "El tráfico se desviará por la avenida principal durante {n} días.",
            "La oposición anunció que presentará una enmienda.",
            "Los planos pueden consultarse en la biblioteca municipal.",
        ],
        "titles": [
            "{place} aprueba {topic}",
            "Polémica en {place} por {topic}",
            "Nuevo retraso en {topic}",
            "Claves de {topic}",
            "Los vecinos de {place} opinan sobre {topic}",
        ],
        "places": ["Alcalá", "Torrelavega", "Mérida", "Ponferrada", "Motril", "Lucena"],
    },
    "fr": {
        "topics": [
            "la rénovation de la halle aux grains",
            "la nouvelle ligne de tramway",
            "la fermeture de la maternité",
            "la station d'épuration intercommunale",
            "la piétonnisation du centre-ville",
            "la hausse de la taxe foncière",
            "la reconstruction du pont de la Loire",
            "la cantine bio des écoles",
        ],
        "who": [
            "Le conseil municipal de {place}",
            "La maire",
            "Un porte-parole de la préfecture",
            "Les riverains du quartier de la gare",
            "L'opposition municipale",
            "Le président de l'agglomération",
            "Les commerçants de {place}",
        ],
        "did": [
            "a confirmé que {topic} coûtera environ {n} millions d'euros",
            "a averti que {topic} pourrait être repoussée au printemps {year}",
            "a présenté un nouveau calendrier pour {topic}",
            "a réclamé une expertise indépendante sur {topic}",
            "a qualifié {topic} de plus grand chantier de {place} depuis {n} ans",
            "a annoncé que {topic} serait votée lors du prochain conseil",
            "a rappelé que {n} familles avaient écrit au sujet de {topic}",
        ],
        "more": [
            "Selon les critiques, les chiffres ne tiennent pas compte de l'entretien.",
            "Les premiers travaux devraient commencer d'ici {n} semaines.",
            "La consultation publique reste ouverte jusqu'à la fin du mois.",
            "Plusieurs élus se sont abstenus lors du vote.",
            "Une partie du financement viendra d'une subvention régionale obtenue en {year}.",
            "La circulation sera déviée pendant {n} jours.",
            "Le dossier peut être consulté à la médiathèque.",
            "L'opposition a annoncé le dépôt d'un amendement.",
        ],
        "titles": [
            "{place} : {topic} fait débat",
            "Feu vert pour {topic}",
            "Nouveau retard pour {topic}",
            "Ce que change {topic} à {place}",
            "À {place}, les habitants divisés sur {topic}",
        ],
        "places": ["Saumur", "Vierzon", "Montauban", "Dole", "Auxerre", "Millau"],
    },
    "pt": {
        "topics": [
            "a requalificação do mercado municipal",
            "a nova ponte sobre o rio",
            "a ampliação do centro de saúde",
            "a estação de tratamento de águas",
            "a reabertura da linha ferroviária",
            "a taxa turística",
            "a recuperação do cineteatro",
            "a ciclovia marginal",
        ],
        "who": [
            "A Câmara Municipal de {place}",
            "O vereador do Urbanismo",
            "Os moradores de {place}",
            "Um porta-voz da junta de freguesia",
            "A associação comercial",
            "A oposição na assembleia municipal",
            "O presidente da comunidade intermunicipal",
        ],
        "did": [
            "confirmou que {topic} vai custar cerca de {n} milhões de euros",
            "alertou que {topic} pode atrasar até à primavera de {year}",
            "apresentou um novo calendário para {topic}",
            "pediu um estudo independente sobre {topic}",
            "considerou {topic} a maior obra de {place} em {n} anos",
            "garantiu que {topic} será votada na próxima sessão",
            "lembrou que {n} famílias apresentaram reclamações sobre {topic}",
        ],
        "more": [
            "Os críticos dizem que os números não incluem a manutenção.",
            "As primeiras obras devem arrancar dentro de {n} semanas.",
            "A consulta pública continua aberta até ao fim do mês.",
            "Vários deputados municipais abstiveram-se na votação.",
            "Parte do financiamento vem de fundos comunitários aprovados em {year}.",
            "O trânsito será desviado durante {n} dias.",
            "O projeto pode ser consultado na biblioteca municipal.",
            "A oposição anunciou que vai apresentar uma proposta de alteração.",
        ],
        "titles": [
            "{place} aprova {topic}",
            "Polémica em {place} sobre {topic}",
            "Novo atraso na obra: {topic}",
            "O que muda com {topic}",
            "Moradores de {place} divididos sobre {topic}",
        ],
        "places": ["Tomar", "Viseu", "Bragança", "Portimão", "Lamego", "Elvas"],
    },
    "it": {
        "topics": [
            "la riqualificazione del mercato coperto",
            "la nuova linea del tram",
            "la chiusura del punto nascite",
            "la variante alla statale",
            "la pedonalizzazione del centro storico",
            "la raccolta differenziata porta a porta",
            "la ristrutturazione del teatro comunale",
            "la tassa di soggiorno",
        ],
        "who": [
            "Il consiglio comunale di {place}",
            "L'assessora ai lavori pubblici",
            "I residenti di {place}",
            "Un portavoce della Regione",
            "L'associazione dei commercianti",
            "L'opposizione in consiglio",
            "Il sindaco",
        ],
        "did": [
            "ha confermato che {topic} costerà circa {n} milioni di euro",
            "ha avvertito che {topic} potrebbe slittare alla primavera del {year}",
            "ha presentato un nuovo cronoprogramma per {topic}",
            "ha chiesto una perizia indipendente su {topic}",
            "ha definito {topic} il più grande intervento a {place} da {n} anni",
            "ha annunciato che {topic} sarà votata nella prossima seduta",
            "ha ricordato che {n} famiglie hanno presentato osservazioni su {topic}",
        ],
        "more": [
            "Secondo i critici le cifre non comprendono la manutenzione.",
            "I primi cantieri dovrebbero partire entro {n} settimane.",
            "La consultazione pubblica resta aperta fino a fine mese.",
            "Diversi consiglieri si sono astenuti.",
            "Parte dei fondi arriva da un bando regionale vinto nel {year}.",
            "Il traffico sarà deviato per {n} giorni.",
            "Il progetto è consultabile presso la biblioteca civica.",
            "L'opposizione ha annunciato un emendamento.",
        ],
        "titles": [
            "{place}, via libera a {topic}",
            "Polemica a {place} su {topic}",
            "Nuovo ritardo per {topic}",
            "Cosa cambia con {topic}",
            "{place} divisa su {topic}",
        ],
        "places": ["Fabriano", "Chiavari", "Rovigo", "Lecco", "Cefalù", "Bassano"],
    },
    "ru": {
        "topics": [
            "реконструкция набережной",
            "новая автобусная станция",
            "ремонт городской больницы",
            "строительство очистных сооружений",
            "закрытие рынка на Садовой",
            "расширение трамвайной линии",
            "реставрация драмтеатра",
            "повышение тарифов на вывоз мусора",
        ],
        "who": [
            "Мэрия города {place}",
            "Глава районной администрации",
            "Жители микрорайона {place}",
            "Представитель областного правительства",
            "Депутаты городской думы",
            "Председатель общественного совета",
            "Местные предприниматели",
        ],
        "did": [
            "подтвердили, что {topic} обойдётся примерно в {n} млн рублей",
            "предупредили, что {topic} может затянуться до весны {year} года",
            "представили новый график работ, и {topic} теперь рассчитана на {n} месяцев",
            "потребовали независимой экспертизы, поскольку {topic} вызывает много вопросов",
            "заявили, что {topic} станет крупнейшим проектом в {place} за {n} лет",
            "пообещали, что {topic} будет обсуждаться на ближайшей сессии",
            "напомнили, что {n} семей уже направили жалобы",
        ],
        "more": [
            "Критики считают, что в расчётах не учтены расходы на содержание.",
            "Первые подрядчики могут приступить к работе через {n} недель.",
            "Общественные слушания продлятся до конца месяца.",
            "Несколько депутатов воздержались при голосовании.",
            "Часть средств поступит из федеральной программы {year} года.",
            "Движение транспорта будет ограничено на {n} дней.",
            "С проектом можно ознакомиться в центральной библиотеке.",
            "Оппозиция намерена внести поправки.",
        ],
        "titles": [
            "{place}: споры вокруг темы «{topic}»",
            "Депутаты одобрили проект: {topic}",
            "Новые сроки: {topic}",
            "Что означает {topic} для жителей",
            "Жители {place} обсуждают, как пройдёт {topic}",
        ],
        "places": ["Кострома", "Тверь", "Вологда", "Сызрань", "Муром", "Елец"],
    },
    "ar": {
        "topics": [
            "مشروع توسعة الميناء",
            "خطة تأهيل السوق القديم",
            "محطة تحلية المياه الجديدة",
            "مشروع الطريق الدائري",
            "ترميم المسرح البلدي",
            "توسعة المستشفى الجامعي",
            "خط الحافلات السريع",
            "مشروع الإسكان الشبابي",
        ],
        "who": [
            "أعلن المجلس البلدي في {place}",
            "قال متحدث باسم وزارة النقل",
            "أكد سكان حي {place}",
            "أوضحت رئيسة لجنة التخطيط",
            "ذكر مسؤول في المحافظة",
            "أشار ممثلو الغرفة التجارية",
            "صرّح مدير المشاريع في البلدية",
        ],
        "did": [
            "أن {topic} سيكلف نحو {n} مليون دينار",
            "أن {topic} قد يتأخر حتى ربيع عام {year}",
            "أن جدولاً زمنياً جديداً وُضع من أجل {topic}",
            "أن {topic} يحتاج إلى دراسة مستقلة قبل التنفيذ",
            "أن {topic} هو الأكبر في {place} منذ {n} عاماً",
            "أن {topic} سيُطرح للتصويت في الجلسة المقبلة",
            "أن {n} أسرة قدمت اعتراضات على {topic}",
        ],
        "more": [
            "ويرى منتقدون أن الأرقام لا تشمل تكاليف الصيانة.",
            "ومن المتوقع توقيع العقود الأولى خلال {n} أسابيع.",
            "وتبقى الاستشارة العامة مفتوحة حتى نهاية الشهر.",
            "وامتنع عدد من الأعضاء عن التصويت.",
            "ويأتي جزء من التمويل من منحة حكومية أُقرت عام {year}.",
            "وسيتم تحويل حركة المرور لمدة {n} يوماً.",
            "ويمكن الاطلاع على المخططات في المكتبة العامة.",
            "وأعلنت المعارضة أنها ستقدم تعديلاً على المقترح.",
        ],
        "titles": [
            "{place}: جدل حول {topic}",
            "الموافقة على {topic}",
            "تأخير جديد في {topic}",
            "ماذا يعني {topic} لسكان {place}",
            "انقسام في {place} بشأن {topic}",
        ],
        "places": ["إربد", "الزرقاء", "صفاقس", "طنطا", "صلالة", "المنستير"],
    },
    "zh": {
        "topics": [
            "旧城改造工程",
            "地铁三号线延伸段",
            "滨江公园扩建项目",
            "垃圾分类试点",
            "老旧小区加装电梯",
            "新建污水处理厂",
            "城乡公交一体化",
            "中心医院迁建工程",
        ],
        "who": [
            "{place}市住建局",
            "区政府新闻发言人",
            "{place}部分居民",
            "市人大代表",
            "项目指挥部负责人",
            "当地商户代表",
            "市发改委有关负责人",
        ],
        "did": [
            "表示{topic}总投资约{n}亿元",
            "透露{topic}可能推迟到{year}年春季",
            "公布了{topic}的最新时间表",
            "呼吁对{topic}进行独立评估",
            "称{topic}是{place}近{n}年来最大的项目",
            "说{topic}将在下次会议上表决",
            "指出已有{n}户家庭就{topic}提出意见",
        ],
        "more": [
            "有专家认为，预算中没有包括后期维护费用。",
            "首批工程合同预计在{n}周内签订。",
            "公众意见征集将持续到月底。",
            "多名代表在表决时投了弃权票。",
            "部分资金来自{year}年获批的专项补助。",
            "施工期间相关路段将封闭{n}天。",
            "市民可到市图书馆查阅规划图纸。",
            "有关部门表示将进一步听取群众意见。",
        ],
        "titles": [
            "{place}：{topic}引发热议",
            "{topic}获批",
            "{topic}再度延期",
            "{topic}对{place}意味着什么",
            "{place}居民关注{topic}",
        ],
        "places": ["绍兴", "芜湖", "襄阳", "赣州", "泉州", "柳州"],
    },
    "ja": {
        "topics": [
            "駅前再開発計画",
            "新しい市民ホール",
            "路面電車の延伸",
            "学校給食センターの建て替え",
            "河川堤防の改修工事",
            "市立病院の統合",
            "コミュニティバスの新路線",
            "旧庁舎跡地の活用",
        ],
        "who": [
            "{place}市議会",
            "市の担当者",
            "{place}の住民",
            "県の広報担当者",
            "地元商店街の代表",
            "市長",
            "野党会派の議員",
        ],
        "did": [
            "は{topic}の総事業費が約{n}億円になると明らかにした",
            "は{topic}が{year}年春までずれ込む可能性があると警告した",
            "は{topic}の新しい工程表を示した",
            "は{topic}について第三者による検証を求めた",
            "は{topic}を{place}で過去{n}年で最大の事業だと説明した",
            "は{topic}を次の定例会で採決する方針を示した",
            "によると、{topic}にはすでに{n}件の意見が寄せられている",
        ],
        "more": [
            "維持管理費が含まれていないとの指摘もある。",
            "最初の契約は{n}週間以内に結ばれる見通しだ。",
            "意見公募は月末まで受け付けている。",
            "採決では複数の議員が棄権した。",
            "財源の一部には{year}年度の国の交付金を充てる。",
            "工事期間中は{n}日間の通行止めが予定されている。",
            "計画図は市立図書館で閲覧できる。",
            "野党側は修正案を提出する考えだ。",
        ],
        "titles": [
            "{place}、{topic}で議論",
            "{topic}を可決",
            "{topic}、再び延期",
            "{topic}で何が変わるか",
            "{place}の住民、{topic}に賛否",
        ],
        "places": ["松本", "高崎", "倉敷", "函館", "佐世保", "津山"],
    },
}

_CJK = {"zh", "ja"}
_CASELESS = {"ka"}  # Georgian: upper() would give Mtavruli capitals
_STOPS = {"hy": "\u0589", "am": "\u1362", "km": "\u17d4"}


def _fill(
    template: str, rng: random.Random, bank: dict[str, list[str]], topic: str, place: str
) -> str:
    return template.format(
        topic=topic, place=place, n=rng.randint(3, 97), year=rng.randint(2018, 2021)
    )


def _sentence(lang: str, who: str, did: str) -> str:
    if lang in _CJK:
        return who + did + "。"
    if lang == "ar":
        return who + " " + did + "."
    if lang in _STOPS:  # scripts with their own full stop (Armenian, Ethiopic, Khmer)
        return who + " " + did + _STOPS[lang]
    return who + " " + did + "."


def compose(lang: str, seed: int, used_titles: set[str]) -> tuple[str, list[str]]:
    """A (title, paragraphs) pair in `lang`, deterministic for `seed`; titles never repeat."""
    bank = BANKS[lang]
    rng = random.Random(seed)
    while True:
        topic, place = rng.choice(bank["topics"]), rng.choice(bank["places"])
        title = _fill(rng.choice(bank["titles"]), rng, bank, topic, place)
        if lang not in _CASELESS:
            title = title[0].upper() + title[1:]
        if title not in used_titles:
            used_titles.add(title)
            break
    sep = "" if lang in _CJK else " "
    paras = []
    for _ in range(rng.randint(4, 6)):
        who = _fill(rng.choice(bank["who"]), rng, bank, topic, place)
        did = _fill(rng.choice(bank["did"]), rng, bank, topic, place)
        parts = [_sentence(lang, who, did)]
        for more in rng.sample(bank["more"], rng.randint(1, 3)):
            parts.append(_fill(more, rng, bank, topic, place))
        paras.append(sep.join(parts))
    return title, paras
