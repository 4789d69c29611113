"""Exploration: networkx projections of the graph and pandas tables, for notebooks (which define no logic)."""
