"""Persistence: SQLModel tables, the database engine and migrations, and the content-addressed blob store."""
