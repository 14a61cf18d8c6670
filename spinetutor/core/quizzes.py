"""Quiz and question models. Each question type is chosen by its ``type:`` key.

Every question carries ``about:`` (atlas targets) so progress can be tracked per root or nerve,
and an ``explanation`` shown after answering.
"""

from __future__ import annotations

import random
from typing import Annotated, Literal

from pydantic import Field, model_validator

from spinetutor.core.content_types import (
    ContentModel,
    OptionId,
    RegionId,
    Slug,
    Target,
)
from spinetutor.core.zoom_areas import ZOOM_DESCRIPTION, ZoomArea


class Option(ContentModel):
    """A choice in a single or multiple choice question."""

    id: OptionId
    text: str = Field(description="The choice as the learner reads it.")
    correct: bool = Field(default=False, description="true for a right answer.")
    feedback: str | None = Field(
        default=None, description="Shown when the learner picks this option: why right or wrong."
    )


class CaseOption(ContentModel):
    """A candidate lesion in a case vignette: a root or a peripheral nerve."""

    id: OptionId
    lesion: Target = Field(description="The lesion, e.g. 'root:L5' or 'nerve:common_peroneal'.")
    text: str | None = Field(
        default=None, description="How the option reads; defaults to the atlas name of the lesion."
    )
    correct: bool = Field(default=False, description="true for the right lesion.")
    feedback: str | None = Field(default=None, description="Shown when this option is picked.")


class QuestionBase(ContentModel):
    """Fields every question has."""

    id: Slug
    prompt: str = Field(description="The question as the learner reads it (Markdown).")
    explanation: str = Field(description="Shown after answering: the reasoning, in plain words.")
    about: list[Target] = Field(
        min_length=1,
        description="Atlas targets this question tests, e.g. ['root:L5']; progress is tracked "
        "per target.",
    )

    def correct_option_ids(self) -> frozenset[str]:
        """Ids of options marked correct (empty for types without options)."""
        options = getattr(self, "options", ())
        return frozenset(option.id for option in options if option.correct)


class SingleChoice(QuestionBase):
    """Pick one option; exactly one is marked correct."""

    type: Literal["single_choice"]
    options: list[Option] = Field(min_length=2, description="Choices; mark one 'correct: true'.")


class MultipleChoice(QuestionBase):
    """Pick all that apply; partial credit for a partly right set."""

    type: Literal["multiple_choice"]
    options: list[Option] = Field(
        min_length=2, description="Choices; mark every right one 'correct: true'."
    )


class TrueFalse(QuestionBase):
    """A statement the learner judges true or false."""

    type: Literal["true_false"]
    answer: bool = Field(description="true if the statement in the prompt is true.")


class ClickDiagram(QuestionBase):
    """The learner answers by clicking a structure or region on the plate."""

    type: Literal["click_diagram"]
    accepted: list[Target] = Field(
        min_length=1, description="Targets that count as right, e.g. ['disc:L4-L5']."
    )
    zoom: ZoomArea | None = Field(default=None, description=ZOOM_DESCRIPTION)


class MarkRegions(QuestionBase):
    """The learner selects every region of a dermatome or territory; partial credit."""

    type: Literal["mark_regions"]
    expected: list[RegionId] = Field(
        min_length=1, description="Region ids that make up the right answer."
    )
    zoom: ZoomArea | None = Field(default=None, description=ZOOM_DESCRIPTION)


class CaseVignette(QuestionBase):
    """A short case and its findings; the learner picks the lesion."""

    type: Literal["case_vignette"]
    prompt: str = Field(
        default="Where is the lesion most likely to be?", description="The question asked."
    )
    case: str = Field(description="The story: who, what, since when (Markdown).")
    findings: list[str] = Field(min_length=1, description="Examination findings, one per item.")
    options: list[CaseOption] = Field(
        min_length=2, description="Candidate lesions; mark one 'correct: true'."
    )


class OrderPathway(QuestionBase):
    """Put steps in order (e.g. root -> plexus -> nerve -> branch -> region); shown shuffled."""

    type: Literal["order_pathway"]
    items: list[str] = Field(
        min_length=2, description="The steps in the CORRECT order; the app shuffles them."
    )


Question = Annotated[
    SingleChoice | MultipleChoice | TrueFalse | ClickDiagram | MarkRegions | CaseVignette
    | OrderPathway,
    Field(discriminator="type"),
]
QUESTION_TYPES = (
    "single_choice", "multiple_choice", "true_false", "click_diagram", "mark_regions",
    "case_vignette", "order_pathway",
)


class OptionTranslation(ContentModel):
    """An option's words in another language."""

    text: str | None = Field(default=None, description="The choice in this language.")
    feedback: str | None = Field(default=None, description="Its feedback in this language.")


class QuestionTranslation(ContentModel):
    """A question's words in another language; anything left out stays in the original."""

    prompt: str | None = Field(default=None, description="The question in this language.")
    explanation: str | None = Field(default=None, description="The explanation.")
    case: str | None = Field(default=None, description="A case vignette's story.")
    findings: list[str] | None = Field(
        default=None, description="A case vignette's findings: all of them, in the same order.")
    items: list[str] | None = Field(
        default=None, description="An order_pathway's steps: all of them, in the same order.")
    options: dict[str, OptionTranslation] = Field(
        default_factory=dict, description="Option id -> {text, feedback}.")


LanguageCode = Annotated[
    str,
    Field(pattern=r"^[a-z]{2}$", description="A two-letter language code, e.g. 'es'."),
]


class QuizTranslation(ContentModel):
    """A quiz's words in another language."""

    title: str | None = Field(default=None, description="Quiz title in this language.")
    questions: dict[str, QuestionTranslation] = Field(
        default_factory=dict, description="Question id -> its words in this language.")


def _check_question(language: str, question: Question, words: QuestionTranslation) -> None:
    where = f"translations.{language}.questions.{question.id}"
    options = {o.id for o in getattr(question, "options", ())}
    unknown = sorted(set(words.options) - options)
    if unknown:
        raise ValueError(f"{where}.options: no option(s) {', '.join(unknown)} in this question")
    for name in ("findings", "items", "case"):
        given, own = getattr(words, name), getattr(question, name, None)
        if given is not None and own is None:
            raise ValueError(f"{where}.{name}: this question has no {name}")
        if isinstance(given, list) and len(given) != len(own or ()):
            raise ValueError(f"{where}.{name}: give all {len(own or ())}, in the same order")


def _translated(question: Question, words: QuestionTranslation) -> Question:
    update = {k: v for k in ("prompt", "explanation", "case", "findings", "items")
              if (v := getattr(words, k)) is not None}
    if words.options:
        update["options"] = [
            o.model_copy(update={k: v for k in ("text", "feedback")
                                 if (v := getattr(tr, k)) is not None})
            if (tr := words.options.get(o.id)) is not None else o
            for o in question.options]   # type: ignore[union-attr]
    return question.model_copy(update=update)


class Quiz(ContentModel):
    """A quiz attached to one lesson: practice (feedback at once) or test (pass mark)."""

    id: Slug
    title: str = Field(description="Quiz title.")
    lesson: Slug | None = Field(
        default=None,
        description="Id of the lesson this quiz belongs to; may be left out when the quiz sits "
        "in the same file as its lesson.",
    )
    mode: Literal["practice", "test"] = Field(
        default="practice",
        description="practice: feedback after each answer. test: feedback at the end and a "
        "pass mark.",
    )
    pass_mark: int | None = Field(
        default=None, ge=1, le=100, description="Percent needed to pass; tests only, e.g. 80."
    )
    shuffle_questions: bool = Field(default=False, description="Ask questions in random order.")
    shuffle_options: bool = Field(default=False, description="Show options in random order.")
    questions: list[Question] = Field(min_length=1, description="The questions.")
    translations: dict[LanguageCode, QuizTranslation] = Field(
        default_factory=dict,
        description="Optional: the quiz's words in other languages, keyed by language code, "
        "e.g. {es: {title: ..., questions: {<question id>: {prompt: ..., explanation: ..., "
        "options: {<option id>: {text: ..., feedback: ...}}}}}}. Ids, answers and targets "
        "are not translated.",
    )

    @model_validator(mode="after")
    def _translated_questions_exist(self) -> Quiz:
        by_id = {q.id: q for q in self.questions}
        for language, words in self.translations.items():
            unknown = sorted(set(words.questions) - set(by_id))
            if unknown:
                raise ValueError(f"translations.{language}: no question(s) "
                                 f"{', '.join(unknown)} in this quiz")
            for qid, tr in words.questions.items():
                _check_question(language, by_id[qid], tr)
        return self

    def localized(self, language: str) -> Quiz:
        """This quiz with the words of `language` where the author gave them."""
        words = self.translations.get(language)
        if words is None:
            return self
        questions = [_translated(q, tr) if (tr := words.questions.get(q.id)) else q
                     for q in self.questions]
        update: dict[str, object] = {"questions": questions}
        if words.title is not None:
            update["title"] = words.title
        return self.model_copy(update=update)

    def question_order(self, rng: random.Random) -> list[Question]:
        """Questions in the order to ask them, shuffled when the quiz says so."""
        questions = list(self.questions)
        if self.shuffle_questions:
            rng.shuffle(questions)
        return questions


def display_order(question: Question, rng: random.Random, shuffle_options: bool) -> list[str]:
    """What to show, in order: option ids for choice types, items for order_pathway.

    order_pathway items are always shuffled and never shown already in the right order.
    """
    if isinstance(question, OrderPathway):
        items = list(question.items)
        if len(set(items)) > 1:
            while items == question.items:
                rng.shuffle(items)
        return items
    ids = [option.id for option in getattr(question, "options", ())]
    if shuffle_options:
        rng.shuffle(ids)
    return ids
