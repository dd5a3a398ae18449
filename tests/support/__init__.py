"""Helpers shared by the test suite: real servers and factories."""
