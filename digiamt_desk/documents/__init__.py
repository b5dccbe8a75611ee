"""The documents that leave the ministry: award letter, rejection or query letter, certificate
(reportlab, PDF/A-2b) and the website signet (QtGui on a QImage, PNG and SVG).

Plain inputs in (`model.DocumentData`), bytes out: the package knows nothing of the database.
"""
