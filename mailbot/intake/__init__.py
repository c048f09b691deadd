"""IMAP intake: connection facade, exactly-once fetcher with the ledger, IDLE watchers and status views."""
