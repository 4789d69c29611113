"""Extractors: document model -> facts. One module per kind of fact; ``extract_facts`` runs them all."""
