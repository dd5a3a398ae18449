"""API shapes for people, organizations, teams and tokens."""

from __future__ import annotations

from datetime import datetime

from pydantic import BaseModel, ConfigDict, Field

from warmdesk.people.domain import Role
from warmdesk.tickets.domain import Channel


class OrganizationIn(BaseModel):
    name: str = Field(min_length=1, max_length=200)
    domain: str | None = Field(None, max_length=200)
    shared_tickets: bool = False
    notes: str = Field("", max_length=5000)


class OrganizationPatch(BaseModel):
    name: str | None = Field(None, min_length=1, max_length=200)
    domain: str | None = Field(None, max_length=200)
    shared_tickets: bool | None = None
    notes: str | None = Field(None, max_length=5000)


class OrganizationOut(BaseModel):
    model_config = ConfigDict(from_attributes=True)

    id: int
    name: str
    domain: str | None
    shared_tickets: bool
    notes: str
    created_at: datetime


class TeamIn(BaseModel):
    name: str = Field(min_length=1, max_length=120)
    description: str = Field("", max_length=2000)
    member_ids: list[int] = Field(default_factory=list)


class TeamPatch(BaseModel):
    name: str | None = Field(None, min_length=1, max_length=120)
    description: str | None = Field(None, max_length=2000)
    member_ids: list[int] | None = None


class TeamMemberOut(BaseModel):
    model_config = ConfigDict(from_attributes=True)

    id: int
    name: str
    tier: int | None


class TeamOut(BaseModel):
    model_config = ConfigDict(from_attributes=True)

    id: int
    name: str
    description: str
    members: list[TeamMemberOut]


class UserIn(BaseModel):
    email: str = Field(min_length=3, max_length=320)
    name: str = Field(min_length=1, max_length=200)
    role: Role = Role.REQUESTER
    organization_id: int | None = None
    department: str = Field("", max_length=120)
    job_title: str = Field("", max_length=160)
    critical_role: str | None = Field(
        None, max_length=120, description="A role the priority rules count as critical."
    )
    timezone: str = Field("UTC", max_length=64)
    preferred_channel: Channel = Channel.EMAIL
    tier: int | None = Field(None, ge=1, le=3)
    skills: list[str] = Field(default_factory=list, max_length=50)
    team_ids: list[int] = Field(default_factory=list)
    password: str | None = Field(None, min_length=10, max_length=200)


class UserPatch(BaseModel):
    name: str | None = Field(None, min_length=1, max_length=200)
    role: Role | None = None
    organization_id: int | None = None
    department: str | None = Field(None, max_length=120)
    job_title: str | None = Field(None, max_length=160)
    critical_role: str | None = Field(None, max_length=120)
    timezone: str | None = Field(None, max_length=64)
    preferred_channel: Channel | None = None
    tier: int | None = Field(None, ge=1, le=3)
    skills: list[str] | None = Field(None, max_length=50)
    team_ids: list[int] | None = None
    is_active: bool | None = None
    password: str | None = Field(None, min_length=10, max_length=200)


class UserOut(BaseModel):
    model_config = ConfigDict(from_attributes=True)

    id: int
    email: str
    name: str
    role: Role
    organization_id: int | None
    department: str
    job_title: str
    critical_role: str | None = None
    timezone: str
    preferred_channel: str
    tier: int | None
    skills: list[str]
    is_active: bool
    team_ids: list[int] = Field(default_factory=list)
    created_at: datetime


class PublicUserOut(BaseModel):
    """What a requester may see of other people (agents on their tickets)."""

    model_config = ConfigDict(from_attributes=True)

    id: int
    name: str
    role: Role


class TokenIn(BaseModel):
    name: str = Field(min_length=1, max_length=120)


class TokenOut(BaseModel):
    model_config = ConfigDict(from_attributes=True)

    id: int
    name: str
    prefix: str
    created_at: datetime
    last_used_at: datetime | None
    revoked_at: datetime | None


class TokenCreatedOut(TokenOut):
    token: str = Field(description="The secret. Shown once; only its hash is stored.")
