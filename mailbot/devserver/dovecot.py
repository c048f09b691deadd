"""A private, throw-away Dovecot (IMAP/IMAPS/LMTP) started from Python: for tests and `mailbot demo`.

Adapted from /work/shared/recipes/maildovecot.py. It never reads /etc/dovecot: everything lives in
`root_dir`, which must sit under world-traversable parents when running as root (auth and mail
processes run as other users), so use `make_root_dir()` rather than pytest's 0700 tmp_path.
"""
from __future__ import annotations

import contextlib
import grp
import os
import pwd
import shutil
import signal
import socket
import subprocess
import tempfile
import time
from collections.abc import Iterable
from dataclasses import dataclass, field
from pathlib import Path
from types import TracebackType


def free_port() -> int:
    """An unused loopback TCP port (the kernel picks it)."""
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        return int(s.getsockname()[1])


def make_root_dir(prefix: str = "mailbot-dovecot-") -> Path:
    """A fresh directory under the system temp dir with mode 0755 (mkdtemp makes 0700, which root's
    dropped-privilege auth/mail processes cannot traverse)."""
    path = Path(tempfile.mkdtemp(prefix=prefix, dir="/tmp" if Path("/tmp").is_dir() else None))
    os.chmod(path, 0o755)
    return path


def make_self_signed_cert(directory: Path) -> tuple[Path, Path]:
    cert, key = directory / "cert.pem", directory / "key.pem"
    if cert.exists() and key.exists():
        return cert, key  # a restart keeps its certificate (clients may have pinned it)
    subprocess.run(
        ["openssl", "req", "-x509", "-newkey", "rsa:2048", "-nodes", "-days", "7",
         "-keyout", str(key), "-out", str(cert), "-subj", "/CN=localhost",
         "-addext", "subjectAltName=DNS:localhost,IP:127.0.0.1"],
        check=True, capture_output=True)
    return cert, key


@dataclass
class Dovecot:
    """One private Dovecot instance; `start()`/`kill()`/`start()` keeps ports, users and mail."""

    root_dir: Path
    users: dict[str, str]  # login -> plaintext password
    imap_port: int = field(default_factory=free_port)
    imaps_port: int = field(default_factory=free_port)
    lmtp_port: int = field(default_factory=free_port)
    host: str = "127.0.0.1"
    mail_uid: int = 10000  # used only when running as root
    # Replaces the post-login CAPABILITY list, to play a server without MOVE or UIDPLUS (Dovecot has both).
    imap_capability: str | None = None
    # An RFC 7662 introspection endpoint (devserver.oauth.OAuthServer): enables XOAUTH2/OAUTHBEARER logins.
    oauth2_introspection_url: str | None = None
    proc: subprocess.Popen[bytes] | None = None

    # -- paths -------------------------------------------------------------
    @property
    def conf(self) -> Path:
        return self.root_dir / "dovecot.conf"

    @property
    def cert(self) -> Path:
        return self.root_dir / "cert.pem"

    @property
    def log(self) -> Path:
        return self.root_dir / "dovecot.log"

    def maildir(self, user: str) -> Path:
        return self.root_dir / "mail" / user / "Maildir"

    @property
    def running(self) -> bool:
        return self.proc is not None and self.proc.poll() is None

    # -- configuration -----------------------------------------------------
    def _write_passwd(self) -> None:
        # Dovecot's passwd-file driver re-reads the file when it changes: add_user works while running.
        tmp = self.root_dir / "passwd.tmp"
        tmp.write_text("".join(f"{u}:{{PLAIN}}{p}::::::\n" for u, p in self.users.items()))
        os.chmod(tmp, 0o644)
        target = self.root_dir / "passwd"
        # Dovecot notices the change by mtime in whole seconds: make it differ from the old file's.
        stamp = int(time.time())
        if target.exists():
            stamp = max(stamp, int(target.stat().st_mtime) + 1)
        os.utime(tmp, (stamp, stamp))
        tmp.replace(target)

    def _write_config(self) -> None:
        d = self.root_dir
        d.mkdir(parents=True, exist_ok=True)
        os.chmod(d, 0o755)
        if os.geteuid() == 0:
            for parent in d.resolve().parents:
                if not parent.stat().st_mode & 0o001:
                    raise ValueError(f"{parent} is not world-traversable (o+x); "
                                     "use make_root_dir() (a 0755 directory under /tmp)")
        for sub in ("mail", "state"):
            (d / sub).mkdir(exist_ok=True)
        make_self_signed_cert(d)
        self._write_passwd()
        if os.geteuid() == 0:
            # root: the master drops privileges; mail processes may not run as uid 0
            uid = gid = self.mail_uid
            os.chown(d / "mail", uid, gid)
            privs = f"first_valid_uid = {uid}\n"
        else:
            uid, gid = os.getuid(), os.getgid()
            me = pwd.getpwuid(uid).pw_name
            grp_name = grp.getgrgid(gid).gr_name
            privs = (f"default_internal_user = {me}\ndefault_login_user = {me}\n"
                     f"default_internal_group = {grp_name}\n"
                     f"first_valid_uid = {uid}\n"
                     "service anvil {\n  chroot =\n}\n"
                     "service imap-login {\n  chroot =\n}\n")
        self.conf.write_text(f"""\
# Private Dovecot 2.3 instance -- does NOT include /etc/dovecot/*
protocols = imap lmtp
listen = {self.host}
base_dir = {d}/run
state_dir = {d}/state
instance_name = mailbot-{self.imap_port}
log_path = {d}/dovecot.log
info_log_path = {d}/dovecot.log
{privs}
ssl = yes
ssl_cert = <{d}/cert.pem
ssl_key = <{d}/key.pem
ssl_dh = </usr/share/dovecot/dh.pem

auth_mechanisms = plain login{" xoauth2 oauthbearer" if self.oauth2_introspection_url else ""}
disable_plaintext_auth = no
# failed logins answer at once instead of after 2 s (wrong-password tests stay fast)
auth_failure_delay = 0
{self._oauth2_passdb()}passdb {{
  driver = passwd-file
  args = scheme=PLAIN username_format=%u {d}/passwd
}}
userdb {{
  driver = passwd-file
  args = username_format=%u {d}/passwd
  default_fields = uid={uid} gid={gid} home={d}/mail/%u
}}
mail_location = maildir:~/Maildir
namespace inbox {{
  inbox = yes
  separator = /
}}
service imap-login {{
  inet_listener imap {{
    port = {self.imap_port}
  }}
  inet_listener imaps {{
    port = {self.imaps_port}
    ssl = yes
  }}
}}
service lmtp {{
  inet_listener lmtp {{
    address = {self.host}
    port = {self.lmtp_port}
  }}
}}
# The per-IP auth penalty (2, 4, 8.. s after each failed login) is off: auth cannot reach anvil's socket.
service anvil {{
  unix_listener anvil-auth-penalty {{
    mode = 0
  }}
}}
protocol imap {{
  mail_max_userip_connections = 200
{f"  imap_capability = {self.imap_capability}" if self.imap_capability else ""}
}}
protocol lmtp {{
  postmaster_address = postmaster@example.test
}}
""")

    def _oauth2_passdb(self) -> str:
        if not self.oauth2_introspection_url:
            return ""
        ext = self.root_dir / "dovecot-oauth2.conf.ext"
        ext.write_text(f"introspection_mode = post\nintrospection_url = {self.oauth2_introspection_url}\n"
                       "username_attribute = username\nactive_attribute = active\nactive_value = true\n")
        return ("passdb {\n  driver = oauth2\n  mechanisms = xoauth2 oauthbearer\n"
                f"  args = {ext}\n}}\n")

    # -- life cycle ----------------------------------------------------------
    def start(self, timeout: float = 10.0) -> Dovecot:
        """Start (or restart on the same ports); returns when the IMAP greeting arrives."""
        if self.running:
            return self
        self._write_config()
        with open(self.root_dir / "dovecot.stdout", "ab") as out:
            self.proc = subprocess.Popen(
                ["dovecot", "-F", "-c", str(self.conf)],
                stdout=out, stderr=subprocess.STDOUT, start_new_session=True)
        deadline = time.monotonic() + timeout
        while True:  # ready = the IMAP greeting arrives (a TCP connect alone is too early)
            if self.proc.poll() is not None:
                raise RuntimeError(f"dovecot exited rc={self.proc.returncode}: "
                                   + (self.root_dir / "dovecot.stdout").read_text(errors="replace")[-2000:]
                                   + (self.log.read_text(errors="replace")[-2000:] if self.log.exists() else ""))
            try:
                with socket.create_connection((self.host, self.imap_port), 0.5) as s:
                    s.settimeout(2)
                    if s.recv(200).startswith(b"* OK"):
                        return self
            except OSError:
                pass
            if time.monotonic() > deadline:
                self.kill()
                raise TimeoutError("dovecot did not become ready")
            time.sleep(0.02)

    def stop(self, timeout: float = 5.0) -> None:
        """Graceful stop (1-2.5 s inside Dovecot); SIGKILL after `timeout`."""
        if not self.running:
            return
        assert self.proc is not None
        self.proc.send_signal(signal.SIGTERM)
        try:
            self.proc.wait(timeout)
        except subprocess.TimeoutExpired:
            self.kill()

    def kill(self) -> None:
        """Instant stop: SIGKILL the whole process group (the master and every child)."""
        if self.proc is None:
            return
        with contextlib.suppress(ProcessLookupError):
            os.killpg(self.proc.pid, signal.SIGKILL)
        self.proc.wait()
        # The killed master leaves its pid file and sockets; a restart on the same base_dir is fine
        # because dovecot checks the pid file's process, which is gone.

    def destroy(self) -> None:
        """Kill and remove the whole instance directory."""
        self.kill()
        shutil.rmtree(self.root_dir, ignore_errors=True)

    def __enter__(self) -> Dovecot:
        return self.start()

    def __exit__(self, et: type[BaseException] | None, ev: BaseException | None,
                 tb: TracebackType | None) -> None:
        self.destroy()

    # -- users and mail --------------------------------------------------------
    def add_user(self, user: str, password: str) -> None:
        self.users[user] = password
        if self.conf.exists():
            self._write_passwd()
            if self.running:
                # auth re-checks the file at most once per second: wait so the next login sees it
                time.sleep(1.1)

    def client(self, user: str, *, timeout: float = 30.0):  # type: ignore[no-untyped-def]
        """A logged-in imapclient.IMAPClient on the plain port (caller logs out)."""
        from imapclient import IMAPClient

        c = IMAPClient(self.host, port=self.imap_port, ssl=False, timeout=timeout)
        c.login(user, self.users[user])
        return c

    def append(self, user: str, raw: bytes, folder: str = "INBOX", flags: Iterable[str] = ()) -> int | None:
        """APPEND one message; returns its UID (from UIDPLUS' APPENDUID) or None."""
        return self.append_many(user, [raw], folder=folder, flags=flags)[0]

    def append_many(self, user: str, raws: Iterable[bytes], folder: str = "INBOX",
                    flags: Iterable[str] = ()) -> list[int | None]:
        """APPEND several messages over one connection (faster for hundreds)."""
        c = self.client(user)
        uids: list[int | None] = []
        try:
            if folder.upper() != "INBOX" and not c.folder_exists(folder):
                c.create_folder(folder)
            for raw in raws:
                resp = c.append(folder, raw, flags=tuple(flags))
                uids.append(_appenduid(resp))
        finally:
            _logout(c)
        return uids

    def expunge_all(self, user: str, folder: str = "INBOX") -> None:
        """Remove every message from a folder (doveadm works whether or not a client is connected)."""
        subprocess.run(["doveadm", "-c", str(self.conf), "expunge", "-u", user, "mailbox", folder, "all"],
                       check=True, capture_output=True)

    def doveadm(self, *args: str) -> subprocess.CompletedProcess[bytes]:
        return subprocess.run(["doveadm", "-c", str(self.conf), *args], check=True, capture_output=True)


def _appenduid(resp: bytes | str) -> int | None:
    # "[APPENDUID 1700000000 42] Append completed."
    text = resp.decode("ascii", "replace") if isinstance(resp, bytes) else str(resp)
    if "APPENDUID" in text:
        try:
            return int(text.split("APPENDUID", 1)[1].split("]", 1)[0].split()[1])
        except (IndexError, ValueError):
            return None
    return None


def _logout(c) -> None:  # type: ignore[no-untyped-def]
    with contextlib.suppress(Exception):  # a dead connection needs no logout
        c.logout()
