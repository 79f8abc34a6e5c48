"""The /map picture: a tile-grid map of minimum ages, one labelled square per state, as a PNG.

A tile grid (not a geographic map) so that small states such as RI, DE and DC get the same
room as Texas: parents look for their own state, and every tile carries its number.
Pure and deterministic: the same knowledge base always gives the same bytes, so the
Discord cog can cache by knowledge-base version.
"""

from __future__ import annotations

import hashlib
import io
from collections.abc import Iterable
from datetime import date
from functools import cache

from PIL import Image, ImageDraw, ImageFont, PngImagePlugin

from bot.knowledge.model import KnowledgeBase, StateEntry

RGB = tuple[int, int, int]
Box = tuple[int, int, int, int]

WIDTH, HEIGHT = 1200, 800

#: The news-graphics tile grid (NPR / Washington Post style): code -> (row, column).
GRID: dict[str, tuple[int, int]] = {
    "AK": (0, 0), "ME": (0, 11),
    "WI": (1, 6), "VT": (1, 10), "NH": (1, 11),
    "WA": (2, 1), "ID": (2, 2), "MT": (2, 3), "ND": (2, 4), "MN": (2, 5), "IL": (2, 6), "MI": (2, 7),
    "NY": (2, 9), "MA": (2, 10),
    "OR": (3, 1), "NV": (3, 2), "WY": (3, 3), "SD": (3, 4), "IA": (3, 5), "IN": (3, 6), "OH": (3, 7),
    "PA": (3, 8), "NJ": (3, 9), "CT": (3, 10), "RI": (3, 11),
    "CA": (4, 1), "UT": (4, 2), "CO": (4, 3), "NE": (4, 4), "MO": (4, 5), "KY": (4, 6), "WV": (4, 7),
    "VA": (4, 8), "MD": (4, 9), "DE": (4, 10),
    "AZ": (5, 2), "NM": (5, 3), "KS": (5, 4), "AR": (5, 5), "TN": (5, 6), "NC": (5, 7), "SC": (5, 8),
    "DC": (5, 9),
    "OK": (6, 4), "LA": (6, 5), "MS": (6, 6), "AL": (6, 7), "GA": (6, 8),
    "HI": (7, 0), "TX": (7, 4), "FL": (7, 9),
}
ROWS, COLS = 8, 12

# Geometry. The grid is centred; its empty top-left corner (rows 0-1) holds the legend.
CELL = 82
GAP = 6
GRID_LEFT = (WIDTH - COLS * CELL) // 2
GRID_TOP = 108
MARKER = 26  # legs of the corner triangle on tiles whose rule bars arrest itself

# Colours: viridis steps (colour-blind safe, ordered by lightness), lighter = less protection.
BACKGROUND: RGB = (255, 255, 255)
INK: RGB = (26, 26, 26)
MUTED: RGB = (90, 90, 90)
MISSING: RGB = (224, 224, 224)
MISSING_EDGE: RGB = (190, 190, 190)
MISSING_INK: RGB = (110, 110, 110)
MARKER_FILL: RGB = (0, 0, 0)
MARKER_EDGE: RGB = (255, 255, 255)

#: Minimum-age classes, in order of protection: (key, legend label, colour).
CLASSES: tuple[tuple[str, str, RGB], ...] = (
    ("none", "No minimum", (253, 231, 37)),    # #FDE725
    ("under10", "Under 10", (94, 201, 98)),    # #5EC962
    ("10", "10", (33, 145, 140)),              # #21918C
    ("11-12", "11-12", (59, 82, 139)),         # #3B528B
    ("13+", "13 or older", (68, 1, 84)),       # #440154
)
_COLOURS = {key: colour for key, _, colour in CLASSES}

TITLE = "Minimum age of arrest or prosecution, by state"
FOOTER = "General information, not legal advice. Details and sources: /state or python -m bot states"
_MONTHS = ("January", "February", "March", "April", "May", "June", "July", "August", "September",
           "October", "November", "December")


@cache
def _font(size: int) -> ImageFont.FreeTypeFont | ImageFont.ImageFont:
    """Pillow's bundled font (ASCII only: no en dash), so no font file has to ship."""
    return ImageFont.load_default(size=size)


def age_class(state: StateEntry) -> str:
    """The CLASSES key for a state's minimum age."""
    age = state.min_age
    if age is None:
        return "none"
    if age < 10:
        return "under10"
    if age == 10:
        return "10"
    return "11-12" if age <= 12 else "13+"


def tile_colour(state: StateEntry | None) -> RGB:
    """The fill of a state's tile: its age class, or grey when the state is not in the knowledge base."""
    return MISSING if state is None else _COLOURS[age_class(state)]


def tile_box(code: str) -> Box:
    """The tile's square on the image (inclusive corners, as Pillow draws it); KeyError if not on the map."""
    row, col = GRID[code]
    x0, y0 = GRID_LEFT + col * CELL, GRID_TOP + row * CELL
    return (x0, y0, x0 + CELL - GAP - 1, y0 + CELL - GAP - 1)


def marker_point(code: str) -> tuple[int, int]:
    """A pixel inside the arrest marker (top-right corner triangle), for tests and checks."""
    _, y0, x1, _ = tile_box(code)
    return (x1 - 5, y0 + 5)


def _mapped(kb: KnowledgeBase) -> list[StateEntry]:
    """The states drawn on the map (territories such as PR are in the kb but have no tile)."""
    return [kb.states[code] for code in sorted(GRID) if code in kb.states]


def _long_date(day: date) -> str:
    """'25 November 2026', whatever the process locale (%B is locale-dependent)."""
    return f"{day.day} {_MONTHS[day.month - 1]} {day.year}"


def _checked_through(states: list[StateEntry]) -> str:
    """Dated from the mapped states only: a newer topic or case entry says nothing about the map."""
    return f"Sources checked through {_long_date(max(s.verified for s in states))}"


def _subtitle(kb: KnowledgeBase) -> str:
    states = _mapped(kb)
    if not states:
        return "No states in the knowledge base yet"
    text = _checked_through(states)
    if len(states) < len(GRID):
        text += f"  |  {len(GRID) - len(states)} not in the knowledge base yet"
    return text


def _ink_on(fill: RGB) -> RGB:
    """Black or white text, whichever contrasts more with the fill (WCAG relative luminance)."""

    def channel(value: int) -> float:
        c = value / 255
        return c / 12.92 if c <= 0.03928 else ((c + 0.055) / 1.055) ** 2.4

    lum = 0.2126 * channel(fill[0]) + 0.7152 * channel(fill[1]) + 0.0722 * channel(fill[2])
    return INK if (lum + 0.05) / 0.05 >= 1.05 / (lum + 0.05) else (255, 255, 255)


def _text(draw: ImageDraw.ImageDraw, xy: tuple[float, float], text: str, size: int, fill: RGB,
          bold: bool = False, anchor: str = "la") -> None:
    """Bold is faked with a stroke in the text colour: the bundled font has no bold face."""
    draw.text(xy, text, font=_font(size), fill=fill, anchor=anchor,
              stroke_width=1 if bold else 0, stroke_fill=fill)


def _marker(draw: ImageDraw.ImageDraw, box: Box, legs: int = MARKER) -> None:
    _, y0, x1, _ = box
    draw.polygon([(x1 - legs, y0), (x1, y0), (x1, y0 + legs)], fill=MARKER_FILL)
    draw.line([(x1 - legs, y0), (x1, y0 + legs)], fill=MARKER_EDGE, width=2)


def _tile(draw: ImageDraw.ImageDraw, code: str, state: StateEntry | None) -> None:
    box = tile_box(code)
    x0, y0, x1, _ = box
    fill = tile_colour(state)
    cx = (x0 + x1) / 2
    if state is None:
        draw.rectangle(box, fill=fill, outline=MISSING_EDGE, width=2)
        _text(draw, (cx, y0 + 27), code, 28, MISSING_INK, bold=True, anchor="mm")
        _text(draw, (cx, y0 + 55), "?", 24, MISSING_INK, anchor="mm")
        return
    ink = _ink_on(fill)
    draw.rectangle(box, fill=fill)
    _text(draw, (cx, y0 + 25), code, 30, ink, bold=True, anchor="mm")
    if state.min_age is None:  # an en dash, drawn: the bundled font lacks the glyph
        draw.rectangle((round(cx) - 10, y0 + 53, round(cx) + 10, y0 + 56), fill=ink)
    else:
        _text(draw, (cx, y0 + 55), str(state.min_age), 28, ink, bold=True, anchor="mm")
    if state.bars == "arrest":
        _marker(draw, box)


def missing_swatch_box() -> tuple[int, int, int, int]:
    """Where the legend's grey "not in the knowledge base" swatch goes (drawn only when a state is missing)."""
    x, y, swatch = GRID_LEFT + CELL, GRID_TOP + 58 + 64, 28
    return (x, y, x + swatch - 1, y + swatch - 1)


def _legend(draw: ImageDraw.ImageDraw, any_missing: bool) -> None:
    """In the grid's empty top rows: the classes along row 0, the special tiles under them (the grey
    "missing" swatch only when some tile is grey)."""
    swatch, size = 28, 20
    x = GRID_LEFT + CELL
    y = GRID_TOP + 8
    _text(draw, (x, y + swatch / 2), "Minimum age:", size, INK, anchor="lm")
    x += round(draw.textlength("Minimum age:", font=_font(size))) + 14
    for _, label, colour in CLASSES:
        draw.rectangle((x, y, x + swatch - 1, y + swatch - 1), fill=colour)
        _text(draw, (x + swatch + 7, y + swatch / 2), label, size, INK, anchor="lm")
        x += swatch + 7 + round(draw.textlength(label, font=_font(size))) + 20
    x = GRID_LEFT + CELL
    y = GRID_TOP + 58
    box = (x, y, x + swatch - 1, y + swatch - 1)
    draw.rectangle(box, fill=_COLOURS["10"])
    _marker(draw, box, legs=15)
    _text(draw, (x + swatch + 7, y + swatch / 2 - 1), "Corner mark: bars arrest itself", size, INK, anchor="lm")
    _text(draw, (x + swatch + 7, y + swatch / 2 + 21), "(no mark: bars prosecution)", 17, MUTED, anchor="lm")
    if not any_missing:
        return
    box = missing_swatch_box()
    y = box[1]
    draw.rectangle(box, fill=MISSING, outline=MISSING_EDGE, width=2)
    _text(draw, (x + swatch + 7, y + swatch / 2), "Not in the knowledge base yet", size, INK, anchor="lm")


def render_map(kb: KnowledgeBase) -> bytes:
    """The whole picture as PNG bytes (WIDTH x HEIGHT); states missing from `kb` are drawn grey."""
    image = Image.new("RGB", (WIDTH, HEIGHT), BACKGROUND)
    draw = ImageDraw.Draw(image)
    _text(draw, (GRID_LEFT, 22), TITLE, 38, INK, bold=True)
    _text(draw, (GRID_LEFT, 70), _subtitle(kb), 22, MUTED)
    for code in sorted(GRID):
        _tile(draw, code, kb.states.get(code))
    _legend(draw, any(code not in kb.states for code in GRID))
    _text(draw, (GRID_LEFT, HEIGHT - 22), FOOTER, 19, MUTED, anchor="ls")
    out = io.BytesIO()
    info = PngImagePlugin.PngInfo()
    info.add_text(DIGEST_KEY, data_digest(kb))
    image.save(out, format="PNG", optimize=False, pnginfo=info)
    return out.getvalue()


DIGEST_KEY = "kb-map-digest"


def data_digest(kb: KnowledgeBase) -> str:
    """A fingerprint of what the map shows, stored in the PNG, so a stale copy can be detected
    without comparing pixels (which change with the Pillow and FreeType versions)."""
    states = _mapped(kb)
    shown = [(s.code, s.min_age, s.bars) for s in sorted(states, key=lambda s: s.code)]
    text = repr((shown, _subtitle(kb)))
    return hashlib.sha256(text.encode()).hexdigest()[:16]


def stored_digest(png: bytes) -> str | None:
    with Image.open(io.BytesIO(png)) as image:
        return image.text.get(DIGEST_KEY)  # type: ignore[attr-defined]


def _codes(states: Iterable[StateEntry]) -> str:
    return ", ".join(s.code for s in sorted(states, key=lambda s: s.code))


def _count(n: int, one: str, many: str) -> str:
    """'1 sets', '3 set': the verb agrees with the number of states."""
    return f"{n} {one if n == 1 else many}"


def text_alternative(kb: KnowledgeBase) -> str:
    """What the map shows, in words, for screen readers (Discord's image description, max 1024 chars)."""
    states = _mapped(kb)
    if not states:
        return f"{TITLE}: no states are in the knowledge base yet."
    ages = sorted(s.min_age for s in states if s.min_age is not None)
    none = [s for s in states if s.min_age is None]
    arrest = [s for s in states if s.bars == "arrest"]
    parts = [f"{TITLE}, for the 50 states and DC."]
    if ages:
        span = f"of {ages[0]}" if ages[0] == ages[-1] else f"from {ages[0]} to {ages[-1]}"
        parts.append(f"{_count(len(ages), 'sets', 'set')} a minimum age, {span};")
    none_text = _count(len(none), "has", "have") + " none" + (f" ({_codes(none)})" if none else "")
    parts.append(none_text + ";")
    if arrest:
        parts.append(f"{_count(len(arrest), 'bars', 'bar')} arrest itself: {_codes(arrest)}.")
    else:
        parts.append("none bars arrest itself (the minimums limit prosecution).")
    missing = sorted(code for code in GRID if code not in kb.states)
    if missing:
        parts.append(f"Not in the knowledge base yet: {', '.join(missing)}.")
    parts.append(_checked_through(states) + ".")
    return " ".join(parts)

