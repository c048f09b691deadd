"""Tests of the IMAP intake, the service and the real-server test infrastructure."""
