"""Importing the whole history of the workshop's website (a git repository) as data releases."""
