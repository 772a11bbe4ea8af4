"""Every theme's text is readable: WCAG AA contrast, computed from the one palette."""

import pytest

from quizapp.ui.palette import PALETTES, ThemeName, contrast_ratio, relative_luminance

AA_NORMAL_TEXT = 4.5


def test_contrast_matches_the_wcag_reference_values() -> None:
    assert contrast_ratio("#000000", "#ffffff") == pytest.approx(21.0)
    assert contrast_ratio("#777777", "#ffffff") == pytest.approx(4.48, abs=0.01)
    assert relative_luminance("#ffffff") == pytest.approx(1.0)


@pytest.mark.parametrize("theme", list(ThemeName))
def test_every_text_colour_meets_aa_on_its_background(theme: ThemeName) -> None:
    palette = PALETTES[theme]
    weak = {
        name: round(contrast_ratio(text, background), 2)
        for name, (text, background) in palette.color_pairs().items()
        if contrast_ratio(text, background) < AA_NORMAL_TEXT
    }
    assert not weak, f"{theme}: below {AA_NORMAL_TEXT}:1: {weak}"


@pytest.mark.parametrize("theme", list(ThemeName))
def test_answer_tiles_differ_in_shape_and_colour(theme: ThemeName) -> None:
    tiles = PALETTES[theme].tiles
    assert len({tile.shape for tile in tiles}) == 4
    if theme is not ThemeName.HIGH_CONTRAST:
        assert len({tile.fill for tile in tiles}) == 4
