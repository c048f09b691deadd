"""A private, throw-away Postfix started from Python: local domain to Dovecot over LMTP, all else to a sink.

Adapted from /work/shared/recipes/mailpostfix.py. It never reads /etc/postfix: main.cf and master.cf
are written into `root_dir` (use `make_root_dir()`: Postfix's own processes run as the `postfix`
user and must traverse the parents). Mail for `domain` goes to Dovecot's LMTP port; every other
domain is relayed to `relay_port` on 127.0.0.1 (an aiosmtpd sink), so nothing leaves the host.
Must run as root (the master drops privileges itself). Started and stopped by PID / process group.
"""
from __future__ import annotations

import contextlib
import os
import shutil
import signal
import socket
import subprocess
import time
from dataclasses import dataclass, field
from pathlib import Path
from types import TracebackType

from mailbot.devserver.dovecot import free_port

# Every service chroot=n: the chroot would be the private queue directory, which has no
# /etc/services, /etc/resolv.conf, ... (Debian's stock master.cf says y).
MASTER_CF = """\
{listen} inet n - n - - smtpd
pickup    unix  n - n 60   1 pickup
cleanup   unix  n - n -    0 cleanup
qmgr      unix  n - n 300  1 qmgr
tlsmgr    unix  - - n 1000? 1 tlsmgr
rewrite   unix  - - n -    - trivial-rewrite
bounce    unix  - - n -    0 bounce
defer     unix  - - n -    0 bounce
trace     unix  - - n -    0 bounce
verify    unix  - - n -    1 verify
flush     unix  n - n 1000? 0 flush
proxymap  unix  - - n -    - proxymap
proxywrite unix - - n -    1 proxymap
smtp      unix  - - n -    - smtp
relay     unix  - - n -    - smtp
showq     unix  n - n -    - showq
error     unix  - - n -    - error
retry     unix  - - n -    - error
discard   unix  - - n -    - discard
lmtp      unix  - - n -    - lmtp
anvil     unix  - - n -    1 anvil
scache    unix  - - n -    1 scache
postlog   unix-dgram n - n - 1 postlogd
"""


def postfix_available() -> str | None:
    """None when a private Postfix can run here, else the reason it cannot (for pytest.skip)."""
    if shutil.which("postfix") is None and not Path("/usr/sbin/postfix").exists():
        return "postfix is not installed (apt-get install postfix; see scripts/setup.sh)"
    if os.geteuid() != 0:
        return "a private Postfix needs root (its master drops privileges to the postfix user)"
    try:
        import pwd

        pwd.getpwnam("postfix")
    except KeyError:
        return "the postfix system user is missing (package not configured)"
    return None


def _postfix_bin() -> str:
    return shutil.which("postfix") or "/usr/sbin/postfix"


@dataclass
class Postfix:
    """One private Postfix instance listening for SMTP on 127.0.0.1:`smtp_port`."""

    root_dir: Path
    lmtp_port: int  # Dovecot's LMTP (inet) port: mail for `domain` is delivered there
    relay_port: int  # an aiosmtpd sink on 127.0.0.1: every other domain goes there
    domain: str = "example.com"
    smtp_port: int = field(default_factory=free_port)
    host: str = "127.0.0.1"
    proc: subprocess.Popen[bytes] | None = None

    @property
    def etc(self) -> Path:
        return self.root_dir / "etc"

    @property
    def log(self) -> Path:
        return self.root_dir / "postfix.log"

    @property
    def running(self) -> bool:
        return self.proc is not None and self.proc.poll() is None

    def _write_config(self) -> None:
        d = self.root_dir
        for sub in ("etc", "spool", "data"):
            (d / sub).mkdir(parents=True, exist_ok=True)
        os.chmod(d, 0o755)
        shutil.chown(d / "data", "postfix", "postfix")  # else master.lock fails with EACCES
        main = f"""\
compatibility_level = 3.6
queue_directory = {d}/spool
data_directory = {d}/data
mail_owner = postfix
setgid_group = postdrop
# There is no syslog here: Postfix writes its own log file.
maillog_file = {d}/postfix.log
maillog_file_prefixes = {d}
syslog_name = postfix-mailbot-test
myhostname = mx.{self.domain}
mydomain = {self.domain}
myorigin = {self.domain}
mydestination =
inet_interfaces = {self.host}
inet_protocols = ipv4
mynetworks = 127.0.0.0/8
smtpd_relay_restrictions = permit_mynetworks, reject_unauth_destination
virtual_mailbox_domains = {self.domain}
virtual_transport = lmtp:inet:127.0.0.1:{self.lmtp_port}
relayhost = [127.0.0.1]:{self.relay_port}
smtp_dns_support_level = disabled
lmtp_dns_support_level = disabled
alias_maps =
alias_database =
local_recipient_maps =
biff = no
# Tests: no tarpitting after client errors (the default is 1 s per error).
smtpd_error_sleep_time = 0
queue_run_delay = 5s
minimal_backoff_time = 5s
maximal_backoff_time = 10s
"""
        (self.etc / "main.cf").write_text(main)
        (self.etc / "master.cf").write_text(MASTER_CF.format(listen=f"{self.host}:{self.smtp_port}"))
        # Postfix re-reads a config file every 300 ms until its mtime is more than 1 s old ("let it
        # settle down"): a fresh main.cf would cost ~2 s per command, so back-date them.
        old = time.time() - 60
        for name in ("main.cf", "master.cf"):
            os.utime(self.etc / name, (old, old))

    def start(self, timeout: float = 15.0) -> Postfix:
        """Start the master in the foreground (we own its PID); returns when the SMTP greeting arrives."""
        reason = postfix_available()
        if reason:
            raise RuntimeError(reason)
        if self.running:
            return self
        self._write_config()
        with open(self.root_dir / "postfix.stdout", "ab") as out:
            # start-fg keeps master(8) in the foreground as our child.
            self.proc = subprocess.Popen(
                [_postfix_bin(), "-c", str(self.etc), "start-fg"],
                stdout=out, stderr=subprocess.STDOUT, stdin=subprocess.DEVNULL, start_new_session=True)
        deadline = time.monotonic() + timeout
        while True:  # ready = the 220 greeting (a TCP connect alone can be too early)
            if self.proc.poll() is not None:
                raise RuntimeError("postfix exited: " + self.diagnostics())
            try:
                with socket.create_connection((self.host, self.smtp_port), 0.5) as s:
                    s.settimeout(2)
                    if s.recv(200).startswith(b"220"):
                        return self
            except OSError:
                pass
            if time.monotonic() > deadline:
                self.kill()
                raise TimeoutError("postfix not ready: " + self.diagnostics())
            time.sleep(0.02)

    def diagnostics(self) -> str:
        """The tail of Postfix's stdout and log (for assertion messages)."""
        out = []
        for p in (self.root_dir / "postfix.stdout", self.log):
            if p.exists():
                out.append(p.read_text(errors="replace")[-3000:])
        return "\n".join(out)

    def queue(self) -> str:
        """`postqueue -p` of this instance ("Mail queue is empty" when everything was delivered)."""
        done = subprocess.run(["postqueue", "-c", str(self.etc), "-p"], capture_output=True, text=True, check=False)
        return done.stdout + done.stderr

    def flush(self) -> None:
        """Ask the queue manager to retry deferred mail now (e.g. after the sink came back)."""
        subprocess.run(["postqueue", "-c", str(self.etc), "-f"], capture_output=True, check=False)

    def master_pid(self) -> int | None:
        """The running master's PID from its pid file; None if it is gone (a stale file's PID may be reused)."""
        try:
            pid = int((self.root_dir / "spool" / "pid" / "master.pid").read_text())
            cmdline = Path(f"/proc/{pid}/cmdline").read_bytes()
        except (OSError, ValueError):
            return None
        return pid if b"master" in cmdline else None

    def stop(self, timeout: float = 10.0) -> None:
        """Graceful stop: SIGTERM to our master (it ends its children within milliseconds)."""
        if not self.running:
            return
        assert self.proc is not None
        pid = self.master_pid()
        with contextlib.suppress(ProcessLookupError):
            # master(8) runs in its own session under our start-fg shell: it ends its children itself.
            os.kill(pid if pid else self.proc.pid, signal.SIGTERM)
        try:
            self.proc.wait(timeout)
        except subprocess.TimeoutExpired:
            self.kill()

    def kill(self) -> None:
        """SIGKILL every process: master(8) makes its own process group (its children share it)."""
        if self.proc is None:
            return
        for pgid in {p for p in (self.master_pid(), self.proc.pid) if p}:
            with contextlib.suppress(ProcessLookupError, PermissionError):
                os.killpg(pgid, signal.SIGKILL)
        self.proc.wait()

    def destroy(self) -> None:
        """Stop and remove the instance directory."""
        self.stop()
        self.kill()
        shutil.rmtree(self.root_dir, ignore_errors=True)

    def __enter__(self) -> Postfix:
        return self.start()

    def __exit__(self, et: type[BaseException] | None, ev: BaseException | None,
                 tb: TracebackType | None) -> None:
        self.destroy()
