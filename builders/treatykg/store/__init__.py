"""Stage 4b, the store: the embedded pyoxigraph store, the competency questions, SPARQL endpoints and loaders."""
