"""Write the game's sound effects into assets/sounds/ as small WAV files.

Every sound is synthesised here from sine waves with the standard library alone, so the
project owns them outright. Run `python assets/make_sounds.py` after changing a recipe.
"""

from __future__ import annotations

import math
import struct
import wave
from pathlib import Path

RATE = 22_050
OUT = Path(__file__).resolve().parent / "sounds"

# (frequency in Hz, start in seconds, length in seconds) for each note of a sound.
Note = tuple[float, float, float]

C5, E5, G5, C6 = 523.25, 659.25, 783.99, 1046.50
RECIPES: dict[str, tuple[list[Note], float]] = {
    # Two quick rising notes: a bright "ding-ding".
    "right": ([(E5, 0.0, 0.12), (C6, 0.09, 0.28)], 0.45),
    # A low falling pair, soft rather than harsh.
    "wrong": ([(220.0, 0.0, 0.16), (174.61, 0.13, 0.3)], 0.5),
    # Three short ticks, for the last question of a round.
    "last-seconds": ([(1318.5, 0.0, 0.05), (1318.5, 0.18, 0.05), (1760.0, 0.36, 0.08)], 0.5),
    # A rising major arpeggio ending on a held chord.
    "fanfare": (
        [(C5, 0.0, 0.14), (E5, 0.12, 0.14), (G5, 0.24, 0.14)]
        + [(C5, 0.36, 0.6), (E5, 0.36, 0.6), (G5, 0.36, 0.6), (C6, 0.36, 0.6)],
        1.05,
    ),
}


def envelope(t: float, length: float) -> float:
    """Return a soft attack and an exponential fade, so notes start and stop without clicks."""
    attack = min(t / 0.008, 1.0)
    release = min((length - t) / 0.02, 1.0)
    return attack * release * math.exp(-3.0 * t / length)


def render(notes: list[Note], seconds: float, volume: float = 0.35) -> bytes:
    """Mix notes into 16-bit mono samples."""
    samples = [0.0] * int(RATE * seconds)
    for frequency, start, length in notes:
        first = int(start * RATE)
        for i in range(int(length * RATE)):
            if first + i >= len(samples):
                break
            t = i / RATE
            # A touch of the octave above makes the tone rounder than a bare sine.
            tone = math.sin(2 * math.pi * frequency * t) + 0.25 * math.sin(
                4 * math.pi * frequency * t
            )
            samples[first + i] += tone * envelope(t, length)
    peak = max(1.0, max(abs(s) for s in samples))
    scale = volume * 32767 / peak
    return b"".join(struct.pack("<h", int(s * scale)) for s in samples)


def main() -> None:
    """Write every sound."""
    OUT.mkdir(exist_ok=True)
    for name, (notes, seconds) in RECIPES.items():
        with wave.open(str(OUT / f"{name}.wav"), "wb") as out:
            out.setnchannels(1)
            out.setsampwidth(2)
            out.setframerate(RATE)
            out.writeframes(render(notes, seconds))
        print(f"wrote {name}.wav")


if __name__ == "__main__":
    main()
