"""The fifth blind holdout's generator: new partners, wording and layouts L40-L47 on dev3/dev4 machinery."""
