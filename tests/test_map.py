"""The /map PNG: size, tile colours by rule, the arrest marker, grey for missing states, determinism."""

from __future__ import annotations

import io
from datetime import date

import pytest
from PIL import Image

from bot.knowledge.jurisdictions import REQUIRED
from bot.knowledge.model import KnowledgeBase, Source, StateEntry
from bot.render import map as tilemap
from bot.render.map import (
    CLASSES,
    GRID,
    HEIGHT,
    MARKER_FILL,
    MISSING,
    WIDTH,
    marker_point,
    missing_swatch_box,
    render_map,
    text_alternative,
    tile_box,
    tile_colour,
)

COLOUR = {key: colour for key, _, colour in CLASSES}


def state(code: str, min_age: int | None, bars: str | None = "prosecution",
          verified: date = date(2026, 11, 25)) -> StateEntry:
    return StateEntry(
        id=code, kind="state", title=code, summary="", phrasings=(), aliases=(), keywords=(),
        sources=(Source(title="test"),), verified=verified, notes=None, path=f"{code}.yaml",
        name=code, min_age=min_age, bars=None if min_age is None else bars,  # type: ignore[arg-type]
    )


@pytest.fixture
def tiny() -> KnowledgeBase:
    states = [state("AK", None), state("CA", 12), state("MD", 13), state("CO", 10),
              state("WA", 8, bars="arrest", verified=date(2026, 3, 1)), state("NE", 11, bars="arrest"),
              state("PR", 13)]  # a territory: in the kb, not on the map
    return KnowledgeBase(states={s.code: s for s in states})


def pixels(png: bytes) -> Image.Image:
    image = Image.open(io.BytesIO(png))
    image.load()
    return image.convert("RGB")


def fill_at(image: Image.Image, code: str) -> tuple[int, int, int]:
    """The bottom-left corner of the tile, inset past the edge: away from labels and the marker."""
    x0, _, _, y1 = tile_box(code)
    return image.getpixel((x0 + 6, y1 - 6))  # type: ignore[return-value]


def test_grid_is_the_50_states_and_dc_in_news_graphic_places() -> None:
    assert set(GRID) == REQUIRED
    assert len(set(GRID.values())) == len(GRID)
    last_row, last_col = max(r for r, _ in GRID.values()), max(c for _, c in GRID.values())
    assert GRID["AK"] == (0, 0) and GRID["ME"] == (0, last_col)
    assert GRID["HI"][0] == last_row and GRID["HI"][1] <= 1 and GRID["FL"][0] == last_row
    assert GRID["DC"][1] == GRID["MD"][1] and GRID["DC"][0] == GRID["MD"][0] + 1


def test_tiles_fit_on_the_image_and_do_not_overlap() -> None:
    boxes = [tile_box(code) for code in GRID]
    for x0, y0, x1, y1 in boxes:
        assert 0 <= x0 < x1 < WIDTH and 0 <= y0 < y1 < HEIGHT
    for i, a in enumerate(boxes):
        for b in boxes[i + 1:]:
            assert a[2] < b[0] or b[2] < a[0] or a[3] < b[1] or b[3] < a[1]
    with pytest.raises(KeyError):
        tile_box("PR")


@pytest.mark.parametrize(("age", "key"), [(None, "none"), (7, "under10"), (8, "under10"), (9, "under10"),
                                          (10, "10"), (11, "11-12"), (12, "11-12"), (13, "13+"), (14, "13+")])
def test_tile_colour_by_class(age: int | None, key: str) -> None:
    assert tile_colour(state("TX", age)) == COLOUR[key]


def test_palette_is_distinct_and_missing_is_grey() -> None:
    colours = [*COLOUR.values(), MISSING]
    assert len(set(colours)) == len(colours)
    assert tile_colour(None) == MISSING and len(set(MISSING)) == 1


def test_png_size_and_tile_colours(tiny: KnowledgeBase) -> None:
    image = pixels(render_map(tiny))
    assert image.size == (WIDTH, HEIGHT) == (1200, 800)
    assert fill_at(image, "AK") == COLOUR["none"]
    assert fill_at(image, "CA") == COLOUR["11-12"]
    assert fill_at(image, "MD") == COLOUR["13+"]
    assert fill_at(image, "CO") == COLOUR["10"]
    assert fill_at(image, "WA") == COLOUR["under10"]
    assert fill_at(image, "TX") == MISSING
    assert fill_at(image, "FL") == MISSING


def test_the_grey_legend_entry_appears_only_when_a_state_is_missing(tiny: KnowledgeBase) -> None:
    x0, y0, x1, y1 = missing_swatch_box()
    centre = ((x0 + x1) // 2, (y0 + y1) // 2)
    assert pixels(render_map(tiny)).getpixel(centre) == MISSING
    complete = KnowledgeBase(states={code: state(code, 10) for code in GRID})
    assert pixels(render_map(complete)).getpixel(centre) != MISSING


def test_arrest_barring_states_have_the_marker(tiny: KnowledgeBase) -> None:
    image = pixels(render_map(tiny))
    assert image.getpixel(marker_point("WA")) == MARKER_FILL
    assert image.getpixel(marker_point("NE")) == MARKER_FILL
    assert image.getpixel(marker_point("CA")) == COLOUR["11-12"]
    assert image.getpixel(marker_point("AK")) == COLOUR["none"]
    assert image.getpixel(marker_point("TX")) != MARKER_FILL


def test_output_is_deterministic(tiny: KnowledgeBase) -> None:
    shuffled = KnowledgeBase(states=dict(reversed(list(tiny.states.items()))))
    assert render_map(tiny) == render_map(tiny) == render_map(shuffled)


def test_the_subtitle_follows_the_newest_verified_date(tiny: KnowledgeBase) -> None:
    older = KnowledgeBase(states={c: s for c, s in tiny.states.items() if c in {"WA", "AK"}} | {
        "AK": state("AK", None, verified=date(2026, 1, 2))})
    assert render_map(older) != render_map(KnowledgeBase(states={**older.states, "AK": state("AK", None)}))
    assert "Sources checked through 1 March 2026." in text_alternative(older)
    assert tilemap._long_date(date(2026, 11, 25)) == "25 November 2026"


def test_an_empty_knowledge_base_is_all_grey() -> None:
    image = pixels(render_map(KnowledgeBase()))
    assert {fill_at(image, code) for code in GRID} == {MISSING}
    assert "no states" in text_alternative(KnowledgeBase())


def test_text_alternative(tiny: KnowledgeBase) -> None:
    text = text_alternative(tiny)
    assert "5 set a minimum age, from 8 to 13;" in text  # PR is not on the map, so not counted
    assert "1 has none (AK);" in text
    assert "2 bar arrest itself: NE, WA." in text
    assert "Not in the knowledge base yet: AL, AR," in text
    assert "Sources checked through 25 November 2026." in text
    assert len(text) <= 1024


def test_real_knowledge_base(kb: KnowledgeBase) -> None:
    png = render_map(kb)
    image = pixels(png)
    assert image.size == (WIDTH, HEIGHT)
    for code in GRID:
        entry = kb.states.get(code)
        assert fill_at(image, code) == tile_colour(entry), code
        marked = image.getpixel(marker_point(code)) == MARKER_FILL
        assert marked == (entry is not None and entry.bars == "arrest"), code
    assert render_map(kb) == png
    text = text_alternative(kb)
    assert text.startswith("Minimum age of arrest or prosecution, by state") and len(text) <= 1024
