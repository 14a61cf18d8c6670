"""Atlas names and lay words in another language (assets/atlas/i18n/<language>.yaml).

`Atlas.name_of(target, lay, language)` and the consultation panels call these; a missing
translation falls back to the English word, so nothing ever shows an empty label.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from spinetutor.core.translations import DEFAULT_LANGUAGE, content_translation, section, text

if TYPE_CHECKING:
    from spinetutor.core.atlas import Atlas

# atlas target kind -> section of the translation file
KIND_SECTIONS = {"root": "roots", "nerve": "nerves", "region": "regions", "landmark": "landmarks"}
TERM_SECTIONS = ("regions", "movements", "reflexes", "tests")


def term_text(atlas: Atlas, term_section: str, term_id: str, field: str = "name",
              language: str = DEFAULT_LANGUAGE) -> str:
    """A vocabulary term's `name` or `lay` (regions, movements, reflexes, tests) in `language`."""
    english = getattr(atlas.term(term_section, term_id), field)
    if language == DEFAULT_LANGUAGE:
        return english
    return text(content_translation("atlas", language), term_section, term_id, field,
                default=english)


def translated_name(atlas: Atlas, target: str, lay: bool, language: str) -> str:
    """`Atlas.name_of` for a language other than English."""
    english = atlas.name_of(target, lay)
    if language == DEFAULT_LANGUAGE:
        return english
    data = content_translation("atlas", language)
    kind, _, name = target.partition(":")
    if kind == "patch":
        return translated_name(atlas, f"region:{atlas.patch(name).region}", lay, language)
    if kind in ("disc", "vertebra"):
        fmt = text(data, "formats", kind)
        return fmt.format(id=name) if fmt else english
    entry = section(data, KIND_SECTIONS.get(kind, ""), name)
    word = text(entry, "lay") if lay else ""
    return word or text(entry, "name", default=english)
