"""Read what a question says outright: the state, the child's age, and what it is about.

Slots are read with exact rules (word lists, patterns), never fuzzily for codes
and numbers: "IN" is a word before it is Indiana, and "6" is never "8".
"""

from __future__ import annotations

import re
from collections import Counter
from collections.abc import Callable, Iterable
from dataclasses import dataclass, field
from functools import lru_cache

from rapidfuzz import fuzz, process
from rapidfuzz.distance import OSA

from bot.engine import prefilter
from bot.engine.prefilter import Prefiltered
from bot.knowledge import jurisdictions as J
from bot.knowledge.cities import COUNTIES, COUNTY_NAMES, EVERY_PLACE, MORE_CITIES, SHARED_CITIES, SMALL_TOWNS
from bot.textnorm import fold

NUMBER_WORDS = {
    "zero": 0, "one": 1, "two": 2, "three": 3, "four": 4, "five": 5, "six": 6, "seven": 7,
    "eight": 8, "nine": 9, "ten": 10, "eleven": 11, "twelve": 12, "thirteen": 13,
    "fourteen": 14, "fifteen": 15, "sixteen": 16, "seventeen": 17, "eighteen": 18,
    "nineteen": 19, "twenty": 20, "twentyone": 21,
}
_NUMBER_WORD = prefilter.compile(r"\b(" + "|".join(sorted(NUMBER_WORDS, key=len, reverse=True)) + r")\b")
_GLUED = prefilter.compile(r"\b(\d{1,2})(yo|yrs?|years?|y)\b")

_AGE_PATTERNS = [
    # not a span of time ("his second dui in 5 years", "we've lived here for 6 years", "we move every 2-3 years"),
    # unless an age is said outright ("curfew for 14 year olds")
    prefilter.compile(r"(?:(?<!\bin )(?<!\bfor )(?<!\bwithin )(?<!\bover )(?<!\blast )(?<!\bpast )(?<!\bevery )"
                      r"(?<!\beach )(?<!\d )(?<!\d to )|"
                      r"(?=\d{1,2} (?:(?:years?|yrs?) olds?|yo|y o)\b))"
                      r"\b(\d{1,2}) (?:years?|yrs?|yo|y o)(?: olds?)?\b(?! (?:ago|later|earlier|back|since|from now))"),
    prefilter.compile(r"\b(?:age|aged|ages|agе) (\d{1,2})\b"),
    prefilter.compile(r"\bif (?:he|she|they|he s|she s|my \w+) (?:was|were|is) (\d{1,2})\b"),  # "what if she was 14 instead"
    prefilter.compile(r"\b(\d{1,2}) anos\b"),  # Spanish: "un nene de 13 años"
    prefilter.compile(r"\b(?:is|turned|turns|turning|only|just|hes|shes|he s|she s) (\d{1,2})\b"
                      r"(?! (?:am|pm|percent|dollars?|minutes?|hours?|days?|weeks?|months?|times?))"),
    prefilter.compile(r"\b(?:kid|child|(?:grand|step)?son|(?:grand|step)?daughter|boy|girl|brother|sister|nephew|niece|cousin) "
                      r"(\d{1,2})\b"
                      r"(?! (?:am|pm|percent))"),
    # a teenager asking about themselves: "im 13", "i am fifteen"
    prefilter.compile(r"\b(?:i m|im|i am) (?:only |just )?([1-9]|1[0-7])\b"
                      r"(?! (?:am|pm|percent|dollars?|minutes?|hours?|days?|weeks?|months?|times?))"),
]

#: Words that say the question is about arrest, police or the juvenile legal system.
ARREST_WORDS = prefilter.compile(
    r"\b(arrest\w*|police|polices|policia|pd|cops?|officers?|sheriffs?|deput(?:y|ies)|sro|handcuff\w*|cuff(?:ed|s)?|zip ?ties?|"
    r"zip ?tied|charg(?:e|ed|es|ing|eable)|prosecut\w*|jail\w*|juvie|juvy|juvenile|detention|detained|detain|locked up|"
    r"lock(?:ing)? (?:\w+ ){0,2}up|booked|book(?:ing)? (?:a|an|him|her|them|my|kids?|children)|"
    r"(?:catch(?:es|ing)?|caught) a (?:case|charge)|crim(?:e|es|inal|inally)|delinquen\w*|custody|interrogat\w*|"
    r"questioned|miranda|culpab\w*|restrain\w*|infancy|gault)\b"
)
#: Words of the juvenile legal system that other legal questions use too ("small claims court", "my rights as
#: a tenant"): they show arrest intent only when nothing marks the question as about something else.
WEAK_ARREST_WORDS = prefilter.compile(
    r"\b(responsibility|court|lawyer|attorney|defender|expunge\w*|seal(?:ed|ing)?|record|rights?|murder\w*|"
    r"assault\w*|battery|theft|steal\w*|stole|shoplift\w*|vandal\w*|felon\w*|misdemeanou?rs?|offen[cs]es?|cite[ds]?)\b"
)

#: School discipline: "after school detention", "got suspended". A school's own punishment, not the police.
SCHOOL_DETENTION = prefilter.compile(
    r"\b(?:(?:after school|saturday|lunch|in school|school|morning|friday) detentions?|detentions|"
    r"(?:got|get|gets|getting|give|gave|gives|giving|serve|serving|served|assigned|had) (?:\w+ ){0,2}detention)\b"
    r"(?! (?:hearing|center|centre|facility|home))"  # a juvenile court's: "when does he get a detention hearing"
)

SCAM_SUBJECT = "a scam"
SCHOOL_VISIT_SUBJECT = "what a school teaches or holds (classes, assemblies, field trips)"

#: Questions about something else that merely mention a state and an age.
NEAR_MISSES: tuple[tuple[str, Prefiltered], ...] = (
    ("school discipline", prefilter.compile(SCHOOL_DETENTION.pattern + r"|\b(?:suspen(?:d|ds|ded|ding|sion|sions)|"
                                            r"expel+(?:ed|s|ing)?|"
                                            r"expulsion|write ?ups?|dress code|(?:the )?principal office|iss|oss|"
                                            r"in school suspension|discipline (?:records?|history|file))\b")),
    # the parent driving in a story is not a question about driving: "i was driving around looking for him"
    # "the driver was so mad": someone else at the wheel, in a story about the child (typo fixes may make it "drive")
    ("driving", prefilter.compile(r"\b((?:driving|(?<!the )(?<!that )(?<!other )driv(?:e|es|er|ers))"
                                  r"(?! (?:around|home|back|over|by|past|him|her|them|us|me|off|away|there|now|up|down|out)\b)|"
                                  r"drivers? licen[cs]e|learner ?s? permit|permit test|"
                                  r"points? (?:\w+ ){0,2}on (?:his|her|my|their|your) licen[cs]e|"
                                  r"(?<!police )(?<!cop )(?<!squad )(?<!patrol )(?<!stolen )(?<!stole a )(?<!steal a )"
                                  # where the asker is, not what is asked: "i'm in my car, what do i do first"
                                  r"(?<!in my )(?<!in the )(?<!in our )(?<!back of the )(?<!wrong )"
                                  # the car a child's act was aimed at: "threw a rock at a car", "broke into a car"
                                  r"(?<!at a )(?<!at the )(?<!hit a )(?<!hit the )(?<!into a )(?<!into the )(?<!keyed a )"
                                  r"car(?! (?:was|got|had been) stolen)|"
                                  r"truck|(?<!stolen )motorcycle|behind the wheel)\b")),
    # (apart, so that the pattern above keeps its prefilter needles)
    ("driving", prefilter.compile(r"\b(passengers?|(?:got|get|gets|getting|was|been) pulled over)\b")),
    ("drinking", prefilter.compile(r"\b(drink(?:ing)?|alcohol|beer|liquor|wine|bar)\b")),
    ("curfew", prefilter.compile(r"\bcurfews?\b")),
    ("guns or hunting", prefilter.compile(r"\b(guns?|firearms?|rifles?|shotguns?|handguns?|hunt|hunting|hunter safety|"
                                          r"(?:carry|buy|own|bring|have) (?:\w+ ){0,2}"
                                          r"(?:pepper spray|mace|tasers?|stun guns?|knife|knives))\b")),
    # a school searching a pupil's things, which the knowledge base does not cover
    ("school searches", prefilter.compile(r"\b(?:search\w* (?:\w+ ){0,4}(?:backpacks?|lockers?|book ?bags?|bags?)|"
                                          r"(?:backpacks?|lockers?) (?:search\w*|checks?))\b")),
    ("school enrolment", prefilter.compile(r"\b(kindergarten|enrol+(?:ment|ed|ing)?|start school|school age|compulsory|"
                                           r"homeschool\w*|pre ?k)\b")),
    # (not "hire a lawyer", "do we have to hire one")
    ("work", prefilter.compile(r"\b(work permit|get a job|jobs?|employ\w*|babysit\w*|"
                               r"hired?(?! (?:(?:a|an|our|my|his|her|your|the|own|private|good|criminal|juvenile|defense) )*"
                               r"(?:lawyers?|attorneys?|counsel|defenders?|one|1)\b)|paid|wages?|"  # "one" is a digit by then
                               r"how much (?:does|do|would) (?:a |an )?(?:\w+ ){1,4}(?:make|earn))\b")),
    ("voting", prefilter.compile(r"\bvot(?:e|ing|er)\b")),
    ("marriage", prefilter.compile(r"\b(marry|married|marriage|wed)\b")),
    ("consent", prefilter.compile(r"\bage of consent\b")),
    ("tobacco", prefilter.compile(r"\b(smok\w*|vap(?:e|ing)|tobacco|cigarettes?|nicotine|cannabis|weed)\b")),
    ("tattoos", prefilter.compile(r"\b(tattoos?|piercings?|pierced)\b")),
    ("a child being on their own", prefilter.compile(r"\b(home alone|stay alone|alone at home|"
                                                     r"leave (?:him|her|them|a child|my \w+) alone)\b")),
    ("car seats", prefilter.compile(r"\b(car seat|booster|front seat)\b")),
    # "foster mom here" says who is asking, not what about
    ("adoption", prefilter.compile(r"\b(adopt\w*|(?:become|becoming|be) (?:a )?foster|"
                                   r"foster (?:licen[cs]\w*|certif\w*|care system))\b")),
    ("emancipation", prefilter.compile(r"\b(emancipat\w*|move out)\b")),
    ("running away", prefilter.compile(r"\b(ran away|run(?:s|ning)? away|runaways?)\b")),
    ("careers", prefilter.compile(r"\b(when (?:he|she|they|i) grows? up|careers?|(?:wants?|want) to (?:be|become) a|"
                                  r"(?:to|can|i) (?:be|become) an? (?:cop|police officer|officer|sheriff|deputy|lawyer|judge|"
                                  r"sro|school resource officer|detective)|salar(?:y|ies)|"
                                  r"join (?:the )?(?:police|military|army|navy|marines|air force)|"
                                  r"enlist\w*|"
                                  r"(?:police )?explorers?|cadets?|junior police|ride ?alongs?)\b")),
    ("school attendance", prefilter.compile(r"\b(truan\w*|absen\w*|attendance|skip(?:s|ping|ped)? school)\b")),
    ("school attendance", prefilter.compile(r"\bmiss(?:es|ed|ing)? (?:\w+ ){0,3}?(?:days|school)\b")),  # "misses too many days"
    ("traffic and safety rules", prefilter.compile(r"\b(helmets?|scooters?|skateboard\w*|"
                                                   r"(?<!steal a )(?<!stole a )(?<!stealing a )"
                                                   r"(?<!stolen )bikes?|bicycles?|e ?bikes?|"
                                                   r"jaywalk\w*|seat ?belts?)\b")),
    ("an age limit for something else", prefilter.compile(
        r"\b(lottery|gambl\w*|casino|lifeguard|(?:play|join|try out for) (?:tackle )?(?:football|soccer|baseball|"
        r"basketball|hockey|sports)|tackle football|r rated|fireworks|(?:fishing|hunting) licen[cs]es?|"
        r"(?:adult|child|kid|kids|student|senior) (?:price|prices|ticket|tickets|fare|fares|menu|discount))\b")),
    ("another legal matter", prefilter.compile(r"\b(small claims|traffic (?:court|ticket)|speeding|parking ticket|evict\w*|"
                                               r"landlord|probate|immigration|green card|bankrupt\w*|"
                                               r"(?:a|my|write|living|make) wills?|estate planning|power of attorney|"
                                               r"name change|lease|tenant|(?:i|we) (?:\w+ ){0,2}(?:be|get) (?:personally )?sued|"
                                               r"(?:city|town|county|local) ordinances?|nonprofit|"
                                               r"start (?:a|an|my) (?:business|llc|company)|"
                                               r"difference between (?:a )?(?:misdemeanou?r|felony|felonies|misdemeanou?rs))\b")),
    # consent to medical care: "can my 16 yr old get birth control without me knowing"
    ("medical care", prefilter.compile(r"\b(birth control|contracepti\w*|vaccin\w*|immuni[sz]\w*|pediatrician|dentist|"
                                       r"doctor|abortion|prescription|medical (?:care|treatment|consent|decisions?)|surgery|"
                                       r"nurse|tylenol|ibuprofen|advil|medication|medicine|therapist|therapy|ambulance|"
                                       r"(?:hospital|medical|er) bills?|donat\w* blood|give blood|blood drive)\b")),
    # bullying between pupils: "my 10 yo daughter is being bullied at school"
    ("bullying", prefilter.compile(r"\b(?:(?:being|gets|got|was|is) bullied|bullied (?:at|by|online|in)|bullies|bullying|"
                                   r"cyber ?bull\w*)\b")),
    # child protective services acting on their own: "cps wants to interview my 6 and 8 year old alone"
    ("child protective services", prefilter.compile(r"\b(cps|dcfs|dcs|dcf|dfcs|dcyf|dcpp|dcp p|child protective services?|"
                                                    r"child welfare|"
                                                    r"neglect\w*|"
                                                    r"report (?:the|their|his|her) parents?)\b")),
    # the age a youth can be tried as an adult is another rule than the youngest age of arrest
    ("trial as an adult", prefilter.compile(r"\b(?:tried|charged|prosecuted|sentenced) as an adult|(?:transferr?ed|waived?|"
                                            r"moved|sent) (?:in)?to adult court\b")),
    # a child as a witness, not a suspect: "how young can a kid be to testify as a witness"
    ("a child as a witness", prefilter.compile(r"\b(?:testify\w* as a witness|be a witness|witness (?:in|at) (?:court|a trial)|"
                                               r"(?:saw|seen|witnessed) (?:a|the) (?:shooting|crime|robbery|stabbing|fight)|"
                                               r"(?:him|her|them|child|kid|son|daughter) to testify|"
                                               r"(?:can|could|does|do|will|would|must) (?:she|he|they|my \w+) "
                                               r"(?:have to )?testify|"
                                               r"testify (?:by|over|on) (?:video|camera|zoom|closed circuit)|"
                                               # "the DA's office says she might have to testify at his trial"
                                               r"(?:might|may|has|have|had|going|asked|subpoenaed) (?:have )?to testify|"
                                               r"testify\w* (?:at|in) (?:his|her|their|the|a) (?:\w+ )?(?:trial|hearing)|"
                                               r"on the (?:witness )?stand)\b")),
    # school staff holding a pupil down, not the police: "can a teachers aide physically hold my 7 year old down"
    ("a school's own restraint", prefilter.compile(r"\b(?:teachers? aides?|aides?|paras?|paraprofessionals?|teachers?|staff) "
                                                   r"(?:\w+ ){0,2}(?:hold|holds|held|holding|pin(?:s|ned|ning)?) "
                                                   r"(?:\w+ ){0,6}down\b")),
    # a school's own seclusion of a pupil, without the police: "they keep putting my 7yo in a seclusion room"
    ("school seclusion", prefilter.compile(r"\b(seclu\w*|quiet room|calm(?:ing)? room|time ?out room)\b")),
    # a phone as a thing to have or use, not "a phone line to call a public defender"
    ("social media", prefilter.compile(r"\b(social media|tiktok|instagram|facebook|snapchat|(?:take|took|taking|check|checks|"
                                       r"checked|search\w*|look(?:ing)? through|go(?:ing)? through|have|get|own|use|keep) "
                                       r"(?:\w+ ){0,2}"
                                       r"(?:cell ?)?phones?|phone (?:use|time|rules))\b")),
    # children playing outside, which a neighbour called the police about: "is playing in the street against any law"
    ("children playing outside", prefilter.compile(r"\bplay(?:s|ing|ed)? (?:\w+ ){0,3}?(?:in|on) (?:the|our|a|their|my) "
                                                   r"(?:street|road|cul de sac|culdesac|sidewalk)\b")),
    # a visit for school: "my 10 yr old wants to tour the county jail for a civics project"
    (SCHOOL_VISIT_SUBJECT, prefilter.compile(r"\b(?:tour|tours|touring|field trip|civics project) (?:\w+ ){0,4}?(?:jail|jails|"
                                             r"prison|police station|courthouse)\b")),
    # taxes and benefits: "can i claim them on my taxes this year"
    ("taxes or benefits", prefilter.compile(r"\b(taxes|tax return|tax credit|claim (?:\w+ ){0,2}(?:as )?dependents?|"
                                            r"(?:ssi|snap|medicaid|tanf) benefits)\b")),
    # a scam using the police's name: "a text saying she'll be 'arrested' unless she pays $500 in gift cards"
    (SCAM_SUBJECT, prefilter.compile(r"\b(scam|scams|scammed|scammer|scammers|phishing|gift cards?)\b")),
    # last: "go to the doctor alone", "ride his bike to school alone" are named by what they are about
    ("a child being on their own", prefilter.compile(
        # "at what age can a kid go to the park alone", "walk to school by himself"
        r"\b((?:go|goes|going|walk|walks|walking|ride|rides|riding|bike|biking|play|plays|playing) "
        r"(?:\w+ ){0,4}(?:alone|by (?:him|her|them)sel(?:f|ves))|"
        r"(?:at|to) the (?:park|playground|store|mall|pool) (?:alone|by (?:him|her|them)sel(?:f|ves)))\b")),
)

#: Family-law custody is never an arrest question, whatever else the message says.
FAMILY_CUSTODY = prefilter.compile(
    r"\b(?:(?:joint|full|sole|primary|shared|physical|legal|child) custody|custody (?:battle|fight|war|agreement|arrangement|"
    r"order|case|hearing|schedule|dispute|rights|exchange|of (?:my|our|the|his|her))|visitation|child support|"
    r"divorce\w*|co ?parent\w*|ex husband|ex wife|my ex|guardianship|grandparents? rights|"
    r"shared? custody|custody (?:question|issue|matter|situation|papers?|stuff)|"
    # "refuse to go on court-ordered visits with the other parent"
    r"court ordered visits?|visits? with (?:the other|his other|her other|their other|his|her|their) (?:parent|dad|mom|"
    r"father|mother)|"
    r"(?:pick|choose|decide) (?:which |what |the |a |their |his |her )?parent|"
    # a parent taking the children away: "can my kids' father take them out of state without my permission"
    r"take (?:them|him|her|the kids|our kids|my kids) out of (?:state|the state|the country)|"
    r"which parent (?:to live|they live|"
    r"she lives|he lives))\b"
)

CUSTODY_ASKED = prefilter.compile(r"\b(?:(?:get|getting|win|file for|ask for) (?:full |sole |joint |primary |emergency |"
                                  r"temporary |legal |physical |permanent )?"
                                  r"(?:custody|guardianship)|without (?:a |any )?custody (?:papers?|order)|"
                                  # "…hold my job against me in custody"
                                  r"(?:against|for) (?:me|him|her|us) in (?:a |the )?custody)\b")

#: What an arrest leads to outside the courts, which the knowledge base does not cover: "will we lose our snap
#: benefits", "section 8", "can cps take my other kids", "kick him off the team", "lose his learners permit",
#: "my boss says he'll fire me".
AFTERMATH = prefilter.compile(
    r"\b(?:snap|food stamps|wic|welfare|section 8|housing (?:voucher|authority|assistance)|public housing|"
    # (the family's, not the officers': "did anyone lose their job")
    r"(?<!anyone )(?<!anybody )(?<!officer )(?<!officers )(?<!cop )(?<!cops )(?<!deputy )(?<!principal )"
    r"(?:lose|losing|lost|affect\w*|take away|revoke\w*|suspend\w*) (?:\w+ ){0,3}(?:permit|licen[cs]e|scholarship|"
    r"benefits|voucher|housing|apartment|lease|job|visa)|fire me|fired me|miss (?:\w+ ){0,2}(?:work|shifts?)|"
    r"(?:kick|kicks|kicked|kicking|cut|remove\w*|ban\w*) (?:\w+ ){0,3}(?:off|from) (?:the|his|her|their) (?:\w+ )?team|"
    r"evict\w*|kick (?:him|her|them) out|get (?:\w+ ){0,2}(?:permit|licen[cs]e) (?:\w+ ){0,4}(?:probation|record|arrest\w*)|"
    r"(?:cps|dcfs|child protective services) (?:\w+ ){0,3}(?:take|took|taking|remove\w*) (?:my|our|the) (?:\w+ )?"
    r"(?:kids|children|child|baby)|owe (?:\w+ ){0,4}(?:a day|per day|a night)|for (?:his|her|their) stay)\b"
)

#: Another age the law sets, asked outright ("what's the legal age to buy marijuana in colorado"): whatever arrest the
#: story tells, the question is that age, not the age of arrest.
OTHER_AGE = prefilter.compile(r"\b(?:age|be) (?:limit )?(?:to|for) (?:buy\w*|purchas\w*|smok\w*|vap\w*|drink\w*|driv\w*|"
                              r"work|marry|"
                              r"vote|gambl\w*|babysit\w*|stay home alone|"
                              r"get (?:a )?(?:tattoo|piercing|job|work permit|licen[cs]e))\b|"
                              r"\b(?:legally|allowed to) work\b")

#: Working in, or serving, the juvenile system ("is the detention center hiring", "a jury duty summons for juvenile
#: court"): the arrest words in it are the workplace's.
SYSTEM_SERVICE = prefilter.compile(r"\b(?:jury (?:duty|summons)|serve on (?:a|the) jury|(?:is|are) (?:\w+ ){1,6}hiring|"
                                   r"job (?:openings?|fairs?)|looking for (?:\w+ ){0,3}(?:jobs?|work)|"
                                   r"(?:apply|applying|work|working) (?:for a job )?(?:at|in) (?:a|the) (?:juvenile )?"
                                   r"(?:detention|jail|court)|volunteer(?:ing)? (?:at|with|in) (?:a|the)|"
                                   r"(?:volunteer|mentor|tutor) (?:\w+ ){0,2}(?:kids|youth|teens) (?:at|in) (?:a|the)|"
                                   r"(?:volunteers?|coach|coaches|teachers?) (?:\w+ ){0,5}background checks?|"
                                   r"background checks? (?:\w+ ){0,2}(?:to|for) (?:coach|volunteer|teach|work)|"
                                   r"casa volunteer|be a casa|court appointed special advocate|"
                                   # "does every adult in the friend's house need a background check"
                                   r"(?:need|needs|require|requires|run|do) (?:\w+ ){0,2}background checks?)\b")

#: Money between parents: an arrest over unpaid support is an adult's arrest, never a child's.
FAMILY_MONEY = prefilter.compile(r"\b(child support|alimony|spousal support)\b")

#: Arrest of the child said outright: enough to override a family-law word ("my ex says the cops will take him").
STRONG_ARREST = prefilter.compile(
    r"\b(arrest\w*|handcuff\w*|jail\w*|juvie|juvy|charg(?:ed|es|eable)|press(?:ing)? charges|booked|locked up|prosecut\w*|"
    r"charge (?:him|her|them|my \w+|a child|a kid|kids|children|anybody|anyone|any child|any kid|a minor|minors)|"
    r"call(?:ed|ing)? (?:the )?(?:police|cops) on|(?:police|cops?|officers?) (?:will|would|could|can|might|are going to|"
    r"gonna) (?:come )?(?:and )?(?:take|get|pick up|haul)|take (?:him|her|them) (?:away|in)|"
    # legal action against the child: "can they even do anything to a 7 yr old here"
    r"(?:(?:can|could) (?:they|the police|police|cops|the cops)|(?:they|the police|police|cops|the cops) "
    r"(?:can t|cant|cannot|can not|couldn t|won t|wont)) (?:even |legally |really )?do anything (?:to|about) "
    r"(?:him|her|them|(?:a|an) \d{1,2} ?(?:year|yr|yo)))\b"
)

#: Words that ask about a documented case rather than the law.
CASE_CUE = prefilter.compile(r"\b(what happened|whatever happened|what ever happened|story|video|bodycam|body cam|news|"
                             r"the (?:\w+ ){0,2}case (?:where|with|about|of|in|when)|that case|"
                             r"lawsuit|sued|settle\w*|fired|punished|that girl|that boy|the case|"
                             r"what was (?:the|that) (?:\w+ ){0,3}(?:thing|incident|situation)|"
                             # "the 6 year old girl zip tied…", "the rochester girl", "a boy who punched…", "in 2019":
                             # someone else's child, described as in the news
                             # ("the earliest age a kid can…" asks an age, it describes no child)
                             r"(?:the|that) (?:(?!ages?\b)\w+ ){0,3}(?:girl|boy|kid|child|student|first grader|kindergartner)|"
                             r"(?:girl|boy|kid|child|student|yo|year old|grader|kindergartner) who|(?:19|20)\d\d)\b")

#: A headline, not a question: "key west 8 year old arrested at school", "rochester 9 year old pepper sprayed".
#: A child of an age with what was done to them and no asking word is an event in the news.
HEADLINE = prefilter.compile(r"\b\d{1,2} (?:year old|yr old|yo)(?: (?:boy|girl|kid|child|student))? (?:arrested|handcuffed|"
                             r"cuffed|zip tied|pepper sprayed|maced|booked)\b")
ASKING = prefilter.compile(r"\b(?:can|could|would|will|should|possible|legal|allowed|is it|is that|are they|do|does)\b")

#: The asker's own child ("my son", "our 10 year old"): the story is theirs, not a documented case.
OWN_CHILD = prefilter.compile(r"\b(?:i have|i ve got|we have|i got) (?:a|an) (?:\d{1,2}|kid|child|son|daughter)\b|"
                              r"\b(?:my|our) (?:\d{1,2} (?:year|yr|yo)|kids?|child|children|sons?|daughters?|boys?|girls?|"
                              r"baby|little|youngest|oldest|stepsons?|stepdaughters?|grandsons?|granddaughters?|twins|"
                              r"\d{1,2}yo)\b")

#: Words that name a young child without giving an age.
YOUNG_CHILD = prefilter.compile(
    r"\b(toddlers?|preschoolers?|pre k|kindergart(?:e|)ners?|kindergarten(?:er)?s?|(?:first|second|third|fourth) "
    r"graders?|elementary school(?:er|ers)?|little (?:kids?|ones?|children|child|boy|girl)|young (?:kids?|children|child))\b"
)

#: Grown-ups a parent writes about as "my …" (not siblings: "my brother was arrested" may be about a teenager).
_GROWN_UPS = (r"husband|wife|boyfriend|girlfriend|partner|fiance|fiancee|ex|roommate|coworker|neighbou?r|dad|father|"
              r"mom|mother|baby (?:daddy|dad|mama|mom)|bd|bm|esposo|esposa|marido")

#: An adult's own arrest ("my husband was arrested", "I got charged"): not this bot's subject.
ADULT_SUBJECT = prefilter.compile(
    rf"\b((?:my|mi) (?:{_GROWN_UPS}|uncle|aunt|brother in law|sister in law)|dui|dwi|owi|oui|"
    r"i (?:was|got|am|have been|ve been|m being|m getting) "
    r"(?:arrested|charged|pulled over|detained)|adults?|grown ?ups?|my own|when i was (?:1[89]|[2-9]\d)|"
    # the asker as the one arrested: "they arrested me", "read me my rights", "pulled me over"
    r"(?:arrest|charg|cuff|handcuff|detain|book|question|interrogat|search)ed me|read me my rights|pulled me over)\b"
)
#: A named adult, or the asker, as the one arrested: "my husband was arrested", "i got arrested last night".
#: Unlike ADULT_SUBJECT this holds even when the message mentions children ("…and my kids were in the car").
ADULT_ARRESTED = prefilter.compile(
    # "my grandson's father got arrested": a parent or spouse of someone is a grown-up too
    # "i got fired after my arrest showed up on a check"
    r"\b(?:after|since|because of|over) my (?:own |recent |first |old |dui |dwi )?arrest\b|"
    rf"\b(?:my (?:{_GROWN_UPS})|i|(?:my|our) \w+s (?:father|dad|mother|mom|husband|wife))(?: \d{{2}} ?[mf])? "
    r"(?:was|got|am|just got|have been|ve been|m being|m getting|is|"
    r"has been|were) (?:just )?"
    # "…got pulled over in chicago and arrested for dui"
    r"(?:(?:\w+ ){1,5}and (?:got |was )?)?"
    r"(?:arrested|charged|booked|locked up|jailed)\b|"
    # …said with the police as subject ("cops arrested my husband"): "…be arrested? my husband swears…" is two sentences
    rf"\b(?:police|cops?|officers?|deput(?:y|ies)|sheriffs?|they|feds) (?:\w+ )?(?:arrested|arrest|charged|booked|jailed|"
    rf"handcuffed|cuffed|took|taken|hauled|dragged) (?:away )?(?:my|our|the|a) (?:{_GROWN_UPS})\b(?! s\b)"
)

#: The asker a grown-up by their own age ("how long does a felony stay on your record in kansas, im 34"), unless what
#: they ask about is from when they were a minor ("im 19 now and got in trouble with the cops at 15").
ASKER_GROWN = prefilter.compile(r"\b(?:i m|im|i am) (?:1[89]|[2-9]\d)\b"
                                r"(?! (?:minutes?|mins?|hours?|days?|weeks?|months?|miles?|percent|dollars?)\b)")
MINOR_PAST = prefilter.compile(r"\b(?:juvenile|juvie|when (?:he|she|they|i|my \w+) (?:was|were) (?:1[0-7]|[1-9])|"
                               r"at (?:age )?(?:1[0-7]|[1-9]))\b")

#: A grown-up in jail, "my husband is in the county jail awaiting trial" (apart from ADULT_ARRESTED, so that each keeps
#: its prefilter needles).
ADULT_JAILED = prefilter.compile(rf"\bmy (?:{_GROWN_UPS}) (?:is|was|s|has been) (?:still |currently |now |being held )?"
                                 r"(?:in|at) (?:\w+ ){0,2}?(?:jail|prison|lockup)\b")  # "in the county jail"
#: The asker's own past as a grown-up: "a dui arrest from when i was 19", "an adult record", "a ticket in texas at 24".
ADULT_PAST = prefilter.compile(r"\b(?:arrest\w*|charged?|dui|dwi|conviction|record) (?:\w+ ){0,3}when i was "
                               r"(?:1[89]|[2-9]\d)\b|\badult (?:criminal )?records?\b|"
                               r"\bmy own (?:arrest|criminal|police) records?\b|"
                               r"\bi (?:got|had|received) (?:a|an) (?:\w+ ){0,3}(?:ticket|citation|charge|arrest|dui|dwi|owi) "
                               r"(?:\w+ ){0,4}at (?:age )?(?:1[89]|[2-9]\d)\b")

#: A grown relative by their age, "my sister (24)", "my oldest (18)": grown even when a younger child's age is read too.
GROWN_RELATIVE = prefilter.compile(rf"\b(?:son|daughter|brother|sister|cousin|nephew|niece|friend|uncle|aunt|oldest|eldest|"
                                   rf"{_GROWN_UPS}) (?:1[89]|[2-9]\d)\b")
#: A grown child arrested ("my 22 yr old son got arrested for dui"): an adult's arrest, unless the question is
#: about what they did as a minor or their juvenile record.
ADULT_AGE = prefilter.compile(r"\b(?:1[89]|[2-9]\d) (?:years?|yrs?|yo)(?: olds?)?\b|\b(?:1[89]|[2-9]\d) ?[mf]\b|"
                              r"\b(?:adult|grown|grown up) (?:son|sons|daughter|daughters|child|children|kids?|stepson)\b|"
                              + GROWN_RELATIVE.pattern + "|"
                              r"\b(?:arrested|charged|caught|busted) (?:\w+ ){0,3}at (?:age )?(?:1[89]|[2-9]\d)\b"
                              r"(?! ?(?:mph|am|pm))|"
                              r"\b(?:he s|hes|she s|shes|he is|she is|they re|is|was|turned|im|i m|i am) (?:1[89]|[2-9]\d)\b"
                              # not "the nearest town is 40 min away"
                              r"(?! (?:minutes?|mins?|hours?|hrs?|days?|weeks?|months?|miles?|mi|dollars?|bucks|percent|pounds?|"
                              r"lbs|inches|feet|ft|degrees|people|kids|students))")
YOUTH_PAST = prefilter.compile(r"\b(?:records?|seal\w*|expunge\w*|juvenile|juvie|when (?:he|she|they|i|my \w+) (?:was|were) "
                               r"(?:1[0-7]|[1-9])|at (?:age )?(?:1[0-7]|[1-9]))\b")

#: The asker's own warrant: "i have an old warrant in cook county…", "there's a warrant out for me".
ASKER_WARRANT = prefilter.compile(r"\bi (?:have|ve got|got|still have) (?:an? )?(?:(?:old|outstanding|active|open|bench|arrest|"
                                  r"felony|misdemeanor|traffic) )*warrants?\b|\bwarrants? (?:out )?for (?:me|my arrest)\b")

#: A teenager's parent arrested ("im 17 and my dad got arrested this morning"): an adult's arrest though a minor asks.
PARENT_ARRESTED = prefilter.compile(r"\bmy (?:dad|father|mom|mother|stepdad|stepmom|parents) (?:just )?(?:got|was|were|is|are|"
                                   r"has been|have been) (?:just )?(?:arrested|locked up|jailed|taken to jail)\b")

#: The asker is a minor ("im 13", "teen here"): their own arrest is a child's arrest, not an adult's.
SELF_MINOR = prefilter.compile(
    r"\b(?:(?:i m|im|i am) (?:only |just )?(?:[1-9]|1[0-7])\b(?! (?:am|pm|percent|dollars?|minutes?|hours?|days?|"
    r"weeks?|months?|times?))|teen here|(?:i m|im|i am) (?:a |an )?(?:teen|teenager|minor|kid|freshman|sophomore|"
    r"middle schooler|high schooler|\d{1,2} (?:year|yr) old)\b|(?:i m|im|i am) in (?:\d{1,2}(?:st|nd|rd|th)? grade|"
    r"middle school|high school))"
)

#: The parent as the one who could be arrested ("can i be arrested for spanking my 6 year old"): a question
#: about the parent's own liability, whatever child it mentions.
PARENT_SUBJECT = prefilter.compile(
    rf"\b(?:can|could|will|would|might|do|does) (?:i|we|me|my (?:{_GROWN_UPS})) (?:actually |really |even )?(?:be|get|go) "
    r"(?:fined or |ticketed or )?(?:arrested|charged|prosecuted|to jail|locked up)|"
    # "what happens to my kids if i go to prison"
    r"if (?:i|we) (?:go|went|get sent|am sent|end up|have to go) (?:to|in) (?:prison|jail)|"
    r"(?:(?:they|police|cops) (?:can|could|will|would|might)|"
    r"(?:can|could|will|would|might) (?:they|the police|police|the cops|cops)) (?:arrest|charge) (?:me|us)\b|"
    r"(?:arrest|charge|jail|prosecute|fine)d? (?:a |the )?parents?\b|parents? (?:be|get|gets|got|getting) (?:arrested|charged|"
    r"fined|jailed|prosecuted)\b|(?:call|report) (?:the )?(?:police|cops) on (?:the|their|"
    r"his|her|a) parents?\b|(?:arrest|charge|jail|prosecute|lock up) (?:me|us)\b"
    # …not the children's own words: "they can't arrest us till we're 13"
    r"(?! (?:till|until|til|before) (?:we|i) (?:re|are|m|am|turn))|"
    # the police called on the parent: "someone called the cops on me", "threatened to call the police on me"
    r"(?:call|calls|called|calling|threaten\w* to call) (?:the )?(?:cops|police) on me\b|"
    # the parent as the one to be questioned: "police want to question me (the dad) about my ex"
    r"(?:police|cops|detectives?|(?<!probation )officers?|they) (?:want|wants|wanted|are trying|asked|ask) to "
    r"(?:question|interview|"
    r"talk to|speak (?:to|with)) (?:me|us)\b|"
    # "if i go to jail for 30 days who gets my kids"
    rf"if (?:i|we|my (?:{_GROWN_UPS})) (?:go|goes|get|gets|am|is|was|end up) (?:to jail|in jail|arrested|locked up|"
    r"charged|deported)\b"
)

#: Immigration detention and deportation: federal civil matters, not a child's arrest.
IMMIGRATION = prefilter.compile(r"\b(?:by ice|ice (?:agents?|detention|detain\w*|raids?|custody|took|take\w*|pick\w*|arrest\w*|"
                                r"come\w*|came|go|goes|enter\w*|show\w*|question\w*)|deport\w*|"  # "can ice take my son…"
                                r"immigration (?:detention|custody|court|hold)|"
                                # the immigration process itself: "how does special immigrant juvenile status work"
                                r"special immigrant juvenile|sijs?|[ut] visa|asylum (?:case|application|claim|interview)|"
                                r"green card (?:application|interview|process)|apply\w* for (?:a )?green card)\b")

#: The asker's child as the victim: "can i press charges against the dad who shoved my 10 yo".
VICTIM_SIDE = prefilter.compile(
    r"\b(?:(?:can|could|should|do|how do|how can|want to|wanna|going to|gonna|will|plan to) (?:i|we) (?:still )?"
    r"press (?:\w+ )?charges|press charges (?:herself|himself)|"
    r"(?:i|we) (?:want to|wanna|will|am going to|are going to|plan to) press charges|press(?:ing)? "
    r"charges against (?:the|that|this|an?|another|his|her) (?:dad|mom|father|mother|man|woman|adult|parent|teacher|"
    r"coach|guy|lady|neighbou?r|driver)|"
    # the parent calling the police on another grown-up: "should i call the police on the dog's owner"
    r"(?:call|report) (?:\w+ ){0,2}(?:police|cops) on (?:the|that|this|a|an|our|my) (?:\w+ )?(?:owner|neighbou?r|man|woman|"
    r"guy|lady|driver|teacher|coach|adult|landlord|babysitter)|"
    # help for the child as a crime's victim: "can we get victim compensation for her dental bills"
    r"victims? compensation|crime victims? (?:fund|compensation|services|advocate)|victim (?:advocate|services))\b"
)
CHILD_WORDS = prefilter.compile(
    r"\b(kids?|child|children|childs|son|sons|daughters?|boys?|girls?|teen\w*|minors?|juveniles?|toddlers?|"
    r"students?|baby|(?:grand|step|foster )(?:son|daughter|child|kid)s?|youth|little ones?|kiddo|preschooler|"
    r"kindergart\w*|nephew|niece)\b"
)

#: The question asks at what age, or whether a given age is old enough: "how young", "can a 8 year old be…".
#: Whether a child of the age told could be taken to juvenile court: "could my 9yo end up in juvenile court in colorado"
#: (not "does every arrest end up in court", which has no child's age).
COURT_AGE_ASKED = prefilter.compile(r"\b(?:can|could|would|will|might) (?:\w+ ){0,4}(?:end up|be taken|be sent|be referred|"
                                    r"be brought|go) (?:in|to|into|before) (?:juvenile|juvie|family) court\b")

AGE_ASKED = prefilter.compile(
    r"\b(?:what age|which age|how old|how young|youngest|lowest age|minimum age|min age|age limit|age floor|too young|that young|"
    r"so young|edad minima|"
    # whether this child, whose age the story told, can be arrested: "…indiana. can he be arrested"
    r"(?:can|could|will|would) (?:he|she|they|him|her) (?:even |actually |legally |really )?(?:be|get) (?:arrested|charged)|"
    r"(?:can|could|will|would) (?:the )?(?:police|cops|officers?|they) (?:\w+ ){0,2}(?:arrest|charge) (?:him|her)\b|"
    r"old enough|young enough|age of (?:criminal )?responsibility|(?:can|could|will|would) (?:a|an|my|our|your) "
    r"(?:\d{1,2} (?:year|yr|yo)|\d{1,2}yo|(?:little|young) (?:kid|child|boy|girl)|toddler|kindergartner|first grader)|"
    r"at (?:age )?\d{1,2}\b(?! (?:am|pm|percent))|(?:child|kid|kids|someone|children) (?:her|his|their|that) age|"
    # "is a 9 year old too young", "are 8 year olds responsible", but not "my son is 9 years old"
    r"at (?:her|his|their|that) age|is (?:a|an) \d{1,2} (?:year|yr|yo)|are \d{1,2} (?:year|yr|yo)|"
    # "can eleven year olds be charged there"
    r"(?:can|could|will|would) \d{1,2} ?(?:year|yr|yo)s?(?: olds?)? (?:\w+ )?(?:be|get)\b|"
    # …and "if a ten-yr-old can be taken…", "11 year olds could be sent to…"
    r"\b(?:(?:a|an) \d{1,2} ?(?:year|yr|yo)(?: old)?|\d{1,2} ?(?:year|yr|yo)(?: old)?s) (?:can|could|may) (?:\w+ )?(?:be|get)\b|"
    # "does maine let police arrest a six year old": any child of that age, so the age limit is asked
    r"(?:arrest|charge|prosecute|jail|book)(?:ed)? (?:a|an) (?:\d{1,2} (?:year|yr|yo)|\d{1,2}yo))"
)

#: The question asks about other countries or international law, not a US state's ("the whole country" is the US).
WORLD_CUE = prefilter.compile(r"\b(un|u n|united nations|international\w*|world\w*|global\w*|countries|"
                              r"(?:other|another|foreign|different|my|our|home|that|their) country|"
                              r"conventions?|treat(?:y|ies)|human rights|europe\w*|nations|"
                              # where the family lives is not international law: "currently stationed overseas"
                              # (typo correction may make it "station overseas")
                              r"(?<!stationed )(?<!station )(?<!deployed )(?<!living )(?<!live )(?<!lived )(?<!based )(?<!moved )"
                              r"(?<!from )(?:abroad|overseas))\b")

#: The whole country named as the scope ("in the united states is there an age…", "nationwide"): the US overview,
#: not international law, and the age-of-arrest rule the default as a state would make it.
NATIONAL_CUE = prefilter.compile(r"\b(?:the united states|the us of a|usa|u s a|the u s|in the us|america|nationwide|nationally|"
                                 r"across the country|in this country|(?:the )?whole country|every state|all (?:50 )?states|"
                                 r"estados unidos)\b")

#: Attempts to make the bot say something it has no source for.
INJECTION = prefilter.compile(
    r"\b(ignore (?:all |the |your |any )?(?:previous |prior |above )?(?:instructions|rules|prompt)|"
    r"ignore (?:the |my |your |all |any )?(?:previous|prior|above|last|earlier) (?:messages?|texts?|context|conversation|"
    r"questions?|answers?|prompts?)|"
    # a persona: "you are a texas prosecutor", "you re a lawyer now"
    r"(?:you are|you re|ur|u r) (?:now )?(?:a|an) (?:\w+ ){0,2}(?:prosecutor|lawyer|attorney|judge|cop|officer|"
    r"detective|ai|chatbot|bot|assistant)|"
    r"disregard (?:your|the|all)|pretend (?:to be|you are|youre|ur|u r|that|to)|pretend (?:\w+ ){0,3}(?:laws?|rules?|statutes?) |"
    r"write (?:\w+ ){0,3}(?:sentence|post|comment|paragraph|caption|review|insult)s?|you are now|system prompt|jailbreak|"
    # "say that…" told to the bot, not what a court or someone said: "did a court say that was illegal"
    r"repeat after me|(?<!court )(?<!judge )(?<!judges )(?<!law )(?<!did )(?<!does )(?<!do )(?<!they )(?<!people )"
    r"(?<!he )(?<!she )(?<!to )say (?:that|exactly|the words|only)|and nothing else|act as|roleplay|developer mode|"
    r"new instructions?|new policy|from now on|hidden (?:text|prompt|message|instructions?)|reveal (?:your|the)|"
    r"make (?:something|it|one|stuff) up|confirm (?:it|that|this)|no rules|role ?play\w*|in character|"
    r"(?:forget|ignore|bypass|override|skip) (?:the |your |all |any |about )?(?:knowledge ?base|kb|sources?|citations?|"
    r"instructions|rules|guidelines|training|filters?)|make up (?:a|an|some|the|any) (?:number|age|law|statute|"
    r"answer|citation|source|rule)|make up (?:a|an|some|the|any) \w+ (?:law|statute|rule|age)|"
    r"let s play a game|change the ending|start the scene|"
    r"write (?:me |us )?(?:a |an )?(?:funny |short |little )?(?:poem|song|joke|rap|limerick|haiku|essay|tweet|fake|"
    r"story|script|scene|dialogue))\b"
)


#: More of the usual forms of prompt injection (asking for a reply format, a persona, no sources, a fiction).
#: None of them occurs in an answerable dev question.
INJECTION_FORMS = prefilter.compile(
    r"\b(?:respond (?:only )?with|tell me (?:that|it s true)|agree (?:that|with me that)|"
    r"(?:reply|respond|answer) with (?:only |just )?(?:the words?|yes|no)|(?:don t|dont|do not) look (?:anything|it) up|"
    # "just say the texas law makes 12 the minimum", but not what someone could say: "he could just say no"
    r"(?<!could )(?<!can )(?<!should )(?<!would )(?<!to )(?<!he )(?<!she )(?<!they )(?<!i )(?<!we )"
    r"just say (?:yes|no|that|it|the)|"
    r"(?:print|output) (?:the|your|exactly|only)|word for word|so (?:i|we) can screenshot|"
    r"(?:u|you|ya) (?:have to|must|need to|gotta|better) say|sudo|admin (?:mode|override|access)|overrid\w*|"
    r"end of (?:prompt|instructions)|as an ai|do anything now|you (?:must|will) (?:now )?(?:answer|say|respond|tell|reply)|"
    r"simulate (?:a|an|being)|fictional|opposite day|translate (?:this|the following)|"
    r"(?:answer|reply) (?:in|as) (?:a )?(?:pirate|poem|song|rhyme)|(?:only|just) (?:answer|reply|respond) (?:yes|no)|"
    r"your (?:instructions|prompt|programming|training data)|unfiltered|uncensored|"
    r"without (?:any )?(?:citations?|sources|disclaimers?)|(?:skip|drop|leave out|remove) the (?:disclaimer|citations?|sources)|"
    r"act like|note to (?:the )?bot|(?:end|start|begin|finish) (?:ur|your|the|every) (?:reply|replies|answer|"
    r"answers|response|responses|message) with|system (?:notice|message|update|alert|note)|"
    r"knowledge ?base (?:has been |was |is )?updated|acknowledge (?:and|this|it)|repeat it back|"
    r"(?:i am|im|i m) (?:your|the) (?:developer|creator|admin|administrator|owner|programmer|maker)|"
    r"authori[sz]e (?:you|u)|(?:answer|respond|reply|talk|act|behave) as if|your new (?:role|task|job|instructions?|"
    r"rules?)|(?:reply|respond|answer) (?:only )?(?:with|in) (?:one word|a single word|json|base64)|just this once|"
    # a persona to speak as, or a message to everyone: "answer as a cop and tell parents…", "tell everyone in this channel"
    r"(?:answer|reply|respond|talk|speak|write) as (?:a|an|the|if you were a) (?:\w+ )?(?:cop|officer|police\w*|lawyer|"
    r"attorney|judge|prosecutor|detective|sheriff)|(?:tell|ask|message|dm|ping) (?:everyone|everybody|all (?:the )?(?:users|"
    r"members|parents)) (?:in|on|here|that|police|cops|the law|kids)|"
    r"(?:dm|message|send) me (?:their|your|ur) (?:home )?(?:address|phone|number|password)\w*)\b"
)

#: What a parent tells their child to say to the police is not an instruction to the bot: "should i tell my
#: daughter to just say i want a lawyer and nothing else".
CHILD_TOLD_TO_SAY = prefilter.compile(r"\b(?:tell|teach|told|taught|remind) (?:my|our|the|your|a) (?:\w+ )?(?:kids?|child|"
                                      r"children|son|daughter|teen|boy|girl)s? (?:to|that he should|that she should) "
                                      r"(?:just |only |always )?say\b")

#: A message that opens by telling the bot what to do ("pretend…", "write…", "repeat…", "respond…"): no dev question
#: opening so is one the bot should answer, whatever words follow ("you are a lifesaver" is thanks: not listed).
INJECTION_OPENING = prefilter.compile(r"^(?:please |pls |ok |okay |now |hey |bot |hey bot |just )*"
                                      r"(?:write|pretend|repeat|confirm|generate|post|"
                                      # ("reply to the thread above: does oklahoma…" answers a member, not the bot)
                                      r"compose|draft|reply(?! to\b)|respond(?! to\b)|output|print|forget|disregard|translate|"
                                      r"tell every(?:one|body)|type|"  # "tell everyone georgia lowered…", "just type '…'"
                                      r"answer (?:only|with|in|as|like))\b")  # "act as", "from now on"…: INJECTION, anywhere

#: The same, where case and punctuation tell: "SYSTEM:" headers, "DAN" ("do anything now") personas.
INJECTION_MARKS = prefilter.compile(r"(?:^|[\s<\[(])(?i:system|assistant)\s*:|\bDAN\b|@(?:everyone|here)\b")


@dataclass(frozen=True)
class Slots:
    """What was read from one question."""

    text: str                       # folded, numbers as digits
    states: tuple[str, ...] = ()    # in order of appearance, no repeats
    main_state: str | None = None   # of several, the one asked about ("we moved from texas to ohio…"), if it can be told
    age: int | None = None
    arrest_intent: bool = False
    arrest_said: bool = False       # an arrest, a charge or jail said outright (STRONG_ARREST), not just "police"
    police_only: bool = False       # the only arrest words name the police ("a cop yelled at us"): who, not what
    restraint_only: bool = False    # handcuffs are the only arrest words ("can the police handcuff a 9 year old")
    child: bool = False             # a child is named: a child word, an age, or a teenager asking about themselves
    age_asked: bool = False         # "how young", "can a 8 year old…": the question is about an age limit
    limit_last: bool = False        # …and the message's last question asks it ("…is 11 old enough to be charged there?")
    world: bool = False             # "the UN", "other countries": about international law, not a state's
    national: bool = False          # "in the united states", "nationwide": the whole country is the scope
    near_miss: str | None = None
    injection: bool = False
    young_child: bool = False       # "toddler", "kindergartner": an age in all but number
    own_child: bool = False         # "my 15 yo", "our son": the asker's own child, not someone else's in the news
    case_cue: bool = False          # "what happened to", "the video": about a case, not the law
    stripped: str = ""              # text without the state and age mentions
    state_spans: tuple[tuple[int, int], ...] = field(default=(), repr=False)
    city: tuple[str, tuple[str, ...]] | None = None  # no state named, but a city several have ("columbus"): its states
    unknown_place: str | None = None  # no state or city read, but a place named as one ("in Hazard"): asked which state
    near_place: NearPlace | None = None  # …or a misspelled one ("hattiesberg"): offered, or read when sure

    @property
    def state(self) -> str | None:
        return self.main_state or (self.states[0] if self.states else None)

    @property
    def unsure_state(self) -> bool:
        """Several states named, and which one is asked about cannot be told: the user is asked."""
        return len(self.states) > 1 and self.main_state is None


#: Voice typing splits "arrest": "can police a rest a 7 year old", "will they a rested him".
_SPOKEN_ARREST = prefilter.compile(r"\b(can|could|to|be|get|gets|got|police|cops|they|will|would|and) a rest(ed|ing|s)?\b")


#: Money, before folding: "$5,000" and "$5" are not ages ("bail is $5,000" would read "is 5").
_MONEY = re.compile(r"\$\s?(\d[\d,]*(?:\.\d+)?)|\b(\d{1,3}(?:,\d{3})+)\b")


def _without_money(text: str) -> str:
    """`text` with "$5,000" written "5000 dollars" and "4,000" as "4000": folding would split them into small numbers."""
    if "$" not in text and "," not in text:
        return text
    return _MONEY.sub(lambda m: m.group(1).replace(",", "") + " dollars" if m.group(1) else m.group(2).replace(",", ""), text)


def digitize(text: str) -> str:
    """"six-year-old", "6yo", "twenty one" → "6 year old", "6 yo", "21" (input already folded); "a rest" after
    "can police…" → "arrest"."""
    text = text.replace("twenty one", "twentyone")
    if " a rest" in text:
        text = _SPOKEN_ARREST.sub(r"\1 arrest\2", text)
    text = _NUMBER_WORD.sub(lambda m: str(NUMBER_WORDS[m.group(1)]), text)
    return _GLUED.sub(r"\1 \2", text)


def read_age(text: str) -> tuple[int | None, list[tuple[int, int]]]:
    """The first plausible child's age (0-21) and the spans it was read from."""
    best: tuple[int, int, int] | None = None
    spans: list[tuple[int, int]] = []
    for pattern in _AGE_PATTERNS:
        for match in pattern.finditer(text):
            value = int(match.group(1))
            if 0 <= value <= 21:
                # "6 year old" and "age 6" go whole; "is 6" keeps its verb.
                spans.append(match.span(0) if pattern in _AGE_PATTERNS[:2] else match.span(1))
                if best is None or match.start() < best[1]:
                    best = (value, match.start(), match.end())
    return (best[0] if best else None), spans


#: The phrase table's code for a place several states have whose name holds a state's: it names none.
NO_STATE = ""
#: Those names ("kansas city"): read as the shared place anywhere, never as the state.
_HOLDS_STATE = frozenset(name for name in SHARED_CITIES
                         if any(f" {fold(state)} " in f" {name} " for state in J.NAMES.values()))

_CITIES_HOLDING_STATE = frozenset(name for name in MORE_CITIES
                                  if any(f" {fold(state)} " in f" {name} " for state in J.NAMES.values()))


@lru_cache(maxsize=1)
def _phrase_table() -> tuple[dict[str, str], dict[str, frozenset[int]]]:
    """Every state phrase -> its code, and each phrase's first word -> the lengths (in words) of its phrases:
    a question is looked up only where one of its words can start a phrase."""
    table: dict[str, str] = {}
    for code, name in J.NAMES.items():
        table[fold(name)] = code
    for source in (J.ALTERNATE_NAMES, J.MISSPELLINGS, J.CITIES, COUNTIES):
        for phrase, code in source.items():
            table[fold(phrase)] = code
    for code in J.LOWERCASE_CODES:
        table.setdefault(code.lower(), code)
    # A shared name holding a state's ("kansas city") names no state: read before the state's name, it claims its
    # words for no one (see shared_city).
    for name in _HOLDS_STATE:
        table[name] = NO_STATE
    # …and a generated city's name holding another state's ("missouri city" is in Texas, "michigan city" in Indiana):
    # read anywhere, before the state's name.
    for name in _CITIES_HOLDING_STATE:
        table[name] = MORE_CITIES[name]
    starts: dict[str, set[int]] = {}
    for phrase in table:
        words = phrase.split()
        starts.setdefault(words[0], set()).add(len(words))
    return table, {word: frozenset(sizes) for word, sizes in starts.items()}


#: Words that look like a state name to fuzzy matching but are ordinary words.
_NOT_STATES = frozenset({"indian", "indians", "virgin", "hawaiian", "georgian", "texan", "texans", "mainly",
                         "kansan", "alaskan", "florist", "carolina", "dakota", "washing", "newark", "marine", "marines"})
_FUZZY_NAMES = {fold(name): code for code, name in J.NAMES.items()}
_FUZZY_CHOICES = [name for name in _FUZZY_NAMES if " " not in name]
_TWO_WORD_CHOICES = [name for name in _FUZZY_NAMES if " " in name]
_END_WORDS = frozenset({"OK", "ME", "IN", "OR", "HI", "AS", "ID", "LA"})
#: The ambiguous codes read as a state when they open a message ("ID can a 7yo get charged"). "MA", "PA", "AL",
#: "MD", "IN" and "OR" open messages as words too ("MA said", "PA and I", "MD here", "IN my opinion"): they count
#: only before a word that starts a question about the law ("MA youngest age…", "OR min arrest age…"). "OH my
#: god", "OK so", "HI all", "ME …" never count, and "LA" is more often Los Angeles.
_START_CODES = frozenset({"ID", "MS", "MO", "NE", "DE", "CO"})
_START_IF_ASKED = frozenset({"MA", "PA", "AL", "MD", "IN", "OR", "OH"})
_ASKING_WORDS = prefilter.compile(r"\s*[:,-]?\s+(?:youngest|minimum|min|lowest|age|ages|what|how|kid|kids|child|children|"
                                  r"juvenile|law|laws|arrest\w*|charg\w*|rules?)\b")
#: The first words of the generated cities' names: only a token that starts one is looked up.
#: The generated lists write "st", "fort" and "mount" ("st george", "port st lucie", "fort myers", "mount juliet"),
#: whichever a parent types.
_LIST_WORDS = {"saint": "st", "ft": "fort", "mt": "mount"}
_LIST_SPELLING = re.compile(r"\b(?:saint|ft|mt)\b")
#: Counties by their own name ("broward mom", "in henrico") are read as the generated cities are.
_CITIES = {**COUNTY_NAMES, **MORE_CITIES}
_CITY_STARTS = frozenset(name.split()[0] for name in _CITIES) | set(_LIST_WORDS)
_TOWN_STARTS = frozenset(name.split()[0] for name in SMALL_TOWNS) | set(_LIST_WORDS)
_WORD_ABBREVIATION = prefilter.compile(rf"\b(?:in|from)\s+((?:{'|'.join(J.DOTTED_WORD_ABBREVIATIONS)})(?=\.)|"
                                       rf"(?:{'|'.join(code.lower() for code in J.CODES_AFTER_IN)})\b)")
#: …or opening the message as its label: "del. what age…", "pr: whats the min age" (matched at the start only).
_LABEL_ABBREVIATION = re.compile(rf"\s*((?:{'|'.join(J.DOTTED_WORD_ABBREVIATIONS)})(?=\.)|"
                                 rf"(?:{'|'.join(c.lower() for c in J.NAMES if c not in _END_WORDS)})(?=\s*:))")
_FIRST_WORDS = frozenset({"new", "north", "south", "west", "rhode", "district", "puerto"})
#: Words after which a name from the generated city list is read as a place.
_PLACE_WORDS = frozenset({"in", "from", "near", "outside", "around", "at", "of", "to", "en", "by",  # "en bayamón", "up by"
                          "rural", "downtown", "greater"})  # "rural elko family", "greater boston"
#: …and before a small town's name (cities.SMALL_TOWNS), which is read only when nothing else names a state:
#: "at woodfield" is a mall in Schaumburg, Illinois, not Woodfield, South Carolina.
_TOWN_WORDS = frozenset({"in", "from", "near", "outside", "around", "en", "rural", "downtown", "by"})
#: Words after a generated city's name that say it is the place: "eugene police", "provo pd", "the tyler area".
_AFTER_PLACE = frozenset({"police", "pd", "cops", "cop", "sheriff", "sheriffs", "area", "schools", "resident", "residents",
                          # its people: "any bangor parents know…"; its officers and courts: "yakima deputy says…"
                          "parents", "moms", "dads", "families", "deputy", "deputies", "officer", "officers", "detective",
                          "judge", "city", "side",  # "tuscaloosa city schools", "hilo side"
                          # its schools: "chandler unified", "katy isd", "beaverton school district", "millard public schools"
                          "unified", "isd", "usd", "school", "public"})
#: …and, when the name opens the message, a question or a parent's label: "provo can a 11 year old…", "tulsa mom here".
_AFTER_OPENING_PLACE = frozenset({"can", "could", "what", "whats", "how", "is", "does", "do", "minimum", "youngest", "mom",
                                  "dad", "parent", "parents", "here", "grandma", "grandpa", "grandmother", "grandfather",
                                  "grandparent", "grandparents", "mama", "papa", "family", "foster", "stepdad", "stepmom",
                                  # "olathe kid got cuffed…", "allentown min age…", "hilo aunty here"
                                  "kid", "kids", "teen", "min", "lowest", "earliest", "aunt", "aunty", "auntie", "uncle",
                                  "moms", "dads", "folks"})


def read_states(folded: str, original: str, vocabulary: frozenset[str] = frozenset(), typos: bool = True) -> tuple[
        list[tuple[str, int]], list[tuple[int, int]]]:
    """Jurisdictions named in the question, with their character positions in `folded`.

    Exact names, hand-listed cities and known misspellings first (longest phrase wins), then
    generated cities after "in"/"from"/"near", then capitalised postal codes in `original`, then
    a strict fuzzy pass for typos of long names ("Flordia") on words that are not in the knowledge
    base's vocabulary (skipped with `typos` False: the knowledge base's own phrasings are spelled right).
    """
    table, starts = _phrase_table()
    tokens = [(m.group(0), m.start(), m.end()) for m in re.finditer(r"[a-z0-9]+", folded)]
    found: list[tuple[str, int]] = []
    spans: list[tuple[int, int]] = []
    used = [False] * len(tokens)

    def free(first: int, last: int) -> bool:
        return last < len(tokens) and not any(used[first:last + 1])

    def claim(code: str, first: int, last: int, strip: bool = True) -> None:
        """Tokens first..last name `code`; no later pass reads them again. A county stays in the text that is
        matched (`strip` False): "kenton county" also names a case."""
        if code != NO_STATE:
            found.append((code, tokens[first][1]))
            if strip:
                spans.append((tokens[first][1], tokens[last][2]))
        used[first:last + 1] = [True] * (last - first + 1)

    openers = [(i, starts[token]) for i, (token, _, _) in enumerate(tokens) if token in starts]
    for size in sorted({size for _, sizes in openers for size in sizes}, reverse=True):  # longest phrase first
        for i, sizes in openers:
            if size in sizes and free(i, i + size - 1):
                phrase = " ".join(t[0] for t in tokens[i:i + size])
                code = table.get(phrase)
                if code is not None:
                    claim(code, i, i + size - 1, strip=phrase not in COUNTIES)
    _read_cities(_CITIES, _CITY_STARTS, _PLACE_WORDS, tokens, original, free, claim)
    for match in re.finditer(r"(?<![A-Za-z])([A-Z]{2})(?![A-Za-z])", original):
        code = match.group(1)
        if code not in J.NAMES:
            continue
        if code in J.AMBIGUOUS_CODES:
            before = original[max(0, match.start() - 6):match.start()].lower()
            # "in LA" is more often Los Angeles than Louisiana: only "City, LA" counts.
            context = r",\s*$" if code == "LA" else r"(?:\bin|\bfrom|,)\s*$"
            # A code standing alone at the very end ("youngest age for arrest PA?") is a state too, except
            # the few that end sentences as words ("is that OK", "arrest ME", "come IN").
            at_end = code not in _END_WORDS and not original[match.end():].strip(" ?!.")
            # …or one opening the message before lower-case words: "ID can a 7yo get charged", "MS what age…"
            after = original[match.end():]
            at_start = not original[:match.start()].strip() and (
                (code in _START_CODES and bool(re.match(r"\s*[:,-]?\s+[a-z]", after)))
                or (code in _START_IF_ASKED and bool(re.match(r"\s*[:\-–]\s+[a-z]", after)))  # "PA - can police…"
                or (code in _START_IF_ASKED and bool(_ASKING_WORDS.match(after))))
            if not (re.search(context, before) or at_end or at_start) or original.isupper():
                continue
        position = _locate_code(folded, code.lower(), tokens, used, original[match.end():match.end() + 2] in ("'s", "’s"))
        if position is not None:
            claim(code, position, position)
    # Abbreviations that are also words, where the place word and the dot say they are places: "in wash.", "ind.",
    # "del."; Pennsylvania's and Maryland's codes after "in" even in lower case ("can a 10yo be arrested in pa").
    label = _LABEL_ABBREVIATION.match(original.lower())
    for match in [*_WORD_ABBREVIATION.finditer(original.lower()), *([label] if label else [])]:
        word = match.group(1)
        position = _locate_code(folded, word, tokens, used)
        if position is not None:
            claim(J.DOTTED_WORD_ABBREVIATIONS.get(word, word.upper()), position, position)
    for i in range(len(tokens) - 1):  # two-word names: "south carolna", "new hampshre", "sout carolina", "new yrok"
        if not free(i, i + 1) or not _first_word(tokens[i][0]):
            continue
        pair = f"{tokens[i][0]} {tokens[i + 1][0]}"
        hit = process.extractOne(pair, _TWO_WORD_CHOICES, scorer=fuzz.ratio, score_cutoff=88)
        name = hit[0] if hit is not None else next(
            (n for n in _TWO_WORD_CHOICES if len(tokens[i + 1][0]) >= 4 and OSA.distance(pair, n, score_cutoff=1) <= 1), None)
        if name is not None:
            claim(_FUZZY_NAMES[name], i, i + 1)
    for i, (token, _, _) in enumerate(tokens if typos else ()):
        if used[i] or len(token) < 4 or token in _NOT_STATES or token in vocabulary or token.isdigit():
            continue
        name = _near_name(token)
        if name is not None:
            claim(_FUZZY_NAMES[name], i, i)
    if not found:  # small towns are weak evidence: read only when nothing else names a state
        _read_cities(SMALL_TOWNS, _TOWN_STARTS, _TOWN_WORDS, tokens, original, free, claim)
    found.sort(key=lambda item: item[1])
    return found, spans


def _read_cities(cities: dict[str, str], starts: frozenset[str], place_words: frozenset[str],
                 tokens: list[tuple[str, int, int]], original: str, free: Callable[[int, int], bool],
                 claim: Callable[[str, int, int], None]) -> None:
    """A generated city list's names, trusted only as a place ("in tyler", not "my son tyler"): after a place word,
    before the police or "area" ("eugene police", "provo pd"), or opening the message as its label ("provo can a
    11 year old…")."""
    words = [t[0] for t in tokens]
    for i in range(len(tokens)):
        if words[i] not in starts:
            continue
        for size in (3, 2, 1):
            if not free(i, i + size - 1):
                continue
            name = " ".join(words[i:i + size])
            code = cities.get(_LIST_SPELLING.sub(lambda m: _LIST_WORDS[m.group(0)], name))
            if code is not None and (_read_as_place(words, i, size, place_words) or (i == 0 and _labels(original, name))):
                claim(code, i, i + size - 1)
                break


@lru_cache(maxsize=1)
def _place_buckets() -> tuple[dict[str, str], dict[tuple[str, int], list[str]], frozenset[tuple[str, int]]]:
    """Every city and county name the reader knows -> its code, the names by (first letter, number of words), and
    the (first word, number of words) of the names of several words."""
    names = {**{fold(city): code for city, code in J.CITIES.items()}, **MORE_CITIES, **COUNTIES}
    buckets: dict[tuple[str, int], list[str]] = {}
    for name in names:
        buckets.setdefault((name[0], len(name.split())), []).append(name)
    firsts = frozenset((name.split()[0], len(name.split())) for name in names if " " in name)
    return names, buckets, firsts


@dataclass(frozen=True)
class NearPlace:
    """A place's name misspelled: what was typed, the known name it is near and that name's state."""

    typed: str
    name: str
    code: str
    #: No place of 5,000+ people anywhere has the typed name or one as near in another state, and it is long
    #: enough to be read as the name: "tuscalosa", "bakersfeild". Such a name is read; any other is only offered.
    sure: bool = False


#: Letters a misspelled name needs before it is read without asking ("kissimee" has 8).
SURE_PLACE_LETTERS = 7


@lru_cache(maxsize=1)
def _every_place() -> tuple[dict[str, str], dict[tuple[str, int], list[str]]]:
    """Every place's name -> its states ("LA SC"), and the names by (first letter, number of words)."""
    states = dict(line.split(":") for line in EVERY_PLACE.split("\n") if line)
    buckets: dict[tuple[str, int], list[str]] = {}
    for name in states:
        buckets.setdefault((name[0], len(name.split())), []).append(name)
    return states, buckets


def _sure_place(phrase: str, code: str, limit: int) -> bool:
    """`phrase`, near a name of `code`'s, is no real place's name, and every place's name as near is in `code`."""
    states, buckets = _every_place()
    if phrase in states or len(phrase.replace(" ", "")) < SURE_PLACE_LETTERS:
        return False
    near = process.extract(phrase, buckets.get((phrase[0], len(phrase.split())), []), scorer=OSA.distance,
                           score_cutoff=limit, limit=None)
    return all(states[name] == code for name, _, _ in near)


def misspelled_place(folded: str, original: str, vocabulary: frozenset[str]) -> NearPlace | None:
    """A city or county misspelled where a place is expected ("hattiesberg, can police…", "in woonsockett",
    "gwinett county"): one edit from a known name with the same first letter (two from one of ten letters or more),
    and no other state's name as near. Read as that place only when _sure_place; else only offered ("did you
    mean…"): "pikeville" is one edit from Maryland's Pikesville and a town in Kentucky. Words of the knowledge base's
    vocabulary are never a place's typo."""
    names, buckets, firsts = _place_buckets()
    words = re.findall(r"[a-z0-9]+", folded)
    for i, token in enumerate(words):
        if token in vocabulary or token.isdigit():
            continue
        for size in (3, 2, 1):  # a name's first word of under 6 letters only if spelled right ("las cruses") or, of
            # several, of 4 or 5 ("couer d'alene")
            if i + size > len(words) or (len(token) < (6 if size == 1 else 4) and (token, size) not in firsts):
                continue
            phrase = " ".join(words[i:i + size])
            county = words[i + size - 1] in ("county", "parish")
            if not (county or _read_as_place(words, i, size) or (i == 0 and _labels(original, phrase))):
                continue
            limit = 1 if len(phrase) < 10 else 2
            found = process.extract(phrase, buckets.get((phrase[0], size), []), scorer=OSA.distance,
                                    score_cutoff=limit, limit=None)
            codes = {names[name] for name, _, _ in found}
            if len(codes) == 1:
                code = codes.pop()
                return NearPlace(phrase, min(found, key=lambda row: row[1])[0], code, _sure_place(phrase, code, limit))
    return None


@lru_cache(maxsize=4096)
def _first_word(token: str) -> bool:
    """The first word of a two-word state name, or one edit from it with the same first letter ("sout", "nroth")."""
    return token in _FIRST_WORDS or (len(token) >= 4 and any(
        word[0] == token[0] and OSA.distance(token, word, score_cutoff=1) <= 1 for word in _FIRST_WORDS))


#: What comes right before a state the family has left: "we moved from texas", "used to live in ohio", "back home in…".
_FORMER_PLACE = prefilter.compile(r"\b(?:from|used to live in|use to live in|lived in|originally from|"
                                  r"back (?:home )?in|back home|"
                                  r"grew up in|left)(?: the state of)? $")
#: Where the family lives, when the story happened somewhere else: "we live in nevada but he was arrested in arizona",
#: "we live on the missouri side… his school is in kansas". The law of the place it happened applies.
_HOME_PLACE = prefilter.compile(r"\b(?:live|lives|living|reside|resides)(?: on the| in| in the state of)? $")


def _own_arrest_words(text: str) -> set[str]:
    """The arrest words of a (folded) sentence, without those in other senses and without naming the police."""
    return {m.group(1) for m in ARREST_WORDS.finditer(_without_false_arrest_words(text))} - _POLICE_NOUNS


def _asks_arrest_age(text: str) -> bool:
    """The (folded) last question asks the age limit of an arrest or a charge, and names no other subject."""
    return bool(_own_arrest_words(text)) and not any(pattern.search(text) for _, pattern in _ASKED_SUBJECTS)


def _asked_elsewhere(last: str | None, text: str, both: str) -> str | None:
    """The subject a story's last question asks about when it is not a child's arrest: "…his mom went to jail last
    spring. …Now they want a custody order to enroll him. Can I enroll him without one?" The arrest the story tells
    does not make that question about arrest. None for one sentence, or when the last question asks an age limit or
    names an arrest, a charge or a court of its own ("…can they charge a 10 year old for that?"). `last`: the
    _last_ask, `text`: it folded, `both`: the whole message as read matches it."""
    if last is None or "?" not in last or AGE_ASKED.search(text):
        return None
    own_words = _own_arrest_words(text)
    if own_words - _ANY_SUBJECT_WORDS:  # an arrest word no subject brings: no need to look for the subject
        return None
    # (as in read: "can employers see it", of a record from when the child was 13, asks about the record)
    subject = next((label for label, pattern in _ASKED_SUBJECTS if pattern.search(text)
                    and not (label == "work" and YOUTH_PAST.search(both))), None)
    return None if subject is None or own_words - _SUBJECT_WORDS.get(subject, frozenset()) else subject


def _sentences(question: str) -> list[str]:
    # (a sentence may end inside a quote or parentheses: "…are 'looking into it.' Can a 10-year-old…")
    return [part for part in re.split(r"(?<=[.?!])\s+|(?<=[.?!]['\"’”)])\s+", question) if part.strip()]


def _last_question(sentences: list[str]) -> str | None:
    """Of a message of several sentences, the last one with a question mark (else the last one); None for one."""
    if len(sentences) < 2:
        return None
    return ([part for part in sentences if "?" in part] or sentences)[-1]


#: A last question too short to say what it asks of its own: "…Can police arrest a 9 year old in Colorado? What's the
#: minimum age?", "…a minimum age for charging a child? What is it?".
_SHORT_QUESTION = 6


def _last_ask(sentences: list[str], last: str | None) -> str | None:
    """What a story's last question asks: the _last_question, with the question before it when it is short."""
    questions = [part for part in sentences if "?" in part]
    if last is None or len(questions) < 2 or questions[-1] != last or len(last.split()) > _SHORT_QUESTION:
        return last
    return f"{questions[-2]} {last}"


def _main_state(asked: str | None, folded: str, found: list[tuple[str, int]], vocabulary: frozenset[str]) -> str | None:
    """The one state a story naming several is asking about, or None when it cannot be told (`asked`: its
    _last_question).

    The states the family moved from are set aside ("we moved from california to arizona… i think california doesnt
    charge kids under 12, can they charge him here?"); of the rest, the one the question itself names ("…can north
    dakota charge him?"), or the only one left.
    """
    former = {code for code, position in found if _FORMER_PLACE.search(folded[max(0, position - 30):position])}
    current = tuple(dict.fromkeys(code for code, _ in found if code not in former))
    home = {code for code, position in found if _HOME_PLACE.search(folded[max(0, position - 30):position])}
    away = tuple(code for code in current if code not in home)
    if asked is not None:
        named = {code for code, _ in read_states(digitize(fold(asked)), asked, vocabulary)[0]} - former
        if len(named) > 1:
            named &= set(away)
        if len(named) == 1:
            return named.pop()
    if len(current) > 1 and len(away) == 1:
        return away[0]
    return current[0] if len(current) == 1 else None


def _near_name(token: str) -> str | None:
    """The one-word state name `token` is a typo of: 86-88% alike by fuzz.ratio, or one edit away with the same
    first letter ("oregan", "utha") where no common word is that close: six letters or more, or four letters
    against the four-letter names (five-letter names have neighbours: "texts", "main")."""
    if len(token) >= 5:
        hit = process.extractOne(token, _FUZZY_CHOICES, scorer=fuzz.ratio, score_cutoff=86 if len(token) > 5 else 88)
        if hit is not None:
            return hit[0]
    if len(token) == 5:
        return None
    for name in _FUZZY_CHOICES:
        if name[0] == token[0] and (len(name) == 4) == (len(token) == 4) and OSA.distance(token, name) <= 1:
            return name
    return None


def _locate_code(folded: str, code: str, tokens: list[tuple[str, int, int]], used: list[bool],
                 possessive: bool = False) -> int | None:
    """The first free token that is `code` (folding writes "NM's" as "nms")."""
    for index, (token, _, _) in enumerate(tokens):
        if (token == code or (possessive and token == f"{code}s")) and not used[index]:
            return index
    return None


def spelling_buckets(words: Iterable[str]) -> dict[tuple[str, int], list[str]]:
    """Known words of 4+ letters by first letter and length: a typo is only compared with the words it could be.
    `words` as the knowledge base uses them, repeats and all: each bucket lists the most used first, so a typo
    as near to two words is read as the commoner ("chaged" is "charged", not "changed"), as spelling
    correctors weigh candidates by how often they occur."""
    uses = Counter(words)
    buckets: dict[tuple[str, int], list[str]] = {}
    for word in sorted(uses, key=lambda w: (-uses[w], w)):
        if len(word) >= 4:
            buckets.setdefault((word[0], len(word)), []).append(word)
    return buckets


#: How alike (fuzz.ratio) a typo and its fix must be, besides being one or two edits apart.
_CORRECTION_CUTOFF = 84


def _typo_distance(size: int) -> int:
    """How many edits a typo of this length may be from the word meant (a swap of two letters is one)."""
    return 1 if size <= 7 else 2


def corrections(text: str, vocabulary: frozenset[str], buckets: dict[tuple[str, int], list[str]]) -> dict[str, str]:
    """Typo fixes ("arested" → "arrested", "flordia" → "florida") against the words the knowledge base uses.

    Only words of 4+ letters that are not already known; numbers are never touched. A fix keeps the first
    letter, is one edit away (two for words of 8+ letters, a swap of neighbours counting as one) and is 84%
    alike by fuzz.ratio (which keeps short words from changing a letter: "story" is not "store"). The
    similarity cutoff alone, used first, turned real words into other real words ("restaurant" into
    "restraint", "adoption" into "option").
    """
    fixes: dict[str, str] = {}
    if not buckets:
        return fixes
    for word in set(text.split()):
        if len(word) >= 4 and word not in vocabulary and not word.isdigit():
            size, limit = len(word), _typo_distance(len(word))
            choices = [near for n in range(size - limit, size + limit + 1)
                       for near in _within_edits(word, buckets.get((word[0], n), []), limit)]
            hit = process.extractOne(word, choices, scorer=fuzz.ratio, score_cutoff=_CORRECTION_CUTOFF)
            if hit is not None:
                fixes[word] = hit[0]
    return fixes


def _within_edits(word: str, bucket: list[str], limit: int) -> list[str]:
    """The words of `bucket` at most `limit` edits from `word`, in bucket order (ties on ratio go to the first): one C
    call, since a large knowledge base puts thousands of words in a bucket."""
    found = process.extract(word, bucket, scorer=OSA.distance, score_cutoff=limit, limit=None) if bucket else []
    return [bucket[index] for index in sorted(index for _, _, index in found)]


def _apply(text: str, fixes: dict[str, str]) -> str:
    return " ".join(fixes.get(word, word) for word in text.split()) if fixes else text


def _mentions(text: str, vocabulary: frozenset[str] = frozenset(), typos: bool = True) -> tuple[
        str, list[tuple[str, int]], list[tuple[int, int]], int | None, list[tuple[int, int]]]:
    """`text` folded; the states it names and where; the age it names and where."""
    folded = digitize(fold(_without_money(text)))
    found, state_spans = read_states(folded, text, vocabulary, typos)
    age, age_spans = read_age(folded)
    return folded, found, state_spans, age, age_spans


def shared_city(folded: str) -> tuple[str, tuple[str, ...]] | None:
    """A city name several states share ("columbus", "kansas city"), read as a place the way generated cities are
    (after "in", before "police", opening the message), and the states it may be in: the bot asks which."""
    words = folded.split()
    for i in range(len(words)):
        for size in (2, 1):
            name = " ".join(words[i:i + size])
            states = SHARED_CITIES.get(name) if i + size <= len(words) else None
            if states is not None and (name in _HOLDS_STATE or _read_as_place(words, i, size)):
                return name, states
    return None


#: A capitalised name after "in", "near"… that the reader does not know: "goes to school in Hazard", "in Fort Payne".
_NAMED_PLACE = re.compile(r"\b(?:in|near|outside)\s+((?:[A-Z][a-z'’.-]+)(?:\s+[A-Z][a-z'’.-]+){0,2})")
#: Capitalised words after "in" that are not places: months, days, languages, the country.
_NOT_PLACES = frozenset("""
    january february march april may june july august september october november december monday tuesday wednesday
    thursday friday saturday sunday english spanish french god america american americas usa us states united
    the a an my our his her their this that walmart target costco kroger publix safeway
""".split())


def _unknown_place(question: str, vocabulary: frozenset[str]) -> str | None:
    """The capitalised name a question gives as its place when no state or city was read in it, unless any word of
    it is a common one (the knowledge base's words, months, languages): "in Hazard" yes, "in March", "in Juvenile
    Court" no. Only ever asked about, never guessed (see the engine)."""
    for match in _NAMED_PLACE.finditer(question):
        words = [w.strip("'’.-").lower() for w in match.group(1).split()]
        if words and not any(w in _NOT_PLACES or w in vocabulary for w in words):
            return " ".join(w.strip("'’.-") for w in match.group(1).split())
    return None


#: A message's label before its question: "santa ana, lowest age…", "Pocatello question, how young…".
_LABEL_WORDS = frozenset({"", "question", "folks", "here", "area", "parent", "parents", "mom", "dad", "people",
                          "family", "resident", "residents", "grandma", "grandpa", "grandparent", "grandparents"})
#: …or a full stop, not one of "St.", "Ft.", "Mt.": "Valdosta. 10 year old boy…"
_LABEL_END = re.compile(r"[,:;(]|\s[-–—]\s|(?<![Ss]t)(?<![Ff]t)(?<![Mm]t)\.(?:\s|$)")
#: What follows a name addressing someone: "tyler, can you help", "irving, thanks".
_ADDRESSED = re.compile(r"\s*(?:(?:can|could|would|will|did|do|are|have) (?:you|u)|you|u|ur|your|thanks|thank|thx|ty|lol)\b")


def _labels(original: str, name: str) -> bool:
    """Whether the message opens with `name` as its label: the name, perhaps "question" or "folks", then a comma,
    colon or dash ("fort smith - what age…"), and not a name addressing someone ("tyler, can you help")."""
    end = _LABEL_END.search(original, 0, len(name) + 16)
    if end is None:
        return False
    head = " ".join(re.findall(r"[a-z0-9]+", fold(original[:end.start()])))
    return (head.startswith(name) and head[len(name):].strip() in _LABEL_WORDS
            and not _ADDRESSED.match(fold(original[end.end():])))


def _read_as_place(words: list[str], i: int, size: int, place_words: frozenset[str] = _PLACE_WORDS) -> bool:
    """Whether the name in words[i:i + size] is used as a place: after "in", "from"…, before "police" or "area",
    or opening the message as its label ("provo can a 11 year old…"); "my son tyler" is a boy."""
    after = words[i + size] if i + size < len(words) else ""
    addressed = i + size + 1 < len(words) and words[i + size + 1] in ("you", "u")  # "tyler can you help…"
    return (i > 0 and words[i - 1] in place_words) or after in _AFTER_PLACE or (
        i == 0 and after in _AFTER_OPENING_PLACE and not addressed)


def without_mentions(text: str) -> str:
    """`text` folded, with its state and age mentions taken out: what `read(...).stripped` holds, without
    typo correction or the question-kind cues (the index strips every phrasing this way when it is built)."""
    folded, _, state_spans, _, age_spans = _mentions(text, typos=False)
    return _strip(folded, state_spans + age_spans)


def read(question: str, vocabulary: frozenset[str] = frozenset(),
         spelling: dict[tuple[str, int], list[str]] | None = None) -> Slots:
    """All slots of one (already cleaned) question; `vocabulary`/`spelling` (see spelling_buckets) enable
    typo correction."""
    folded, found, state_spans, age, age_spans = _mentions(question, vocabulary)
    fixes = corrections(folded, vocabulary, spelling or {})
    stripped = _apply(_strip(folded, state_spans + age_spans), fixes)
    corrected = _apply(folded, fixes)
    states = tuple(dict.fromkeys(code for code, _ in found))
    city = None if states else shared_city(folded)
    # whether a child of the age told could "end up in juvenile court" asks the youngest age of its jurisdiction too
    court_asked = age is not None and bool(COURT_AGE_ASKED.search(corrected))
    age_asked = court_asked or bool(AGE_ASKED.search(corrected))
    sentences = _sentences(question)
    last = _last_question(sentences)
    last_ask = _last_ask(sentences, last)
    last_text = digitize(fold(last_ask)) if last_ask is not None else ""
    asked = last if age_asked or len(states) > 1 else None
    main_state = _main_state(asked, folded, found, vocabulary) if len(states) > 1 else None
    near_miss = None
    # typo correction must not hide a near-miss word ("kindergarten"); most questions need no correction
    both = folded if corrected == folded else f"{folded} | {corrected}"
    # a grown-up's arrest is read before typo correction too, which knows only the knowledge base's words ("the driver
    # was arrested" would be "the drive was arrested")
    arrest_text = _without_false_arrest_words(_apply(_ADULT_ARREST_TOLD.sub(" ", folded), fixes) if fixes else corrected)
    arrest_words = {m.group(1) for m in ARREST_WORDS.finditer(arrest_text)}
    limit_last = court_asked or (age_asked and asked is not None and bool(AGE_ASKED.search(last_text)))
    young_child = bool(YOUNG_CHILD.search(corrected))
    own_child = bool(OWN_CHILD.search(corrected))
    # "my son is 19", "my 22 yr old"; "my oldest (18)… while my 14 year old was home"
    grown = bool(GROWN_RELATIVE.search(both)) or (age >= 18 if age is not None else bool(ADULT_AGE.search(both)))
    if PARENT_ARRESTED.search(both) or (not SELF_MINOR.search(both) and (
            PARENT_SUBJECT.search(both) or ADULT_ARRESTED.search(both) or ADULT_JAILED.search(both)
            or ADULT_PAST.search(both) or ASKER_WARRANT.search(both) or (
            ADULT_SUBJECT.search(both) and not CHILD_WORDS.search(both) and age is None) or (
            ASKER_GROWN.search(both) and not CHILD_WORDS.search(both) and age is None and not MINOR_PAST.search(both)) or (
            grown and (STRONG_ARREST.search(both) or POLICE_QUESTIONING.search(both)) and not YOUTH_PAST.search(both)))):
        near_miss = ADULT_ARREST_SUBJECT
    elif IMMIGRATION.search(both):
        near_miss = "immigration"
    elif STAFF_LIABILITY.search(both):
        near_miss = STAFF_LIABILITY_SUBJECT
    elif CASE_ERRANDS.search(both):
        near_miss = CASE_ERRANDS_SUBJECT
    elif AFTERMATH.search(both):
        near_miss = AFTERMATH_SUBJECT
    elif OTHER_AGE.search(both):
        near_miss = OTHER_AGE_SUBJECT
    elif SYSTEM_SERVICE.search(both):
        near_miss = SYSTEM_SERVICE_SUBJECT
    elif VICTIM_SIDE.search(both):
        near_miss = "pressing charges for your child"
    elif FAMILY_MONEY.search(both):
        near_miss = "child support"
    elif FAMILY_CUSTODY.search(both) or CUSTODY_ASKED.search(both):
        # "my ex keeps threatening to call the police on our 10 year old" is still about the child's arrest; asking
        # for custody itself is not ("my ex called the cops on me… can i get full custody")
        # (arrest words in other senses or a grown-up's do not count: "because i 'arrest people for a living'")
        near_miss = None if STRONG_ARREST.search(arrest_text) and not CUSTODY_ASKED.search(both) else "custody"
    else:
        for label, pattern in NEAR_MISSES:
            # "can colleges or jobs see something from when my kid was 14" asks about a record, not a job
            if pattern.search(both) and not (label == "work" and YOUTH_PAST.search(both)):
                near_miss = label
                break
    of_a_child = last is not None and bool(CHILD_WORDS.search(last_text) or read_age(last_text)[0] is not None)
    if near_miss in _STORY_SUBJECTS and of_a_child and (
            (limit_last and asked is not None and _asks_arrest_age(last_text))
            or (_QUESTIONING_ASKED.search(last_text) and not any(pattern.search(last_text) for _, pattern in _ASKED_SUBJECTS))):
        # the errand is the story's, the age limit of arrest the question's: "Parks wants restitution… Can a 10-year-old
        # be charged with criminal mischief here, or is there an age cutoff?" ("…what age can his kids visit him?" is not);
        # "I'm divorced and my son was at his dad's when officers… Can they question a kid who asks for a parent?" (a
        # child, not "can they arrest him", the ex)
        near_miss = None
    asked_elsewhere = None if near_miss in FIRM_NEAR_MISSES else _asked_elsewhere(last_ask, last_text, both)
    # (without the knowledge base's vocabulary every long word would be a candidate typo)
    near_place = None if states or city or not vocabulary else misspelled_place(folded, question, vocabulary)
    if near_place is not None and near_place.sure:  # "tuscalosa - how young…": read as Tuscaloosa, Alabama
        states = (near_place.code,)
    return Slots(
        text=folded,
        states=states,
        main_state=main_state,
        age=age,
        arrest_intent=asked_elsewhere is None and _arrest_intent(arrest_text, arrest_words, near_miss),
        arrest_said=bool(STRONG_ARREST.search(arrest_text)),
        police_only=_police_only(arrest_text, arrest_words),
        restraint_only=_restraint_only(arrest_words),
        age_asked=age_asked,
        limit_last=limit_last,
        world=bool(WORLD_CUE.search(corrected)),
        national=bool(NATIONAL_CUE.search(corrected)),
        child=age is not None or young_child or bool(CHILD_WORDS.search(corrected) or SELF_MINOR.search(corrected)),
        near_miss=asked_elsewhere or near_miss,
        injection=bool(INJECTION.search(both) or INJECTION_FORMS.search(both) or INJECTION_MARKS.search(question)
                       or INJECTION_OPENING.match(folded))
        and not CHILD_TOLD_TO_SAY.search(both),
        young_child=young_child,
        own_child=own_child,
        # "can a 6 yr old get arrested in georgia i keep seeing these videos" asks the rule, not for a case
        case_cue=bool(CASE_CUE.search(corrected) or (HEADLINE.search(corrected) and not ASKING.search(corrected)))
        and not own_child and near_miss not in FIRM_NEAR_MISSES
        and not (states and age_asked),
        stripped=stripped,
        state_spans=tuple(state_spans),
        city=city,
        unknown_place=None if states or city else _unknown_place(question, vocabulary),
        near_place=near_place,
    )


_RESTRAINT_WORD = prefilter.compile(r"(?:handcuff|cuff|zip|restrain)")

#: Who, not what: "a cop gave my kid a ticket for his scooter" is still a question about scooters.
_POLICE_NOUNS = frozenset({"police", "polices", "policia", "pd", "cop", "cops", "officer", "officers", "sheriff", "sheriffs",
                           "deputy", "deputies", "sro"})


#: Errands of a case already under way, which the knowledge base does not cover: visiting a detained child,
#: paying fines or restitution, bail, looking up a court date, the rules of probation.
CASE_ERRANDS = prefilter.compile(
    r"\b(?:visit\w* (?:\w+ ){0,6}(?:juvie|detention|jail|prison|facility|lockup)|visiting hours|"
    # "…is in jail in arkansas, can i bring the grandkids to visit her"
    r"(?:in|at) (?:the )?(?:county )?(?:jail|prison) (?:\w+ ){0,12}visit\w*|visitation (?:at|in) (?:juvie|"
    r"detention|jail)|commissary|bring (?:\w+ ){0,2}(?:food|snacks|clothes|books|money) (?:\w+ ){0,5}(?:juvie|detention|jail)|"
    r"restitution|(?:court|juvenile) (?:fines?|fees?|costs)|how much (?:are|is|will|would|do) (?:\w+ ){0,3}(?:fines?|fees?)|"
    r"pay (?:\w+ ){0,3}(?:fines?|fees?|bail|bond)|bail (?:\w+ )?out|bond (?:\w+ )?out|"
    r"(?:look|looking) up (?:\w+ ){0,6}(?:court dates?|case number|hearing date)|"
    r"(?:on|during|violat\w*) (?:juvenile |his |her |their )?probation (?:\w+ ){0,3}(?:have|keep|use|go|leave|travel|"
    r"drink|phone|curfew|allowed)|probation officers? (?:\w+ ){0,3}(?:drug test|search|check|visit)|drug test\w*)\b"
)

#: A teacher or aide asking about their own liability: "I'm a 3rd grade teacher in Texas. Can I be personally sued if
#: I physically restrain a student…" (restraint words, but the asker's job is the question, not the child's rights).
STAFF_LIABILITY = prefilter.compile(
    r"\b(?:i m|im|i am|as) (?:a|an) (?:\w+ ){0,3}(?:teacher|aide|para\w*|principal|coach|counselor|bus driver|"
    r"substitute|educator)\b.*\b(?:can|could|will|would|am) i (?:\w+ ){0,2}(?:sued|fired|liable|lose my (?:job|license))\b")
STAFF_LIABILITY_SUBJECT = "a teacher's or school's liability"
ADULT_ARREST_SUBJECT = "an adult's arrest"
CASE_ERRANDS_SUBJECT = "the practical side of a court case (visits, fines, probation rules, court dates)"
AFTERMATH_SUBJECT = "what an arrest can lead to outside the courts (benefits, housing, jobs, school teams, permits)"
OTHER_AGE_SUBJECT = "another age the law sets (buying, driving, working)"
SYSTEM_SERVICE_SUBJECT = "working in or serving the juvenile system (jobs, jury duty)"

#: Police questioning someone: with a grown child ("can police question my 19 year old"), an adult's matter.
POLICE_QUESTIONING = prefilter.compile(r"\b(?:police|cops?|officers?|detectives?) (?:\w+ ){0,3}"
                                       r"(?:question|interrogat|interview)\w*")

#: Subjects a story may tell on the way to a last question about the child's arrest or questioning (see read).
_STORY_SUBJECTS = frozenset({CASE_ERRANDS_SUBJECT, AFTERMATH_SUBJECT, "custody"})  # (child support: "can they arrest him for it")
#: A last question asking whether the police may question the child: "Can they question a kid who asks for a parent?"
_QUESTIONING_ASKED = prefilter.compile(r"\b(?:can|could|do|does|are|is|did|may|should) (?:they|the police|police|the cops|cops|"
                                       r"officers|the officers|detectives) (?:\w+ )?(?:question|interrogat|interview)\w*")

#: The subjects a story's last question may ask about instead of the arrest it tells (see _asked_elsewhere).
_ASKED_SUBJECTS: tuple[tuple[str, Prefiltered], ...] = (
    ("immigration", IMMIGRATION), (CASE_ERRANDS_SUBJECT, CASE_ERRANDS), (AFTERMATH_SUBJECT, AFTERMATH),
    (OTHER_AGE_SUBJECT, OTHER_AGE), (SYSTEM_SERVICE_SUBJECT, SYSTEM_SERVICE), ("pressing charges for your child", VICTIM_SIDE),
    ("child support", FAMILY_MONEY), ("custody", FAMILY_CUSTODY), ("custody", CUSTODY_ASKED), *NEAR_MISSES)

#: Near-misses that no arrest word turns into a child's arrest question, nor a case cue into a case question, nor a
#: phrasing of the knowledge base into a known question ("my 18 yr old was arrested, do the cops have to call me").
FIRM_NEAR_MISSES = frozenset({"custody", "child support", SCAM_SUBJECT, ADULT_ARREST_SUBJECT, "pressing charges for your child",
                             "immigration", STAFF_LIABILITY_SUBJECT, CASE_ERRANDS_SUBJECT, AFTERMATH_SUBJECT, OTHER_AGE_SUBJECT,
                             SYSTEM_SERVICE_SUBJECT})

#: "charged adult price", "charge a fee": money, not a criminal charge; "in charge of her siblings": minding them.
_PRICE_CHARGE = prefilter.compile(r"\bcharg\w* (?:\w+ ){0,2}(?:price|prices|fee|fees|rate|fare|tuition|money)\b|"
                                  r"\b(?:in|take|took|taking|takes|put|left) charge\b|"
                                  # "charged $340 on my credit card" (money is "340 dollars" by then)
                                  r"\bcharg\w* \d+ dollars\b|\bcharg\w* (?:\w+ ){0,4}(?:on|to) (?:my|his|her|the|a|our) "
                                  r"(?:credit|debit|bank) cards?\b")
#: Arrest words in other senses (apart from _PRICE_CHARGE, so that each keeps its prefilter needles).
_OTHER_SENSES = prefilter.compile(# the heart's arrest: "went into cardiac arrest at practice"
                                  r"\b(?:cardiac|heart|respiratory) arrest\b|"
                                  # a thing kept locked: "does it have to be locked up when he's not using it" (a shotgun)
                                  r"\b(?:it|they|them) (?:has|have|need|needs|must|should|got) (?:to )?(?:be|stay) locked up\b|"
                                  # an officer's work: "my ex says i 'arrest people for a living'"
                                  r"\barrest\w* (?:people|folks|criminals) for a living\b|"
                                  # a thing locked away: "do i have to lock up guns by law"
                                  r"\block(?:ed|ing|s)? up (?:\w+ )?(?:guns?|firearms?|pistols?|rifles?|"
                                  r"meds|medications?|medicines?|alcohol|liquor|knives|chemicals)\b|"
                                  # work: "got booked for a commercial"
                                  r"\bbooked (?:\w+ ){0,2}(?:for|on|in) (?:a|an|the|her|his) (?:\w+ )?(?:commercial|gig|show|"
                                  r"photo ?shoot|shoot|job|modell?ing|audition|flight|trip|appointment|party|campaign|ad|role)\b")


#: Custody that is a child welfare agency's or a family court's, not the police's: "in dcs custody", "legal custody".
_FAMILY_CUSTODY_WORDS = prefilter.compile(r"\b(?:(?:cps|dcs|dcf|dcfs|dfcs|dcyf|foster|legal|physical|joint|full|sole|"
                                          r"primary|shared|permanent) custody)\b")


#: Grown-ups a story names as "his mom", "the driver", "her coach": arrested or jailed, they are not the child.
_ADULTS = (r"mom|mother|dad|father|husband|wife|boyfriend|girlfriend|partner|ex|roommate|neighbou?rs?|coach|teacher|man|"
           r"woman|driver|guy|lady|uncle|aunt|stepdad|stepfather|stepmom|stepmother|grandpa|grandfather|parents?|adults?|"
           r"landlord|babysitter|nanny|pastor|principal|suspect|shooter|birth father|birth mother|bio dad|bio mom|"
           r"staff|staff members?|employees?|household|someone|somebody|esposo|esposa|marido")
#: Words between the grown-up and their arrest: not a child, a pronoun or a new clause ("the teacher called the cops
#: and my son got arrested", "someone said my kid could get arrested", "my mom keeps saying she'll get arrested" are
#: the child's; folding has taken the full stops out of "…knows my mom. im scared. can i get arrested").
_CHILD_NOUNS = (r"kids?|child|children|sons?|daughters?|boys?|girls?|minors?|teens?|teenagers?|juveniles?|students?|"
                r"toddlers?|baby|kiddo|nephew|niece|grand(?:son|daughter|kid|child)s?|step(?:son|daughter)s?")
_GAP = (r"(?:(?!(?:and|but|so|then|or|if|because|when|while|after|until|unless|i|im|ill|we|you|he|she|hes|shes|hell|"
        r"shell|they|theyre|"
        rf"{_CHILD_NOUNS}|\d+)\b)\w+ ){{0,6}}?")
#: Whom "arrest" is of when a child follows it: "can a teacher arrest my kid".
_ARRESTED_ONE = rf"(?:my|our|his|her|their|{_CHILD_NOUNS}|\d+)\b"
#: A grown-up's own arrest or jail time told in a story ("his mom went to jail last spring", "the driver got pulled over
#: and arrested", "her mother is in the mecklenburg county jail", "after my husband's dui arrest", "the officers came to
#: arrest my husband"): taken out of the words that make a question about a child's arrest. A child's own arrest in the
#: same story still counts ("my son was arrested too").
_ADULT_ARREST_TOLD = prefilter.compile(
    rf"\b(?:{_ADULTS}) {_GAP}(?:was|got|get|gets|getting|is|been|has been|had been|were|just got|s been|have been|fue) "
    r"(?:just |also |then |finally |recently )?(?:arrested|arrestado|arrestada|charged|booked|jailed|locked up|"
    r"taken into custody)\b|"
    rf"\b(?:{_ADULTS}) (?:is|s|was|has been|are|were) (?:\w+ ){{0,2}}?in (?:\w+ ){{0,3}}?(?:jail|prison)\b|"
    rf"\b(?:{_ADULTS}) (?:went|was sent|got sent|is going|has gone|goes) to (?:jail|prison)\b|"
    r"\bdoing \d+ (?:days|months|years) in (?:\w+ ){0,3}?(?:jail|prison)\b|"
    # "my husband's dui arrest", "writing about a parent's arrest" (folded "husbands arrest"); not "can a teacher arrest my kid"
    # (typo correction may have made it "husband arrest": then not before whom the arrest is of)
    rf"\b(?:my|his|her|their|our|the|a|your) (?:{_ADULTS})(?:s (?:\w+ )?arrests?\b(?! {_ARRESTED_ONE})|"
    rf"(?: \w+)? arrests?\b(?! (?:(?:the|a|an|him|them|me|us|you|people|someone|anyone|any)\b|{_ARRESTED_ONE})))|"
    # (the police as subject: "…be arrested? my husband swears…" is two sentences; "arrested my neighbors 10 yr old" a child)
    rf"\b(?:(?:police|cops?|officers?|deput(?:y|ies)|sheriffs?|they|feds) (?:\w+ )?(?:arrested|charged|jailed|booked)|"
    r"(?:to|and|then|who) arrest(?:ed)?) (?:my|our|his|her|their|the|a|1 of the|1 of our|some of the) "
    rf"(?:(?!(?:{_CHILD_NOUNS})\b)\w+ )?(?:{_ADULTS})\b(?! s\b)(?! (?:\d+|{_CHILD_NOUNS})\b)")


def _without_false_arrest_words(text: str) -> str:
    """`text` without the arrest words that mean something else in it (a school's detention, a price charged) or
    are a grown-up's in the story."""
    if SCHOOL_DETENTION.search(text):  # "got detention for talking": every "detention" in it is the school's
        text = re.sub(r"\bdetentions?\b", " ", text)
    text = _ADULT_ARREST_TOLD.sub(" ", text)
    return _FAMILY_CUSTODY_WORDS.sub(" ", _OTHER_SENSES.sub(" ", _PRICE_CHARGE.sub(" ", text)))


#: The police doing something to someone: "can the cops take my 7 year old", "police picked her up". Police contact
#: with a child, which is what this bot answers about, even with no word of arrest.
POLICE_ACTION = prefilter.compile(
    r"\b(?:police|pd|cops?|officers?|sheriffs?|deput(?:y|ies)|sro) (?:\w+ )?(?:take|takes|took|taking|pick(?:s|ed|ing)? "
    r"(?:up|him|her|them)|grab\w*|come (?:for|and get|get)|came (?:for|to get)|stop(?:s|ped)?|hold|holds|held|"
    r"search\w*|question\w*|interview\w*|talk(?:ed)? to|put (?:him|her|them) in|haul\w*)\b|"
    # "the police can't do anything to him because he's only 8"
    r"\b(?:police|cops?|officers?|they) (?:can t|cannot|cant|can|could|couldn t|won t|wont) (?:even |legally |really )?"
    r"do (?:anything|nothing|something) (?:to|about|with)\b"
)


def _police_only(text: str, words: set[str]) -> bool:
    """The police are named, but only as who was there: nothing of arrest, courts or crime, and nothing done to
    anyone ("a cop drove him home and said he was too young", "a cop yelled at us"). `words`: its ARREST_WORDS."""
    return (bool(words) and words <= _POLICE_NOUNS and not WEAK_ARREST_WORDS.search(text)
            and not POLICE_ACTION.search(text))


def _restraint_only(words: set[str]) -> bool:
    """Of its ARREST_WORDS, besides naming the police, the question only says handcuffs or restraint."""
    acts = words - _POLICE_NOUNS
    return bool(acts) and all(_RESTRAINT_WORD.match(word) for word in acts)


#: Arrest words a near-miss subject brings with it: a child witness meets the prosecutor ("the prosecutor wants him to
#: testify against the shooter").
_SUBJECT_WORDS = {"a child as a witness": frozenset({"prosecutor", "prosecutors", "prosecution", "prosecuting"}),
                  "custody": frozenset({"custody"}),  # "they want a custody order"
                  # adoptions go through a juvenile court too: "does the juvenile court in nevada also handle adoptions"
                  "adoption": frozenset({"juvenile"}),
                  SCHOOL_VISIT_SUBJECT: frozenset({"jail", "jails"})}
_ANY_SUBJECT_WORDS = frozenset().union(*_SUBJECT_WORDS.values())


def _arrest_intent(text: str, words: set[str], near_miss: str | None) -> bool:
    """Arrest or the juvenile legal system is what is asked about (`text` without false arrest words, `words`
    its ARREST_WORDS). Next to a near-miss subject (driving, vaping…), naming the police is not enough, nor are
    words other legal questions use too."""
    if near_miss in FIRM_NEAR_MISSES:
        return False
    if near_miss is None:
        return bool(words) or bool(WEAK_ARREST_WORDS.search(text))
    return bool(words - _POLICE_NOUNS - _SUBJECT_WORDS.get(near_miss, frozenset()))


def _strip(text: str, spans: list[tuple[int, int]]) -> str:
    """Remove the slot mentions so matching compares what is asked, not where or how old."""
    if not spans:
        return text
    out, last = [], 0
    for start, end in sorted(spans):
        if start < last:
            continue
        out.append(text[last:start])
        last = end
    out.append(text[last:])
    return " ".join("".join(out).split())
