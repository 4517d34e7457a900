"""Importing the workshop site's whole git history as releases (issue #9).

One module per concern: ``git`` reads the repository, ``editions``/``facts`` say which edition a
page belongs to and what the pages never say, the page parsers return ``records``, and
``history`` assembles and publishes the releases.
"""
