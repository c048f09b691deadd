"""Generator of the blind holdout split (tests/corpus/holdout): its own partners, wording and layouts L11-L20."""
