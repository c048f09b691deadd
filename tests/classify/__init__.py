"""Tests of classification: rules, rule files, the classify command."""
