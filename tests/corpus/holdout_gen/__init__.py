"""Generator of the sixteenth blind holdout (tests/corpus/holdout)."""
