"""Processing one message: a named list of steps run inside one transaction (store, parse, classify, link, reply)."""
