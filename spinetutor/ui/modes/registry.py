"""The window's modes by name, each built the first time it is used.

Building the consultation and presentation modes means importing their panels, reading the
reasoning patterns and the condition library: a third of start-up spent on modes a student may
never open. A mode registered with a factory gets its menu entry at once and is built on
first use (activation, or any code that looks it up); `built()` lists only those that exist.
"""

from __future__ import annotations

from collections.abc import Callable, Iterator, Mapping

from spinetutor.ui.modes.base import Mode


class ModeBuilding(RuntimeError):
    """A mode was asked for while its own factory was still building it."""

    def __init__(self, name: str) -> None:
        super().__init__(f"the {name} mode is still being built")
        self.name = name


class ModeRegistry(Mapping[str, Mode]):
    """name -> Mode; looking a name up builds its mode if it was registered with a factory."""

    def __init__(self) -> None:
        self._modes: dict[str, Mode] = {}
        self._factories: dict[str, Callable[[], Mode]] = {}
        self._order: list[str] = []
        self._building: set[str] = set()

    def add(self, mode: Mode) -> None:
        """Register a mode that already exists (replacing any earlier one of that name)."""
        self._factories.pop(mode.name, None)
        self._modes[mode.name] = mode
        if mode.name not in self._order:
            self._order.append(mode.name)

    def add_factory(self, name: str, factory: Callable[[], Mode]) -> None:
        """Register a mode to be built by `factory()` the first time it is looked up."""
        self._modes.pop(name, None)
        self._factories[name] = factory
        if name not in self._order:
            self._order.append(name)

    def is_built(self, name: str) -> bool:
        return name in self._modes

    def is_building(self, name: str) -> bool:
        """True while the mode's factory runs: a nested event loop inside it (a progress
        dialog, a message box) can deliver a click or timer that asks for the same mode."""
        return name in self._building

    def built(self) -> list[Mode]:
        """The modes that exist now, in registration order (looking at them builds nothing)."""
        return [self._modes[name] for name in self._order if name in self._modes]

    def __getitem__(self, name: str) -> Mode:
        mode = self._modes.get(name)
        if mode is not None:
            return mode
        if name in self._building:
            raise ModeBuilding(name)
        factory = self._factories[name]  # KeyError for an unknown name, as a dict would
        self._building.add(name)
        try:
            mode = factory()
        finally:
            self._building.discard(name)
        if mode.name != name:
            raise ValueError(f"the factory for mode '{name}' built mode '{mode.name}'")
        del self._factories[name]
        self._modes[name] = mode
        return mode

    def __contains__(self, name: object) -> bool:
        return name in self._modes or name in self._factories

    def __iter__(self) -> Iterator[str]:
        return iter(list(self._order))

    def __len__(self) -> int:
        return len(self._order)
