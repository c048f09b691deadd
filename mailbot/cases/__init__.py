"""Deals (cases): linking messages by thread and business number, stage history, required documents."""
