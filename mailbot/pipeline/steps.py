"""The step contract and the registry that finds steps by name (Mailman-style pipeline of handlers)."""
from __future__ import annotations

import importlib
from typing import Protocol, runtime_checkable

from mailbot.pipeline.context import MessageContext

# Modules that define steps (each exposes STEPS, a list of step instances). Names must be unique.
STEP_MODULES = (
    "mailbot.pipeline.store_step",
    "mailbot.pipeline.parse_step",
    "mailbot.classify.step",
    "mailbot.cases.step",
    "mailbot.outbox.step",
)

DEFAULT_PIPELINE = ("store", "parse", "classify", "link", "reply", "record")


@runtime_checkable
class Step(Protocol):
    """A named unit of work on one message. Raising parks the message as failed; nothing is lost."""

    name: str
    description: str

    def process(self, ctx: MessageContext) -> None: ...


def discover_steps() -> dict[str, Step]:
    found: dict[str, Step] = {}
    for module_name in STEP_MODULES:
        for step in importlib.import_module(module_name).STEPS:
            if step.name in found:
                raise RuntimeError(f"duplicate pipeline step name {step.name!r} in {module_name}")
            found[step.name] = step
    return found


def build_pipeline(names: tuple[str, ...] = DEFAULT_PIPELINE) -> list[Step]:
    steps = discover_steps()
    missing = [n for n in names if n not in steps]
    if missing:
        raise RuntimeError(f"unknown pipeline step(s): {', '.join(missing)}")
    return [steps[n] for n in names]
