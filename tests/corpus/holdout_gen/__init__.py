"""Generator of the twenty-fifth blind holdout (tests/corpus/holdout); not to be read by rule tuners."""
