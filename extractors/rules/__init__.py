"""Rule-based extraction: gazetteer, discovery rules and trigger frames."""
