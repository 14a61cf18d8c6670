"""Step-by-step reveal of a pathway: root -> plexus -> nerve -> branch(es) -> skin.

Pure logic over a Highlight: the steps and the partial Highlight the plate shows after each
step. The plate draws a partial Highlight exactly like a full one, so nothing new to style.
"""

from __future__ import annotations

import re
from dataclasses import dataclass, replace

from PySide6.QtCore import QT_TRANSLATE_NOOP

from spinetutor.core.atlas import Atlas
from spinetutor.core.atlas_i18n import term_text
from spinetutor.core.atlas_model import Highlight, OrderedIds
from spinetutor.ui.i18n import translate

KIND_TITLES = {   # shown via translate("Present", ...)
    "root": QT_TRANSLATE_NOOP("Present", "Root"),
    "plexus": QT_TRANSLATE_NOOP("Present", "Plexus"),
    "nerve": QT_TRANSLATE_NOOP("Present", "Nerve"),
    "branch": QT_TRANSLATE_NOOP("Present", "Branch"),
    "skin": QT_TRANSLATE_NOOP("Present", "Skin"),
}
_NERVE_WORD = re.compile(r"^nervio\s+|\s+nerve$", re.IGNORECASE)   # the step title says it


@dataclass(frozen=True)
class RevealStep:
    kind: str                      # root, plexus, nerve, branch or skin
    label: str
    roots: tuple[str, ...] = ()
    nerves: tuple[str, ...] = ()


def _names(names: list[str], limit: int = 3) -> str:
    shown = ", ".join(names[:limit])
    return shown + (f" +{len(names) - limit}" if len(names) > limit else "")


def reveal_steps(atlas: Atlas, highlight: Highlight | None,
                 language: str = "en") -> list[RevealStep]:
    """The steps for a selection (empty when it has no pathway, e.g. a thoracic vertebra),
    labelled in `language` (the interface's words, the atlas's names)."""
    if highlight is None or not (highlight.roots or highlight.nerves):
        return []
    steps: list[RevealStep] = []
    if highlight.roots:
        roots = list(highlight.roots)
        root_word = translate("Present", "{root} root")
        steps.append(RevealStep("root", _names([root_word.format(root=r) for r in roots]),
                                tuple(roots)))
    by_depth: dict[int, list[str]] = {}
    for nid in highlight.nerves:
        by_depth.setdefault(len(atlas.nerve_chain(nid)) - 1, []).append(nid)
    for depth in sorted(by_depth):
        kind = "plexus" if depth == 0 else "nerve" if depth == 1 else "branch"
        nerves = by_depth[depth]
        label = _names([_NERVE_WORD.sub("", atlas.name_of(f"nerve:{n}", language=language))
                        for n in nerves])
        steps.append(RevealStep(kind, label, nerves=tuple(nerves)))
    if highlight.regions:
        regions = sorted(term_text(atlas, "regions", r, language=language)
                         for r in highlight.regions)
        steps.append(RevealStep("skin", _names(regions)))
    return steps


def partial_highlight(highlight: Highlight, steps: list[RevealStep], shown: int) -> Highlight:
    """What the plate shows once the first ``shown`` steps are revealed."""
    revealed = steps[:shown]
    roots = OrderedIds(r for step in revealed for r in step.roots)
    nerves = {n for step in revealed for n in step.nerves}
    skin = any(step.kind == "skin" for step in revealed)
    hidden_roots = {f"root:{r}" for r in highlight.roots if r not in roots}
    nothing: frozenset[str] = frozenset()
    return replace(
        highlight, roots=roots,
        nerves=OrderedIds(n for n in highlight.nerves if n in nerves),
        root_nerves=OrderedIds(n for n in highlight.root_nerves if n in nerves),
        regions=highlight.regions if skin else nothing,
        patches=highlight.patches if skin else nothing,
        dermatome_patches=highlight.dermatome_patches if skin else nothing,
        territory_patches=highlight.territory_patches if skin else nothing,
        structures=frozenset(s for s in highlight.structures if s not in hidden_roots),
    )


def pulse_chains(atlas: Atlas, highlight: Highlight, steps: list[RevealStep], shown: int,
                 limit: int = 8) -> list[list[str]]:
    """Target chains a pulse runs along: a root, then the revealed nerves down to each end."""
    revealed = steps[:shown]
    roots = [r for step in revealed for r in step.roots]
    nerves = [n for n in highlight.nerves if any(n in step.nerves for step in revealed)]
    leaves = [n for n in nerves if not any(atlas.nerve(m).parent == n for m in nerves)]
    roots = roots or [""]
    leaves = leaves or [""]
    chains: list[list[str]] = []
    for index in range(max(len(roots), len(leaves))):
        root, leaf = roots[index % len(roots)], leaves[index % len(leaves)]
        chain = [f"root:{root}"] if root else []
        if leaf:
            chain += [f"nerve:{n}" for n in atlas.nerve_chain(leaf) if n in nerves]
        if chain and chain not in chains:
            chains.append(chain)
    return chains[:limit]
