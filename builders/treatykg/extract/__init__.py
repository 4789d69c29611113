"""Extractors: document model -> facts. One module per kind of fact; ``extract.pipeline`` runs them all."""
