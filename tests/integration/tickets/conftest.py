"""People most ticket tests need: a requester and an agent, each with an API token."""

from __future__ import annotations

import pytest

from tests.integration.tickets.api_helpers import api_person
from tests.support.factories import Factory, Person
from warmdesk.people.domain import Role


@pytest.fixture
def requester(factory: Factory) -> Person:
    return api_person(factory)


@pytest.fixture
def agent(factory: Factory) -> Person:
    return api_person(factory, Role.AGENT)
