"""Own variation set: documents in many real-world styles to check that extraction generalises."""
