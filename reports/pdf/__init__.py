"""reportlab forms (release slip, repair slip, key receipt, notices...). No Qt."""
