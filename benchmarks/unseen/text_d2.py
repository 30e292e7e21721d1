"""Sentence bank (da) added to `text.BANKS` on import, for the second development group's sites."""

from __future__ import annotations

from benchmarks.unseen.text import BANKS

D2: dict[str, dict[str, list[str]]] = {
    "da": {
        "topics": [
            "renoveringen af svømmehallen",
            "den nye cykelbro over havnen",
            "parkeringshuset ved banegården",
            "udvidelsen af hovedbiblioteket",
            "letbanens forlængelse til lufthavnen",
            "overdækningen af torvet",
            "indeklimarenoveringen af skolerne",
            "boligprojektet på havnearealet",
        ],
        "who": [
            "{place} Byråd",
            "Rådmanden for teknik og miljø",
            "Regionens pressechef",
            "Beboerne i den gamle bydel",
            "Den lokale erhvervsforening",
            "Byrådets største gruppe",
            "Kommunens planafdeling",
            "Borgmesteren i {place}",
        ],
        "did": [
            "oplyste tirsdag, at {topic} vil koste omkring {n} millioner kroner",
            "advarede om, at {topic} kan blive forsinket helt frem til {year}",
            "fortalte, at allerede {n} borgere har indsendt indsigelser mod planen",
            "fremlagde på et fyldt borgermøde en ny tidsplan, hvor {topic} gennemføres i etaper",
            "krævede en uafhængig undersøgelse af, hvorfor {topic} er blevet dyrere",
            "kaldte {topic} for kommunens største anlægsprojekt i {n} år",
            "besluttede at genoptage sagen, før {topic} sendes til endelig afstemning",
            "understregede, at {topic} stadig kan nå at blive justeret efter høringen",
        ],
        "more": [
            "Kritikerne mener, at beregningerne mangler driftsudgifter på omkring {n} millioner kroner om året.",
            "De første kontrakter ventes underskrevet inden for {n} uger.",
            "Den offentlige høring slutter ved udgangen af måneden.",
            "Flere byrådsmedlemmer undlod at stemme, fordi der ikke er lavet en ekstern revision.",
            "Planerne kan ses på hovedbiblioteket i åbningstiden.",
            "Trafikken på ringvejen omlægges i {n} dage.",
            "En del af finansieringen kommer fra en statslig pulje, der blev bevilget i {year}.",
            "Oppositionen har varslet et ændringsforslag til næste møde.",
            "Et borgermøde om sagen holdes i rådhushallen torsdag aften.",
            "Ifølge forvaltningen er der afsat {n} millioner kroner til uforudsete udgifter.",
        ],
        "titles": [
            "{place} siger ja: {topic} kan gå i gang",
            "Spørgsmål om prisen på {topic}",
            "Ny forsinkelse truer {topic}",
            "Beboerne er splittede om {topic}",
            "Hvad {topic} betyder for {place}",
            "Byrådet i {place} udskyder {topic}",
        ],
        "places": ["Aarhus", "Odense", "Aalborg", "Esbjerg", "Vejle", "Randers"],
    },
}

for _lang, _bank in D2.items():
    BANKS.setdefault(_lang, _bank)
