"""Game rules: rounds, scoring and answer matching; never imports Qt or SQL."""
