"""The refusal calibration: fitted with scikit-learn, saved and loaded as plain JSON."""

from __future__ import annotations

from pathlib import Path

import numpy as np
import pytest

from askccg.calibration import Calibration, default_calibration, fit
from askccg.errors import ConfigError


def test_fit_separates_and_records_what_it_was_fitted_on(tmp_path: Path) -> None:
    rng = np.random.default_rng(0)
    good = [{"passage": a, "sentence": b} for a, b in rng.normal([0.6, 0.6], 0.05, (20, 2))]
    bad = [{"passage": a, "sentence": b} for a, b in rng.normal([0.1, 0.1], 0.05, (8, 2))]
    cal = fit(good + bad, [True] * 20 + [False] * 8, ["passage", "sentence"], fitted_on="toy set, dev")
    assert (
        cal.relevance({"passage": 0.6, "sentence": 0.6})
        > 0.5
        > cal.relevance({"passage": 0.1, "sentence": 0.1})
    )
    assert cal.fitted_on == "toy set, dev" and cal.report["cv_accuracy"] == 1.0 and cal.report["rows"] == 28
    path = tmp_path / "cal.json"
    cal.save(path)
    again = Calibration.load(path)
    assert again.features == cal.features and again.relevance({"passage": 0.6}) == pytest.approx(
        cal.relevance({"passage": 0.6}), abs=1e-6
    )


def test_the_shipped_calibration_says_where_it_comes_from() -> None:
    cal = default_calibration()
    assert cal.fitted_on and len(cal.features) == len(cal.weights)


def test_a_bad_calibration_file_is_one_clear_error(tmp_path: Path) -> None:
    path = tmp_path / "cal.json"
    path.write_text('{"features": ["a"]}')
    with pytest.raises(ConfigError, match="not a calibration file"):
        Calibration.load(path)
