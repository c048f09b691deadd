"""Sample documents that parsers.registry.warm_up() extracts once before isolated parses are forked."""
