"""Automatic pre-checks of an application's procedures: is the link reachable, does it look like
an online procedure, which procedures are the same one under different links.

The checks suggest, the reviewer decides. Plain Python and httpx: no Qt, no database (the
services store what the checks find).
"""
