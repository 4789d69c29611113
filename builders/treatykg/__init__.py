"""treatykg: treaty acts of Kazakhstan, from published text to a knowledge graph.

Data flows one way, one folder per stage; a folder imports only from the folders below it
(the layers contract in pyproject.toml, checked by import-linter):

    cli            the treatykg command, one module per command
    explore        networkx projections and pandas tables for notebooks
    evaluation     the graph measured against the gold set's facts, and the invariants of every act
    build          a corpus: act tasks, executors, cache, merge, progress
    validation     SHACL and SPARQL checks, reasoner, ontology QC      store   embedded store, queries, loaders
                   akn     Akoma Ntoso 3.0 documents, with the graph's eIds and IRIs, checked against the schema
    rdf            vocabulary, IRIs, graph builder, dumps
    facts          every fact the text states, with its passage
    text           readers, normaliser and offset map, document model, parser, renderer
    lang           the Kazakh and Russian tables: structure words, dates, numbers, morphology, gazetteers
    errors, files  errors that name file and line; data folders and atomic writes
"""

__version__ = "0.1.0"
