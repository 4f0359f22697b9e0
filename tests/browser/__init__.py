"""Headless Chromium for tests and benchmarks of the HTML export."""
