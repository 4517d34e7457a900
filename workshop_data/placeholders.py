"""The words the site's pages print for what is not known yet (a time, a speaker, a status).

One home for a vocabulary that goes both ways: the Jekyll writer (:mod:`.formats.jekyll`) prints
:data:`TBD` for a start the data does not know and for the "TBD" status, and the page importer
reads any of :data:`WORDS` back as not known (:func:`.importer.people.is_placeholder`, which the
time reader :mod:`.importer.times` and the site import use) or, at the end of a section's line, as
the :data:`TBD` status (:mod:`.importer.sections`). A page written must read back as the data it
came from, so the word written is one of the words read. Kept import-free: it is the bottom layer.
(A paper list's placeholders, :mod:`.siteimport.papers`, are a vocabulary of their own: "TBA",
"[Retracted]".)
"""

#: What a page prints for a time not known yet, and the status the data holds for a row printed so.
TBD = "TBD"
#: The words read as "not known yet", in any case.
WORDS = (TBD, "TBA", "TBC")
