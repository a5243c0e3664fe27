"""The review in words: run it over a plan, and show it in the chat and the Markdown export
(concepts by their lecture card titles, fields by their labels, never ids)."""

from __future__ import annotations

from assistant.content.bundle import Content
from assistant.domain.plan import ProblemPlan
from assistant.domain.review.model import Finding, Review
from assistant.domain.review.run import review_plan
from assistant.domain.slots import STAGES


def review_of(content: Content, plan: ProblemPlan) -> Review:
    assert content.review_words is not None
    texts = content.review_texts(plan.meta.language)
    return review_plan(plan, content.review_words, texts)


def with_review(content: Content, plan: ProblemPlan) -> ProblemPlan:
    """The plan with a fresh review (the review is derived from the answers, never edited)."""
    return plan.model_copy(update={"review": review_of(content, plan)})


def review_block(content: Content, lang: str, review: Review) -> str:
    """The whole review for the chat: counts, readiness, then each finding."""
    say = content.say
    if not review.findings:
        head = say(lang, "review.clean")
    else:
        head = say(lang, "review.title", **counts(review))
    parts = [head, readiness_line(content, lang, review)]
    parts += [finding_block(content, lang, f, i + 1) for i, f in enumerate(review.findings)]
    return "\n\n".join(parts)


def counts(review: Review) -> dict[str, int]:
    return {
        "blockers": review.count("blocker"),
        "warnings": review.count("warning"),
        "ideas": review.count("idea"),
    }


def readiness_line(content: Content, lang: str, review: Review) -> str:
    stages = " · ".join(
        content.say(lang, "review.stage", title=_stage_title(content, lang, s), percent=p)
        for s, p in review.readiness.items()
    )
    return content.say(lang, "review.readiness", stages=stages)


def finding_block(content: Content, lang: str, finding: Finding, number: int | None) -> str:
    """One finding: severity, title, fields, lecture concept, the user's words, the question
    (as item `number` of a list, or on its own)."""
    parts = [finding_head(content, lang, finding)]
    if finding.evidence:
        parts.append(content.say(lang, "review.evidence", evidence=finding.evidence))
    parts.append(f"**{finding.question}**")
    if number is None:
        return "\n\n".join(parts)
    return f"{number}. " + "\n\n".join([parts[0], *("   " + p for p in parts[1:])])


def finding_head(content: Content, lang: str, finding: Finding) -> str:
    return content.say(
        lang,
        "review.finding",
        icon=content.say(lang, f"review.icon.{finding.severity}"),
        severity=content.say(lang, f"review.severity.{finding.severity}"),
        title=check_title(content, lang, finding.check),
        fields=", ".join(content.label(lang, s) for s in finding.slots),
        concept=content.concept_title(lang, finding.concept),
    )


def check_title(content: Content, lang: str, check: str) -> str:
    return content.reviews[lang].checks[check].title


def markdown_section(content: Content, plan: ProblemPlan) -> list[str]:
    """The review as a section of the Markdown export (empty when the plan has none)."""
    review, lang, say = plan.review, plan.meta.language, content.say
    if review is None:
        return []
    lines = [f"## {say(lang, 'md.review')}", "", say(lang, "md.review_counts", **counts(review))]
    lines += ["", say(lang, "md.readiness_table"), "|---|---|"]
    lines += [f"| {_stage_title(content, lang, s)} | {p}% |" for s, p in review.readiness.items()]
    lines.append("")
    for i, f in enumerate(review.findings, 1):
        lines.append(f"{i}. {finding_head(content, lang, f)}")
        if f.evidence:
            lines.append(f"   - {say(lang, 'review.evidence', evidence=f.evidence)}")
        lines.append(f"   - {say(lang, 'md.review_question')}: {f.question}")
    lines.append("")
    return lines


def _stage_title(content: Content, lang: str, stage: str) -> str:
    assert stage in STAGES
    return content.curricula[lang].stages[stage].title
