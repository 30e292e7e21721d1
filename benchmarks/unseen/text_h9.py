"""Sentence bank (nb, Norwegian Bokmål) added to `text.BANKS` on import, for the ninth holdout's sites."""

from __future__ import annotations

from benchmarks.unseen.text import BANKS

H9: dict[str, dict[str, list[str]]] = {
    "nb": {
        "topics": [
            "oppgraderingen av svømmehallen",
            "den nye gang- og sykkelbrua over elva",
            "parkeringshuset ved jernbanestasjonen",
            "utvidelsen av hovedbiblioteket",
            "bybanens forlengelse til flyplassen",
            "rehabiliteringen av torget",
            "ventilasjonsarbeidet på barneskolene",
            "boligprosjektet på det gamle verftsområdet",
        ],
        "who": [
            "Bystyret i {place}",
            "Kommunaldirektøren for byutvikling",
            "Fylkeskommunens pressekontakt",
            "Beboerne i den gamle bydelen",
            "Den lokale næringsforeningen",
            "Bystyrets største parti",
            "Kommunens planavdeling",
            "Ordføreren i {place}",
        ],
        "did": [
            "opplyste tirsdag at {topic} vil koste rundt {n} millioner kroner",
            "advarte om at {topic} kan bli forsinket helt fram til {year}",
            "fortalte at allerede {n} innbyggere har sendt inn merknader til planen",
            "la på et fullsatt folkemøte fram en ny framdriftsplan der {topic} gjennomføres i etapper",
            "krevde en uavhengig gjennomgang av hvorfor {topic} har blitt dyrere",
            "kalte {topic} kommunens største byggeprosjekt på {n} år",
            "vedtok å ta opp saken igjen før {topic} sendes til endelig avstemning",
            "understreket at {topic} fortsatt kan justeres etter høringen",
        ],
        "more": [
            "Kritikerne mener beregningene mangler driftsutgifter på rundt {n} millioner kroner i året.",
            "De første kontraktene ventes signert innen {n} uker.",
            "Den offentlige høringen avsluttes ved utgangen av måneden.",
            "Flere bystyremedlemmer stemte ikke, fordi det ikke er gjort en ekstern revisjon.",
            "Planene kan leses på hovedbiblioteket i åpningstiden.",
            "Trafikken på ringveien legges om i {n} dager.",
            "En del av finansieringen kommer fra en statlig tilskuddsordning som ble innvilget i {year}.",
            "Opposisjonen har varslet et endringsforslag til neste møte.",
            "Et folkemøte om saken holdes i rådhushallen torsdag kveld.",
            "Ifølge administrasjonen er det satt av {n} millioner kroner til uforutsette utgifter.",
        ],
        "titles": [
            "{place} sier ja: {topic} kan starte",
            "Spørsmål om prisen på {topic}",
            "Ny forsinkelse truer {topic}",
            "Beboerne er splittet om {topic}",
            "Dette betyr {topic} for {place}",
            "Bystyret i {place} utsetter {topic}",
        ],
        "places": ["Drammen", "Tønsberg", "Hamar", "Ålesund", "Bodø", "Moss"],
    },
}

for _lang, _bank in H9.items():
    BANKS.setdefault(_lang, _bank)
