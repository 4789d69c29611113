"""Akoma Ntoso 3.0 (OASIS LegalDocML): each language version of an act as one XML document, linked to the graph.

- The act is an ``act`` (``name``: its type): its title and header in the ``preface``, its enacting formula in
  the ``preamble``, its points as ``paragraph``s of the ``body``, its signatures in the ``conclusions``. The
  treaty it carries is an ``act`` named ``treaty`` in the file's ``components`` (so that its eIds, which repeat
  the act's ``para_1`` or ``note_1``, stay unique within each document as the schema requires), named from the
  act's ``attachments`` by a ``documentRef`` to its expression: preface (title), ``preamble`` (the parties clause,
  ``recitals``, the formula "have agreed"), ``body`` (``section``/``chapter``, ``article``, ``paragraph``, lists
  as ``list`` of ``point``s), ``conclusions`` (the closing formula, the signatures), and each protocol or annex
  an ``attachment``. An editor's note is a ``blockContainer`` of ``remark status="editorial"``.
- Every element made from a node of the model carries the node's eId: the eId of the same part in the graph.
- FRBR: work, expression and manifestation are the graph's IRIs (``FRBRthis`` of the expression is the
  expression's IRI); the graph names the manifestation (``Minter.manifestation``, ``eli:is_embodied_by``).
- Inline: ``def`` and ``term`` (defined terms, ``refersTo`` their SKOS concept), ``party``, ``location``,
  ``date``, ``ref`` (a cited treaty), ``person`` and ``role``, each ``refersTo`` a ``TLC*`` entry of the
  document's ``references`` whose ``href`` is the graph's IRI (``showAs``: a readable name).
- Lossless: the text of a document, its text nodes in document order with ``meta`` left out, is the normalised
  text, character for character. A line break stays a line break: it ends the line's element and stands after
  its closing tag (``…</p></point>`` then the line break), so each line of the text is a line of the file; inside
  one element of several lines (a signature) it follows an ``eol``. No other whitespace is added outside ``meta``.
"""

from treatykg.akn.corpus import AknResult, write_akn
from treatykg.akn.document import AknDocument, act_documents, version_document
from treatykg.akn.schema import schema_errors
from treatykg.akn.writer import AKN_NAMESPACE, text_content

__all__ = ["AKN_NAMESPACE", "AknDocument", "AknResult", "act_documents", "schema_errors", "text_content",
           "version_document", "write_akn"]
