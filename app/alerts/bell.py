"""A process-wide wake-up for whoever waits on new alerts (the follower's deliveries, alert
streams): rung after a write that recorded alerts commits, so they look at once instead of at
their next tick. Other processes' alerts are found at the next tick."""

from __future__ import annotations

import asyncio
import contextlib
from weakref import WeakKeyDictionary

_bells: WeakKeyDictionary[asyncio.AbstractEventLoop, asyncio.Event] = WeakKeyDictionary()


def ring() -> None:
    """Wake every waiter, on every event loop of the process."""
    for loop, event in list(_bells.items()):
        _bells.pop(loop, None)
        with contextlib.suppress(RuntimeError):  # a loop closed since it last waited
            loop.call_soon_threadsafe(event.set)


def bell() -> asyncio.Event:
    """The event the next `ring` sets. Take it before looking for alerts, then wait on it: an
    alert recorded in between rings it, and none is missed."""
    loop = asyncio.get_running_loop()
    event = _bells.get(loop)
    if event is None:
        event = _bells[loop] = asyncio.Event()
    return event


async def wait(event: asyncio.Event, seconds: float) -> None:
    """Until `event` is set or `seconds` pass."""
    with contextlib.suppress(TimeoutError):
        await asyncio.wait_for(event.wait(), seconds)
