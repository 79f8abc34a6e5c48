"""US jurisdictions: postal codes, names, and the ways parents write them.

Kept as plain data so the validator (is this a known code?) and the question
reader (which state does "Flordia" or "Brooklyn" mean?) share one list.
"""

from __future__ import annotations

NAMES: dict[str, str] = {
    "AL": "Alabama", "AK": "Alaska", "AZ": "Arizona", "AR": "Arkansas",
    "CA": "California", "CO": "Colorado", "CT": "Connecticut", "DE": "Delaware",
    "DC": "District of Columbia", "FL": "Florida", "GA": "Georgia", "HI": "Hawaii",
    "ID": "Idaho", "IL": "Illinois", "IN": "Indiana", "IA": "Iowa", "KS": "Kansas",
    "KY": "Kentucky", "LA": "Louisiana", "ME": "Maine", "MD": "Maryland",
    "MA": "Massachusetts", "MI": "Michigan", "MN": "Minnesota", "MS": "Mississippi",
    "MO": "Missouri", "MT": "Montana", "NE": "Nebraska", "NV": "Nevada",
    "NH": "New Hampshire", "NJ": "New Jersey", "NM": "New Mexico", "NY": "New York",
    "NC": "North Carolina", "ND": "North Dakota", "OH": "Ohio", "OK": "Oklahoma",
    "OR": "Oregon", "PA": "Pennsylvania", "RI": "Rhode Island", "SC": "South Carolina",
    "SD": "South Dakota", "TN": "Tennessee", "TX": "Texas", "UT": "Utah",
    "VT": "Vermont", "VA": "Virginia", "WA": "Washington", "WV": "West Virginia",
    "WI": "Wisconsin", "WY": "Wyoming",
    # Territories: welcome in the knowledge base when they can be sourced.
    "PR": "Puerto Rico", "GU": "Guam", "VI": "U.S. Virgin Islands",
    "AS": "American Samoa", "MP": "Northern Mariana Islands",
}

#: The 50 states and DC: the jurisdictions the knowledge base must cover.
REQUIRED: frozenset[str] = frozenset(NAMES) - {"PR", "GU", "VI", "AS", "MP"}

#: Other ways of writing a jurisdiction's name (already lower case).
ALTERNATE_NAMES: dict[str, str] = {
    "washington dc": "DC", "washington d c": "DC", "d c": "DC", "dc": "DC",
    # "in the district" is DC ("charged in the district"); "the district" alone is as often a school district
    "in the district": "DC", "washington state": "WA", "mass": "MA",
    "jersey": "NJ", "cali": "CA", "calif": "CA", "penn": "PA", "penna": "PA",
    "carolina del norte": "NC", "nueva york": "NY", "nyc": "NY", "new york city": "NY",
    "the big apple": "NY", "us virgin islands": "VI", "virgin islands": "VI",
    # the old postal and newspaper abbreviations ("Fla.", "Nev.", "Wash. state") that are not also words
    "ariz": "AZ", "colo": "CO", "conn": "CT", "fla": "FL", "mich": "MI", "minn": "MN", "neb": "NE", "nebr": "NE",
    "nev": "NV", "okla": "OK", "tenn": "TN", "tex": "TX", "wis": "WI", "wisc": "WI", "wyo": "WY", "kans": "KS",
    "wash state": "WA", "wa state": "WA", "nys": "NY",
    # codes written with dots ("N.M.", "S.C."), folded to two letters
    "n c": "NC", "s c": "SC", "n y": "NY", "n j": "NJ", "n m": "NM", "n h": "NH", "n d": "ND", "s d": "SD",
    "w v": "WV", "w va": "WV", "r i": "RI", "p r": "PR",
}

#: Old abbreviations that are also words ("wash", "ind", "del"): a state only with a place word before and the dot
#: after ("in wash.").
DOTTED_WORD_ABBREVIATIONS: dict[str, str] = {"wash": "WA", "ind": "IN", "del": "DE", "ore": "OR", "ala": "AL", "ark": "AR",
                                             "md": "MD"}

#: Ambiguous codes that are a state even in lower case right after "in" or "from" ("arrested in pa").
CODES_AFTER_IN: frozenset[str] = frozenset({"PA", "MD"})

#: Spellings seen in parents' questions that fuzzy matching would not catch safely.
MISSPELLINGS: dict[str, str] = {
    "flordia": "FL", "florda": "FL", "floirda": "FL", "flroida": "FL", "florid": "FL",
    "texes": "TX", "texs": "TX", "califronia": "CA", "califorina": "CA",
    # voice typing: names heard as other words
    "road island": "RI", "knew york": "NY", "mary land": "MD", "tennis see": "TN",
    "pensylvania": "PA", "pennsylvannia": "PA", "pennslyvania": "PA",
    "massachusets": "MA", "massachussetts": "MA", "masachusetts": "MA",
    "conneticut": "CT", "connecticutt": "CT", "tennesee": "TN",
    "tenessee": "TN", "missisippi": "MS", "mississipi": "MS", "missippi": "MS",
    "louisianna": "LA", "lousiana": "LA", "illinios": "IL", "illnois": "IL",
    "ilinois": "IL", "georiga": "GA", "goergia": "GA", "arizonia": "AZ",
    "minnisota": "MN", "minnesotta": "MN", "wisconson": "WI", "michagan": "MI",
    "ohoi": "OH", "virgina": "VA", "west virgina": "WV", "oklahome": "OK",
    "colorodo": "CO", "kentuky": "KY", "kentuckey": "KY", "alabamma": "AL",
    "missourri": "MO", "arkansaw": "AR", "hawai": "HI", "hawaï": "HI",
    "new jersy": "NJ", "new yourk": "NY", "north carolia": "NC", "nevade": "NV",
    "miane": "ME", "nort dakota": "ND", "misisipi": "MS", "jeorgia": "GA",
}

#: Major cities whose state is unambiguous (lower case). "Portland" or
#: "Kansas City" are left out on purpose: they name two states.
CITIES: dict[str, str] = {
    "orlando": "FL", "miami": "FL", "tampa": "FL", "jacksonville": "FL",
    "tallahassee": "FL", "fort lauderdale": "FL", "st petersburg": "FL",
    "key west": "FL", "gainesville": "FL", "pensacola": "FL",
    "chicago": "IL", "houston": "TX", "dallas": "TX", "austin": "TX",
    "san antonio": "TX", "fort worth": "TX", "el paso": "TX",
    "brooklyn": "NY", "bronx": "NY", "the bronx": "NY", "queens": "NY",
    "manhattan": "NY", "staten island": "NY", "buffalo": "NY", "rochester ny": "NY",
    "los angeles": "CA", "san francisco": "CA", "san diego": "CA", "san jose": "CA",
    "oakland": "CA", "sacramento": "CA", "fresno": "CA", "long beach": "CA",
    "phoenix": "AZ", "tucson": "AZ", "philadelphia": "PA", "philly": "PA",
    "pittsburgh": "PA", "atlanta": "GA", "savannah": "GA", "detroit": "MI",
    "grand rapids": "MI", "seattle": "WA", "spokane": "WA", "tacoma": "WA",
    "boston": "MA", "worcester": "MA", "baltimore": "MD", "denver": "CO",
    "aurora colorado": "CO", "colorado springs": "CO", "las vegas": "NV", "vegas": "NV", "reno": "NV",
    "nashville": "TN", "memphis": "TN", "knoxville": "TN", "new orleans": "LA",
    "baton rouge": "LA", "charlotte": "NC", "raleigh": "NC", "durham": "NC",
    "greensboro": "NC", "cleveland": "OH", "cincinnati": "OH",
    "columbus ohio": "OH", "toledo": "OH", "milwaukee": "WI", "madison wisconsin": "WI",
    "minneapolis": "MN", "st paul": "MN", "saint paul": "MN", "st louis": "MO",
    "saint louis": "MO", "salt lake city": "UT", "salt lake": "UT", "albuquerque": "NM", "santa fe": "NM",
    "oklahoma city": "OK", "tulsa": "OK", "louisville": "KY", "lexington kentucky": "KY",
    "indianapolis": "IN", "fort wayne": "IN", "birmingham alabama": "AL",
    "montgomery alabama": "AL", "huntsville": "AL", "mobile alabama": "AL",
    "honolulu": "HI", "oahu": "HI", "maui": "HI", "kauai": "HI",
    "anchorage": "AK", "boise": "ID", "omaha": "NE", "lincoln nebraska": "NE",
    "des moines": "IA", "virginia beach": "VA", "norfolk": "VA", "providence": "RI",
    "hartford": "CT", "new haven": "CT", "bridgeport": "CT", "newark": "NJ",
    "jersey city": "NJ", "trenton": "NJ", "wichita": "KS", "little rock": "AR",
    "jackson mississippi": "MS", "charleston south carolina": "SC", "columbia sc": "SC",
    "sioux falls": "SD", "fargo": "ND", "billings": "MT", "cheyenne": "WY",
    "burlington vermont": "VT", "manchester nh": "NH", "san juan": "PR",
    # the dictionaries list these names too (a people, a person), so the generated list leaves them out; a capital
    # too small for it (Montpelier)
    "biloxi": "MS", "bismarck": "ND", "montpelier": "VT", "laramie": "WY", "boca raton": "FL", "eau claire": "WI",
    "beverly hills": "CA", "ithaca": "NY", "tampa bay": "FL",
    # counties of millions whose namesakes elsewhere are small: the generated list leaves shared names out
    "cook county": "IL", "harris county": "TX", "king county": "WA", "dallas county": "TX", "fulton county": "GA",
    "mecklenburg county": "NC", "wayne county": "MI",
    # military bases and reservations in one state each, which families name instead of a town
    "camp lejeune": "NC", "fort bragg": "NC", "fort liberty": "NC", "fort drum": "NY", "fort stewart": "GA",
    "fort benning": "GA", "fort moore": "GA", "fort gordon": "GA", "fort eisenhower": "GA", "fort hood": "TX",
    "fort cavazos": "TX", "fort bliss": "TX", "fort carson": "CO", "fort riley": "KS", "fort sill": "OK",
    "fort leonard wood": "MO", "fort polk": "LA", "fort johnson": "LA", "fort knox": "KY", "fort jackson": "SC",
    "fort huachuca": "AZ", "fort irwin": "CA", "camp pendleton": "CA", "fort wainwright": "AK", "schofield barracks": "HI",
    "joint base lewis mcchord": "WA", "jblm": "WA", "minot afb": "ND", "minot air force base": "ND", "pine ridge": "SD",
    "fort meade": "MD",  # the Army post; the Florida town of the name has some 6,000 people
    "flagstaff": "AZ", "rapid city": "SD",
    # suburbs the generated list leaves out (English words, or under 15,000 people as GeoNames counts them)
    "lees summit": "MO", "katy": "TX", "hoover": "AL", "cherry hill": "NJ", "summerlin": "NV", "brattleboro": "VT",
    "pawtucket": "RI", "casper": "WY",
    # regions one state's people name instead of a town
    "northeast kingdom": "VT",
    # what people call them: one state each
    "socal": "CA", "norcal": "CA", "bay area": "CA", "san fran": "CA", "inland empire": "CA", "dfw": "TX",
    "okc": "OK", "slc": "UT", "nola": "LA", "twin cities": "MN", "long island": "NY", "chi town": "IL",
    "chiraq": "IL", "st pete": "FL", "cincy": "OH", "indy": "IN", "atl": "GA", "jax": "FL",
    "nashua": "NH", "myrtle beach": "SC", "macon": "GA", "kansas city missouri": "MO", "kansas city mo": "MO",
    "kansas city kansas": "KS", "kansas city ks": "KS",
    # regions known by their own name, in one state each
    "cape cod": "MA", "marthas vineyard": "MA", "nantucket": "MA", "outer banks": "NC", "upper peninsula": "MI",
    "florida keys": "FL", "poconos": "PA", "the hamptons": "NY", "anacostia": "DC", "mat su": "AK",
    "big island": "HI", "lowcountry": "SC", "lehigh valley": "PA", "rio grande valley": "TX",
    "rgv": "TX", "iron range": "MN", "acadiana": "LA", "hampton roads": "VA", "northern virginia": "VA",
    "east bay": "CA", "south jersey": "NJ", "north jersey": "NJ", "berkshires": "MA", "black hills": "SD",
    "adirondacks": "NY", "catskills": "NY", "finger lakes": "NY", "front range": "CO", "western slope": "CO",
    "permian basin": "TX", "treasure valley": "ID", "magic valley": "ID", "wasatch front": "UT",
    "kenai peninsula": "AK", "southern california": "CA", "ypsi": "MI", "pg county": "MD", "moab": "UT",
    "hilton head": "SC", "state college": "PA",
    "congress heights": "DC",
    # bases and reservations known by their own name
    "jber": "AK", "dover afb": "DE", "dover air force base": "DE", "wind river": "WY",
    "fort rucker": "AL", "fort novosel": "AL", "offutt": "NE", "quantico": "VA", "tohono oodham": "AZ",
    "red lake reservation": "MN", "red lake nation": "MN", "blackfeet": "MT", "zuni pueblo": "NM",
    # neighbourhoods and valleys known by their own name; a name the folded text writes apart ("coeur d'alene")
    "bed stuy": "NY", "pilsen": "IL", "roanoke valley": "VA", "coeur d alene": "ID",
    "malmstrom": "MT", "malmstrom afb": "MT", "yk delta": "AK", "yukon kuskokwim": "AK",
    # resort and college towns too small for the generated lists, or also words; school districts by their own name
    "rehoboth beach": "DE", "spearfish": "SD", "champaign urbana": "IL", "upper darby": "PA", "chincoteague": "VA",
    "cy fair": "TX", "cypress fairbanks": "TX", "appoquinimink": "DE",
    # what locals call their part of a state
    "southie": "MA", "burque": "NM", "delco": "PA", "downeast": "ME", "down east maine": "ME",
    "eastern panhandle": "WV", "in the up": "MI", "yooper": "MI", "yoopers": "MI", "nwa": "AR", "manchvegas": "NH",
    "lejeune": "NC", "jacksonville nc": "NC",
    # city police departments and school districts known by their initials, each in one city
    "nopd": "LA", "nypd": "NY", "lapd": "CA", "lausd": "CA", "dcps": "DC", "jcps": "KY", "hisd": "TX",
}

#: Two-letter codes that are also English words (or common abbreviations):
#: they count only when written in capitals right after "in", "from" or a comma.
AMBIGUOUS_CODES: frozenset[str] = frozenset(
    {"IN", "OR", "ME", "OK", "HI", "ID", "OH", "AL", "LA", "PA", "MA", "MD", "CO",
     "DE", "MO", "MS", "NE", "AS", "GU", "MP", "VI"}
)

#: Codes that are safe to read even in lower case ("we live in fl").
LOWERCASE_CODES: frozenset[str] = frozenset(
    {"FL", "TX", "NY", "NJ", "NC", "NH", "NM", "NV", "WV", "WI", "WY", "UT", "VT",
     "TN", "KY", "KS", "IA", "AZ", "AK", "CT", "DC", "RI", "MT", "MN", "VA", "CA",
     "SD", "IL", "GA", "SC", "ND", "WA"}
)


def name_of(code: str) -> str:
    """The jurisdiction's name, or the code itself when unknown."""
    return NAMES.get(code, code)
