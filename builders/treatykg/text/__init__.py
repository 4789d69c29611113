"""Stage 1, text: source files to a lossless document model.

Readers find and decode the acts of the three source layouts; the normaliser repairs the text and keeps an offset
map back to the raw file; the parser turns the normalised text into the document model (structure only: parts,
numbers, headings and spans, no facts); the renderer gives the normalised text back.
"""
