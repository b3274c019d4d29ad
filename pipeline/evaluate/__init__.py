"""Evaluation: score extracted records against hand labels (labelling guide rules)."""
