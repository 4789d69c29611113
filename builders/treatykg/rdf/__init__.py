"""Stage 3, RDF: facts and the document model to triples, one named graph per source document, and the dumps.

The vocabulary (typed namespaces), the IRIs (Akoma Ntoso paths, language-independent entity keys), the graph
builder and the serialisers. Nothing here reads text: no regular expressions and no language words.
"""
