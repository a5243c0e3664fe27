"""Checks on delivering the plan: data and labels, constraints, metrics, action, business."""

from __future__ import annotations

from typing import TYPE_CHECKING

from .hit import Hit, as_text, quote
from .words import ReviewWords, terms

if TYPE_CHECKING:
    from ..plan import ProblemPlan

NO_LABELS = ("unlabeled", "no_data", "similar_labels")
SIMPLE_BASELINES = ("rule_based", "dummy", "previous_behavior")
EXPLAINED_IN = (
    "business.output_use",
    "feasibility.explainability",
    "action.prototype",
    "business.impact",
    "constraints.privacy_ethics",
)


def labels_without_plan(plan: ProblemPlan, w: ReviewWords) -> list[Hit]:
    """Unlabeled data, no data or only proxy labels, and no strategy to get labels."""
    if plan.data.labels not in NO_LABELS or not w.says_none(plan.data.label_strategy):
        return []
    evidence = as_text(plan.feasibility.data) or as_text(plan.situation.available_data)
    slots = ("data.label_strategy", "data.labels")
    return [Hit("labels_without_plan", "blocker", slots, "data.labels", _q(evidence))]


def unreliable_data(plan: ProblemPlan, w: ReviewWords) -> list[Hit]:
    """The user says the data is inconsistent, missing, hand-typed… and the plan relies on it."""
    text = plan.data.reliability
    if not text or not w.hits(text, w.unreliable):
        return []
    return [Hit("unreliable_data", "warning", ("data.reliability",), _BIZ, quote(text))]


_BIZ = "business.understand"
_MVB = "metrics.model_vs_business"


def no_business_metric(plan: ProblemPlan, w: ReviewWords) -> list[Hit]:
    """No business metric: nothing says what should change for the business."""
    if not w.says_none(plan.metrics.business):
        return []
    return [Hit("no_business_metric", "blocker", ("metrics.business",), _MVB)]


def metric_mismatch(plan: ProblemPlan, w: ReviewWords) -> list[Hit]:
    """The "business metric" is a model metric (accuracy, RMSE, 정확도)."""
    text = plan.metrics.business
    if not text or not w.has(text, w.model_metrics) or w.has(text, w.business_metrics):
        return []
    slots = ("metrics.business", "metrics.model")
    return [Hit("metric_mismatch", "warning", slots, _MVB, quote(text))]


def no_baseline(plan: ProblemPlan, w: ReviewWords) -> list[Hit]:
    """Nothing to compare a new model with."""
    if plan.metrics.baseline is not None:
        return []
    return [Hit("no_baseline", "blocker", ("metrics.baseline",), "baseline.start_simple")]


def complex_baseline(plan: ProblemPlan, w: ReviewWords) -> list[Hit]:
    """A paper's result or a sophisticated model as the first baseline, not something simple."""
    b = plan.metrics.baseline
    if b is None or b.kind in SIMPLE_BASELINES:
        return []
    if b.kind != "paper" and (
        b.kind == "existing_model" or not w.hits(b.description, w.complex_model)
    ):
        return []
    return [
        Hit(
            "complex_baseline",
            "warning",
            ("metrics.baseline",),
            "baseline.start_simple",
            quote(b.description),
        )
    ]


def error_cost_without_threshold(plan: ProblemPlan, w: ReviewWords) -> list[Hit]:
    """Misses are named as costly (or one error is catastrophic) and no threshold is decided."""
    c = plan.constraints
    if not w.says_none(c.threshold):
        return []
    error_cost = plan.feasibility.error_cost
    if c.false_negatives and w.hits(c.false_negatives, w.costly_miss):
        source, evidence = "constraints.false_negatives", c.false_negatives
    elif error_cost is not None and error_cost.supports_ml is False:
        source, evidence = "feasibility.error_cost", error_cost.answer
    else:
        return []
    slots = ("constraints.threshold", source, "constraints.tradeoff")
    concept = "constraints.performance"
    return [Hit("error_cost_without_threshold", "warning", slots, concept, quote(evidence))]


def unmonitored_metric(plan: ProblemPlan, w: ReviewWords) -> list[Hit]:
    """Monitoring is planned but names none of the plan's metrics."""
    watch = plan.action.monitoring
    metrics = " ".join(t for t in (plan.metrics.model, plan.metrics.business) if t)
    if not watch or not metrics or w.says_none(watch):
        return []
    cues = w.model_metrics + w.business_metrics
    named = [c for c in cues if w.has(metrics, (c,))]
    if any(w.has(watch, (c,)) for c in named):
        return []
    words = terms(metrics, w.stopwords)
    watched = terms(watch, w.stopwords)
    if any(a.startswith(b) or b.startswith(a) for a in words for b in watched):
        return []
    slots = ("action.monitoring", "metrics.model", "metrics.business")
    return [Hit("unmonitored_metric", "warning", slots, "action.monitoring", quote(watch))]


def customer_facing_unexplained(plan: ProblemPlan, w: ReviewWords) -> list[Hit]:
    """Predictions shown straight to customers, and nothing says how they will be explained."""
    use = plan.business.output_use
    if use is None or use.kind != "customer_facing":
        return []
    if any(w.hits(as_text(plan.get(s)), w.explain) for s in EXPLAINED_IN):
        return []
    slots = ("business.output_use", "feasibility.explainability")
    return [
        Hit("customer_facing_unexplained", "idea", slots, "business.impact", quote(use.description))
    ]


def _q(text: str | None) -> str | None:
    return quote(text) if text else None


CHECKS = (
    labels_without_plan,
    unreliable_data,
    no_business_metric,
    metric_mismatch,
    no_baseline,
    complex_baseline,
    error_cost_without_threshold,
    unmonitored_metric,
    customer_facing_unexplained,
)
