"""aikg: the knowledge graph of the AI industry (composition root)."""

__version__ = "0.1.0"
