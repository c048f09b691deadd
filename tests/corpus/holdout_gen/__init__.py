"""Generator of the eleventh blind holdout (tests/corpus/holdout); do not read it while tuning parsers or rules."""
