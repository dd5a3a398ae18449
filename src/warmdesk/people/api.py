"""``/api/v1`` routes for people, organizations, teams, API tokens and ``/me``."""

from __future__ import annotations

from typing import Annotated

from fastapi import APIRouter, Query, Response, status

from warmdesk.people import auth, service
from warmdesk.people.domain import Role
from warmdesk.people.models import User
from warmdesk.people.schemas import (
    OrganizationIn,
    OrganizationOut,
    OrganizationPatch,
    TeamIn,
    TeamOut,
    TeamPatch,
    TokenCreatedOut,
    TokenIn,
    TokenOut,
    UserIn,
    UserOut,
    UserPatch,
)
from warmdesk.web.deps import ApiViewer, Ctx

router = APIRouter(prefix="/api/v1", tags=["people"])


def user_out(user: User) -> UserOut:
    return UserOut(
        id=user.id,
        email=user.email,
        name=user.name,
        role=Role(user.role),
        organization_id=user.organization_id,
        department=user.department,
        job_title=user.job_title,
        critical_role=user.critical_role,
        timezone=user.timezone,
        preferred_channel=user.preferred_channel,
        tier=user.tier,
        skills=list(user.skills or []),
        is_active=user.is_active,
        team_ids=sorted(t.id for t in user.teams),
        created_at=user.created_at,
    )


@router.get("/me", response_model=UserOut)
def me(ctx: Ctx, viewer: ApiViewer) -> UserOut:
    """The person the token belongs to."""
    return user_out(service.get_user(ctx, viewer, viewer.user_id))


@router.get("/people", response_model=list[UserOut])
def list_people(
    ctx: Ctx,
    viewer: ApiViewer,
    role: Role | None = None,
    organization_id: int | None = None,
    q: Annotated[str | None, Query(max_length=100, description="Part of a name or email")] = None,
    limit: Annotated[int, Query(ge=1, le=500)] = 100,
    offset: Annotated[int, Query(ge=0)] = 0,
) -> list[UserOut]:
    """Staff only."""
    people = service.list_people(
        ctx,
        viewer,
        role=role,
        organization_id=organization_id,
        search=q,
        limit=limit,
        offset=offset,
    )
    return [user_out(u) for u in people]


@router.post("/people", status_code=status.HTTP_201_CREATED, response_model=UserOut)
def create_person(data: UserIn, ctx: Ctx, viewer: ApiViewer) -> UserOut:
    """Admins only. 409 if the email is taken."""
    user = service.create_user(ctx, viewer, data)
    return user_out(service.get_user(ctx, viewer, user.id))


@router.get("/people/{user_id}", response_model=UserOut)
def read_person(user_id: int, ctx: Ctx, viewer: ApiViewer) -> UserOut:
    return user_out(service.get_user(ctx, viewer, user_id))


@router.patch("/people/{user_id}", response_model=UserOut)
def change_person(user_id: int, patch: UserPatch, ctx: Ctx, viewer: ApiViewer) -> UserOut:
    """Admins only."""
    service.update_user(ctx, viewer, user_id, patch)
    return user_out(service.get_user(ctx, viewer, user_id))


@router.get("/organizations", response_model=list[OrganizationOut], tags=["organizations"])
def list_organizations(ctx: Ctx, viewer: ApiViewer) -> list[OrganizationOut]:
    """Staff see all; a requester sees their own organization."""
    return [OrganizationOut.model_validate(o) for o in service.list_organizations(ctx, viewer)]


@router.post(
    "/organizations", status_code=201, response_model=OrganizationOut, tags=["organizations"]
)
def create_organization(data: OrganizationIn, ctx: Ctx, viewer: ApiViewer) -> OrganizationOut:
    return OrganizationOut.model_validate(service.create_organization(ctx, viewer, data))


@router.get(
    "/organizations/{organization_id}", response_model=OrganizationOut, tags=["organizations"]
)
def read_organization(organization_id: int, ctx: Ctx, viewer: ApiViewer) -> OrganizationOut:
    return OrganizationOut.model_validate(service.get_organization(ctx, viewer, organization_id))


@router.patch(
    "/organizations/{organization_id}", response_model=OrganizationOut, tags=["organizations"]
)
def change_organization(
    organization_id: int, patch: OrganizationPatch, ctx: Ctx, viewer: ApiViewer
) -> OrganizationOut:
    return OrganizationOut.model_validate(
        service.update_organization(ctx, viewer, organization_id, patch)
    )


@router.get("/teams", response_model=list[TeamOut], tags=["teams"])
def list_teams(ctx: Ctx, viewer: ApiViewer) -> list[TeamOut]:
    return [TeamOut.model_validate(t) for t in service.list_teams(ctx, viewer)]


@router.post("/teams", status_code=201, response_model=TeamOut, tags=["teams"])
def create_team(data: TeamIn, ctx: Ctx, viewer: ApiViewer) -> TeamOut:
    return TeamOut.model_validate(service.create_team(ctx, viewer, data))


@router.patch("/teams/{team_id}", response_model=TeamOut, tags=["teams"])
def change_team(team_id: int, patch: TeamPatch, ctx: Ctx, viewer: ApiViewer) -> TeamOut:
    return TeamOut.model_validate(service.update_team(ctx, viewer, team_id, patch))


@router.get("/tokens", response_model=list[TokenOut], tags=["tokens"])
def list_tokens(ctx: Ctx, viewer: ApiViewer) -> list[TokenOut]:
    """Your API tokens (never their secrets)."""
    return [TokenOut.model_validate(t) for t in auth.list_api_tokens(ctx, viewer)]


@router.post("/tokens", status_code=201, response_model=TokenCreatedOut, tags=["tokens"])
def create_token(data: TokenIn, ctx: Ctx, viewer: ApiViewer) -> TokenCreatedOut:
    """A new token for yourself. The secret is in this answer only."""
    row, secret = auth.create_api_token(ctx, viewer, data.name)
    return TokenCreatedOut(**TokenOut.model_validate(row).model_dump(), token=secret)


@router.delete("/tokens/{token_id}", status_code=204, tags=["tokens"])
def revoke_token(token_id: int, ctx: Ctx, viewer: ApiViewer) -> Response:
    auth.revoke_api_token(ctx, viewer, token_id)
    return Response(status_code=204)
