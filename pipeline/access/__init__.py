"""Getting the data: download a verified release, load a table, build the static web page."""
