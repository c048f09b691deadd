"""Imported by the fork server (isolate_method "forkserver"/"auto"): warm it as a service parent is warmed."""
from parsers.registry import warm_up

warm_up()
