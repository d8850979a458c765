"""Reading outside files (xlsx, xls, csv in UTF-8 or GBK): refuse hostile files, find the header,
map columns by their Chinese names and synonyms, normalise and validate cell values, and report
every problem by sheet row (as Excel shows it) and column. No Qt, no database."""
