"""Merging duplicates into one ticket, and linking related tickets."""

from __future__ import annotations

from fastapi.testclient import TestClient
from httpx2 import Response

from tests.integration.tickets.api_helpers import (
    api_person,
    assert_problem,
    audit_of,
    change_ticket,
    messages_of,
    open_ticket,
    post_message,
    read_ticket,
    upload,
)
from tests.support.factories import Factory, Person


def merge(client: TestClient, person: Person, source_id: int, target_id: int) -> Response:
    return client.post(
        f"/api/v1/tickets/{source_id}/merge", json={"target_id": target_id}, headers=person.headers
    )


def link(
    client: TestClient, person: Person, source_id: int, target_id: int, kind: str = "related"
) -> Response:
    return client.post(
        f"/api/v1/tickets/{source_id}/links",
        json={"target_id": target_id, "kind": kind},
        headers=person.headers,
    )


def links_of(client: TestClient, person: Person, ticket_id: int) -> list[tuple[int, int, str]]:
    answer = client.get(f"/api/v1/tickets/{ticket_id}/links", headers=person.headers)
    assert answer.status_code == 200, answer.text
    return [(x["source_id"], x["target_id"], x["kind"]) for x in answer.json()]


def test_merging_moves_messages_and_files_and_closes_the_source(
    client: TestClient, requester: Person, agent: Person
) -> None:
    target = open_ticket(client, requester, "Outlook crashes", description="Crashes on start")
    source = open_ticket(client, requester, "Outlook again", description="Still crashing")
    post_message(client, requester, source["id"], "Also on my phone")
    upload(client, requester, source["id"], "crash.log")

    merged = merge(client, agent, source["id"], target["id"])

    assert merged.status_code == 200, merged.text
    assert merged.json()["id"] == target["id"]
    bodies = [m["body_text"] for m in messages_of(client, agent, target["id"])]
    assert bodies == ["Crashes on start", "Still crashing", "Also on my phone"]
    assert messages_of(client, agent, source["id"]) == []
    files = client.get(f"/api/v1/tickets/{target['id']}/attachments", headers=agent.headers)
    assert [a["filename"] for a in files.json()] == ["crash.log"]
    closed = read_ticket(client, requester, source["id"])
    assert (closed["status"], closed["merged_into_id"]) == ("closed", target["id"])
    assert links_of(client, agent, target["id"]) == [(source["id"], target["id"], "duplicate_of")]


def test_a_merge_is_audited_on_both_tickets(
    client: TestClient, requester: Person, agent: Person
) -> None:
    target = open_ticket(client, requester, "VPN down")["id"]
    source = open_ticket(client, requester, "VPN broken")["id"]

    merge(client, agent, source, target)

    source_event = audit_of(client, agent, source)[-1]
    target_event = audit_of(client, agent, target)[-1]
    assert (source_event["action"], source_event["actor_id"]) == ("merged_into", agent.id)
    assert source_event["changes"]["status"] == ["new", "closed"]
    assert source_event["changes"]["merged_into_id"] == [None, target]
    assert (target_event["action"], target_event["actor_id"]) == ("merged_from", agent.id)
    assert target_event["changes"] == {"source_id": source, "messages_moved": 1}


def test_a_ticket_cannot_be_merged_into_itself(
    client: TestClient, requester: Person, agent: Person
) -> None:
    ticket_id = open_ticket(client, requester)["id"]

    problem = assert_problem(merge(client, agent, ticket_id, ticket_id), 409)

    assert "itself" in problem["detail"]
    assert read_ticket(client, agent, ticket_id)["merged_into_id"] is None


def test_nothing_merges_into_or_out_of_a_merged_ticket(
    client: TestClient, requester: Person, agent: Person
) -> None:
    first, second, third = (open_ticket(client, requester, f"Dup {n}")["id"] for n in range(3))
    assert merge(client, agent, first, second).status_code == 200

    assert_problem(merge(client, agent, third, first), 409)
    assert_problem(merge(client, agent, first, third), 409)
    assert read_ticket(client, agent, third)["merged_into_id"] is None
    assert read_ticket(client, agent, first)["merged_into_id"] == second


def test_a_merged_ticket_takes_no_more_changes_or_replies(
    client: TestClient, requester: Person, agent: Person
) -> None:
    source = open_ticket(client, requester, "Dup")["id"]
    target = open_ticket(client, requester, "Original")["id"]
    merge(client, agent, source, target)

    assert_problem(change_ticket(client, agent, source, status="open"), 409)
    problem = assert_problem(post_message(client, requester, source, "Hello?"), 409)
    assert f"#{target}" in problem["detail"]
    assert_problem(upload(client, requester, source), 409)


def test_requesters_cannot_merge_or_link(client: TestClient, requester: Person) -> None:
    first = open_ticket(client, requester, "One")["id"]
    second = open_ticket(client, requester, "Two")["id"]

    assert_problem(merge(client, requester, first, second), 404)
    assert_problem(link(client, requester, first, second), 404)
    assert read_ticket(client, requester, first)["merged_into_id"] is None


def test_links_are_created_listed_from_both_sides_and_deleted(
    client: TestClient, requester: Person, agent: Person
) -> None:
    outage = open_ticket(client, requester, "Wi-Fi outage")["id"]
    symptom = open_ticket(client, requester, "Cannot reach SharePoint")["id"]

    created = link(client, agent, symptom, outage, "caused_by")

    assert created.status_code == 201
    link_id = created.json()["id"]
    assert links_of(client, agent, symptom) == [(symptom, outage, "caused_by")]
    assert links_of(client, agent, outage) == [(symptom, outage, "caused_by")]
    deleted = client.delete(f"/api/v1/tickets/{outage}/links/{link_id}", headers=agent.headers)
    assert deleted.status_code == 204
    assert links_of(client, agent, symptom) == []
    unlinked = [e for e in audit_of(client, agent, symptom) if e["action"] == "unlinked"]
    assert unlinked[0]["changes"] == {
        "kind": "caused_by",
        "source_id": symptom,
        "target_id": outage,
    }


def test_linking_twice_is_idempotent(client: TestClient, requester: Person, agent: Person) -> None:
    first = open_ticket(client, requester, "One")["id"]
    second = open_ticket(client, requester, "Two")["id"]

    once = link(client, agent, first, second)
    twice = link(client, agent, first, second)

    assert once.json()["id"] == twice.json()["id"]
    assert links_of(client, agent, first) == [(first, second, "related")]
    linked_events = [e for e in audit_of(client, agent, first) if e["action"] == "linked"]
    assert len(linked_events) == 1
    assert linked_events[0]["changes"]["other_ticket_id"] == second


def test_bad_links_are_refused(client: TestClient, requester: Person, agent: Person) -> None:
    first = open_ticket(client, requester, "One")["id"]
    second = open_ticket(client, requester, "Two")["id"]
    third = open_ticket(client, requester, "Three")["id"]
    link_id = link(client, agent, first, second).json()["id"]

    assert_problem(link(client, agent, first, first), 409)
    assert_problem(link(client, agent, first, 999_999), 404)
    assert_problem(link(client, agent, first, second, "kin_of"), 422, "kind")
    wrong_ticket = client.delete(f"/api/v1/tickets/{third}/links/{link_id}", headers=agent.headers)
    assert_problem(wrong_ticket, 404)
    assert links_of(client, agent, first) == [(first, second, "related")]


def test_a_requester_sees_only_links_to_tickets_they_can_see(
    client: TestClient, factory: Factory, requester: Person, agent: Person
) -> None:
    mine = open_ticket(client, requester, "Mine")["id"]
    also_mine = open_ticket(client, requester, "Also mine")["id"]
    stranger = api_person(factory)
    theirs = open_ticket(client, stranger, "Theirs")["id"]
    link(client, agent, mine, also_mine)
    link(client, agent, mine, theirs)

    assert links_of(client, requester, mine) == [(mine, also_mine, "related")]
    assert len(links_of(client, agent, mine)) == 2


def test_the_same_link_again_answers_200(
    client: TestClient, requester: Person, agent: Person
) -> None:
    first = open_ticket(client, requester, "Printer jams")["id"]
    second = open_ticket(client, requester, "Printer jams again")["id"]
    once = link(client, agent, first, second)
    twice = link(client, agent, first, second)
    assert (once.status_code, twice.status_code) == (201, 200)


def test_reports_from_different_people_are_linked_not_merged(
    client: TestClient, factory: Factory, agent: Person
) -> None:
    alice, bob = api_person(factory, name="Alice"), api_person(factory, name="Bob")
    source = open_ticket(client, alice, "Shared drive down", description="Alice's private detail")[
        "id"
    ]
    target = open_ticket(client, bob, "Shared drive down")["id"]
    answer = client.post(
        f"/api/v1/tickets/{source}/merge", json={"target_id": target}, headers=agent.headers
    )
    assert answer.status_code == 409
    assert "Link them instead" in answer.json()["detail"]
    bobs_view = client.get(f"/api/v1/tickets/{target}/messages", headers=bob.headers).json()
    assert all("private detail" not in m["body_text"] for m in bobs_view)
