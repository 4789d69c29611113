"""Stage 4a, validation: SHACL shapes and SPARQL checks on the graph, an OWL reasoner, and QC of the ontology."""
