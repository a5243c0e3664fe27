"""Reply texts built from the curriculum and UI strings: questions, stage headers, the verdict,
the end of the interview."""

from __future__ import annotations

from collections.abc import Mapping

from assistant.content.bundle import Content
from assistant.content.curriculum import LINKED_FROM
from assistant.domain.coverage import totals
from assistant.domain.plan import ProblemPlan
from assistant.domain.policy import stage_number
from assistant.domain.slots import FEASIBILITY_SLOTS, STAGE_CONCEPT, STAGES
from assistant.nlu.phrases import key_phrase, problem_phrase

VERDICT_CONCEPTS = {
    "ml_fits": ["feasibility.ml_fits"],
    "start_with_rules": ["problem.rules_first", "baseline.start_simple"],
    "not_recommended": ["feasibility.ml_fails"],
    "undetermined": ["feasibility.ml_fits", "feasibility.ml_fails"],
}


def stage_header(content: Content, lang: str, stage: str) -> str:
    text = content.curricula[lang].stages[stage]
    return content.say(
        lang,
        "stage_header",
        number=stage_number(stage),
        total=len(STAGES),
        title=text.title,
        intro=text.intro,
    )


def question_text(
    content: Content,
    lang: str,
    slot_id: str,
    plan: ProblemPlan,
    said: Mapping[str, str] | None = None,
    domain: str | None = None,
) -> str:
    """The bare question for a slot. The why chain quotes the key phrase of the user's problem
    statement (their first answer to it, not a follow-up's); a `linked` question names an earlier
    answer's key phrase; the baseline question's dummy example fits the domain."""
    curriculum = content.curricula[lang]
    said = said or {}
    statement = plan.why.statement or ""
    problem = problem_phrase(said.get("why.statement") or statement, statement)
    if slot_id in LINKED_FROM:
        var, source = LINKED_FROM[slot_id]
        whole = str(plan.get(source) or "")
        phrase = problem if source == "why.statement" else key_phrase(said.get(source) or whole)
        if phrase:
            return curriculum.template(slot_id, "linked").render(**{var: phrase})
    bank = content.domains.get(lang)
    if domain and bank and domain in bank.domains and slot_id in bank.domains[domain].questions:
        return bank.domains[domain].questions[slot_id]  # the domain's own way to ask it
    template = curriculum.template(slot_id, "question")
    if slot_id == "why.why_chain":
        return template.render(answer=problem or _short(statement) or "…")
    if slot_id == "metrics.baseline":
        return template.render(dummy=content.dummy(lang, domain))
    return template.render()


def question_block(
    content: Content, lang: str, slot_id: str, question: str, new_stage: bool
) -> str:
    stage = slot_id.split(".")[0]
    parts = [stage_header(content, lang, stage)] if new_stage else []
    if new_stage:  # once per stage; later questions have the Why quick answer instead
        parts.append(content.say(lang, "why_line", why=content.slot(lang, slot_id).why))
    parts.append(f"**{question}**")
    return "\n\n".join(parts)


def stage_citation(slot_id: str, new_stage: bool) -> list[str]:
    from assistant.domain.slots import SLOT_BY_ID

    concept = SLOT_BY_ID[slot_id].concept
    stage_concept = STAGE_CONCEPT[slot_id.split(".")[0]]
    return list(dict.fromkeys([stage_concept, concept] if new_stage else [concept]))


def verdict_block(content: Content, lang: str, plan: ProblemPlan) -> tuple[str, list[str]]:
    f = plan.feasibility
    name = content.say(lang, f"verdict_name.{f.verdict}")
    reasons = []
    for slot_id in f.reasons:
        value = plan.get(slot_id)
        answer = _short(value.answer) if value else content.say(lang, "md.empty")
        reasons.append(
            content.say(lang, "verdict_reason", label=content.label(lang, slot_id), answer=answer)
        )
    concepts = VERDICT_CONCEPTS[f.verdict]
    blocks = [
        content.say(lang, "verdict_header", verdict=name),
        content.say(lang, f"verdict.{f.verdict}"),
        "\n".join(reasons),
        content.say(lang, "verdict_concepts", concepts=", ".join(_titles(content, lang, concepts))),
    ]
    return "\n\n".join(b for b in blocks if b), concepts


def _titles(content: Content, lang: str, concepts: list[str]) -> list[str]:
    """Lecture card titles for concept ids (what users read, never the ids)."""
    return [content.concepts.get(lang, {}).get(c, "") for c in concepts if c]


def done_text(content: Content, lang: str, plan: ProblemPlan, depth: str = "full") -> str:
    count = totals(plan, depth)  # at quick depth: of the questions quick mode asks
    n = len(plan.open_questions)
    which = "none" if n == 0 else "one" if n == 1 else "many"
    return content.say(
        lang,
        "done",
        verdict=content.say(lang, f"verdict_name.{plan.feasibility.verdict}"),
        filled=count.filled,
        total=count.total,
        open=content.say(lang, f"done.open_{which}", n=n),
    )


def feasibility_done(plan: ProblemPlan) -> bool:
    return all(plan.get(s) is not None for s in FEASIBILITY_SLOTS)


def _short(text: str, limit: int = 120) -> str:
    flat = " ".join(str(text).split())
    return flat if len(flat) <= limit else flat[: limit - 1].rsplit(" ", 1)[0] + "…"
