"""Everything mailbot sends: the reply step, templates, the transactional outbox and its SMTP sender."""
