"""The sixth blind holdout split: partners, layouts L48-L57 and wording new to the corpus."""
