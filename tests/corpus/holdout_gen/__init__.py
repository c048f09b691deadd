"""Generator of the twenty-fourth blind holdout (tests/corpus/holdout); not to be read by rule or parser tuners."""
