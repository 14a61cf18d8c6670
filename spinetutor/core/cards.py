"""The information card for a selection, as plain data (title, sections, sources).

Built in the core so the study card, the handout and tests share one wording; the UI only
turns it into rich text.
"""

from __future__ import annotations

from dataclasses import dataclass, field, replace

from spinetutor.core.atlas import Atlas, split_target
from spinetutor.core.atlas_model import Highlight


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


def _root_sections(atlas: Atlas, rid: str) -> list[tuple[str, tuple[str, ...]]]:
    root = atlas.root(rid)
    point = atlas.term("regions", root.key_sensory_point).name if root.key_sensory_point else ""
    muscle = root.key_muscle_text or "None (ISNCSCI has no key muscle for this root)"
    rows = [
        ("Where pain and numbness are felt", (root.dermatome_text,
         "Dermatome regions: " + _names(atlas, "regions", root.dermatome))),
        ("ISNCSCI key sensory point", (f"{root.key_sensory_point_text} ({point})",)),
        ("ISNCSCI key muscle", (muscle,)),
        ("Other muscles", root.other_muscles),
        ("Reflex", (root.reflex_text,)),
        ("Bedside tests", root.tests_text or tuple(
            atlas.term("tests", t).name for t in sorted(root.tests)) or ("None specific.",)),
        ("What the weakness looks like", (root.weakness,)),
        ("Conditions that commonly affect it", root.conditions),
        ("In the foot", (root.foot_relevance,)),
    ]
    if root.overlap_regions:
        rows.append(("Overlap (other maps)", (
            "Some maps or overlap add: " + _names(atlas, "regions", root.overlap_regions),)))
    if root.disagreements:
        rows.append(("Where references disagree", root.disagreements))
    return rows


def _sources(atlas: Atlas, keys: list[str]) -> tuple[tuple[str, str], ...]:
    seen = dict.fromkeys(keys)
    return tuple((atlas.source(k).title, atlas.source(k).url) for k in seen)


def _part_name(atlas: Atlas, part: Highlight) -> str:
    if part.kind == "regions":
        return ", ".join(atlas.term("regions", r).name for r in sorted(part.regions))
    name = atlas.name_of(part.target)
    if part.kind == "disc" and part.herniation:
        name += f" ({part.herniation.replace('_', '-')} herniation)"
    return name


def has_card(h: Highlight | None) -> bool:
    """Whether a highlight has something for a card (bare skin regions have none)."""
    return h is not None and any(p.kind not in ("regions", "pathology")
                                 for p in (h.parts or (h,)))


def build_card(atlas: Atlas, h: Highlight) -> Card:
    """The card shown beside the plate for a highlight; a drawn condition (a herniation
    type, stenosis, an entrapment...) leads with its name, teaching point and sources.

    For several things shown at once (a lesson section's steps) the card describes the last
    structure and lists the others first, so the learner knows the plate shows all of them."""
    if h.parts:
        main = next(p for p in reversed(h.parts) if p.kind not in ("regions", "pathology"))
        card = build_card(atlas, replace(main, parts=()))
        others = tuple(_part_name(atlas, p) for p in h.parts if p is not main)
        return Card(card.title, card.subtitle,
                    (("Also shown on the plate", others), *card.sections), card.sources)
    card = _build_card(atlas, h)
    if not h.pathology or h.pathology not in atlas.pathologies:
        return card
    p = atlas.pathology(h.pathology)
    own = f"{p.name}: "   # pathology_highlight() put the note among the notes: once is enough
    sections = tuple((head, kept) for head, lines in card.sections
                     if (kept := tuple(line for line in lines if not line.startswith(own))))
    lead = ("The condition drawn", (p.note,)) if p.note else None
    sources = _sources(atlas, list(p.sources)) + tuple(
        s for s in card.sources if s not in _sources(atlas, list(p.sources)))
    return Card(card.title, p.name, ((lead,) if lead else ()) + sections, sources)


def _build_card(atlas: Atlas, h: Highlight) -> Card:
    kind, name = split_target(h.target)
    sections: list[tuple[str, tuple[str, ...]]] = []
    keys: list[str] = []
    if h.notes and kind != "nerve":
        heading = {"disc": "How this level works", "vertebra": "How this level works",
                   "landmark": "Details"}.get(kind, "Notes")
        sections.append((heading, h.notes))
    if kind == "region" or kind == "patch":
        region = atlas.term("regions", next(iter(h.regions)))
        core = [r for r in h.roots if r not in h.overlap_roots]
        sections.append(("Roots (dermatomes)", tuple(
            [f"{atlas.root(r).name}: core zone" for r in core]
            + [f"{atlas.root(r).name}: overlap in some maps" for r in h.overlap_roots]
        ) or ("No root claims this skin in the agreed maps.",)))
        nerves = {atlas.patch(p).nerve for p in h.patches}
        sections.append(("Peripheral nerve", tuple(
            f"{atlas.nerve(n).name} (path: "
            + " \u2192 ".join(atlas.nerve(x).name for x in atlas.nerve_chain(n)) + ")"
            for n in sorted(nerves))))
        sections.append(("Why it matters", (
            "Pain or numbness here can come from a root in the spine or from a nerve in the "
            "leg. The orange hatching shows the root's dermatome, the blue cross-hatching the "
            "nerve's territory: where they differ is how the examination tells them apart.",)))
        keys = [k for n in nerves for k in atlas.nerve(n).sources]
        for r in h.roots:
            keys += list(atlas.root(r).dermatome_sources)
        return Card(region.name, f"Skin region \u2014 {region.lay}", tuple(sections),
                    _sources(atlas, keys))
    if kind == "nerve":
        nerve = atlas.nerve(name)
        sections.append(("Course", (nerve.text,) if nerve.text else ()))
        sections.append(("Roots", (", ".join(nerve.roots),)))
        if nerve.movements:
            sections.append(("Moves", (_names(atlas, "movements", nerve.movements),)))
        sections.append(("Skin it supplies", (_names(atlas, "regions", h.regions) or "None",)))
        if nerve.entrapment:
            sections.append(("Where it gets trapped", (nerve.entrapment,)))
        if nerve.disagreement:
            sections.append(("Where references disagree", (nerve.disagreement,)))
        return Card(nerve.name, f"Peripheral nerve \u2014 {nerve.lay}",
                    tuple(s for s in sections if s[1]), _sources(atlas, list(nerve.sources)))
    if kind == "landmark":
        mark = atlas.landmark(name)
        sections.insert(0, ("About", (mark.text,)))
        keys = list(mark.sources)
        title, subtitle = mark.name, mark.lay
    else:
        title = atlas.name_of(h.target)
        subtitle = {
            "disc": f"Intervertebral disc \u2014 {(h.herniation or '').replace('_', '-')} "
                    "herniation",
            "vertebra": f"Vertebra \u2014 {atlas.vertebra(name).group_name}" if kind ==
            "vertebra" else "",
            "root": "Spinal nerve root",
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
                sections.append(("Affected root", (
                    f"{atlas.root(rid).name} (exits at the {atlas.root(rid).exits})",)))
            sections.extend(_root_sections(atlas, rid))
        keys += list(atlas.root(rid).sources)
    if h.nerves:
        sections.append(("Nerve pathway to the leg", tuple(
            " \u2192 ".join(atlas.nerve(n).name for n in chain)
            for chain in atlas.pathway_branches(h.nerves))))
    if kind == "root":
        title = atlas.root(name).name
    return Card(title, subtitle, tuple(s for s in sections if s[1]), _sources(atlas, keys))
