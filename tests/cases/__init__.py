"""Tests of deals (cases): linking through the real pipeline, the cases command."""
