"""Turning article files into knowledge-graph extractions."""
