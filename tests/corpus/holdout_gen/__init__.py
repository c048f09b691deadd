"""Generator of the ninth blind holdout (tests/corpus/holdout); not to be read by whoever tunes mailbot."""
