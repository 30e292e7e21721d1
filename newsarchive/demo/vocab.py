"""English vocabulary and sentence templates the demo corpus builds its news prose from."""

from __future__ import annotations

CITIES = (
    "Northfield", "Port Alder", "Eastbridge", "Carrow", "Linden Falls", "Westmere",
    "Halbrook", "Saltash Bay", "Kingsmoor", "Redcliff", "Ashby Cross", "Marlow Heath",
)  # fmt: skip
REGIONS = (
    "Greyvale County", "the Marren Valley", "the northern coast", "Dunmore Province",
    "the eastern districts", "Brackwater County",
)  # fmt: skip
FIRST = (
    "Maria", "James", "Aisha", "Tomas", "Helen", "Omar", "Grace", "Daniel", "Leila", "Peter",
    "Sofia", "Kwame", "Ruth", "Ivan", "Nadia", "Samuel", "Clara", "Victor", "Hannah", "Yusuf",
)  # fmt: skip
LAST = (
    "Okafor", "Lindqvist", "Hart", "Moreno", "Castellanos", "Brennan", "Adeyemi", "Novak",
    "Fairbanks", "Haddad", "Whitlock", "Sato", "Mbeki", "Kowalski", "Ferreira", "Dunmore",
)  # fmt: skip
ROLES = (
    "a spokesperson for {org}", "the director of {org}", "a senior official at {org}",
    "a member of the city council", "an analyst at the Institute for Public Policy",
    "the mayor of {city}", "a local business owner", "a resident of {city}",
)  # fmt: skip
ORGS = (
    "the Regional Transport Authority", "the Health Ministry", "the Environment Agency",
    "the Chamber of Commerce", "the National Statistics Office", "the Water Board",
    "the Ministry of the Interior", "the Teachers' Union", "the Port Authority",
)  # fmt: skip
WEEKDAYS = ("Monday", "Tuesday", "Wednesday", "Thursday", "Friday", "Saturday", "Sunday")

# Each topic: section, headline patterns, a noun phrase for the matter at hand, lead
# sentences and topic-specific sentences. Slots: {city} {region} {org} {n} {m} {pct}
# {weekday} {name} {noun}.
TOPICS: dict[str, dict[str, object]] = {
    "flood": {
        "section": "environment",
        "noun": "the flood defences",
        "headlines": (
            "Floodwaters force hundreds from homes in {city}",
            "{city} counts the cost as river bursts its banks",
            "Residents of {city} evacuated as heavy rain swamps {region}",
        ),
        "leads": (
            "Emergency crews evacuated {n} residents from low-lying streets in {city} on "
            "{weekday} after the river rose more than two metres overnight.",
            "Heavy rain across {region} pushed the river in {city} over its banks on {weekday}, "
            "flooding {n} homes and cutting the main road to the coast.",
        ),
        "facts": (
            "Rescue teams used boats to reach families trapped on the upper floors of houses "
            "near the old bridge.",
            "Forecasters warned that another band of rain was expected to reach the region "
            "before the weekend.",
            "Schools in the worst-hit neighbourhoods were closed and turned into temporary "
            "shelters with camp beds and hot meals.",
            "Engineers said the embankment built after the last major flood had held along most "
            "of its length but failed near the railway station.",
            "Insurers said it was too early to estimate the damage, though early claims "
            "suggested a bill running into the millions.",
            "Farmers downstream reported that fields planted only weeks ago were under water.",
        ),
    },
    "budget": {
        "section": "politics",
        "noun": "the budget plan",
        "headlines": (
            "{city} council approves budget with {pct} percent rise in local tax",
            "Council in {city} votes through spending cuts after heated debate",
            "Budget row deepens in {city} as libraries face closure",
        ),
        "leads": (
            "Councillors in {city} approved a budget on {weekday} that raises local taxes by "
            "{pct} percent and trims spending on roads and libraries.",
            "After a debate that ran past midnight, the council in {city} voted {m} to {n2} to "
            "adopt a spending plan that opponents say will hurt the poorest households.",
        ),
        "facts": (
            "The plan sets aside money for repairs to the central bus station and for two new "
            "nursery schools.",
            "Opposition members said the council had failed to consult residents before "
            "deciding which services to cut.",
            "Officials blamed rising energy prices and higher interest payments on existing "
            "debt for the shortfall.",
            "Three branch libraries will move to shorter opening hours from the start of next "
            "year under the plan.",
            "The council's finance committee will review the figures again in the spring, when "
            "updated tax receipts are available.",
            "Business groups welcomed a freeze on parking charges in the town centre.",
        ),
    },
    "strike": {
        "section": "business",
        "noun": "the strike",
        "headlines": (
            "Port workers in {city} walk out over pay",
            "Strike halts buses across {region} for a second day",
            "Talks collapse as {city} rail staff announce new strike dates",
        ),
        "leads": (
            "Thousands of workers walked off the job in {city} on {weekday}, halting services "
            "across {region} in a dispute over pay and working hours.",
            "A strike by transport staff left commuters in {city} stranded on {weekday} after "
            "last-minute talks with management ended without agreement.",
        ),
        "facts": (
            "The union is asking for a pay rise that keeps pace with inflation and limits on "
            "compulsory overtime.",
            "Management said its offer was the best it could afford without raising fares.",
            "Picket lines formed before dawn outside the main depot, where drivers handed out "
            "leaflets to passers-by.",
            "Shops in the town centre reported fewer customers as many people chose to work "
            "from home.",
            "A mediator appointed by the labour ministry is expected to meet both sides early "
            "next week.",
            "The last strike of this size in the region took place almost a decade ago.",
        ),
    },
    "hospital": {
        "section": "health",
        "noun": "the hospital project",
        "headlines": (
            "New hospital wing opens in {city} after years of delay",
            "Waiting times grow at {city} hospital as staff shortages bite",
            "Health officials in {region} defend plan to merge two hospitals",
        ),
        "leads": (
            "A new wing of the general hospital in {city} opened to patients on {weekday}, "
            "adding {n} beds after a construction project that ran three years late.",
            "Patients at the main hospital in {city} are waiting longer than ever for routine "
            "operations, according to figures released on {weekday} by {org}.",
        ),
        "facts": (
            "The wing includes a larger emergency department and a ward for older patients.",
            "Nurses said the new building would help only if enough staff could be recruited "
            "to run it.",
            "The project was delayed by problems with the foundations and a dispute with the "
            "original contractor.",
            "Doctors have warned for months that the winter season would put the service under "
            "severe strain.",
            "Patient groups called for clearer information about how long people should expect "
            "to wait.",
            "The health authority said it had hired forty additional nurses since the summer.",
        ),
    },
    "wildfire": {
        "section": "environment",
        "noun": "the wildfire",
        "headlines": (
            "Wildfire near {city} forces road closures",
            "Firefighters battle blaze in hills above {city}",
            "Dry winds fan fire across {region}",
        ),
        "leads": (
            "Firefighters spent {weekday} battling a wildfire in the hills above {city} that has "
            "burned more than {n} hectares of forest and scrubland.",
            "A fast-moving fire spread across {region} on {weekday}, forcing the closure of two "
            "main roads and the evacuation of several villages near {city}.",
        ),
        "facts": (
            "Water-bombing aircraft flew repeated runs over the ridge as the wind shifted in "
            "the afternoon.",
            "No injuries had been reported by the evening, though several barns were destroyed.",
            "Authorities urged people not to light barbecues or burn garden waste until further "
            "notice.",
            "The summer was the driest in the region since records began, leaving vegetation "
            "dangerously dry.",
            "Volunteers set up a collection point for food and blankets in the village hall.",
            "Investigators have not yet determined what started the fire.",
        ),
    },
    "court": {
        "section": "world",
        "noun": "the ruling",
        "headlines": (
            "Court in {city} blocks plan to sell public land",
            "Judges rule against {org} in long-running dispute",
            "Appeals court in {city} orders new inquiry into contract",
        ),
        "leads": (
            "A court in {city} on {weekday} blocked a plan by {org} to sell public land to a "
            "private developer, ruling that the decision had been taken unlawfully.",
            "Judges ruled on {weekday} that {org} had broken procurement rules when it awarded a "
            "contract worth {n} thousand to a single supplier.",
        ),
        "facts": (
            "The case was brought by a group of residents who said they had not been consulted.",
            "Lawyers for the authority said they would study the judgment before deciding "
            "whether to appeal.",
            "The land in question includes a park and a sports ground used by local schools.",
            "The judgment runs to more than sixty pages and criticises the way documents were "
            "handled.",
            "Campaigners gathered outside the courthouse and cheered when the decision was "
            "announced.",
            "The developer declined to comment on the ruling.",
        ),
    },
}

QUOTES = (
    "“We are doing everything we can to help the people affected,” said {name}, {role}.",
    "“This is not the end of the matter, and we will keep pressing for answers,” {name}, "
    "{role}, told reporters.",
    "“People here have been asking for this for years,” said {name}, {role}. “They deserve a "
    "clear explanation.”",
    "“The figures speak for themselves,” {name}, {role}, said in a statement.",
    "“Nobody expected it to happen so quickly,” said {name}, {role}.",
    "“We will study the details carefully before we decide on the next steps,” said {name}, "
    "{role}.",
)

GENERIC = (
    "Officials in {city} said they would publish a full report on {noun} within weeks.",
    "The decision comes after months of pressure from residents and local businesses.",
    "Critics say the authorities were slow to act despite repeated warnings.",
    "{org} said it was monitoring the situation closely and would update the public regularly.",
    "Similar concerns have been raised in other towns across {region} in recent years.",
    "The regional government has promised additional funding, but has not said how much.",
    "Local radio stations broadcast updates throughout the day as the situation developed.",
    "Community groups said they had been overwhelmed by offers of help from neighbours.",
    "Opposition politicians called for an independent review of how {noun} had been handled.",
    "It was not immediately clear how many people would be affected in the longer term.",
    "A public meeting has been scheduled at the town hall in {city} next {weekday}.",
    "The issue is expected to feature prominently in next year's regional elections.",
    "Experts said the events in {city} reflected wider problems facing smaller towns.",
    "A survey published last month found that most residents were worried about the future.",
    "The mayor's office said it had received hundreds of letters and emails on the subject.",
    "Some residents said they had learned of {noun} only through social media.",
    "Economists said the effects on local employment were difficult to predict.",
    "The story has drawn attention well beyond {region}, with national newspapers covering it.",
    "Officials declined to say when a final decision would be made.",
    "Volunteers worked late into the evening to keep people informed.",
    "According to {org}, the number of complaints had doubled since the start of the year.",
    "The minister responsible is due to visit {city} later this month.",
    "Police said the situation in the town centre remained calm.",
    "Several councillors said privately that they had expected a different outcome.",
    "The authorities have set up a telephone line for people seeking information.",
    "Questions remain about who will pay for the work in the long run.",
    "Residents interviewed on the high street gave mixed reactions.",
    "A spokesperson for the regional government said more details would follow.",
)

# A sentence unique to each article (used as its text sample): numbers make it unique.
SAMPLES = (
    "By {weekday} evening, {org} had recorded {big} requests for assistance from households "
    "in {city} and the surrounding villages.",
    "Figures seen by this newspaper show that {big} people in {region} were affected, {pct} "
    "percent more than officials had estimated.",
    "The latest estimate from {org} puts the total cost at {big} thousand, of which the "
    "council in {city} is expected to cover about {pct} percent.",
    "A count carried out on {weekday} found {big} homes and businesses in {city} directly "
    "affected by {noun}.",
)

CAPTIONS = (
    "{headline_short}. File photo: AFP",
    "A view of the town centre in {city}. File photo: Reuters",
    "Residents gather near the town hall in {city}. File photo: AFP",
)
