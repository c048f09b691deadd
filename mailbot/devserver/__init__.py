"""Real mail servers started from Python for tests and the demo: a private Dovecot and an aiosmtpd sink."""
from mailbot.devserver.dovecot import Dovecot, free_port, make_root_dir
from mailbot.devserver.smtp import Envelope, SmtpSink

__all__ = ["Dovecot", "Envelope", "SmtpSink", "free_port", "make_root_dir"]
