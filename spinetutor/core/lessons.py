"""Lesson models: what an instructor writes in a lesson file, validated by pydantic.

The field descriptions feed ``lessons/schema.json``, which editors show as hover help, so they
are written for the author, not the programmer.
"""

from __future__ import annotations

from typing import Annotated, Literal

from pydantic import Field, model_validator

from spinetutor.core.content_types import (
    ContentModel,
    PathologyId,
    RegionId,
    Slug,
    Target,
)
from spinetutor.core.quizzes import Quiz
from spinetutor.core.zoom_areas import ZOOM_DESCRIPTION, ZoomArea

Level = Literal["intro", "intermediate", "advanced"]
Herniation = Literal["posterolateral", "far_lateral", "central"]
ACTION_KEYS = ("select", "herniation", "pathology", "highlight_regions", "zoom", "clear")


class Source(ContentModel):
    """A reference the lesson is based on."""

    title: str = Field(description="Title or citation, e.g. 'Radiopaedia: Cauda equina'.")
    url: Annotated[
        str | None,
        Field(pattern=r"^https?://\S+$", description="Web address (shown, never fetched)."),
    ] = None


class Image(ContentModel):
    """A picture from the pack shown with the section."""

    file: str = Field(
        description="Path relative to this YAML file, inside the pack (no '..', no absolute "
        "path, no web address), e.g. 'images/l5-dermatome.png'."
    )
    alt: str = Field(description="What the picture shows, for learners who cannot see it.")
    caption: str | None = Field(default=None, description="Optional caption under the picture.")


class SectionAction(ContentModel):
    """One diagram step run when the section is shown. Write exactly one key per step."""

    model_config = ContentModel.model_config | {
        "json_schema_extra": {"minProperties": 1, "maxProperties": 1}
    }

    select: Target | None = Field(
        default=None, description="Select a structure, e.g. 'root:L5' or 'disc:L4-L5'."
    )
    herniation: Herniation | None = Field(
        default=None,
        description="Show a disc herniation of this type: posterolateral, far_lateral, central.",
    )
    pathology: PathologyId | None = Field(
        default=None,
        description="Draw a condition on the plate and light the path it hurts, e.g. "
        "'herniation.far_lateral.L4-L5', 'stenosis.central.L4-L5', 'entrapment.fibular_head'.",
    )
    highlight_regions: list[RegionId] | None = Field(
        default=None, description="Highlight skin regions, e.g. [dorsum_of_foot, great_toe]."
    )
    zoom: ZoomArea | None = Field(default=None, description=ZOOM_DESCRIPTION)
    clear: bool | None = Field(
        default=None, description="'clear: true' removes all selections and highlights."
    )

    @model_validator(mode="after")
    def _exactly_one(self) -> SectionAction:
        if self.clear is False:
            raise ValueError("'clear: false' does nothing; write 'clear: true' or remove the step")
        given = [key for key in ACTION_KEYS if getattr(self, key) is not None]
        if len(given) != 1:
            raise ValueError(
                "each action step needs exactly one of select, herniation, pathology, "
                f"highlight_regions, zoom, clear (found {', '.join(given) or 'none'}); "
                "start each with '- '"
            )
        return self

    @property
    def kind(self) -> str:
        """Which action this is: 'select', 'herniation', 'pathology', 'highlight_regions',
        'zoom', 'clear'."""
        return next(key for key in ACTION_KEYS if getattr(self, key) is not None)

    @property
    def value(self) -> object:
        return getattr(self, self.kind)


class Section(ContentModel):
    """One page of a lesson: Markdown text and what the diagram shows beside it."""

    id: Slug
    title: str = Field(description="Section heading.")
    text: str = Field(
        description="Markdown. Link to the diagram with [the L5 root](spinetutor:root:L5); "
        "pictures with ![alt](images/file.png) from inside the pack. No raw HTML."
    )
    images: list[Image] = Field(default_factory=list, description="Pictures shown with the text.")
    actions: list[SectionAction] = Field(
        default_factory=list,
        description="Diagram steps run in order when the section is shown, e.g. "
        "[{clear: true}, {select: 'root:L5'}, {zoom: leg_front}].",
    )
    notes: str | None = Field(
        default=None,
        description="Optional speaker notes (Markdown) shown only in the presenter view, "
        "never to the class or the learner: what to say, what to ask, what to point at.",
    )


class SectionTranslation(ContentModel):
    """A section's heading, text and notes in another language."""

    title: str | None = Field(default=None, description="Section heading in this language.")
    text: str | None = Field(
        default=None, description="Markdown text in this language (same rules as 'text')."
    )
    notes: str | None = Field(
        default=None, description="Speaker notes in this language (same rules as 'text')."
    )


class ComparePair(ContentModel):
    """Two structures to show side by side in class: what both affect and what only one does."""

    a: Target = Field(description="First structure, e.g. 'root:L5'.")
    b: Target = Field(description="Second structure, e.g. 'nerve:common_peroneal'.")

    @model_validator(mode="after")
    def _two_different(self) -> ComparePair:
        if self.a == self.b:
            raise ValueError(f"compare '{self.a}' with a different structure, not itself")
        return self


class LessonTranslation(ContentModel):
    """The words of a lesson in another language; anything left out stays in the original."""

    title: str | None = Field(default=None, description="Lesson title in this language.")
    topic: str | None = Field(default=None, description="Its group in the lesson list.")
    summary: str | None = Field(default=None, description="One-sentence summary.")
    objectives: list[str] | None = Field(
        default=None, description="All objectives in this language, in the same order."
    )
    sections: dict[str, SectionTranslation] = Field(
        default_factory=dict,
        description="Section id -> {title, text}, e.g. {l5-root: {title: ..., text: ...}}.",
    )


LanguageCode = Annotated[
    str,
    Field(pattern=r"^[a-z]{2}$", description="A two-letter language code, e.g. 'es'."),
]


class Lesson(ContentModel):
    """A lesson: metadata plus ordered sections."""

    id: Slug
    title: str = Field(description="Lesson title shown in the lesson list.")
    topic: str = Field(description="Group in the lesson list, e.g. 'Anatomy of the spine'.")
    level: Level = Field(description="intro, intermediate or advanced.")
    minutes: int = Field(ge=1, le=600, description="Estimated time to study, in minutes.")
    order: int | None = Field(
        default=None, description="Optional position in the course (lower comes first)."
    )
    summary: str | None = Field(default=None, description="One sentence for the lesson list.")
    objectives: list[str] = Field(
        min_length=1, description="What the learner can do afterwards, one per item."
    )
    sources: list[Source | str] = Field(
        min_length=1,
        description="References: a plain citation string, or {title: ..., url: ...}.",
    )
    sections: list[Section] = Field(min_length=1, description="Sections in reading order.")
    compare: list[ComparePair] = Field(
        default_factory=list,
        description="Optional pairs to compare side by side (C in Present, Compare in Study), "
        "e.g. [{a: 'root:S1', b: 'nerve:sural'}, {a: 'root:L5', b: 'nerve:sciatic'}].",
    )
    translations: dict[LanguageCode, LessonTranslation] = Field(
        default_factory=dict,
        description="Optional: the lesson's words in other languages, keyed by language code, "
        "e.g. {es: {title: ..., sections: {<section id>: {title: ..., text: ...}}}}. "
        "Shown when the app's language is that language.",
    )

    @model_validator(mode="after")
    def _translated_sections_exist(self) -> Lesson:
        ids = {s.id for s in self.sections}
        for language, words in self.translations.items():
            unknown = sorted(set(words.sections) - ids)
            if unknown:
                raise ValueError(f"translations.{language}: no section(s) {', '.join(unknown)} "
                                 f"in this lesson (sections: {', '.join(sorted(ids))})")
            if words.objectives is not None and len(words.objectives) != len(self.objectives):
                raise ValueError(f"translations.{language}.objectives: give all "
                                 f"{len(self.objectives)} objectives, in the same order")
        return self

    def localized(self, language: str) -> Lesson:
        """This lesson with the words of `language` where the author gave them."""
        words = self.translations.get(language)
        if words is None:
            return self
        sections = [
            s.model_copy(update={k: v for k, v in (("title", tr.title), ("text", tr.text),
                                                   ("notes", tr.notes)) if v is not None})
            if (tr := words.sections.get(s.id)) is not None else s
            for s in self.sections
        ]
        update = {k: v for k, v in (("title", words.title), ("topic", words.topic),
                                    ("summary", words.summary),
                                    ("objectives", words.objectives)) if v is not None}
        return self.model_copy(update={**update, "sections": sections})

    @property
    def citations(self) -> tuple[Source, ...]:
        """Sources with plain strings turned into Source objects."""
        return tuple(s if isinstance(s, Source) else Source(title=s) for s in self.sources)


class LessonFile(ContentModel):
    """One YAML file of a pack: a lesson, a quiz, or a lesson with its quiz."""

    lesson: Lesson | None = Field(default=None, description="The lesson in this file.")
    quiz: Quiz | None = Field(
        default=None,
        description="A quiz. Beside a lesson it belongs to that lesson; alone in a file, "
        "name its lesson with 'lesson: <lesson id>'.",
    )

    @model_validator(mode="after")
    def _not_empty(self) -> LessonFile:
        if self.lesson is None and self.quiz is None:
            raise ValueError("a lesson file needs a 'lesson:' or a 'quiz:' (or both)")
        return self
