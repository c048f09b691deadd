"""User accounts of the review queue: argon2 password hashes, creation, lookup and sign-in checks."""
from __future__ import annotations

import re

from argon2 import PasswordHasher
from argon2.exceptions import InvalidHashError, VerificationError, VerifyMismatchError
from sqlmodel import Session, select

from mailbot.errors import ReviewError
from mailbot.store.models import User

ROLES = ("sales", "ops", "admin")
# Short names that are safe in logs and audit rows; not an e-mail address on purpose (no PII in logs).
_NAME_RE = re.compile(r"^[A-Za-z0-9][A-Za-z0-9._@-]{0,63}$")
MIN_PASSWORD_LENGTH = 10

# A hash to verify against when the user does not exist, so a wrong name costs as long as a wrong password.
_hasher = PasswordHasher()
_DUMMY_HASH = _hasher.hash("mailbot-dummy-password")


def hash_password(password: str) -> str:
    return _hasher.hash(password)


def create_user(session: Session, *, name: str, role: str, password: str) -> User:
    """Add a user; the name must be new, the role known and the password long enough."""
    if not _NAME_RE.match(name):
        raise ReviewError(f"invalid user name {name!r}: use letters, digits and . _ @ - (max 64)")
    if role not in ROLES:
        raise ReviewError(f"unknown role {role!r}: expected one of {', '.join(ROLES)}")
    if len(password) < MIN_PASSWORD_LENGTH:
        raise ReviewError(f"password too short: at least {MIN_PASSWORD_LENGTH} characters")
    if session.exec(select(User).where(User.name == name)).first() is not None:
        raise ReviewError(f"user {name!r} already exists")
    user = User(name=name, role=role, password_hash=hash_password(password))
    session.add(user)
    session.flush()
    return user


def authenticate(session: Session, name: str, password: str) -> User | None:
    """The active user with this name and password, else None (same work either way)."""
    user = session.exec(select(User).where(User.name == name)).first() if name else None
    try:
        _hasher.verify(user.password_hash if user else _DUMMY_HASH, password)
    except (VerifyMismatchError, VerificationError, InvalidHashError):
        return None
    if user is None or not user.active:
        return None
    if _hasher.check_needs_rehash(user.password_hash):
        user.password_hash = hash_password(password)
        session.add(user)
    return user
