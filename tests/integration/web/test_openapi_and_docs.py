"""The OpenAPI description and the interactive docs. No database is touched."""

from __future__ import annotations

from collections.abc import Iterator
from pathlib import Path
from typing import Any

import pytest
from fastapi.testclient import TestClient

from warmdesk.app import create_app
from warmdesk.settings import Settings

EXPECTED_OPERATIONS = {
    "/api/v1/analyze": {"post"},
    "/api/v1/tickets": {"get", "post"},
    "/api/v1/tickets/{ticket_id}": {"get", "patch"},
    "/api/v1/tickets/{ticket_id}/messages": {"get", "post"},
    "/api/v1/tickets/{ticket_id}/attachments": {"get", "post"},
    "/api/v1/attachments/{attachment_id}": {"get"},
    "/api/v1/tickets/{ticket_id}/merge": {"post"},
    "/api/v1/tickets/{ticket_id}/links": {"get", "post"},
    "/api/v1/tickets/{ticket_id}/links/{link_id}": {"delete"},
    "/api/v1/tickets/{ticket_id}/audit": {"get"},
    "/api/v1/me": {"get"},
    "/api/v1/people": {"get", "post"},
    "/api/v1/people/{user_id}": {"get", "patch"},
    "/api/v1/organizations": {"get", "post"},
    "/api/v1/organizations/{organization_id}": {"get", "patch"},
    "/api/v1/teams": {"get", "post"},
    "/api/v1/teams/{team_id}": {"patch"},
    "/api/v1/tokens": {"get", "post"},
    "/api/v1/tokens/{token_id}": {"delete"},
}


@pytest.fixture(scope="module")
def docs_client(tmp_path_factory: pytest.TempPathFactory) -> Iterator[TestClient]:
    data_dir: Path = tmp_path_factory.mktemp("openapi")
    settings = Settings(env="test", data_dir=data_dir)
    with TestClient(create_app(settings)) as test_client:
        yield test_client


@pytest.fixture(scope="module")
def schema(docs_client: TestClient) -> dict[str, Any]:
    answer = docs_client.get("/openapi.json")
    assert answer.status_code == 200
    document: dict[str, Any] = answer.json()
    return document


def test_the_schema_describes_every_api_operation(schema: dict[str, Any]) -> None:
    assert schema["openapi"].startswith("3.")
    assert schema["info"]["title"] == "Warmdesk"
    operations = {
        path: {method for method in item if method in {"get", "post", "patch", "delete"}}
        for path, item in schema["paths"].items()
    }
    assert operations == EXPECTED_OPERATIONS


def test_the_schema_leaves_pages_out(schema: dict[str, Any]) -> None:
    assert all(path.startswith("/api/v1/") for path in schema["paths"])


def test_operations_carry_their_shapes(schema: dict[str, Any]) -> None:
    components = schema["components"]["schemas"]
    for name in ("TicketIn", "TicketOut", "TicketPatch", "TicketPageOut", "MessageIn", "UserOut"):
        assert name in components
    ticket_out = components["TicketOut"]["properties"]
    assert {"priority_reasons", "deadline_at", "merged_into_id"} <= set(ticket_out)
    create = schema["paths"]["/api/v1/tickets"]["post"]
    assert create["requestBody"]["content"]["application/json"]["schema"] == {
        "$ref": "#/components/schemas/TicketIn"
    }
    listing = schema["paths"]["/api/v1/tickets"]["get"]
    assert {"status", "open", "priority", "q", "sort", "cursor", "limit"} <= {
        p["name"] for p in listing["parameters"]
    }
    download = schema["paths"]["/api/v1/attachments/{attachment_id}"]["get"]
    assert "application/octet-stream" in download["responses"]["200"]["content"]


def test_the_interactive_docs_load(docs_client: TestClient) -> None:
    answer = docs_client.get("/docs")

    assert answer.status_code == 200
    assert "swagger-ui" in answer.text
    assert "/openapi.json" in answer.text
