"""A SHACL engine whose reports equal pySHACL 0.40.1's, an order of magnitude faster on big graphs.

    compiled = compile_shapes(shapes_graph)            # parsed once, cached per (unchanged) graph
    hits = run_shapes(compiled, MemorySource(triples)) # or StoreSource(pyoxigraph_store)

It implements SHACL Core (targets, property paths, all Core constraint components, sh:closed, sh:deactivated,
severities and messages) and SPARQL-based constraints (sh:sparql with sh:select, sh:prefixes/sh:declare), each as
pySHACL evaluates it, called as treatykg does (no inference, ``allow_warnings`` and ``allow_infos``): same value
checks (pySHACL's ill-typed literal judgement included), same default messages, same nesting of results (sh:node
results carry the nested shape's results; sh:or, sh:and, sh:not, sh:xone and qualified value shapes only report
their own), and, like pySHACL, the severity of a SPARQL-based result is its shape's (sh:severity on the sh:sparql
node is not read). SPARQL SELECTs run per focus node with $this pre-bound, on a join evaluator over the same index
with rdflib's parser and expressions (pyoxigraph for the algebra it does not cover: see sparql.py). Anything else
(SHACL-AF targets, rules and functions, custom constraint components, sh:js, an unknown sh: property on a shape)
raises UnsupportedShapeError naming the shape and the feature.

Where pySHACL departs from the SHACL spec the engine follows the spec, on purpose:
- the inverse of a sequence path (sh:inversePath (a b)) is ^b/^a; pySHACL computes ^a/^b;
- ``focus_nodes`` restricts which target nodes are validated; pySHACL also skips nested shapes (sh:node, sh:or,
  ...) on any value node that is not in the list, so that they pass;
- with ``abort_on_first`` shapes run in a fixed order (pySHACL's order depends on set iteration);
- a default message that pySHACL fails to write (a blank node that is in no triple) names the node's id.
A pyoxigraph 0.5 Store keeps integer subtypes (xsd:nonNegativeInteger, xsd:int, ...) as xsd:integer, so data read
from a store (StoreSource, and the pyoxigraph fallback for SPARQL) no longer has them.
"""

from treatykg.validation.native_shacl.components import ShaclRuntimeError, ShapeRecursionWarning
from treatykg.validation.native_shacl.data import MemorySource, Source, StoreSource
from treatykg.validation.native_shacl.engine import CompiledShapes, Hit, Run, compile_shapes, run_shapes
from treatykg.validation.native_shacl.model import ShapeError, UnsupportedShapeError

__all__ = ["CompiledShapes", "Hit", "MemorySource", "Run", "ShaclRuntimeError", "ShapeError",
           "ShapeRecursionWarning", "Source", "StoreSource", "UnsupportedShapeError", "compile_shapes", "run_shapes"]
