"""Stage 5, the build of a corpus: each act as a task (read, parse, extract, graph, validate, serialise) run by an
executor, cached by content, then one merge that writes the dumps and fills the store."""
