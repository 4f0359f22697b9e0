"""Graph storage: the ontology's models, the store interface and its backends."""
