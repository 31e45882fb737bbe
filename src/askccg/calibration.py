"""Relevance calibration: a logistic model of "does this question have an answer here?".

``Calibration`` maps named features of the best evidence to a probability; ``ask``
refuses below ``Settings.min_relevance``. It is fitted with scikit-learn (``fit``)
on the *dev* half of the question sets, answerable questions against unanswerable
ones, and records what it was fitted on and how well it did, so every refusal
threshold can be traced to its data. Serving only needs the stored coefficients:
scikit-learn is imported when fitting, never when answering.
"""

from __future__ import annotations

import json
import math
from collections.abc import Mapping, Sequence
from dataclasses import asdict, dataclass, field
from importlib import resources
from pathlib import Path
from typing import Any

import numpy as np

from .errors import ConfigError

DEFAULT_FILE = "calibration.json"


@dataclass(frozen=True)
class Calibration:
    """sigmoid(bias + sum of weight x feature) over named features."""

    features: tuple[str, ...]
    weights: tuple[float, ...]
    bias: float
    fitted_on: str = ""
    report: Mapping[str, Any] = field(default_factory=dict)

    def __post_init__(self) -> None:
        if len(self.features) != len(self.weights):
            raise ConfigError(f"calibration: {len(self.features)} features but {len(self.weights)} weights")

    def relevance(self, values: Mapping[str, float]) -> float:
        pairs = zip(self.features, self.weights, strict=True)
        z = self.bias + sum(w * float(values.get(name, 0.0)) for name, w in pairs)
        return 1.0 / (1.0 + math.exp(-max(-50.0, min(50.0, z))))

    def to_json(self) -> str:
        data = asdict(self)
        data["features"], data["weights"] = list(self.features), [round(w, 6) for w in self.weights]
        data["bias"] = round(self.bias, 6)
        return json.dumps(data, indent=2, ensure_ascii=False) + "\n"

    @classmethod
    def from_json(cls, text: str) -> Calibration:
        data = json.loads(text)
        return cls(
            features=tuple(data["features"]),
            weights=tuple(float(w) for w in data["weights"]),
            bias=float(data["bias"]),
            fitted_on=str(data.get("fitted_on", "")),
            report=dict(data.get("report", {})),
        )

    def save(self, path: Path) -> None:
        path.write_text(self.to_json(), encoding="utf-8")

    @classmethod
    def load(cls, path: Path) -> Calibration:
        try:
            return cls.from_json(path.read_text(encoding="utf-8"))
        except (OSError, ValueError, KeyError, TypeError) as exc:
            raise ConfigError(f"{path} is not a calibration file ({exc})") from None


def load_calibrations(path: Path | None = None) -> dict[str, Calibration]:
    """Named calibrations ("passage": a passage's relevance, "answer": the refusal), from ``path``
    or the file shipped with askccg (fitted on the dev halves, see each ``fitted_on``)."""
    if path is None:
        text = resources.files("askccg").joinpath(DEFAULT_FILE).read_text(encoding="utf-8")
    else:
        try:
            text = path.read_text(encoding="utf-8")
        except OSError as exc:
            raise ConfigError(f"{path} cannot be read ({exc.strerror})") from None
    try:
        data = json.loads(text)
        return {name: Calibration.from_json(json.dumps(body)) for name, body in data.items()}
    except (ValueError, KeyError, TypeError, AttributeError) as exc:
        raise ConfigError(f"{path or DEFAULT_FILE} is not a calibration file ({exc})") from None


def save_calibrations(calibrations: Mapping[str, Calibration], path: Path) -> None:
    data = {name: json.loads(c.to_json()) for name, c in calibrations.items()}
    path.write_text(json.dumps(data, indent=2, ensure_ascii=False) + "\n", encoding="utf-8")


def default_calibration(name: str = "passage") -> Calibration:
    """One of the shipped calibrations."""
    return load_calibrations()[name]


def fit(
    rows: Sequence[Mapping[str, float]],
    labels: Sequence[bool],
    features: Sequence[str],
    *,
    fitted_on: str,
    c: float = 1.0,
    false_refusals: float | None = None,
) -> Calibration:
    """L2-regularised logistic regression (scikit-learn), classes balanced, with its 5-fold
    cross-validated accuracy on the same rows in ``report``.

    ``false_refusals``: move the 0.5 line (by shifting the bias) to where that share of the
    positive rows falls below it, as measured by cross-validated probabilities, so the
    refusal rate on unseen answerable questions is about that share.
    """
    from sklearn.linear_model import LogisticRegression
    from sklearn.model_selection import StratifiedKFold, cross_val_score

    y = np.asarray(labels, dtype=np.int64)
    # Evidence is monotone (more of it never makes an answer less likely), but correlated features
    # can take negative weights that only fit noise: drop the most negative one and refit.
    kept = list(features)
    while True:
        x = np.asarray([[float(r.get(f, 0.0)) for f in kept] for r in rows], dtype=np.float64)
        model = LogisticRegression(C=c, class_weight="balanced", max_iter=1000)
        model.fit(x, y)
        weights = model.coef_[0]
        if len(kept) == 1 or weights.min() >= 0:
            break
        kept.pop(int(np.argmin(weights)))
    folds = min(5, int(np.bincount(y).min())) if len(set(y.tolist())) == 2 else 0
    cv = (
        float(cross_val_score(model, x, y, cv=StratifiedKFold(folds, shuffle=True, random_state=0)).mean())
        if folds >= 2
        else float("nan")
    )
    bias = float(model.intercept_[0])
    report: dict[str, Any] = {
        "rows": len(rows),
        "positives": int(y.sum()),
        "cv_accuracy": round(cv, 4),
        "C": c,
    }
    if false_refusals is not None and folds >= 2:
        from sklearn.model_selection import cross_val_predict

        splitter = StratifiedKFold(folds, shuffle=True, random_state=0)
        p = cross_val_predict(model, x, y, cv=splitter, method="predict_proba")[:, 1]
        line = float(np.quantile(p[y == 1], false_refusals))
        bias -= math.log(line / (1 - line))  # sigmoid(z) = line  ->  sigmoid(z - logit(line)) = 0.5
        report |= {
            "target_false_refusals": false_refusals,
            "cv_false_refusals": round(float((p[y == 1] < line).mean()), 4),
            "cv_negatives_refused": round(float((p[y == 0] < line).mean()), 4),
        }
    report["dropped"] = [f for f in features if f not in kept]
    return Calibration(
        features=tuple(kept),
        weights=tuple(float(w) for w in model.coef_[0]),
        bias=bias,
        fitted_on=fitted_on,
        report=report,
    )
