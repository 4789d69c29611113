"""treatykg: treaty acts of Kazakhstan, from published text to a knowledge graph.

Data flows one way, one module per stage:
``sources`` (read and decode) -> ``normalise`` (repairs + offset map)
-> ``parser`` (document model in ``model``) -> ``render`` (model back to text).
"""

__version__ = "0.1.0"
