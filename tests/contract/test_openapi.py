"""The OpenAPI document is the contract: schemathesis generates requests for every operation
from it (valid and invalid ones) and checks each answer against it, on the real app over HTTP
with a real Neo4j; then follows the declared links (POST a document, read it, delete it)."""

from __future__ import annotations

from collections.abc import Iterator
from typing import Any

import pytest
import schemathesis
from fastapi.testclient import TestClient
from hypothesis import HealthCheck, settings
from hypothesis.stateful import run_state_machine_as_test
from schemathesis.checks import CHECKS, load_all_checks
from schemathesis.config import SchemathesisConfig

from app.core.config import Settings
from app.main import create_app
from tests.conftest import AUTH, Neo4jUnderTest, settings_for
from tests.core.conftest import served

load_all_checks()
ALL_CHECKS = list(CHECKS.get_all())
BUDGET = settings(
    max_examples=25,
    deadline=None,
    suppress_health_check=list(HealthCheck),
    derandomize=True,
)


@pytest.fixture(scope="module")
def base_url(neo4j: Neo4jUnderTest, sample_graph: TestClient) -> Iterator[str]:
    # Alert streams end after a second here (EventSource clients reconnect), so each answers.
    with served(create_app(settings_for(neo4j, stream_seconds=1.0))) as (host, port):
        yield f"http://{host}:{port}"


SLOW_COVERAGE = {"create_events"}
"""Operations whose coverage phase alone is a thousand write transactions (every boundary of
every field of an event: ~40 s here). Their fuzzing and examples phases still run; their fields'
boundaries are tested one by one in tests/core/test_bounds.py."""
CONFIG = SchemathesisConfig.from_dict(
    {
        "operations": [
            {"include-operation-id": operation, "phases": {"coverage": {"enabled": False}}}
            for operation in sorted(SLOW_COVERAGE)
        ]
    }
)
# The document needs no database: built here, it gives one test per operation.
contract = schemathesis.openapi.from_dict(
    create_app(Settings(environment="test")).openapi(), config=CONFIG
)


BEYOND_THE_SCHEMA = (
    "until is before since",
    "a and b must be two different countries",
    "actor and target must be different states",
    "valid_to is before valid_from",
    "not a cursor this API returned",
)
"""422s that no OpenAPI schema can foresee: rules across two fields, and cursors, which are
opaque. A schema-valid request refused for one of these is right, so `positive_data_acceptance`
is not applied to it; every other check is."""
MULTIPART = {"import_gdelt"}
"""Operations that read multipart: a part carries bytes, not JSON types, so a "boolean" file is
a file (its content `true`) and `negative_data_rejection` does not apply to them."""


FETCHING = {"create_document", "create_feed", "create_watch"}
"""Operations that reach another server (a page, a feed, a webhook's host): their documented 502
says that server failed (here: names that resolve nowhere), not that this one did."""


def excluded(case: Any, response: Any) -> list[Any]:
    """The checks that do not apply to this answer (see above)."""
    skip = []
    operation = case.operation.definition.raw.get("operationId")
    if response.status_code == 502 and operation in FETCHING:
        skip.append(CHECKS.get_by_names(["not_a_server_error"])[0])
    if response.status_code == 422 and any(reason in response.text for reason in BEYOND_THE_SCHEMA):
        skip.append(CHECKS.get_by_names(["positive_data_acceptance"])[0])
    if operation in MULTIPART:
        skip.append(CHECKS.get_by_names(["negative_data_rejection"])[0])
    return skip


@contract.parametrize()
@BUDGET
def test_every_operation_answers_as_documented(case: Any, base_url: str) -> None:
    response = case.call(base_url=base_url, headers=AUTH)
    case.validate_response(
        response,
        checks=ALL_CHECKS,
        excluded_checks=excluded(case, response),
        headers=AUTH,
        transport_kwargs={"base_url": base_url, "headers": AUTH},
    )


def test_links_hold_in_sequence(base_url: str) -> None:
    machine = contract.as_state_machine()

    class Documents(machine):  # type: ignore[misc, valid-type]
        def get_call_kwargs(self, case: Any) -> dict[str, Any]:  # noqa: ARG002 - its signature
            return {"base_url": base_url, "headers": AUTH}

        def validate_response(
            self, response: Any, case: Any, additional_checks: Any = None, **kwargs: Any
        ) -> None:
            case.validate_response(
                response,
                additional_checks=additional_checks,
                excluded_checks=excluded(case, response),
                transport_kwargs=kwargs or None,
                recorder=self.recorder,
            )

    run_state_machine_as_test(
        Documents, settings=settings(BUDGET, max_examples=10, stateful_step_count=4)
    )
