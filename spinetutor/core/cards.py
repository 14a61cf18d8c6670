"""The information card for a selection, as plain data (title, sections, sources).

Built in the core so the study card, the handout and tests share one wording; the UI only
turns it into rich text. In another language the card is built from the localized atlas
(core/atlas_localized.py) and its headings come from the `card:` words of the atlas
translation file, so every line a learner reads is in that language (source titles stay).
"""

from __future__ import annotations

from dataclasses import dataclass, field, replace

from spinetutor.core.atlas import Atlas, split_target
from spinetutor.core.atlas_localized import localized_atlas, localized_notes
from spinetutor.core.atlas_model import Highlight
from spinetutor.core.translations import DEFAULT_LANGUAGE, content_translation, text

# The card's own words (headings and fixed sentences); translations under `card:` in
# assets/atlas/i18n/<language>.yaml with the same keys and placeholders.
WORDS = {
    "none_key_muscle": "None (ISNCSCI has no key muscle for this root)",
    "where_felt": "Where pain and numbness are felt",
    "dermatome_regions": "Dermatome regions: {names}",
    "key_point": "ISNCSCI key sensory point",
    "key_muscle": "ISNCSCI key muscle",
    "other_muscles": "Other muscles",
    "reflex": "Reflex",
    "tests": "Bedside tests",
    "none_specific": "None specific.",
    "weakness": "What the weakness looks like",
    "conditions": "Conditions that commonly affect it",
    "foot": "In the foot",
    "overlap": "Overlap (other maps)",
    "overlap_line": "Some maps or overlap add: {names}",
    "disagree": "Where references disagree",
    "herniation_part": "{name} ({type} herniation)",
    "also_shown": "Also shown on the plate",
    "condition_drawn": "The condition drawn",
    "how_level": "How this level works",
    "details": "Details",
    "notes": "Notes",
    "roots_dermatomes": "Roots (dermatomes)",
    "core_zone": "{root}: core zone",
    "overlap_zone": "{root}: overlap in some maps",
    "no_root": "No root claims this skin in the agreed maps.",
    "peripheral_nerve": "Peripheral nerve",
    "nerve_path": "{nerve} (path: {path})",
    "why_matters": "Why it matters",
    "why_matters_text": "Pain or numbness here can come from a root in the spine or from a "
    "nerve in the leg. The orange hatching shows the root's dermatome, the blue "
    "cross-hatching the nerve's territory: where they differ is how the examination tells "
    "them apart.",
    "skin_region": "Skin region \u2014 {lay}",
    "course": "Course",
    "roots": "Roots",
    "moves": "Moves",
    "skin_supplies": "Skin it supplies",
    "none": "None",
    "trapped": "Where it gets trapped",
    "nerve_subtitle": "Peripheral nerve \u2014 {lay}",
    "about": "About",
    "disc_subtitle": "Intervertebral disc \u2014 {type} herniation",
    "vertebra_subtitle": "Vertebra \u2014 {group}",
    "root_subtitle": "Spinal nerve root",
    "affected_root": "Affected root",
    "exits_at": "{root} (exits at the {exits})",
    "pathway": "Nerve pathway to the leg",
    "posterolateral": "posterolateral",
    "far_lateral": "far-lateral",
    "central": "central",
}


class _Words:
    """The card's words in one language, English where a translation is missing."""

    def __init__(self, language: str) -> None:
        data = content_translation("atlas", language) if language != DEFAULT_LANGUAGE else {}
        self._data = data

    def __call__(self, key: str, **fields: str) -> str:
        word = text(self._data, "card", key, default=WORDS[key])
        return word.format(**fields) if fields else word

    def herniation(self, kind: str | None) -> str:
        return self(kind) if kind in WORDS else (kind or "").replace("_", "-")


def missing_card_words(language: str) -> list[str]:
    """The card's own words with no translation in `language` (for the tests)."""
    data = content_translation("atlas", language)
    return [f"card.{k}" for k in WORDS if not text(data, "card", k)]


@dataclass(frozen=True)
class Card:
    title: str
    subtitle: str
    sections: tuple[tuple[str, tuple[str, ...]], ...]
    sources: tuple[tuple[str, str], ...] = field(default=())

    def section(self, heading: str) -> tuple[str, ...]:
        return dict(self.sections).get(heading, ())


def _names(atlas: Atlas, section: str, ids: object) -> str:
    return ", ".join(atlas.term(section, i).name for i in sorted(ids))  # type: ignore[arg-type]


def _root_sections(atlas: Atlas, rid: str, w: _Words) -> list[tuple[str, tuple[str, ...]]]:
    root = atlas.root(rid)
    point = atlas.term("regions", root.key_sensory_point).name if root.key_sensory_point else ""
    muscle = root.key_muscle_text or w("none_key_muscle")
    rows = [
        (w("where_felt"), (root.dermatome_text,
         w("dermatome_regions", names=_names(atlas, "regions", root.dermatome)))),
        (w("key_point"), (f"{root.key_sensory_point_text} ({point})",)),
        (w("key_muscle"), (muscle,)),
        (w("other_muscles"), root.other_muscles),
        (w("reflex"), (root.reflex_text,)),
        (w("tests"), root.tests_text or tuple(
            atlas.term("tests", t).name for t in sorted(root.tests)) or (w("none_specific"),)),
        (w("weakness"), (root.weakness,)),
        (w("conditions"), root.conditions),
        (w("foot"), (root.foot_relevance,)),
    ]
    if root.overlap_regions:
        rows.append((w("overlap"), (
            w("overlap_line", names=_names(atlas, "regions", root.overlap_regions)),)))
    if root.disagreements:
        rows.append((w("disagree"), root.disagreements))
    return rows


def _sources(atlas: Atlas, keys: list[str]) -> tuple[tuple[str, str], ...]:
    seen = dict.fromkeys(keys)
    return tuple((atlas.source(k).title, atlas.source(k).url) for k in seen)


def _part_name(atlas: Atlas, part: Highlight, w: _Words, language: str) -> str:
    if part.kind == "regions":
        return ", ".join(atlas.term("regions", r).name for r in sorted(part.regions))
    if part.kind == "pathology" and part.pathology in atlas.pathologies:   # the scoliosis curve
        return atlas.pathology(part.pathology).name
    name = atlas.name_of(part.target, language=language)
    if part.kind == "disc" and part.herniation:
        name = w("herniation_part", name=name, type=w.herniation(part.herniation))
    return name


def has_card(h: Highlight | None) -> bool:
    """Whether a highlight has something for a card (bare skin regions have none)."""
    return h is not None and any(p.kind not in ("regions", "pathology")
                                 for p in (h.parts or (h,)))


def build_card(atlas: Atlas, h: Highlight, language: str = DEFAULT_LANGUAGE) -> Card:
    """The card shown beside the plate for a highlight, in `language`; a drawn condition (a
    herniation type, stenosis, an entrapment...) leads with its name, teaching point and
    sources.

    For several things shown at once (a lesson section's steps) the card describes the last
    structure and lists the others first, so the learner knows the plate shows all of them."""
    local = localized_atlas(atlas, language)
    w = _Words(language)
    if h.parts:
        main = next(p for p in reversed(h.parts) if p.kind not in ("regions", "pathology"))
        card = build_card(atlas, replace(main, parts=()), language)
        others = tuple(_part_name(local, p, w, language) for p in h.parts if p is not main)
        return Card(card.title, card.subtitle,
                    ((w("also_shown"), others), *card.sections), card.sources)
    h = localized_notes(atlas, local, h)
    card = _build_card(local, h, w, language)
    if not h.pathology or h.pathology not in local.pathologies:
        return card
    p = local.pathology(h.pathology)
    own = f"{p.name}: "   # pathology_highlight() put the note among the notes: once is enough
    # a drawn condition that is not a herniation (a slip, stenosis, a worn disc) must not be
    # explained by the herniation rule the disc's card otherwise gives
    rules = set() if p.id.startswith("herniation.") else {
        local.disc_rules.get(kind) for kind in ("posterolateral", "far_lateral", "central")}
    sections = tuple((head, kept) for head, lines in card.sections
                     if (kept := tuple(line for line in lines
                                       if not line.startswith(own) and line not in rules)))
    lead = (w("condition_drawn"), (p.note,)) if p.note else None
    sources = _sources(local, list(p.sources)) + tuple(
        s for s in card.sources if s not in _sources(local, list(p.sources)))
    return Card(card.title, p.name, ((lead,) if lead else ()) + sections, sources)


def _region_card(atlas: Atlas, h: Highlight, w: _Words,
                 sections: list[tuple[str, tuple[str, ...]]]) -> Card:
    region = atlas.term("regions", next(iter(h.regions)))
    core = [r for r in h.roots if r not in h.overlap_roots]
    sections.append((w("roots_dermatomes"), tuple(
        [w("core_zone", root=atlas.root(r).name) for r in core]
        + [w("overlap_zone", root=atlas.root(r).name) for r in h.overlap_roots]
    ) or (w("no_root"),)))
    nerves = {atlas.patch(p).nerve for p in h.patches}
    sections.append((w("peripheral_nerve"), tuple(
        w("nerve_path", nerve=atlas.nerve(n).name, path=" \u2192 ".join(
            atlas.nerve(x).name for x in atlas.nerve_chain(n)))
        for n in sorted(nerves))))
    sections.append((w("why_matters"), (w("why_matters_text"),)))
    keys = [k for n in nerves for k in atlas.nerve(n).sources]
    for r in h.roots:
        keys += list(atlas.root(r).dermatome_sources)
    return Card(region.name, w("skin_region", lay=region.lay), tuple(sections),
                _sources(atlas, keys))


def _nerve_card(atlas: Atlas, h: Highlight, w: _Words, name: str) -> Card:
    nerve = atlas.nerve(name)
    sections = [(w("course"), (nerve.text,) if nerve.text else ()),
                (w("roots"), (", ".join(nerve.roots),))]
    if nerve.movements:
        sections.append((w("moves"), (_names(atlas, "movements", nerve.movements),)))
    sections.append((w("skin_supplies"), (_names(atlas, "regions", h.regions) or w("none"),)))
    if nerve.entrapment:
        sections.append((w("trapped"), (nerve.entrapment,)))
    if nerve.disagreement:
        sections.append((w("disagree"), (nerve.disagreement,)))
    return Card(nerve.name, w("nerve_subtitle", lay=nerve.lay),
                tuple(s for s in sections if s[1]), _sources(atlas, list(nerve.sources)))


def _build_card(atlas: Atlas, h: Highlight, w: _Words, language: str) -> Card:
    kind, name = split_target(h.target)
    sections: list[tuple[str, tuple[str, ...]]] = []
    keys: list[str] = []
    if h.notes and kind != "nerve":
        heading = {"disc": w("how_level"), "vertebra": w("how_level"),
                   "landmark": w("details")}.get(kind, w("notes"))
        sections.append((heading, h.notes))
    if kind == "region" or kind == "patch":
        return _region_card(atlas, h, w, sections)
    if kind == "nerve":
        return _nerve_card(atlas, h, w, name)
    if kind == "landmark":
        mark = atlas.landmark(name)
        sections.insert(0, (w("about"), (mark.text,)))
        keys = list(mark.sources)
        title, subtitle = mark.name, mark.lay
    else:
        title = atlas.name_of(h.target, language=language)
        subtitle = {
            "disc": w("disc_subtitle", type=w.herniation(h.herniation)),
            "vertebra": w("vertebra_subtitle", group=atlas.vertebra(name).group_name)
            if kind == "vertebra" else "",
            "root": w("root_subtitle"),
        }.get(kind, "")
        if kind == "disc":
            keys += list(atlas.disc_rules.get("sources", []))
        if kind == "vertebra":
            keys += list(atlas.disc_rules.get("vertebra_sources", []))
    for rid in h.roots:
        if kind == "landmark" or len(h.roots) > 2:
            sections.append((atlas.root(rid).name, (atlas.root(rid).dermatome_text,)))
        else:
            if kind != "root":
                sections.append((w("affected_root"), (
                    w("exits_at", root=atlas.root(rid).name, exits=atlas.root(rid).exits),)))
            sections.extend(_root_sections(atlas, rid, w))
        keys += list(atlas.root(rid).sources)
    if h.nerves:
        sections.append((w("pathway"), tuple(
            " \u2192 ".join(atlas.nerve(n).name for n in chain)
            for chain in atlas.pathway_branches(h.nerves))))
    if kind == "root":
        title = atlas.root(name).name
    title = title[:1].upper() + title[1:]   # 'disco L4-L5' heads the card as 'Disco L4-L5'
    return Card(title, subtitle, tuple(s for s in sections if s[1]), _sources(atlas, keys))
