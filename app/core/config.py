"""Settings from the environment (`ENTENTE_*`, `NEO4J_*`), one object per process."""

from __future__ import annotations

from pathlib import Path
from typing import Annotated, Literal

from pydantic import AliasChoices, Field, SecretStr, field_validator, model_validator
from pydantic_settings import BaseSettings, NoDecode, SettingsConfigDict

from app.core.paths import STATE_DIR


class Settings(BaseSettings):
    """Everything a process needs to know; built once and passed to `create_app`."""

    model_config = SettingsConfigDict(env_prefix="ENTENTE_", extra="ignore")

    environment: Literal["development", "test", "production"] = "development"

    # An explicit Neo4j wins; without one the project-local server under `home` is used.
    neo4j_uri: str | None = Field(None, validation_alias=AliasChoices("NEO4J_URI"))
    neo4j_user: str = Field("neo4j", validation_alias=AliasChoices("NEO4J_USER"))
    neo4j_password: SecretStr | None = Field(None, validation_alias=AliasChoices("NEO4J_PASSWORD"))
    neo4j_database: str = Field("neo4j", validation_alias=AliasChoices("NEO4J_DATABASE"))
    home: Path = STATE_DIR / "neo4j"
    """Folder of the project-local Neo4j (conf, data, logs, connection file)."""

    api_keys: Annotated[list[SecretStr], NoDecode] = []
    """Keys that may write, from `ENTENTE_API_KEYS` (comma-separated)."""
    read_requires_key: bool = False
    mcp_api_key: SecretStr | None = None
    """The key `entente mcp` (stdio) presents, from `ENTENTE_MCP_API_KEY`: checked against
    `ENTENTE_API_KEYS` as a bearer header is over HTTP."""
    max_text_chars: int = 200_000
    max_batch_documents: int = 1_000
    max_batch_events: int = 10_000
    read_timeout: float = Field(15.0, gt=0)
    """Seconds a read may run in Neo4j before it is ended and answered 503."""
    write_timeout: float = Field(120.0, gt=0)
    """Seconds a write transaction (retries included) may run before it is ended, with nothing
    of it stored, and answered 503."""
    max_body_bytes: int = Field(64 * 1024 * 1024, ge=1)
    """The largest request body (64 MiB), refused with 413 before any key or JSON is looked at.
    It is what bounds a batch as a whole: 10,000 events with 5,000-character evidence fit, as do
    1,000 articles of 60,000 characters or one of `max_text_chars`; longer batches are split."""
    fetch_allow_hosts: Annotated[list[str], NoDecode] = []
    """Hosts or CIDRs (`ENTENTE_FETCH_ALLOW_HOSTS`, comma-separated) that pages, feeds and
    webhooks may reach although they are not public addresses (loopback, private, link-local,
    metadata); every other such address is refused."""
    fetch_timeout: float = Field(10.0, gt=0)
    """Seconds one fetch (connect, each read) may take."""
    fetch_max_bytes: int = Field(5 * 1024 * 1024, ge=1)
    """The largest page or feed read (5 MiB); a longer body is refused, not cut."""
    fetch_max_redirects: int = Field(5, ge=0)
    follow: bool = True
    """Poll feeds and deliver webhooks inside `entente serve` (one process at a time holds the
    lease); off: this process only serves."""
    follow_tick: float = Field(1.0, gt=0)
    """Seconds between the follower's looks for due feeds and pending deliveries."""
    lease_ttl: float = Field(30.0, gt=0)
    """Seconds a follower's lease lasts unless renewed; another process takes over after it."""
    webhook_max_attempts: int = Field(8, ge=1)
    stream_seconds: float = Field(300.0, gt=0)
    """An alert stream ends after this long; EventSource clients reconnect by themselves and
    resume after the last alert they saw (`Last-Event-ID`)."""
    cors_origins: Annotated[list[str], NoDecode] = []
    frame_ancestors_embed: str = "*"
    frame_ancestors_app: str = "'self'"

    @field_validator("api_keys", "cors_origins", "fetch_allow_hosts", mode="before")
    @classmethod
    def _split_commas(cls, value: object) -> object:
        if isinstance(value, str):
            return [part.strip() for part in value.split(",") if part.strip()]
        return value

    @model_validator(mode="after")
    def _refuse_unsafe_production(self) -> Settings:
        if self.environment == "production":
            if not self.api_keys:
                raise ValueError("ENTENTE_API_KEYS must be set in production")
            if any(len(key.get_secret_value()) < 16 for key in self.api_keys):
                raise ValueError("ENTENTE_API_KEYS: every key needs at least 16 characters")
        return self
