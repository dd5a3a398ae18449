"""Ticket queries. Never commits; visibility is applied here as SQL, once."""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass
from typing import Any

from sqlalchemy import ColumnElement, Select, and_, false, func, or_, select, true
from sqlalchemy.orm import InstrumentedAttribute, Session, aliased, joinedload

from warmdesk.people.domain import Role, Viewer
from warmdesk.people.models import Organization, Team, User
from warmdesk.tickets.domain import MessageKind
from warmdesk.tickets.models import Attachment, Message, Ticket, TicketLink, TicketTag
from warmdesk.tickets.queries import Cursor, NameRef, SortKey, TicketFilters, TicketRow


def visible_to(viewer: Viewer) -> ColumnElement[bool]:
    """The SQL twin of :func:`warmdesk.people.domain.can_view_ticket`."""
    if viewer.sees_everything:
        return true()
    if viewer.role is Role.AGENT:
        # "No team, or one of mine" as one test on one value: written as two OR-ed terms,
        # SQLite without statistics splits them into index lookups and then sorts the
        # merged rows, instead of reading the queue index in order (~100x slower at 100k).
        team_or_none = func.coalesce(Ticket.team_id, 0).in_([0, *sorted(viewer.team_ids)])
        return or_(team_or_none, Ticket.assignee_id == viewer.user_id)
    own = Ticket.requester_id == viewer.user_id
    if viewer.organization_shares_tickets and viewer.organization_id is not None:
        return or_(own, Ticket.organization_id == viewer.organization_id)
    return own


def _with_people(stmt: Select[Ticket]) -> Select[Ticket]:
    return stmt.options(
        joinedload(Ticket.requester),
        joinedload(Ticket.assignee),
        joinedload(Ticket.team),
    )


def get_visible_ticket(session: Session, viewer: Viewer, ticket_id: int) -> Ticket | None:
    stmt = _with_people(select(Ticket).where(Ticket.id == ticket_id, visible_to(viewer)))
    stmt = stmt.options(joinedload(Ticket.organization))
    return session.scalars(stmt).unique().one_or_none()


def get_ticket(session: Session, ticket_id: int) -> Ticket | None:
    """A ticket with its people, whoever asks: only for use cases that already checked access."""
    stmt = _with_people(select(Ticket).where(Ticket.id == ticket_id))
    stmt = stmt.options(joinedload(Ticket.organization))
    return session.scalars(stmt).unique().one_or_none()


def get_ticket_for_update(session: Session, viewer: Viewer, ticket_id: int) -> Ticket | None:
    stmt = _with_people(select(Ticket).where(Ticket.id == ticket_id, visible_to(viewer)))
    if session.get_bind().dialect.name == "postgresql":
        stmt = stmt.with_for_update(of=Ticket)
    return session.scalars(stmt).unique().one_or_none()


@dataclass(frozen=True)
class _SortColumn:
    """One column of a sort. A ``nullable`` one is ordered by "is null" first, so tickets
    without a value come last on both databases (SQLite sorts NULL first, PostgreSQL last),
    in the form the queue indexes hold (see ``tickets.models``)."""

    column: InstrumentedAttribute[Any]
    descending: bool = False
    nullable: bool = False


_ORDER: dict[str, tuple[_SortColumn, ...]] = {
    "priority": (
        _SortColumn(Ticket.priority),
        _SortColumn(Ticket.updated_at),
        _SortColumn(Ticket.id),
    ),
    "updated": (_SortColumn(Ticket.updated_at), _SortColumn(Ticket.id)),
    "created": (_SortColumn(Ticket.created_at), _SortColumn(Ticket.id)),
    "stress": (
        _SortColumn(Ticket.stress_score, descending=True, nullable=True),
        _SortColumn(Ticket.id),
    ),
    "deadline": (_SortColumn(Ticket.deadline_at, nullable=True), _SortColumn(Ticket.id)),
    "impact": (
        _SortColumn(Ticket.impact_rank),
        _SortColumn(Ticket.deadline_at, nullable=True),
        _SortColumn(Ticket.id),
    ),
}


_REQUESTER = aliased(User, name="requester")
_ASSIGNEE = aliased(User, name="assignee")
_ROW_FIELDS = tuple(
    name
    for name in TicketRow.__dataclass_fields__
    if name not in {"requester", "assignee", "team", "tags"}
)


def list_tickets(
    session: Session,
    viewer: Viewer,
    filters: TicketFilters,
    sort: SortKey,
    cursor: Cursor | None,
    limit: int,
) -> list[TicketRow]:
    """One page of tickets with people and tags: two queries, whatever the size."""
    stmt = (
        select(
            *(getattr(Ticket, name) for name in _ROW_FIELDS),
            Ticket.requester_id,
            Ticket.assignee_id,
            Ticket.team_id,
            _REQUESTER.name,
            _ASSIGNEE.name,
            Team.name,
            _tags_column(session),
        )
        .join(_REQUESTER, _REQUESTER.id == Ticket.requester_id)
        .outerjoin(_ASSIGNEE, _ASSIGNEE.id == Ticket.assignee_id)
        .outerjoin(Team, Team.id == Ticket.team_id)
        .where(visible_to(viewer), *_filter_clauses(filters))
    )
    reverse = sort.startswith("-")
    columns = _ORDER[sort.lstrip("-")]
    if cursor is not None:
        stmt = stmt.where(_after(columns, cursor.values, reverse))
    stmt = stmt.order_by(*_order_by(columns, reverse))
    return [_ticket_row(row) for row in session.execute(stmt.limit(limit)).all()]


def _order_by(columns: tuple[_SortColumn, ...], reverse: bool) -> list[ColumnElement[Any]]:
    terms: list[ColumnElement[Any]] = []
    for sort in columns:
        if sort.nullable:
            terms.append(sort.column.is_(None))  # false before true: values, then NULLs
        terms.append(sort.column.desc() if sort.descending != reverse else sort.column.asc())
    return terms


def _tags_column(session: Session) -> ColumnElement[str | None]:
    """A ticket's tags joined by commas (tags cannot hold one), read with the row: one
    query per page instead of two."""
    joined = (
        func.string_agg(TicketTag.tag, ",")
        if session.get_bind().dialect.name == "postgresql"
        else func.group_concat(TicketTag.tag, ",")
    )
    return (
        select(joined).where(TicketTag.ticket_id == Ticket.id).correlate(Ticket).scalar_subquery()
    )


def _ticket_row(row: Sequence[Any]) -> TicketRow:
    fields = len(_ROW_FIELDS)
    values = dict(zip(_ROW_FIELDS, row[:fields], strict=True))
    requester_id, assignee_id, team_id, requester, assignee, team, tags = row[fields:]
    return TicketRow(
        **values,
        requester=NameRef(requester_id, requester),
        assignee=NameRef(assignee_id, assignee) if assignee_id is not None else None,
        team=NameRef(team_id, team) if team_id is not None else None,
        tags=sorted(tags.split(",")) if tags else [],
    )


def _after(
    columns: tuple[_SortColumn, ...], values: tuple[Any, ...], reverse: bool
) -> ColumnElement[bool]:
    """Rows strictly after ``values`` in the sort order (row-value comparison, spelt out:
    beyond the first value, or equal to it and beyond the second, and so on)."""
    steps: list[tuple[ColumnElement[bool], ColumnElement[bool]]] = []  # (equal, beyond)
    for sort, value in zip(columns, values, strict=True):
        column = sort.column
        if sort.nullable:
            if value is None:  # among the NULLs, which come last: only later columns order
                steps.append((column.is_(None), false()))
                continue
            steps.append((column.is_not(None), column.is_(None)))
        later = column < value if sort.descending != reverse else column > value
        steps.append((column == value, later))
    alternatives = [
        and_(*(equal for equal, _ in steps[:i]), beyond) for i, (_, beyond) in enumerate(steps)
    ]
    return or_(*alternatives)


def _filter_clauses(filters: TicketFilters) -> list[ColumnElement[bool]]:
    clauses: list[ColumnElement[bool]] = []
    if filters.open_only:
        clauses.append(Ticket.is_open.is_(True))
    if filters.statuses:
        clauses.append(Ticket.status.in_([s.value for s in filters.statuses]))
    if filters.priorities:
        clauses.append(Ticket.priority.in_(filters.priorities))
    if filters.team_id is not None:
        clauses.append(Ticket.team_id == filters.team_id)
    if filters.unassigned:
        clauses.append(Ticket.assignee_id.is_(None))
    elif filters.assignee_id is not None:
        clauses.append(Ticket.assignee_id == filters.assignee_id)
    if filters.category is not None:
        clauses.append(Ticket.category == filters.category.value)
    if filters.requester_id is not None:
        clauses.append(Ticket.requester_id == filters.requester_id)
    if filters.organization_id is not None:
        clauses.append(Ticket.organization_id == filters.organization_id)
    if filters.tag:
        tagged = select(TicketTag.ticket_id).where(TicketTag.tag == filters.tag.lower())
        clauses.append(Ticket.id.in_(tagged))
    if filters.text:
        words = filters.text.strip()
        if words.isdigit():
            clauses.append(or_(Ticket.id == int(words), _subject_like(words)))
        elif words:
            clauses.append(_subject_like(words))
        else:
            clauses.append(false())
    return clauses


def _subject_like(words: str) -> ColumnElement[bool]:
    escaped = words.lower().replace("\\", "\\\\").replace("%", "\\%").replace("_", "\\_")
    return func.lower(Ticket.subject).like(f"%{escaped}%", escape="\\")


def messages_for(session: Session, ticket_id: int, include_internal: bool) -> Sequence[Message]:
    stmt = (
        select(Message)
        .where(Message.ticket_id == ticket_id)
        .options(joinedload(Message.author))
        .order_by(Message.created_at, Message.id)
    )
    if not include_internal:
        stmt = stmt.where(Message.kind != MessageKind.INTERNAL.value)
    return session.scalars(stmt).all()


def attachments_for(
    session: Session, ticket_id: int, include_internal: bool
) -> Sequence[Attachment]:
    stmt = select(Attachment).where(Attachment.ticket_id == ticket_id).order_by(Attachment.id)
    if not include_internal:
        stmt = stmt.where(Attachment.internal.is_(False))
    return session.scalars(stmt).all()


def links_for(session: Session, ticket_id: int) -> Sequence[TicketLink]:
    stmt = (
        select(TicketLink)
        .where(or_(TicketLink.source_id == ticket_id, TicketLink.target_id == ticket_id))
        .order_by(TicketLink.id)
    )
    return session.scalars(stmt).all()


def message_by_external_id(session: Session, external_id: str) -> Message | None:
    stmt = (
        select(Message)
        .where(Message.external_id == external_id)
        .options(joinedload(Message.author))
    )
    return session.scalars(stmt).one_or_none()


def recent_tickets_of(
    session: Session, viewer: Viewer, requester_id: int, limit: int = 6
) -> Sequence[Ticket]:
    stmt = (
        select(Ticket)
        .where(Ticket.requester_id == requester_id, visible_to(viewer))
        .order_by(Ticket.created_at.desc(), Ticket.id.desc())
        .limit(limit)
    )
    return session.scalars(stmt).all()


def get_attachment(session: Session, attachment_id: int) -> Attachment | None:
    return session.get(Attachment, attachment_id)


def organization_shares_tickets(session: Session, organization_id: int) -> bool:
    stmt = select(Organization.shared_tickets).where(Organization.id == organization_id)
    return bool(session.scalar(stmt))
