"""Generator of the eighteenth blind holdout (tests/corpus/holdout)."""
