"""Export of approved orders: CSV, XLSX and JSON files, and delivery to an ERP webhook with retries."""
