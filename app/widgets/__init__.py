"""Small reusable Qt pieces (search box, date range...)."""
