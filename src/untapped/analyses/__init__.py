"""Analyses: pure functions over the model. They know nothing of vendors."""
