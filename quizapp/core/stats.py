"""Rules behind the statistics: how answer times are bucketed for the chart."""

from __future__ import annotations

from quizapp.core.model import TimeBucket

# Answer times are counted in whole-second buckets up to this many seconds; slower is one bucket.
TIME_BUCKET_MS = 1000
TIME_BUCKETS = 10


def time_buckets(counts: dict[int, int]) -> tuple[TimeBucket, ...]:
    """Return every bucket, empty ones too, from a count per bucket index."""
    return tuple(
        TimeBucket(
            index * TIME_BUCKET_MS,
            None if index == TIME_BUCKETS else (index + 1) * TIME_BUCKET_MS,
            counts.get(index, 0),
        )
        for index in range(TIME_BUCKETS + 1)
    )
