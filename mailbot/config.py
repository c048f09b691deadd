"""Typed settings: read config.toml once at start-up, validate, and pass the object down."""
from __future__ import annotations

import os
import tomllib
from pathlib import Path
from typing import Literal

from pydantic import BaseModel, ConfigDict, Field, ValidationError, field_validator, model_validator

from mailbot.errors import ConfigError

# Where the repository's rules/ and outbox_templates/ live; a wheel install carries copies in _bundled/.
_PACKAGE_DIR = Path(__file__).resolve().parent
_SOURCE_ROOT = _PACKAGE_DIR.parent
_BUNDLED = _PACKAGE_DIR / "_bundled"


def default_data_dir(name: str) -> Path:
    """rules/ or outbox_templates/ beside the source tree, else the copy inside the installed package."""
    for candidate in (_SOURCE_ROOT / name, _BUNDLED / name):
        if candidate.is_dir():
            return candidate
    return _SOURCE_ROOT / name


def default_config_path() -> Path:
    for candidate in (Path.cwd() / "config.toml", _SOURCE_ROOT / "config.toml", _BUNDLED / "config.toml"):
        if candidate.is_file():
            return candidate
    return Path("config.toml")


class _Section(BaseModel):
    # A typo in config.toml is an error naming the key, not a silently ignored setting.
    model_config = ConfigDict(extra="forbid", frozen=True)


def _read_secret(env: str | None, file: Path | None, what: str) -> str | None:
    if env:
        value = os.environ.get(env)
        if value:
            return value
    if file:
        try:
            return file.read_text().strip()
        except OSError as exc:
            raise ConfigError(f"{what}: cannot read secret file {file}: {exc.strerror}") from None
    return None


class DatabaseSettings(_Section):
    url: str = "sqlite:///var/mailbot.db"
    echo: bool = False


class StorageSettings(_Section):
    path: Path = Path("var/store")


class OAuth2Settings(_Section):
    """XOAUTH2 sign-in (Microsoft 365, Google Workspace): mailbot gets and renews the access token itself.

    grant = "refresh_token": a refresh token from a one-time consent; "client_credentials": an app
    registration's own secret (Microsoft 365 app-only access); "static": an access token that another tool
    keeps fresh in access_token_file / access_token_env, read at every login.
    """

    grant: Literal["refresh_token", "client_credentials", "static"] = "refresh_token"
    token_url: str | None = None
    client_id: str | None = None
    client_secret_env: str | None = None
    client_secret_file: Path | None = None
    refresh_token_env: str | None = None
    # The token endpoint may hand out a new refresh token (Microsoft does); it is written back here.
    refresh_token_file: Path | None = None
    scope: str | None = None
    access_token_env: str | None = None
    access_token_file: Path | None = None
    timeout_seconds: float = Field(default=30.0, gt=0)

    @model_validator(mode="after")
    def _complete(self) -> OAuth2Settings:
        if self.grant == "static":
            if not (self.access_token_env or self.access_token_file):
                raise ValueError('grant "static" needs access_token_env or access_token_file')
            return self
        missing = [k for k in ("token_url", "client_id") if not getattr(self, k)]
        if self.grant == "refresh_token" and not (self.refresh_token_env or self.refresh_token_file):
            missing.append("refresh_token_env or refresh_token_file")
        if self.grant == "client_credentials" and not (self.client_secret_env or self.client_secret_file):
            missing.append("client_secret_env or client_secret_file")
        if missing:
            raise ValueError(f'grant "{self.grant}" needs ' + ", ".join(missing))
        return self

    def secret(self, kind: Literal["client_secret", "refresh_token", "access_token"], what: str) -> str | None:
        return _read_secret(getattr(self, f"{kind}_env"), getattr(self, f"{kind}_file"), f"{what} oauth2 {kind}")


class MailboxSettings(_Section):
    name: str
    host: str
    port: int = Field(default=993, ge=1, le=65535)
    security: Literal["none", "starttls", "tls"] = "tls"
    username: str
    # "password": LOGIN with password_env/password_file; "oauth2": XOAUTH2 with the [mailbox.oauth2] table.
    auth: Literal["password", "oauth2"] = "password"
    password_env: str | None = None
    password_file: Path | None = None
    oauth2: OAuth2Settings | None = None
    folder: str = "INBOX"
    # What marks a message as done on the server, always after the database commit.
    action: Literal["keyword", "move"] = "keyword"
    keyword: str = "$MailbotDone"
    move_to: str = "mailbot/processed"
    batch_size: int = Field(default=50, ge=1, le=1000)
    timeout_seconds: float = Field(default=30.0, gt=0)
    verify_tls: bool = True

    @model_validator(mode="after")
    def _auth_complete(self) -> MailboxSettings:
        if self.auth == "oauth2" and self.oauth2 is None:
            raise ValueError('auth = "oauth2" needs a [mailbox.oauth2] table')
        return self

    def password(self) -> str:
        secret = _read_secret(self.password_env, self.password_file, f"mailbox {self.name!r}")
        if secret is None:
            raise ConfigError(
                f"mailbox {self.name!r}: no password: set the environment variable "
                f"{self.password_env or '(password_env)'} or password_file"
            )
        return secret


class SmtpSettings(_Section):
    host: str = "127.0.0.1"
    port: int = Field(default=587, ge=1, le=65535)
    security: Literal["none", "starttls", "tls"] = "starttls"
    username: str | None = None
    auth: Literal["password", "oauth2"] = "password"
    password_env: str | None = None
    password_file: Path | None = None
    oauth2: OAuth2Settings | None = None
    from_: str = Field(default="Orders Desk <orders@example.com>", alias="from")
    timeout_seconds: float = Field(default=30.0, gt=0)
    verify_tls: bool = True

    model_config = ConfigDict(extra="forbid", frozen=True, populate_by_name=True)

    @model_validator(mode="after")
    def _auth_complete(self) -> SmtpSettings:
        if self.auth == "oauth2" and (self.oauth2 is None or not self.username):
            raise ValueError('auth = "oauth2" needs username and a [smtp.oauth2] table')
        return self

    def password(self) -> str | None:
        return _read_secret(self.password_env, self.password_file, "smtp")


class ScheduleSettings(_Section):
    poll_seconds: int = Field(default=60, ge=1)
    idle: bool = True
    # RFC 2177: re-issue IDLE well before the server's 30-minute inactivity timeout.
    idle_renew_seconds: int = Field(default=600, ge=10, le=1740)
    # While in IDLE the watcher stamps MailboxState.idle_seen_at this often (a database write, no IMAP
    # traffic); `status` and the digest call IDLE stale when the stamp is older than 3 heartbeats.
    idle_heartbeat_seconds: int = Field(default=60, ge=1, le=1740)
    reconnect_max_seconds: int = Field(default=300, ge=1)
    # `mailbot run` delivers due outbox rows this often.
    outbox_seconds: int = Field(default=30, ge=1)


class CompanySettings(_Section):
    name: str = "Example Trading GmbH"
    signature: str = "Orders Desk\nExample Trading GmbH"
    reply_to: str | None = None
    # Domain used for our Message-IDs and to recognise our own mail.
    domain: str = "example.com"
    own_addresses: list[str] = Field(default_factory=list)
    default_language: str = "en"
    # Public holidays that are no working days for reminders (ISO country code of the `holidays` package,
    # e.g. "GB", "DE"; the subdivision e.g. "ENG", "BY"). Empty: only weekends are days off.
    holidays_country: str = ""
    holidays_subdivision: str = ""

    @model_validator(mode="after")
    def _holidays(self) -> CompanySettings:
        # Checked here so a typo is a start-up error naming the key, not a crash in the hourly reminder job.
        country, subdiv = self.holidays_country.strip(), self.holidays_subdivision.strip()
        if not country:
            if subdiv:
                raise ValueError("holidays_subdivision needs holidays_country")
            return self
        import holidays

        try:
            holidays.country_holidays(country, subdiv=subdiv or None)
        except (NotImplementedError, ValueError) as exc:  # the package's words: "Country XX not available"
            raise ValueError(f"holidays: {exc}") from None
        return self


class RulesSettings(_Section):
    path: Path = Field(default_factory=lambda: default_data_dir("rules"))


class TemplatesSettings(_Section):
    path: Path = Field(default_factory=lambda: default_data_dir("outbox_templates"))


class LimitsSettings(_Section):
    max_message_bytes: int = 50 * 1024 * 1024
    max_attachment_bytes: int = 25 * 1024 * 1024
    max_pages: int = 200
    max_decompressed_bytes: int = 200 * 1024 * 1024
    max_archive_entries: int = 1000
    max_nesting_depth: int = 5
    max_mime_parts: int = 500
    time_budget_seconds: float = 20.0
    isolate: bool = True
    isolate_method: Literal["fork", "forkserver", "auto"] = "fork"
    # OCR of scanned PDFs and images with Tesseract (Debian: tesseract-ocr + tesseract-ocr-<lang>).
    ocr: bool = True
    ocr_languages: str = "eng+deu+fra+spa+chi_sim"
    ocr_dpi: int = Field(default=300, ge=100, le=600)
    ocr_max_pages: int = Field(default=5, ge=1)
    ocr_min_image_pixels: int = Field(default=1_000_000, ge=0)
    ocr_max_image_pixels: int = Field(default=60_000_000, ge=1)


class OutboxSettings(_Section):
    enabled: bool = True
    max_attempts: int = Field(default=8, ge=1)
    retry_base_seconds: float = Field(default=30.0, gt=0)
    retry_max_seconds: float = Field(default=3600.0, gt=0)
    rate_limit_per_hour: int = Field(default=10, ge=1)


class DigestSettings(_Section):
    to: list[str] = Field(default_factory=list)
    # The digest's language: outbox_templates/<language>/digest.* (en and de ship; others fall back to en).
    language: str = Field(default="en", pattern=r"^[a-z]{2,3}$")
    at: str = "07:30"
    timezone: str = "Europe/Berlin"
    stale_mailbox_minutes: int = 30

    @field_validator("at")
    @classmethod
    def _hh_mm(cls, v: str) -> str:
        hh, _, mm = v.partition(":")
        if not (hh.isdigit() and mm.isdigit() and 0 <= int(hh) < 24 and 0 <= int(mm) < 60):
            raise ValueError("expected HH:MM")
        return v

    @field_validator("timezone")
    @classmethod
    def _tz(cls, v: str) -> str:
        from zoneinfo import ZoneInfo, ZoneInfoNotFoundError

        try:
            ZoneInfo(v)
        except (ZoneInfoNotFoundError, ValueError):
            raise ValueError(f"unknown time zone {v!r}") from None
        return v


class WebSettings(_Section):
    host: str = "127.0.0.1"
    port: int = Field(default=8025, ge=1, le=65535)
    # Session cookies are signed with this; from the environment or a file, never from config.toml.
    secret_key_env: str = "MAILBOT_SECRET_KEY"
    secret_key_file: Path | None = None
    cookie_secure: bool = True
    start_with_run: bool = False
    # Cases per page of the review queue (the page and GET /api/cases without `limit`).
    page_size: int = Field(default=100, ge=1, le=1000)

    def secret_key(self) -> str | None:
        return _read_secret(self.secret_key_env, self.secret_key_file, "web")


class ExportSettings(_Section):
    webhook_url: str | None = None
    webhook_secret_env: str | None = None
    max_attempts: int = 8
    retry_base_seconds: float = 30.0


class PipelineSettings(_Section):
    # The named steps each message goes through, in order (see mailbot/pipeline/steps.py).
    steps: list[str] = Field(default_factory=lambda: ["store", "parse", "classify", "link", "reply", "record"])


class Settings(_Section):
    """Everything mailbot knows about its environment; built once by load_settings()."""

    config_path: Path | None = None
    database: DatabaseSettings = Field(default_factory=DatabaseSettings)
    storage: StorageSettings = Field(default_factory=StorageSettings)
    mailbox: list[MailboxSettings] = Field(default_factory=list)
    smtp: SmtpSettings = Field(default_factory=SmtpSettings)
    schedule: ScheduleSettings = Field(default_factory=ScheduleSettings)
    company: CompanySettings = Field(default_factory=CompanySettings)
    rules: RulesSettings = Field(default_factory=RulesSettings)
    templates: TemplatesSettings = Field(default_factory=TemplatesSettings)
    limits: LimitsSettings = Field(default_factory=LimitsSettings)
    outbox: OutboxSettings = Field(default_factory=OutboxSettings)
    digest: DigestSettings = Field(default_factory=DigestSettings)
    web: WebSettings = Field(default_factory=WebSettings)
    export: ExportSettings = Field(default_factory=ExportSettings)
    pipeline: PipelineSettings = Field(default_factory=PipelineSettings)

    @field_validator("mailbox")
    @classmethod
    def _unique_names(cls, v: list[MailboxSettings]) -> list[MailboxSettings]:
        names = [m.name for m in v]
        dupes = sorted({n for n in names if names.count(n) > 1})
        if dupes:
            raise ValueError(f"duplicate mailbox name(s): {', '.join(dupes)}")
        return v

    def get_mailbox(self, name: str) -> MailboxSettings:
        for m in self.mailbox:
            if m.name == name:
                return m
        raise ConfigError(f"no [[mailbox]] named {name!r}")

    @property
    def own_addresses(self) -> set[str]:
        """Our own addresses (lower case): mailbox logins, the From of our mail and configured extras."""
        from email.utils import parseaddr

        found = {parseaddr(self.smtp.from_)[1].lower()}
        found |= {m.username.lower() for m in self.mailbox if "@" in m.username}
        found |= {a.lower() for a in self.company.own_addresses}
        found.discard("")
        return found


def _format_loc(loc: tuple) -> str:
    out = ""
    for part in loc:
        out += f"[{part}]" if isinstance(part, int) else (f".{part}" if out else str(part))
    return out


def _resolve_paths(data: dict, base: Path) -> dict:
    """Relative paths in the file are relative to the file's directory, not to the working directory."""

    def fix(section: str, key: str) -> None:
        sec = data.get(section)
        if isinstance(sec, dict) and isinstance(sec.get(key), str) and not Path(sec[key]).is_absolute():
            sec[key] = str(base / sec[key])

    fix("storage", "path")
    fix("rules", "path")
    fix("templates", "path")
    fix("web", "secret_key_file")
    fix("smtp", "password_file")
    def fix_files(table: object) -> None:
        if isinstance(table, dict):
            for key, value in table.items():
                if key.endswith("_file") and isinstance(value, str) and not Path(value).is_absolute():
                    table[key] = str(base / value)

    fix_files((data.get("smtp") or {}).get("oauth2") if isinstance(data.get("smtp"), dict) else None)
    for mb in data.get("mailbox", []) or []:
        if isinstance(mb, dict) and isinstance(mb.get("password_file"), str):
            mb["password_file"] = str(base / mb["password_file"])
        if isinstance(mb, dict):
            fix_files(mb.get("oauth2"))
    db = data.get("database")
    if isinstance(db, dict) and isinstance(db.get("url"), str):
        url = db["url"]
        prefix = "sqlite:///"
        if url.startswith(prefix) and not url.startswith("sqlite:////") and url != "sqlite:///:memory:":
            db["url"] = prefix + str(base / url[len(prefix):])
    return data


def settings_from_dict(data: dict, *, base: Path | None = None, source: str = "config") -> Settings:
    """Validate a config mapping; any problem becomes one ConfigError line naming the key."""
    data = _resolve_paths(dict(data), base) if base else dict(data)
    try:
        return Settings.model_validate(data)
    except ValidationError as exc:
        err = exc.errors()[0]
        more = f" (and {exc.error_count() - 1} more)" if exc.error_count() > 1 else ""
        raise ConfigError(f"{source}: {_format_loc(err['loc'])}: {err['msg']}{more}") from None


def load_settings(path: str | Path | None = None) -> Settings:
    """Read the config file named by the argument, $MAILBOT_CONFIG, or ./config.toml."""
    chosen = Path(path or os.environ.get("MAILBOT_CONFIG") or default_config_path())
    try:
        raw = chosen.read_bytes()
    except OSError as exc:
        raise ConfigError(f"cannot read config file {chosen}: {exc.strerror}") from None
    try:
        data = tomllib.loads(raw.decode("utf-8"))
    except (tomllib.TOMLDecodeError, UnicodeDecodeError) as exc:
        raise ConfigError(f"{chosen}: {exc}") from None
    data["config_path"] = str(chosen.resolve())
    return settings_from_dict(data, base=chosen.resolve().parent, source=str(chosen))
