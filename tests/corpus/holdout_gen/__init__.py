"""The seventeenth blind holdout's generator."""
