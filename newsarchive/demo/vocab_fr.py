"""French vocabulary (Latin-1 only: no curly quotes, no euro sign) for the legacy demo site."""

from __future__ import annotations

VILLES = ("Saint-Aubin", "Montclar", "Vallières", "Besançon-le-Haut", "Épinac", "Gérardmer")
PRENOMS = ("Jérôme", "Hélène", "François", "Agnès", "Jürgen", "Noémie", "Loïc", "Zoé")
NOMS = ("Lefèvre", "Weiß", "Müller", "Bérard", "Chênevière", "Façon", "Dürr", "Géraud")
ROLES_FR = (
    "maire de {ville}", "adjoint aux finances", "présidente de l'association des riverains",
    "porte-parole de la préfecture", "directeur de l'office de tourisme",
)  # fmt: skip

SUJETS: dict[str, dict[str, tuple[str, ...]]] = {
    "marche": {
        "titres": (
            "{ville} : le marché de Noël ouvre ses portes",
            "Le marché couvert de {ville} rénové après deux ans de travaux",
        ),
        "chapeaux": (
            "Le marché de {ville} a accueilli {n} visiteurs dès le premier week-end, selon la "
            "mairie, qui se félicite d'une fréquentation en hausse.",
        ),
        "faits": (
            "Les commerçants ont installé leurs étals sur la place de l'Église dès l'aube.",
            "Une délégation de la ville jumelle allemande de Günzburg a fait le déplacement.",
            "Les producteurs locaux proposent fromages, vins chauds et pâtisseries.",
            "La municipalité a prévu des navettes gratuites depuis la gare les samedis.",
        ),
    },
    "ecole": {
        "titres": (
            "{ville} : l'école primaire menacée de fermeture",
            "Les parents d'élèves de {ville} se mobilisent pour leur école",
        ),
        "chapeaux": (
            "Plus de {n} parents d'élèves se sont rassemblés devant la mairie de {ville} pour "
            "protester contre la fermeture annoncée d'une classe.",
        ),
        "faits": (
            "L'inspection académique invoque la baisse du nombre d'élèves depuis trois ans.",
            "Une pétition a déjà recueilli plusieurs centaines de signatures.",
            "Les enseignants redoutent des classes surchargées à la rentrée prochaine.",
            "Le conseil municipal doit se prononcer lors de sa prochaine séance.",
        ),
    },
    "usine": {
        "titres": (
            "Un investisseur britannique rachète l'usine de {ville}",
            "{ville} : soulagement pour les salariés de la fonderie",
        ),
        "chapeaux": (
            "Un groupe britannique a annoncé le rachat de la fonderie de {ville} pour un "
            "montant de {n} millions de livres sterling (£), sauvant la plupart des emplois.",
        ),
        "faits": (
            "Les syndicats saluent une « bonne nouvelle » mais restent prudents.",
            "Le site emploie encore près de trois cents personnes dans la vallée.",
            "La direction promet de moderniser les fours d'ici deux ans.",
            "Le repreneur, installé à Leeds, possède déjà deux usines en Europe.",
        ),
    },
}

GENERIQUES = (
    "« Nous attendons des actes concrets », a déclaré {nom}, {role}.",
    "La préfecture n'a pas souhaité faire de commentaire à ce stade.",
    "Les habitants interrogés se disent partagés sur l'avenir du projet.",
    "Une réunion publique est prévue à la salle des fêtes la semaine prochaine.",
    "Le dossier sera examiné par le conseil départemental au début de l'année.",
    "Selon la mairie, les travaux devraient être achevés avant l'été.",
    "Plusieurs élus de l'opposition dénoncent un manque de transparence.",
    "La presse régionale suit l'affaire de près depuis plusieurs mois.",
    "« C'est une étape importante pour notre commune », a estimé {nom}.",
    "Les commerçants du centre-ville espèrent des retombées rapides.",
    "Le député de la circonscription a promis de défendre le dossier à Paris.",
    "Une enquête publique sera ouverte dans les prochaines semaines.",
    "Les associations locales ont été associées aux discussions dès le départ.",
    "Le budget prévisionnel a été revu à la hausse à deux reprises.",
    "Interrogé mardi soir, le maire a assuré que la décision serait prise « sans précipitation ».",
    "Les riverains de la rue des Tanneurs réclament depuis longtemps une meilleure information.",
    "La chambre de commerce estime que plusieurs dizaines d'emplois sont en jeu dans le canton.",
    "Le sujet a largement animé la dernière séance du conseil municipal, qui a duré plus de "
    "trois heures.",
    "Dans les cafés de la place du Marché, on ne parle que de cela depuis une semaine.",
    "Un premier bilan sera présenté aux habitants avant la fin du mois, promet la municipalité.",
    "Les services techniques de la ville ont été mobilisés tout le week-end.",
    "Pour l'heure, aucun calendrier précis n'a été communiqué par les autorités.",
)

ECHANTILLONS = (
    "Au total, {gros} personnes se sont inscrites auprès de la mairie de {ville} en moins "
    "d'une semaine.",
    "D'après les chiffres communiqués jeudi, {gros} foyers de {ville} sont directement "
    "concernés, soit {pct} % de la population.",
)
