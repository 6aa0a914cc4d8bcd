"""Date expressions in Arabic news and their resolution against the publication date."""

from marsad.time.dates import find_dates, publication_default

__all__ = ["find_dates", "publication_default"]
